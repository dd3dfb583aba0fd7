/**
 * Words the wizard did not write: a catalogue's names, an OAuth provider's error or account, an
 * endpoint's refusal. Noncharacters (the wizard's own quoting marks among them) are read out where
 * the words come in, so none shows, and none changes which words the wizard marks as its own.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import type { WizardErrorEvent } from '../events/error-event.js';
import { advanceTo, freshApi, GROUPS, inStep, pressContinue, sampleCatalogue, settle, shopifyPayload, wizardFixture } from '../test/fixtures.js';
import { atConnect, broadcast, connect, oauthMessage, oauthStatus } from '../test/oauth-fixtures.js';
import type { ConnectorWizard } from './connector-wizard.js';

const NONCHARACTER = /\p{Noncharacter_Code_Point}/u;
const said = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();
const markedIn = (root: Element, lang = 'en') => [...root.querySelectorAll(`[lang="${lang}"]`)].map((e) => e.textContent);

/** The sample catalogue with Shopify's name and its store field's label holding noncharacters (the wizard's own marks too). */
async function markedCatalogue() {
  const catalogue = (await sampleCatalogue()) as { systems: { id: string; name: string; authTypes: { fields?: { key: string; label: string }[] }[] }[] };
  const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
  shopify.name = 'Shop\ufdd0ify\ufffe';
  for (const field of shopify.authTypes.flatMap((a) => a.fields ?? [])) if (field.key === 'shop') field.label = 'Store\ufdd1 subdomain';
  return catalogue;
}

describe('outside words: noncharacters in a catalogue s names', function () {
  this.timeout(60_000);

  it('a system name and a field label holding noncharacters show without them, on the steps and on Review', async () => {
    const el = await wizardFixture({ catalogue: await markedCatalogue(), system: 'shopify', groups: GROUPS });
    await advanceTo(el, 'credentials');
    const label = inStep(el, 'label[for="field-credentials-shop"]')!;
    expect(NONCHARACTER.test(label.textContent!), JSON.stringify(label.textContent)).to.equal(false);
    expect(said(label)).to.contain('Store subdomain');
    await advanceTo(el, 'review');
    const review = el.shadowRoot!.querySelector('[data-step]')!.shadowRoot!.textContent!;
    expect(NONCHARACTER.test(review), 'Review shows no noncharacter').to.equal(false);
    expect(review).to.contain('Shopify');
  });

  it('in a wizard speaking de, a 409 alert still marks the system name lang="en" when the catalogue wrote it with a U+FDD0', async () => {
    const api = freshApi();
    const el = await wizardFixture({ catalogue: await markedCatalogue(), system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    await advanceTo(el, 'review');
    el.lang = 'de';
    await waitUntil(() => el.shadowRoot!.querySelector('[part="base"]')?.getAttribute('lang') === 'de', 'in de', { timeout: 5000 });
    await api.create(shopifyPayload({ name: 'Theirs' }));
    el.addEventListener('connector-wizard-step-change', (e) => e.preventDefault());
    await el.submit();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="submit-error"]') !== null, 'the 409 said', { timeout: 5000 });
    await settle(el);
    const alert = el.shadowRoot!.querySelector('[part="submit-error"]')!;
    expect(markedIn(alert)).to.deep.equal(['Shopify']);
  });
});

describe('outside words: noncharacters in an OAuth provider s words', function () {
  this.timeout(60_000);

  async function signedIn(message: (state: string) => object, outcome: 'connected' | 'denied'): Promise<ConnectorWizard> {
    const el = await atConnect();
    const { win, state } = await connect(el);
    broadcast(message(state));
    await waitUntil(() => oauthStatus(el).dataset.oauth === outcome, outcome, { timeout: 5000 });
    if (!win.closed) win.close();
    return el;
  }

  it('a refusal whose error holds the wizard s own marks is said without them, on the step and in the polite region', async () => {
    const el = await signedIn((state) => ({ type: 'connector-wizard-oauth', state, ok: false, error: '\ufdd0Access\ufdd1 denied\uffff' }), 'denied');
    expect(said(oauthStatus(el))).to.equal('Xero did not allow the connection: Access denied. You can try again.');
    const polite = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    await waitUntil(() => polite.textContent!.includes('Access'), 'said', { timeout: 5000 });
    expect(said(polite)).to.equal('Xero did not allow the connection: Access denied. You can try again.');
  });

  it('in a wizard speaking ar, a refusal whose error reads as the system name is never marked as the wizard naming it in the polite region', async () => {
    const el = await atConnect();
    el.lang = 'ar';
    await waitUntil(() => el.shadowRoot!.querySelector('[part="base"]')?.getAttribute('lang') === 'ar', 'in ar', { timeout: 5000 });
    const { win, state } = await connect(el);
    broadcast({ type: 'connector-wizard-oauth', state, ok: false, error: 'Xero' });
    await waitUntil(() => oauthStatus(el).dataset.oauth === 'denied', 'denied', { timeout: 5000 });
    if (!win.closed) win.close();
    const polite = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    await waitUntil(() => polite.textContent!.split('Xero').length === 3, 'both said', { timeout: 5000 });
    expect(markedIn(polite)).to.deep.equal(['Xero']);
  });

  it('an account name holding noncharacters is said without them on Credentials and on Review', async () => {
    const el = await signedIn((state) => oauthMessage(state, 'conn_marks', 'Acme\ufdd0 Inc\ufdef'), 'connected');
    expect(said(oauthStatus(el))).to.equal('Connected to Xero as Acme Inc.');
    await pressContinue(el);
    expect(said(inStep(el, '.row[data-key="connection"] dd.value')!)).to.equal('Connected to Xero as Acme Inc.');
  });
});

describe('outside words: a 422 that names no field', function () {
  this.timeout(60_000);

  it('tells the host (connector-wizard-error, server), as any other refusal the person cannot place on a field', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    const errors: WizardErrorEvent['detail'][] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail));
    await advanceTo(el, 'review');
    await api.faults({ kind: 'status', status: 422, method: 'POST', type: 'application/problem+json', json: { type: '/problems/validation', title: 'Unprocessable' } });
    await el.submit();
    await settle(el);
    expect((await api.log()).filter((e) => e.method === 'POST').map((e) => e.status)).to.deep.equal([422]);
    expect(errors.map((e) => e.kind)).to.deep.equal(['server']);
    expect(errors[0]!.message).to.contain('HTTP 422');
  });

  it('a 422 whose errors name fields tells the host nothing: the person is shown them on their fields', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    const errors: WizardErrorEvent['detail'][] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail));
    await advanceTo(el, 'review');
    await api.faults({ kind: 'invalid', errors: [{ pointer: '/name', detail: 'Names must be unique' }] });
    await el.submit();
    await settle(el);
    expect(inStep(el, '#field-name-error')!.textContent).to.contain('Names must be unique');
    expect(errors).to.deep.equal([]);
  });

  for (const pointer of ['/credentials', '/credentials/noSuchField']) {
    it(`tells the host (connector-wizard-error, server) when its one error points at ${pointer}, which is no field of the form`, async () => {
      const api = freshApi();
      const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
      const errors: WizardErrorEvent['detail'][] = [];
      el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail));
      await advanceTo(el, 'review');
      await api.faults({ kind: 'invalid', errors: [{ pointer, detail: 'Rejected by the upstream system' }] });
      await el.submit();
      await settle(el);
      expect((await api.log()).filter((e) => e.method === 'POST').map((e) => e.status)).to.deep.equal([422]);
      // The person sees the words in a summary, on no field they could mend.
      expect(el.shadowRoot!.querySelector('[data-step]')!.shadowRoot!.textContent).to.contain('Rejected by the upstream system');
      expect(errors.map((e) => e.kind)).to.deep.equal(['server']);
      expect(errors[0]!.message).to.contain('naming no answer');
    });
  }
});

describe('outside words: a 413 said plainly', function () {
  this.timeout(60_000);

  it('says on the longest answer that sending it again unchanged will not help, and what to do', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    await advanceTo(el, 'review');
    await api.faults({ kind: 'status', status: 413, method: 'POST', type: 'application/problem+json', json: { type: '/problems/too-large', title: 'Too large' } });
    await el.submit();
    await settle(el);
    const error = inStep(el, '.error-message')!;
    expect(said(error)).to.contain(
      'The server refused the answers as too large (Too large), so sending them again as they are will not help. This answer is the longest: check that nothing extra was pasted into it, shorten it, then try again. Your answers are kept.',
    );
  });
});
