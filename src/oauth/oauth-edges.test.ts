/** Sign-in edges: a window closed as soon as opened (or a moment later), a second Connect (after a reload too), Cancel with a sign-in under way, a same-tab return (or one left unfinished) and reset(), a same-tab sign-in on a page that has an opener. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import type { EditableConnector } from '../wizard/state/wizard-state.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { audit } from '../test/audit.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { moduleFault } from '../test/module-fault.js';
import { DraftStore } from '../storage/draft-store.js';
import { signInSlot } from './oauth-return.js';
import { advanceTo, choose, currentStepId, errorSummary, inStep, pressContinue, settle, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { holdDrafts, readDraft } from '../test/stored.js';
import {
  atConnect,
  broadcast,
  broadcastDelivered,
  closePopup,
  connect,
  connectButton,
  oauthMessage,
  neverSaidClosed,
  oauthStatus as status,
  sayings,
  afterResultAsks,
  toOAuthCredentials,
} from '../test/oauth-fixtures.js';

const STORED = 'connector-wizard:oauth-state:';
const RECONNECT = 'Connect a different account';

describe('sign-in edges', () => {
  afterEach(() => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(STORED)) sessionStorage.removeItem(key);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  });

  it('a window that loses touch while the person is on another step: the live region names no button that step lacks, and Credentials offers I have finished', async () => {
    const el = await atConnect({ resultUrl: '/api/oauth/result' });
    const { win } = await connect(el);
    await el.back();
    await settle(el);
    expect(currentStepId(el)).to.equal('auth');
    const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(region.textContent!.trim()));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    await closePopup(win);
    await waitUntil(() => said.some((text) => text.includes('Xero')), 'the window that lost touch is said', { timeout: 5000 });
    observer.disconnect();
    expect(said.at(-1)).to.contain('signing in to Xero');
    expect(said.join(' '), 'no “I’ve finished” on the Authentication step').to.not.contain('I’ve finished');
    // Where the button is, it is offered, and the step says to choose it.
    await pressContinue(el);
    await waitUntil(() => status(el).dataset.oauth === 'detached', 'out of touch on Credentials', { timeout: 5_000 });
    expect(status(el).textContent).to.contain('When you have finished, choose “I’ve finished”');
    expect(inStep(el, '[data-oauth-finished]') !== null, 'I’ve finished offered').to.equal(true);
  });

  it('a window that loses touch on Credentials: the live region says to choose I have finished, the button beside it', async () => {
    const el = await atConnect({ resultUrl: '/api/oauth/result' });
    const { win } = await connect(el);
    const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    await closePopup(win);
    await waitUntil(() => status(el).dataset.oauth === 'detached', 'out of touch', { timeout: 5_000 });
    expect(region.textContent).to.contain('Waiting for you to finish signing in to Xero in the other window. When you have finished, choose “I’ve finished”.');
    expect(inStep(el, '[data-oauth-finished]') !== null).to.equal(true);
  });

  it('the step of a sign-in never says the way to sign in needs no credentials beside Connect', async () => {
    const el = await atConnect();
    const step = el.shadowRoot!.querySelector('[data-step]')!.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(step).to.contain('Connect with Xero');
    expect(step).to.not.contain('needs no credentials');
  });

  it('a window closed as soon as it opens (a blocker, an in-app browser) is said as blocked, with Continue in this tab', async () => {
    const el = await atConnect();
    const open = window.open;
    window.open = () => {
      const w = open.call(window, 'about:blank', '_blank', 'popup');
      w?.close();
      return w;
    };
    try {
      connectButton(el).click();
      await settle(el);
    } finally {
      window.open = open;
    }
    await waitUntil(() => status(el).dataset.oauth === 'blocked', 'said as blocked', { timeout: 5_000 });
    await settle(el);
    expect(inStep(el, '.notice-blocked')!.textContent).to.contain('Your browser blocked the sign-in window.');
    expect(inStep(el, '[data-oauth-tab]') !== null, 'Continue in this tab offered').to.equal(true);
  });

  it('a window a blocker closes a moment after it opened, before any page of the sign-in came, is said as blocked, with Continue in this tab', async () => {
    const el = await atConnect({ resultUrl: '/api/oauth/result' });
    // The start URL takes its time (the integrator's server, the provider): the window is still on its first about:blank.
    await moduleFault('/api/oauth/start')('delay=1500');
    const open = window.open;
    window.open = (...args: Parameters<typeof window.open>) => {
      const w = open.apply(window, args);
      setTimeout(() => w?.close(), 30);
      return w;
    };
    try {
      connectButton(el).click();
      await settle(el);
      window.open = open;
      await waitUntil(() => status(el).dataset.oauth !== 'waiting', 'the closed window noticed', { timeout: 5000 });
    } finally {
      window.open = open;
      await moduleFault('')();
    }
    await settle(el);
    expect(status(el).dataset.oauth).to.equal('blocked');
    expect(status(el).textContent).to.not.contain('in the other window');
    // It may have been the person who closed it: said as closed early, not as the browser's doing.
    const alert = inStep(el, '.notice-blocked')!.textContent!;
    expect(alert).to.contain('The sign-in window closed before its page loaded').and.not.contain('Your browser blocked');
    expect(inStep(el, '[data-oauth-tab]') !== null, 'Continue in this tab offered').to.equal(true);
  });

  it('a second Connect while the window is open brings that window forward, and starts nothing new', async () => {
    const el = await atConnect();
    const { win, state } = await connect(el);
    await waitUntil(() => status(el).dataset.oauth === 'waiting', 'waiting', { timeout: 5_000 });
    let focused = 0;
    win.focus = () => void focused++;
    connectButton(el).click();
    await settle(el);
    expect({ focused, closed: win.closed, state: status(el).dataset.oauth }).to.deep.equal({ focused: 1, closed: false, state: 'waiting' });
    // The sign-in under way is still the one whose result is taken.
    broadcast(oauthMessage(state, 'conn_first', 'first@xero.example'));
    await waitUntil(() => status(el).dataset.oauth === 'connected', 'connected by the first sign-in', { timeout: 5_000 });
    win.close();
  });

  it('Cancel with a sign-in under way closes its window, and a result that comes after is not taken', async () => {
    const el = await atConnect();
    const { win, state } = await connect(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel"]')!.click();
    await settle(el);
    expect(win.closed, 'the sign-in window closed').to.equal(true);
    await broadcastDelivered(el, oauthMessage(state, 'conn_after_cancel', 'aftercancel@xero.example'));
    await settle(el);
    expect(status(el).textContent).to.not.contain('aftercancel@xero.example');
  });

  it('removed during a sign-in and put back: its window is closed, and the live region no longer says to finish signing in there', async () => {
    const el = await atConnect();
    const { win } = await connect(el);
    await settle(el);
    const live = () => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
    expect(live(), 'said as it starts').to.contain('in the window that opened');
    const parent = el.parentNode!;
    el.remove();
    // Removed for good (past the task in which a move puts it back): the sign-in ends, its window closed.
    await waitUntil(() => win.closed, 'the sign-in window closed while the element was away', { timeout: 5000 });
    parent.appendChild(el);
    await settle(el);
    expect(win.closed, 'the sign-in window closed').to.equal(true);
    expect(status(el).dataset.oauth, 'no sign-in under way').to.equal('idle');
    expect(live(), 'no window to finish signing in').to.equal('');
  });

  it('a same-tab return still waiting for its auth type does not outlive reset(): the next connector is not connected by it', async () => {
    const state = 'R'.repeat(43);
    sessionStorage.setItem(`${STORED}default:xero`, JSON.stringify({ state, system: 'xero', authType: 'oauth' }));
    const message = oauthMessage(state, 'conn_before_reset', 'before@xero.example');
    history.replaceState(history.state, '', `${location.pathname}${location.search}#connector-wizard-oauth=${encodeURIComponent(JSON.stringify(message))}`);
    const el = await wizardFixture({ system: 'xero', noDrafts: true });
    el.setAttribute('oauth-start-url', '/api/oauth/start');
    await settle(el);
    expect(location.hash, 'taken').to.equal('');
    await el.reset();
    await settle(el);
    await advanceTo(el, 'auth');
    await choose(el, '#auth-oauth');
    await pressContinue(el);
    expect(status(el).textContent).to.not.contain('before@xero.example');
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
    expect(status(second).textContent).to.not.contain('discarded@xero.example');
    expect(location.hash, 'a return no wizard started leaves the address bar').to.equal('');
  });

  it('a provider that redirects twice before its page: the sign-in window is not said blocked or closed, and its result is taken', async () => {
    // Each hop of the test server's redirect passes the query on: the start URL's system and state reach the stand-in provider.
    const startUrl = `/__faults/redirect?to=${encodeURIComponent('/__faults/redirect?to=/api/oauth/start')}`;
    const el = await atConnect({ startUrl });
    const said = sayings(el);
    const { win, state } = await connect(el);
    try {
      expect(new URL(win.location.href).pathname, 'on the provider page after two redirects').to.equal('/api/oauth/start');
      expect(state, 'the state came through both redirects').to.have.length.above(20);
      win.document.querySelector<HTMLAnchorElement>('#allow')!.click();
      await waitUntil(() => status(el).dataset.oauth === 'connected', 'connected', { timeout: 5_000 });
    } finally {
      said.stop();
      if (!win.closed) win.close();
    }
    neverSaidClosed(said, 'Connected to Xero', 'never said as closed while the provider redirected');
    expect(
      said().filter((text) => text.includes('blocked')),
      'never said as blocked',
    ).to.deep.equal([]);
  });
});

describe('sign-in finished where the wizard cannot see it', () => {
  /** The integrator's callback ran in a window the wizard cannot hear (no opener, no broadcast): the result waits at the result URL. */
  const finishOutOfBand = (state: string) => fetch(`/api/oauth/callback?state=${encodeURIComponent(state)}&system=xero&authType=oauth&result=allow&broadcast=0`);
  const finishedButton = (el: HTMLElement) => el.shadowRoot!.querySelector('[data-step]')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-oauth-finished]');

  it('finished in another tab, the sign-in window still open: coming back to the page asks the result URL', async () => {
    const el = await atConnect({ resultUrl: '/api/oauth/result' });
    const { win, state } = await connect(el);
    try {
      await waitUntil(() => status(el).dataset.oauth === 'waiting', 'waiting', { timeout: 5_000 });
      await finishOutOfBand(state);
      window.dispatchEvent(new Event('focus'));
      await waitUntil(() => status(el).dataset.oauth === 'connected', 'connected', { timeout: 5000 });
      expect(status(el).textContent).to.contain('demo-account@xero.example');
    } finally {
      win.close();
    }
  });

  it('coming back to the page while the sign-in window is open, not finished yet, says nothing and keeps waiting', async () => {
    const el = await atConnect({ resultUrl: '/api/oauth/result' });
    const { win } = await connect(el);
    try {
      await waitUntil(() => status(el).dataset.oauth === 'waiting', 'waiting', { timeout: 5_000 });
      // The quiet ask focus makes has been answered (not finished yet) before the check.
      await afterResultAsks(el, () => window.dispatchEvent(new Event('focus')));
      expect(status(el).dataset.oauth).to.equal('waiting');
    } finally {
      win.close();
    }
  });

  /** A sign-in whose window closed, 11 minutes on (a password reset, an MFA device found, an admin's approval): the asks on their own have stopped, the last saying it has not finished; then it finishes where the wizard cannot hear. */
  async function finishedAfterTenMinutes(el: ConnectorWizard, ask: () => void) {
    const { win, state } = await connect(el);
    await closePopup(win);
    await waitUntil(() => status(el).dataset.oauth === 'detached', 'the closed window noticed', { timeout: 5_000 });
    const realNow = Date.now;
    try {
      Date.now = () => realNow.call(Date) + 11 * 60_000;
      await waitUntil(() => status(el).dataset.oauth === 'unfinished', 'the last ask made', { timeout: 5000 });
      await finishOutOfBand(state);
      // Past the 2 s kept between asks since the last one, on the same clock.
      Date.now = () => realNow.call(Date) + 11 * 60_000 + 2_100;
      ask();
      await waitUntil(() => status(el).dataset.oauth === 'connected', 'asked, and connected', { timeout: 5000 });
    } finally {
      Date.now = realNow;
    }
  }

  it('after 10 minutes at the provider, I have finished still asks the result URL', async () => {
    const el = await atConnect({ resultUrl: '/api/oauth/result' });
    await finishedAfterTenMinutes(el, () => finishedButton(el)!.click());
  });

  it('after 10 minutes, coming back to the page once the window has closed still asks the result URL', async () => {
    const el = await atConnect({ resultUrl: '/api/oauth/result' });
    await finishedAfterTenMinutes(el, () => window.dispatchEvent(new Event('focus')));
  });
});

describe('sign-in in an edit', () => {
  const xeroConnector = (authType: string) =>
    ({ id: 'x-1', name: 'Xero UK', system: 'xero', group: 'uk', environment: 'live', timeZone: 'UTC', dateFormat: 'yyyy-MM-dd', authType }) as EditableConnector;

  async function editAtCredentials(authType: string) {
    const el = await wizardFixture({ noDrafts: true, groups: [{ id: 'uk', name: 'UK' }] });
    el.setAttribute('oauth-start-url', '/api/oauth/start');
    el.connector = xeroConnector(authType);
    await settle(el);
    await el.goTo('auth');
    await settle(el);
    return el;
  }

  it('a connector signed in with OAuth says its connection is kept, offers another account, and saves without a new sign-in', async () => {
    const el = await editAtCredentials('oauth');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('credentials');
    expect(status(el).textContent).to.contain('This connector stays connected to Xero as it is now');
    expect(connectButton(el).textContent!.trim()).to.equal('Connect a different account');
    await audit(el, 'an edit keeping its sign-in');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
    expect(inStep(el, '.row[data-key="connection"] dd.value')!.textContent).to.contain('Unchanged');
  });

  it('on a page with no sign-in set up, the edit says the connection is kept, not that sign-in is unavailable', async () => {
    const el = await wizardFixture({ noDrafts: true, groups: [{ id: 'uk', name: 'UK' }] });
    el.connector = xeroConnector('oauth');
    await settle(el);
    await el.goTo('credentials');
    await settle(el);
    const note = inStep(el, '#field-credentials-connectionRef')!.textContent!;
    expect(note).to.contain('This connector stays connected to Xero').and.not.contain('not available');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
  });

  it('a connector switched to OAuth in an edit asks for a sign-in without speaking of creating', async () => {
    const el = await editAtCredentials('custom-connection');
    await choose(el, '#auth-oauth');
    await pressContinue(el);
    expect(status(el).textContent).to.not.contain('stays connected');
    expect(connectButton(el).textContent!.trim()).to.equal('Connect with Xero');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('credentials');
    expect(errorSummary(el)[0]).to.contain('Connect with Xero to continue');
    expect(errorSummary(el).join(' ')).to.not.contain('creat');
  });
});

describe('the same-tab sign-in on a page another window opened', () => {
  it('Continue in this tab comes back to the page, connected: the callback never takes the page s opener for a popup s, nor closes the person s tab', async function () {
    this.timeout(20_000);
    const page = window.open(`/src/test/oauth-frame.html?draft-id=opened-${crypto.randomUUID()}`, 'wizard-page-with-an-opener', 'popup,width=800,height=800') as Window &
      typeof globalThis;
    const wizard = async () => {
      await waitUntil(() => page.document?.querySelector('connector-wizard')?.shadowRoot?.querySelector('[data-step]'), 'the wizard in the window', { timeout: 8000 });
      const el = page.document.querySelector('connector-wizard') as ConnectorWizard;
      await settle(el);
      return el;
    };
    try {
      const el = await wizard();
      await advanceTo(el, 'credentials');
      expect(await el.saveDraft(), 'the answers in the draft before the page leaves').to.equal(true);
      // The browser blocks the popup: the page itself goes to the provider (which allows at once).
      page.open = () => null;
      connectButton(el).click();
      await settle(el);
      const first = page.document;
      inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click();
      await waitUntil(
        () => page.closed || (page.document !== first && page.location.pathname.endsWith('oauth-frame.html') && page.location.hash === ''),
        'back on the page, or its window closed',
        { timeout: 8000 },
      );
      expect(page.closed, 'the person s tab with the wizard is still there').to.equal(false);
      const back = await wizard();
      expect(currentStepId(back)).to.equal('credentials');
      await waitUntil(() => status(back).textContent!.includes('Connected to Xero'), 'connected', { timeout: 5_000 });
    } finally {
      if (!page.closed) page.close();
    }
  });
});

/**
 * A frame whose wizard (draft `<prefix>-<uuid>`, or `draftId`) is brought to Connect with `startUrl` (and
 * `resultUrl`, and the frame's `query`: `&no-drafts`), again after each `reload()` (the draft brings it back); `opened`: the windows its
 * page opened, across reloads.
 */
async function wizardInFrame(
  prefix: string,
  startUrl: string,
  resultUrl?: string,
  query = '',
  draftId = `${prefix}-${crypto.randomUUID()}`,
  beforeAnswers?: () => Promise<void>,
) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 800px';
  frame.src = `/src/test/oauth-frame.html?draft-id=${draftId}${query}`;
  document.body.append(frame);
  const opened: Window[] = [];
  let before = beforeAnswers;
  const wizard = async (advance = true) => {
    await waitUntil(() => frame.contentDocument?.querySelector('connector-wizard')?.shadowRoot?.querySelector('[data-step]'), 'the wizard in the frame', { timeout: 8000 });
    const el = frame.contentDocument!.querySelector('connector-wizard') as ConnectorWizard;
    el.setAttribute('oauth-start-url', startUrl);
    if (resultUrl) el.setAttribute('oauth-result-url', resultUrl);
    await settle(el);
    await before?.();
    before = undefined;
    // With no `system` preset (?no-system), Xero is picked first.
    if (advance && currentStepId(el) === 'system') {
      await choose(el, '#system-xero');
      await pressContinue(el);
    }
    if (advance && currentStepId(el) !== 'credentials') await advanceTo(el, 'credentials');
    const w = frame.contentWindow!;
    const open = w.open.bind(w);
    w.open = (...args: Parameters<typeof window.open>) => {
      const win = open(...args);
      if (win) opened.push(win);
      return win;
    };
    return el;
  };
  /** `advance`: on to Credentials with the answers the helper types (false: left where the page opens). */
  const reload = async (advance = true, meanwhile?: () => Promise<void>) => {
    const page = frame.contentDocument;
    frame.contentWindow!.location.reload();
    await waitUntil(() => frame.contentDocument !== page && frame.contentDocument?.readyState === 'complete', 'reloaded', { timeout: 5000 });
    await meanwhile?.();
    return wizard(advance);
  };
  return { frame, opened, el: await wizard(), reload };
}

describe('the sign-in window after a reload', () => {
  it('after the page reloads, Connect opens the sign-in in the window already open for this draft, never a second one', async function () {
    this.timeout(30_000);
    const { frame, opened, el, reload } = await wizardInFrame('reload', '/api/oauth/start');
    try {
      inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
      await waitUntil(() => opened[0]?.document?.querySelector('#allow'), 'consent page', { timeout: 5000 });
      expect(await el.saveDraft(), 'the answers in the draft before the reload').to.equal(true);
      const again = await reload();
      inStep<HTMLButtonElement>(again, '[part~="connect"]')!.click();
      await waitUntil(() => opened[1], 'Connect opened a window', { timeout: 5_000 });
      expect(opened[1] === opened[0], 'the same window').to.equal(true);
    } finally {
      for (const win of opened) win.close();
      frame.remove();
    }
  });
});

describe('a sign-in finished after the page reloaded', () => {
  /** Connect opens the consent page, the frame reloads (the draft brings the wizard back), then the person allows in the window still open. */
  async function finishedAfterReload(startUrl: string, resultUrl?: string, query = '') {
    const { frame, opened, el, reload } = await wizardInFrame('reloaded', startUrl, resultUrl, query);
    inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
    await waitUntil(() => opened[0]?.document?.querySelector('#allow'), 'consent page', { timeout: 5000 });
    return { frame, popup: opened[0]!, el: await reload() };
  }

  it('under a provider COOP, with a result URL: the reloaded wizard says it is waiting, then takes the result', async function () {
    this.timeout(30_000);
    const { frame, popup, el } = await finishedAfterReload('/api/oauth/start?coop=1', '/api/oauth/result');
    try {
      await waitUntil(() => status(el).textContent!.includes('Waiting for you to finish signing in to Xero'), 'the reloaded wizard says the sign-in is still awaited', {
        timeout: 5000,
      });
      popup.document.querySelector<HTMLAnchorElement>('#allow')!.click();
      await waitUntil(() => status(el).textContent!.includes('Connected to Xero as demo-account@xero.example'), 'connected after the reload', { timeout: 8000 });
      const kept = Object.keys(sessionStorage).filter((key) => key.startsWith('connector-wizard:oauth-open:') && key.includes('reloaded-'));
      expect(kept, 'the sign-in taken is no longer kept for another reload').to.deep.equal([]);
    } finally {
      if (!popup.closed) popup.close();
      frame.remove();
    }
  });

  it('under a provider COOP, in a draft database of its own: the reloaded wizard waits, never says the window closed, and takes the result', async function () {
    this.timeout(30_000);
    const database = uniqueDatabase();
    const { frame, popup, el } = await finishedAfterReload('/api/oauth/start?coop=1', '/api/oauth/result', `&db=${database}`);
    const said = sayings(el);
    try {
      await waitUntil(() => status(el).textContent!.includes('Waiting for you to finish signing in to Xero'), 'the reloaded wizard says the sign-in is still awaited', {
        timeout: 5000,
      });
      popup.document.querySelector<HTMLAnchorElement>('#allow')!.click();
      await waitUntil(() => status(el).textContent!.includes('Connected to Xero as demo-account@xero.example'), 'connected after the reload', { timeout: 8000 });
      said.stop();
      neverSaidClosed(said, 'Waiting for you', 'never said as closed while signing in');
      const kept = Object.keys(sessionStorage).filter((key) => key.startsWith('connector-wizard:oauth-open:') && key.includes('reloaded-'));
      expect(kept, 'the sign-in taken is no longer kept for another reload').to.deep.equal([]);
    } finally {
      said.stop();
      if (!popup.closed) popup.close();
      frame.remove();
    }
  });

  it('reloaded on a step before Credentials, the wizard says the sign-in is awaited without pointing at I have finished, which only Credentials has', async function () {
    this.timeout(30_000);
    const { frame, opened, el, reload } = await wizardInFrame('reloaded-away', '/api/oauth/start?coop=1', '/api/oauth/result');
    try {
      inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
      await waitUntil(() => opened[0]?.document?.querySelector('#allow'), 'consent page', { timeout: 5000 });
      await el.back();
      await settle(el);
      expect(await el.saveDraft()).to.equal(true);
      const away = currentStepId(el);
      expect(away).to.not.equal('credentials');
      const again = await reload(false);
      expect(currentStepId(again), 'the draft brings the step back').to.equal(away);
      const region = again.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
      await waitUntil(() => region.textContent!.includes('signing in to Xero'), 'the sign-in still awaited is said', { timeout: 5000 });
      expect(region.textContent, 'names no button this step lacks').to.not.contain('I’ve finished');
      // On Credentials the sign-in taken up offers it, and its result is taken.
      await advanceTo(again, 'credentials');
      await waitUntil(() => status(again).dataset.oauth === 'detached', 'awaited on Credentials', { timeout: 5000 });
      expect(inStep(again, '[data-oauth-finished]') !== null).to.equal(true);
      opened[0]!.document.querySelector<HTMLAnchorElement>('#allow')!.click();
      await waitUntil(() => status(again).textContent!.includes('Connected to Xero as demo-account@xero.example'), 'connected', { timeout: 8000 });
    } finally {
      for (const win of opened) if (!win.closed) win.close();
      frame.remove();
    }
  });

  /** Another tab chose Start over on this draft (a tombstone is left), or the site's data was cleared (the page's sign-out deleted its drafts): nothing of the draft is left. */
  const goneBeforeReload: [string, (db: string, id: string) => Promise<void>, string][] = [
    [
      'the draft discarded in another tab',
      async (db, id) => {
        const store = new DraftStore(db);
        await store.delete(id, 0, false);
        await store.close();
      },
      'in another tab or window',
    ],
    [
      'the site data cleared',
      (db) =>
        new Promise((resolve, reject) => {
          const request = indexedDB.deleteDatabase(db);
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
      'no longer on this device when this page reloaded',
    ],
  ];
  for (const [how, meanwhile, why] of goneBeforeReload)
    it(`${how} before the reload: the sign-in taken up is not the fresh connector s, and the form says why instead of waiting for it`, async function () {
      this.timeout(30_000);
      const db = uniqueDatabase();
      const id = `resumed-gone-${crypto.randomUUID()}`;
      const { frame, opened, el, reload } = await wizardInFrame('resumed-gone', '/api/oauth/start', '/api/oauth/result', `&db=${db}`, id);
      try {
        inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
        await waitUntil(() => opened[0]?.document?.querySelector('#allow'), 'consent page', { timeout: 5000 });
        expect(await el.saveDraft()).to.equal(true);
        await meanwhile(db, id);
        const again = await reload(false);
        const region = () => again.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!;
        const said = () => [...again.shadowRoot!.querySelectorAll('[data-notice], #conflict-text')].map((n) => n.textContent).join(' ');
        await waitUntil(() => said().includes(why), `why the form started again is said (said: ${said()} / ${region()})`, { timeout: 5000 });
        expect(region(), 'no sign-in awaited for a connector no longer here').to.not.contain('signing in to Xero');
        expect(sessionStorage.getItem(`connector-wizard:oauth-open:${signInSlot(id, db)}`), 'the sign-in is no longer kept for the tab').to.equal(null);
        // The person allows in the window still open: its result is not the fresh connector's.
        opened[0]!.document.querySelector<HTMLAnchorElement>('#allow')!.click();
        await waitUntil(() => opened[0]!.closed, 'the callback answered and closed its window', { timeout: 8000 });
        await advanceTo(again, 'credentials');
        await settle(again);
        expect(status(again).textContent, 'no connection on a form started again').to.not.contain('Connected to Xero');
      } finally {
        for (const win of opened) if (!win.closed) win.close();
        frame.remove();
      }
    });

  it('answers never stored (their writes held up until the reload) are not said to be no longer on this device: the sign-in is awaited as with no drafts', async function () {
    this.timeout(30_000);
    const db = uniqueDatabase();
    let release: (() => Promise<void>) | undefined;
    const held = async () => void (release = await holdDrafts(db));
    const { frame, opened, el, reload } = await wizardInFrame('never-stored', '/api/oauth/start', '/api/oauth/result', `&db=${db}`, undefined, held);
    try {
      expect(el.shadowRoot!.querySelector('[data-notice]'), 'its writes held up, nothing said').to.equal(null);
      inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
      await waitUntil(() => opened[0]?.document?.querySelector('#allow'), 'consent page', { timeout: 5000 });
      const again = await reload(false, async () => {
        await release!();
        release = undefined;
      });
      const region = () => again.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!;
      const said = () => [...again.shadowRoot!.querySelectorAll('[data-notice]')].map((n) => n.textContent).join(' ');
      await waitUntil(() => region().includes('signing in to Xero') || said().includes('no longer on this device'), 'the reloaded wizard settled', { timeout: 5000 });
      expect(said(), 'never stored, so never said to be gone').to.not.contain('no longer on this device');
      expect(region()).to.contain('signing in to Xero');
    } finally {
      await release?.();
      for (const win of opened) if (!win.closed) win.close();
      frame.remove();
    }
  });

  it('a popup that keeps its opener posts to the reloaded page: the result is taken, not lost', async function () {
    this.timeout(30_000);
    const { frame, popup, el } = await finishedAfterReload('/api/oauth/start');
    try {
      popup.document.querySelector<HTMLAnchorElement>('#allow')!.click();
      await waitUntil(() => status(el).textContent!.includes('Connected to Xero as demo-account@xero.example'), 'connected after the reload', { timeout: 8000 });
    } finally {
      if (!popup.closed) popup.close();
      frame.remove();
    }
  });
});

describe('a message for the sign-in awaited after a reload, from a window of the same origin that this page did not open', () => {
  it('neither the page around it nor a frame beside it completes the sign-in with its state: the result from the sign-in window is taken', async function () {
    this.timeout(30_000);
    const { frame, opened, el, reload } = await wizardInFrame('forged', '/api/oauth/start');
    const sibling = document.createElement('iframe');
    document.body.append(sibling);
    try {
      inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
      await waitUntil(() => opened[0]?.document?.querySelector('#allow'), 'consent page', { timeout: 5000 });
      const state = new URL(opened[0]!.location.href).searchParams.get('state')!;
      const again = await reload();
      await waitUntil(() => status(again).dataset.oauth === 'detached', 'the reloaded wizard waits for the sign-in', { timeout: 5000 });
      const forged = oauthMessage(state, 'conn_forged', 'forged@xero.example');
      // From the page around the wizard's page (its parent), then from a frame beside it: same origin, the state in flight.
      frame.contentWindow!.postMessage(forged, location.origin);
      (sibling.contentWindow as unknown as { Function: FunctionConstructor }).Function('target', 'message', "target.postMessage(message, '*')")(frame.contentWindow, forged);
      opened[0]!.document.querySelector<HTMLAnchorElement>('#allow')!.click();
      await waitUntil(() => status(again).dataset.oauth === 'connected', 'connected', { timeout: 8000 });
      expect(status(again).textContent).to.contain('demo-account@xero.example');
      expect(status(again).textContent).to.not.contain('forged@xero.example');
    } finally {
      for (const win of opened) if (!win.closed) win.close();
      sibling.remove();
      frame.remove();
    }
  });
});

describe('a sign-in finished after a page with no drafts reloaded', () => {
  /** Connect (live) opens the consent page, then the frame reloads: no draft, so the answers are typed again. */
  /** Starts a popup sign-in on a page with no drafts, reloads the page, runs `body` on the reloaded wizard, then closes the popup and the frame. */
  async function reloadedWithNoDrafts(query: string, body: (page: { popup: Window; el: ConnectorWizard }) => Promise<void>) {
    const { frame, opened, el, reload } = await wizardInFrame('nodrafts', '/api/oauth/start', '/api/oauth/result', `&no-drafts${query}`);
    inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
    await waitUntil(() => opened[0]?.document?.querySelector('#allow'), 'consent page', { timeout: 5000 });
    const popup = opened[0]!;
    try {
      await body({ popup, el: await reload(false) });
    } finally {
      if (!popup.closed) popup.close();
      frame.remove();
    }
  }
  const text = (el: ConnectorWizard) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

  it('the connection made in the window still open is taken once the answers are typed again, and nothing untrue is said meanwhile', async function () {
    this.timeout(30_000);
    await reloadedWithNoDrafts('', async ({ popup, el }) => {
      await settle(el);
      expect(text(el), 'no environment is chosen yet').to.not.contain('This connector is for testing now');
      expect(text(el)).to.not.contain('This connector is live now');
      await advanceTo(el, 'credentials');
      popup.document.querySelector<HTMLAnchorElement>('#allow')!.click();
      await waitUntil(() => status(el).textContent!.includes('Connected to Xero as demo-account@xero.example'), 'connected after the reload', { timeout: 8000 });
      expect(el.shadowRoot!.querySelector('[data-step]')!.shadowRoot!.textContent).to.not.contain('Connect with Xero to continue');
    });
  });

  it('a connection made for live is not taken by the connector now typed again as testing, and that is said', async function () {
    this.timeout(30_000);
    await reloadedWithNoDrafts('', async ({ popup, el }) => {
      await type(el, '#field-name', 'Xero testing');
      await choose(el, '#environment-test');
      await pressContinue(el);
      await advanceTo(el, 'credentials');
      popup.document.querySelector<HTMLAnchorElement>('#allow')!.click();
      await waitUntil(() => text(el).includes('This connector is for testing now, so a live connection cannot be used'), 'the live connection dropped, and said', {
        timeout: 8000,
      });
      expect(status(el).textContent).to.not.contain('Connected to Xero');
    });
  });

  it('back on the System step, with no system chosen yet, what is said of the sign-in still awaited names the system it is for', async function () {
    this.timeout(30_000);
    await reloadedWithNoDrafts('&no-system', async ({ el }) => {
      expect(currentStepId(el)).to.equal('system');
      const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
      await waitUntil(() => region.textContent!.includes('signing in to Xero'), 'the sign-in still awaited is said', { timeout: 5000 });
      expect(region.textContent!.replace(/\s+/g, ' ')).to.contain('Finish signing in to Xero in the window that opened');
      // "I’ve finished" is on Credentials only: what is said here points at no button this step lacks.
      expect(inStep(el, '[data-oauth-finished]')).to.equal(null);
      expect(region.textContent, 'names no button this step lacks').to.not.contain('I’ve finished');
    });
  });

  it('with no system preset, a result that comes once the system it was started for is picked again is taken, not lost', async function () {
    this.timeout(30_000);
    await reloadedWithNoDrafts('&no-system', async ({ popup, el }) => {
      await waitUntil(() => text(el).includes('Finish signing in to Xero in the window that opened'), 'the sign-in still awaited is said', { timeout: 5000 });
      await choose(el, '#system-xero');
      await pressContinue(el);
      popup.document.querySelector<HTMLAnchorElement>('#allow')!.click();
      await advanceTo(el, 'credentials');
      await waitUntil(() => status(el).textContent!.includes('Connected to Xero as demo-account@xero.example'), 'connected', { timeout: 8000 });
    });
  });

  it('with no system preset, picking another system than the one it was started for ends the sign-in: nothing is said of it, and its result is not taken', async function () {
    this.timeout(30_000);
    await reloadedWithNoDrafts('&no-system&two-systems', async ({ popup, el }) => {
      await waitUntil(() => text(el).includes('Finish signing in to Xero in the window that opened'), 'the sign-in still awaited is said', { timeout: 5000 });
      await choose(el, '#system-other');
      await waitUntil(() => !text(el).includes('signing in to Xero'), 'no longer said', { timeout: 5000 });
      // This page holds no handle on the window after the reload: a result it brings later is not taken.
      popup.document.querySelector<HTMLAnchorElement>('#allow')!.click();
      await waitUntil(() => popup.closed, 'the callback came', { timeout: 8000 });
      await settle(el);
      expect(text(el)).to.not.contain('Connected to Xero');
    });
  });
});

type FramedWizard = Awaited<ReturnType<typeof wizardInFrame>>;

/**
 * A popup sign-in under way on a page whose provider sends COOP (only the result URL brings the result, no BroadcastChannel), and
 * a duplicated tab of it (a second page of the same draft, which copies sessionStorage) that has taken it up; runs `body`, then
 * closes the windows and both pages.
 */
async function duplicatedSignIn(body: (first: FramedWizard, copy: FramedWizard) => Promise<void>) {
  const [startUrl, resultUrl, id] = ['/api/oauth/start?coop=1&broadcast=0', '/api/oauth/result', `duplicated-${crypto.randomUUID()}`];
  const first = await wizardInFrame('duplicated', startUrl, resultUrl, '', id);
  let copy: FramedWizard | undefined;
  try {
    inStep<HTMLButtonElement>(first.el, '[part~="connect"]')!.click();
    await waitUntil(() => first.opened[0]?.document?.querySelector('#allow'), 'consent page', { timeout: 5000 });
    copy = await wizardInFrame('duplicated', startUrl, resultUrl, '', id);
    await waitUntil(() => status(copy!.el).textContent!.includes('Waiting for you to finish signing in to Xero'), 'the copy takes the sign-in up', { timeout: 8000 });
    await body(first, copy);
  } finally {
    for (const win of first.opened) win.close();
    first.frame.remove();
    copy?.frame.remove();
  }
}

describe('a sign-in taken up by a duplicated tab', () => {
  it('the page that did not hear the result shows the connection the other took, and no longer says the sign-in is under way', async function () {
    this.timeout(40_000);
    // A duplicated tab copies sessionStorage: a second page of the same draft, opened while the sign-in is under way, takes it up as the copy does.
    // Only the result URL brings the result (a provider COOP, no BroadcastChannel): one page takes it, the other follows its draft.
    await duplicatedSignIn(async (first, copy) => {
      const pages = [first.el, copy.el];
      first.opened[0]!.document.querySelector<HTMLAnchorElement>('#allow')!.click();
      for (const el of pages)
        await waitUntil(() => status(el).textContent!.includes('Connected to Xero as demo-account@xero.example'), 'connected on both pages', { timeout: 10_000 });
      // Whichever page heard it, the sign-in has ended on both (its channels closed: connected by its result, or ended by the
      // draft), so no later ask of the result URL, answered "not finished" now, is made to say anything on either.
      for (const el of pages) await waitUntil(() => ['connected', 'idle'].includes(status(el).dataset.oauth!), 'the sign-in ended on both pages', { timeout: 5000 });
      for (const el of pages) {
        await settle(el);
        expect(status(el).textContent).to.not.contain('Waiting for you to finish');
        expect(status(el).textContent).to.not.contain('has not finished');
      }
    });
  });
});

describe('a sign-in whose window lost touch, its result taken by another page', () => {
  it('when the duplicated tab took the result, the page whose window lost touch shows the connection, and no longer says it is waiting nor that signing in has not finished', async function () {
    this.timeout(40_000);
    // Deterministic: this page's window stays in touch (a page never asks the result URL then) while the copy, which took the
    // sign-in up, asks it and takes the result; then the window loses touch (closed, as a provider's COOP makes it look).
    await duplicatedSignIn(async (first, copy) => {
      // The consent page is still open: its URL holds the sign-in's state.
      const state = new URL(first.opened[0]!.location.href).searchParams.get('state')!;
      // The provider's callback keeps the result for the result URL; the copy's next ask takes it, and saves the draft.
      expect((await fetch(`/api/oauth/callback?system=xero&authType=oauth&result=allow&state=${state}`)).status).to.equal(200);
      await waitUntil(() => status(copy.el).textContent!.includes('Connected to Xero as demo-account@xero.example'), 'the copy took the result', { timeout: 10_000 });
      await waitUntil(() => connectButton(first.el).textContent!.includes(RECONNECT), 'this page followed the draft', { timeout: 5000 });
      await closePopup(first.opened[0]!);
      await waitUntil(() => status(first.el).dataset.oauth !== 'waiting', 'the window that lost touch noticed', { timeout: 5000 });
      await settle(first.el);
      expect(status(first.el).textContent).to.contain('Connected to Xero as demo-account@xero.example');
      expect(status(first.el).textContent, 'its result was taken').to.not.contain('Waiting for you to finish');
      expect(inStep(first.el, '[data-oauth-finished]'), 'no I have finished to press, whose ask would say signing in has not finished').to.equal(null);
    });
  });

  it('a sign-in whose window is still in touch is kept when another tab connects: its window stays open, and its result is taken', async function () {
    this.timeout(20_000);
    const draftDatabase = uniqueDatabase();
    const el = await atConnect({ draftDatabase });
    const { win } = await connect(el);
    await waitUntil(() => status(el).dataset.oauth === 'waiting', 'waiting', { timeout: 5_000 });
    expect(await el.saveDraft()).to.equal(true);
    // Another tab of the draft signs in with its own window, and saves.
    const stored = (await readDraft(draftDatabase, 'default:xero'))!;
    const other = new DraftStore(draftDatabase);
    const credentials = { oauth: { connectionRef: 'conn_other_tab', connectionAccount: 'other-tab@xero.example', connectionEnvironment: stored.data.environment } };
    const put = await other.put({ id: 'default:xero', step: 'credentials', updatedAt: Date.now(), data: { ...stored.data, credentials } }, stored.revision);
    await other.close();
    const channel = new BroadcastChannel(`connector-wizard:${draftDatabase}`);
    channel.postMessage({ type: 'saved', id: 'default:xero', revision: (put as { revision: number }).revision, from: 'other-tab' });
    channel.close();
    await waitUntil(() => connectButton(el).textContent!.includes(RECONNECT), 'followed the other tab', { timeout: 5000 });
    await settle(el);
    expect(win.closed, 'the window in touch stays open').to.equal(false);
    expect(status(el).dataset.oauth).to.equal('waiting');
    win.document.querySelector<HTMLAnchorElement>('#allow')!.click();
    await waitUntil(() => status(el).dataset.oauth === 'connected', 'its result taken', { timeout: 8000 });
    expect(status(el).textContent).to.contain('Connected to Xero as demo-account@xero.example');
  });
});

describe('a sign-in left under way longer ago than its wait', () => {
  it('after a reload an hour later, the step says no sign-in is under way, and the sign-in kept for the tab goes', async () => {
    const key = 'connector-wizard:oauth-open:default:xero';
    const request = {
      startUrl: '/api/oauth/start',
      resultUrl: '/api/oauth/result',
      timeoutMs: 5000,
      system: 'xero',
      authType: 'oauth',
      draftId: 'default',
      key: 'default:xero',
    };
    sessionStorage.setItem(key, JSON.stringify({ request: { ...request, environment: 'live', fields: {} }, state: 'a'.repeat(43), at: Date.now() - 3_600_000 }));
    try {
      const el = await atConnect({ resultUrl: '/api/oauth/result' });
      await settle(el);
      expect(status(el).textContent).to.not.contain('Waiting for you to finish');
      expect(inStep(el, '[part~="connect"]')!.textContent).to.contain('Connect with Xero');
      expect(sessionStorage.getItem(key), 'a sign-in that can no longer finish is not kept').to.equal(null);
    } finally {
      sessionStorage.removeItem(key);
    }
  });
});

describe('a same-tab sign-in whose draft another tab finished or discarded meanwhile', () => {
  /**
   * The frame's wizard (its own draft `id` in `db`) reaches Connect, the popup is blocked, and Continue in this tab takes the frame to the
   * provider's consent page; `meanwhile` runs there (another tab's work on the draft), then the person allows and comes back.
   */
  async function backFromTheProvider(meanwhile: (db: string, id: string) => Promise<void>, atConnect?: (el: ConnectorWizard) => Promise<void>) {
    const db = uniqueDatabase();
    const id = `gone-${crypto.randomUUID()}`;
    const { frame, el } = await wizardInFrame('gone', '/api/oauth/start', undefined, `&db=${db}`, id);
    await atConnect?.(el);
    await waitUntil(async () => (await readDraft(db, id)) !== undefined, 'the draft saved before leaving', { timeout: 5000 });
    frame.contentWindow!.open = () => null;
    connectButton(el).click();
    await settle(el);
    inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click();
    await waitUntil(() => frame.contentDocument?.querySelector('#allow'), 'the consent page, in this tab', { timeout: 8000 });
    // Kept by its draft database too (see signInSlot): another wizard of this draft-id with drafts elsewhere never touches it.
    expect(sessionStorage.getItem(STORED + signInSlot(id, db)), 'kept for the return').to.not.equal(null);
    await meanwhile(db, id);
    const consent = frame.contentDocument!;
    consent.querySelector<HTMLAnchorElement>('#allow')!.click();
    await waitUntil(
      () => frame.contentDocument !== consent && frame.contentDocument?.querySelector('connector-wizard')?.shadowRoot?.querySelector('[data-step]'),
      'back on the page',
      { timeout: 8000 },
    );
    const back = frame.contentDocument!.querySelector('connector-wizard') as ConnectorWizard;
    // The return is taken (or refused) once the draft and the later steps are there: what it kept for the return goes then.
    await waitUntil(() => sessionStorage.getItem(STORED + signInSlot(id, db)) === null, 'the return taken', { timeout: 8000 });
    await settle(back);
    return { frame, back, id, db };
  }

  /** Another tab saves the draft (renamed there), without telling this page. */
  async function savedThere(db: string, draft: string) {
    const store = new DraftStore(db);
    const { record, revision } = await store.get(draft);
    const { id: _id, revision: _revision, ...rest } = record!;
    expect((await store.put({ ...rest, id: draft, data: { ...rest.data, name: 'Renamed there' } }, revision)).ok, 'saved there').to.equal(true);
    await store.close();
  }

  const notices = (el: ConnectorWizard) => [...el.shadowRoot!.querySelectorAll('[data-notice], #conflict-text')].map((n) => n.textContent).join(' ');

  for (const [how, finished] of [
    ['created', true],
    ['discarded', false],
  ] as const) {
    it(`the draft ${how} in another tab: the wizard that comes back starts again, says why, and takes no connection for a connector no longer there`, async function () {
      this.timeout(30_000);
      const { frame, back, id } = await backFromTheProvider(async (db, draft) => {
        // Another tab created the connector (its draft a tombstone that says so), or chose Start over there.
        const store = new DraftStore(db);
        await store.delete(draft, 0, finished);
        await store.close();
      });
      try {
        expect(currentStepId(back), 'started again').to.not.equal('credentials');
        const said = notices(back);
        expect(
          Object.keys(sessionStorage).filter((key) => key.startsWith(STORED + id)),
          'the sign-in is not kept, by any database',
        ).to.deep.equal([]);
        expect(frame.contentWindow!.location.hash, 'the return left the address bar').to.equal('');
        // On to Xero's sign-in again: the connection made for the connector no longer there is not this new one's.
        await advanceTo(back, 'credentials');
        await settle(back);
        expect(status(back).textContent, 'no connection on a wizard started again').to.not.contain('Connected to Xero');
        expect(said, 'why it started again').to.contain(
          finished ? 'This connector was saved in another tab or window' : 'This draft was finished or discarded in another tab or window, so this form has started again',
        );
      } finally {
        frame.remove();
      }
    });
  }

  it('the connector created in another tab, and a new draft begun there under the same draft-id: the sign-in is not taken into that other connector, and that is said', async function () {
    this.timeout(30_000);
    const { frame, back, id } = await backFromTheProvider(async (db, draft) => {
      // The other tab created the connector (a tombstone that says so), then began another Xero connector with the same draft-id.
      const store = new DraftStore(db);
      const { record } = await store.get(draft);
      const tombstone = await store.delete(draft, 0, true);
      const { id: _id, revision: _revision, ...rest } = record!;
      expect((await store.put({ ...rest, id: draft, data: { ...rest.data, name: 'Another Xero' } }, tombstone)).ok, 'the new draft written').to.equal(true);
      await store.close();
    });
    try {
      expect(currentStepId(back), 'the other connector s draft, where it was left').to.equal('credentials');
      expect(status(back).textContent, 'the other connector is not connected by it').to.not.contain('Connected to Xero');
      expect(notices(back), 'why the sign-in was not taken').to.contain('changed in another tab or window while you were signing in');
      expect(
        Object.keys(sessionStorage).filter((key) => key.startsWith(STORED + id)),
        'the sign-in is not kept, by any database',
      ).to.deep.equal([]);
      expect(frame.contentWindow!.location.hash, 'the return left the address bar').to.equal('');
    } finally {
      frame.remove();
    }
  });

  it('the same draft saved in another tab meanwhile (which cannot be told from a new one begun there): the sign-in is not taken, and that is said', async function () {
    this.timeout(30_000);
    const { frame, back } = await backFromTheProvider(savedThere);
    try {
      expect(currentStepId(back)).to.equal('credentials');
      expect(status(back).textContent).to.not.contain('Connected to Xero');
      expect(notices(back)).to.contain('changed in another tab or window while you were signing in');
    } finally {
      frame.remove();
    }
  });

  it('the sign-in refused as changed in another tab: Start over takes its notice away, which is about the connector left, not the next one', async function () {
    this.timeout(30_000);
    const { frame, back } = await backFromTheProvider(savedThere);
    try {
      expect(notices(back), 'said on the return').to.contain('changed in another tab or window while you were signing in');
      await back.reset();
      await settle(back);
      expect(notices(back), 'not about the next connector').to.not.contain('Connect again if you need to');
    } finally {
      frame.remove();
    }
  });

  it('the draft code failing to load on return (storage that cannot be used): nothing is blamed on another tab, and the connection is taken once Xero sign-in is chosen again', async function () {
    this.timeout(30_000);
    const drafts = moduleFault('/src/controllers/draft-controller.');
    const { frame, back } = await backFromTheProvider(async () => {
      await executeServerCommand('clear-browser-cache');
      await drafts('fail=1');
    });
    try {
      await waitUntil(() => back.shadowRoot!.querySelector('[data-notice="storage"]'), 'storage that cannot be used is said', { timeout: 5000 });
      expect(notices(back), 'not blamed on another tab').to.not.contain('in another tab or window');
      if (currentStepId(back) !== 'credentials') await advanceTo(back, 'credentials');
      await waitUntil(() => status(back).textContent!.includes('Connected to Xero'), `connected (said: ${status(back).textContent})`, { timeout: 5000 });
    } finally {
      await drafts('');
      await executeServerCommand('clear-browser-cache');
      frame.remove();
    }
  });

  it('the site data cleared while the person was at the provider: the wizard that comes back starts again and says its saved answers were gone, not that another tab discarded them', async function () {
    this.timeout(30_000);
    const { frame, back } = await backFromTheProvider(async (db) => {
      // The page's own sign-out (or the browser) deleted the draft database: nothing left, not even a tombstone.
      await new Promise((resolve, reject) => {
        const request = indexedDB.deleteDatabase(db);
        request.onsuccess = resolve;
        request.onerror = () => reject(request.error);
      });
    });
    try {
      expect(currentStepId(back), 'started again').to.not.equal('credentials');
      const said = notices(back);
      expect(said, 'never blames another tab').to.not.contain('in another tab or window');
      expect(said, 'says what happened').to.contain('saved answers were no longer on this device');
      await advanceTo(back, 'credentials');
      await settle(back);
      expect(status(back).textContent, 'no connection on a wizard started again').to.not.contain('Connected to Xero');
    } finally {
      frame.remove();
    }
  });

  /**
   * The frame's catalogue had the webhook secret as plain text when the person typed it and left; back, it marks it secret (a newer
   * catalogue deployed meanwhile), so this page writes the draft again without it as it loads, while the later steps (held by the test
   * server) are still on their way; `meanwhile` runs too.
   */
  async function backWithTheDraftWrittenOnLoad(meanwhile: (db: string, id: string) => Promise<void> = async () => undefined) {
    const later = moduleFault('/src/wizard/later.');
    localStorage.setItem('oauth-frame:webhook-type', 'text');
    try {
      const back = await backFromTheProvider(
        async (db, id) => {
          await meanwhile(db, id);
          localStorage.setItem('oauth-frame:webhook-type', 'secret');
          await executeServerCommand('clear-browser-cache');
          await later('delay=3000');
        },
        (el) => type(el, '#field-credentials-webhookSecret', 'whsec_plain0123456789'),
      );
      await waitUntil(async () => !JSON.stringify(await readDraft(back.db, back.id)).includes('whsec_plain0123456789'), 'written again without the value', { timeout: 8000 });
      await waitUntil(() => inStep(back.back, '#oauth-status') || notices(back.back), 'the later steps loaded', { timeout: 8000 });
      await settle(back.back);
      return back;
    } finally {
      localStorage.removeItem('oauth-frame:webhook-type');
      await later('');
      await executeServerCommand('clear-browser-cache');
    }
  }

  it('the draft written again by this page as it loads on return (a value the catalogue now marks secret leaves it): the sign-in is taken, never blamed on another tab', async function () {
    this.timeout(30_000);
    const { frame, back } = await backWithTheDraftWrittenOnLoad();
    try {
      expect(notices(back), 'not blamed on another tab').to.not.contain('in another tab or window');
      await waitUntil(() => status(back).textContent!.includes('Connected to Xero as demo-account@xero.example'), `connected (said: ${status(back).textContent})`, {
        timeout: 5000,
      });
    } finally {
      frame.remove();
    }
  });

  it('the draft written again by this page as it loads on return, and saved in another tab before that: the sign-in is still not taken, and that is said', async function () {
    this.timeout(30_000);
    const { frame, back } = await backWithTheDraftWrittenOnLoad(savedThere);
    try {
      expect(status(back).textContent).to.not.contain('Connected to Xero');
      expect(notices(back)).to.contain('changed in another tab or window while you were signing in');
    } finally {
      frame.remove();
    }
  });

  it('the draft still there (another tab saved it meanwhile): the wizard that comes back takes the connection, with the answers', async function () {
    this.timeout(30_000);
    const { frame, back } = await backFromTheProvider(async () => undefined);
    try {
      expect(currentStepId(back)).to.equal('credentials');
      await waitUntil(() => status(back).textContent!.includes('Connected to Xero as demo-account@xero.example'), 'connected', { timeout: 5000 });
    } finally {
      frame.remove();
    }
  });
});
