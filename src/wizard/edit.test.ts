/** Editing an existing connector: PATCH {endpoint}/{id} with the changed fields, or connector-updated. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { audit } from '../test/audit.js';
import {
  choose,
  currentStepId,
  deepActiveElement,
  errorSummary,
  freshApi,
  GROUPS,
  inStep,
  pasteInto,
  pressContinue,
  sampleCatalogue,
  settle,
  shopifyPayload,
  SHOPIFY_TOKEN,
  type,
  uniqueDatabase,
  wizardFixture,
} from '../test/fixtures.js';
import { EDITED, listenUpdated, savedAsRenameOnly } from '../test/edit-fixtures.js';
import { DraftStore, listDrafts } from '../storage/draft-store.js';
import type { WizardErrorEvent } from '../events/error-event.js';
import type { ConnectorWizard, EditableConnector } from './connector-wizard.js';

type Updated = { connector: Record<string, unknown> };

async function editing(connector: EditableConnector, endpoint?: string, draftDatabase?: string) {
  const el = await wizardFixture({ groups: GROUPS, ...(endpoint ? { endpoint } : {}), ...(draftDatabase ? { draftDatabase } : {}) });
  const updated: Updated[] = [];
  el.addEventListener('connector-updated', (e) => updated.push(e.detail as Updated));
  el.connector = connector;
  await settle(el);
  return { el, updated };
}

/** An edit saved after moving its connector from live to testing, then "Add another connector" to Shopify UK: which slots are disabled. */
async function slotsAfterMovingToTesting(el: ConnectorWizard) {
  await choose(el, '#environment-test');
  await toReview(el);
  expect(await el.submit()).to.equal(true);
  await settle(el);
  el.shadowRoot!.querySelector<HTMLButtonElement>('.success button')!.click();
  await settle(el);
  await choose(el, '#system-shopify');
  await pressContinue(el);
  await choose(el, '#group-uk');
  const disabled = (env: string) => inStep<HTMLInputElement>(el, `#environment-${env}`)!.disabled;
  return { live: disabled('live'), test: disabled('test') };
}

/** A server connector whose edit is left on Time zone (after `change`) with its draft saved, then renamed elsewhere: the connector as it is now. */
async function draftThenRenamedElsewhere(change: (first: ConnectorWizard) => Promise<unknown>) {
  const api = freshApi();
  await api.create(shopifyPayload({ name: 'Shop live' }));
  const [stored] = (await api.connectors()) as unknown as EditableConnector[];
  const draftDatabase = uniqueDatabase();
  const first = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint, draftDatabase });
  first.connector = stored!;
  await settle(first);
  await first.goTo('timezone');
  await settle(first);
  await change(first);
  expect(await first.saveDraft()).to.equal(true);
  first.remove();
  const renamed = await fetch(`${api.endpoint}/${encodeURIComponent(String(stored!.id))}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Renamed elsewhere' }),
  });
  expect(renamed.status).to.equal(200);
  const [now] = (await api.connectors()) as unknown as EditableConnector[];
  return { api, now: now!, draftDatabase };
}

/** A connector the server has, edited with an endpoint and a test endpoint, on Credentials. */
/** A WooCommerce connector as the demo page lists connectors: without its credentials. */
const WOO = {
  id: 'w-1',
  name: 'Woo',
  system: 'woocommerce',
  group: 'uk',
  environment: 'live',
  timeZone: 'UTC',
  dateFormat: "yyyy-MM-dd'T'HH:mm:ssXXX",
  authType: 'rest-api-keys',
} as EditableConnector;

async function editingAtCredentials() {
  const api = freshApi();
  await api.create(shopifyPayload());
  const [stored] = (await api.connectors()) as unknown as EditableConnector[];
  const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint, testEndpoint: api.testEndpoint });
  el.connector = stored!;
  await settle(el);
  await el.goTo('credentials');
  await settle(el);
  return { api, el };
}

/** On Time zone, the list opened and the zone shown as chosen picked from it again. */
async function chosenZonePickedAgain(el: ConnectorWizard) {
  await el.goTo('timezone');
  await settle(el);
  inStep<HTMLInputElement>(el, '#field-timeZone')!.click();
  await settle(el);
  inStep<HTMLElement>(el, '[role="option"].chosen')!.click();
  await settle(el);
}

async function toReview(el: ConnectorWizard) {
  await el.goTo('review');
  await settle(el);
  expect(currentStepId(el)).to.equal('review');
}

/** A connector made at a fresh endpoint and opened for editing as the host gives it (`given`), with the errors the host hears. */
async function editedHearingErrors(made: Record<string, unknown>, given = (stored: EditableConnector) => stored) {
  const api = freshApi();
  await api.create(shopifyPayload(made));
  const [stored] = (await api.connectors()) as unknown as EditableConnector[];
  const { el } = await editing(given(stored!), api.endpoint);
  const errors: string[] = [];
  el.addEventListener('connector-wizard-error', (e) => errors.push((e as WizardErrorEvent).detail.message));
  return { api, el, errors };
}

/** The connector as a host gives it without a date format (the wizard sends its default on save). */
const withoutDateFormat = ({ dateFormat: _d, ...given }: EditableConnector) => given as EditableConnector;

/** The endpoint refuses the next save as too large (413, a problem document): the save is refused. */
async function refusedTooLarge(api: ReturnType<typeof freshApi>, el: ConnectorWizard) {
  await api.faults({ kind: 'status', status: 413, method: 'PATCH', type: 'application/problem+json', json: { type: '/problems/too-large', title: 'Too large' } });
  expect(await el.submit()).to.equal(false);
  await settle(el);
}

describe('editing a connector', () => {
  it('opens on General with its answers, keeps empty credentials, and PATCHes only the changes', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shop live', environment: 'live' }));
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const { el, updated } = await editing(stored!, api.endpoint);
    expect(currentStepId(el)).to.equal('general');
    expect(el.steps).to.not.include('system');
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('Shop live');
    // Its own slot is not "taken" by itself.
    expect(inStep<HTMLInputElement>(el, '#environment-live')!.disabled).to.equal(false);
    await audit(el, 'editing, general');
    await type(el, '#field-name', 'Shop live (renamed)');
    await pressContinue(el);
    await el.goTo('credentials');
    await settle(el);
    expect(inStep(el, '[data-field="accessToken"] [data-testid="keep"]')!.textContent).to.contain('Leave empty to keep the current value');
    await audit(el, 'editing, credentials');
    await toReview(el);
    expect(el.shadowRoot!.querySelector('[part~="create"]')!.textContent!.trim()).to.equal('Save changes');
    await el.submit();
    await settle(el);
    expect(updated).to.have.length(1);
    expect(updated[0]!.connector).to.deep.include({ id: stored!.id, name: 'Shop live (renamed)', environment: 'live' });
    expect(el.shadowRoot!.querySelector('.success')!.textContent).to.contain('has been updated');
    const after = (await api.connectors())[0]!;
    expect(after.name).to.equal('Shop live (renamed)');
    const patches = (await api.log()).filter((e) => e.method === 'PATCH');
    expect(patches.map((p) => p.path)).to.deep.equal([new URL(`${api.endpoint}/${stored!.id}`, location.href).pathname]);
  });

  it('an endpoint with a query keeps it: the PATCH goes to the connector path, with the same query', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shop live' }));
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const { el, updated } = await editing(stored!, `${api.endpoint}?tenant=acme`);
    await type(el, '#field-name', 'Renamed');
    await toReview(el);
    await el.submit();
    await settle(el);
    expect(updated).to.have.length(1);
    const patches = (await api.log()).filter((e) => e.method === 'PATCH');
    expect(patches.map((p) => p.path)).to.deep.equal([new URL(`${api.endpoint}/${stored!.id}`, location.href).pathname]);
    expect(patches.map((p) => p.query)).to.deep.equal(['?tenant=acme']);
    expect((await api.connectors())[0]!.name).to.equal('Renamed');
  });

  it('a new authentication type sends all of its values, one typed as it was before included', async () => {
    const api = freshApi();
    await api.create(shopifyPayload());
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const { el, updated } = await editing({ ...stored!, credentials: { shop: 'my-store' } }, api.endpoint);
    await el.goTo('auth');
    await settle(el);
    await choose(el, '#auth-client-credentials');
    await pressContinue(el);
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-clientId', 'abc123clientid');
    await type(el, '#field-credentials-clientSecret', 'secret-value-123456');
    await pressContinue(el);
    await el.submit();
    await settle(el);
    expect(errorSummary(el)).to.deep.equal([]);
    expect(updated).to.have.length(1);
    expect((await api.connectors())[0]!.authType).to.equal('client-credentials');
  });

  it('sends a new secret, checked by the server like a create', async () => {
    const api = freshApi();
    await api.create(shopifyPayload());
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const { el, updated } = await editing(stored!, api.endpoint);
    await el.goTo('credentials');
    await settle(el);
    await type(el, '#field-credentials-accessToken', 'shpat_notvalid');
    await pressContinue(el);
    expect(errorSummary(el)[0]).to.contain('shpat_');
    if (!inStep<HTMLInputElement>(el, '#field-credentials-shop')!.value) await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', 'shpat_ffffffffffffffffffffffffffffffff');
    await pressContinue(el);
    await el.submit();
    await settle(el);
    expect(updated).to.have.length(1);
  });

  it('says when the connector no longer exists (404) and keeps the answers', async () => {
    const api = freshApi();
    const { el, updated } = await editing({ ...(shopifyPayload() as unknown as EditableConnector), id: 'gone-0000' }, api.endpoint);
    await type(el, '#field-name', 'Shopify UK (renamed)');
    await toReview(el);
    // A retried 503 first: the polite region says "Retrying…", then nothing more once it is over.
    await api.faults({ kind: 'status', status: 503 });
    await el.submit();
    await settle(el);
    expect(updated).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent).to.contain('no longer exists');
    expect(el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent).to.not.contain('Saving');
  });

  it('a 404 with an HTML page is an endpoint set wrong, not a missing connector; an empty 404 still means missing', async () => {
    const api = freshApi();
    await api.create(shopifyPayload());
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const { el, updated } = await editing(stored!, api.endpoint);
    const errors: { kind: string; message: string }[] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail));
    await type(el, '#field-name', 'Shopify UK (renamed)');
    await toReview(el);
    await api.faults({ kind: 'status', status: 404, method: 'PATCH', body: '<!doctype html><title>404 Not Found</title><h1>Not Found</h1>' });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    const said = () => el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent ?? '';
    expect(said()).to.contain('The server refused to save the changes (HTTP 404)');
    expect(said()).to.not.contain('no longer exists');
    expect(errors.at(-1)?.kind).to.equal('config');
    expect(errors.at(-1)?.message).to.contain('the endpoint attribute may not name the connectors endpoint');
    expect(updated).to.have.length(0);
    await el.goTo('general');
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('Shopify UK (renamed)');
    await toReview(el);
    await api.faults({ kind: 'status', status: 404, method: 'PATCH', body: '' });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(said()).to.contain('no longer exists');
  });

  it('a save that fails says the changes were not saved, never that a connector was not created', async () => {
    const api = freshApi();
    await api.create(shopifyPayload());
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const { el, updated } = await editing(stored!, api.endpoint);
    const errors: string[] = [];
    const kinds: string[] = [];
    el.addEventListener('connector-wizard-error', (e) => {
      errors.push(e.detail.message);
      kinds.push(e.detail.kind);
    });
    el.retryPolicy = { attempts: 1 };
    await type(el, '#field-name', 'Shopify UK (renamed)');
    await toReview(el);
    const said = () => (el.shadowRoot!.querySelector('[part="submit-error"]') ?? el.shadowRoot!.querySelector('[part="success"]'))?.textContent ?? '';
    for (const [fault, text] of [
      [{ kind: 'status', status: 500 }, 'The server could not save the changes'],
      [{ kind: 'status', status: 401 }, 'not signed in to change connectors'],
      [{ kind: 'drop' }, 'we cannot tell whether the changes were saved'],
      // A gateway whose server did not answer in time: it may have saved them.
      [{ kind: 'status', status: 504 }, 'we cannot tell whether the changes were saved'],
      // A 4xx never retried: the same answer every time, so not "try again" but who to tell.
      [{ kind: 'status', status: 400 }, 'This is not a temporary problem, so trying again will not help: tell whoever looks after this page'],
      [{ kind: 'status', status: 405 }, 'The server refused to save the changes'],
      // A conflict of no kind the protocol names (the connector changed meanwhile, a record locked): the server's words, and that saving unchanged may meet it again, never "in a moment".
      [{ kind: 'status', status: 409 }, 'The server refused to save the changes because of a conflict with what it holds (A fault the test asked for.)'],
      [{ kind: 'status', status: 200, json: { id: 'c-1' } }, 'The server says the changes were saved, but its answer could not be read'],
    ] as const) {
      await api.faults(fault);
      await el.submit();
      await settle(el);
      expect(said(), fault.kind).to.contain(text);
      expect(said(), fault.kind).to.not.contain('create');
    }
    expect(updated).to.have.length(0);
    expect(errors.join(' ')).to.not.contain('creat');
    expect(errors.join(' ')).to.contain('Saving the changes to the connector failed');
    expect(kinds.slice(-4, -1), 'a 400, a 405 (the endpoint set wrong), a 409').to.deep.equal(['server', 'config', 'server']);
  });

  it('while the changes are sent, the progress line says they are being saved, not that a connector is created', async () => {
    const api = freshApi();
    await api.create(shopifyPayload());
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const { el, updated } = await editing(stored!, api.endpoint);
    await type(el, '#field-name', 'Renamed slowly');
    await toReview(el);
    await api.faults({ kind: 'slow', held: true });
    const saving = el.submit();
    try {
      await waitUntil(() => el.shadowRoot!.querySelector('[data-progress]'), 'sending', { timeout: 5000 });
      expect(el.shadowRoot!.querySelector('[data-progress]')!.textContent!.trim()).to.equal('Saving changes…');
    } finally {
      await api.release();
    }
    expect(await saving).to.equal(true);
    expect(updated).to.have.length(1);
  });

  it('a checkbox the host did not pass is shown mixed and said to be kept, on Credentials and Review, and is sent only once set', async () => {
    const reviewRow = (el: ConnectorWizard, key: string) => inStep(el, `[data-key="credentials.${key}"] .value`)!.textContent!.trim();
    const { el, updated } = await editing(WOO);
    await type(el, '#field-name', 'Woo renamed');
    await el.goTo('credentials');
    await settle(el);
    const box = inStep<HTMLInputElement>(el, '#field-credentials-queryStringAuth')!;
    expect(box.indeterminate, 'mixed: its current value is not known here').to.equal(true);
    expect(inStep(el, '#field-credentials-queryStringAuth-hint')!.textContent).to.contain('the current setting is kept unless you tick or clear this box');
    await audit(el, 'editing, a kept checkbox');
    await toReview(el);
    for (const key of ['storeUrl', 'consumerKey', 'consumerSecret', 'queryStringAuth']) expect(reviewRow(el, key), key).to.equal('Unchanged (the current value is kept)');
    await el.submit();
    await settle(el);
    expect(updated[0]!.connector, 'no credential sent: none was typed or set').to.deep.equal({ id: 'w-1', name: 'Woo renamed' });

    const again = await editing(WOO);
    await again.el.goTo('credentials');
    await settle(again.el);
    await choose(again.el, '#field-credentials-queryStringAuth');
    expect(inStep<HTMLInputElement>(again.el, '#field-credentials-queryStringAuth')!.indeterminate).to.equal(false);
    expect(inStep(again.el, '#field-credentials-queryStringAuth-hint')!.textContent, 'set: nothing kept to say').to.not.contain('current setting is kept');
    await toReview(again.el);
    expect(reviewRow(again.el, 'queryStringAuth')).to.equal('Yes');
    await again.el.submit();
    await settle(again.el);
    expect(again.updated[0]!.connector).to.deep.equal({ id: 'w-1', credentials: { queryStringAuth: true } });
  });

  it('Test connection in an edit that keeps credentials says to enter them again, and sends nothing nor marks a field', async () => {
    const { api, el } = await editingAtCredentials();
    (inStep(el, '[part~="test"]') as HTMLButtonElement).click();
    await settle(el);
    const result = inStep(el, '#test-result')!;
    expect(result.textContent).to.contain('To test, enter the credentials again');
    expect(result.getAttribute('data-test-state')).to.equal('incomplete');
    expect(el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent).to.contain('To test, enter the credentials again');
    expect(errorSummary(el), 'no field marked').to.deep.equal([]);
    expect(
      (await api.log()).filter((e) => e.path.endsWith('/test')),
      'nothing sent',
    ).to.deep.equal([]);
    // Entered again, it is tested.
    if (!inStep<HTMLInputElement>(el, '#field-credentials-shop')!.value) await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', 'shpat_ffffffffffffffffffffffffffffffff');
    (inStep(el, '[part~="test"]') as HTMLButtonElement).click();
    await waitUntil(() => ['ok', 'rejected'].includes(inStep(el, '#test-result')!.getAttribute('data-test-state') ?? ''), 'tested', { timeout: 5000 });
    expect((await api.log()).filter((e) => e.path.endsWith('/test'))).to.have.length(1);
  });

  it('Test connection in an edit names what is still kept: a checkbox the host did not pass, with every text credential typed again', async function () {
    this.timeout(20000);
    const api = freshApi();
    const catalogue = await sampleCatalogue();
    const fields = catalogue.systems.find((system) => system.id === 'woocommerce')!.authTypes.find((a) => a.id === 'rest-api-keys')!.fields;
    (fields.find((f) => f.key === 'queryStringAuth') as { l10n?: unknown }).l10n = { de: { label: 'Schlüssel in der Abfrage senden' } };
    const el = await wizardFixture({ groups: GROUPS, catalogue, endpoint: api.endpoint, testEndpoint: api.testEndpoint });
    el.connector = WOO;
    await settle(el);
    await el.goTo('credentials');
    await settle(el);
    const test = () => (inStep(el, '[part~="test"]') as HTMLButtonElement).click();
    const said = () => inStep(el, '#test-result')!.textContent!.replace(/\s+/gu, ' ').trim();
    test();
    await settle(el);
    expect(said(), 'nothing typed yet: each kept one named').to.match(/Still kept: Store URL, Consumer key, Consumer secret, and Send keys in the query string\.$/u);
    await type(el, '#field-credentials-storeUrl', 'https://shop.example.com');
    await type(el, '#field-credentials-consumerKey', `ck_${'0123456789abcdef'.repeat(2)}01234567`);
    await type(el, '#field-credentials-consumerSecret', `cs_${'0123456789abcdef'.repeat(2)}01234567`);
    test();
    await settle(el);
    expect(said(), 'only the checkbox left').to.match(/Still kept: Send keys in the query string\.$/u);
    expect(inStep(el, '#test-result [lang]') === null, 'in English, nothing marked').to.equal(true);
    expect(el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent).to.contain('Send keys in the query string');
    expect(
      (await api.log()).filter((e) => e.path.endsWith('/test')),
      'nothing sent',
    ).to.deep.equal([]);
    // In Arabic the Latin label keeps its own direction (its full stop on the right side).
    el.setAttribute('lang', 'ar');
    await waitUntil(() => said().includes('ما زال محفوظًا'), 'said in Arabic', { timeout: 5000 });
    // Isolated by the element that marks it English (a <bdi lang="en">), whose isolating takes the place of the isolate controls.
    const kept = [...inStep(el, '#test-result')!.querySelectorAll('bdi[lang="en"]')].map((e) => e.textContent);
    expect(kept, 'isolated in Arabic, marked English').to.deep.equal(['Send keys in the query string']);
    expect(said(), 'its full stop outside it').to.match(/ما زال محفوظًا: Send keys in the query string\.$/u);
    // Said again in German: the label as the catalogue gives it in German, not as it was when Test was pressed.
    el.setAttribute('lang', 'de');
    await waitUntil(() => said().includes('Noch gespeichert'), 'said in German', { timeout: 5000 });
    expect(said(), 'the label in German').to.contain('Noch gespeichert: Schlüssel in der Abfrage senden.');
    expect(inStep(el, '#test-result [lang]') === null, 'its German label in the wizard language: not marked').to.equal(true);
  });

  it('without an endpoint, a pasted block naming a locked secret is never pasted as text: the token reaches no field, draft or event', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ groups: GROUPS, draftDatabase });
    const updated: Updated[] = [];
    el.addEventListener('connector-updated', (e) => updated.push(e.detail as Updated));
    el.connector = { ...(shopifyPayload() as Record<string, unknown>), id: 'c-paste', credentials: { shop: 'my-store' } } as unknown as EditableConnector;
    await settle(el);
    await el.goTo('credentials');
    await settle(el);
    const token = 'shpat_5ec2e75ec2e75ec2e75ec2e75ec2e75e';
    await pasteInto(el, '#field-credentials-shop', `SHOPIFY_STORE_DOMAIN=other-store\nSHOPIFY_ACCESS_TOKEN=${token}`);
    expect(inStep<HTMLInputElement>(el, '#field-credentials-shop')!.value, 'the value it names, not the block').to.equal('other-store');
    expect(inStep<HTMLInputElement>(el, '#field-credentials-accessToken')!.value, 'the locked secret is not filled').to.equal('');
    const notice = inStep(el, '[data-paste-notice]')!.textContent!;
    expect(notice, 'what was filled').to.contain('Filled');
    expect(notice, 'and why the secret was not').to.contain('only when this form sends to an endpoint');
    expect(el.shadowRoot!.innerHTML + JSON.stringify(await listDrafts(draftDatabase))).to.not.contain(token);
    await toReview(el);
    await el.submit();
    await settle(el);
    expect(JSON.stringify(updated)).to.not.contain(token);
    expect(updated[0]!.connector).to.deep.equal({ id: 'c-paste', credentials: { shop: 'other-store' } });
  });

  it('a change into a taken slot is refused (409) on the environment', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Live one', environment: 'live' }));
    await api.create(shopifyPayload({ name: 'Test one', environment: 'test' }));
    const test = ((await api.connectors()) as unknown as EditableConnector[]).find((c) => c.environment === 'test')!;
    const { el } = await editing(test, api.endpoint);
    // The client's rule knows the live slot is taken (from GET) once the list has loaded.
    await waitUntil(() => inStep<HTMLInputElement>(el, '#environment-live')?.disabled, 'live taken by the other connector');
  });

  it('a slot taken by another connector after the list was read, met by the retry of a save that got no answer, is never said as one an earlier try may have made', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Mine testing', environment: 'test' }));
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const { el } = await editing(stored!, api.endpoint, uniqueDatabase());
    // Someone else takes the live slot after the list was read.
    await api.create(shopifyPayload({ name: 'Theirs live', environment: 'live' }));
    await choose(el, '#environment-live');
    await toReview(el);
    await api.faults({ kind: 'drop', method: 'PATCH' });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    const text = [el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent ?? '', ...errorSummary(el)].join(' ');
    expect(currentStepId(el)).to.equal('general');
    expect(text).to.contain('A live Shopify connector already exists in UK; it was added after you started.');
    expect(text).to.not.contain('earlier try').and.not.contain('before you add another');
  });

  it('without an endpoint: connector-updated carries the changed fields, never a secret', async () => {
    const stored = { ...(shopifyPayload() as unknown as EditableConnector), id: 'local-1' };
    const { el, updated } = await editing(stored);
    await el.goTo('credentials');
    await settle(el);
    const token = inStep<HTMLInputElement>(el, '#field-credentials-accessToken')!;
    expect(token.disabled).to.equal(true);
    expect(inStep(el, '[data-field="accessToken"] [data-testid="locked"]')!.textContent).to.contain('only when this form sends to an endpoint');
    // A credential that is not secret may change here, and the change is carried.
    await type(el, '#field-credentials-shop', 'other-store');
    await el.goTo('general');
    await settle(el);
    await choose(el, '#environment-test');
    await toReview(el);
    await el.submit();
    expect(updated).to.deep.equal([{ connector: { id: 'local-1', environment: 'test', credentials: { shop: 'other-store' } } }]);
  });

  it('without ids in the host list, the edited connector does not take its own slot, and another still does', async () => {
    const stored = { ...(shopifyPayload({ name: 'Shop live' }) as unknown as EditableConnector), id: 'local-3' };
    const el = await wizardFixture({ groups: GROUPS });
    const updated: Updated[] = [];
    el.addEventListener('connector-updated', (e) => updated.push(e.detail as Updated));
    // The contract lets a host list existing connectors without their ids.
    el.existingConnectors = [
      { name: 'Shop live', system: 'shopify', group: 'uk', environment: 'live' },
      { name: 'Shop testing', system: 'shopify', group: 'uk', environment: 'test' },
    ];
    el.connector = stored;
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
    expect(inStep<HTMLInputElement>(el, '#environment-live')!.disabled, 'its own slot is free to it').to.equal(false);
    expect(inStep<HTMLInputElement>(el, '#environment-live')!.checked).to.equal(true);
    expect(inStep<HTMLInputElement>(el, '#environment-test')!.disabled, 'the other connector still holds testing').to.equal(true);
    await type(el, '#field-name', 'Shop live (renamed)');
    await pressContinue(el);
    expect(errorSummary(el)).to.deep.equal([]);
    await toReview(el);
    await el.submit();
    expect(updated).to.deep.equal([{ connector: { id: 'local-3', name: 'Shop live (renamed)' } }]);
  });

  it('an edit of a connector in group 1 (a whole number), listed by the host without an id, is not taken for another in its own slot', async () => {
    const el = await wizardFixture({
      groups: [
        { id: 1, name: 'One' },
        { id: 2, name: 'Two' },
      ] as never,
      existingConnectors: [{ name: 'Shop before', system: 'shopify', group: 1, environment: 'live' }] as never,
    });
    const updated = listenUpdated(el);
    el.connector = { ...EDITED, group: 1 } as unknown as EditableConnector;
    await settle(el);
    await type(el, '#field-name', 'Shop renamed');
    await savedAsRenameOnly(el, updated);
  });

  it('a save refused as too large (413): said on the longest answer with what to do, and that the changes are kept (an edit has changes, not answers)', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shop before' }));
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const { el, updated } = await editing(stored!, api.endpoint);
    await type(el, '#field-name', 'Shop renamed');
    await toReview(el);
    await refusedTooLarge(api, el);
    expect(updated).to.deep.equal([]);
    expect(currentStepId(el), 'taken to the longest answer').to.equal('general');
    const said = inStep(el, '#field-name-error')?.textContent ?? '';
    expect(said).to.contain('Too large').and.contain('shorten it');
    expect(said).to.contain('Your changes are kept').and.not.contain('Your answers are kept');
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('Shop renamed');
  });

  it('a save refused as too large (413) that sent only the name: said on the name, never on a longer answer the save did not send (the store subdomain left as it was)', async () => {
    const shop = 'a-much-longer-store-subdomain';
    // The host passes the store subdomain along (not secret): the edit shows it, and a save that leaves it as it was does not send it.
    const { api, el, errors } = await editedHearingErrors({ name: 'Shop before', credentials: { shop, accessToken: SHOPIFY_TOKEN } }, (stored) => ({
      ...stored,
      credentials: { shop },
    }));
    await type(el, '#field-name', 'Shop after');
    await toReview(el);
    await refusedTooLarge(api, el);
    expect(currentStepId(el), 'taken to the answer sent').to.equal('general');
    expect(inStep(el, '#field-name-error')?.textContent ?? '').to.contain('shorten it');
    expect(errors.join(' ')).to.contain('/name').and.not.contain('/credentials/shop');
    // A save that sends a new token too (longer than the name): said on the token.
    await el.goTo('credentials');
    await settle(el);
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN.replace('0123', '9876'));
    await toReview(el);
    await refusedTooLarge(api, el);
    expect(currentStepId(el)).to.equal('credentials');
    expect(errors.at(-1)).to.contain('/credentials/accessToken');
  });

  it('a save refused as too large (413) that sent neither a name nor a credential (only the environment): never said as "this one is the longest" on no answer, nor told to the host as a longest answer of nothing', async () => {
    const { api, el, errors } = await editedHearingErrors({ name: 'Shop before', environment: 'test' });
    await el.goTo('general');
    await settle(el);
    await choose(el, '#environment-live');
    await toReview(el);
    await refusedTooLarge(api, el);
    expect(errors.join(' '), 'the host is told no empty pointer').to.not.contain('longest answer: )');
    expect(el.shadowRoot!.textContent ?? '', 'no "this one is the longest" where no answer is shown').to.not.contain('is the longest');
    expect(el.shadowRoot!.textContent ?? '', 'said as a refusal the person cannot mend').to.contain('The server refused to save the changes (Too large)');
  });

  it('a save refused as too large (413) that sent only a custom date pattern: said on the date format, the typed answer it sent, never as a refusal on nothing', async () => {
    const { api, el, errors } = await editedHearingErrors({ name: 'Shop before', dateFormat: 'dd.MM.yyyy' });
    await el.goTo('timezone');
    await settle(el);
    await type(el, '#custom-date-format', 'dd.MM.yy');
    await toReview(el);
    await refusedTooLarge(api, el);
    expect(currentStepId(el), 'taken to the answer sent').to.equal('timezone');
    expect(inStep(el, '#field-dateFormat-error')?.textContent ?? '', 'said on the date pattern').to.contain('shorten it');
    expect(errors.at(-1)).to.contain('(its longest answer: /dateFormat)');
    expect(inStep<HTMLInputElement>(el, '#custom-date-format')?.value, 'the pattern typed is kept').to.equal('dd.MM.yy');
  });

  it('a save refused as too large (413) that sent a date format from the list (the host gave none, so the wizard sent its default) and the environment: never said on the date format, which cannot be shortened, but plainly', async () => {
    const { api, el, errors } = await editedHearingErrors({ name: 'Shop before', environment: 'test' }, withoutDateFormat);
    await choose(el, '#environment-live');
    await toReview(el);
    await refusedTooLarge(api, el);
    expect(errors.join(' '), 'the host is told no longest answer').to.not.contain('/dateFormat');
    expect(el.shadowRoot!.textContent ?? '', 'no "this one is the longest" on a choice from a list').to.not.contain('is the longest');
    expect(el.shadowRoot!.textContent ?? '', 'said as a refusal the person cannot mend').to.contain('The server refused to save the changes (Too large)');
  });

  it('a save refused as too large (413) that sent a new name and a date format from the list: said on the name, the answer the person can shorten', async () => {
    const { api, el, errors } = await editedHearingErrors({ name: 'Shop before' }, withoutDateFormat);
    await type(el, '#field-name', 'Shop x');
    await toReview(el);
    await refusedTooLarge(api, el);
    expect(currentStepId(el), 'taken to the name').to.equal('general');
    expect(inStep(el, '#field-name-error')?.textContent ?? '').to.contain('shorten it');
    expect(errors.at(-1)).to.contain('(its longest answer: /name)');
  });

  it('after a saved edit, "Add another connector" starts a new connector, not the same edit again', async () => {
    const stored = { ...(shopifyPayload({ name: 'Shop live' }) as unknown as EditableConnector), id: 'local-2' };
    const { el, updated } = await editing(stored);
    await choose(el, '#environment-test');
    await toReview(el);
    await el.submit();
    await settle(el);
    expect(updated).to.have.length(1);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.success button')!.click();
    await settle(el);
    expect(currentStepId(el), 'the System step, as for any new connector').to.equal('system');
    expect(el.steps).to.include('system');
    await choose(el, '#system-shopify');
    await pressContinue(el);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value, 'nothing of the edit is kept').to.equal('');
  });

  it('after a saved edit, the host passing the saved connector again (its list fetched again) keeps the success panel; Add another moves on', async () => {
    const stored = { ...(shopifyPayload({ name: 'Shop live' }) as unknown as EditableConnector), id: 'local-2b' };
    const { el, updated } = await editing(stored);
    // A framework host: `connector` stays bound to its list entry, and the list is refreshed on connector-updated.
    el.addEventListener('connector-updated', (e) => {
      el.connector = { ...stored, ...e.detail.connector } as EditableConnector;
    });
    await type(el, '#field-name', 'Shop live (renamed)');
    await toReview(el);
    await el.submit();
    await settle(el);
    expect(updated).to.have.length(1);
    expect(el.currentStep).to.equal('done');
    expect(el.shadowRoot!.querySelector('.success')!.textContent).to.contain('has been updated');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.success button')!.click();
    await settle(el);
    expect(currentStepId(el), 'a new connector, not the saved one opened again').to.equal('system');
  });

  it('a name left as it was is no change, even one holding a zero-width character at its end', async () => {
    const { el, updated } = await editing({ ...(shopifyPayload({ name: 'Woo\u200b' }) as unknown as EditableConnector), id: 'w-1' });
    await choose(el, '#environment-test');
    await toReview(el);
    expect(await el.submit()).to.equal(true);
    expect(updated[0]!.connector).to.deep.equal({ id: 'w-1', environment: 'test' });
  });

  it('emit mode: after an edit moved the connector from live to testing, Add another connector offers live and blocks testing', async () => {
    const stored = { ...(shopifyPayload({ name: 'Shop live' }) as unknown as EditableConnector), id: 'local-move' };
    const el = await wizardFixture({ groups: GROUPS, existingConnectors: [{ id: 'local-move', name: 'Shop live', system: 'shopify', group: 'uk', environment: 'live' }] });
    el.connector = stored;
    await settle(el);
    expect(await slotsAfterMovingToTesting(el)).to.deep.equal({ live: false, test: true });
  });

  it('endpoint mode: after an edit moved the connector from live to testing, Add another connector offers live and blocks testing', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shop live' }));
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint });
    el.connector = stored!;
    await settle(el);
    await waitUntil(async () => (await api.log()).some((e) => e.method === 'GET'), 'listed', { timeout: 5000 });
    expect(await slotsAfterMovingToTesting(el)).to.deep.equal({ live: false, test: true });
  });

  it('a draft of an edit brought back later keeps only what the person changed, over the connector as it is now', async () => {
    // Visit 1: the date format changed, then the person leaves (the draft keeps it); meanwhile someone renames it elsewhere.
    const { api, now, draftDatabase } = await draftThenRenamedElsewhere((first) => choose(first, '#date-format-dmy'));
    // Visit 2: the host opens the edit with the connector as it is now.
    const { el, updated } = await editing(now, api.endpoint, draftDatabase);
    expect(currentStepId(el), 'the draft s step').to.equal('timezone');
    await el.goTo('general');
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value, 'the rename made elsewhere').to.equal('Renamed elsewhere');
    await toReview(el);
    expect(await el.submit()).to.equal(true);
    expect(updated).to.have.length(1);
    // Saved: the date format changed here, and the name as it was changed elsewhere (never undone).
    const [after] = (await api.connectors()) as unknown as EditableConnector[];
    expect({ name: after!.name, dateFormat: after!.dateFormat }).to.deep.equal({ name: 'Renamed elsewhere', dateFormat: 'dd/MM/yyyy' });
  });

  it('a draft of an edit with nothing changed, brought back after a rename elsewhere, has nothing to save', async () => {
    const { api, now, draftDatabase } = await draftThenRenamedElsewhere(async () => undefined);
    const { el, updated } = await editing(now, api.endpoint, draftDatabase);
    await toReview(el);
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="submit-error"]')?.textContent).to.contain('Nothing has changed');
    const patches = (await api.log()).filter((e) => e.method === 'PATCH');
    expect({ patches: patches.length, updated: updated.length }, 'only the rename elsewhere').to.deep.equal({ patches: 1, updated: 0 });
  });

  it('a host list fetched again after Add another connector does not open the saved connector over the new one', async () => {
    const stored = { ...(shopifyPayload({ name: 'Shop live' }) as unknown as EditableConnector), id: 'local-slow' };
    const el = await wizardFixture({ groups: GROUPS });
    el.connector = stored;
    await settle(el);
    // A framework host refreshing its list on connector-updated, answered after a moment.
    let refreshed: EditableConnector | undefined;
    el.addEventListener('connector-updated', (e) => {
      refreshed = { ...stored, ...e.detail.connector } as EditableConnector;
    });
    await type(el, '#field-name', 'Shop live (renamed)');
    await toReview(el);
    expect(await el.submit()).to.equal(true);
    await settle(el);
    // The person moves on before the list arrives.
    el.shadowRoot!.querySelector<HTMLButtonElement>('.success button')!.click();
    await settle(el);
    await choose(el, '#system-shopify');
    await pressContinue(el);
    await type(el, '#field-name', 'My next connector');
    // The host list arrives: the same saved connector, as a new object.
    el.connector = refreshed!;
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-name')?.value, 'the new connector stays on screen').to.equal('My next connector');
  });

  it('the list fetched again twice (panel, then after Add another) does not open the saved connector again', async () => {
    const stored = { ...(shopifyPayload({ name: 'Shop live' }) as unknown as EditableConnector), id: 'local-twice' };
    const el = await wizardFixture({ groups: GROUPS });
    el.connector = stored;
    await settle(el);
    el.addEventListener('connector-updated', (e) => {
      el.connector = { ...stored, ...e.detail.connector } as EditableConnector;
    });
    await type(el, '#field-name', 'Shop live (renamed)');
    await toReview(el);
    expect(await el.submit()).to.equal(true);
    await settle(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.success button')!.click();
    await settle(el);
    expect(currentStepId(el)).to.equal('system');
    // A re-render with the list fetched once more (say, on a timer): a new object, same id.
    el.connector = { ...el.connector! } as EditableConnector;
    await settle(el);
    expect(currentStepId(el), 'still the new connector').to.equal('system');
  });

  it('emit mode with whole-number ids in existingConnectors: after moving live to testing, live is offered again', async () => {
    const stored = { ...(shopifyPayload({ name: 'Shop live' }) as unknown as EditableConnector), id: 42 } as unknown as EditableConnector;
    const el = await wizardFixture({
      groups: GROUPS,
      existingConnectors: [{ id: 42, name: 'Shop live', system: 'shopify', group: 'uk', environment: 'live' }] as never,
    });
    el.connector = stored;
    await settle(el);
    expect(await slotsAfterMovingToTesting(el)).to.deep.equal({ live: false, test: true });
  });

  it('a connector the host gives with timeZone null: the draft of its edit, once a zone is chosen, can be read back', async () => {
    const { openDB } = await import('idb');
    const draftDatabase = uniqueDatabase();
    const stored = { ...(shopifyPayload({ name: 'Shop live' }) as unknown as EditableConnector), id: 'local-null-tz', timeZone: null } as unknown as EditableConnector;
    const el = await wizardFixture({ groups: GROUPS, draftDatabase });
    el.connector = stored;
    await settle(el);
    await el.goTo('timezone');
    await settle(el);
    const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
    input.focus();
    input.value = 'kolk';
    input.dispatchEvent(new Event('input'));
    await settle(el);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await settle(el);
    await el.goTo('general');
    await settle(el);
    await type(el, '#field-name', 'Shop live, renamed here');
    expect(await el.saveDraft()).to.equal(true);
    const db = await openDB(draftDatabase);
    const raw = (await db.getAll('drafts')) as { id: string; data: Record<string, unknown> }[];
    db.close();
    const record = raw.find((r) => r.data.editing === 'local-null-tz')!;
    expect(record.data.timeZone, 'the person s answer is a zone').to.be.a('string');
    expect('timeZone' in (record.data.editBase as object), 'no null kept as an answer').to.equal(false);
    const read = await new DraftStore(draftDatabase).get(record.id);
    expect({ malformed: read.malformed ?? false, name: read.record?.data.name }).to.deep.equal({ malformed: false, name: 'Shop live, renamed here' });
  });

  it('another connector set while an edit is being saved opens once the answer has come: the first is saved, the second is not taken over', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shop A' }));
    await api.create(shopifyPayload({ name: 'Shop B', environment: 'test' }));
    const [a, b] = (await api.connectors()) as unknown as EditableConnector[];
    const { el, updated } = await editing(a!, api.endpoint);
    await type(el, '#field-name', 'Shop A renamed');
    await toReview(el);
    await api.faults({ kind: 'slow', held: true, method: 'PATCH' });
    const saving = el.submit();
    try {
      await waitUntil(() => el.sending, 'sending', { timeout: 5000 });
      el.connector = b!;
    } finally {
      await api.release();
    }
    expect(await saving).to.equal(true);
    await settle(el);
    expect(updated.map((u) => u.connector.name)).to.deep.equal(['Shop A renamed']);
    expect({ step: currentStepId(el), name: inStep<HTMLInputElement>(el, '#field-name')?.value }).to.deep.equal({ step: 'general', name: 'Shop B' });
  });

  it('discarding an edit goes back to the connector as it was, still editing it', async () => {
    const stored = { ...(shopifyPayload({ name: 'Shop live' }) as unknown as EditableConnector), id: 'local-3' };
    const { el, updated } = await editing(stored);
    await type(el, '#field-name', 'Renamed, then thought better of it');
    await el.reset();
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('Shop live');
    await choose(el, '#environment-test');
    await toReview(el);
    expect(el.shadowRoot!.querySelector('[part~="create"]')!.textContent!.trim()).to.equal('Save changes');
    await el.submit();
    await settle(el);
    expect(updated, 'the discarded rename is not sent').to.deep.equal([{ connector: { id: 'local-3', environment: 'test' } }]);
  });

  it('a host that clears `connector` on connector-updated still shows the success panel, then a new connector', async () => {
    const stored = { ...(shopifyPayload() as unknown as EditableConnector), id: 'local-5' };
    const { el } = await editing(stored);
    el.addEventListener('connector-updated', () => (el.connector = undefined));
    await choose(el, '#environment-test');
    await toReview(el);
    await el.submit();
    await settle(el);
    expect(el.shadowRoot!.querySelector('.success')?.textContent, 'the success panel').to.contain('has been updated');
    expect(deepActiveElement()?.tagName, 'focus on its heading').to.equal('H2');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.success button')!.click();
    await settle(el);
    expect(currentStepId(el)).to.equal('system');
    el.connector = stored;
    await settle(el);
    expect(currentStepId(el), 'the same connector set again opens it').to.equal('general');
  });

  it("a draft-id with no draft, or a discard once the connector's system is gone, while editing", async () => {
    const stored = { ...(shopifyPayload({ name: 'Shop live' }) as unknown as EditableConnector), id: 'local-6' };
    const { el } = await editing(stored);
    await type(el, '#field-name', 'Renamed');
    el.draftId = 'another-draft';
    // The switch saves the pending rename first, with nothing on screen to wait for: wait for the outcome.
    await waitUntil(() => inStep<HTMLInputElement>(el, '#field-name')?.value === 'Shop live', 'the edit starts again');
    await settle(el);
    expect(el.steps).to.not.include('system');
    el.catalogue = { version: 1, systems: (await sampleCatalogue()).systems.filter((s) => s.id !== 'shopify') };
    await settle(el);
    await el.reset();
    await settle(el);
    expect(currentStepId(el), 'a new connector, since the edit cannot be opened again').to.equal('system');
  });

  it('an edit keeps a draft of its own: opening one never writes over a new connector typed just before, which comes back after', async () => {
    const draftDatabase = uniqueDatabase();
    const stored = (id: string) => new DraftStore(draftDatabase).get(id).then(({ record }) => record?.data);
    const el = await wizardFixture({ draftDatabase, groups: GROUPS });
    await choose(el, '#system-xero');
    await pressContinue(el);
    const input = inStep<HTMLInputElement>(el, '#field-name')!;
    input.value = 'New Xero, half done';
    input.dispatchEvent(new Event('input')); // not saved yet when the edit opens
    el.connector = { ...(shopifyPayload({ name: 'Shop live' }) as unknown as EditableConnector), id: 'c-7' };
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('Shop live');
    await type(el, '#field-name', 'Shop live, renamed');
    await waitUntil(async () => (await listDrafts(draftDatabase)).some((d) => d.name === 'Shop live, renamed'), 'the edit saved', { timeout: 5000 });
    expect(await stored('default'), 'the new connector, saved where it was').to.deep.include({ system: 'xero', name: 'New Xero, half done' });
    expect((await stored('default:edit:c-7'))?.name, 'the edit, under its own key').to.equal('Shop live, renamed');
    // The edit is left (the host clears `connector`): the new connector comes back.
    el.connector = undefined;
    await waitUntil(() => inStep<HTMLInputElement>(el, '#field-name')?.value === 'New Xero, half done', 'the new connector back');
    expect((await stored('default:edit:c-7'))?.name).to.equal('Shop live, renamed');
  });

  it('a connector whose system is not in the catalogue has no draft of its own: it is said, and once the host clears it a new connector is saved as one', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ draftDatabase, groups: GROUPS });
    el.connector = { ...(shopifyPayload({ name: 'Gone' }) as unknown as EditableConnector), id: 'c-8', system: 'retired-system' };
    await settle(el);
    expect(currentStepId(el) === null, 'no new connector offered').to.equal(true);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('retired-system');
    el.connector = null;
    await settle(el);
    expect(currentStepId(el)).to.equal('system');
    await choose(el, '#system-xero');
    await pressContinue(el);
    await type(el, '#field-name', 'A new Xero');
    await waitUntil(async () => (await listDrafts(draftDatabase)).some((d) => d.name === 'A new Xero'), 'saved', { timeout: 5000 });
    expect((await listDrafts(draftDatabase)).map(({ id, name }) => ({ id, name }))).to.deep.equal([{ id: 'default:', name: 'A new Xero' }]);
  });

  it('the connector being edited, passed again as a new object (a re-render, a list fetched again), keeps the changes typed', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shop live' }));
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint });
    el.connector = stored!;
    await settle(el);
    await type(el, '#field-name', 'Shop live (renamed)');
    await el.next();
    await settle(el);
    expect(currentStepId(el)).to.equal('timezone');
    el.connector = { ...stored! };
    await settle(el);
    expect(currentStepId(el), 'still where the person was').to.equal('timezone');
    await el.goTo('general');
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('Shop live (renamed)');
    // Saved against the connector as passed last: the rename goes out.
    await toReview(el);
    await el.submit();
    await settle(el);
    expect(
      ((await api.connectors()) as { name: string }[]).map((c) => c.name),
      'the rename saved',
    ).to.deep.equal(['Shop live (renamed)']);
    // Another connector passed is opened afresh.
    await api.create(shopifyPayload({ name: 'Shop two', environment: 'test' }));
    const other = ((await api.connectors()) as unknown as EditableConnector[]).find((c) => c.name === 'Shop two')!;
    el.connector = other;
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('Shop two');
  });

  it('without an endpoint, another way to sign in that requires a secret is not offered, and says why; with one it is', async () => {
    const connector = { ...shopifyPayload({ name: 'Shop', credentials: { shop: 'my-store' } }), id: 'c1' };
    const { el } = await editing(connector as EditableConnector);
    await el.goTo('auth');
    await settle(el);
    const other = inStep<HTMLInputElement>(el, '#auth-client-credentials')!;
    expect(other.disabled, 'a secret it needs could never be typed').to.equal(true);
    expect(inStep(el, '#auth-client-credentials--hint')!.textContent).to.contain('only when this form sends to an endpoint');
    expect(inStep<HTMLInputElement>(el, '#auth-access-token')!.disabled, 'its own stays').to.equal(false);
    const api = freshApi();
    const withEndpoint = await editing(connector as EditableConnector, api.endpoint);
    await withEndpoint.el.goTo('auth');
    await settle(withEndpoint.el);
    expect(inStep<HTMLInputElement>(withEndpoint.el, '#auth-client-credentials')!.disabled).to.equal(false);
  });

  it('the connector passed again with changes made elsewhere: untouched answers follow them, and Save changes never undoes them', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shop live' }));
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    /** Another user renames it on the server; the host fetches its list again. */
    const renamedElsewhere = async (name: string) => {
      const r = await fetch(`${api.endpoint}/${encodeURIComponent(String(stored!.id))}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify({ name }),
      });
      expect(r.status, 'renamed on the server').to.equal(200);
      return ((await api.connectors()) as unknown as EditableConnector[])[0]!;
    };
    const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint });
    el.connector = stored!;
    await settle(el);
    // The person changes the store subdomain only.
    await el.goTo('credentials');
    await settle(el);
    await type(el, '#field-credentials-shop', 'my-other-store');
    el.connector = await renamedElsewhere('Renamed elsewhere');
    await settle(el);
    expect(currentStepId(el), 'still where the person was').to.equal('credentials');
    expect(inStep<HTMLInputElement>(el, '#field-credentials-shop')!.value, 'the change typed here stays').to.equal('my-other-store');
    await el.goTo('general');
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value, 'the name as passed last').to.equal('Renamed elsewhere');
    await toReview(el);
    await el.submit();
    await settle(el);
    const [after] = (await api.connectors()) as { name: string; credentials?: Record<string, unknown> }[];
    expect(after!.name, 'the rename made elsewhere survives').to.equal('Renamed elsewhere');
  });

  it('the connector passed again: a custom date pattern typed here stays when the new object has a preset format', async () => {
    const stored = { ...(shopifyPayload({ name: 'Shop live', dateFormat: 'dd.MM.yyyy' }) as unknown as EditableConnector), id: 'local-df' };
    const { el, updated } = await editing(stored);
    await el.goTo('timezone');
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#date-format-custom')!.checked, 'opens on its custom pattern').to.equal(true);
    await type(el, '#custom-date-format', 'dd.MM.yy');
    // Someone else changed the date format to ISO; the host passes the connector again.
    el.connector = { ...stored, dateFormat: "yyyy-MM-dd'T'HH:mm:ssXXX" };
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#date-format-custom')!.checked, 'the date format the person changed stays custom').to.equal(true);
    expect(inStep<HTMLInputElement>(el, '#custom-date-format')?.value, 'the pattern typed here stays').to.equal('dd.MM.yy');
    await toReview(el);
    await el.submit();
    await settle(el);
    expect(updated.map((u) => u.connector.dateFormat)).to.deep.equal(['dd.MM.yy']);
  });

  it('the connector passed again: a custom date pattern that only gained a character nobody sees follows the new object, as it is no change', async () => {
    const stored = { ...(shopifyPayload({ name: 'Shop live', dateFormat: 'dd.MM.yyyy' }) as unknown as EditableConnector), id: 'local-df-invisible' };
    const { el, updated } = await editing(stored);
    await el.goTo('timezone');
    await settle(el);
    await type(el, '#custom-date-format', 'dd.MM.yyyy\u200b');
    // Someone else changed the date format to ISO; the host passes the connector again.
    el.connector = { ...stored, dateFormat: "yyyy-MM-dd'T'HH:mm:ssXXX" };
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#date-format-custom')!.checked, 'the format left as it was follows the change made elsewhere').to.equal(false);
    await el.goTo('general');
    await settle(el);
    await type(el, '#field-name', 'Shop renamed');
    await toReview(el);
    await el.submit();
    await settle(el);
    expect(
      updated.map((u) => u.connector.dateFormat),
      'Save never puts the old pattern back',
    ).to.deep.equal([undefined]);
  });

  it('the connector passed again with another auth type: what was typed under the one on screen stays, and is sent', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shop live' }));
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const patches: string[] = [];
    const realFetch = window.fetch;
    // Watched, not answered: the request goes to the reference API.
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method === 'PATCH') patches.push(String(init.body));
      return realFetch(input, init);
    };
    try {
      const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint, testEndpoint: api.testEndpoint });
      el.connector = stored!;
      await settle(el);
      await el.goTo('credentials');
      await settle(el);
      await type(el, '#field-credentials-shop', 'my-store');
      await type(el, '#field-credentials-accessToken', 'shpat_ffffffffffffffffffffffffffffffff');
      inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
      await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'ok', 'tested ok', { timeout: 5000 });
      // Renamed elsewhere: the test of the answers before goes.
      el.connector = { ...stored!, name: 'Renamed elsewhere' };
      await settle(el);
      expect(inStep(el, '#test-result')?.getAttribute('data-test-state') ?? null, 'no pass left for answers it never tested').to.not.equal('ok');
      // Moved to client credentials elsewhere: the token typed under Access token stays with it.
      el.connector = { ...stored!, name: 'Renamed elsewhere', authType: 'client-credentials' };
      await settle(el);
      expect(inStep<HTMLInputElement>(el, '#field-credentials-accessToken')?.value, 'still on screen').to.equal('shpat_ffffffffffffffffffffffffffffffff');
      await toReview(el);
      await el.submit();
      await settle(el);
      expect(patches.length, 'one PATCH').to.equal(1);
      expect(patches[0], 'the token typed here is sent').to.contain('shpat_ffffffffffffffffffffffffffffffff');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a connector whose system the catalogue does not offer: the host hears its system cut between whole characters, never through an emoji', async () => {
    const errors: string[] = [];
    const listen = (e: Event) => errors.push((e as WizardErrorEvent).detail.message);
    document.addEventListener('connector-wizard-error', listen);
    try {
      for (const [system, quoted] of [
        [`${'a'.repeat(59)}\u{1F600}`, `"${'a'.repeat(59)}\u{1F600}"`],
        ['b'.repeat(80), `"${'b'.repeat(57)}…"`],
      ]) {
        errors.length = 0;
        const { credentials: _none, ...row } = { ...shopifyPayload({ name: 'Shop live' }), id: 'c1', system };
        const { el } = await editing(row as unknown as EditableConnector);
        await waitUntil(() => errors.length, 'told');
        expect(errors[0], 'no half a surrogate pair').to.not.match(/\p{Cs}/u);
        expect(errors[0]).to.contain('The connector to edit names a system the catalogue does not offer').and.contain(quoted);
        el.remove();
      }
    } finally {
      document.removeEventListener('connector-wizard-error', listen);
    }
  });

  it('a connector without an id a request can name it by is not opened: the host is told, and no change goes to another address', async () => {
    const api = freshApi();
    const errors: string[] = [];
    const listen = (e: Event) => errors.push(`${(e as WizardErrorEvent).detail.kind}: ${(e as WizardErrorEvent).detail.message}`);
    document.addEventListener('connector-wizard-error', listen);
    try {
      // A BigInt, as json-bigint and some Int64 clients give ids, is no whole number a URL can carry as it is meant.
      for (const id of ['.', '..', '', undefined, BigInt('123456789012345678901')]) {
        errors.length = 0;
        const { credentials: _none, ...row } = { ...shopifyPayload({ name: 'Shop live' }), id };
        const { el } = await editing(row as unknown as EditableConnector, api.endpoint);
        await settle(el);
        expect(currentStepId(el), `id ${String(id)}: not opened, not a new connector either`).to.equal(null);
        expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent, `id ${String(id)}: said`).to.contain('This connector cannot be opened: it has no usable id.');
        expect(errors, `id ${String(id)}: the host is told`).to.have.length(1);
        expect(errors[0]).to.contain('config: The connector to edit has no id a request can name it by');
        el.remove();
      }
    } finally {
      document.removeEventListener('connector-wizard-error', listen);
    }
    expect(
      (await api.log()).filter((e) => e.method === 'PATCH'),
      'nothing sent',
    ).to.deep.equal([]);
  });

  it('a connector whose id is a number, as a GET gives it: its own slot never blocks it, and its id goes out as text', async () => {
    const api = freshApi();
    const { credentials: _none, ...row } = { ...shopifyPayload({ name: 'Shop live' }), id: 42 };
    await api.faults({ kind: 'status', method: 'GET', status: 200, json: [row] });
    performance.clearResourceTimings(); // The browser lists a request once its whole answer is read: room for this one.
    const { el } = await editing(row as unknown as EditableConnector, api.endpoint);
    await waitUntil(() => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname === api.endpoint), 'the list came', { timeout: 5000 });
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
    expect(inStep<HTMLInputElement>(el, '#environment-live')!.disabled, 'its own slot, listed by the endpoint').to.equal(false);
    // Without an endpoint: the host's list names it by number too, and connector-updated gives its id as text.
    const emit = await editing(row as unknown as EditableConnector);
    emit.el.existingConnectors = [{ id: 42, name: 'Shop live', system: 'shopify', group: 'uk', environment: 'live' } as never];
    await settle(emit.el);
    expect(inStep<HTMLInputElement>(emit.el, '#environment-live')!.disabled, 'its own slot, listed by the host').to.equal(false);
    await type(emit.el, '#field-name', 'Shop renamed');
    await toReview(emit.el);
    await emit.el.submit();
    await settle(emit.el);
    expect(emit.updated.map((u) => u.connector.id)).to.deep.equal(['42']);
  });

  it('saving an edit while a connection test runs stops the test: its answer never lands on the saved panel', async () => {
    const { api, el } = await editingAtCredentials();
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', 'shpat_ffffffffffffffffffffffffffffffff');
    await api.faults({ kind: 'slow', method: 'POST', held: true });
    inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
    try {
      await waitUntil(() => inStep(el, '#test-result')?.dataset.testState === 'testing', 'testing', { timeout: 5000 });
      await el.submit();
      await settle(el);
      expect(Boolean(el.shadowRoot!.querySelector('.success')), 'saved').to.equal(true);
    } finally {
      // The test's answer goes out only now: had it been taken, it would be said by the next render.
      await api.releaseAnswered();
    }
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent).to.not.contain('accepted these credentials');
  });

  it('Save changes with nothing to save stops no connection test: its answer, about the answers still on screen, lands on the open edit', async () => {
    const api = freshApi();
    // A way to sign in with no secret: the values the host passed are all a test needs, so one runs with nothing changed.
    const catalogue = await sampleCatalogue();
    const token = catalogue.systems
      .find((system) => system.id === 'shopify')!
      .authTypes.find((a) => a.id === 'access-token')!
      .fields.find((f) => f.key === 'accessToken')!;
    Object.assign(token, { type: 'text', secret: false });
    const el = await wizardFixture({ noDrafts: true, groups: GROUPS, catalogue, endpoint: api.endpoint, testEndpoint: api.testEndpoint });
    el.connector = { ...WOO, system: 'shopify', authType: 'access-token', credentials: { shop: 'my-store', accessToken: SHOPIFY_TOKEN } } as EditableConnector;
    await settle(el);
    await el.goTo('credentials');
    await settle(el);
    await api.faults({ kind: 'status', method: 'POST', status: 200, json: { ok: true }, held: true });
    inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
    try {
      await waitUntil(() => inStep(el, '#test-result')?.dataset.testState === 'testing', 'testing', { timeout: 5000 });
      await toReview(el);
      expect(await el.submit(), 'nothing to save').to.equal(false);
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part~="submit-error"]')?.textContent ?? '').to.contain('Nothing has changed');
    } finally {
      await api.release();
    }
    const polite = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    await waitUntil(() => polite.textContent!.includes('accepted these credentials'), `said: ${polite.textContent}`, { timeout: 5000 });
    expect({ step: currentStepId(el), patches: (await api.log()).filter((e) => e.method === 'PATCH').length }).to.deep.equal({ step: 'review', patches: 0 });
    await el.goTo('credentials');
    await settle(el);
    expect(inStep(el, '#test-result')?.dataset.testState ?? '', 'it stands for the answers on screen').to.equal('ok');
  });

  it('an edit answered 204 No Content is said to be saved, never to have failed', async () => {
    const api = freshApi();
    await api.create(shopifyPayload());
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const { el } = await editing(stored!, api.endpoint);
    await type(el, '#field-name', 'Renamed');
    await toReview(el);
    await api.faults({ kind: 'status', method: 'PATCH', status: 204 });
    await el.submit();
    await settle(el);
    const said = el.shadowRoot!.querySelector('[part="success"]')?.textContent ?? '';
    expect(said).to.contain('Connector updated').and.to.contain('says the changes were saved');
    expect(said).to.not.contain('try again');
  });

  it('without an endpoint, a paste that names only locked secrets says why nothing was filled, never the earlier fill again as if new', async () => {
    const el = await wizardFixture({ groups: GROUPS, draftDatabase: uniqueDatabase() });
    el.connector = {
      ...(shopifyPayload({ system: 'woocommerce', authType: 'rest-api-keys' }) as Record<string, unknown>),
      id: 'c-woo',
      credentials: { storeUrl: 'https://shop.example.com', queryStringAuth: false },
    } as unknown as EditableConnector;
    await settle(el);
    await el.goTo('credentials');
    await settle(el);
    const [ck, cs] = [`ck_${'a'.repeat(40)}`, `cs_${'b'.repeat(40)}`];
    await pasteInto(el, '#field-credentials-storeUrl', `WOOCOMMERCE_URL=https://other.example.com\nWOOCOMMERCE_CONSUMER_KEY=${ck}`);
    const notice = inStep(el, '[data-paste-notice]')!;
    expect(notice.textContent).to.contain('Filled');
    const added: string[] = [];
    new MutationObserver((rs) => rs.forEach((r) => r.addedNodes.forEach((n) => added.push(n.textContent ?? '')))).observe(notice, { subtree: true, childList: true });
    await pasteInto(el, '#field-credentials-storeUrl', `WOOCOMMERCE_CONSUMER_KEY=${ck}\nWOOCOMMERCE_CONSUMER_SECRET=${cs}`);
    expect(
      added.filter((t) => t.includes('Filled')),
      'the earlier fill said again',
    ).to.deep.equal([]);
    expect(added.join(' '), 'why nothing was filled, said').to.contain('only when this form sends to an endpoint');
    expect(inStep<HTMLInputElement>(el, '#field-credentials-consumerKey')!.value, 'the locked secret is left').to.equal('');
    // Another paste said again; a key typed takes the note away.
    const before = added.length;
    await pasteInto(el, '#field-credentials-storeUrl', `WOOCOMMERCE_CONSUMER_KEY=${ck}\nWOOCOMMERCE_CONSUMER_SECRET=${cs}`);
    expect(added.slice(before).join(' ')).to.contain('only when this form sends to an endpoint');
    await type(el, '#field-credentials-storeUrl', 'https://typed.example.com');
    expect(notice.textContent).to.not.contain('only when this form sends to an endpoint');
  });

  it('clearing `connector` ends the edit: a new connector starts on System', async () => {
    const stored = { ...(shopifyPayload() as unknown as EditableConnector), id: 'local-4' };
    const { el } = await editing(stored);
    expect(currentStepId(el)).to.equal('general');
    const refused = await el.goTo('system').then(
      () => '',
      (error: Error) => error.message,
    );
    expect(refused).to.contain('step "system" is skipped while a connector is edited');
    el.connector = undefined;
    await settle(el);
    expect(currentStepId(el)).to.equal('system');
    expect(el.steps).to.include('system');
    // null, as many hosts clear a value, ends an edit too.
    el.connector = stored;
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
    el.connector = null;
    await settle(el);
    expect(currentStepId(el)).to.equal('system');
  });
});

describe('editing a connector whose zone has an old name', () => {
  it('shows the zone under its current name, chosen in the list, and sends no change for it', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ timeZone: 'Asia/Calcutta' }));
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    expect(stored!.timeZone).to.equal('Asia/Calcutta');
    const { el, updated } = await editing(stored!, api.endpoint);
    await el.goTo('timezone');
    await settle(el);
    const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
    expect(input.value).to.equal('Asia/Kolkata');
    expect(inStep(el, '[data-testid="tz-selected"]')!.textContent).to.contain('Asia/Kolkata');
    input.click();
    await settle(el);
    const chosen = inStep(el, '[role="option"].chosen');
    expect(chosen?.textContent ?? 'none chosen').to.contain('Asia/Kolkata');
    expect(inStep(el, '[role="option"][aria-selected="true"]')?.textContent ?? 'none selected').to.contain('Asia/Kolkata');
    input.blur();
    await settle(el);
    await el.goTo('general');
    await settle(el);
    await type(el, '#field-name', 'Shop renamed');
    await toReview(el);
    const review = inStep(el, '[data-key="timeZone"]');
    expect(review!.textContent).to.contain('Asia/Kolkata').and.not.contain('Calcutta');
    await el.submit();
    await settle(el);
    expect(updated).to.have.length(1);
    const after = (await api.connectors())[0]!;
    expect(after.name).to.equal('Shop renamed');
    // The zone was not touched: the server still holds what it was given.
    expect(after.timeZone).to.equal('Asia/Calcutta');
  });

  it('the zone already chosen picked again in the list is no change: Review says no was, and Save has nothing to send', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ timeZone: 'Asia/Calcutta' }));
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const { el, updated } = await editing(stored!, api.endpoint);
    await chosenZonePickedAgain(el);
    await el.goTo('review');
    await settle(el);
    const row = inStep(el, '[data-key="timeZone"] .value')!.textContent!.replace(/\s+/gu, ' ').trim();
    const saved = await el.submit();
    await settle(el);
    expect({ row, saved, updated, said: el.shadowRoot!.querySelector('[part~="submit-error"]')?.textContent?.trim() }).to.deep.equal({
      row: 'Asia/Kolkata (GMT+05:30)',
      saved: false,
      updated: [],
      said: 'Nothing has changed, so there is nothing to save.',
    });
  });
});

describe('editing a connector with answers the form could not offer', () => {
  const stored = (overrides: Partial<EditableConnector>) =>
    ({ ...(shopifyPayload({ credentials: { shop: 'my-store' } }) as unknown as EditableConnector), id: 'c9', ...overrides }) as EditableConnector;

  for (const [what, overrides, sent] of [
    ['a date pattern outside the form s subset (ZZZZZ)', { dateFormat: "yyyy-MM-dd'T'HH:mm:ss.SSSZZZZZ" }, 'dateFormat'],
    ['a zone Intl knows that the list does not offer (Etc/GMT-10)', { timeZone: 'Etc/GMT-10' }, 'timeZone'],
  ] as const) {
    it(`keeps ${what} left as it was: a rename alone is saved, the answer not sent`, async () => {
      const { el, updated } = await editing(stored(overrides));
      await type(el, '#field-name', 'Shop renamed');
      await toReview(el);
      expect(await el.submit(), `${currentStepId(el)}: ${errorSummary(el).join(' | ')}`).to.equal(true);
      expect(updated[0]!.connector).to.deep.equal({ id: 'c9', name: 'Shop renamed' });
      expect(Object.keys(updated[0]!.connector)).to.not.include(sent);
    });
  }

  it('a stored old zone id without a slash (EST) is shown as stored on Review, not as the zone Chromium maps it to, and kept', async () => {
    const { el, updated } = await editing(stored({ timeZone: 'EST' }));
    await type(el, '#field-name', 'Shop renamed');
    await toReview(el);
    expect(inStep(el, '[data-key="timeZone"] .value bdi')!.textContent).to.equal('EST');
    expect(await el.submit(), errorSummary(el).join(' | ')).to.equal(true);
    expect(updated[0]!.connector).to.deep.equal({ id: 'c9', name: 'Shop renamed' });
  });

  it('a zone saved in another case (europe/london) picked again in the list is no change: Review says no was, and it is not sent', async () => {
    const { el, updated } = await editing(stored({ timeZone: 'europe/london' }));
    await type(el, '#field-name', 'Shop renamed');
    await chosenZonePickedAgain(el);
    await toReview(el);
    const row = inStep(el, '[data-key="timeZone"] .value')!.textContent!.replace(/\s+/gu, ' ').trim();
    const saved = await el.submit();
    expect({ row: row.replace(/\(GMT[^)]*\)/gu, '(offset)'), saved, sent: updated[0]?.connector }).to.deep.equal({
      row: 'Europe/London (offset)',
      saved: true,
      sent: { id: 'c9', name: 'Shop renamed' },
    });
  });

  it('a credential the host passes as the form would not write it (My-Store, lower-cased when typed) is no change when left as it is', async () => {
    const { el, updated } = await editing(stored({ credentials: { shop: 'My-Store' } }));
    await type(el, '#field-name', 'Shop renamed');
    await toReview(el);
    expect(await el.submit()).to.equal(true);
    expect(updated[0]!.connector).to.deep.equal({ id: 'c9', name: 'Shop renamed' });
  });

  it('a date pattern the host stored with white space at its ends, or a character nobody sees, is no change when left as it is', async () => {
    for (const dateFormat of [' unix', 'yyyy-MM-dd ', 'yyyy-MM-dd\u200b', 'dd.MM\u00ad.yyyy']) {
      const { el, updated } = await editing(stored({ dateFormat }));
      await type(el, '#field-name', 'Shop renamed');
      await toReview(el);
      expect(await el.submit(), dateFormat).to.equal(true);
      expect(updated[0]!.connector, dateFormat).to.deep.equal({ id: 'c9', name: 'Shop renamed' });
    }
  });

  it('a kept pattern is not said to be a problem; changed by the person, it is checked as any other', async () => {
    const { el } = await editing(stored({ dateFormat: "yyyy-MM-dd'T'HH:mm:ss.SSSZZZZZ" }));
    await el.goTo('timezone');
    await settle(el);
    expect(inStep(el, '#custom-date-format-preview')!.textContent).to.not.contain('not supported');
    await type(el, '#custom-date-format', "yyyy-MM-dd'T'HH:mm:ssZZZZZ");
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('timezone');
    expect(errorSummary(el).join(' ')).to.contain('“ZZZZZ” is not supported');
  });
});
