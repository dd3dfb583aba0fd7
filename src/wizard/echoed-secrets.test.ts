/**
 * An endpoint that repeats a secret it was sent (in the connector it answers with, a problem's
 * title, a test's account or checks): the wizard masks it before any event, error or text.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import type { WizardErrorEvent } from '../events/error-event.js';
import {
  advanceTo,
  choose,
  currentStepId,
  errorSummary,
  fillStep,
  freshApi,
  GROUPS,
  inStep,
  pasteInto,
  pressContinue,
  sampleCatalogue,
  settle,
  shopifyPayload,
  SHOPIFY_TOKEN,
  stepElement,
  type,
  wizardFixture,
} from '../test/fixtures.js';
import { atCredentials } from '../test/credentials-fixtures.js';
import type { ConnectorWizard, EditableConnector } from './connector-wizard.js';

const CANARY = 'shpat_' + 'c0ffee'.repeat(5) + 'ab';

async function shopifyWithToken(endpoint: string, testEndpoint?: string) {
  const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint, ...(testEndpoint ? { testEndpoint } : {}) });
  const events: string[] = [];
  for (const name of ['connector-created', 'connector-updated', 'connector-wizard-error'])
    el.addEventListener(name, (e) => events.push(JSON.stringify((e as CustomEvent).detail)));
  await advanceTo(el, 'credentials');
  await type(el, '#field-credentials-shop', 'my-store');
  await type(el, '#field-credentials-accessToken', CANARY);
  return { el, events };
}

/** From Credentials to Review, keeping the token typed (advanceTo would type its own there). */
async function toReview(el: ConnectorWizard) {
  await pressContinue(el);
  await advanceTo(el, 'review');
}

/** The endpoint refuses the next create with a 400 problem titled `title`, as an upstream error quoting what it was sent. */
async function refusedWith(el: ConnectorWizard, api: ReturnType<typeof freshApi>, title: string) {
  await api.faults({ kind: 'status', method: 'POST', status: 400, type: 'application/problem+json', json: { type: '/problems/upstream', title } });
  expect(await el.submit()).to.equal(false);
  await settle(el);
}

/** Shopify with a numeric secret (a PIN) in its credentials, the name and the PIN typed, on Review. */
async function pinOnReview(pin: string, name: string) {
  const api = freshApi();
  const catalogue = await sampleCatalogue();
  catalogue.systems.find((sys) => sys.id === 'shopify')!.authTypes[0]!.fields.push({ key: 'pin', label: 'Store PIN', type: 'number', secret: true, required: false });
  const el = await wizardFixture({ catalogue, system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
  const created: { connector: Record<string, unknown> }[] = [];
  el.addEventListener('connector-created', (e) => created.push((e as CustomEvent).detail));
  await advanceTo(el, 'credentials');
  await type(el, '#field-credentials-shop', 'my-store');
  await type(el, '#field-credentials-accessToken', CANARY);
  await type(el, '#field-credentials-pin', pin);
  await toReview(el);
  await el.goTo('general');
  await settle(el);
  await type(el, '#field-name', name);
  await el.goTo('review');
  await settle(el);
  return { el, api, created };
}

describe('secrets an endpoint repeats', () => {
  it('a created connector that echoes the token outside credentials reaches connector-created masked', async () => {
    const api = freshApi();
    const { el, events } = await shopifyWithToken(api.endpoint);
    await toReview(el);
    const echoed = {
      id: 'c1',
      name: 'Shopify UK',
      system: 'shopify',
      group: 'uk',
      environment: 'live',
      settings: { shop: 'my-store', accessToken: CANARY, note: `token ${CANARY} set` },
    };
    await api.faults({ kind: 'status', method: 'POST', status: 201, json: echoed });
    expect(await el.submit()).to.equal(true);
    expect(events).to.have.length(1);
    const detail = JSON.parse(events[0]!) as { connector: { id: string; settings: Record<string, string> } };
    expect(detail.connector.id, 'the rest of the answer stays').to.equal('c1');
    expect(detail.connector.settings, 'masked where it was').to.deep.equal({ shop: 'my-store', accessToken: '•••', note: 'token ••• set' });
    expect(events.join('\n')).to.not.contain(CANARY);
  });

  it('a created connector that echoes the token as a member name, or under members named id, type or status inside its settings, reaches connector-created masked', async () => {
    const api = freshApi();
    const { el, events } = await shopifyWithToken(api.endpoint);
    await toReview(el);
    const settings = { [CANARY]: true, webhook: { id: CANARY, type: `token ${CANARY}`, status: CANARY }, scopes: [{ id: CANARY }] };
    await api.faults({ kind: 'status', method: 'POST', status: 201, json: { id: 'c1', name: 'Shopify UK', system: 'shopify', group: 'uk', environment: 'live', settings } });
    expect(await el.submit()).to.equal(true);
    const detail = JSON.parse(events[0]!) as { connector: { id: string; settings: unknown } };
    expect(detail.connector.id, 'what the wizard reads stays').to.equal('c1');
    expect(detail.connector.settings).to.deep.equal({ '•••': true, webhook: { id: '•••', type: 'token •••', status: '•••' }, scopes: [{ id: '•••' }] });
    expect(events.join('\n')).to.not.contain(CANARY);
  });

  it('a created connector keyed by two secrets (two member names that mask alike) reaches connector-created with both members, neither value lost', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'woocommerce', groups: GROUPS, endpoint: api.endpoint });
    const created: { settings?: unknown }[] = [];
    el.addEventListener('connector-created', (e) => created.push((e.detail as { connector: { settings?: unknown } }).connector));
    await advanceTo(el, 'credentials');
    const [key, secret] = [`ck_${'0a'.repeat(20)}`, `cs_${'1b'.repeat(20)}`];
    await type(el, '#field-credentials-storeUrl', 'https://shop.example.com');
    await type(el, '#field-credentials-consumerKey', key);
    await type(el, '#field-credentials-consumerSecret', secret);
    await toReview(el);
    const settings = { permissions: { [key]: 'read', [secret]: 'write' } };
    await api.faults({ kind: 'status', method: 'POST', status: 201, json: { id: 'c1', name: 'Woo', system: 'woocommerce', group: 'uk', environment: 'live', settings } });
    expect(await el.submit()).to.equal(true);
    expect(created.map((c) => c.settings)).to.deep.equal([{ permissions: { '•••': 'read', '••• 2': 'write' } }]);
  });

  it('a created connector with a __proto__ member, masked: the event carries it as data, never its members lifted to the top of the connector', async () => {
    const api = freshApi();
    const { el } = await shopifyWithToken(api.endpoint);
    const created: Record<string, unknown>[] = [];
    el.addEventListener('connector-created', (e) => created.push((e.detail as { connector: Record<string, unknown> }).connector));
    await toReview(el);
    // JSON.parse makes "__proto__" an own member, as a server's JSON is read.
    const body = JSON.parse(`{"id":"c-1","name":"Shopify UK","system":"shopify","group":"uk","environment":"live","__proto__":{"admin":true,"note":"${CANARY}"}}`);
    await api.faults({ kind: 'status', method: 'POST', status: 201, json: body });
    expect(await el.submit()).to.equal(true);
    const connector = created[0]!;
    expect({ lifted: Object.hasOwn(connector, 'admin'), kept: Object.hasOwn(connector, '__proto__') }).to.deep.equal({ lifted: false, kept: true });
    expect(Object.getPrototypeOf(connector)).to.equal(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(connector, '__proto__')!.value, 'masked as data').to.deep.equal({ admin: true, note: '•••' });
  });

  it('a problem title that repeats the token is masked in connector-wizard-error and on screen', async () => {
    const api = freshApi();
    const { el, events } = await shopifyWithToken(api.endpoint);
    await toReview(el);
    await refusedWith(el, api, `Token ${CANARY} is malformed`);
    const errors = events.map((e) => JSON.parse(e) as WizardErrorEvent['detail']);
    expect(errors.map((e) => e.message).join('\n'), 'the title is still told').to.contain('Token ••• is malformed');
    expect(events.join('\n')).to.not.contain(CANARY);
    expect(el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent).to.contain('Token ••• is malformed');
  });

  it('a problem title that repeats the token, answered after the host switched system while the create was on its way, is masked in connector-wizard-error', async () => {
    const api = freshApi();
    const { el, events } = await shopifyWithToken(api.endpoint);
    await toReview(el);
    await api.faults({
      kind: 'status',
      method: 'POST',
      status: 400,
      type: 'application/problem+json',
      json: { type: '/problems/upstream', title: `Token ${CANARY} is malformed` },
      held: true,
    });
    const sending = el.submit();
    await waitUntil(() => el.sending, 'sending');
    el.system = 'xero';
    await settle(el);
    await api.release();
    expect(await sending).to.equal(false);
    await settle(el);
    expect(events.join('\n'), 'the title is still told').to.contain('Token ••• is malformed');
    expect(events.join('\n')).to.not.contain(CANARY);
  });

  it('a test answer that names the token as the account or in a check shows it masked', async () => {
    const api = freshApi();
    const { el, events } = await shopifyWithToken(api.endpoint, api.testEndpoint);
    const answer = { ok: true, account: `my-store (${CANARY})`, checks: [{ id: 'format', label: `Token ${CANARY} well formed`, status: 'passed' }] };
    await api.faults({ kind: 'status', method: 'POST', status: 200, json: answer });
    inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
    await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'ok', 'tested', { timeout: 5000 });
    const shown = inStep(el, '#test-result')!.textContent! + inStep(el, '#test-checks')!.textContent!;
    expect(shown).to.contain('my-store (•••)');
    expect(shown).to.contain('Token ••• well formed');
    expect(shown + el.shadowRoot!.textContent + events.join('\n')).to.not.contain(CANARY);
  });

  it('a test answer that quotes the token at the end of a long text shows no piece of it where the text is cut', async () => {
    const echo = `${'x'.repeat(480)} ${CANARY}`;
    for (const [status, json] of [
      [200, { ok: true, account: echo, checks: [{ id: 'a', label: echo, status: 'passed', detail: echo }] }],
      [422, { type: '/problems/credentials-rejected', title: 'Credentials rejected', status: 422, detail: echo }],
    ] as const) {
      const api = freshApi();
      const { el, events } = await shopifyWithToken(api.endpoint, api.testEndpoint);
      await api.faults({ kind: 'status', method: 'POST', status, type: 'application/problem+json', json });
      inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
      await waitUntil(() => !['testing', undefined].includes(inStep(el, '#test-result')?.dataset.testState), 'tested', { timeout: 5000 });
      await settle(el);
      const shown = inStep(el, '[part~="test-connection"]')!.textContent!;
      expect(shown, `HTTP ${status}: the text is still shown`).to.contain('xxx');
      expect(shown + events.join('\n'), `HTTP ${status}`).to.not.contain(CANARY.slice(0, 12));
    }
  });

  it('a check with no label, whose id quotes the token where the label is cut, shows no piece of it', async () => {
    const api = freshApi();
    const { el, events } = await shopifyWithToken(api.endpoint, api.testEndpoint);
    // The id is the label; the cut (500 characters) falls inside the token.
    const id = `${'x'.repeat(480)}${CANARY}`;
    await api.faults({ kind: 'status', method: 'POST', status: 200, json: { ok: true, checks: [{ id, status: 'passed' }] } });
    inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
    await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'ok', 'tested', { timeout: 5000 });
    await settle(el);
    const shown = inStep(el, '[part~="test-connection"]')!.textContent! + events.join('\n');
    expect(shown, 'the check is still shown').to.contain('xxx');
    const pieces = Array.from({ length: CANARY.length - 5 }, (_, i) => CANARY.slice(0, i + 6));
    expect(pieces.filter((piece) => shown.includes(piece))).to.deep.equal([]);
  });

  it('a labelled check whose id is the token keeps it out of the page, attributes included', async () => {
    const api = freshApi();
    const { el } = await shopifyWithToken(api.endpoint, api.testEndpoint);
    await api.faults({ kind: 'status', method: 'POST', status: 200, json: { ok: true, checks: [{ id: CANARY, label: 'The token works', status: 'passed' }] } });
    inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
    await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'ok', 'tested', { timeout: 5000 });
    await settle(el);
    const markup = inStep(el, '[part~="test-connection"]')!.outerHTML;
    expect(markup, 'the check is shown').to.contain('The token works');
    expect(markup).to.not.contain(CANARY.slice(0, 12));
  });

  it('a refused create whose problem quotes the token at the end of a long detail shows no piece of it in the error or its event', async () => {
    const api = freshApi();
    const { el, events } = await shopifyWithToken(api.endpoint);
    await toReview(el);
    const detail = `${'x'.repeat(480)} ${CANARY}`;
    await api.faults({ kind: 'status', method: 'POST', status: 400, type: 'application/problem+json', json: { type: '/problems/bad', title: detail, detail } });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    const shown = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
    expect(shown, 'the words are still shown').to.contain('xxx');
    expect(shown + events.join('\n')).to.not.contain(CANARY.slice(0, 12));
  });

  it('an edit whose answer echoes the new token reaches connector-updated masked', async () => {
    const api = freshApi();
    await api.create(shopifyPayload());
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint });
    const updated: string[] = [];
    el.addEventListener('connector-updated', (e) => updated.push(JSON.stringify(e.detail)));
    el.connector = stored!;
    await settle(el);
    await el.goTo('credentials');
    await settle(el);
    await type(el, '#field-credentials-accessToken', CANARY);
    await toReview(el);
    await api.faults({ kind: 'status', method: 'PATCH', status: 200, json: { ...stored, settings: { accessToken: CANARY } } });
    expect(await el.submit()).to.equal(true);
    expect(updated).to.have.length(1);
    expect(updated[0]).to.contain('•••');
    expect(updated[0]).to.not.contain(CANARY);
  });
  /** Mintsoft, signed in with a user name and a password, on Review; its connector-wizard-error messages collected. */
  async function mintsoftOnReview(endpoint: string, password: string) {
    const el = await wizardFixture({ system: 'mintsoft', groups: GROUPS, endpoint, noDrafts: true });
    const errors: string[] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail.message));
    await advanceTo(el, 'auth');
    await choose(el, '#auth-username-password');
    await pressContinue(el);
    await type(el, '#field-credentials-username', 'ops@example.com');
    await type(el, '#field-credentials-password', password);
    await toReview(el);
    return { el, errors };
  }

  /** A Shopify connector opened to edit, its name changed and its token kept (the wizard never has it), on Review, refused with a 422 titled `title`. */
  async function editRefusedWith(title: string) {
    const api = freshApi();
    await api.create(shopifyPayload());
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint });
    const errors: string[] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail.message));
    el.connector = stored!;
    await settle(el);
    await el.goTo('general');
    await settle(el);
    await type(el, '#field-name', 'Shopify UK renamed');
    await el.goTo('review');
    await settle(el);
    await api.faults({ kind: 'status', method: 'PATCH', status: 422, type: 'application/problem+json', json: { type: '/problems/upstream', title } });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    return { shown: `${el.shadowRoot!.textContent} ${stepElement(el)?.shadowRoot?.textContent}`.replace(/\s+/gu, ' '), told: errors.join('\n') };
  }

  it('an edit that keeps the stored token, refused by a server quoting that token: the token, known by its field pattern, is masked on screen and in the event', async () => {
    const { shown, told } = await editRefusedWith(`Upstream refused ${SHOPIFY_TOKEN}.`);
    expect(shown).to.contain('Upstream refused •••.');
    expect(shown + told).to.not.contain(SHOPIFY_TOKEN.slice(6));
  });

  it('an edit refused by a server quoting a request id and the kind of token: neither is the token, both stay', async () => {
    const text = `Request fedcba9876543210fedcba9876543210: expected shpat_ then 32 hex digits; shpat_0123 is too short.`;
    const { shown, told } = await editRefusedWith(text);
    expect(shown).to.contain(text);
    expect(told).to.not.contain('•••');
  });

  it('a password that is a word the answer uses elsewhere never moves an error off its field: pointers are read, not masked', async () => {
    const api = freshApi();
    const { el } = await mintsoftOnReview(api.endpoint, 'password');
    const errors = [{ pointer: '/credentials/password', detail: 'Too common: choose another' }];
    await api.faults({
      kind: 'status',
      method: 'POST',
      status: 422,
      type: 'application/problem+json',
      json: { type: '/problems/validation', title: 'Invalid connector', status: 422, errors },
    });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(currentStepId(el)).to.equal('credentials');
    expect(inStep(el, '#field-credentials-password')!.getAttribute('aria-invalid')).to.equal('true');
    expect(errorSummary(el).join(' ')).to.contain('Too common');
  });

  it('a password the endpoint repeats URL-encoded (an upstream URL in its title) is masked too', async () => {
    const api = freshApi();
    const password = 'Pa55 w0rd#2026';
    const { el, errors } = await mintsoftOnReview(api.endpoint, password);
    for (const encoded of [encodeURIComponent(password), encodeURIComponent(password).replace(/%20/g, '+')]) {
      const title = `Upstream https://api.example/Auth?UserName=ops%40example.com&Password=${encoded} refused the login`;
      await refusedWith(el, api, title);
      const shown = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
      expect(shown).to.contain('Password=••• refused the login');
      expect(shown + errors.join('\n')).to.not.contain(encoded);
    }
  });

  for (const [writer, encoded] of [
    // urllib.parse.quote(password, safe=''): `!`, `*`, `(` and `)` as %XX, which encodeURIComponent leaves.
    ['Python', 'Pa55%21w0rd%2F2026%2A%28x%29'],
    // HttpUtility.UrlEncode: the hex digits in lower case.
    ['.NET', 'Pa55!w0rd%2f2026*(x)'],
  ] as const)
    it(`a password the endpoint repeats URL-encoded as ${writer} writes it, in an upstream URL quoted in a title, is masked on screen and in the event`, async () => {
      const api = freshApi();
      const { el, errors } = await mintsoftOnReview(api.endpoint, 'Pa55!w0rd/2026*(x)');
      await refusedWith(el, api, `Upstream https://api.example/Auth?UserName=ops%40example.com&Password=${encoded} refused the login`);
      const shown = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
      expect(shown).to.contain('Password=••• refused the login');
      expect(shown + errors.join('\n')).to.not.contain(encoded);
    });

  it('a password holding a lone surrogate: the create the endpoint answers is read, masked, and connector-created fires', async () => {
    const api = freshApi();
    const password = 'Pa55\ud800word';
    const { el } = await mintsoftOnReview(api.endpoint, password);
    const created: { connector: { settings?: unknown } }[] = [];
    el.addEventListener('connector-created', (e) => created.push(e.detail as (typeof created)[number]));
    const echoed = { id: 'c1', name: 'Mintsoft UK', system: 'mintsoft', group: 'uk', environment: 'live', settings: { note: `password ${password} set` } };
    await api.faults({ kind: 'status', method: 'POST', status: 201, json: echoed });
    const made = await el.submit().catch((error: unknown) => String(error));
    await settle(el);
    expect(made).to.equal(true);
    expect(created.map((d) => d.connector.settings)).to.deep.equal([{ note: 'password ••• set' }]);
    expect(el.currentStep).to.equal('done');
  });

  it('a password that is also a word of the answer in another case (summer, Summer) masks only the password as sent: the words stay', async () => {
    const api = freshApi();
    const { el, errors } = await mintsoftOnReview(api.endpoint, 'Summer');
    await refusedWith(el, api, 'The summer schedule blocks SUMMER logins; Summer refused');
    const shown = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
    expect(shown).to.contain('The summer schedule blocks SUMMER logins; ••• refused');
    expect(errors.join('\n')).to.contain('The summer schedule blocks SUMMER logins; ••• refused');
  });

  it('a secret that holds another (a key inside a longer token) is masked whole, no tail of it left after the shorter one', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'adobe-commerce', groups: GROUPS, endpoint: api.endpoint, noDrafts: true });
    const errors: string[] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail.message));
    await advanceTo(el, 'credentials');
    const key = 'k9xq2vbw7p';
    const token = `${key}TAILsecret4417`;
    await type(el, '#field-credentials-baseUrl', 'https://shop.example.com');
    await type(el, '#field-credentials-storeCode', 'default');
    await type(el, '#field-credentials-consumerKey', key);
    await type(el, '#field-credentials-consumerSecret', 'cs-0m3ga-77x');
    await type(el, '#field-credentials-accessToken', token);
    await type(el, '#field-credentials-accessTokenSecret', 'ats-91zq-lmn0');
    await toReview(el);
    await refusedWith(el, api, `Token ${token} was revoked`);
    const shown = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
    expect(shown).to.contain('Token ••• was revoked');
    expect(shown + errors.join('\n')).to.not.contain('TAILsecret4417');
  });
  it('a numeric secret (a PIN) repeated in a problem, and as a number in the created connector, is masked in the events and on screen', async () => {
    const pin = '48151623';
    const api = freshApi();
    const catalogue = await sampleCatalogue();
    catalogue.systems.find((sys) => sys.id === 'shopify')!.authTypes[0]!.fields.push({ key: 'pin', label: 'Store PIN', type: 'number', secret: true, required: false });
    const el = await wizardFixture({ catalogue, system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    const events: string[] = [];
    for (const name of ['connector-created', 'connector-wizard-error']) el.addEventListener(name, (e) => events.push(JSON.stringify((e as CustomEvent).detail)));
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', CANARY);
    await type(el, '#field-credentials-pin', pin);
    await toReview(el);
    await refusedWith(el, api, `PIN ${pin} is locked`);
    expect(el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent).to.contain('PIN ••• is locked');
    const echoed = { id: 'c1', name: 'Shopify UK', system: 'shopify', group: 'uk', environment: 'live', settings: { pin: Number(pin), note: 'set' } };
    await api.faults({ kind: 'status', method: 'POST', status: 201, json: echoed });
    expect(await el.submit()).to.equal(true);
    const created = JSON.parse(events.at(-1)!) as { connector: { settings: Record<string, unknown> } };
    expect(created.connector.settings, 'the number masked, the rest as it was').to.deep.equal({ pin: '•••', note: 'set' });
    expect(events.join('\n')).to.not.contain(pin);
  });
  /** The details of connector-created for a Shopify create with CANARY as its token, answered 201 with `revision`. */
  async function createdWithRevision(revision: unknown) {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    const created: { connector: EditableConnector }[] = [];
    el.addEventListener('connector-created', (e) => created.push((e as CustomEvent).detail));
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', CANARY);
    await toReview(el);
    const { credentials: _c, ...fields } = shopifyPayload();
    await api.faults({ kind: 'status', method: 'POST', status: 201, json: { ...fields, id: 'c1', revision } });
    expect(await el.submit()).to.equal(true);
    return created;
  }

  it('a revision that is no entity-tag (an object) and repeats the token typed: connector-created never carries the token (a revision is read, not shown, only where it can be sent back)', async () => {
    const created = await createdWithRevision({ etag: '7', by: `Bearer ${CANARY}` });
    expect(created).to.have.length(1);
    expect(JSON.stringify(created)).to.not.contain(CANARY);
  });

  it('a revision as text (an entity-tag) that repeats the token typed: masked in connector-created all the same, as only a short or numeric secret leaves a revision as sent', async () => {
    const created = await createdWithRevision(`7-${CANARY}`);
    expect(created.map((c) => c.connector.revision)).to.deep.equal(['7-•••']);
  });

  it('a numeric secret (a PIN 2026) whose digits are in the revision of the created connector (an updatedAt as revision): the revision stays as sent, so an edit of it sends If-Match', async () => {
    const pin = '2026';
    const revision = '2026-12-05T15:44:37.120Z';
    const api = freshApi();
    const catalogue = await sampleCatalogue();
    catalogue.systems.find((sys) => sys.id === 'shopify')!.authTypes[0]!.fields.push({ key: 'pin', label: 'Store PIN', type: 'number', secret: true, required: false });
    const el = await wizardFixture({ catalogue, system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    const created: { connector: EditableConnector & { settings: unknown } }[] = [];
    const errors: string[] = [];
    el.addEventListener('connector-created', (e) => created.push((e as CustomEvent).detail));
    el.addEventListener('connector-wizard-error', (e) => errors.push(JSON.stringify((e as CustomEvent).detail)));
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', CANARY);
    await type(el, '#field-credentials-pin', pin);
    await toReview(el);
    const { credentials: _c, ...fields } = shopifyPayload();
    // Deeper in the answer a member named revision is data, masked as any other.
    await api.faults({ kind: 'status', method: 'POST', status: 201, json: { ...fields, id: 'c1', revision, settings: { pin: 2026, revision: `pin-${pin}` } } });
    expect(await el.submit()).to.equal(true);
    expect(created.map((c) => [c.connector.revision, c.connector.settings])).to.deep.equal([[revision, { pin: '•••', revision: 'pin-•••' }]]);
    // The host opens the connector it was given to edit: its save is counted against that revision.
    const edit = await wizardFixture({ catalogue, groups: GROUPS, endpoint: api.endpoint });
    edit.addEventListener('connector-wizard-error', (e) => errors.push(JSON.stringify((e as CustomEvent).detail)));
    edit.connector = created[0]!.connector;
    await settle(edit);
    await type(edit, '#field-name', 'Shopify UK renamed');
    await edit.goTo('review');
    await settle(edit);
    await edit.submit();
    expect((await api.log()).filter((e) => e.method === 'PATCH').map((e) => e.ifMatch)).to.deep.equal([`"${revision}"`]);
    expect(errors.join('\n')).to.not.contain('revision');
  });
  it('a short numeric secret (a PIN 2026) is masked where the answer repeats it, but not in the name typed, a date or a longer number (an id, a timestamp) that holds its digits', async () => {
    const { el, api, created } = await pinOnReview('2026', 'Shop 2026');
    await refusedWith(el, api, 'PIN 2026 is locked (pin=2026; code 20261)');
    expect(el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent, 'masked where it stands alone, not in a longer number').to.contain(
      'PIN ••• is locked (pin=•••; code 20261)',
    );
    const { credentials: _c, ...fields } = shopifyPayload();
    const settings = {
      pin: 2026,
      note: 'PIN 2026 set',
      quoted: '"2026"',
      createdAt: '2026-12-05T15:44:37.120Z',
      day: '2026-12-05',
      hook: 'conn_20261',
      at: 1764950400,
      gson: 'pin \\u00272026\\u0027',
      url: 'q%3Fpin%3D2026%26a%3D%222026%22',
    };
    await api.faults({ kind: 'status', method: 'POST', status: 201, json: { ...fields, name: 'Shop 2026', id: 'conn_20261', createdAt: '2026-12-05', settings } });
    expect(await el.submit()).to.equal(true);
    await settle(el);
    const { connector } = created[0]!;
    expect([connector.name, connector.id, connector.createdAt], 'the name typed, its id and a date as they came').to.deep.equal(['Shop 2026', 'conn_20261', '2026-12-05']);
    expect(connector.settings).to.deep.equal({
      ...settings,
      pin: '•••',
      note: 'PIN ••• set',
      quoted: '"•••"',
      gson: 'pin \\u0027•••\\u0027',
      url: 'q%3Fpin%3D•••%26a%3D%22•••%22',
    });
    expect(el.shadowRoot!.querySelector('.success')!.textContent, 'the success panel names the connector as typed').to.contain('Shop 2026');
  });

  it('a short numeric secret (a PIN 2026) the name typed holds is masked in a name the endpoint answers with that is not the one typed, not in a text that is the name typed', async () => {
    const { el, api, created } = await pinOnReview('2026', 'Shop 2026');
    const { credentials: _c, ...fields } = shopifyPayload();
    await api.faults({ kind: 'status', method: 'POST', status: 201, json: { ...fields, name: 'Shop 2026 (PIN 2026)', id: 'c1', settings: { label: 'Shop 2026' } } });
    expect(await el.submit()).to.equal(true);
    await settle(el);
    expect([created[0]!.connector.name, created[0]!.connector.settings], 'the name typed, word for word, says nothing more').to.deep.equal([
      'Shop ••• (PIN •••)',
      { label: 'Shop 2026' },
    ]);
    expect(el.shadowRoot!.querySelector('.success')!.textContent).to.contain('Shop ••• (PIN •••)').and.not.contain('2026');
  });

  it('a numeric secret of 8 digits or more is masked in the name typed, in a date and in a longer number all the same', async () => {
    const { el, api, created } = await pinOnReview('20261205', 'Shop 20261205');
    const { credentials: _c, ...fields } = shopifyPayload();
    await api.faults({ kind: 'status', method: 'POST', status: 201, json: { ...fields, name: 'Shop 20261205', id: 'c1', settings: { day: '20261205', at: 202612051 } } });
    expect(await el.submit()).to.equal(true);
    await settle(el);
    expect([created[0]!.connector.name, created[0]!.connector.settings]).to.deep.equal(['Shop •••', { day: '•••', at: 202612051 }]);
    expect(el.shadowRoot!.querySelector('.success')!.textContent).to.not.contain('20261205');
  });

  for (const [what, key, quote] of [
    ['a quote and a backslash', 'Xk9"q\\Lm2#pW7zR', (text: string) => JSON.stringify(text)],
    ['a slash, as PHP quotes it (\\/)', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLE', (text: string) => JSON.stringify(text).replace(/\//g, '\\/')],
    [
      'a letter outside ASCII, as Python quotes it (\\u00fc)',
      'Grüße-2024-Sommer!',
      (text: string) => JSON.stringify(text).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
    ],
  ] as const)
    it(`a secret holding ${what}, repeated inside a quoted JSON text (an upstream body in a detail), is masked where the test result shows it`, async () => {
      const api = freshApi();
      const el = await wizardFixture({ system: 'shipstation', groups: GROUPS, endpoint: api.endpoint, testEndpoint: api.testEndpoint });
      await advanceTo(el, 'credentials');
      await type(el, '#field-credentials-apiKey', key);
      const detail = `ShipStation answered 401: {"message":${quote(`API key ${key} is not valid`)}}`;
      await api.faults({
        kind: 'status',
        method: 'POST',
        status: 422,
        type: 'application/problem+json',
        json: { type: '/problems/credentials-rejected', title: 'Rejected', status: 422, detail },
      });
      inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
      await waitUntil(() => !['testing', undefined].includes(inStep(el, '#test-result')?.dataset.testState), 'tested', { timeout: 5000 });
      await settle(el);
      expect(inStep(el, '[part~="test-connection"]')!.textContent).to.contain('ShipStation answered 401: {"message":"API key ••• is not valid"}');
    });

  it('a password the test endpoint repeats HTML-escaped (an upstream error page quoted in a check) is shown masked', async () => {
    const api = freshApi();
    const el = await atCredentials('mintsoft', 'username-password', { testEndpoint: api.testEndpoint });
    const password = `p&ss<w0rd>"it's`;
    await type(el, '#field-credentials-username', 'ops');
    await type(el, '#field-credentials-password', password);
    const html = password.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/'/gu, '&#39;');
    const answer = { ok: true, account: 'ops', checks: [{ id: 'login', label: 'Signed in', status: 'passed', detail: `<p>Password ${html} accepted</p>` }] };
    await api.faults({ kind: 'status', method: 'POST', status: 200, json: answer });
    inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
    await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'ok', 'tested', { timeout: 5000 });
    const shown = inStep(el, '[part~="test-connection"]')!.textContent!;
    expect(shown).to.contain('<p>Password ••• accepted</p>');
    expect(shown).to.not.contain('w0rd');
  });

  it('a password that is a member name the wizard reads (ok) never changes what the answer says: a test answered ok is shown passed', async () => {
    const api = freshApi();
    const el = await atCredentials('mintsoft', 'username-password', { testEndpoint: api.testEndpoint });
    await type(el, '#field-credentials-username', 'ops');
    await type(el, '#field-credentials-password', 'ok');
    await api.faults({ kind: 'status', method: 'POST', status: 200, json: { ok: true, account: 'ops' } });
    inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
    await waitUntil(() => !['testing', undefined].includes(inStep(el, '#test-result')?.dataset.testState), 'tested', { timeout: 5000 });
    expect(inStep(el, '#test-result')!.getAttribute('data-test-state')).to.equal('ok');
  });

  it('a password the test endpoint repeats base64-encoded (an upstream Basic authorization header, or alone) is shown masked', async () => {
    const api = freshApi();
    const el = await atCredentials('mintsoft', 'username-password', { testEndpoint: api.testEndpoint });
    const password = 'correct-horse-battery-staple';
    await type(el, '#field-credentials-username', 'ops');
    await type(el, '#field-credentials-password', password);
    const detail = `Upstream refused Authorization: Basic ${btoa(`ops:${password}`)} (key ${btoa(password)})`;
    const answer = { ok: true, account: 'ops', checks: [{ id: 'login', label: 'Signed in', status: 'passed', detail }] };
    await api.faults({ kind: 'status', method: 'POST', status: 200, json: answer });
    inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
    await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'ok', 'tested', { timeout: 5000 });
    const shown = inStep(el, '[part~="test-connection"]')!.textContent!;
    expect(shown).to.contain('Upstream refused Authorization: Basic ');
    // The password's bytes as base64 writes them, whatever the bytes before them: each of three alignments, without the characters the bytes around it share.
    for (const shift of [0, 1, 2]) {
      const encoded = btoa(`${'x'.repeat(shift)}${password}`);
      const piece = encoded.slice(Math.ceil((shift * 4) / 3), Math.floor((shift + password.length) / 3) * 4);
      expect(shown, `shift ${shift}`).to.not.contain(piece.slice(0, 8));
      expect(shown, `shift ${shift}`).to.not.contain(piece.slice(-8));
    }
  });

  describe('a secret far longer than a token', () => {
    /** Xero's custom connection on Credentials, sending to `endpoint`, its Client ID typed. */
    async function xeroSecret(endpoint: string) {
      const el = await wizardFixture({ system: 'xero', groups: GROUPS, endpoint });
      const created: { connector: Record<string, unknown> }[] = [];
      el.addEventListener('connector-created', (e) => created.push(e.detail as (typeof created)[number]));
      await advanceTo(el, 'general');
      await fillStep.general(el);
      await type(el, '#field-name', 'Xero UK');
      await pressContinue(el);
      await advanceTo(el, 'auth');
      await choose(el, '#auth-custom-connection');
      await pressContinue(el);
      await type(el, '#field-credentials-clientId', 'ABCDEF0123');
      return { el, created };
    }
    const secretOf = (length: number) =>
      Array.from({ length: Math.ceil(length / 32) }, () => crypto.randomUUID().replace(/-/gu, ''))
        .join('')
        .slice(0, length);

    /** A secret typed in Xero's Client secret, and the settings of the connector the endpoint answers 201 with (repeating it) as connector-created carries them. */
    async function settingsEchoed(secret: string, settings: Record<string, string>) {
      const api = freshApi();
      const { el, created } = await xeroSecret(api.endpoint);
      await type(el, '#field-credentials-clientSecret', secret);
      await pressContinue(el);
      await api.faults({ kind: 'status', method: 'POST', status: 201, json: { id: 'c1', name: 'Xero UK', system: 'xero', group: 'uk', environment: 'live', settings } });
      expect(await el.submit()).to.equal(true);
      await settle(el);
      return created.map((d) => d.connector.settings);
    }

    it('a 5,000-character secret (a long private key) that the endpoint creates: its answer is read and connector-created fires with the connector', async () => {
      const api = freshApi();
      const { el, created } = await xeroSecret(api.endpoint);
      await type(el, '#field-credentials-clientSecret', secretOf(5000));
      await pressContinue(el);
      expect(currentStepId(el), errorSummary(el).join('; ')).to.equal('review');
      expect(await el.submit()).to.equal(true);
      await settle(el);
      expect(created.map((d) => [d.connector.name, typeof d.connector.id])).to.deep.equal([['Xero UK', 'string']]);
      expect(el.shadowRoot!.textContent).to.not.contain('not a connector');
    });

    it('a 5,000-character secret the endpoint repeats in the connector it creates, as sent and quoted in a JSON text, reaches connector-created masked', async () => {
      const secret = `${secretOf(2500)}"/${secretOf(2500)}`;
      const settings = { note: `secret ${secret} set`, upstream: `{"secret":${JSON.stringify(secret)}}` };
      const echoed = await settingsEchoed(secret, settings);
      expect(echoed).to.deep.equal([{ note: 'secret ••• set', upstream: '{"secret":"•••"}' }]);
    });

    it('a 1,500-character secret the endpoint repeats as sent in words and as Python URL-encodes it (%21, %2A) in a URL, reaches connector-created masked in both', async () => {
      const secret = `${secretOf(750)}!*${secretOf(748)}`;
      const settings = { note: `secret ${secret} set`, url: `https://api.example/token?secret=${secret.replace('!*', '%21%2A')}&scope=all` };
      const echoed = await settingsEchoed(secret, settings);
      expect(echoed).to.deep.equal([{ note: 'secret ••• set', url: 'https://api.example/token?secret=•••&scope=all' }]);
    });

    it('a 5,000-character secret the endpoint repeats as PHP quotes it (\\/), URL-encoded in lower-case hex, and base64-encoded in a Basic header so quoted, reaches connector-created masked', async () => {
      const secret = `${secretOf(2500)}/+${secretOf(2500)}`;
      const php = (text: string) => JSON.stringify(text).replace(/\//gu, '\\/');
      const settings = {
        upstream: `{"secret":${php(secret)}}`,
        url: `https://api.example/token?secret=${encodeURIComponent(secret).replace(/%[\dA-F]{2}/gu, (hex) => hex.toLowerCase())}`,
        header: `{"Authorization":${php(`Basic ${btoa(`ABCDEF0123:${secret}`)}`)}}`,
      };
      const echoed = await settingsEchoed(secret, settings);
      const shown = JSON.stringify(echoed);
      expect(shown).to.contain('{\\"secret\\":\\"•••\\"}');
      expect(shown).to.contain('?secret=•••');
      expect(shown, 'no run of the secret or of its base64 is left').to.not.match(/[\w+\\/]{40}/u);
    });

    it('a secret of about a megabyte pasted for real, then Create: the server says it is too long on the Client secret field, and the paste is kept', async () => {
      const api = freshApi();
      const { el, created } = await xeroSecret(api.endpoint);
      const secret = secretOf(1_000_000);
      await pasteInto(el, '#field-credentials-clientSecret', secret);
      await pressContinue(el);
      expect(currentStepId(el), errorSummary(el).join('; ')).to.equal('review');
      expect(await el.submit()).to.equal(false);
      await settle(el);
      expect(created).to.deep.equal([]);
      expect(currentStepId(el)).to.equal('credentials');
      expect(inStep(el, '#field-credentials-clientSecret-error')!.textContent).to.contain('Use at most 16,384 characters');
      expect(inStep<HTMLInputElement>(el, '#field-credentials-clientSecret')!.value === secret, 'the pasted secret is kept').to.equal(true);
    });

    it('a secret over a megabyte, then Create: the server refuses the body as too large (413), said in its words on the longest answer with what to do, the paste kept', async () => {
      const api = freshApi();
      const { el, created } = await xeroSecret(api.endpoint);
      const secret = secretOf(1_100_000);
      await pasteInto(el, '#field-credentials-clientSecret', secret);
      await pressContinue(el);
      expect(await el.submit()).to.equal(false);
      await settle(el);
      expect(created).to.deep.equal([]);
      expect((await api.log()).filter((entry) => entry.method === 'POST').map((entry) => entry.status)).to.deep.equal([413]);
      expect(currentStepId(el), 'taken to the field to shorten').to.equal('credentials');
      const said = inStep(el, '#field-credentials-clientSecret-error')?.textContent ?? '';
      expect(said).to.contain('Too large');
      expect(said).to.contain('shorten it').and.contain('Your answers are kept');
      expect(said).to.not.contain('413');
      expect(inStep<HTMLInputElement>(el, '#field-credentials-clientSecret')!.value === secret, 'the pasted secret is kept').to.equal(true);
    });
  });
});

describe('secrets an endpoint repeats with noncharacters of its own inside', () => {
  // A server's U+FDD0 inside an echo hid it from masking, and the marks taken out before the text shows joined it again.
  const broken = `${CANARY.slice(0, -3)}\ufdd0${CANARY.slice(-3)}`;

  it('a token echoed with U+FDD0 inside, in a refused test and a passed one, is masked on screen; one echoed plainly beside it too', async () => {
    for (const [status, json, state] of [
      [422, { type: '/problems/credentials-rejected', title: 'Credentials rejected', status: 422, detail: `Token ${broken} revoked, ${CANARY} too` }, 'rejected'],
      [200, { ok: true, account: `my-store (${broken})`, checks: [{ id: 'format', label: `Token ${broken}\ufdd1 well formed`, status: 'failed' }] }, 'rejected'],
    ] as const) {
      const api = freshApi();
      const { el, events } = await shopifyWithToken(api.endpoint, api.testEndpoint);
      await api.faults({ kind: 'status', method: 'POST', status, type: 'application/problem+json', json });
      inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
      await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === state, 'tested', { timeout: 5000 });
      await settle(el);
      const shown = el.shadowRoot!.textContent! + events.join('\n');
      expect(shown, `${status}`).to.not.contain(CANARY);
      expect(shown, `${status}`).to.not.contain(CANARY.slice(0, 8));
      expect(shown, `${status}: masked`).to.contain(status === 422 ? 'Token ••• revoked, ••• too' : 'Token ••• well formed');
    }
  });

  it('a refused create whose title echoes the token with U+FDD0 inside shows it masked, in the alert and the event', async () => {
    const api = freshApi();
    const { el, events } = await shopifyWithToken(api.endpoint);
    await toReview(el);
    await refusedWith(el, api, `Upstream rejected token ${broken}`);
    const alert = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
    expect(alert).to.contain('Upstream rejected token •••');
    expect(alert + events.join('\n')).to.not.contain(CANARY.slice(0, 8));
  });

  it('a created connector that echoes the token with U+FDD0 inside, as a value and a member name, reaches connector-created masked; a member name that would then be another s is kept as sent', async () => {
    const api = freshApi();
    const { el, events } = await shopifyWithToken(api.endpoint);
    await toReview(el);
    const settings = { note: `token ${broken} set`, [broken]: true, 'web\ufdd0hook': 1, webhook: 2 };
    await api.faults({ kind: 'status', method: 'POST', status: 201, json: { id: 'c1', name: 'Shopify UK', system: 'shopify', group: 'uk', environment: 'live', settings } });
    expect(await el.submit()).to.equal(true);
    const detail = JSON.parse(events[0]!) as { connector: { id: string; settings: unknown } };
    expect(detail.connector.settings).to.deep.equal({ note: 'token ••• set', '•••': true, 'web\ufdd0hook': 1, webhook: 2 });
    expect(events.join('\n')).to.not.contain(CANARY.slice(0, 8));
  });

  // The nearest case: a title without a mark of its own reads as it did.
  it('a refused create whose title holds no noncharacter is said as it was sent', async () => {
    const api = freshApi();
    const { el } = await shopifyWithToken(api.endpoint);
    await toReview(el);
    await refusedWith(el, api, 'Upstream rejected the store: Shopify said «no».');
    expect(el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent).to.contain('Upstream rejected the store: Shopify said «no».');
  });
});
