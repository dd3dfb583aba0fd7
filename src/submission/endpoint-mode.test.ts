/**
 * Endpoint mode against the real reference API served by the test runner (demo/api), with
 * faults injected by the server, never by stubbing fetch.
 */
import { audit } from '../test/audit.js';
import { watchingFetches } from '../test/page-fetches.js';
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { withFetchesSeen } from '../test/waits-fetches.js';
import { sendKeys } from '@web/test-runner-commands';
import type { WizardErrorEvent } from '../events/error-event.js';
import {
  advanceTo,
  button,
  choose,
  currentStepId,
  deepActiveElement,
  errorSummary,
  freshApi,
  GROUPS,
  inStep,
  pressContinue,
  sampleCatalogue,
  settle,
  shopifyPayload,
  SHOPIFY_TOKEN,
  type,
  uniqueDatabase,
  wizardFixture,
} from '../test/fixtures.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { readDraft } from '../test/stored.js';

type Detail = { connector: Record<string, unknown> };

async function endpointWizard(api: ReturnType<typeof freshApi>, extra: Parameters<typeof wizardFixture>[0] = {}) {
  const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, ...extra });
  const created: Detail[] = [];
  const errors: WizardErrorEvent['detail'][] = [];
  el.addEventListener('connector-created', (e) => created.push(e.detail as Detail));
  el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail));
  return { el, created, errors };
}

const posts = async (api: ReturnType<typeof freshApi>) => (await api.log()).filter((e) => e.method === 'POST');

async function submitAndSettle(el: ConnectorWizard) {
  await el.submit();
  await settle(el);
}

/** The person renames the connector on General (a new payload: a new key for the same slot) and creates it again from Review. */
async function renamedAndSentAgain(el: ConnectorWizard) {
  await el.goTo('general');
  await settle(el);
  await type(el, '#field-name', 'Shopify UK main');
  await el.goTo('review');
  await settle(el);
  await submitAndSettle(el);
}

/** The Review step's Change button for a row, as the person presses it. */
/** A create sent to A, whose answer A holds (with `fault`) until the host has switched to B and B has listed. `sent`: the POSTs A has seen by then. */
async function sentBeforeSwitch(fault: Parameters<ReturnType<typeof freshApi>['faults']>[0], before?: (a: ReturnType<typeof freshApi>) => Promise<unknown>) {
  const a = freshApi();
  const b = freshApi();
  const { el, created } = await endpointWizard(a);
  await advanceTo(el, 'review');
  await before?.(a);
  await a.faults(fault);
  const sent = (await posts(a)).length + 1;
  const done = el.submit();
  await waitUntil(async () => (await posts(a)).length === sent, 'the POST reached A', { timeout: 5000 });
  el.endpoint = b.endpoint;
  await waitUntil(async () => (await b.log()).some((e) => e.method === 'GET'), 'B listed', { timeout: 5000 });
  await a.release();
  return { a, b, el, created, done };
}

const changeButton = (el: ConnectorWizard, key: string) => inStep<HTMLButtonElement>(el, `[data-key="${key}"] button`)!;

/** A wizard whose create was lost: every attempt's connection dropped (the default policy makes three). */
async function afterLostCreate(api: ReturnType<typeof freshApi>, extra: Parameters<typeof wizardFixture>[0] = {}) {
  const wizard = await endpointWizard(api, extra);
  await advanceTo(wizard.el, 'review');
  await api.faults({ kind: 'drop' }, { kind: 'drop' }, { kind: 'drop' });
  await submitAndSettle(wizard.el);
  return wizard;
}

describe('endpoint mode: create', () => {
  it('while a create is sent, nothing can be changed: Change, Back, Discard, Cancel and the step links wait for the answer, and say so', async () => {
    const api = freshApi();
    const { el, created } = await endpointWizard(api, { draftDatabase: uniqueDatabase() });
    await advanceTo(el, 'review');
    // The discard question, asked before Create, goes when sending starts: its Yes could do nothing now.
    button(el, 'discard').click();
    await el.updateComplete;
    expect(Boolean(el.shadowRoot!.querySelector('[data-confirm]')), 'asked').to.equal(true);
    // Held until every check is made: a delay (0.8 s here before) can run out first on a busy machine, and the checks then meet the success panel.
    await api.faults({ kind: 'slow', method: 'POST', held: true });
    expect(el.sending, 'not yet').to.equal(false);
    const sending = el.submit();
    await waitUntil(() => el.shadowRoot!.querySelector('[data-progress]'), 'sending');
    expect(el.sending, 'the host can tell').to.equal(true);
    expect(changeButton(el, 'name').getAttribute('aria-disabled')).to.equal('true');
    expect(button(el, 'back').getAttribute('aria-disabled')).to.equal('true');
    expect(button(el, 'discard').getAttribute('aria-disabled')).to.equal('true');
    // A host would hear "cancelled", then "created": Cancel waits too.
    expect(button(el, 'cancel').getAttribute('aria-disabled')).to.equal('true');
    const cancels: Event[] = [];
    el.addEventListener('connector-wizard-cancel', (e) => cancels.push(e));
    expect(Boolean(el.shadowRoot!.querySelector('[data-confirm]')), 'the question went').to.equal(false);
    const links = [...el.shadowRoot!.querySelectorAll('[part~="step-link"][part~="button"]')];
    expect(links.length > 0 && links.every((link) => link.getAttribute('aria-disabled') === 'true'), 'every step link').to.equal(true);
    changeButton(el, 'name').click();
    button(el, 'back').click();
    button(el, 'discard').click();
    button(el, 'cancel').click();
    await el.updateComplete;
    expect(Boolean(el.shadowRoot!.querySelector('[data-confirm]')), 'Discard asks nothing').to.equal(false);
    expect(cancels, 'Cancel fires nothing').to.have.length(0);
    expect(await el.goTo('general'), 'goTo() refused too').to.equal(false);
    await el.reset();
    await settle(el);
    expect(inStep(el, '[data-key="name"]')?.textContent, 'reset() refused too: the answers stay').to.contain('Shopify UK');
    expect(currentStepId(el), 'still on Review: the answers sent are the ones shown').to.equal('review');
    await api.release();
    expect(await sending).to.equal(true);
    expect(el.sending, 'answered').to.equal(false);
    expect(created).to.have.length(1);
    expect(created[0]!.connector.name).to.equal('Shopify UK');
  });

  it('a host submit() from an earlier step sends from Review: the answers sent are the ones shown, and nothing typed is lost', async function () {
    this.timeout(20000);
    for (const from of ['general', 'credentials'] as const) {
      const api = freshApi();
      const { el, created } = await endpointWizard(api, { draftDatabase: uniqueDatabase() });
      await advanceTo(el, 'review');
      await el.goTo(from);
      await settle(el);
      await api.faults({ kind: 'slow', held: true });
      const sending = el.submit();
      let next: Promise<boolean> | undefined;
      try {
        await waitUntil(() => el.sending, 'sending', { timeout: 5000 });
        await settle(el);
        expect(currentStepId(el), `from ${from}: Review shows what is sent`).to.equal('review');
        // Continue while the create is held: the answer waits for the test, not for a time.
        next = el.next();
      } finally {
        await api.release();
      }
      expect(await next, 'Continue is Create, the one under way').to.equal(true);
      expect(created.length, 'one create').to.be.at.most(1);
      expect(await sending).to.equal(true);
      expect({ made: created.length, name: created[0]!.connector.name, posts: (await posts(api)).length }).to.deep.equal({ made: 1, name: 'Shopify UK', posts: 1 });
    }
  });

  it('a host submit() from a step the host keeps sends nothing: the answers would stay open to change while sent', async () => {
    const api = freshApi();
    const { el, created } = await endpointWizard(api, { draftDatabase: uniqueDatabase() });
    await advanceTo(el, 'review');
    await el.goTo('general');
    await settle(el);
    // The host keeps its step when the create would show Review (as a host page with its own step rules may).
    el.addEventListener('connector-wizard-step-change', (e) => e.detail.to === 'review' && e.preventDefault());
    expect(await el.submit(), 'refused').to.equal(false);
    await settle(el);
    expect({ step: currentStepId(el), sending: el.sending, made: created.length, posts: (await posts(api)).length }).to.deep.equal({
      step: 'general',
      sending: false,
      made: 0,
      posts: 0,
    });
  });

  it('a system preset the host changes while a create is sent waits for the answer: Review shows what is sent, then the preset applies as at any other time', async function () {
    this.timeout(20000);
    const api = freshApi();
    const { el } = await endpointWizard(api, { draftDatabase: uniqueDatabase() });
    await advanceTo(el, 'review');
    await api.faults({ kind: 'invalid', errors: [{ pointer: '/credentials/accessToken', detail: 'Token revoked.' }], held: true, method: 'POST' });
    const sending = el.submit();
    try {
      await waitUntil(() => el.sending, 'sending', { timeout: 5000 });
      // The page's own "Add Xero" tile sets the preset while the Shopify create is under way.
      el.system = 'xero';
      await settle(el);
      expect(inStep(el, '[data-key="system"]')?.textContent, 'Review while sending').to.contain('Shopify');
      expect(Boolean(inStep(el, '[data-key="credentials.accessToken"]')), 'the token row while sending').to.equal(true);
    } finally {
      await api.release();
    }
    expect(await sending).to.equal(false);
    // Then Xero's own draft (none: a new connector), as when the preset changes with nothing in flight; Shopify's keeps the answers sent.
    await waitUntil(() => currentStepId(el) === 'general', 'a new Xero connector');
    expect(inStep(el, '#field-name')).to.have.property('value', '');
    el.system = 'shopify';
    await waitUntil(() => currentStepId(el) === 'credentials', 'the Shopify draft, on the step the refusal named', { timeout: 5000 });
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-credentials-shop')!.value).to.equal('my-store');
  });

  it('after a create that failed, the answers can be changed again', async () => {
    const api = freshApi();
    const { el } = await afterLostCreate(api, { draftDatabase: uniqueDatabase() });
    expect(changeButton(el, 'name').getAttribute('aria-disabled') === null).to.equal(true);
    changeButton(el, 'name').click();
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
  });

  it('an endpoint attribute left empty (as a template renders a missing value) is emit mode: connector-created with the credentials, nothing sent', async () => {
    const api = freshApi();
    const { el, created } = await endpointWizard(api);
    el.setAttribute('endpoint', '');
    await settle(el);
    await advanceTo(el, 'review');
    await submitAndSettle(el);
    expect(created).to.have.length(1);
    expect(created[0]!.connector).to.deep.include({ name: 'Shopify UK', system: 'shopify' });
    expect(JSON.stringify(created[0]!.connector)).to.contain(SHOPIFY_TOKEN);
    expect(await posts(api), 'nothing posted').to.deep.equal([]);
  });

  it('POSTs once and fires connector-created with the server body, then forgets the draft and secrets', async () => {
    const api = freshApi();
    const draftDatabase = uniqueDatabase();
    const { el, created } = await endpointWizard(api, { draftDatabase });
    await advanceTo(el, 'review');
    await submitAndSettle(el);
    expect(created).to.have.length(1);
    const connector = created[0]!.connector;
    expect(connector.id).to.be.a('string');
    expect(connector).to.deep.include({ name: 'Shopify UK', system: 'shopify', group: 'uk', environment: 'live' });
    expect('credentials' in connector).to.equal(false);
    expect(JSON.stringify(created)).to.not.contain(SHOPIFY_TOKEN);
    expect(await api.connectors()).to.have.length(1);
    const log = await posts(api);
    expect(log).to.have.length(1);
    expect(log[0]!.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    expect(el.currentStep).to.equal('done');
    const { openDB } = await import('idb');
    const db = await openDB(draftDatabase);
    expect((await db.get('drafts', 'default'))?.data, 'only a tombstone is left').to.equal(undefined);
    db.close();
  });

  it('drop, drop, success: three requests with one key and one body, one connector', async () => {
    const api = freshApi();
    const { el, created } = await endpointWizard(api);
    await advanceTo(el, 'review');
    await api.faults({ kind: 'drop' }, { kind: 'drop' });
    await submitAndSettle(el);
    const log = await posts(api);
    expect(log.map((e) => e.status)).to.deep.equal(['dropped', 'dropped', 201]);
    expect(new Set(log.map((e) => e.idempotencyKey)).size).to.equal(1);
    expect(new Set(log.map((e) => e.bodySha256)).size).to.equal(1);
    expect(await api.connectors()).to.have.length(1);
    expect(created).to.have.length(1);
  });

  it('retries 429, 500, 502, 503 and 504, honouring Retry-After', async () => {
    const api = freshApi();
    const { el, created } = await endpointWizard(api);
    el.retryPolicy = { attempts: 6, baseDelayMs: 20, maxDelayMs: 100 };
    await advanceTo(el, 'review');
    await api.faults(
      { kind: 'status', status: 429, retryAfter: '1' },
      { kind: 'status', status: 500 },
      { kind: 'status', status: 502 },
      { kind: 'status', status: 503, retryAfterDate: 2 },
      { kind: 'status', status: 408 },
    );
    await submitAndSettle(el);
    const log = await api.log();
    expect(log.filter((e) => e.method === 'POST').map((e) => e.status)).to.deep.equal([429, 500, 502, 503, 408, 201]);
    // Lower bounds on the waits the server asked for (behaviour, not speed): Retry-After: 1, and an
    // HTTP date 2 s ahead (which, cut to whole seconds, is more than 1 s ahead).
    const at = (await fetch(`${api.endpoint.replace('/connectors', '/__log')}`).then((r) => r.json())) as { at: string; method: string }[];
    const times = at.filter((e) => e.method === 'POST').map((e) => Date.parse(e.at));
    expect(times[1]! - times[0]!).to.be.at.least(900);
    expect(times[4]! - times[3]!).to.be.at.least(900);
    expect(created).to.have.length(1);
  });

  it('retries the other temporary 5xx too (507, and 522 and 524 from a proxy), but not 501', async () => {
    const api = freshApi();
    const { el, created } = await endpointWizard(api);
    el.retryPolicy = { attempts: 4, baseDelayMs: 20, maxDelayMs: 100 };
    await advanceTo(el, 'review');
    await api.faults({ kind: 'status', status: 522 }, { kind: 'status', status: 507 }, { kind: 'status', status: 524 });
    await submitAndSettle(el);
    expect((await posts(api)).map((e) => e.status)).to.deep.equal([522, 507, 524, 201]);
    expect(created).to.have.length(1);

    const other = freshApi();
    const refused = await endpointWizard(other);
    await advanceTo(refused.el, 'review');
    await other.faults({ kind: 'status', status: 501 });
    await submitAndSettle(refused.el);
    expect(
      (await posts(other)).map((e) => e.status),
      'a method the server does not implement stays so',
    ).to.deep.equal([501]);
    expect(refused.created).to.have.length(0);
  });

  it('does not retry other 4xx, and says what happened: no passing problem, so never "try again", and the host told that a 404 or 405 means its endpoint is set wrong', async function () {
    this.timeout(20000);
    for (const [status, kind] of [
      [400, 'server'],
      [404, 'config'],
      [405, 'config'],
      [415, 'server'],
    ] as const) {
      const api = freshApi();
      const { el, created, errors } = await endpointWizard(api);
      await advanceTo(el, 'review');
      await api.faults({ kind: 'status', status });
      await submitAndSettle(el);
      expect((await posts(api)).length, `HTTP ${status}: not retried`).to.equal(1);
      expect(created).to.have.length(0);
      const said = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
      expect(said, `HTTP ${status}`).to.contain('The server refused to create the connector').and.to.contain('tell whoever looks after this page');
      expect(said, `HTTP ${status}`).to.not.contain('try again');
      expect(
        errors.map((e) => e.kind),
        `HTTP ${status}`,
      ).to.deep.equal([kind]);
      if (kind === 'config') expect(errors[0]!.message).to.contain(`the endpoint answered HTTP ${status}`);
      if (status === 400) await audit(el, 'a failed request');
    }
  });

  it('gives up after three attempts, says it cannot tell whether the connector was created, and keeps every answer', async () => {
    const api = freshApi();
    const { el, created, errors } = await afterLostCreate(api);
    expect((await posts(api)).length).to.equal(3);
    expect(created).to.have.length(0);
    expect(currentStepId(el)).to.equal('review');
    // The server may have created it (only the answers were lost): never "could not be created".
    const said = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
    expect(said).to.contain('cannot tell whether the connector was created').and.to.contain('without changing them');
    expect(said).to.not.contain('could not be created');
    expect(errors.map((e) => e.kind)).to.deep.equal(['network']);
    // Press Create again: the same key, and this time it works.
    await submitAndSettle(el);
    const log = await posts(api);
    expect(log).to.have.length(4);
    expect(new Set(log.map((e) => e.idempotencyKey)).size).to.equal(1);
    expect(created).to.have.length(1);
  });

  it('a retry policy or timeout given as undefined, NaN or 0 (as frameworks pass) keeps its default: three attempts, not endless ones', async () => {
    const api = freshApi();
    const { el, created } = await endpointWizard(api);
    el.retryPolicy = { attempts: undefined, baseDelayMs: 20, maxDelayMs: Number.NaN } as never;
    el.requestTimeout = undefined as never;
    await advanceTo(el, 'review');
    await api.faults({ kind: 'status', status: 503 }, { kind: 'status', status: 503 }, { kind: 'status', status: 503 });
    await submitAndSettle(el);
    expect(
      (await posts(api)).map((e) => e.status),
      'three attempts, then the person is told',
    ).to.deep.equal([503, 503, 503]);
    expect(created).to.have.length(0);
    el.requestTimeout = 0;
    await submitAndSettle(el);
    expect(created, 'a timeout of 0 is the default 30 s, not an abort before sending').to.have.length(1);
  });

  it('a huge retryPolicy.attempts (1e21) is bounded: ten attempts at most, never said as 1e+21', async () => {
    const api = freshApi();
    const { el } = await endpointWizard(api);
    el.retryPolicy = { attempts: 1e21, baseDelayMs: 1, maxDelayMs: 1 };
    await advanceTo(el, 'review');
    await settle(el);
    const busy = { kind: 'status', method: 'POST', status: 503 };
    await api.faults(...Array.from({ length: 11 }, () => busy));
    const texts: string[] = [];
    const observer = new MutationObserver(() => texts.push(el.shadowRoot!.textContent ?? ''));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    expect(await el.submit(), 'the eleventh 503 is never reached').to.equal(false);
    observer.disconnect();
    expect((await posts(api)).length).to.equal(10);
    expect(texts.filter((t) => t.includes('e+21'))).to.deep.equal([]);
  });

  it('a Retry-After longer than a timer holds (about 25 days), allowed by the policy, is waited for, never retried at once', async () => {
    const api = freshApi();
    const { el, created } = await endpointWizard(api);
    el.retryPolicy = { attempts: 2, maxRetryAfterMs: 1e12 };
    await advanceTo(el, 'review');
    // Another wizard told to wait 1 s: once its second attempt has come, a wrapped timer (which fires at once) started before it would have sent one.
    const other = freshApi();
    const second = await endpointWizard(other);
    second.el.retryPolicy = { attempts: 2, maxRetryAfterMs: 1e12 };
    await advanceTo(second.el, 'review');
    await api.faults({ kind: 'status', status: 503, retryAfter: '3000000' });
    await other.faults({ kind: 'status', status: 503, retryAfter: '1' });
    const sent = el.submit();
    await waitUntil(async () => (await posts(api)).length === 1, 'the first attempt', { timeout: 5000 });
    expect(await second.el.submit(), 'the other wizard, told to wait 1 s, sends again and creates').to.equal(true);
    expect((await posts(other)).map((e) => e.status)).to.deep.equal([503, 201]);
    expect(
      (await posts(api)).map((e) => e.status),
      'still waiting',
    ).to.deep.equal([503]);
    el.remove();
    await sent;
    expect(created).to.have.length(0);
  });

  it('an answer lost, then 503s: says it cannot tell whether the connector was created, never that the server could not', async () => {
    const api = freshApi();
    const { el } = await endpointWizard(api);
    await advanceTo(el, 'review');
    await api.faults({ kind: 'lose-response' }, { kind: 'status', status: 503 }, { kind: 'status', status: 503 });
    await submitAndSettle(el);
    expect(await api.connectors(), 'the server made it').to.have.length(1);
    const said = () => el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
    expect(said()).to.contain('cannot tell whether the connector was created');
    expect(said()).to.not.contain('could not create');
    // Nor a busy server asking to wait an hour: "try again then" must not invite a second create.
    await el.goTo('general');
    await settle(el);
    await type(el, '#field-name', 'Shopify UK 2');
    await el.goTo('review');
    await settle(el);
    await api.faults({ kind: 'lose-response' }, { kind: 'status', status: 503, retryAfter: '3600' });
    await submitAndSettle(el);
    expect(said()).to.contain('cannot tell whether the connector was created');
  });

  it('a gateway whose server did not answer in time (504, a proxy s 524) or broke off (502), on every attempt: said as an outcome the wizard cannot tell, and a 409 after another answer says it may be the earlier try s', async function () {
    this.timeout(20000);
    for (const status of [502, 504, 524]) {
      const api = freshApi();
      const { el, created, errors } = await endpointWizard(api);
      el.retryPolicy = { baseDelayMs: 20, maxDelayMs: 100 };
      await advanceTo(el, 'review');
      await api.faults(...[1, 2, 3].map(() => ({ kind: 'status', status, method: 'POST' })));
      await submitAndSettle(el);
      expect((await posts(api)).length, `HTTP ${status}: retried`).to.equal(3);
      const said = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
      expect(said, `HTTP ${status}`).to.contain('cannot tell whether the connector was created').and.to.contain('without changing them');
      expect(said, `HTTP ${status}`).to.not.contain('could not create');
      expect(
        errors.map((e) => e.kind),
        `HTTP ${status}`,
      ).to.deep.equal(['network']);
      // The server behind the gateway made it; the person then changes the name, a new create for that slot.
      await api.create(shopifyPayload());
      await renamedAndSentAgain(el);
      const refused = errorSummary(el).join(' | ');
      expect(refused, `HTTP ${status}`).to.contain('It may be the one an earlier try made');
      expect(refused, `HTTP ${status}`).to.not.contain('added after you started');
      expect(created).to.have.length(0);
    }
  });

  it('a 409 saying the key is in use (a request with it still being handled, which may make it): said as an outcome the wizard cannot tell, never as final', async () => {
    const api = freshApi();
    const { el, created } = await endpointWizard(api);
    await advanceTo(el, 'review');
    const inUse = { type: '/problems/idempotency-key-reuse', title: 'Idempotency-Key in use', status: 409, detail: 'A request with this key is in progress; try again.' };
    await api.faults({ kind: 'status', method: 'POST', status: 409, type: 'application/problem+json', json: inUse });
    await submitAndSettle(el);
    const said = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
    expect(said).to.contain('cannot tell whether the connector was created');
    expect(said).to.not.contain('tell whoever looks after this page');
    // The server answered: it is still working on the earlier try, never "did not answer" and "check your connection".
    expect(said).to.contain('still working on an earlier try').and.to.not.contain('did not answer');
    // Create again, answers unchanged: the same key, answered this time.
    await submitAndSettle(el);
    expect(created).to.have.length(1);
    expect(new Set((await posts(api)).map((e) => e.idempotencyKey)).size).to.equal(1);
  });

  it('a server answering with a null group has created the connector: the event carries no group', async () => {
    const api = freshApi();
    const { el, created, errors } = await endpointWizard(api);
    await advanceTo(el, 'review');
    await api.faults({ kind: 'status', status: 201, json: { id: 'c-1', name: 'Shopify UK', system: 'shopify', group: null, environment: 'live' } });
    await submitAndSettle(el);
    expect(errors).to.deep.equal([]);
    expect(created).to.have.length(1);
    expect('group' in created[0]!.connector, 'no group').to.equal(false);
  });

  it('a 201 whose group is a whole number is a create: connector-created fires with the group as text', async () => {
    const api = freshApi();
    const { el, created } = await endpointWizard(api);
    await advanceTo(el, 'review');
    await api.faults({ kind: 'status', status: 201, method: 'POST', json: { id: 'c-1', name: 'Shopify UK', system: 'shopify', group: 7, environment: 'live' } });
    expect(await el.submit()).to.equal(true);
    await settle(el);
    expect(created.map((d) => d.connector.group)).to.deep.equal(['7']);
  });

  it('a 201 whose body is no connector finishes: it says it was created and not to create it again, and leaves no draft to create it twice', async () => {
    const api = freshApi();
    const draftDatabase = uniqueDatabase();
    const { el, created, errors } = await endpointWizard(api, { draftDatabase });
    await advanceTo(el, 'review');
    await api.faults({ kind: 'status', method: 'POST', status: 201, json: { id: 'c-1' } });
    expect(await el.submit(), 'done, as the server said').to.equal(true);
    await settle(el);
    expect(created).to.have.length(0);
    const said = el.shadowRoot!.querySelector('[part="success"]')!.textContent!;
    expect(said).to.contain('Connector created').and.to.contain('The server says the connector was created').and.to.contain('Do not create it again');
    expect(said).to.not.contain('try again');
    expect(el.shadowRoot!.querySelector('[part~="create"]') === null, 'no Create to press again').to.equal(true);
    expect(errors.map((e) => e.kind)).to.deep.equal(['server']);
    await waitUntil(async () => (await readDraft(draftDatabase))?.data === undefined, 'the draft gone', { timeout: 5000 });
    el.remove();
    // The next visit starts a new connector: nothing offers to create this one again.
    const again = await endpointWizard(api, { draftDatabase });
    expect(currentStepId(again.el)).to.equal('general');
    expect(inStep<HTMLInputElement>(again.el, '#field-name')!.value).to.equal('');
  });

  it('a 200 that is no connector (an endpoint that is not the create, a mock) never finishes: the answers and the draft stay', async () => {
    const api = freshApi();
    const draftDatabase = uniqueDatabase();
    const { el, created } = await endpointWizard(api, { draftDatabase });
    await advanceTo(el, 'review');
    await api.faults({ kind: 'status', method: 'POST', status: 200, json: { ok: true } });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(created).to.have.length(0);
    expect(el.currentStep).to.equal('review');
    expect(el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent).to.contain('could not be read');
    expect((await readDraft(draftDatabase))?.data?.name, 'the draft kept').to.equal('Shopify UK');
  });

  it('a listed connector with a null group still takes its slot', async () => {
    const api = freshApi();
    await api.faults({ kind: 'status', status: 200, json: [{ id: 'c-1', name: 'Shop', system: 'shopify', group: null, environment: 'live' }] });
    const { el } = await endpointWizard(api, { groups: [] });
    await waitUntil(() => inStep<HTMLInputElement>(el, '#environment-live')?.disabled, 'live taken');
  });

  it('a listed connector whose group is a whole number takes its slot in that group', async () => {
    const api = freshApi();
    await api.faults({
      kind: 'status',
      status: 200,
      method: 'GET',
      json: [
        { id: 'a', name: 'Text group', system: 'shopify', group: '2', environment: 'live' },
        { id: 'b', name: 'Number group', system: 'shopify', group: 1, environment: 'live' },
      ],
    });
    const { el } = await endpointWizard(api, {
      groups: [
        { id: '1', name: 'One' },
        { id: '2', name: 'Two' },
      ],
    });
    await waitUntil(async () => (await api.log()).some((e) => e.method === 'GET'), 'the list asked for', { timeout: 5000 });
    await settle(el);
    const liveTaken = async (group: string) => {
      await choose(el, `#group-${group}`);
      await settle(el);
      return inStep<HTMLInputElement>(el, '#environment-live')?.disabled;
    };
    expect({ text: await liveTaken('2'), number: await liveTaken('1') }).to.deep.equal({ text: true, number: true });
  });

  it('the endpoint’s list entries that cannot be read are said to the host, once per problem', async () => {
    const api = freshApi();
    const list = [
      { id: 'a', name: 'Fine', system: 'shopify', group: 'uk', environment: 'live' },
      { id: 'b', name: 'Odd', system: 'shopify', group: 'uk', environment: 'testing' },
    ];
    // A third read with another entry left out: said, so once it is, the second read (of the same list) has been read, said or not.
    const third = [...list, { id: 'c', name: 'Odder', system: 'shopify', group: 'uk', environment: 'testing' }];
    await api.faults(
      { kind: 'status', status: 200, method: 'GET', json: list },
      { kind: 'status', status: 200, method: 'GET', json: list },
      { kind: 'status', status: 200, method: 'GET', json: third },
    );
    const errors: string[] = [];
    const listen = (e: Event) => errors.push(`${(e as WizardErrorEvent).detail.kind}: ${(e as WizardErrorEvent).detail.message}`);
    document.addEventListener('connector-wizard-error', listen);
    try {
      const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase() });
      await waitUntil(async () => (await api.log()).some((e) => e.method === 'GET'), 'listed', { timeout: 5000 });
      await settle(el);
      await choose(el, '#group-uk');
      await waitUntil(() => inStep<HTMLInputElement>(el, '#environment-live')?.disabled, 'the readable entry counts');
      expect(errors.filter((e) => e.includes('left out'))).to.have.length(1);
      expect(errors.find((e) => e.includes('left out'))).to.contain('1 of 2');
      // Read again (a move within the page): the same problem is not said twice.
      el.parentElement!.append(el);
      await waitUntil(async () => (await api.log()).filter((e) => e.method === 'GET').length === 2, 'listed again', { timeout: 5000 });
      el.parentElement!.append(el);
      await waitUntil(() => errors.some((e) => e.includes('2 of 3')), 'the third read, with another problem, said', { timeout: 5000 });
      expect(
        errors.filter((e) => e.includes('left out')).map((e) => e.match(/\d+ of \d+/u)?.[0]),
        'the same problem not said twice',
      ).to.deep.equal(['1 of 2', '2 of 3']);
    } finally {
      document.removeEventListener('connector-wizard-error', listen);
    }
  });

  it('a list the endpoint cannot give (a login page, a 500, a 401) is told to the host, and the person still creates', async () => {
    for (const [fault, said] of [
      [
        { kind: 'status', status: 200, body: '<!doctype html><title>Sign in</title>', method: 'GET' },
        'server: The connectors at the endpoint could not be listed (HTTP 200 with no JSON list)',
      ],
      [{ kind: 'status', status: 500, method: 'GET' }, 'server: The connectors at the endpoint could not be listed (HTTP 500)'],
      [{ kind: 'status', status: 401, method: 'GET' }, 'auth: The connectors at the endpoint could not be listed (HTTP 401)'],
    ] as const) {
      const api = freshApi();
      await api.faults(fault);
      // From the start: the list is asked for as soon as the later steps are there.
      const errors: string[] = [];
      const listen = (e: WizardErrorEvent) => errors.push(`${e.detail.kind}: ${e.detail.message}`);
      document.addEventListener('connector-wizard-error', listen);
      try {
        const { el, created } = await endpointWizard(api);
        await advanceTo(el, 'review');
        await waitUntil(async () => (await api.log()).some((e) => e.method === 'GET'), 'the list was asked for', { timeout: 5000 });
        await settle(el);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.contain(said);
        expect(await el.submit(), `${fault.status}: created all the same`).to.equal(true);
        expect(created).to.have.length(1);
        el.remove();
      } finally {
        document.removeEventListener('connector-wizard-error', listen);
      }
    }
  });

  it('a wizard removed while the endpoint’s list is still arriving says nothing: the list was not refused, it was left', async function () {
    this.timeout(20_000);
    // An answer whose body stops arriving after two pieces (a slow link): the headers came, the list never ends.
    const endpoint = `/__faults/trickle?every=100&stallAfter=2&list=${crypto.randomUUID()}`;
    const errors: string[] = [];
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
    el.addEventListener('connector-wizard-error', (e) => errors.push(`${(e as WizardErrorEvent).detail.kind}: ${(e as WizardErrorEvent).detail.message}`));
    await withFetchesSeen('/__faults/trickle', async (seen) => {
      el.endpoint = endpoint;
      await waitUntil(() => seen[0]?.headers, 'the list is arriving', { timeout: 5000 });
    });
    const parent = el.parentElement!;
    el.remove();
    // Put back on an endpoint whose list fails: that is said, after anything said of the read the removal stopped.
    const api = freshApi();
    await api.faults({ kind: 'status', status: 500, method: 'GET' });
    el.endpoint = api.endpoint;
    parent.append(el);
    await waitUntil(() => errors.length > 0, 'the other list said', { timeout: 5000 });
    expect(errors, 'nothing said for a list the removal stopped').to.deep.equal([
      'server: The connectors at the endpoint could not be listed (HTTP 500), so a live or testing slot already taken is found only when the server refuses the create.',
    ]);
    el.remove();
  });
  it('an endpoint’s list whose connection drops while it arrives is said as no answer (network), never as a list the server got wrong', async function () {
    this.timeout(20_000);
    const errors: string[] = [];
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
    el.addEventListener('connector-wizard-error', (e) => errors.push(`${(e as WizardErrorEvent).detail.kind}: ${(e as WizardErrorEvent).detail.message}`));
    el.endpoint = `/__faults/trickle?every=50&cutAfter=2&list=${crypto.randomUUID()}`;
    await waitUntil(() => errors.length > 0, 'the failed list said', { timeout: 8000 });
    expect(errors[0]).to.contain('network: The connectors at the endpoint could not be listed (no answer)');
  });

  it('an endpoint’s list that stops arriving is said as no answer in time (network) once requestTimeout has passed since it was asked', async function () {
    this.timeout(20_000);
    const errors: string[] = [];
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
    el.addEventListener('connector-wizard-error', (e) => errors.push(`${(e as WizardErrorEvent).detail.kind}: ${(e as WizardErrorEvent).detail.message}`));
    el.requestTimeout = 1000;
    el.endpoint = `/__faults/trickle?every=50&stallAfter=2&list=${crypto.randomUUID()}`;
    await waitUntil(() => errors.length > 0, 'the failed list said', { timeout: 8000 });
    expect(errors[0]).to.contain('network: The connectors at the endpoint could not be listed (no answer in time)');
  });

  it('a server answering with a number id, or a JSON type of its own, has created the connector', async () => {
    const api = freshApi();
    const { el, created, errors } = await endpointWizard(api);
    await advanceTo(el, 'review');
    const body = { id: 42, name: 'Shopify UK', system: 'shopify', group: 'uk', environment: 'live' };
    await api.faults({ kind: 'status', status: 201, json: body, type: 'application/vnd.api+json' });
    await submitAndSettle(el);
    expect(errors).to.deep.equal([]);
    expect(created).to.have.length(1);
    expect(created[0]!.connector).to.deep.include({ id: '42', name: 'Shopify UK' });
  });

  it('a 201 whose name is far beyond the 100 characters a name may have is not shown and announced whole, and the event keeps it', async () => {
    const api = freshApi();
    const { el, created } = await endpointWizard(api);
    await advanceTo(el, 'review');
    await api.faults({ kind: 'status', status: 201, method: 'POST', json: { id: 'c-1', name: 'N'.repeat(300_000), system: 'shopify', group: 'uk', environment: 'live' } });
    await submitAndSettle(el);
    expect(created).to.have.length(1);
    expect((created[0]!.connector.name as string).length, 'the event carries the answer').to.equal(300_000);
    const panel = el.shadowRoot!.querySelector('[part="success"]')!.textContent!;
    const live = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!;
    expect({ panelUnder2000: panel.length < 2000, liveUnder2000: live.length < 2000 }).to.deep.equal({ panelUnder2000: true, liveUnder2000: true });
    expect(panel).to.contain(`${'N'.repeat(99)}…`);
  });

  it('does not wait for a Retry-After beyond a minute', async () => {
    const api = freshApi();
    const { el } = await endpointWizard(api);
    await advanceTo(el, 'review');
    await api.faults({ kind: 'status', status: 503, retryAfter: '3600' });
    await submitAndSettle(el);
    expect((await posts(api)).length).to.equal(1);
    expect(el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent).to.contain('asked us to wait 1 hour.');
  });

  it('a Retry-After far beyond a minute is said as a wait a person can read, never as infinity or six-figure seconds', async () => {
    const said: string[] = [];
    for (const fault of [{ retryAfter: '9'.repeat(400) }, { retryAfterDate: 2 * 86400 }]) {
      const api = freshApi();
      const { el } = await endpointWizard(api);
      await advanceTo(el, 'review');
      await api.faults({ kind: 'status', status: 503, method: 'POST', ...fault });
      await submitAndSettle(el);
      said.push(el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!);
    }
    expect(said.filter((text) => text.includes('∞') || /\d{1,3},\d{3} seconds/u.test(text))).to.deep.equal([]);
    expect(said[0]).to.contain('asked us to wait a long time.');
    // A date two days ahead, read a moment later: a little under two days, rounded up.
    expect(said[1]).to.contain('asked us to wait 2 days.');
  });

  it('a server still busy at the last attempt: the person is told the wait it asked for, not to try again in a moment', async () => {
    const api = freshApi();
    const { el } = await endpointWizard(api);
    await advanceTo(el, 'review');
    const busy = { kind: 'status', method: 'POST', status: 429, retryAfter: '1' } as const;
    await api.faults(busy, busy, busy);
    await submitAndSettle(el);
    expect((await posts(api)).length, 'each attempt made, after the wait asked for').to.equal(3);
    expect(el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent).to.contain('asked us to wait 1 second.');
  });

  it('never renders a non-JSON error body (an HTML 502 page)', async () => {
    const api = freshApi();
    const { el, errors } = await endpointWizard(api);
    await advanceTo(el, 'review');
    const page = '<h1 id="evil">Bad gateway</h1><img src=x onerror="window.__pwned=1">';
    await api.faults(...[1, 2, 3].map(() => ({ kind: 'status', status: 502, body: page })));
    await submitAndSettle(el);
    const text = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
    // A gateway's 502: the server behind it may have made the connector (see the gateway test above).
    expect(text).to.contain('cannot tell whether the connector was created');
    expect(errors.map((e) => e.message).join(' '))
      .to.contain('HTTP 502')
      .and.to.not.contain('Bad gateway');
    expect(text).to.not.contain('Bad gateway');
    expect(el.shadowRoot!.querySelector('#evil')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('401/403: says the host session is not authorised, keeps the draft, does not retry', async () => {
    for (const status of [401, 403]) {
      const api = freshApi();
      const { el, errors } = await endpointWizard(api);
      await advanceTo(el, 'review');
      await api.faults({ kind: 'status', status });
      await submitAndSettle(el);
      expect((await posts(api)).length).to.equal(1);
      expect(el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent).to.contain(`not signed in to create connectors (HTTP ${status})`);
      expect(errors.map((e) => e.kind)).to.deep.equal(['auth']);
      expect(currentStepId(el)).to.equal('review');
    }
  });

  it('Enter on the focused Create button creates', async () => {
    const api = freshApi();
    const { el, created } = await endpointWizard(api);
    await advanceTo(el, 'review');
    button(el, 'create').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => created.length === 1, 'created by Enter', { timeout: 5000 });
  });

  it('exactly one POST however often the person submits, with the button focused and busy', async () => {
    const api = freshApi();
    const { el, created } = await endpointWizard(api);
    await advanceTo(el, 'review');
    await api.faults({ kind: 'slow', held: true });
    const create = button(el, 'create');
    create.focus();
    let all: Promise<boolean[]> | undefined;
    try {
      for (let i = 0; i < 10; i++) create.click();
      await el.updateComplete;
      expect(create.getAttribute('aria-disabled')).to.equal('true');
      expect(create.getAttribute('aria-busy')).to.equal('true');
      all = Promise.all([el.submit(), el.submit()]);
      expect(create.textContent!.trim()).to.equal('Creating connector…');
      expect(el.shadowRoot!.querySelector('[data-progress]')!.textContent).to.contain('Creating connector…');
      expect(deepActiveElement()).to.equal(create);
      void el.submit();
      void el.next();
    } finally {
      await api.release();
    }
    await waitUntil(() => created.length === 1, 'created', { timeout: 5000 });
    await settle(el);
    expect(await all, 'every submit() in flight shares the result').to.deep.equal([true, true]);
    expect((await posts(api)).length).to.equal(1);
    expect(created).to.have.length(1);
  });

  it('shows "Retrying…" while it retries', async () => {
    const api = freshApi();
    const { el, created } = await endpointWizard(api);
    el.retryPolicy = { baseDelayMs: 600, maxDelayMs: 600 };
    await advanceTo(el, 'review');
    await api.faults({ kind: 'status', status: 503 });
    void el.submit();
    await waitUntil(() => el.shadowRoot!.querySelector('[data-progress]')?.textContent?.includes('Retrying… (attempt 2 of 3)'), 'retrying shown', {
      timeout: 5000,
    });
    expect(el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent).to.contain('Retrying');
    await waitUntil(() => created.length === 1, 'created', { timeout: 5000 });
  });

  it('says how long it waits when the server asks for a wait of seconds, then Retrying as the attempt starts', async function () {
    this.timeout(20_000);
    const api = freshApi();
    const { el, created } = await endpointWizard(api);
    await advanceTo(el, 'review');
    await api.faults({ kind: 'status', status: 503, retryAfter: '5' });
    const progress = () => el.shadowRoot!.querySelector('[data-progress]')?.textContent?.trim();
    const said: (string | undefined)[] = [];
    const watch = new MutationObserver(() => said.at(-1) !== progress() && said.push(progress()));
    watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    void el.submit();
    const region = () => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();
    await waitUntil(() => progress() === 'Retrying in 5 seconds… (attempt 2 of 3)', `the wait said, not ${progress()}`, { timeout: 5000 });
    expect(region()).to.equal('Retrying in 5 seconds… (attempt 2 of 3)');
    await waitUntil(() => created.length === 1, 'created', { timeout: 8000 });
    watch.disconnect();
    expect(said.filter(Boolean)).to.deep.equal(['Creating connector…', 'Retrying in 5 seconds… (attempt 2 of 3)', 'Retrying… (attempt 2 of 3)']);
  });
});

describe('endpoint mode: a new language', () => {
  it('what went wrong, and a test outcome, are said again in the new language', async () => {
    const api = freshApi();
    const { el } = await endpointWizard(api, { testEndpoint: api.testEndpoint });
    el.retryPolicy = { attempts: 1 };
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    inStep<HTMLButtonElement>(el, '.test-button')!.click();
    await waitUntil(() => inStep(el, '#test-result')?.dataset.testState === 'ok', 'tested', { timeout: 5000 });
    el.lang = 'de';
    await waitUntil(() => inStep(el, '#test-result p')!.textContent === 'Shopify hat diese Zugangsdaten akzeptiert.', 'the test outcome in German');
    el.lang = 'en';
    await waitUntil(() => inStep(el, '#test-result p')!.textContent === 'Shopify accepted these credentials.', 'in English again');
    await pressContinue(el);
    await api.faults({ kind: 'status', status: 500 });
    await submitAndSettle(el);
    const said = () => el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
    expect(said()).to.contain('The server could not create the connector');
    el.lang = 'de';
    await waitUntil(() => said().includes('Der Server konnte den Connector nicht erstellen'), 'the failure in German', { timeout: 5000 });
  });

  it('the live region speaks the language on screen: a created connector, in German once the page is', async () => {
    const api = freshApi();
    const { el } = await endpointWizard(api);
    await advanceTo(el, 'review');
    await api.faults({ kind: 'status', method: 'POST', status: 201, json: { id: 'c-1' } });
    await submitAndSettle(el);
    const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    expect(region.textContent).to.contain('could not be read');
    el.lang = 'de';
    await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('lang') === 'de', 'German', { timeout: 5000 });
    await settle(el);
    const panel = el.shadowRoot!.querySelector('[part="success"] p')!.textContent!.trim();
    expect(region.textContent!.trim(), 'what is said is what is shown, in its language').to.equal(panel);
  });
});

describe('endpoint mode: errors on the right field', () => {
  it('422: each pointer on its field, the earliest step shown, unknown pointers and later steps errors listed', async () => {
    const api = freshApi();
    const { el } = await endpointWizard(api);
    await advanceTo(el, 'review');
    await api.faults({
      kind: 'invalid',
      errors: [
        { pointer: '/credentials/accessToken', detail: 'This token was revoked' },
        { pointer: '/name', detail: 'A connector with this name exists' },
        { pointer: '/mystery', detail: 'Something else is wrong' },
      ],
    });
    await submitAndSettle(el);
    expect(currentStepId(el)).to.equal('general');
    // The later step's error is said here too, with its step's name, so nothing the server said is lost.
    expect(errorSummary(el)).to.deep.equal([
      'Connector name: A connector with this name exists',
      'Something else is wrong',
      'Credentials: \u2068This token was revoked\u2069',
    ]);
    expect(inStep(el, '#field-name-error')!.textContent).to.contain('A connector with this name exists');
    expect(deepActiveElement()?.classList.contains('error-summary')).to.equal(true);
    await audit(el, 'server errors on general');
    await type(el, '#field-name', 'Shopify UK 2');
    await pressContinue(el);
    expect(errorSummary(el), 'none on Time zone').to.deep.equal([]);
    await el.goTo('credentials');
    await settle(el);
    expect(currentStepId(el)).to.equal('credentials');
    // On its own field once the person gets there, before another Create.
    expect(errorSummary(el)).to.deep.equal(['Admin API access token: This token was revoked']);
    expect(inStep(el, '#field-credentials-accessToken-error')!.textContent).to.contain('This token was revoked');
    await audit(el, 'a server error waiting on credentials');
    await type(el, '#field-credentials-accessToken', 'shpat_ffffffffffffffffffffffffffffffff');
    expect(errorSummary(el), 'gone once its field is edited').to.deep.equal([]);
  });

  it("a server's error stays until its own field is edited", async () => {
    const api = freshApi();
    const { el } = await endpointWizard(api);
    await advanceTo(el, 'review');
    await api.faults({
      kind: 'invalid',
      errors: [
        { pointer: '/name', detail: 'Names must be unique' },
        { pointer: '/mystery', detail: 'Other' },
      ],
    });
    await submitAndSettle(el);
    await choose(el, '#environment-test');
    expect(errorSummary(el)).to.deep.equal(['Connector name: Names must be unique', 'Other']);
    await type(el, '#field-name', 'Another name');
    expect(errorSummary(el)).to.deep.equal(['Other']);
  });

  it('422 while the host keeps the step (step-change prevented): the problem is said on Review', async () => {
    const api = freshApi();
    const { el, errors } = await endpointWizard(api);
    await advanceTo(el, 'review');
    el.addEventListener('connector-wizard-step-change', (e) => e.preventDefault());
    await api.faults({ kind: 'invalid', errors: [{ pointer: '/name', detail: 'A connector with this name exists' }] });
    await submitAndSettle(el);
    expect(currentStepId(el)).to.equal('review');
    expect(el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent).to.contain('A connector with this name exists');
    expect(el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent).to.not.contain('Creating');
    expect(errors).to.have.length(0);
  });

  it('422 on credentials lands on the credentials field', async () => {
    const api = freshApi();
    const { el } = await endpointWizard(api);
    await advanceTo(el, 'review');
    await api.faults({ kind: 'invalid', errors: [{ pointer: '/credentials/accessToken', detail: 'This token was revoked' }] });
    await submitAndSettle(el);
    expect(currentStepId(el)).to.equal('credentials');
    expect(inStep(el, '#field-credentials-accessToken')!.getAttribute('aria-invalid')).to.equal('true');
    expect(inStep(el, '#field-credentials-accessToken-error')!.textContent).to.contain('This token was revoked');
  });

  it('the server validates with the same rules (a real 422, no fault)', async () => {
    const api = freshApi();
    const r = await fetch(api.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify(shopifyPayload({ credentials: { shop: 'Bad Shop', accessToken: 'nope' } })),
    });
    expect(r.status).to.equal(422);
    expect(r.headers.get('content-type')).to.contain('application/problem+json');
    const body = await r.json();
    expect(body.errors.map((e: { pointer: string }) => e.pointer).sort()).to.deep.equal(['/credentials/accessToken', '/credentials/shop']);
    expect(JSON.stringify(body)).to.not.contain('nope');
    // A name that direction controls would make read as another, or of invisible characters only, is refused there too.
    for (const name of ['Shop UK \u202Eevil', '\u200B\u2060']) {
      const refused = await fetch(api.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify(shopifyPayload({ name })),
      });
      expect(refused.status, JSON.stringify(name)).to.equal(422);
      expect(((await refused.json()) as { errors: { pointer: string }[] }).errors.map((e) => e.pointer)).to.deep.equal(['/name']);
    }
  });

  it('409 duplicate: a specific message on the environment, and the rule updated', async () => {
    const api = freshApi();
    const { el, created } = await endpointWizard(api);
    await advanceTo(el, 'review');
    // Someone else creates the same slot after this person started.
    await api.create(shopifyPayload({ name: 'Theirs' }));
    await submitAndSettle(el);
    expect(created).to.have.length(0);
    expect(currentStepId(el)).to.equal('general');
    expect(errorSummary(el)[0]).to.contain('A live Shopify connector already exists in UK; it was added after you started');
    await waitUntil(() => inStep<HTMLInputElement>(el, '#environment-live')?.disabled, 'rule refreshed from GET');
    await choose(el, '#environment-test');
    await pressContinue(el);
    await el.goTo('review');
    await submitAndSettle(el);
    expect(created).to.have.length(1);
  });

  it('GETs existing connectors on connect to apply the rule', async () => {
    const api = freshApi();
    await api.create(shopifyPayload());
    const { el } = await endpointWizard(api);
    await choose(el, '#group-uk');
    await waitUntil(() => inStep<HTMLInputElement>(el, '#environment-live')?.disabled, 'live taken');
    expect(inStep(el, '#environment-live--hint')!.textContent).to.equal('A live Shopify connector already exists in UK.');
  });

  it('still works when the GET fails (the 409 is the backstop)', async () => {
    const api = freshApi();
    await api.faults({ kind: 'status', status: 500 });
    const { el, created } = await endpointWizard(api);
    await advanceTo(el, 'review');
    await submitAndSettle(el);
    expect(created).to.have.length(1);
    const log = await api.log();
    expect(log.map((e) => [e.method, e.status])).to.deep.equal([
      ['GET', 500],
      ['POST', 201],
    ]);
  });
});

describe('endpoint mode: idempotency keys and lifetime', () => {
  it('resends the same key after a reload, and a new key after any edit', async () => {
    const api = freshApi();
    const draftDatabase = uniqueDatabase();
    const first = await afterLostCreate(api, { draftDatabase });
    first.el.remove();

    const second = await endpointWizard(api, { draftDatabase });
    expect(currentStepId(second.el)).to.equal('review');
    await second.el.goTo('credentials');
    await settle(second.el);
    await type(second.el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    await pressContinue(second.el);
    await api.faults({ kind: 'status', status: 500 }, { kind: 'status', status: 500 }, { kind: 'status', status: 500 });
    await submitAndSettle(second.el);
    let log = await posts(api);
    expect(log).to.have.length(6);
    expect(new Set(log.map((e) => e.idempotencyKey)).size, 'same key after reload').to.equal(1);
    expect(new Set(log.map((e) => e.bodySha256)).size, 'same body after reload').to.equal(1);

    await second.el.goTo('general');
    await settle(second.el);
    await type(second.el, '#field-name', 'Shopify UK (edited)');
    await pressContinue(second.el);
    await second.el.goTo('review');
    await submitAndSettle(second.el);
    log = await posts(api);
    expect(log).to.have.length(7);
    expect(log[6]!.idempotencyKey).to.not.equal(log[0]!.idempotencyKey);
    expect(second.created).to.have.length(1);
  });

  it('a secret typed again key by key after a reload keeps the key: the lost create is answered, not made twice', async () => {
    const api = freshApi();
    const draftDatabase = uniqueDatabase();
    const first = await afterLostCreate(api, { draftDatabase });
    first.el.remove();

    const second = await endpointWizard(api, { draftDatabase });
    await second.el.goTo('credentials');
    await settle(second.el);
    inStep<HTMLInputElement>(second.el, '#field-credentials-accessToken')!.focus();
    // Real keystrokes: an input event for each character, as a person types it.
    await sendKeys({ type: SHOPIFY_TOKEN });
    await pressContinue(second.el);
    expect(currentStepId(second.el)).to.equal('review');
    await submitAndSettle(second.el);
    const log = await posts(api);
    expect(log).to.have.length(4);
    expect(new Set(log.map((e) => e.idempotencyKey)).size, 'one key for the lost create and the one after the reload').to.equal(1);
    expect(second.created).to.have.length(1);
  });

  it('Cancel after a lost create leaves no secret in memory, the ones a key was sent with included', async () => {
    const api = freshApi();
    const { el } = await afterLostCreate(api);
    const held = () => JSON.stringify((el as unknown as { store: { state: unknown } }).store.state);
    expect(held(), 'held while the person may send again').to.contain(SHOPIFY_TOKEN);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel"]')!.click();
    await settle(el);
    expect(held()).to.not.contain(SHOPIFY_TOKEN);
  });

  it('a changed secret means a new key', async () => {
    const api = freshApi();
    const { el } = await endpointWizard(api);
    await advanceTo(el, 'review');
    await api.faults({ kind: 'status', status: 400 });
    await submitAndSettle(el);
    await el.goTo('credentials');
    await settle(el);
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN.replace('0123', '4567'));
    await pressContinue(el);
    await submitAndSettle(el);
    const log = await posts(api);
    expect(log).to.have.length(2);
    expect(log[0]!.idempotencyKey).to.not.equal(log[1]!.idempotencyKey);
  });

  it('aborts the request when the element is removed, not when it is moved', async () => {
    const api = freshApi();
    const moved = await endpointWizard(api);
    await advanceTo(moved.el, 'review');
    await api.faults({ kind: 'slow', held: true });
    void moved.el.submit();
    await waitUntil(async () => (await posts(api)).length === 1, 'the POST reached the server', { timeout: 5000 });
    const parent = moved.el.parentElement!;
    const other = document.createElement('div');
    document.body.append(other);
    other.append(moved.el); // a move: disconnect and connect in one task
    await api.release();
    await waitUntil(() => moved.created.length === 1, 'a moved element still creates', { timeout: 5000 });
    parent.append(moved.el);
    other.remove();

    const api2 = freshApi();
    const removed = await endpointWizard(api2);
    await advanceTo(removed.el, 'review');
    await api2.faults({ kind: 'slow', method: 'POST', held: true }); // no busy machine answers it before the removal, as 800 ms could
    try {
      const done = removed.el.submit();
      await waitUntil(async () => (await posts(api2)).length === 1, 'the POST reached the server', { timeout: 5000 });
      removed.el.remove();
      expect(await done).to.equal(false);
      expect(removed.created).to.have.length(0);
    } finally {
      await api2.release();
    }
  });

  it('a create in flight survives a move that puts the element back after a microtask (still one task)', async () => {
    const api = freshApi();
    const { el, created } = await endpointWizard(api);
    await advanceTo(el, 'review');
    await api.faults({ kind: 'slow', held: true });
    void el.submit();
    await waitUntil(async () => (await posts(api)).length === 1, 'the POST reached the server', { timeout: 5000 });
    const parent = el.parentElement!;
    el.remove();
    await Promise.resolve();
    parent.append(el);
    await api.release();
    await waitUntil(() => created.length === 1, 'a moved element still creates', { timeout: 5000 });
    expect(el.currentStep).to.equal('done');
  });

  it('removing the element before the request starts sends nothing', async () => {
    const api = freshApi();
    const { el, created } = await endpointWizard(api);
    await advanceTo(el, 'review');
    const done = el.submit();
    el.remove(); // while the key is still being prepared
    expect(await done).to.equal(false);
    // Another wizard creates on the same endpoint after: once its POST has come, one the removed element made would have.
    const other = await endpointWizard(api);
    await advanceTo(other.el, 'review');
    expect(await other.el.submit()).to.equal(true);
    expect(await posts(api)).to.have.length(1);
    expect(created).to.have.length(0);
  });

  it('a lost response is replayed, not duplicated; a key reused for another body gets a new key', async () => {
    const api = freshApi();
    const draftDatabase = uniqueDatabase();
    const first = await endpointWizard(api, { draftDatabase });
    await advanceTo(first.el, 'review');
    // The server creates the connector but every answer is lost.
    await api.faults({ kind: 'lose-response' }, { kind: 'lose-response' }, { kind: 'lose-response' });
    await submitAndSettle(first.el);
    expect(await api.connectors()).to.have.length(1);
    first.el.remove();

    // After a reload (whose GET fails, so the rule does not catch it) the token is typed
    // differently: same key, another body.
    await api.faults({ kind: 'status', status: 500 });
    const second = await endpointWizard(api, { draftDatabase });
    await second.el.goTo('credentials');
    await settle(second.el);
    await type(second.el, '#field-credentials-accessToken', SHOPIFY_TOKEN.replace('abcdef', 'fedcba'));
    await pressContinue(second.el);
    await submitAndSettle(second.el);
    const log = await posts(api);
    expect(log.slice(3).map((e) => e.status)).to.deep.equal([422, 409]);
    expect(log[3]!.idempotencyKey).to.equal(log[0]!.idempotencyKey);
    expect(log[4]!.idempotencyKey).to.not.equal(log[0]!.idempotencyKey);
    expect(await api.connectors()).to.have.length(1);
    // The draft remembers that the first create went unanswered: maybe its own, never "added after you started".
    expect(errorSummary(second.el)[0]).to.contain('already exists').and.to.contain('It may be the one an earlier try made');
    expect(errorSummary(second.el)[0]).to.not.contain('added after you started');
  });

  it('a lost create, then an answer changed: the 409 says the connector may be the earlier try s, not someone else s', async () => {
    const api = freshApi();
    const { el, created } = await endpointWizard(api);
    await advanceTo(el, 'review');
    await api.faults({ kind: 'lose-response' }, { kind: 'lose-response' }, { kind: 'lose-response' });
    await submitAndSettle(el);
    expect(await api.connectors(), 'the server made it').to.have.length(1);
    await renamedAndSentAgain(el);
    const said = errorSummary(el).join(' | ');
    expect(said).to.contain('It may be the one an earlier try made when no answer came back');
    expect(said).to.not.contain('Choose the other environment');
    expect(created).to.have.length(0);
  });

  it('a 409 with no earlier unanswered create for that slot still says it was added after the person started', async () => {
    const api = freshApi();
    const { el } = await endpointWizard(api);
    await advanceTo(el, 'review');
    await el.goTo('general');
    await settle(el);
    await choose(el, '#environment-test');
    await el.goTo('review');
    await settle(el);
    // A create for the testing slot goes unanswered (the server made it)...
    await api.faults({ kind: 'lose-response', method: 'POST' }, { kind: 'lose-response', method: 'POST' }, { kind: 'lose-response', method: 'POST' });
    await submitAndSettle(el);
    // ...then the person asks for live, where someone else has just added one.
    await el.goTo('general');
    await settle(el);
    await choose(el, '#environment-live');
    await api.create(shopifyPayload({ name: 'Made elsewhere' }));
    await el.goTo('review');
    await settle(el);
    await submitAndSettle(el);
    expect(errorSummary(el).join(' | ')).to.contain('it was added after you started');
  });

  it('a new key after a reused one starts its own attempts: the progress line counts them from the first again', async () => {
    const api = freshApi();
    const { el, created } = await endpointWizard(api);
    await advanceTo(el, 'review');
    const reused = { type: '/problems/idempotency-key-reuse', title: 'Idempotency key reused', status: 422 };
    await api.faults(
      { kind: 'status', method: 'POST', status: 503 },
      { kind: 'status', method: 'POST', status: 422, type: 'application/problem+json', json: reused },
      { kind: 'slow', method: 'POST', held: true },
    );
    const sending = el.submit();
    try {
      await waitUntil(async () => (await posts(api)).length === 3, 'the new key sent', { timeout: 5000 });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[data-progress]')!.textContent!.trim(), 'its first attempt').to.equal('Creating connector…');
    } finally {
      await api.release();
    }
    expect(await sending).to.equal(true);
    expect(created).to.have.length(1);
  });

  it('times out a slow attempt and retries with the same key', async () => {
    const api = freshApi();
    const { el, created } = await endpointWizard(api);
    el.requestTimeout = 150;
    await advanceTo(el, 'review');
    await api.faults({ kind: 'slow', delayMs: 600 });
    await submitAndSettle(el);
    await waitUntil(async () => (await posts(api)).length >= 2, 'retried', { timeout: 5000 });
    const log = await posts(api);
    expect(new Set(log.map((e) => e.idempotencyKey)).size).to.equal(1);
    expect(created).to.have.length(1);
    expect(await api.connectors()).to.have.length(1);
  });

  it('refuses an endpoint that is not https or local, without any request', async () => {
    for (const endpoint of ['http://example.com/api/connectors', 'https://user:pass@example.com/api', 'javascript:alert(1)']) {
      const { el, errors, created } = await endpointWizard(freshApi());
      await advanceTo(el, 'general');
      el.endpoint = endpoint;
      await settle(el);
      await advanceTo(el, 'review');
      // Said to the integrator when it is set, not first when a person has filled in every step.
      expect(
        errors.map((e) => e.kind),
        `${endpoint}, before Create`,
      ).to.deep.equal(['config']);
      expect(errors[0]!.message).to.contain('The endpoint attribute was refused').and.not.contain('pass@');
      await submitAndSettle(el);
      expect(created).to.have.length(0);
      expect(
        errors.map((e) => e.kind),
        endpoint,
      ).to.deep.equal(['config', 'config']);
      expect(el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent).to.contain('nothing was sent');
    }
  });

  it('never follows a redirect with the credentials', async () => {
    const api = freshApi();
    const elsewhere = freshApi();
    const { el, created } = await endpointWizard(api);
    await advanceTo(el, 'review');
    await api.faults(...[1, 2, 3].map(() => ({ kind: 'status', status: 307, headers: { Location: elsewhere.endpoint } })));
    await submitAndSettle(el);
    expect(created).to.have.length(0);
    expect(await elsewhere.log()).to.have.length(0);
  });
});

describe('endpoint mode: test connection', () => {
  async function atCredentials(api: ReturnType<typeof freshApi>) {
    const { el } = await endpointWizard(api, { testEndpoint: api.testEndpoint });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    return el;
  }

  const result = (el: ConnectorWizard) => inStep(el, '#test-result')!;

  it('says when the system accepts the credentials', async () => {
    const api = freshApi();
    const el = await atCredentials(api);
    inStep<HTMLButtonElement>(el, '.test-button')!.click();
    await waitUntil(() => result(el).dataset.testState === 'ok', 'ok');
    expect(result(el).querySelector('p')!.textContent).to.equal('Shopify accepted these credentials.');
    expect(result(el).querySelector('[data-account]')!.textContent, 'the account the test endpoint names').to.equal('Connected as my-store.myshopify.com.');
    expect((await api.log()).map((e) => e.path)).to.deep.equal([new URL(api.endpoint, location.href).pathname, new URL(api.testEndpoint, location.href).pathname]);
    await audit(el, 'connection test passed');
  });

  it('points at the field the system rejected', async () => {
    const api = freshApi();
    const el = await atCredentials(api);
    await type(el, '#field-credentials-shop', 'wrong-store');
    inStep<HTMLButtonElement>(el, '.test-button')!.click();
    await waitUntil(() => result(el).dataset.testState === 'rejected', 'rejected');
    expect(result(el).textContent).to.contain('Shopify refused these credentials');
    expect(inStep(el, '#field-credentials-shop-error')!.textContent).to.contain('The system refused this value');
  });

  it('says when an answer is wrong before asking the system', async () => {
    const api = freshApi();
    const el = await atCredentials(api);
    await api.faults({ kind: 'invalid', errors: [{ pointer: '/credentials/shop', detail: 'Unknown store' }] });
    inStep<HTMLButtonElement>(el, '.test-button')!.click();
    await waitUntil(() => result(el).dataset.testState === 'rejected', 'invalid');
    expect(result(el).textContent).to.contain('Some answers are not valid');
    expect(inStep(el, '#field-credentials-shop-error')!.textContent).to.contain('Unknown store');
  });

  it('errors on two steps: the first step shows its own and lists the later one, which waits on its field', async () => {
    const api = freshApi();
    const el = await atCredentials(api);
    await api.faults({
      kind: 'status',
      status: 422,
      json: {
        type: '/problems/credentials-rejected',
        title: 'Rejected',
        errors: [
          { pointer: '/environment', detail: 'These are sandbox credentials' },
          { pointer: '/credentials/accessToken', detail: 'Token revoked' },
        ],
      },
    });
    inStep<HTMLButtonElement>(el, '.test-button')!.click();
    await waitUntil(() => currentStepId(el) === 'general', 'moved to the first step with an error');
    await settle(el);
    expect(errorSummary(el)).to.deep.equal(['Testing or live: These are sandbox credentials', 'Credentials: \u2068Token revoked\u2069']);
    await el.goTo('credentials');
    await settle(el);
    expect(inStep(el, '#field-credentials-accessToken-error')?.textContent).to.contain('Token revoked');
  });

  it('a 422 with one error that has no pointer still puts the others on their fields, and lists it as text', async () => {
    const api = freshApi();
    const { el } = await endpointWizard(api);
    await advanceTo(el, 'review');
    await api.faults({ kind: 'invalid', errors: [{ pointer: '/name', detail: 'Names must be unique' }, { detail: 'Your plan allows 3 connectors' }] });
    await submitAndSettle(el);
    expect(currentStepId(el)).to.equal('general');
    expect(errorSummary(el)).to.deep.equal(['Connector name: Names must be unique', 'Your plan allows 3 connectors']);
    expect(inStep(el, '#field-name-error')!.textContent).to.contain('Names must be unique');
  });

  it('a 422 with two errors that have no pointer lists both', async () => {
    const api = freshApi();
    const { el } = await endpointWizard(api);
    await advanceTo(el, 'review');
    await api.faults({ kind: 'invalid', errors: [{ detail: 'Your plan allows 3 connectors' }, { detail: 'Billing is overdue' }] });
    await submitAndSettle(el);
    expect(errorSummary(el)).to.deep.equal(['Your plan allows 3 connectors', 'Billing is overdue']);
  });

  it('a 422 with 80 errors lists the first 50 and says how many more the server found', async () => {
    const api = freshApi();
    const { el } = await endpointWizard(api);
    await advanceTo(el, 'review');
    const errors = Array.from({ length: 80 }, (_, i) => ({ pointer: `/plan/${i}`, detail: `Limit ${i} reached` }));
    await api.faults({ kind: 'invalid', errors });
    await submitAndSettle(el);
    const listed = errorSummary(el);
    expect(listed, 'the first 50, then one line for the rest').to.have.length(51);
    expect(listed[49]).to.equal('Limit 49 reached');
    expect(listed[50]).to.contain('30 more');
    expect(listed.join(' ')).to.not.contain('Limit 50 reached');
  });

  it('a 422 that names fields only past its 50th error still marks them, on their steps, and counts only what is left out', async () => {
    const api = freshApi();
    const { el } = await endpointWizard(api);
    await advanceTo(el, 'review');
    const errors = Array.from({ length: 80 }, (_, i) => ({ pointer: `/plan/${i}`, detail: `Limit ${i} reached` }));
    errors[60] = { pointer: '/name', detail: 'Name is taken on the server' };
    errors[70] = { pointer: '/credentials/accessToken', detail: 'Token was revoked' };
    errors[75] = { pointer: '/name', detail: 'Name is too plain' };
    await api.faults({ kind: 'invalid', errors });
    await submitAndSettle(el);
    expect(currentStepId(el), 'the earliest step the server named').to.equal('general');
    expect(inStep(el, '#field-name')!.getAttribute('aria-invalid')).to.equal('true');
    const listed = errorSummary(el);
    expect(listed).to.include('Connector name: Name is taken on the server');
    expect(listed.join(' ')).to.not.contain('Name is too plain');
    expect(
      listed.some((line) => line.includes('Token was revoked')),
      'the later step s field listed under its name',
    ).to.equal(true);
    expect(listed[listed.length - 1], 'the second error on Name is not shown: still counted').to.contain('28 more');
  });

  it('a 422 naming a thousand fields past its 50th error marks 50 of them at most, and counts the rest', async () => {
    const api = freshApi();
    const { el } = await endpointWizard(api);
    await advanceTo(el, 'review');
    const errors = Array.from({ length: 1000 }, (_, i) =>
      i < 50 ? { pointer: `/plan/${i}`, detail: `Limit ${i} reached` } : { pointer: `/credentials/extra${i}`, detail: `Extra ${i} refused` },
    );
    await api.faults({ kind: 'invalid', errors });
    await submitAndSettle(el);
    expect(currentStepId(el)).to.equal('credentials');
    const listed = errorSummary(el);
    expect(listed, 'the 50 read, 50 fields past them, then one line for the rest').to.have.length(101);
    expect(listed[100]).to.contain('900 more');
  });

  it('a 422 with exactly 50 errors lists them all and says nothing of more', async () => {
    const api = freshApi();
    const { el } = await endpointWizard(api);
    await advanceTo(el, 'review');
    await api.faults({ kind: 'invalid', errors: Array.from({ length: 50 }, (_, i) => ({ pointer: `/plan/${i}`, detail: `Limit ${i} reached` })) });
    await submitAndSettle(el);
    const listed = errorSummary(el);
    expect(listed).to.have.length(50);
    expect(listed[49]).to.equal('Limit 49 reached');
  });

  it('a 409 duplicate said on General is said again in German after lang changes', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    await advanceTo(el, 'review');
    await api.create(shopifyPayload({ name: 'Theirs' }));
    await el.submit();
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
    expect(errorSummary(el)[0]).to.contain('A live Shopify connector already exists in UK; it was added after you started');
    // The list is read again after a 409: the slot shows as taken once it is back.
    await waitUntil(() => inStep<HTMLInputElement>(el, '#environment-live')?.disabled, 'the list read again');
    el.setAttribute('lang', 'de');
    await waitUntil(() => inStep(el, '.error-summary-title')?.textContent === 'Es gibt ein Problem', 'German', { timeout: 5000 });
    await settle(el);
    expect(errorSummary(el)).to.deep.equal(['Es gibt bereits einen Live-Connector für Shopify in UK; wählen Sie die andere Umgebung aus']);
  });

  it('a 409 duplicate-connector problem whose errors have another shape is still said as a duplicate', async () => {
    const api = freshApi();
    const { el, created } = await endpointWizard(api);
    await advanceTo(el, 'review');
    await api.faults({
      kind: 'status',
      status: 409,
      type: 'application/problem+json',
      json: { type: '/problems/duplicate-connector', title: 'Connector already exists', status: '409', errors: [{ field: 'environment', message: 'taken' }] },
    });
    await submitAndSettle(el);
    expect(created).to.have.length(0);
    expect(currentStepId(el)).to.equal('general');
    expect(errorSummary(el)[0] ?? '').to.contain('A live Shopify connector already exists in UK');
  });

  it('a create answered 200 with the connector is created; a 202 with no connector is never said to have failed', async () => {
    const api = freshApi();
    const { el, created } = await endpointWizard(api);
    await advanceTo(el, 'review');
    await api.faults({ kind: 'status', status: 200, json: { id: 'c-1', name: 'Shopify UK', system: 'shopify', group: 'uk', environment: 'live' } });
    await submitAndSettle(el);
    expect(created.map((c) => (c as { connector: { id: string } }).connector.id)).to.deep.equal(['c-1']);
    const other = await endpointWizard(freshApi());
    await advanceTo(other.el, 'review');
    const api2 = freshApi();
    other.el.endpoint = api2.endpoint;
    await api2.faults({ kind: 'status', method: 'POST', status: 202, json: { queued: true } });
    await submitAndSettle(other.el);
    // A 202 may not have done it yet (nor ever): said as the server said it, and the answers stay, never finished.
    const said = other.el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent ?? '';
    expect(said).to.contain('says the connector was created');
    expect(said).to.not.contain('try again');
    expect(other.el.currentStep).to.equal('review');
  });

  it('an endpoint switched while the old one still answers: the old endpoint connectors never block the new one', async () => {
    const a = freshApi();
    const b = freshApi();
    await a.create(shopifyPayload());
    await a.faults({ kind: 'slow', method: 'GET', held: true });
    await watchingFetches(a.endpoint, async (arrived) => {
      const { el } = await endpointWizard(a);
      await choose(el, '#group-uk');
      try {
        await a.waitHeld();
        el.endpoint = b.endpoint;
        await settle(el);
        await waitUntil(async () => (await b.log()).some((e) => e.method === 'GET'), 'B listed', { timeout: 5000 });
      } finally {
        // A's list answers only now, after B's.
        await a.releaseIfHeld();
      }
      await a.answered();
      await arrived();
      await settle(el);
      expect(inStep<HTMLInputElement>(el, '#environment-live')!.disabled, 'B has no live Shopify connector').to.equal(false);
    });
  });

  it('an endpoint switched to one whose list fails, or removed: the old endpoint connectors never block', async () => {
    const a = freshApi();
    const b = freshApi();
    await a.create(shopifyPayload());
    const { el } = await endpointWizard(a);
    await choose(el, '#group-uk');
    await waitUntil(() => inStep<HTMLInputElement>(el, '#environment-live')?.disabled, 'A: live taken');
    await b.faults({ kind: 'status', method: 'GET', status: 503 });
    const errors: string[] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push((e as WizardErrorEvent).detail.message));
    el.endpoint = b.endpoint;
    await settle(el);
    await waitUntil(async () => (await b.log()).some((e) => e.method === 'GET'), 'B listed', { timeout: 5000 });
    await waitUntil(() => errors.some((m) => m.includes('could not be listed (HTTP 503)')), 'B’s 503 read and said');
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#environment-live')!.disabled, 'B has no live Shopify connector').to.equal(false);
    el.endpoint = a.endpoint;
    await waitUntil(() => inStep<HTMLInputElement>(el, '#environment-live')?.disabled, 'A again: live taken');
    el.removeAttribute('endpoint');
    el.endpoint = undefined as never;
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#environment-live')!.disabled, 'no endpoint: no server list').to.equal(false);
  });

  it('a connector created at one endpoint never blocks its slot at the next: Add another connector after the host switched endpoint offers it', async () => {
    const a = freshApi();
    const b = freshApi();
    const { el, created } = await endpointWizard(a);
    await advanceTo(el, 'review');
    expect(await el.submit()).to.equal(true);
    expect(created).to.have.length(1);
    // A page for several companies: the same wizard, now pointed at the next company's connectors, which has no live Shopify connector.
    el.endpoint = b.endpoint;
    await settle(el);
    await waitUntil(async () => (await b.log()).some((e) => e.method === 'GET'), 'B listed', { timeout: 5000 });
    await el.reset();
    await settle(el);
    await choose(el, '#group-uk');
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#environment-live')!.disabled, 'B has no live Shopify connector').to.equal(false);
    el.endpoint = a.endpoint;
    await waitUntil(() => inStep<HTMLInputElement>(el, '#environment-live')?.disabled, 'A again: its list has the one made there');
  });

  it('a create answered after the host switched endpoint: the connector made at the old one never blocks its slot at the new one', async () => {
    // Held by A until B has listed: answered after the switch, whatever the machine's speed.
    const { el, created, done } = await sentBeforeSwitch({ kind: 'slow', method: 'POST', held: true });
    expect(await done, 'created at A all the same').to.equal(true);
    expect(created).to.have.length(1);
    await el.reset();
    await settle(el);
    await choose(el, '#group-uk');
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#environment-live')!.disabled, 'B has no live Shopify connector').to.equal(false);
  });

  it('a 409 from the old endpoint answered after the host switched: nothing is said of its slot at the new one, where the create was never sent', async () => {
    // Someone else fills A's live slot after A's list was read; the POST is held by A (then refused) until B has listed.
    const { b, el, created, done } = await sentBeforeSwitch({ kind: 'slow', method: 'POST', held: true }, (a) => a.create(shopifyPayload({ name: 'Someone else s' })));
    expect(await done).to.equal(false);
    await settle(el);
    expect(created).to.have.length(0);
    expect(errorSummary(el).join(' | '), 'A s slot is not B s').to.not.contain('already exists');
    expect(currentStepId(el), 'nothing to change on General for B').to.equal('review');
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '').to.contain('it was not created here');
    expect(await el.submit(), 'created at B').to.equal(true);
    expect(await b.connectors()).to.have.length(1);
  });

  it('a create answered 201 after the host switched endpoint: connector-created once, with the old endpoint s connector, and the panel says it was created where it was sent, not here', async () => {
    const { a, b, el, created, done } = await sentBeforeSwitch({ kind: 'slow', method: 'POST', held: true });
    expect(await done).to.equal(true);
    await settle(el);
    expect(created.map((d) => d.connector.id)).to.deep.equal([(await a.connectors())[0]!.id]);
    const panel = el.shadowRoot!.querySelector('[part~="success"]')?.textContent ?? el.shadowRoot!.textContent!;
    expect(panel.replace(/\s+/g, ' ')).to.contain('was created where it was sent').and.to.contain('not here');
    expect(await b.connectors()).to.have.length(0);
  });

  it('a create answered 201 with no readable connector after the host switched endpoint: the panel says it was created where it was sent, not to look for it in the list here', async () => {
    const { el, done } = await sentBeforeSwitch({ kind: 'status', status: 201, json: { ok: true }, method: 'POST', held: true });
    await done;
    await settle(el);
    const panel = (el.shadowRoot!.querySelector('[part~="success"]')?.textContent ?? el.shadowRoot!.textContent!).replace(/\s+/g, ' ');
    // Said at B: "look for it in your list of connectors" points at B's list, where it is not.
    expect(panel).to.contain('where it was sent');
  });

  it('refused URLs set just after the element is added, with the later steps already loaded, are said before Create, once each', async () => {
    const first = await wizardFixture({ system: 'shopify', noDrafts: true });
    await advanceTo(first, 'timezone');
    const el = document.createElement('connector-wizard') as ConnectorWizard;
    const errors: WizardErrorEvent['detail'][] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push((e as WizardErrorEvent).detail));
    el.draftDatabase = uniqueDatabase();
    el.catalogue = await sampleCatalogue();
    el.groups = GROUPS;
    el.setAttribute('system', 'shopify');
    el.setAttribute('no-drafts', '');
    document.body.append(el);
    el.setAttribute('oauth-start-url', 'http://example.com/start');
    el.setAttribute('endpoint', 'http://example.com/api/connectors');
    await settle(el);
    await advanceTo(el, 'review');
    const said = errors.map((e) => e.message);
    expect(
      said.filter((m) => m.includes('The oauth-start-url attribute was refused')),
      said.join(' | '),
    ).to.have.length(1);
    expect(
      said.filter((m) => m.includes('The endpoint attribute was refused')),
      said.join(' | '),
    ).to.have.length(1);
    el.remove();
    first.remove();
  });

  it('a refused test-endpoint is said when it is set, and Test connection says it sent nothing', async () => {
    const { el, errors } = await endpointWizard(freshApi());
    await advanceTo(el, 'credentials');
    el.testEndpoint = 'http://example.com/api/test';
    await settle(el);
    expect(errors.map((e) => e.message).join(' ')).to.contain('The test-endpoint attribute was refused');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
    await settle(el);
    expect(inStep(el, '#test-result')?.textContent ?? 'nothing said', 'the person is told').to.contain('nothing was sent');
  });

  it('an endpoint of only white space is refused, said to the host, and nothing is posted to the page itself', async () => {
    const api = freshApi();
    const { el, errors } = await endpointWizard(api);
    await advanceTo(el, 'review');
    el.endpoint = '   ';
    await settle(el);
    expect(errors.filter((e) => e.kind === 'config').map((e) => e.message)).to.deep.equal([
      'The endpoint attribute was refused: endpoint is only white space or control characters. Nothing will be sent to it.',
    ]);
    const posted: string[] = [];
    const observer = new PerformanceObserver((list) => posted.push(...list.getEntries().map((e) => e.name)));
    observer.observe({ type: 'resource' });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    observer.disconnect();
    expect(el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent ?? 'nothing said', 'the person is told').to.not.equal('nothing said');
    expect(
      posted.filter((url) => url.startsWith(location.origin + location.pathname)),
      'no request to the page',
    ).to.deep.equal([]);
    expect((await api.connectors()).length, 'nothing created').to.equal(0);
  });

  it('an endpoint given as a URL object is taken as its text, as new URL takes it', async () => {
    const api = freshApi();
    const { el, errors } = await endpointWizard(api);
    el.endpoint = new URL(api.endpoint, location.href) as unknown as string;
    await settle(el);
    await advanceTo(el, 'review');
    expect(await el.submit()).to.equal(true);
    expect(errors).to.deep.equal([]);
    expect(await api.connectors()).to.have.length(1);
  });

  it('an endpoint with a password that does not parse: the password is in no connector-wizard-error', async () => {
    const api = freshApi();
    const { el, errors } = await endpointWizard(api);
    await advanceTo(el, 'review');
    el.endpoint = 'https://svc:hunter2-secret@api.example.com:99999/connectors';
    await settle(el);
    await submitAndSettle(el);
    expect(errors.map((e) => e.kind)).to.include('config');
    expect(errors.find((e) => e.kind === 'config')!.message).to.contain('endpoint is not a URL');
    expect(JSON.stringify(errors)).to.not.contain('hunter2');
  });

  it('a test still running when the person starts again never lands on the new connector', async () => {
    const api = freshApi();
    const el = await atCredentials(api);
    await watchingFetches(api.testEndpoint, async (arrived) => {
      await api.faults({ kind: 'slow', held: true });
      inStep<HTMLButtonElement>(el, '.test-button')!.click();
      try {
        await waitUntil(() => inStep(el, '#test-result')?.dataset.testState === 'testing', 'testing', { timeout: 5000 });
        await api.waitHeld();
        await el.reset();
        await settle(el);
      } finally {
        await api.releaseIfHeld();
      }
      await api.answered();
      await arrived();
    });
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent).to.not.contain('accepted');
    // Read before anything is typed: typing a credential drops a test result anyway.
    const held = (el as unknown as { store: { state: { connectionTest?: unknown } } }).store.state;
    expect('connectionTest' in held && held.connectionTest !== undefined, 'no outcome held for the new connector').to.equal(false);
  });

  it('drops a result as soon as a credential changes', async () => {
    const api = freshApi();
    const el = await atCredentials(api);
    inStep<HTMLButtonElement>(el, '.test-button')!.click();
    await waitUntil(() => result(el).dataset.testState === 'ok', 'ok');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN.replace('0123', '9999'));
    expect(result(el).textContent!.trim()).to.equal('');
    // A slow test answered after the person moved on is dropped.
    await api.faults({ kind: 'slow', held: true });
    inStep<HTMLButtonElement>(el, '.test-button')!.click();
    try {
      await api.waitHeld();
      await pressContinue(el);
    } finally {
      await api.releaseIfHeld();
    }
    await api.answered();
    await settle(el);
    expect(currentStepId(el)).to.equal('review');
  });

  it('says when the system cannot be reached (a 502 system-unreachable), and creating still works', async () => {
    const api = freshApi();
    const { el, errors } = await endpointWizard(api, { testEndpoint: api.testEndpoint });
    await advanceTo(el, 'credentials');
    // The reference API's stand-in for a system that does not answer (a 502 system-unreachable): a value holding "unreachable".
    await type(el, '#field-credentials-shop', 'unreachable-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    inStep<HTMLButtonElement>(el, '.test-button')!.click();
    await waitUntil(() => result(el).dataset.testState === 'unreachable', 'unreachable');
    expect(result(el).textContent).to.contain('could not reach Shopify').and.to.contain('HTTP 502');
    expect(errors, 'the system s doing, not the page s').to.deep.equal([]);
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
  });

  it('a test that could not run (no answer, a test-endpoint answering 405, a 500, a gateway s 503) never blames the system, and tells the host', async () => {
    const api = freshApi();
    const { el, errors } = await endpointWizard(api, { testEndpoint: api.testEndpoint });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    for (const [fault, said, kind] of [
      [{ kind: 'drop' }, 'The connection could not be tested: try again in a moment.', 'network'],
      [{ kind: 'status', status: 405 }, 'The connection could not be tested (HTTP 405)', 'server'],
      [{ kind: 'status', status: 500 }, 'The connection could not be tested (HTTP 500)', 'server'],
      // A maintenance page from the host's own gateway.
      [{ kind: 'status', status: 503 }, 'The connection could not be tested (HTTP 503)', 'server'],
    ] as const) {
      errors.length = 0;
      await api.faults(fault);
      inStep<HTMLButtonElement>(el, '.test-button')!.click();
      await waitUntil(() => result(el).dataset.testState === 'unreachable', `${kind}: unreachable`);
      expect(result(el).textContent).to.contain(said).and.not.contain('could not reach Shopify');
      expect(errors.map((e) => [e.kind, e.message.startsWith('Test connection failed: ')])).to.deep.equal([[kind, true]]);
      // A value changed, so the next click's outcome is its own (typing the same value again changes nothing, and keeps this one).
      await type(el, '#field-credentials-shop', `my-store-${fault.kind}-${'status' in fault ? fault.status : 0}`);
      expect(result(el).dataset.testState, 'the outcome goes with the answer it was about').to.not.equal('unreachable');
    }
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
  });

  it('401/403 from the test endpoint: says the page is not signed in to test connections, and tells the host', async () => {
    const api = freshApi();
    const { el, errors } = await endpointWizard(api, { testEndpoint: api.testEndpoint });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    await api.faults({ kind: 'status', status: 401 });
    inStep<HTMLButtonElement>(el, '.test-button')!.click();
    await waitUntil(() => result(el).dataset.testState === 'unreachable', 'refused');
    expect(result(el).textContent).to.contain('not signed in to test connections (HTTP 401)');
    expect(result(el).textContent, 'nothing about creating').to.not.contain('Create');
    expect(errors.map((e) => e.kind)).to.deep.equal(['auth']);
  });

  it('a test answered 429 (or 503) with Retry-After says how long the server asked to wait, never to try again in a moment', async () => {
    const api = freshApi();
    const { el, errors } = await endpointWizard(api, { testEndpoint: api.testEndpoint });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    await api.faults({ kind: 'status', method: 'POST', status: 429, retryAfter: '3600' });
    inStep<HTMLButtonElement>(el, '.test-button')!.click();
    await waitUntil(() => result(el).dataset.testState === 'unreachable', 'refused');
    await settle(el);
    // Testing is optional: the wait is for the test, never for creating.
    expect(result(el).textContent)
      .to.contain('The server is busy and asked us to wait 1 hour before testing again. You can still create the connector.')
      .and.to.not.contain('in a moment');
    expect(errors.map((e) => e.message).join(' ')).to.contain('HTTP 429');
    await api.faults({ kind: 'status', method: 'POST', status: 503 });
    inStep<HTMLButtonElement>(el, '.test-button')!.click();
    await waitUntil(() => result(el).textContent!.includes('HTTP 503'), 'without a Retry-After: could not be tested', { timeout: 5000 });
    expect(result(el).textContent).to.contain('could not be tested (HTTP 503): try again in a moment');
  });

  it('checks the fields first, like Continue', async () => {
    const api = freshApi();
    const { el } = await endpointWizard(api, { testEndpoint: api.testEndpoint });
    await advanceTo(el, 'credentials');
    inStep<HTMLButtonElement>(el, '.test-button')!.click();
    await settle(el);
    expect(errorSummary(el).length).to.equal(2);
    expect((await api.log()).filter((e) => e.path.endsWith('/test'))).to.have.length(0);
  });
});

describe('endpoint mode: with catalogue-src and the demo API paths', () => {
  it('works end to end from markup alone', async () => {
    const api = freshApi();
    const el = await fixture<ConnectorWizard>(html`<connector-wizard
      .draftDatabase=${uniqueDatabase()}
      .groups=${GROUPS}
      .retryPolicy=${{ baseDelayMs: 20 }}
      catalogue-src="/demo/sample-catalogue.json"
      endpoint=${api.endpoint}
      system="shopify"
    ></connector-wizard>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[data-step]'), 'loaded', { timeout: 5000 });
    await advanceTo(el, 'review');
    const created: Detail[] = [];
    el.addEventListener('connector-created', (e) => created.push(e.detail as Detail));
    await submitAndSettle(el);
    expect(created).to.have.length(1);
    expect((await sampleCatalogue()).systems.some((s) => s.id === created[0]!.connector.system)).to.equal(true);
  });
});
