/** A same-tab return that comes back to a page whose storage the browser blocks (a sandboxed frame, a privacy setting). */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { currentStepId, inStep, settle, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { atConnect, broadcast, closePopup, connect, oauthMessage, oauthStatus, toOAuthCredentials } from '../test/oauth-fixtures.js';
import { withSessionStorageBlocked, withStorageRemoveRefused } from '../test/patched.js';
import { signInSlot } from './oauth-return.js';

const fragment = (message: object) => `#connector-wizard-oauth=${encodeURIComponent(JSON.stringify(message))}`;

/** The callback brought the person back to this page with a connection for `state`, as `account`. */
const returnWith = (state: string, account: string) =>
  history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment(oauthMessage(state, 'conn_back', account))}`);

/** A Xero wizard with no drafts (its `draftId`, if given; its `draftDatabase`, as a page reloaded has it), on Credentials with the sign-in chosen. */
async function opened(draftId?: string, draftDatabase = uniqueDatabase()) {
  const el = await wizardFixture({ system: 'xero', draftDatabase, noDrafts: true, draftId });
  el.setAttribute('oauth-start-url', '/api/oauth/start');
  await settle(el);
  await toOAuthCredentials(el);
  return el;
}

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

  it('a return replayed to storage that refuses removal (Back to the callback, which redirects again) is not taken a second time', async () => {
    const state = 'P'.repeat(43);
    sessionStorage.setItem('connector-wizard:oauth-state:default:xero', JSON.stringify({ state, system: 'xero', authType: 'oauth' }));
    const returnTo = () => returnWith(state, 'spent@xero.example');
    try {
      await withStorageRemoveRefused(async () => {
        returnTo();
        const first = await opened();
        expect(inStep(first, '#oauth-status')!.textContent, 'the return taken once').to.contain('spent@xero.example');
        first.remove();
        returnTo();
        const second = await opened();
        expect(location.hash, 'the replay leaves the address bar').to.equal('');
        expect(inStep(second, '#oauth-status')!.textContent, 'a spent return is not taken again').to.not.contain('spent@xero.example');
      });
    } finally {
      sessionStorage.removeItem('connector-wizard:oauth-state:default:xero');
    }
  });

  it('a return spent where storage refuses removal leaves the one another draft-id kept to be taken', async () => {
    sessionStorage.setItem('connector-wizard:oauth-state:default:xero', JSON.stringify({ state: 'S'.repeat(43), system: 'xero', authType: 'oauth' }));
    sessionStorage.setItem('connector-wizard:oauth-state:other', JSON.stringify({ state: 'O'.repeat(43), system: 'xero', authType: 'oauth', draftId: 'other' }));
    try {
      await withStorageRemoveRefused(async () => {
        returnWith('S'.repeat(43), 'first@xero.example');
        const first = await opened();
        expect(inStep(first, '#oauth-status')!.textContent, 'its own return taken').to.contain('first@xero.example');
        first.remove();
        returnWith('O'.repeat(43), 'other@xero.example');
        const other = await opened('other');
        expect(inStep(other, '#oauth-status')!.textContent, 'the other draft-id takes its own').to.contain('other@xero.example');
      });
    } finally {
      sessionStorage.removeItem('connector-wizard:oauth-state:default:xero');
      sessionStorage.removeItem('connector-wizard:oauth-state:other');
    }
  });
});

describe('OAuth: a popup sign-in finished where storage refuses removal', () => {
  const database = uniqueDatabase();
  const OPEN = `connector-wizard:oauth-open:${signInSlot('default:xero', database)}`;
  afterEach(() => sessionStorage.removeItem(OPEN));

  it('a reload after it finished does not take it up again as still awaited', async () => {
    await withStorageRemoveRefused(async () => {
      const el = await atConnect({ noDrafts: true, draftDatabase: database });
      const { win, state } = await connect(el);
      broadcast(oauthMessage(state, 'conn_done', 'done@xero.example'));
      await waitUntil(() => oauthStatus(el).textContent!.includes('done@xero.example'), 'connected', { timeout: 5_000 });
      await closePopup(win);
      el.remove();
      expect(sessionStorage.getItem(OPEN), 'written over where it was kept').to.equal('null');
      const reloaded = await opened(undefined, database);
      expect(oauthStatus(reloaded).textContent, 'not said as awaited').to.not.contain('Waiting for you');
      expect(oauthStatus(reloaded).dataset.oauth, 'no sign-in under way').to.equal('idle');
      // What must not change: a new sign-in is kept for a reload again, over the spent one.
      const again = await connect(reloaded);
      expect((JSON.parse(sessionStorage.getItem(OPEN) ?? 'null') as { state?: string } | null)?.state, 'the new sign-in kept').to.equal(again.state);
      await closePopup(again.win);
    });
  });
});
