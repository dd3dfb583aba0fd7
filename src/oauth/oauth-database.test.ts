/** Two wizards of one `draft-id` on a page, each with its own draft database (`draftDatabase`): a sign-in one started is never the other's. */
import { expect } from '@open-wc/testing';
import { settle, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { atConnect, closePopup, connect, oauthMessage, oauthStatus, toOAuthCredentials } from '../test/oauth-fixtures.js';

const PENDING = 'connector-wizard:oauth-state:shared';
const OPEN = 'connector-wizard:oauth-open:shared';
const request = (database: string) => ({ startUrl: '/api/oauth/start', timeoutMs: 30_000, system: 'xero', authType: 'oauth', draftId: 'shared', key: 'shared', database });

/** A Xero wizard of `draft-id` `shared` whose drafts are in `database`, on Credentials with the sign-in chosen. */
async function sharedIn(database: string) {
  const el = await wizardFixture({ system: 'xero', draftId: 'shared', draftDatabase: database });
  el.setAttribute('oauth-start-url', '/api/oauth/start');
  await settle(el);
  await toOAuthCredentials(el);
  return el;
}

describe('OAuth: two wizards of one draft-id in different draft databases', () => {
  afterEach(() => {
    sessionStorage.removeItem(PENDING);
    sessionStorage.removeItem(OPEN);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  });

  it('a same-tab return started in one database is left for its wizard, not taken by the other', async () => {
    const [mine, other] = [uniqueDatabase(), uniqueDatabase()];
    const state = 'D'.repeat(43);
    sessionStorage.setItem(PENDING, JSON.stringify({ state, system: 'xero', authType: 'oauth', draftId: 'shared', database: mine }));
    const fragment = `#connector-wizard-oauth=${encodeURIComponent(JSON.stringify(oauthMessage(state, 'conn_mine', 'mine@xero.example')))}`;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment}`);
    const elsewhere = await sharedIn(other);
    expect(oauthStatus(elsewhere).textContent, 'not connected with a sign-in of the other database').to.not.contain('mine@xero.example');
    expect(location.hash, 'left in the address bar for its wizard').to.equal(fragment);
    // What must not change: the wizard of the database it was started in takes it.
    const own = await sharedIn(mine);
    expect(oauthStatus(own).textContent, 'taken by its own wizard').to.contain('mine@xero.example');
    expect(location.hash, 'then it leaves the address bar').to.equal('');
  });

  it('a popup sign-in left under way in one database is not taken up by the other after a reload', async () => {
    const [mine, other] = [uniqueDatabase(), uniqueDatabase()];
    sessionStorage.setItem(OPEN, JSON.stringify({ request: request(mine), state: 'E'.repeat(43), at: Date.now() }));
    const elsewhere = await sharedIn(other);
    expect(oauthStatus(elsewhere).textContent, 'not said as awaited').to.not.contain('Waiting for you');
    expect(sessionStorage.getItem(OPEN), 'still kept for its wizard').to.not.equal(null);
    elsewhere.remove();
    // What must not change: the wizard of the database it was started in takes it up.
    const own = await sharedIn(mine);
    expect(oauthStatus(own).textContent, 'its own wizard waits for it').to.contain('Waiting for you');
    own.reset();
  });

  it('a popup sign-in is kept for a reload with the database of the wizard that started it', async () => {
    const database = uniqueDatabase();
    const el = await atConnect({ draftId: 'shared', draftDatabase: database });
    const { win } = await connect(el);
    expect((JSON.parse(sessionStorage.getItem(OPEN) ?? 'null') as { request?: { database?: string } } | null)?.request?.database, 'its database kept').to.equal(database);
    await closePopup(win);
    el.reset();
  });
});
