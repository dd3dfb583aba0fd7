/**
 * Live or testing, switched more than once, or brought back with a system's answers set aside:
 * a connection made for one is never used for the other, and what the step says stays true.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import type { ConnectorPayload } from '../schemas/wizard-data.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { advanceTo, choose, pressContinue, settle, type, wizardFixture } from '../test/fixtures.js';
import { atConnect, broadcast, connect, connectButton, editingOnCredentials, oauthMessage, popup, oauthStatus as status, switchEnvironment } from '../test/oauth-fixtures.js';

const query = (win: Window) => new URL(win.location.href).searchParams;

/** Connect pressed in `el`'s window `key`, and the provider's answer brought on the BroadcastChannel. */
async function signIn(el: ConnectorWizard, key: string, ref: string, account: string) {
  connectButton(el).click();
  const win = await popup(key);
  broadcast(oauthMessage(query(win).get('state')!, ref, account));
  await waitUntil(() => status(el).textContent!.includes(account), `connected as ${account}`, { timeout: 5_000 });
  win.close();
}

describe('OAuth: live or testing, switched again', () => {
  it('a live connection set aside with its system is not used when the system comes back under testing', async () => {
    const el = await wizardFixture({ noDrafts: true });
    el.setAttribute('oauth-start-url', '/api/oauth/start');
    await settle(el);
    await choose(el, '#system-xero');
    await pressContinue(el);
    await advanceTo(el, 'auth');
    await choose(el, '#auth-oauth');
    await pressContinue(el);
    const { win, state } = await connect(el);
    broadcast(oauthMessage(state, 'conn_live', 'owner@live.example'));
    await waitUntil(() => status(el).textContent!.includes('owner@live.example'), 'connected for live', { timeout: 5_000 });
    win.close();
    await el.goTo('system');
    await settle(el);
    await choose(el, '#system-shopify');
    await el.goTo('general');
    await settle(el);
    await choose(el, '#environment-test');
    await el.goTo('system');
    await settle(el);
    await choose(el, '#system-xero');
    await el.goTo('credentials');
    await settle(el);
    expect(status(el).textContent).to.not.contain('owner@live.example');
    const created: ConnectorPayload[] = [];
    el.addEventListener('connector-created', (e) => created.push(e.detail.connector as ConnectorPayload));
    expect(await el.submit()).to.equal(false);
    expect(created).to.deep.equal([]);
  });

  it('live, testing, live again: the step no longer says the connector is for testing', async () => {
    const el = await atConnect({ system: 'xero', noDrafts: true });
    await signIn(el, 'default:xero', 'conn_live', 'owner@live.example');
    await switchEnvironment(el, 'test');
    expect(status(el).textContent).to.contain('This connector is for testing now');
    await switchEnvironment(el, 'live');
    expect(status(el).textContent).to.not.contain('for testing now').and.not.contain('owner@live.example');
    expect(connectButton(el).textContent!.trim()).to.equal('Connect with Xero');
  });

  it('in an edit, a sign-in made for testing and then back to live: the connector kept connection shows, with nothing said against it', async () => {
    const el = await editingOnCredentials();
    await switchEnvironment(el, 'test');
    await signIn(el, 'default:edit:s-1', 'conn_sandbox', 'owner@sandbox.example');
    await switchEnvironment(el, 'live');
    expect(connectButton(el).textContent!.trim()).to.equal('Connect a different account');
    expect(status(el).textContent).to.contain('stays connected').and.not.contain('cannot be used').and.not.contain('owner@sandbox.example');
  });

  it('a switch to testing while another way to sign in is chosen says nothing of Connect; back on OAuth, the note beside Connect says why', async () => {
    const el = await atConnect({ system: 'shopify', noDrafts: true });
    await type(el, '#field-credentials-shop', 'my-store');
    await signIn(el, 'default:shopify', 'conn_live', 'owner@live.example');
    await el.goTo('auth');
    await settle(el);
    await choose(el, '#auth-access-token');
    await el.goTo('general');
    await settle(el);
    await choose(el, '#environment-test');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!).to.not.contain('Connect again');
    await el.goTo('auth');
    await settle(el);
    await choose(el, '#auth-oauth');
    await el.goTo('credentials');
    await settle(el);
    expect(status(el).textContent).to.contain('This connector is for testing now').and.not.contain('owner@live.example');
  });
});
