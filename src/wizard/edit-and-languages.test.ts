/**
 * The end of the flow in words: an edit with nothing to save, Review and a test's words while
 * editing, and what is said (shown and announced) following a change of `lang` after the fact.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { loadMessages } from '../messages/locale.js';
import { advanceTo, choose, freshApi, GROUPS, inStep, sampleCatalogue, settle, shopifyPayload, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import type { ConnectorWizard, EditableConnector } from './connector-wizard.js';

const said = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();

async function setLang(el: ConnectorWizard, lang: string) {
  el.setAttribute('lang', lang);
  await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('lang') === lang, `lang ${lang}`, { timeout: 5000 });
  await settle(el);
}

/** A wizard editing a connector the reference API holds. */
async function editing(api: ReturnType<typeof freshApi>, extra: Parameters<typeof wizardFixture>[0] = {}) {
  await api.create(shopifyPayload({ name: 'Shop live', environment: 'live' }));
  const [stored] = (await api.connectors()) as unknown as EditableConnector[];
  const el = await wizardFixture({ groups: GROUPS, ...extra });
  const updated: unknown[] = [];
  el.addEventListener('connector-updated', (e) => updated.push(e.detail));
  el.connector = stored!;
  await settle(el);
  return { el, updated };
}

describe('an edit with nothing changed', () => {
  for (const mode of ['endpoint', 'emit'] as const) {
    it(`Save changes sends nothing, fires nothing and says there is nothing to save (${mode} mode)`, async () => {
      const api = freshApi();
      const { el, updated } = await editing(api, mode === 'endpoint' ? { endpoint: api.endpoint } : {});
      await el.goTo('review');
      await settle(el);
      expect(await el.submit()).to.equal(false);
      await settle(el);
      expect((await api.log()).filter((e) => e.method === 'PATCH')).to.deep.equal([]);
      expect(updated).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('.success') === null, 'no "updated" panel').to.equal(true);
      expect(el.shadowRoot!.textContent).to.contain('Nothing has changed, so there is nothing to save.');
      // A change then saves as before.
      await el.goTo('general');
      await settle(el);
      await type(el, '#field-name', 'Shop live (renamed)');
      await el.goTo('review');
      expect(await el.submit()).to.equal(true);
      expect(updated).to.have.length(1);
    });
  }

  it('a way to sign in changed and changed back is still nothing to save: no catalogue default sent over a stored value', async () => {
    const api = freshApi();
    const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint });
    // The host passes some values; storeCode (optional, with a catalogue default) is held by the server only.
    el.connector = {
      id: 'c1',
      name: 'Adobe UK',
      system: 'adobe-commerce',
      group: 'uk',
      environment: 'live',
      timeZone: 'UTC',
      dateFormat: "yyyy-MM-dd'T'HH:mm:ssXXX",
      authType: 'integration-bearer',
      credentials: { baseUrl: 'https://shop.example.com' },
    } as unknown as EditableConnector;
    await settle(el);
    await el.goTo('auth');
    await settle(el);
    await choose(el, '#auth-admin-credentials');
    await choose(el, '#auth-integration-bearer');
    await el.goTo('review');
    await settle(el);
    expect(await el.submit()).to.equal(false);
    expect((await api.log()).filter((e) => e.method === 'PATCH')).to.deep.equal([]);
    expect(el.shadowRoot!.textContent).to.contain('Nothing has changed, so there is nothing to save.');
  });

  it('Review says the changes are checked before they are saved, not that a connector is created', async () => {
    const api = freshApi();
    const { el } = await editing(api, { endpoint: api.endpoint });
    await type(el, '#field-name', 'Renamed');
    await el.goTo('review');
    await settle(el);
    expect(inStep(el, 'p')!.textContent!.trim()).to.equal('Check the changes before you save them.');
  });

  it('a test that could not reach the system, while editing, says the changes can still be saved', async () => {
    const api = freshApi();
    const { el } = await editing(api, { endpoint: api.endpoint, testEndpoint: api.testEndpoint });
    await el.goTo('credentials');
    await settle(el);
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', 'shpat_0123456789abcdef0123456789abcdee');
    await api.faults({ kind: 'status', status: 502 }, { kind: 'status', status: 502 }, { kind: 'status', status: 502 });
    inStep<HTMLButtonElement>(el, '.test-button')!.click();
    await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'unreachable', 'unreachable', { timeout: 5000 });
    expect(inStep(el, '#test-result p')!.textContent).to.contain('You can still save the changes.');
  });
});

describe('said again in a new language', () => {
  it('"Creating connector…" in the live region while it is sent', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    await advanceTo(el, 'review');
    await api.faults({ kind: 'slow', held: true });
    const done = el.submit();
    try {
      await waitUntil(() => el.shadowRoot!.querySelector('[data-progress]'), 'sending', { timeout: 5000 });
      expect(said(el)).to.equal('Creating connector…');
      await setLang(el, 'de');
      expect(said(el)).to.equal(el.shadowRoot!.querySelector('[data-progress]')!.textContent!.trim());
      expect(said(el)).to.not.equal('Creating connector…');
    } finally {
      await api.release();
    }
    await done;
  });

  it('"enter the credentials again" said by Test connection while editing', async () => {
    const api = freshApi();
    const { el } = await editing(api, { endpoint: api.endpoint, testEndpoint: api.testEndpoint });
    await el.goTo('credentials');
    await settle(el);
    inStep<HTMLButtonElement>(el, '.test-button')!.click();
    await settle(el);
    expect(said(el)).to.contain('To test, enter the credentials again');
    await setLang(el, 'fr');
    expect(said(el)).to.equal(inStep(el, '#test-result')!.textContent!.trim());
    expect(said(el)).to.not.contain('To test');
  });

  it('the success panel and its announcement name the system as the catalogue does in the new language', async () => {
    const catalogue = structuredClone(await sampleCatalogue());
    Object.assign(
      catalogue.systems.find((s) => s.id === 'shopify')!,
      { l10n: { de: { name: 'Shopify-Shop' }, fr: { name: 'Boutique Shopify' } } },
    );
    const el = await fixture<ConnectorWizard>(
      html`<connector-wizard .draftDatabase=${uniqueDatabase()} .catalogue=${catalogue} .groups=${GROUPS} system="shopify" lang="de"></connector-wizard>`,
    );
    await settle(el);
    await advanceTo(el, 'review');
    expect(await el.submit()).to.equal(true);
    await settle(el);
    const body = () => el.shadowRoot!.querySelector('.success p')!.textContent!.trim();
    expect(body()).to.contain('(Shopify-Shop)');
    await setLang(el, 'fr');
    expect(body()).to.contain('(Boutique Shopify)');
    expect(said(el)).to.equal(body());
  });
  it('the success panel and its announcement name the system created after the host presets another one, in the language in use', async () => {
    const catalogue = structuredClone(await sampleCatalogue());
    Object.assign(
      catalogue.systems.find((s) => s.id === 'shopify')!,
      { l10n: { de: { name: 'Shopify-Shop' }, fr: { name: 'Boutique Shopify' } } },
    );
    // A `draft-id` of the page's own: a new preset keeps the draft, and so the panel.
    const el = await fixture<ConnectorWizard>(
      html`<connector-wizard .draftDatabase=${uniqueDatabase()} .catalogue=${catalogue} .groups=${GROUPS} system="shopify" draft-id="tiles" lang="de"></connector-wizard>`,
    );
    await settle(el);
    await advanceTo(el, 'review');
    expect(await el.submit()).to.equal(true);
    await settle(el);
    // The page's "Add Xero" tile beside the wizard sets the next preset while the panel shows.
    el.system = 'xero';
    await settle(el);
    const body = () => el.shadowRoot!.querySelector('.success p')!.textContent!.trim();
    expect(body()).to.contain('(Shopify-Shop)');
    expect(said(el)).to.equal(body());
    await setLang(el, 'fr');
    expect(body()).to.contain('(Boutique Shopify)');
    expect(said(el)).to.equal(body());
  });
});

describe('Arabic counts', () => {
  it('whitespace notes take the plural category of each count (dual for 2, the singular after 11), as characters do', async () => {
    const ar = (await loadMessages('ar'))!;
    const spaces = (count: number) => ar.whitespace({ leading: { count, kind: 'space' } });
    expect(spaces(1)).to.equal('مسافة في البداية');
    expect(spaces(2)).to.equal('مسافتين في البداية');
    expect(spaces(3)).to.equal('3 مسافات في البداية');
    expect(spaces(11)).to.equal('11 مسافةً في البداية');
    expect(spaces(100)).to.equal('100 مسافة في البداية');
  });
});
