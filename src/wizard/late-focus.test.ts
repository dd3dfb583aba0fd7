/**
 * An answer that comes late (a slow server, retries that wait as Retry-After asks) puts the focus
 * on what it shows only if the focus is still in the wizard, or nowhere; never when the person
 * has moved on to another wizard or to the page's own controls. The outcome is said all the same.
 * Against the real reference API, with faults injected by the test server.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import type { EditableConnector } from './state/wizard-state.js';
import type { ConnectorWizard } from './connector-wizard.js';
import { advanceTo, button, deepActiveElement, errorSummary, freshApi, GROUPS, inStep, settle, shopifyPayload, SHOPIFY_TOKEN, type, wizardFixture } from '../test/fixtures.js';

const polite = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();

/** The page's own search box, placed before the wizard. */
function pageSearch(el: ConnectorWizard): HTMLInputElement {
  const search = document.createElement('input');
  search.setAttribute('aria-label', 'Search connectors');
  el.before(search);
  return search;
}

/**
 * Presses `part` (a click, which leaves the focus where it is), then runs `meanwhile` while the request is out, and waits for its answer:
 * with `held` (a namespace whose fault is `held: true`), the answer waits until `meanwhile` has run, however slow the machine.
 */
async function pressThenMeanwhile(el: ConnectorWizard, press: () => void, meanwhile: () => void, busy = () => el.sending, held?: { release(): Promise<void> }) {
  press();
  try {
    await waitUntil(busy, 'the request is out', { timeout: 5000 });
    meanwhile();
  } finally {
    await held?.release();
  }
  await waitUntil(() => !busy(), 'answered', { timeout: 8000 });
  await settle(el);
}

/** Where the focus is, for a failure message. */
const focusDescribed = () => {
  const active = deepActiveElement();
  return `${active?.tagName}.${active?.className} in ${(active?.getRootNode() as ShadowRoot).host?.tagName ?? 'the page'}`;
};

const refusedToken = { kind: 'invalid', errors: [{ pointer: '/credentials/accessToken', detail: 'Refused.' }], method: 'POST' };

describe('the focus after a late answer', () => {
  it('a create answered after retries leaves the focus in the other wizard the person moved to, and says it was created', async function () {
    this.timeout(20000);
    const api = freshApi();
    const a = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint });
    const b = await wizardFixture({ groups: GROUPS });
    await advanceTo(a, 'review');
    await advanceTo(b, 'general');
    // The server asks to wait a second, then creates.
    await api.faults({ kind: 'status', status: 503, retryAfter: '1', method: 'POST' });
    const name = inStep<HTMLInputElement>(b, '#field-name')!;
    await pressThenMeanwhile(
      a,
      () => button(a, 'create').click(),
      () => name.focus(),
    );
    expect(a.currentStep, 'created').to.equal('done');
    expect(deepActiveElement() === name, `the focus stays in the other wizard, not on ${focusDescribed()}`).to.equal(true);
    expect(polite(a), 'said without the focus').to.equal('Shopify UK (Shopify) has been created.');
  });

  it('a create refused late leaves the focus in the page search box; the errors land on their step, and the live region says where', async function () {
    this.timeout(20000);
    const api = freshApi();
    const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint });
    const search = pageSearch(el);
    await advanceTo(el, 'review');
    await api.faults({ ...refusedToken, held: true });
    await pressThenMeanwhile(
      el,
      () => button(el, 'create').click(),
      () => search.focus(),
      undefined,
      api,
    );
    expect(el.currentStep, 'on the step of the refused field').to.equal('credentials');
    expect(errorSummary(el)).to.deep.equal(['Admin API access token: Refused.']);
    expect(deepActiveElement() === search, `the focus stays in the search box, not on ${focusDescribed()}`).to.equal(true);
    expect(polite(el)).to.equal('The connector was not created: the server found a problem on the Credentials step.');
  });

  it('a late answer still takes the focus from inside the wizard, a step included, and from nowhere', async function () {
    this.timeout(20000);
    const api = freshApi();
    const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint });
    pageSearch(el);
    await advanceTo(el, 'review');
    await api.faults({ ...refusedToken, held: true });
    // Inside the Review step's own shadow root.
    await pressThenMeanwhile(
      el,
      () => button(el, 'create').click(),
      () => inStep<HTMLElement>(el, '.heading')!.focus(),
      undefined,
      api,
    );
    expect(deepActiveElement()?.classList.contains('error-summary'), `the summary has the focus, not ${focusDescribed()}`).to.equal(true);
    expect(polite(el), 'the focused summary says it: nothing more').to.equal('');
    await advanceTo(el, 'review');
    await api.faults({ kind: 'slow', held: true, method: 'POST' });
    // Fallen to the page: the body, as when the control that had it goes.
    await pressThenMeanwhile(
      el,
      () => button(el, 'create').click(),
      () => (deepActiveElement() as HTMLElement | null)?.blur(),
      undefined,
      api,
    );
    expect(el.currentStep).to.equal('done');
    expect(deepActiveElement()?.textContent, 'the success heading has the focus').to.equal('Connector created');
  });

  it('an answer takes the focus from the host page s own button that called submit(), where it stayed', async function () {
    this.timeout(20000);
    const api = freshApi();
    const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint });
    const save = document.createElement('button');
    save.textContent = 'Save connector';
    save.addEventListener('click', () => void el.submit());
    el.after(save);
    await advanceTo(el, 'review');
    await api.faults({ ...refusedToken, held: true });
    save.focus();
    await pressThenMeanwhile(
      el,
      () => save.click(),
      () => undefined,
      undefined,
      api,
    );
    expect(deepActiveElement()?.classList.contains('error-summary'), `the summary has the focus, not ${focusDescribed()}`).to.equal(true);
    save.remove();
  });

  it('a connector-created or connector-updated listener that moves the focus to the page keeps it there, in emit and endpoint mode; the outcome is said', async function () {
    this.timeout(20000);
    const api = freshApi();
    for (const [mode, endpoint] of [
      ['emit', undefined],
      ['endpoint', api.endpoint],
    ] as const) {
      const el = await wizardFixture({ groups: GROUPS, ...(endpoint ? { endpoint } : {}) });
      // The host's list, with the new connector's card focused as soon as it is told.
      const card = document.createElement('button');
      card.textContent = 'Shopify UK';
      el.after(card);
      el.addEventListener('connector-created', () => card.focus());
      el.addEventListener('connector-updated', () => card.focus());
      await advanceTo(el, 'review');
      button(el, 'create').focus();
      button(el, 'create').click();
      await waitUntil(() => el.currentStep === 'done', `${mode}: created`, { timeout: 8000 });
      await settle(el);
      expect(deepActiveElement() === card, `${mode}: the card keeps the focus, not ${focusDescribed()}`).to.equal(true);
      expect(polite(el), mode).to.equal('Shopify UK (Shopify) has been created.');
      if (!endpoint) {
        el.connector = { ...(shopifyPayload() as unknown as EditableConnector), id: 'c1' };
        await settle(el);
        await type(el, '#field-name', 'Shopify UK (renamed)');
        await el.goTo('review');
        await settle(el);
        button(el, 'create').focus();
        button(el, 'create').click();
        await waitUntil(() => el.currentStep === 'done', 'saved', { timeout: 8000 });
        await settle(el);
        expect(deepActiveElement() === card, `edit: the card keeps the focus, not ${focusDescribed()}`).to.equal(true);
      }
      card.remove();
    }
  });

  it('a saved edit answered late leaves the focus on the page, and says it was updated', async function () {
    this.timeout(20000);
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shop live' }));
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint });
    el.connector = stored!;
    await settle(el);
    const search = pageSearch(el);
    await type(el, '#field-name', 'Shop live (renamed)');
    await el.goTo('review');
    await settle(el);
    await api.faults({ kind: 'slow', held: true, method: 'PATCH' });
    await pressThenMeanwhile(
      el,
      () => button(el, 'create').click(),
      () => search.focus(),
      undefined,
      api,
    );
    expect(el.currentStep, 'saved').to.equal('done');
    expect(deepActiveElement() === search, `the focus stays in the search box, not on ${focusDescribed()}`).to.equal(true);
    expect(polite(el)).to.equal('Shop live (renamed) (Shopify) has been updated.');
  });

  it('a connection test refused late leaves the focus on the page, and says its outcome', async function () {
    this.timeout(20000);
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, testEndpoint: api.testEndpoint });
    const search = pageSearch(el);
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    await api.faults({ ...refusedToken, held: true });
    const state = () => inStep<HTMLElement>(el, '#test-result')?.dataset.testState;
    await pressThenMeanwhile(
      el,
      () => inStep<HTMLButtonElement>(el, '.test-button')!.click(),
      () => search.focus(),
      () => state() === 'testing',
      api,
    );
    expect(state()).to.equal('rejected');
    expect(errorSummary(el)).to.deep.equal(['Admin API access token: Refused.']);
    expect(deepActiveElement() === search, `the focus stays in the search box, not on ${focusDescribed()}`).to.equal(true);
    expect(polite(el)).to.equal('Some answers are not valid, so the connection was not tested. The fields to fix are marked.');
  });
});
