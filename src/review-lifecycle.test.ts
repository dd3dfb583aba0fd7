/** Review of the element's lifecycle: upgrade, moves, removal, reset() and attributes removed. */
import { expect } from '@open-wc/testing';
import { settle, wizardFixture } from './test/fixtures.js';
import { oauthMessage, oauthStatus, toOAuthCredentials } from './test/oauth-fixtures.js';

const STORED = 'connector-wizard:oauth-state:';

describe('review: lifecycle', () => {
  afterEach(() => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(STORED)) sessionStorage.removeItem(key);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  });

  it('reset() ends a same-tab sign-in the person left by the Back button: its return later never connects the next connector', async () => {
    const state = 'B'.repeat(43);
    // Continue in this tab kept this, and the person came back with Back (no fragment): the sign-in is abandoned, not returned.
    sessionStorage.setItem(`${STORED}default:xero`, JSON.stringify({ state, system: 'xero', authType: 'oauth' }));
    const first = await wizardFixture({ system: 'xero', noDrafts: true });
    first.setAttribute('oauth-start-url', '/api/oauth/start');
    await settle(first);
    await first.reset();
    await settle(first);
    first.remove();
    // Forward in history to the provider, Allow: the callback comes back to the page, and a new wizard opens there.
    const message = oauthMessage(state, 'conn_discarded', 'discarded@xero.example');
    history.replaceState(history.state, '', `${location.pathname}${location.search}#connector-wizard-oauth=${encodeURIComponent(JSON.stringify(message))}`);
    const second = await wizardFixture({ system: 'xero', noDrafts: true });
    second.setAttribute('oauth-start-url', '/api/oauth/start');
    await settle(second);
    await toOAuthCredentials(second);
    expect(oauthStatus(second).textContent).to.not.contain('discarded@xero.example');
    expect(location.hash, 'a return no wizard started leaves the address bar').to.equal('');
  });
});
