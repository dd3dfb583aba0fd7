/**
 * A create made while the browser is offline (DevTools' offline emulation, through the runner's
 * `offline-for` command): nothing left the browser, so it is never said as a create that may have
 * happened, and its slot is not held as one; an earlier attempt that got no answer still is. So are
 * an edit's save, a connection test and the endpoint's list; a catalogue-src that failed offline
 * loads once the browser is back online.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import type { WizardErrorEvent } from '../events/error-event.js';
import {
  advanceTo,
  choose,
  deepActiveElement,
  errorSummary,
  freshApi,
  GROUPS,
  inStep,
  settle,
  shopifyPayload,
  SHOPIFY_TOKEN,
  stepElement,
  type,
  uniqueDatabase,
  wizardFixture,
} from '../test/fixtures.js';
import type { ConnectorWizard, EditableConnector } from '../wizard/connector-wizard.js';

const alert = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '';

/** Offline for `ms` from a moment after the call; resolves once the page sees it offline. */
async function offlineFor(ms: number) {
  await executeServerCommand('offline-for', { ms });
  await waitUntil(() => !navigator.onLine, 'the page went offline', { timeout: 5000 });
}

const online = () => waitUntil(() => navigator.onLine, 'the page is online again', { timeout: 15_000 });

const said = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent?.trim() ?? '';

/** A Shopify wizard in endpoint mode whose list was asked once, then offline for `ms`: the errors it says, and the parent to put it back in. */
async function listedThenOffline(ms: number) {
  const api = freshApi();
  const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase() });
  const errors: string[] = [];
  el.addEventListener('connector-wizard-error', (e) => errors.push((e as WizardErrorEvent).detail.message));
  await waitUntil(async () => (await api.log()).some((e) => e.method === 'GET'), 'listed once', { timeout: 5000 });
  await offlineFor(ms);
  return { api, el, errors, parent: el.parentNode! };
}

/** A wizard in a page whose catalogue-src failed offline (the browser is offline for 2.5 s). */
async function catalogueFailedOffline() {
  await offlineFor(2500);
  const src = `/demo/sample-catalogue.json?offline-${crypto.randomUUID()}`;
  const page = await fixture<HTMLElement>(html`<div><connector-wizard .draftDatabase=${uniqueDatabase()} no-drafts catalogue-src=${src}></connector-wizard></div>`);
  const el = page.querySelector<ConnectorWizard>('connector-wizard')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry"]'), 'failed offline', { timeout: 5000 });
  return { page, el };
}

describe('a create while the browser is offline', () => {
  // A test that fails while offline leaves the next one online.
  afterEach(online);

  it('says the browser is offline and nothing was sent; the slot is not held as a create that may exist', async function () {
    this.timeout(30_000);
    const api = freshApi();
    const database = uniqueDatabase();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase: database });
    const errors: string[] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push(`${(e as CustomEvent).detail.kind}: ${(e as CustomEvent).detail.message}`));
    await advanceTo(el, 'review');
    await settle(el);
    await offlineFor(3000);
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(alert(el)).to.contain('This browser is offline, so nothing was sent');
    expect(alert(el)).to.not.contain('cannot tell');
    expect(errors).to.deep.equal(['network: Creating the connector failed: offline.']);
    await online();
    expect(
      (await api.log()).filter((e) => e.method === 'POST'),
      'nothing reached the server',
    ).to.have.length(0);
    // Meanwhile someone else made the live UK connector: the slot is theirs, never "an earlier try of yours".
    await api.create(shopifyPayload());
    expect(await el.submit()).to.equal(false);
    await settle(el);
    const said = errorSummary(el).join(' | ');
    expect(said).to.not.contain('It may be the one an earlier try made');
    expect(said).to.contain('already');
  });

  it('an earlier attempt that got no answer, then offline for the retries: still said as a create that may have happened', async function () {
    this.timeout(30_000);
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase() });
    el.retryPolicy = { attempts: 2, baseDelayMs: 2500, maxDelayMs: 2500 };
    await advanceTo(el, 'review');
    await settle(el);
    await api.faults({ kind: 'lose-response', method: 'POST' });
    const done = el.submit();
    await waitUntil(async () => (await api.connectors()).length === 1, 'the server made it', { timeout: 5000 });
    await offlineFor(4000);
    expect(await done).to.equal(false);
    await settle(el);
    expect(alert(el)).to.contain('we cannot tell whether the connector was created');
    await online();
  });
});

describe('other requests while the browser is offline', () => {
  afterEach(online);

  it('an edit’s save made offline is never taken for one that may have been made: the next 412 names what was changed elsewhere', async function () {
    this.timeout(30_000);
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shop before' }));
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase() });
    el.retryPolicy = { attempts: 0 };
    el.connector = stored!;
    await settle(el);
    await el.goTo('timezone');
    await settle(el);
    await type(el, '#field-timeZone', 'Europe/Paris');
    inStep<HTMLElement>(el, '[role="option"]')!.click();
    await el.goTo('general');
    await settle(el);
    await type(el, '#field-name', 'Mine');
    await el.goTo('review');
    await settle(el);
    await offlineFor(3000);
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(said(el)).to.contain('This browser is offline');
    await online();
    // Someone else sets the same time zone meanwhile: that change is theirs, not a save of this person’s that went out.
    await api.change(stored!.id, { timeZone: 'Europe/Paris' });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(said(el)).to.contain('Someone changed this connector since you opened it').and.contain('Time zone');
    expect((await api.connectors())[0]!.name, 'nothing saved over it unasked').to.equal('Shop before');
  });

  it('Test connection while offline says the browser is offline and nothing was sent, never “try again in a moment”', async function () {
    this.timeout(30_000);
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, testEndpoint: api.testEndpoint, draftDatabase: uniqueDatabase() });
    const errors: string[] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push(`${(e as WizardErrorEvent).detail.kind}: ${(e as WizardErrorEvent).detail.message}`));
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    await offlineFor(3000);
    inStep<HTMLButtonElement>(el, '.test-button')!.click();
    await waitUntil(() => inStep(el, '#test-result')!.dataset.testState === 'unreachable', 'answered', { timeout: 5000 });
    const text = inStep(el, '#test-result')!.textContent!;
    expect(text).to.contain('This browser is offline').and.not.contain('try again in a moment');
    expect(errors).to.deep.equal(['network: Test connection failed: offline.']);
    await online();
    expect(
      (await api.log()).filter((e) => e.method === 'POST'),
      'nothing reached the server',
    ).to.have.length(0);
  });

  it('the endpoint’s list asked while offline is said as offline, and asked again once back online', async function () {
    this.timeout(30_000);
    const a = freshApi();
    const b = freshApi();
    await b.create(shopifyPayload());
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: a.endpoint, draftDatabase: uniqueDatabase() });
    const errors: string[] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push(`${(e as WizardErrorEvent).detail.kind}: ${(e as WizardErrorEvent).detail.message}`));
    await choose(el, '#group-uk');
    await settle(el);
    await waitUntil(async () => (await a.log()).some((e) => e.method === 'GET'), 'A listed', { timeout: 5000 });
    await offlineFor(2000);
    el.endpoint = b.endpoint;
    await settle(el);
    await waitUntil(() => errors.length > 0, 'the failed list said', { timeout: 5000 });
    expect(errors[0]).to.contain('network: The connectors at the endpoint could not be listed (offline)');
    await online();
    await waitUntil(() => inStep<HTMLInputElement>(el, '#environment-live')?.disabled, 'B’s live connector known once online', { timeout: 5000 });
  });

  it('the endpoint’s list that failed offline several times is asked once when the browser is back online', async function () {
    this.timeout(30_000);
    const { api, el, errors, parent } = await listedThenOffline(3000);
    // Taken out and put back (in another task each time): asked again each time, offline each time.
    for (let i = 1; i <= 3; i++) {
      el.remove();
      await new Promise((r) => setTimeout(r, 0)); // A task between: the removal is seen before it is put back.
      parent.appendChild(el);
      await waitUntil(() => errors.filter((m) => m.includes('(offline)')).length === i, `offline list ${i} said`, { timeout: 5000 });
    }
    await online();
    await waitUntil(async () => (await api.log()).filter((e) => e.method === 'GET').length >= 2, 'asked again once online', { timeout: 5000 });
    // Another endpoint's list asked after: once it has come, any more asks of the first, made when the browser came online, came before it.
    const later = freshApi();
    el.endpoint = later.endpoint;
    await waitUntil(async () => (await later.log()).some((e) => e.method === 'GET'), 'the other endpoint listed', { timeout: 5000 });
    expect(
      (await api.log()).filter((e) => e.method === 'GET'),
      'once before, once when back online',
    ).to.have.length(2);
  });

  it('the endpoint’s list that failed offline, in an element taken out of the page while the browser came back online: nothing is asked until it is put back', async function () {
    this.timeout(30_000);
    // Another wizard, left in the page, whose list fails offline too (its listener added after the removed one's): once it has asked
    // again, the removed one, had it still listened, would have asked before it.
    const other = freshApi();
    const staying = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: other.endpoint, draftDatabase: uniqueDatabase() });
    const stayingErrors: string[] = [];
    staying.addEventListener('connector-wizard-error', (e) => stayingErrors.push((e as WizardErrorEvent).detail.message));
    await waitUntil(async () => (await other.log()).some((e) => e.method === 'GET'), 'the other listed once', { timeout: 5000 });
    const { api, el, errors, parent } = await listedThenOffline(3000);
    el.remove();
    await new Promise((r) => setTimeout(r, 0)); // A task between: the removal is seen before it is put back.
    parent.appendChild(el);
    await waitUntil(() => errors.some((m) => m.includes('(offline)')), 'the offline list said', { timeout: 5000 });
    const stayingParent = staying.parentNode!;
    staying.remove();
    await new Promise((r) => setTimeout(r, 0)); // A task between, as above.
    stayingParent.appendChild(staying);
    await waitUntil(() => stayingErrors.some((m) => m.includes('(offline)')), 'the other offline list said', { timeout: 5000 });
    el.remove();
    await online();
    const asked = async (a: typeof api) => (await a.log()).filter((e) => e.method === 'GET').length;
    await waitUntil(async () => (await asked(other)) === 2, 'the wizard left in the page asked again', { timeout: 5000 });
    const gets = () => asked(api);
    expect(await gets(), 'a removed element asks nothing when the browser comes back online').to.equal(1);
    parent.appendChild(el);
    await waitUntil(async () => (await gets()) === 2, 'asked again once put back', { timeout: 5000 });
  });

  it('a catalogue-src that could not be fetched offline loads once the browser is back online, with no Try again pressed; the focus stays where the person left it', async function () {
    this.timeout(30_000);
    await offlineFor(2500);
    const src = `/demo/sample-catalogue.json?offline-${crypto.randomUUID()}`;
    const page = await fixture<HTMLElement>(
      html`<div><input aria-label="Search the page" /><connector-wizard .draftDatabase=${uniqueDatabase()} no-drafts catalogue-src=${src}></connector-wizard></div>`,
    );
    const el = page.querySelector<ConnectorWizard>('connector-wizard')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry"]'), 'failed offline', { timeout: 5000 });
    page.querySelector('input')!.focus();
    await online();
    await waitUntil(() => stepElement(el)?.dataset.step === 'system', 'loaded once back online', { timeout: 5000 });
    await settle(el);
    expect(document.activeElement, 'the focus left where it was').to.equal(page.querySelector('input'));
  });

  it('a catalogue-src that failed offline and loads once back online is said in the live region, the focus left elsewhere; one that loads at once says nothing there', async function () {
    this.timeout(30_000);
    const live = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();
    const first = await fixture<ConnectorWizard>(
      html`<connector-wizard .draftDatabase=${uniqueDatabase()} no-drafts catalogue-src="/demo/sample-catalogue.json"></connector-wizard>`,
    );
    await waitUntil(() => stepElement(first)?.dataset.step === 'system', 'loaded at once', { timeout: 5000 });
    await settle(first);
    expect(live(first), 'nothing said of a catalogue that loaded at once').to.equal('');
    const { page, el } = await catalogueFailedOffline();
    const search = page.appendChild(document.createElement('input'));
    search.focus();
    await online();
    await waitUntil(() => stepElement(el)?.dataset.step === 'system', 'loaded once back online', { timeout: 5000 });
    await settle(el);
    expect(live(el)).to.equal('The connection is back: the catalogue of systems has loaded.');
    expect(document.activeElement, 'the focus left where it was').to.equal(search);
  });

  it('a catalogue-src that failed offline, in an element taken out of the page while the browser came back online, loads when it is put back', async function () {
    this.timeout(30_000);
    const { page, el } = await catalogueFailedOffline();
    // A framework takes the wizard out (a view hidden, a tab switched) and puts it back once the network is back.
    let heard = false;
    addEventListener('online', () => (heard = true), { once: true });
    el.remove();
    await online();
    await waitUntil(() => heard, 'the online event went by while it was out', { timeout: 15_000 });
    page.append(el);
    await waitUntil(() => stepElement(el)?.dataset.step === 'system', 'loaded once put back', { timeout: 5000 });
  });

  it('a catalogue-src that failed offline, in an element taken out and put back while still offline, loads once the browser is back online', async function () {
    this.timeout(30_000);
    const { page, el } = await catalogueFailedOffline();
    el.remove();
    await new Promise((r) => setTimeout(r, 0)); // A task between: the removal is seen before it is put back.
    page.append(el);
    expect(navigator.onLine, 'put back before the browser is online').to.equal(false);
    await online();
    await waitUntil(() => stepElement(el)?.dataset.step === 'system', 'loaded once back online', { timeout: 5000 });
  });

  it('back online with the focus on the catalogue’s Try again, loads as Try again does: the first step’s heading takes the focus, never body', async function () {
    this.timeout(30_000);
    await offlineFor(2500);
    const src = `/demo/sample-catalogue.json?offline-${crypto.randomUUID()}`;
    const el = await fixture<ConnectorWizard>(html`<connector-wizard .draftDatabase=${uniqueDatabase()} no-drafts catalogue-src=${src}></connector-wizard>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry"]'), 'failed offline', { timeout: 5000 });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.focus();
    await online();
    await waitUntil(() => stepElement(el)?.dataset.step === 'system', 'loaded once back online', { timeout: 5000 });
    await settle(el);
    expect(document.activeElement, 'not dropped on <body>').to.not.equal(document.body);
    expect(deepActiveElement()?.tagName).to.equal('H2');
  });
  it('back online with the focus on Try again, a catalogue that fails again gives the focus to the new Try again, as Try again does, never body', async function () {
    this.timeout(30_000);
    await offlineFor(2500);
    const src = `/demo/no-such-catalogue-${crypto.randomUUID()}.json`;
    const el = await fixture<ConnectorWizard>(html`<connector-wizard .draftDatabase=${uniqueDatabase()} no-drafts catalogue-src=${src}></connector-wizard>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry"]'), 'failed offline', { timeout: 5000 });
    const first = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!;
    first.focus();
    await online();
    const again = () => el.shadowRoot!.querySelector('[part~="retry"]');
    await waitUntil(() => again() && again() !== first, 'failed again (404) once back online', { timeout: 5000 });
    await settle(el);
    expect(document.activeElement, 'not dropped on <body>').to.not.equal(document.body);
    expect(deepActiveElement(), 'on the new Try again').to.equal(again());
  });
});
