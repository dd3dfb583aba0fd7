/**
 * A sign-in is started for the values of its auth type's other fields (Shopify's store subdomain,
 * Brightpearl's account code): the start URL carries them, Connect checks them first as Continue
 * does, and a connection made for one value is dropped when the value changes.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import type { ConnectorPayload } from '../schemas/wizard-data.js';
import type { ConnectorWizard, EditableConnector } from '../wizard/connector-wizard.js';
import {
  allInStep,
  currentStepId,
  deepActiveElement,
  errorSummary,
  inStep,
  pressContinue,
  sampleCatalogue,
  settle,
  type,
  uniqueDatabase,
  wizardFixture,
} from '../test/fixtures.js';
import {
  atConnect,
  broadcast,
  broadcastDelivered,
  connectButton,
  oauthMessage,
  popup,
  oauthStatus as status,
  toOAuthCredentials,
  windowName,
} from '../test/oauth-fixtures.js';

const SHOP = '#field-credentials-shop';
const shopify = () => atConnect({ system: 'shopify' });

/** Clicks Connect, counting the windows it opens (each one is opened for real). */
async function pressConnect(el: ConnectorWizard): Promise<number> {
  const open = window.open;
  let opened = 0;
  window.open = (...args: Parameters<typeof window.open>) => (opened++, open.apply(window, args));
  try {
    connectButton(el).click();
    await settle(el);
  } finally {
    window.open = open;
  }
  return opened;
}

const query = (win: Window) => new URL(win.location.href).searchParams;

/** An edit of a Shopify connector that signs in with OAuth, on Credentials; `credentials` as the host passes them. */
async function shopifyOAuthEdit(credentials?: Record<string, string>) {
  const el = await wizardFixture({ noDrafts: true, groups: [{ id: 'uk', name: 'UK' }] });
  el.setAttribute('oauth-start-url', '/api/oauth/start');
  el.connector = {
    id: 's-1',
    name: 'Shop UK',
    system: 'shopify',
    group: 'uk',
    environment: 'live',
    timeZone: 'UTC',
    dateFormat: 'yyyy-MM-dd',
    authType: 'oauth',
    ...(credentials && { credentials }),
  } as EditableConnector;
  await settle(el);
  await el.goTo('credentials');
  await settle(el);
  return el;
}

describe('OAuth: the fields a sign-in is started with', () => {
  it('the store comes before Connect in the page and in the tab order, as the error summary lists them', async () => {
    const el = await shopify();
    const shop = inStep<HTMLInputElement>(el, SHOP)!;
    expect(shop.compareDocumentPosition(connectButton(el)) & Node.DOCUMENT_POSITION_FOLLOWING, 'Connect after the store').to.not.equal(0);
    await pressContinue(el);
    const summary = allInStep(el, '.error-summary a').map((a) => a.getAttribute('href'));
    expect(summary, 'the summary in the same order').to.deep.equal(['#field-credentials-shop', '#field-credentials-connectionRef']);
  });

  it('the start URL carries the store subdomain after system, authType, environment and state; the stand-in provider shows it and answers for it', async () => {
    const el = await shopify();
    expect(inStep(el, SHOP)!.closest('.field')!.textContent).to.contain('send you to the right store');
    await type(el, SHOP, 'my-store');
    const created: ConnectorPayload[] = [];
    el.addEventListener('connector-created', (e) => created.push(e.detail.connector as ConnectorPayload));
    connectButton(el).click();
    const win = await popup('default:shopify');
    expect([...query(win).keys()]).to.deep.equal(['system', 'authType', 'environment', 'state', 'shop']);
    expect(query(win).get('shop')).to.equal('my-store');
    expect(win.document.body.textContent).to.contain('my-store.myshopify.com');
    (win.document.querySelector('#allow') as HTMLAnchorElement).click();
    await waitUntil(() => status(el).dataset.oauth === 'connected', 'connected', { timeout: 5000 });
    expect(status(el).textContent).to.contain('Connected to Shopify as').and.to.contain('my-store.myshopify.com');
    await pressContinue(el);
    await el.submit();
    expect(created).to.have.length(1);
    expect(created[0]!.credentials).to.include({ shop: 'my-store' });
    expect(created[0]!.credentials.connectionRef).to.match(/^conn_/);
  });

  it("Brightpearl's account code reaches the start URL too, as the person left it (normalised)", async () => {
    const el = await atConnect({ system: 'brightpearl' });
    await type(el, '#field-credentials-accountCode', 'MyCompany');
    connectButton(el).click();
    const win = await popup('default:brightpearl');
    expect(query(win).get('accountCode')).to.equal('mycompany');
    expect(win.document.body.textContent).to.contain('mycompany');
    win.close();
  });

  it('an account code holding a lone surrogate (text broken in copying) opens no window: a URL would carry U+FFFD in its place, another account, and the field says so', async () => {
    const el = await atConnect({ system: 'brightpearl' });
    await type(el, '#field-credentials-accountCode', 'acme\uD800corp');
    expect(await pressConnect(el), 'no window for a value the start URL cannot carry').to.equal(0);
    expect(inStep(el, '#field-credentials-accountCode')!.getAttribute('aria-invalid')).to.equal('true');
    expect(errorSummary(el).join(' ')).to.contain('Account code holds a broken character');
    expect(status(el).dataset.oauth).to.equal('idle');
    await type(el, '#field-credentials-accountCode', 'acme\uD83D\uDE00corp');
    await settle(el);
    expect(errorSummary(el).join(' '), 'typed again: said no more').to.not.contain('broken character');
    expect(inStep(el, '#field-credentials-accountCode')!.getAttribute('aria-invalid'), 'typed again: marked no more').to.not.equal('true');
    expect(await pressConnect(el), 'a whole character (a pair) goes').to.equal(1);
    const win = await popup('default:brightpearl');
    expect(query(win).get('accountCode')).to.equal('acme\uD83D\uDE00corp');
    win.close();
  });

  it('Connect with the store subdomain empty or invalid opens no window: the field is marked, the summary links to it and takes the focus', async () => {
    const el = await shopify();
    expect(await pressConnect(el), 'no window for an empty store').to.equal(0);
    expect(inStep(el, SHOP)!.getAttribute('aria-invalid')).to.equal('true');
    expect(errorSummary(el).join(' ')).to.contain('Store subdomain');
    expect(inStep<HTMLAnchorElement>(el, '.error-summary a')!.getAttribute('href')).to.equal(SHOP);
    expect(deepActiveElement()?.classList.contains('error-summary'), 'the focus is on the summary').to.equal(true);
    expect(status(el).dataset.oauth).to.equal('idle');

    await type(el, SHOP, 'my store!');
    expect(await pressConnect(el), 'no window for an invalid store').to.equal(0);
    expect(inStep(el, SHOP)!.getAttribute('aria-invalid')).to.equal('true');
    expect(errorSummary(el).join(' ')).to.contain('lowercase letters, digits and hyphens');

    await type(el, SHOP, 'my-store');
    expect(await pressConnect(el), 'a window once the store is valid').to.equal(1);
    const win = await popup('default:shopify');
    expect(query(win).get('shop')).to.equal('my-store');
    win.close();
  });

  it('changing the store after connecting drops the connection and says so; Connect then starts a sign-in for the new store', async () => {
    const el = await shopify();
    await type(el, SHOP, 'store-a');
    connectButton(el).click();
    let win = await popup('default:shopify');
    expect(query(win).get('shop')).to.equal('store-a');
    broadcast(oauthMessage(query(win).get('state')!, 'conn_store_a', 'owner@store-a.example'));
    await waitUntil(() => status(el).dataset.oauth === 'connected', 'connected to store A', { timeout: 5_000 });
    win.close();
    await type(el, SHOP, 'store-b');
    expect(status(el).textContent).to.not.contain('owner@store-a.example');
    expect(status(el).textContent).to.contain('Store subdomain changed');
    expect(el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent).to.contain('Store subdomain changed');
    expect(connectButton(el).textContent!.trim()).to.equal('Connect with Shopify');
    // Nothing of store A's connection is sent with store B's name.
    await pressContinue(el);
    expect(errorSummary(el).join(' ')).to.contain('Connect with Shopify to continue');
    connectButton(el).click();
    win = await popup('default:shopify');
    expect(query(win).get('shop')).to.equal('store-b');
    broadcast(oauthMessage(query(win).get('state')!, 'conn_store_b', 'owner@store-b.example'));
    await waitUntil(() => status(el).textContent!.includes('owner@store-b.example'), 'connected to store B', { timeout: 5_000 });
    expect(status(el).textContent).to.not.contain('changed');
    win.close();
  });

  it('what is said of a dropped connection names the field in the language in use, after a change of lang too', async () => {
    const catalogue = await sampleCatalogue();
    const shop = catalogue.systems.find((s) => s.id === 'shopify')!.authTypes.find((a) => a.id === 'oauth')!.fields![0]! as { l10n?: unknown };
    shop.l10n = { de: { label: 'Shop-Subdomain' } };
    const el = await wizardFixture({ catalogue, system: 'shopify', draftDatabase: uniqueDatabase() });
    el.setAttribute('oauth-start-url', '/api/oauth/start');
    await toOAuthCredentials(el);
    await type(el, SHOP, 'store-a');
    connectButton(el).click();
    const win = await popup('default:shopify');
    broadcast(oauthMessage(query(win).get('state')!, 'conn_store_a', 'owner@store-a.example'));
    await waitUntil(() => status(el).dataset.oauth === 'connected', 'connected to store A', { timeout: 5_000 });
    win.close();
    await type(el, SHOP, 'store-b');
    expect(status(el).textContent).to.contain('Store subdomain changed');
    el.setAttribute('lang', 'de');
    await waitUntil(() => status(el).textContent!.includes('wurde geändert'), 'said in German', { timeout: 5000 });
    expect(status(el).textContent, 'the label as the catalogue gives it in German').to.contain('„Shop-Subdomain“ wurde geändert');
    expect(el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent).to.contain('„Shop-Subdomain“ wurde geändert');
  });

  it('changing the store while the sign-in window is open ends that sign-in: its window closes and a late result is not taken', async () => {
    const el = await shopify();
    await type(el, SHOP, 'store-a');
    connectButton(el).click();
    const win = await popup('default:shopify');
    const state = query(win).get('state')!;
    await waitUntil(() => status(el).dataset.oauth === 'waiting', 'waiting', { timeout: 5_000 });
    await type(el, SHOP, 'store-b');
    await waitUntil(() => win.closed, 'the window for store A closes', { timeout: 5_000 });
    expect(status(el).dataset.oauth).to.equal('idle');
    expect(status(el).textContent).to.contain('Store subdomain changed');
    await broadcastDelivered(el, oauthMessage(state, 'conn_store_a', 'owner@store-a.example'));
    await settle(el);
    expect(status(el).textContent).to.not.contain('owner@store-a.example');
  });

  it('the store changed while the first sign-in is under way says that sign-in stopped, never that a connection was removed', async () => {
    const el = await shopify();
    await type(el, SHOP, 'store-a');
    connectButton(el).click();
    const win = await popup('default:shopify');
    await waitUntil(() => status(el).dataset.oauth === 'waiting', 'waiting', { timeout: 5_000 });
    await type(el, SHOP, 'store-b');
    await waitUntil(() => win.closed, 'the window for store A closes', { timeout: 5_000 });
    const said = status(el).textContent!;
    expect(said).to.contain('Store subdomain changed, so the sign-in started for the earlier value was stopped.');
    expect(said, 'no connection was made').to.not.contain('connection made for the earlier value was removed');
  });

  it('a field keyed like one of the wizard’s own parameters is sent as field.<key>, never in their place', async () => {
    const catalogue = await sampleCatalogue();
    const oauth = catalogue.systems.find((s) => s.id === 'shopify')!.authTypes.find((a) => a.id === 'oauth')!;
    oauth.fields = [
      { ...oauth.fields![0]!, key: 'state' },
      { ...oauth.fields![0]!, key: 'system', label: 'Region', required: false, pattern: undefined },
      { ...oauth.fields![0]!, key: 'environment', label: 'Instance', required: false, pattern: undefined },
    ];
    const el = await wizardFixture({ catalogue, system: 'shopify', draftDatabase: uniqueDatabase() });
    el.setAttribute('oauth-start-url', '/api/oauth/start?return=kept');
    await toOAuthCredentials(el);
    await type(el, '#field-credentials-state', 'my-store');
    await type(el, '#field-credentials-system', 'eu');
    await type(el, '#field-credentials-environment', 'eu-2');
    connectButton(el).click();
    let win: Window | null = null;
    await waitUntil(
      () => {
        const name = windowName('default:shopify', el);
        return name !== undefined && (win = window.open('', name)) && win.location.href !== 'about:blank';
      },
      'the start page',
      { timeout: 5_000 },
    );
    const params = query(win!);
    expect([...params.keys()]).to.deep.equal(['return', 'system', 'authType', 'environment', 'state', 'field.state', 'field.system', 'field.environment']);
    expect(params.get('environment')).to.equal('live');
    expect(params.get('field.environment')).to.equal('eu-2');
    expect(params.get('system')).to.equal('shopify');
    expect(params.get('state')).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect(params.get('field.state')).to.equal('my-store');
    expect(params.get('field.system')).to.equal('eu');
    expect(params.get('return')).to.equal('kept');
    win!.close();
  });

  it('Connect sends a checkbox the person left unticked as false on the start URL, as the payload does', async () => {
    const catalogue = structuredClone(await sampleCatalogue());
    const xero = catalogue.systems.find((s) => s.id === 'xero')!;
    xero.authTypes.find((a) => a.id === 'oauth')!.fields = [{ key: 'demoCompany', label: 'Use the demo company', type: 'boolean', required: false }];
    const el = await wizardFixture({ catalogue, system: 'xero' });
    el.setAttribute('oauth-start-url', '/api/oauth/start');
    await toOAuthCredentials(el);
    const opened: string[] = [];
    const open = window.open;
    window.open = (url?: string | URL) => (opened.push(String(url)), null);
    try {
      connectButton(el).click();
      await settle(el);
    } finally {
      window.open = open;
    }
    expect(opened, 'a window was asked for').to.have.length(1);
    expect(new URL(opened[0]!, location.href).searchParams.get('demoCompany'), opened[0]).to.equal('false');
  });

  it('in an edit whose store the host did not pass, Connect asks for the store first: no window opens without it', async () => {
    const el = await shopifyOAuthEdit();
    expect(await pressConnect(el), 'no window without the store').to.equal(0);
    expect(errorSummary(el)).to.have.length(1);
    expect(inStep(el, SHOP)!.getAttribute('aria-invalid')).to.equal('true');
  });

  describe('in an edit that keeps its connection', () => {
    async function editShop(shop: string) {
      const el = await shopifyOAuthEdit({ shop });
      expect(status(el).textContent).to.contain('stays connected');
      const updated: Record<string, unknown>[] = [];
      el.addEventListener('connector-updated', (e) => updated.push(e.detail.connector as Record<string, unknown>));
      return { el, updated };
    }

    it('changing the store asks for a new sign-in: the connection kept is the old store s, never sent with the new one', async () => {
      const { el, updated } = await editShop('old-store');
      await type(el, SHOP, 'new-store');
      expect(status(el).textContent).to.not.contain('stays connected');
      expect(status(el).textContent).to.contain('Store subdomain changed');
      expect(el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent).to.contain('Store subdomain changed');
      expect(connectButton(el).textContent!.trim()).to.equal('Connect with Shopify');
      await pressContinue(el);
      expect(errorSummary(el).join(' ')).to.contain('Connect with Shopify to continue');
      expect(await el.submit(), 'nothing saved without a sign-in for the new store').to.equal(false);
      expect(updated).to.deep.equal([]);
      connectButton(el).click();
      const win = await popup('default:edit:s-1');
      expect(query(win).get('shop')).to.equal('new-store');
      broadcast(oauthMessage(query(win).get('state')!, 'conn_new_store', 'owner@new-store.example'));
      await waitUntil(() => status(el).dataset.oauth === 'connected', 'connected to the new store', { timeout: 5_000 });
      win.close();
      await pressContinue(el);
      expect(await el.submit()).to.equal(true);
      expect(updated).to.have.length(1);
      expect(updated[0]!.credentials).to.deep.equal({ shop: 'new-store', connectionRef: 'conn_new_store' });
    });

    it('the store typed back as the connector has it (in any case) keeps the connection again, and nothing of it is sent', async () => {
      const { el, updated } = await editShop('Old-Store');
      await type(el, SHOP, 'other-store');
      expect(connectButton(el).textContent!.trim()).to.equal('Connect with Shopify');
      await type(el, SHOP, 'old-store');
      expect(status(el).textContent).to.contain('stays connected').and.not.contain('changed');
      expect(connectButton(el).textContent!.trim()).to.equal('Connect a different account');
      await pressContinue(el);
      expect(currentStepId(el), 'no sign-in asked for').to.equal('review');
      await el.goTo('general');
      await settle(el);
      await type(el, '#field-name', 'Shop UK renamed');
      expect(await el.submit()).to.equal(true);
      expect(updated).to.have.length(1);
      expect(updated[0]).to.deep.equal({ id: 's-1', name: 'Shop UK renamed' });
    });
  });
});
