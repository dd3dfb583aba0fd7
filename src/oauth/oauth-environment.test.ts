/**
 * A sign-in is made for live or testing, as it is for a store: the start URL says which (a
 * backend may send a testing connector to a provider's sandbox), and a connection made for one
 * is not used for the other.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import type { ConnectorPayload } from '../schemas/wizard-data.js';
import type { ConnectorWizard, EditableConnector } from '../wizard/connector-wizard.js';
import { advanceTo, choose, errorSummary, inStep, pressContinue, settle, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import {
  atConnect,
  broadcast,
  broadcastDelivered,
  closePopup,
  connectButton,
  editingOnCredentials,
  oauthMessage,
  popup,
  SHOP_UK,
  oauthStatus as status,
  switchEnvironment,
} from '../test/oauth-fixtures.js';

const SHOP = '#field-credentials-shop';
const query = (win: Window) => new URL(win.location.href).searchParams;
const polite = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!;

const STORED = 'connector-wizard:oauth-state:';
const fragment = (message: object) => `#connector-wizard-oauth=${encodeURIComponent(JSON.stringify(message))}`;

describe('OAuth: live or testing', () => {
  afterEach(() => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(STORED)) sessionStorage.removeItem(key);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  });

  it('the start URL says the environment; the stand-in provider signs a testing connector in to its sandbox', async () => {
    const el = await atConnect({ system: 'shopify' });
    await switchEnvironment(el, 'test');
    await type(el, SHOP, 'my-store');
    connectButton(el).click();
    const win = await popup('default:shopify');
    expect([...query(win).keys()]).to.deep.equal(['system', 'authType', 'environment', 'state', 'shop']);
    expect(query(win).get('environment')).to.equal('test');
    expect(win.document.querySelector('h1')!.textContent).to.equal('Sign in to Shopify (sandbox)');
    (win.document.querySelector('#allow') as HTMLAnchorElement).click();
    await waitUntil(() => status(el).dataset.oauth === 'connected', 'connected', { timeout: 5000 });
    expect(status(el).textContent).to.contain('my-store.myshopify.com (sandbox)');
  });

  it('a connection made for testing goes when the connector becomes live, and that is said; Connect then signs in for live', async () => {
    const el = await atConnect({ system: 'shopify' });
    await switchEnvironment(el, 'test');
    await type(el, SHOP, 'my-store');
    connectButton(el).click();
    let win = await popup('default:shopify');
    broadcast(oauthMessage(query(win).get('state')!, 'conn_sandbox', 'owner@sandbox.example'));
    await waitUntil(() => status(el).dataset.oauth === 'connected', 'connected for testing', { timeout: 5_000 });
    win.close();
    await el.goTo('general');
    await settle(el);
    await choose(el, '#environment-live');
    expect(polite(el), 'said where the switch is made').to.contain('This connector is live now');
    await el.goTo('credentials');
    await settle(el);
    expect(status(el).textContent).to.not.contain('owner@sandbox.example');
    expect(status(el).textContent).to.contain('This connector is live now, so a connection made for testing cannot be used.');
    expect(connectButton(el).textContent!.trim()).to.equal('Connect with Shopify');
    await pressContinue(el);
    expect(errorSummary(el).join(' ')).to.contain('Connect with Shopify to continue');
    const created: ConnectorPayload[] = [];
    el.addEventListener('connector-created', (e) => created.push(e.detail.connector as ConnectorPayload));
    expect(await el.submit(), 'never created with the sandbox connection').to.equal(false);
    connectButton(el).click();
    win = await popup('default:shopify');
    expect(query(win).get('environment')).to.equal('live');
    broadcast(oauthMessage(query(win).get('state')!, 'conn_live', 'owner@live.example'));
    await waitUntil(() => status(el).textContent!.includes('owner@live.example'), 'connected for live', { timeout: 5_000 });
    expect(status(el).textContent).to.not.contain('cannot be used');
    win.close();
    await pressContinue(el);
    expect(await el.submit()).to.equal(true);
    expect(created[0]!.environment).to.equal('live');
    expect(created[0]!.credentials, 'the environment it was made for is never sent').to.deep.equal({ shop: 'my-store', connectionRef: 'conn_live' });
  });

  it('switching while the sign-in window is open ends that sign-in: its window closes and a late result is not taken', async () => {
    const el = await atConnect({ system: 'shopify' });
    await type(el, SHOP, 'my-store');
    connectButton(el).click();
    const win = await popup('default:shopify');
    const state = query(win).get('state')!;
    expect(query(win).get('environment')).to.equal('live');
    await waitUntil(() => status(el).dataset.oauth === 'waiting', 'waiting', { timeout: 5_000 });
    await switchEnvironment(el, 'test');
    await waitUntil(() => win.closed, 'the window for live closes', { timeout: 5_000 });
    expect(status(el).dataset.oauth).to.equal('idle');
    expect(status(el).textContent).to.contain('This connector is for testing now, so a live connection cannot be used.');
    await broadcastDelivered(el, oauthMessage(state, 'conn_live', 'owner@live.example'));
    await settle(el);
    expect(status(el).textContent).to.not.contain('owner@live.example');
  });

  it('in an edit, the connector kept connection is for its environment: another asks for a sign-in, and back to its own keeps it again', async () => {
    const el = await editingOnCredentials();
    const updated: Record<string, unknown>[] = [];
    el.addEventListener('connector-updated', (e) => updated.push(e.detail.connector as Record<string, unknown>));
    expect(status(el).textContent).to.contain('stays connected');
    await switchEnvironment(el, 'test');
    expect(status(el).textContent).to.not.contain('stays connected');
    expect(status(el).textContent).to.contain('This connector is for testing now');
    expect(connectButton(el).textContent!.trim()).to.equal('Connect with Shopify');
    expect(await el.submit(), 'a live connection is not saved with a testing connector').to.equal(false);
    expect(updated).to.deep.equal([]);
    await switchEnvironment(el, 'live');
    expect(status(el).textContent).to.contain('stays connected').and.not.contain('testing now');
    expect(connectButton(el).textContent!.trim()).to.equal('Connect a different account');
  });

  it('in an edit switched to testing, a saved shop a tightened pattern refuses does not block Connect: it warns, as on Credentials', async () => {
    const el = await editingOnCredentials({ ...SHOP_UK, credentials: { shop: 'old_store' } } as EditableConnector);
    await switchEnvironment(el, 'test');
    connectButton(el).click();
    await settle(el);
    expect(errorSummary(el)).to.deep.equal([]);
    expect(inStep(el, '[data-env-warning="shop"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Warning: This saved value no longer matches the expected format.');
    await closePopup(await popup('default:edit:s-1'));
  });

  it('a sign-in made in this tab for live is not taken by the connector that came back as testing (answers typed again, no drafts)', async () => {
    const state = 'L'.repeat(43);
    sessionStorage.setItem(`${STORED}default:xero`, JSON.stringify({ state, system: 'xero', authType: 'oauth', environment: 'live', draftId: 'default' }));
    history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment(oauthMessage(state, 'conn_live', 'owner@live.example'))}`);
    const el = await wizardFixture({ system: 'xero', noDrafts: true });
    el.setAttribute('oauth-start-url', '/api/oauth/start');
    await settle(el);
    await advanceTo(el, 'general');
    await type(el, '#field-name', 'Xero testing');
    await choose(el, '#environment-test');
    await pressContinue(el);
    await advanceTo(el, 'auth');
    await choose(el, '#auth-oauth');
    await pressContinue(el);
    expect(status(el).textContent).to.not.contain('owner@live.example');
    expect(status(el).textContent).to.contain('This connector is for testing now, so a live connection cannot be used.');
    const created: ConnectorPayload[] = [];
    el.addEventListener('connector-created', (e) => created.push(e.detail.connector as ConnectorPayload));
    expect(await el.submit()).to.equal(false);
    expect(created).to.deep.equal([]);
  });

  it('in an edit, a connection made for live is not saved once the host passes the connector again as testing', async () => {
    const el = await editingOnCredentials();
    const updated: Record<string, unknown>[] = [];
    el.addEventListener('connector-updated', (e) => updated.push(e.detail.connector as Record<string, unknown>));
    connectButton(el).click();
    const win = await popup('default:edit:s-1');
    expect(query(win).get('environment')).to.equal('live');
    broadcast(oauthMessage(query(win).get('state')!, 'conn_live', 'owner@live.example'));
    await waitUntil(() => status(el).textContent!.includes('owner@live.example'), 'connected for live', { timeout: 5_000 });
    win.close();
    el.connector = { ...SHOP_UK, environment: 'test' } as EditableConnector;
    await settle(el);
    expect(status(el).textContent).to.not.contain('owner@live.example');
    // The connector's own connection (testing now, as the host says) is what shows, and nothing of the live one is sent.
    expect(status(el).textContent).to.contain('stays connected');
    expect(await el.submit(), 'nothing changed').to.equal(false);
    expect(updated).to.deep.equal([]);
  });

  it('in an edit, a connection made for old-store and kept in its draft is not saved once the draft opens on the connector with another store', async () => {
    const draftDatabase = uniqueDatabase();
    const first = await wizardFixture({ draftDatabase, groups: [{ id: 'uk', name: 'UK' }] });
    first.setAttribute('oauth-start-url', '/api/oauth/start');
    first.connector = SHOP_UK;
    await settle(first);
    await first.goTo('credentials');
    await settle(first);
    connectButton(first).click();
    const win = await popup('default:edit:s-1');
    broadcast(oauthMessage(query(win).get('state')!, 'conn_old_store', 'owner@old-store.example'));
    await waitUntil(() => status(first).textContent!.includes('owner@old-store.example'), 'connected for old-store', { timeout: 5_000 });
    win.close();
    expect(await first.saveDraft(), 'the connection is in the draft').to.equal(true);
    first.remove();
    // Meanwhile a colleague moved the connector to another store: the page passes it as it is now, and the draft opens on it.
    const el = await wizardFixture({ draftDatabase, groups: [{ id: 'uk', name: 'UK' }] });
    el.setAttribute('oauth-start-url', '/api/oauth/start');
    const updated: Record<string, unknown>[] = [];
    el.addEventListener('connector-updated', (e) => updated.push(e.detail.connector as Record<string, unknown>));
    el.connector = { ...SHOP_UK, credentials: { shop: 'new-store' } } as EditableConnector;
    await settle(el);
    await el.goTo('credentials');
    await settle(el);
    expect(inStep<HTMLInputElement>(el, SHOP)!.value, "the store shown is the connector's").to.equal('new-store');
    expect(status(el).textContent).to.not.contain('owner@old-store.example');
    await el.submit();
    expect(JSON.stringify(updated), "old-store's connection is never saved on new-store").to.not.contain('conn_old_store');
  });

  it('in an edit, a connection made for old-store is not saved once the host passes the connector again with another store', async () => {
    const el = await editingOnCredentials();
    const updated: Record<string, unknown>[] = [];
    el.addEventListener('connector-updated', (e) => updated.push(e.detail.connector as Record<string, unknown>));
    connectButton(el).click();
    const win = await popup('default:edit:s-1');
    expect(query(win).get('shop')).to.equal('old-store');
    broadcast(oauthMessage(query(win).get('state')!, 'conn_old_store', 'owner@old-store.example'));
    await waitUntil(() => status(el).textContent!.includes('owner@old-store.example'), 'connected for old-store', { timeout: 5_000 });
    win.close();
    // A colleague moved the connector to another store: the page fetches its list again and passes it.
    el.connector = { ...SHOP_UK, credentials: { shop: 'new-store' } } as EditableConnector;
    await settle(el);
    expect(inStep<HTMLInputElement>(el, SHOP)!.value, 'the store shown follows the host').to.equal('new-store');
    expect(status(el).textContent).to.not.contain('owner@old-store.example');
    // The connector's own connection (for new-store, as the host says) is what shows, and nothing of old-store's is sent.
    expect(status(el).textContent).to.contain('stays connected');
    expect(await el.submit(), 'nothing changed').to.equal(false);
    expect(updated).to.deep.equal([]);
  });
});
