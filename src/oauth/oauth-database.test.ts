/** Two wizards of one `draft-id` on a page, each with its own draft database (`draftDatabase`): a sign-in one started is never the other's. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { currentStepId, settle, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { atConnect, closePopup, connect, connectButton, oauthMessage, oauthStatus, toOAuthCredentials } from '../test/oauth-fixtures.js';
import { withPatched } from '../test/patched.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { DEFAULT_DRAFT_DATABASE } from '../storage/draft-database.js';
import { signInOpen, signInSlot } from './oauth-return.js';

const PENDING = 'connector-wizard:oauth-state:shared';
/** Where a popup sign-in of `draft-id` `shared` is kept for the tab: under the `draft-id` alone before sign-ins were kept by database too. */
const OPEN = 'connector-wizard:oauth-open:shared';
const openIn = (database: string) => `connector-wizard:oauth-open:${signInSlot('shared', database)}`;
/** The name of the window a popup sign-in of `draft-id` `shared` is in: under the `draft-id` alone before sign-ins were kept by database too. */
const NAME = 'connector-wizard-oauth:shared';
const nameIn = (database: string) => `connector-wizard-oauth:${signInSlot('shared', database)}`;
/** Where a same-tab sign-in of `draft-id` `shared` is kept for its return by a wizard whose drafts are in `database`. */
const pendingIn = (database: string) => `connector-wizard:oauth-state:${signInSlot('shared', database)}`;
/** What Continue in this tab kept under `stored` for a wizard of `database`. */
const keep = (stored: string, database: string, state: string) =>
  sessionStorage.setItem(stored, JSON.stringify({ state, system: 'xero', authType: 'oauth', draftId: 'shared', database }));
/** The callback brings the sign-in of `state` back to this page, signed in as `account`. */
const backFrom = (state: string, account: string) =>
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${location.search}#connector-wizard-oauth=${encodeURIComponent(JSON.stringify(oauthMessage(state, 'conn_back', account)))}`,
  );
const request = (database: string) => ({ startUrl: '/api/oauth/start', timeoutMs: 30_000, system: 'xero', authType: 'oauth', draftId: 'shared', key: 'shared', database });

/** A Xero wizard of `draft-id` `shared` whose drafts are in `database`, on Credentials with the sign-in chosen. */
async function sharedIn(database: string) {
  const el = await wizardFixture({ system: 'xero', draftId: 'shared', draftDatabase: database });
  el.setAttribute('oauth-start-url', '/api/oauth/start');
  await settle(el);
  await toOAuthCredentials(el);
  return el;
}

/** Presses Connect on `el`, the browser opening no window: the name it asked for. */
async function nameAskedBy(el: ConnectorWizard): Promise<string | undefined> {
  const names: (string | undefined)[] = [];
  await withPatched(window, 'open', ((_url?: string | URL, name?: string) => (names.push(name), null)) as typeof window.open, async () => {
    connectButton(el).click();
    await waitUntil(() => names.length, 'Connect opened', { timeout: 5_000 });
  });
  return names[0];
}

/**
 * An earlier sign-in in `database` (the browser opened no window), by a wizard of `draft-id` `shared` that leaves no draft behind
 * (no-drafts, then removed): the name its window was given. The next wizard there finds neither a draft nor one discarded.
 */
async function earlierSignInIn(database: string): Promise<string | undefined> {
  const el = await wizardFixture({ system: 'xero', draftId: 'shared', draftDatabase: database, noDrafts: true });
  el.setAttribute('oauth-start-url', '/api/oauth/start');
  await settle(el);
  await toOAuthCredentials(el);
  const name = await nameAskedBy(el);
  el.remove();
  return name;
}

/** Collects what is thrown, or rejected unhandled, on the page while `run` runs. */
async function thrownDuring(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => (errors.push(String(e.reason)), e.preventDefault());
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

/** Presses Connect on `el`: the window it opened (as the browser gave it to the wizard), once its consent page is there. */
async function windowOf(el: ConnectorWizard): Promise<Window> {
  const open = window.open;
  let opened: Window | null = null;
  await withPatched(window, 'open', ((...args: Parameters<typeof open>) => (opened = open.apply(window, args))) as typeof open, async () => {
    connectButton(el).click();
    await waitUntil(() => opened, 'Connect opened a window', { timeout: 5_000 });
  });
  const win = opened as unknown as Window;
  await waitUntil(() => win.location.href !== 'about:blank' && win.document.readyState === 'complete' && win.document.querySelector('#allow'), 'consent page', {
    timeout: 5000,
  });
  return win;
}

const stateIn = (win: Window) => new URL(win.location.href).searchParams.get('state');

describe('OAuth: two wizards of one draft-id in different draft databases', () => {
  afterEach(() => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(PENDING)) sessionStorage.removeItem(key);
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(OPEN) || key.startsWith(NAME)) sessionStorage.removeItem(key);
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

  it('Start over on the other wizard leaves a same-tab sign-in kept as before (under the draft-id alone) for its own wizard, which takes it on return', async () => {
    const [mine, other] = [uniqueDatabase(), uniqueDatabase()];
    keep(PENDING, mine, 'F'.repeat(43));
    const elsewhere = await sharedIn(other);
    await elsewhere.reset();
    expect(sessionStorage.getItem(PENDING), 'still kept for its wizard').to.not.equal(null);
    elsewhere.remove();
    backFrom('F'.repeat(43), 'mine@xero.example');
    const own = await sharedIn(mine);
    expect(oauthStatus(own).textContent, 'taken by its own wizard, not asked to sign in again').to.contain('mine@xero.example');
    expect(sessionStorage.getItem(PENDING), 'taken once').to.equal(null);
    own.reset();
  });

  it('Start over removes only the wizard s own same-tab sign-in: kept by database, the other one is still taken by its wizard on return', async () => {
    const [mine, other] = [uniqueDatabase(), uniqueDatabase()];
    keep(pendingIn(mine), mine, 'G'.repeat(43));
    keep(pendingIn(other), other, 'H'.repeat(43));
    const elsewhere = await sharedIn(other);
    await elsewhere.reset();
    // What must not change: its own, left unfinished, goes with the answers.
    expect(sessionStorage.getItem(pendingIn(other)), 'its own removed').to.equal(null);
    expect(sessionStorage.getItem(pendingIn(mine)), 'the other still kept').to.not.equal(null);
    elsewhere.remove();
    backFrom('G'.repeat(43), 'mine@xero.example');
    const own = await sharedIn(mine);
    expect(oauthStatus(own).textContent, 'taken by its own wizard').to.contain('mine@xero.example');
    expect(sessionStorage.getItem(pendingIn(mine)), 'taken once').to.equal(null);
    expect(location.hash, 'then it leaves the address bar').to.equal('');
    own.reset();
  });

  it('Start over still removes its own same-tab sign-in kept as before (under the draft-id alone)', async () => {
    const database = uniqueDatabase();
    keep(PENDING, database, 'J'.repeat(43));
    const el = await sharedIn(database);
    await el.reset();
    expect(sessionStorage.getItem(PENDING)).to.equal(null);
  });

  it('a wizard of the default draft database keeps its same-tab sign-in under the draft-id alone, as before, and Start over removes it and leaves the other database s', async () => {
    const other = uniqueDatabase();
    expect(pendingIn(DEFAULT_DRAFT_DATABASE), 'the same key as before').to.equal(PENDING);
    keep(PENDING, DEFAULT_DRAFT_DATABASE, 'K'.repeat(43));
    keep(pendingIn(other), other, 'M'.repeat(43));
    const el = await sharedIn(DEFAULT_DRAFT_DATABASE);
    await el.reset();
    expect(sessionStorage.getItem(PENDING), 'its own removed').to.equal(null);
    expect(sessionStorage.getItem(pendingIn(other)), 'the other database s still kept').to.not.equal(null);
  });

  it('a popup sign-in left under way in one database, kept as before (under the draft-id alone), is taken up after a reload by its wizard only, and kept by its database from then on', async () => {
    const [mine, other] = [uniqueDatabase(), uniqueDatabase()];
    sessionStorage.setItem(OPEN, JSON.stringify({ request: request(mine), state: 'E'.repeat(43), at: Date.now() }));
    const elsewhere = await sharedIn(other);
    expect(oauthStatus(elsewhere).textContent, 'not said as awaited').to.not.contain('Waiting for you');
    expect(sessionStorage.getItem(OPEN), 'still kept for its wizard').to.not.equal(null);
    elsewhere.remove();
    // What must not change: the wizard of the database it was started in takes it up.
    const own = await sharedIn(mine);
    expect(oauthStatus(own).textContent, 'its own wizard waits for it').to.contain('Waiting for you');
    expect(sessionStorage.getItem(OPEN), 'read once: no longer kept under the draft-id alone').to.equal(null);
    expect((JSON.parse(sessionStorage.getItem(openIn(mine)) ?? 'null') as { state?: string } | null)?.state, 'kept by its database').to.equal('E'.repeat(43));
    own.reset();
  });

  it('a popup sign-in is kept for a reload with the database of the wizard that started it', async () => {
    const database = uniqueDatabase();
    const el = await atConnect({ draftId: 'shared', draftDatabase: database });
    const { win } = await connect(el);
    expect((JSON.parse(sessionStorage.getItem(openIn(database)) ?? 'null') as { request?: { database?: string } } | null)?.request?.database, 'its database kept').to.equal(
      database,
    );
    await closePopup(win);
    el.reset();
  });

  it('each signs in in a window of its own: the second Connect never takes over the first window', async () => {
    const [a, b] = [await sharedIn(uniqueDatabase()), await sharedIn(uniqueDatabase())];
    const winA = await windowOf(a);
    const stateA = stateIn(winA);
    const winB = await windowOf(b);
    try {
      expect(winB === winA, 'another window').to.equal(false);
      expect(stateIn(winA), 'the first sign-in still in its window').to.equal(stateA);
      winA.document.querySelector<HTMLAnchorElement>('#allow')!.click();
      await waitUntil(() => oauthStatus(a).dataset.oauth === 'connected', 'the first connected', { timeout: 5_000 });
      expect(oauthStatus(b).dataset.oauth, 'the second still waits for its own window').to.equal('waiting');
    } finally {
      if (!winA.closed) await closePopup(winA);
      if (!winB.closed) await closePopup(winB);
      b.reset();
    }
  });

  it('the second finishing leaves the first kept for a reload: its wizard, opened again, still waits for it', async () => {
    const [mine, other] = [uniqueDatabase(), uniqueDatabase()];
    const a = await sharedIn(mine);
    const b = await sharedIn(other);
    const winA = await windowOf(a);
    const winB = await windowOf(b);
    try {
      winB.document.querySelector<HTMLAnchorElement>('#allow')!.click();
      await waitUntil(() => oauthStatus(b).dataset.oauth === 'connected', 'the second connected', { timeout: 5_000 });
      // As the page reloaded in another tab with its sessionStorage (a duplicated tab): the first wizard's draft there takes its sign-in up.
      expect(await a.saveDraft()).to.equal(true);
      const again = await wizardFixture({ system: 'xero', draftId: 'shared', draftDatabase: mine });
      again.setAttribute('oauth-start-url', '/api/oauth/start');
      await waitUntil(() => currentStepId(again) === 'credentials' && oauthStatus(again), 'the draft brings it back to Credentials', { timeout: 5000 });
      expect(oauthStatus(again).textContent, 'the first sign-in still awaited').to.contain('Waiting for you');
      again.reset();
    } finally {
      if (!winA.closed) await closePopup(winA);
      if (!winB.closed) await closePopup(winB);
      a.reset();
    }
  });

  it('a popup sign-in kept as before taken up by its database takes its window name along: a default database wizard of the draft-id opens a window of its own', async () => {
    const mine = uniqueDatabase();
    const legacyWindow = 'connector-wizard-oauth-legacywindow';
    sessionStorage.setItem(OPEN, JSON.stringify({ request: request(mine), state: 'E'.repeat(43), at: Date.now() }));
    sessionStorage.setItem(NAME, legacyWindow);
    const own = await sharedIn(mine);
    expect(oauthStatus(own).textContent, 'its own wizard waits for it').to.contain('Waiting for you');
    // What must not change: the sign-in taken up still names the window it is in.
    expect(sessionStorage.getItem(nameIn(mine)), 'its window named under its own slot').to.equal(legacyWindow);
    const other = await sharedIn(DEFAULT_DRAFT_DATABASE);
    try {
      expect(await nameAskedBy(other), 'not the window of the sign-in under way in the other database').to.not.equal(legacyWindow);
    } finally {
      own.reset();
      other.reset();
    }
  });

  it('a popup sign-in kept as before taken up by its database takes its window name along, also where an earlier sign-in of that database named a window', async () => {
    const mine = uniqueDatabase();
    const legacyWindow = 'connector-wizard-oauth-legacywindow';
    const earlier = await earlierSignInIn(mine);
    expect(sessionStorage.getItem(nameIn(mine)), 'named under its slot').to.equal(earlier);
    // Then a sign-in kept as before (under the draft-id alone) is left under way by a reload, in the window of its name.
    sessionStorage.setItem(OPEN, JSON.stringify({ request: request(mine), state: 'E'.repeat(43), at: Date.now() }));
    sessionStorage.setItem(NAME, legacyWindow);
    const own = await sharedIn(mine);
    try {
      expect(oauthStatus(own).textContent, 'its own wizard waits for it').to.contain('Waiting for you');
      expect(sessionStorage.getItem(nameIn(mine)), 'the window of the sign-in under way named under its slot').to.equal(legacyWindow);
      expect(sessionStorage.getItem(NAME), 'moved, not copied').to.equal(null);
      expect(await nameAskedBy(own), 'Connect again opens in the window of the sign-in under way, not beside it').to.equal(legacyWindow);
    } finally {
      own.reset();
    }
  });

  it('a window name kept under the database slot stays when nothing was kept under the draft-id alone', async () => {
    const mine = uniqueDatabase();
    const earlier = await earlierSignInIn(mine);
    // A sign-in kept as before, with no window name kept under the draft-id alone (its tab had no sessionStorage for it then).
    sessionStorage.setItem(OPEN, JSON.stringify({ request: request(mine), state: 'E'.repeat(43), at: Date.now() }));
    const own = await sharedIn(mine);
    try {
      expect(oauthStatus(own).textContent, 'its own wizard waits for it').to.contain('Waiting for you');
      expect(sessionStorage.getItem(nameIn(mine)), 'its name kept').to.equal(earlier);
    } finally {
      own.reset();
    }
  });

  it('a popup sign-in kept before sign-ins kept their database (none said) is taken up once: by the first wizard of its draft-id, not by every one', async () => {
    const [first, second] = [uniqueDatabase(), uniqueDatabase()];
    // No database in its request (JSON leaves an undefined one out).
    sessionStorage.setItem(OPEN, JSON.stringify({ request: { ...request(first), database: undefined }, state: 'E'.repeat(43), at: Date.now() }));
    const a = await sharedIn(first);
    const b = await sharedIn(second);
    try {
      expect(oauthStatus(a).textContent, 'the first takes it up').to.contain('Waiting for you');
      expect(oauthStatus(b).textContent, 'the second does not').to.not.contain('Waiting for you');
      expect(sessionStorage.getItem(OPEN), 'no longer kept under the draft-id alone').to.equal(null);
      expect(sessionStorage.getItem(openIn(second)), 'nor under the second database').to.equal(null);
      expect(
        (JSON.parse(sessionStorage.getItem(openIn(first)) ?? 'null') as { request?: { database?: string } } | null)?.request?.database,
        'kept under the first database',
      ).to.equal(first);
    } finally {
      a.reset();
      b.reset();
    }
  });

  it('a popup sign-in kept before sign-ins kept their database is still taken up by a wizard of the default database', async () => {
    // A draft-id of its own: no draft (nor one discarded) left in the shared default database by another test.
    const id = `undatabased-${crypto.randomUUID()}`;
    const kept = `connector-wizard:oauth-open:${id}`;
    sessionStorage.setItem(
      kept,
      JSON.stringify({ request: { ...request(DEFAULT_DRAFT_DATABASE), draftId: id, key: id, database: undefined }, state: 'E'.repeat(43), at: Date.now() }),
    );
    const el = await wizardFixture({ system: 'xero', draftId: id, draftDatabase: DEFAULT_DRAFT_DATABASE });
    el.setAttribute('oauth-start-url', '/api/oauth/start');
    try {
      await settle(el);
      await toOAuthCredentials(el);
      expect(oauthStatus(el).textContent, 'it waits for it').to.contain('Waiting for you');
      expect((JSON.parse(sessionStorage.getItem(kept) ?? 'null') as { request?: { database?: string } } | null)?.request?.database, 'kept as its own').to.equal(
        DEFAULT_DRAFT_DATABASE,
      );
    } finally {
      await el.reset();
      sessionStorage.removeItem(kept);
      sessionStorage.removeItem(`connector-wizard-oauth:${id}`);
    }
  });

  it('a kept popup sign-in whose request is null is ignored: the wizard of another database renders and waits for nothing', async () => {
    sessionStorage.setItem(OPEN, JSON.stringify({ request: null, state: 'E'.repeat(43), at: Date.now() }));
    let el: ConnectorWizard | undefined;
    const errors = await thrownDuring(async () => {
      el = await sharedIn(uniqueDatabase());
      await settle(el);
    });
    expect(errors, 'nothing thrown').to.deep.equal([]);
    expect(currentStepId(el!)).to.equal('credentials');
    expect(oauthStatus(el!).textContent, 'not said as awaited').to.not.contain('Waiting for you');
    el!.reset();
  });

  it('a kept popup sign-in that is not JSON does not hide a sign-in under way in a database', () => {
    sessionStorage.setItem(OPEN, '{cut short');
    sessionStorage.setItem(openIn('other-database'), JSON.stringify({ request: request('other-database'), state: 'E'.repeat(43), at: Date.now() }));
    expect(signInOpen('shared'), 'under way in the other database').to.equal(true);
    // What must not change: one not JSON, or spent, is no sign-in under way.
    sessionStorage.removeItem(openIn('other-database'));
    expect(signInOpen('shared'), 'only one not JSON').to.equal(false);
    sessionStorage.setItem(openIn('other-database'), 'null');
    expect(signInOpen('shared'), 'and one spent').to.equal(false);
  });
});
