/** Helpers for the OAuth tests: a wizard at "Connect with Xero", the popup it opened, and where the step stands. */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import type { ConnectorWizard, EditableConnector } from '../wizard/connector-wizard.js';
import { oauthKey } from '../oauth/oauth-controller.js';
import { popupName } from '../oauth/popup-name.js';
import { signInSlot } from '../oauth/oauth-return.js';
import { advanceTo, choose, currentStepId, inStep, pressContinue, settle, uniqueDatabase, wizardFixture } from './fixtures.js';
import { watchingFetches } from './page-fetches.js';

export interface ConnectOptions {
  startUrl?: string;
  resultUrl?: string;
  draftDatabase?: string;
  draftId?: string;
  system?: string;
  noDrafts?: boolean;
}

/** A wizard on the Credentials step of the system's OAuth auth type (`#auth-oauth`). */
export async function atConnect(options: ConnectOptions = {}): Promise<ConnectorWizard> {
  const el = await wizardFixture({
    system: options.system ?? 'xero',
    draftDatabase: options.draftDatabase ?? uniqueDatabase(),
    draftId: options.draftId,
    noDrafts: options.noDrafts,
  });
  el.setAttribute('oauth-start-url', options.startUrl ?? '/api/oauth/start');
  if (options.resultUrl) el.setAttribute('oauth-result-url', options.resultUrl);
  await toOAuthCredentials(el);
  expect(currentStepId(el)).to.equal('credentials');
  return el;
}

/** On to Credentials with Xero's sign-in (OAuth) chosen. */
export async function toOAuthCredentials(el: ConnectorWizard): Promise<void> {
  await advanceTo(el, 'auth');
  await choose(el, '#auth-oauth');
  await pressContinue(el);
}

export const oauthStatus = (el: ConnectorWizard) => inStep(el, '#oauth-status')!;

export const connectButton = (el: ConnectorWizard) => inStep<HTMLButtonElement>(el, '[part~="connect"]')!;

/**
 * The name of the sign-in window of `key` (see oauthKey), as the wizard on this page of that key (the last, or `el`) made it:
 * by its draft database too (see signInSlot). Undefined until that wizard opened it (looking by a name opens a window).
 */
export function windowName(key: string, el?: ConnectorWizard): string | undefined {
  const wizards = el ? [el] : [...document.querySelectorAll<ConnectorWizard>('connector-wizard')].reverse();
  // No wizard on this page (one in a frame): by the key alone.
  const slots = wizards.length ? wizards.map((wizard) => signInSlot(key, wizard.draftDatabase)) : [key];
  const slot = slots.find((kept) => sessionStorage.getItem(`connector-wizard-oauth:${kept}`) !== null);
  return slot === undefined ? undefined : popupName(slot);
}

/** The popup the widget opened, found by its name (same origin, so the test can read and click in it); `key`: see oauthKey (atConnect's wizard is `default:xero`); `el`: the wizard, where several of that key are on the page. */
export async function popup(key = 'default:xero', el?: ConnectorWizard): Promise<Window> {
  let found: Window | null = null;
  await waitUntil(
    () => {
      const name = windowName(key, el);
      found = name === undefined ? null : window.open('', name);
      return found && found.location.href !== 'about:blank' && found.document.readyState === 'complete' && found.document.querySelector('#allow');
    },
    'consent page',
    { timeout: 5_000 },
  );
  return found!;
}

/** Clicks Connect and returns the popup and the state it carries. */
export async function connect(el: ConnectorWizard): Promise<{ win: Window; state: string }> {
  connectButton(el).click();
  const win = await popup(oauthKey(el), el);
  return { win, state: new URL(win.location.href).searchParams.get('state')! };
}

/**
 * Closes a popup from this page, as the person would close it. Chromium loses a `close()` from
 * the opener made just as a cross-origin popup's first page commits in its own process (6 of 102
 * tries here): `closed` turns true, then false again once that page is up, and the window stays
 * open. So the close is asked again until the window has stayed closed for three looks in a row.
 */
export async function closePopup(win: Window): Promise<void> {
  let looks = 0;
  await waitUntil(
    () => {
      looks = win.closed ? looks + 1 : 0;
      if (!looks) win.close();
      return looks >= 3;
    },
    'the popup stays closed',
    { interval: 250, timeout: 5000 },
  );
}

/** Presses `button` (Connect, Try again) with the browser blocking popups, as a blocker does. */
export async function clickWithPopupsBlocked(el: ConnectorWizard, button: HTMLButtonElement = connectButton(el)): Promise<void> {
  const open = window.open;
  window.open = () => null;
  try {
    button.click();
    await settle(el);
  } finally {
    window.open = open;
  }
}

/** A callback page on this origin answering on the BroadcastChannel (as under a provider's COOP). */
export function broadcast(message: object): void {
  const channel = new BroadcastChannel('connector-wizard-oauth');
  channel.postMessage(message);
  channel.close();
}

/**
 * Posts `messages` on the BroadcastChannel as a callback page would, and resolves once they have
 * been delivered and the wizard has rendered what it made of them: a channel opened here now is
 * served after every older one (the spec sorts them by creation), the wizard's among them.
 */
export async function broadcastDelivered(el: ConnectorWizard, ...messages: object[]): Promise<void> {
  const heard = new BroadcastChannel('connector-wizard-oauth');
  const sender = new BroadcastChannel('connector-wizard-oauth');
  let count = 0;
  const delivered = new Promise<void>((resolve) => (heard.onmessage = () => ++count === messages.length && resolve()));
  try {
    for (const message of messages) sender.postMessage(message);
    await delivered;
  } finally {
    heard.close();
    sender.close();
  }
  await el.updateComplete;
}

/**
 * Resolves once `count` window messages of a sign-in (`type: 'connector-wizard-oauth'`, from a
 * popup's callback page, or posted here) have been dispatched on this page, and `el` has settled:
 * listened to from the call on, after the wizard's own listener, which hears each first. Call it
 * before what makes them come. Rejects after `timeout` ms (5 s unless given), saying how many came,
 * and stops listening either way.
 */
export function oauthMessagesHeard(el: ConnectorWizard, count = 1, { timeout = 5000 }: { timeout?: number } = {}): Promise<void> {
  let heard = 0;
  return new Promise<void>((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      window.removeEventListener('message', listen);
    };
    const listen = (e: MessageEvent) => {
      if ((e.data as { type?: unknown } | null)?.type !== 'connector-wizard-oauth' || ++heard < count) return;
      stop();
      resolve();
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`oauthMessagesHeard: ${heard} of ${count} sign-in messages came within ${timeout} ms`));
    }, timeout);
    window.addEventListener('message', listen);
  }).then(() => settle(el));
}

export const oauthMessage = (state: string, ref = 'conn_test', account = 'test@xero.example') => ({
  type: 'connector-wizard-oauth',
  state,
  ok: true,
  connection: { ref, account },
});

/** A live Shopify connector signed in with OAuth for `old-store`, as the environment tests edit it. */
export const SHOP_UK = {
  ...{ id: 's-1', name: 'Shop UK', system: 'shopify', group: 'uk', environment: 'live', timeZone: 'UTC', dateFormat: 'yyyy-MM-dd' },
  ...{ authType: 'oauth', credentials: { shop: 'old-store' } },
} as EditableConnector;

/** A wizard with no drafts editing `connector` (SHOP_UK unless given), sign-in set up, on Credentials. */
export async function editingOnCredentials(connector: EditableConnector = SHOP_UK): Promise<ConnectorWizard> {
  const el = await wizardFixture({ noDrafts: true, groups: [{ id: 'uk', name: 'UK' }] });
  el.setAttribute('oauth-start-url', '/api/oauth/start');
  el.connector = connector;
  await settle(el);
  await el.goTo('credentials');
  await settle(el);
  return el;
}

/** Back to General, `environment` chosen there, and on to Credentials again. */
export async function switchEnvironment(el: ConnectorWizard, environment: 'live' | 'test'): Promise<void> {
  await el.goTo('general');
  await settle(el);
  await choose(el, `#environment-${environment}`);
  await el.goTo('credentials');
  await settle(el);
}

/** The wizard of a test page in `frame` (`oauth-frame.html`), once it shows a step and has settled. */
export async function framedWizard(frame: HTMLIFrameElement): Promise<ConnectorWizard> {
  await waitUntil(() => frame.contentDocument?.querySelector('connector-wizard')?.shadowRoot?.querySelector('[data-step]'), 'the wizard in the frame', { timeout: 8000 });
  const el = frame.contentDocument!.querySelector('connector-wizard') as ConnectorWizard;
  await settle(el);
  return el;
}

/** Every text the sign-in status and the live region of `el` show from now on (watched as they change), until `stop()`. */
export function sayings(el: ConnectorWizard) {
  const texts: string[] = [];
  const look = () => {
    for (const node of [oauthStatus(el), el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')]) if (node?.textContent) texts.push(node.textContent);
  };
  const observer = new MutationObserver(look);
  for (const root of [el.shadowRoot!, el.shadowRoot!.querySelector('[data-step]')?.shadowRoot])
    if (root) observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  look();
  // What changed since the observer last ran is read before it stops, so the last thing said (Connected) is among the texts.
  const stop = () => {
    if (observer.takeRecords().length) look();
    observer.disconnect();
  };
  return Object.assign(() => texts, { stop });
}

/** What `sayings` watched held `seen` (an observer that saw nothing would find nothing closed), and never said the sign-in closed or lost. */
export function neverSaidClosed(said: () => string[], seen: string, message: string) {
  expect(
    said().some((text) => text.includes(seen)),
    'the texts watched hold what was said',
  ).to.equal(true);
  expect(
    said().filter((text) => /closed|lost touch/u.test(text)),
    message,
  ).to.deep.equal([]);
}

/**
 * Every navigation `win` starts from now on (the Navigation API's `navigate` fires as `location.assign` is called, before
 * the document changes), stopped there, so a check that the page stayed can fail at once instead of racing the navigation;
 * `stop()` lets them go again.
 */
export function navigationsOf(win: Window) {
  const urls: string[] = [];
  const navigation = (win as Window & { navigation: EventTarget }).navigation;
  const onNavigate = (e: Event) => {
    urls.push((e as Event & { destination: { url: string } }).destination.url);
    if (e.cancelable) e.preventDefault();
  };
  navigation.addEventListener('navigate', onNavigate);
  return Object.assign(() => urls, { stop: () => navigation.removeEventListener('navigate', onNavigate) });
}

/**
 * Resolves once every press of Continue in this tab made so far has been decided (it goes only after a save answers, and
 * saves are written in turn: the one asked here answers after it), and `el` has settled.
 */
export async function pressesDecided(el: ConnectorWizard): Promise<void> {
  await el.saveDraft();
  await settle(el);
}

/**
 * Runs `run`, then resolves once the page has asked the result URL (`path`) `count` times since the call, every answer
 * has reached the page, and `el` has settled: only then can a test say what an answer did not do.
 */
export async function afterResultAsks(el: ConnectorWizard, run: () => unknown, { count = 1, path = '/api/oauth/result' } = {}): Promise<void> {
  await watchingFetches(path, async (arrived) => {
    await run();
    await arrived(count);
  });
  await settle(el);
}

/** Makes the presses `press` makes, and resolves to the navigations `win` started until each was decided (all stopped: see navigationsOf). */
export async function navigationsWhile(win: Window, el: ConnectorWizard, press: () => void): Promise<string[]> {
  const went = navigationsOf(win);
  try {
    press();
    await pressesDecided(el);
    return went();
  } finally {
    went.stop();
  }
}
