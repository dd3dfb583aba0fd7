import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { OAuthChannels, POLL_FOR_MS, withParams } from './oauth-channels.js';
import { signInSlot } from './oauth-return.js';
import { toStatus, type OAuthStatus } from './oauth-status.js';
import { returnKey, type PendingReturn } from './pending-return.js';
import { sameDatabase } from './returned-sign-in.js';
import { forgetOpen, keepOpen, readOpenOf } from './open-sign-in.js';
import { movePopupName, popupName } from './popup-name.js';
import { startParam } from './start-params.js';
import { draftKey, type DraftScope } from '../storage/draft-key.js';

export interface OAuthRequest {
  startUrl: string;
  /** `oauth-result-url`, already allowed by the URL policy. */
  resultUrl?: string;
  /** How long an ask of the result URL waits for its answer (the host's `requestTimeout`). */
  timeoutMs: number;
  system: string;
  authType: string;
  /** `live` or `test`, as the connector is when the sign-in starts: a backend may send a testing connector to a provider's sandbox. */
  environment?: string;
  /** The wizard's `draft-id`, which oauthReturnDraftId() gives back. */
  draftId: string;
  /** The wizard's draft database (`draftDatabase`): a wizard of the same `draft-id` with another one never takes this sign-in. */
  database?: string;
  /** The id of the connector being edited, if any, which oauthReturnConnectorId() gives back. */
  editing?: string;
  /** What the sign-in is known by: its window's name and its same-tab return (see oauthKey). */
  key: string;
  /** The auth type's other (non-secret) fields it is started for, by key (a shop subdomain): sent on the start URL (see startParam). */
  fields?: Record<string, string>;
  /** The answers were kept in a draft when it started (a version of them stored): a reload that finds nothing stored finds them gone (the site's data cleared). */
  drafted?: true;
}

/**
 * A sign-in is the draft's: it is known by the draft's key (`draft-id`, or `default:<system>`
 * with a `system` preset, or `default:edit:<id>` while editing, see draftKey), so two wizards on a page, preset
 * to different systems, with their own `draft-id`s, or one editing a connector, never share a
 * sign-in window nor take each other's return.
 */
export const oauthKey = (config: DraftScope & { draftId: string }) => draftKey(config.draftId, config);

/** Where the wizard is: a sign-in belongs to one system and auth type, and polls only on Credentials. */
export interface OAuthPlace {
  step: string;
  system?: string;
  authType?: string;
  /** The connector was created (or its edit saved), or a field the sign-in was started for changed: a sign-in still open is no longer its. */
  finished?: boolean;
}

/** 256 random bits, base64url: single use, never derived from anything guessable. */
function newState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/gu, '-')
    .replace(/\//gu, '_')
    .replace(/=+$/u, '');
}

/**
 * The browser side of "Connect with {system}": a popup to the integrator's start URL, and the
 * one result that may come back for the state in flight, by whichever channel (OAuthChannels:
 * the popup's `postMessage`, a `BroadcastChannel`, or `oauth-result-url`). A popup that looks
 * closed is not a failure: providers' `Cross-Origin-Opener-Policy` cuts it off from this page
 * while the person is still signing in. The state belongs to one system and auth type; it is
 * spent by a result, a new sign-in, another system or auth type, or the element's removal.
 */
export class OAuthController implements ReactiveController {
  private blockedTries = 0;
  status: OAuthStatus = { state: 'idle' };
  private popup?: Window | null;
  private channels?: OAuthChannels;
  private request?: OAuthRequest;
  private watch?: ReturnType<typeof setInterval>;
  private resolve?: (status: OAuthStatus) => void;
  /** The system and auth type the status is about (where it was set). */
  private about?: OAuthPlace;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget & { readonly isConnected: boolean },
    private readonly place: () => OAuthPlace,
    /** Every change of status, for the live region (a result is also the promise's answer); `system`: that of the sign-in under way, if any. */
    private readonly changed: (status: OAuthStatus, system?: string) => void = () => undefined,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // Removed for good, not moved within the page (which reconnects in the same task).
    setTimeout(() => {
      if (!this.host.isConnected) this.reset();
    });
  }

  /** After each update: another system or auth type, or the connector finished, spends the state (its window closes); leaving Credentials pauses the polling. */
  hostUpdated(): void {
    const request = this.request;
    const { step, system, authType, finished } = this.place();
    // An outcome (a refusal, a blocked window) is about its own way to sign in: not said on another one, even of the same system.
    if (!request) {
      if (this.status.state !== 'idle' && (system !== this.about?.system || authType !== this.about?.authType)) this.reset();
      return;
    }
    // None chosen yet is not another: a sign-in taken up after a reload waits while the answers are typed again (no drafts).
    if (finished || (system ?? request.system) !== request.system || (authType ?? request.authType) !== request.authType) this.reset();
    else this.channels?.pollWhile(step === 'credentials');
  }

  private url(request: OAuthRequest, state: string, returnTo?: string): URL {
    const fields = Object.entries(request.fields ?? {}).map(([key, value]) => [startParam(key), value] as const);
    return withParams(new URL(request.startUrl, document.baseURI), {
      system: request.system,
      authType: request.authType,
      ...(request.environment ? { environment: request.environment } : {}),
      state,
      ...Object.fromEntries(fields),
      ...(returnTo ? { return: returnTo } : {}),
    });
  }

  /** Opens the popup (call from a click: browsers allow popups only then) and waits for its result. */
  start(request: OAuthRequest): Promise<OAuthStatus> {
    this.reset();
    const state = newState();
    const url = this.url(request, state);
    // A window of this wizard's own (by its `draft-id` and draft database): another wizard's Connect never takes it over.
    const popup = window.open(url.href, popupName(slotOf(request)), 'popup,width=520,height=680');
    const blocked = (early?: true): OAuthStatus => ({ state: 'blocked', url: url.href, tries: ++this.blockedTries, ...(early && { early }) });
    // Closed as soon as opened (some blockers, in-app browsers): blocked as well. A provider's
    // Cross-Origin-Opener-Policy cuts a popup off only once its page has loaded.
    if (!popup || popup.closed) return Promise.resolve(this.set(blocked()));
    this.popup = popup;
    const result = this.arm(request, state, Date.now(), popup);
    // No event tells the opener that a popup closed, or that a provider cut it off: look.
    this.watch = setInterval(() => {
      if (!this.popup?.closed || this.status.state !== 'waiting') return;
      clearInterval(this.watch);
      // Closed a moment after it opened, before any page of the sign-in came (a blocker that
      // closes it later, or a person quicker than the page): blocked too. A window a provider cut off had loaded its page.
      if (stillBlank(this.popup)) this.finish(blocked(true));
      else if (this.channels?.canStillHear) {
        this.set({ state: 'detached' });
        this.channels.popupLooksClosed();
      } else this.set({ state: 'closed' });
    }, 400);
    this.set({ state: 'waiting' });
    return result;
  }

  /**
   * A popup sign-in this draft (its `key`) left under way when the page reloaded, for the connector
   * `editing`: its window may still bring the result, out of touch with this page as under a
   * provider's Cross-Origin-Opener-Policy. Listened for again, as the person is told, until 10
   * minutes after it started.
   */
  resume(key: string, editing: string | undefined, database?: string): { request: OAuthRequest; result: Promise<OAuthStatus> } | undefined {
    const { open, slot } = readOpenOf<OAuthRequest>(key, database) ?? {};
    if (!slot || open?.request?.key !== key || open.request.editing !== editing || !sameDatabase(open.request.database, database)) return undefined;
    // Past its wait it can no longer finish here: not kept for the next reload either.
    if (!(Date.now() - open.at < POLL_FOR_MS)) return void forgetOpen(slot);
    this.reset();
    // Kept under the key alone before sign-ins were kept by database: under its own slot now (arm), its window's name too; one
    // kept before they kept their database at all is this wizard's from now on, never taken up by another of its key as well.
    const request = { ...open.request, database: open.request.database ?? database };
    const result = this.arm(request, open.state, open.at);
    if (slot !== slotOf(request)) {
      movePopupName(slot, slotOf(request));
      forgetOpen(slot);
    }
    this.set({ state: 'detached' });
    this.channels!.popupLooksClosed();
    return { request, result };
  }

  /** Forgets the popup sign-in this draft (its `key`) left under way when the page reloaded, for the connector `editing`, if `gone` says it is no longer its: true if it did. */
  forgetLeftOpen(key: string, editing: string | undefined, database: string | undefined, gone: (request: OAuthRequest) => boolean): boolean {
    const { open, slot } = readOpenOf<OAuthRequest>(key, database) ?? {};
    if (!slot || open?.request?.key !== key || open.request.editing !== editing || !sameDatabase(open.request.database, database) || !gone(open.request)) return false;
    forgetOpen(slot);
    return true;
  }

  /** Listens for the result of the sign-in `state`, kept in sessionStorage so a reload of the page takes it up again (see resume). */
  private arm(request: OAuthRequest, state: string, started: number, popup?: Window): Promise<OAuthStatus> {
    this.request = request;
    this.channels = new OAuthChannels({
      state,
      popup,
      started,
      origin: new URL(request.startUrl, document.baseURI).origin,
      resultUrl: request.resultUrl,
      timeoutMs: request.timeoutMs,
      // After a reload this page holds no handle on the window until its callback posts: then it is closed as a popup is,
      // not left open beside the page on a callback that does not close itself.
      result: (message, from) => this.finish(toStatus(message), from),
      notFinished: () => this.status.state !== 'connected' && this.set({ state: 'unfinished' }),
      unreachable: (reason) => this.status.state !== 'connected' && this.set({ state: 'unreachable', reason }),
    });
    keepOpen(slotOf(request), { request, state, at: started });
    return new Promise((resolve) => (this.resolve = resolve));
  }

  /** The sign-in window still open for the sign-in under way is brought forward (true), as a second Connect does. */
  focusOpen(): boolean {
    if (this.status.state !== 'waiting' || this.popup?.closed !== false) return false;
    this.popup.focus();
    return true;
  }

  /** "I've finished": ask the result channel now, and say plainly if the sign-in has not finished. */
  finished(): void {
    if (!this.channels) return;
    if (!this.channels.askNow()) this.set({ state: 'unfinished' });
  }

  /**
   * No popup: continue in this tab. The state, system, auth type, environment and fields (and the page's own
   * fragment, which the return replaces) are kept in sessionStorage for the return, which the
   * callback makes to `return` with `#connector-wizard-oauth=<message>`. When sessionStorage
   * cannot keep them (full, or refused), the return could not be taken: the page stays, and the
   * answer is why. `revision`: that of the draft the answers were saved in (none with no drafts).
   */
  continueInTab(request: OAuthRequest, revision: number | undefined): string | undefined {
    const state = newState();
    const { system, authType, draftId, database, editing, environment, fields } = request;
    const drafted = revision === undefined ? {} : { drafted: true as const, revision };
    const pending: PendingReturn = { state, system, authType, hash: location.hash, draftId, database, editing, environment, fields, ...drafted, at: Date.now() };
    try {
      sessionStorage.setItem(returnKey(slotOf(request)), JSON.stringify(pending));
    } catch (error) {
      return error instanceof Error ? error.name : String(error);
    }
    location.assign(this.url(request, state, `${location.origin}${location.pathname}${location.search}`).href);
    return undefined;
  }

  /** `from`: the window the result came from, closed with the popup (after a reload, the only handle on it). */
  private finish(status: OAuthStatus, from?: Window) {
    this.popup ??= from;
    const resolve = this.resolve;
    this.resolve = undefined;
    this.stop();
    this.set(status);
    resolve?.(status);
  }

  /** Spends the state and stops every channel. */
  private stop() {
    clearInterval(this.watch);
    this.channels?.close();
    this.channels = undefined;
    if (this.request) forgetOpen(slotOf(this.request));
    this.request = undefined;
    if (!this.popup?.closed) this.popup?.close();
    this.popup = undefined;
    this.resolve?.({ state: 'closed' });
    this.resolve = undefined;
  }

  /**
   * Cancel: a sign-in whose window is in touch ends, and the window closes; an outcome on screen
   * stays. One whose window a provider cut off (it looks closed, and cannot be closed from here)
   * is still listened for: the person may finish there.
   */
  abandon(): void {
    if (this.channels && this.status.state === 'waiting') this.reset();
  }

  /**
   * A create or a save is sent: a sign-in still under way ends (its window closes, its channels
   * stop), for the request carries the connection there is; an outcome on screen stays.
   */
  endSignIn(): void {
    if (this.request) this.reset();
  }

  reset(): void {
    this.stop();
    if (this.status.state !== 'idle') this.set({ state: 'idle' });
  }

  /** A result that came back another way (the same-tab return): shown as a popup's would be. */
  show(status: OAuthStatus): void {
    this.stop();
    this.set(status);
  }

  private set(status: OAuthStatus): OAuthStatus {
    this.status = status;
    this.about = this.place();
    this.changed(status, this.request?.system);
    this.host.requestUpdate();
    return status;
  }
}

/** Where a sign-in of `request` is kept for the tab, and its window named by (see signInSlot). */
const slotOf = (request: OAuthRequest) => signInSlot(request.key, request.database);

/**
 * The window is still on its first `about:blank`: readable from here, as a window of this origin.
 * Once a page of the sign-in came it reads as that page, or (another origin, or a provider's
 * Cross-Origin-Opener-Policy) cannot be read at all, closed or not.
 */
function stillBlank(popup: Window): boolean {
  try {
    return popup.location.href === 'about:blank';
  } catch {
    return false;
  }
}
