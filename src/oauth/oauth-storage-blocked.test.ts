/** A same-tab return that comes back to a page whose storage the browser blocks (a sandboxed frame, a privacy setting). */
import { expect } from '@open-wc/testing';
import { currentStepId, inStep, settle, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { oauthMessage, toOAuthCredentials } from '../test/oauth-fixtures.js';
import { withSessionStorageBlocked, withStorageRemoveRefused } from '../test/patched.js';

const fragment = (message: object) => `#connector-wizard-oauth=${encodeURIComponent(JSON.stringify(message))}`;

describe('OAuth: a return to a page whose sessionStorage is blocked', () => {
  afterEach(() => history.replaceState(history.state, '', `${location.pathname}${location.search}`));

  it('the wizard still opens and works, and the return it cannot check leaves the address bar', async () => {
    await withSessionStorageBlocked(async () => {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment(oauthMessage('B'.repeat(43), 'conn_blocked', 'blocked@xero.example'))}`);
      const el = await wizardFixture({ system: 'xero', draftDatabase: uniqueDatabase(), noDrafts: true });
      el.setAttribute('oauth-start-url', '/api/oauth/start');
      await settle(el);
      expect(currentStepId(el), 'a step on screen').to.not.equal(null);
      expect(location.hash, 'not left in the address bar').to.equal('');
      await toOAuthCredentials(el);
      expect(currentStepId(el)).to.equal('credentials');
      expect(inStep(el, '#oauth-status')!.textContent, 'not connected by a return it could not check').to.not.contain('blocked@xero.example');
    });
  });

  it('a return to storage that refuses to remove the kept sign-in is still taken, and leaves the address bar', async () => {
    const state = 'R'.repeat(43);
    sessionStorage.setItem('connector-wizard:oauth-state:default:xero', JSON.stringify({ state, system: 'xero', authType: 'oauth' }));
    history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment(oauthMessage(state, 'conn_kept', 'kept@xero.example'))}`);
    try {
      await withStorageRemoveRefused(async () => {
        const el = await wizardFixture({ system: 'xero', draftDatabase: uniqueDatabase(), noDrafts: true });
        el.setAttribute('oauth-start-url', '/api/oauth/start');
        await settle(el);
        expect(location.hash, 'not left in the address bar').to.equal('');
        await toOAuthCredentials(el);
        expect(inStep(el, '#oauth-status')!.textContent, 'the return taken').to.contain('kept@xero.example');
      });
    } finally {
      sessionStorage.removeItem('connector-wizard:oauth-state:default:xero');
    }
  });
});
