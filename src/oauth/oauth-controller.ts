import type { ReactiveController, ReactiveControllerHost } from 'lit';
import * as z from 'zod/mini';
import { OAUTH_RETURN_KEY } from './oauth-return.js';

/** The callback page's message (DESIGN.md, "OAuth 2.0 authorization code"). */
const messageSchema = z.union([
  z.object({
    type: z.literal('connector-wizard-oauth'),
    state: z.string().check(z.minLength(16), z.maxLength(200)),
    ok: z.literal(true),
    connection: z.object({ ref: z.string().check(z.minLength(1), z.maxLength(500)), account: z.optional(z.string().check(z.maxLength(300))) }),
  }),
  z.object({
    type: z.literal('connector-wizard-oauth'),
    state: z.string().check(z.minLength(16), z.maxLength(200)),
    ok: z.literal(false),
    error: z.optional(z.string().check(z.maxLength(500))),
  }),
]);

export type OAuthStatus =
  | { state: 'idle' }
  | { state: 'waiting' }
  | { state: 'blocked'; url: string }
  | { state: 'closed' }
  | { state: 'denied'; error?: string }
  | { state: 'connected'; ref: string; account?: string };

export interface OAuthRequest {
  startUrl: string;
  system: string;
  authType: string;
  draftId: string;
}

const stateKey = (draftId: string) => `connector-wizard:oauth-state:${draftId}`;

/** 256 random bits, base64url: single use, never derived from anything guessable. */
function newState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/gu, '-')
    .replace(/\//gu, '_')
    .replace(/=+$/u, '');
}

/**
 * The browser side of "Connect with {system}": a popup to the integrator's start URL and the
 * one message that may come back. A message counts only from the start URL's exact origin,
 * from that popup, in the expected shape, with the state in flight; the state is then spent.
 * The widget itself never posts a message.
 */
export class OAuthController implements ReactiveController {
  status: OAuthStatus = { state: 'idle' };
  private popup?: Window | null;
  private expected?: { origin: string; state: string };
  private watch?: ReturnType<typeof setInterval>;
  private resolve?: (status: OAuthStatus) => void;

  constructor(private readonly host: ReactiveControllerHost & EventTarget) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // Removed for good, not moved within the page (which reconnects in the same task).
    setTimeout(() => {
      if (!(this.host as unknown as { isConnected?: boolean }).isConnected) this.stop();
    });
  }

  private url(request: OAuthRequest, state: string, returnTo?: string): URL {
    const url = new URL(request.startUrl, document.baseURI);
    url.searchParams.set('system', request.system);
    url.searchParams.set('authType', request.authType);
    url.searchParams.set('state', state);
    if (returnTo) url.searchParams.set('return', returnTo);
    return url;
  }

  /** Opens the popup (call from a click: browsers allow popups only then) and waits for its answer. */
  start(request: OAuthRequest): Promise<OAuthStatus> {
    this.stop();
    const state = newState();
    const url = this.url(request, state);
    const popup = window.open(url.href, 'connector-wizard-oauth', 'popup,width=520,height=680');
    if (!popup) return Promise.resolve(this.set({ state: 'blocked', url: url.href }));
    this.popup = popup;
    this.expected = { origin: url.origin, state };
    window.addEventListener('message', this.onMessage);
    // A window closed before it answered: poll, since no event tells the opener.
    this.watch = setInterval(() => {
      if (this.popup?.closed) this.finish({ state: 'closed' });
    }, 400);
    this.set({ state: 'waiting' });
    return new Promise((resolve) => (this.resolve = resolve));
  }

  /**
   * No popup: continue in this tab. The state is kept in sessionStorage for the return, which
   * the callback makes to `return` with `#connector-wizard-oauth=<message>` (see README).
   */
  continueInTab(request: OAuthRequest): void {
    const state = newState();
    sessionStorage.setItem(stateKey(request.draftId), state);
    location.assign(this.url(request, state, `${location.origin}${location.pathname}${location.search}`).href);
  }

  /** A result the callback brought back to this page in the URL fragment, if it matches the stored state. */
  takeReturned(draftId: string): OAuthStatus | undefined {
    const hash = location.hash;
    const at = hash.indexOf(OAUTH_RETURN_KEY);
    if (at < 0) return undefined;
    const expected = sessionStorage.getItem(stateKey(draftId));
    // Another wizard on this page may be the one this return is for: leave it alone.
    if (!expected) return undefined;
    sessionStorage.removeItem(stateKey(draftId));
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    let data: unknown;
    try {
      data = JSON.parse(decodeURIComponent(hash.slice(at + OAUTH_RETURN_KEY.length)));
    } catch {
      return undefined;
    }
    const parsed = messageSchema.safeParse(data);
    if (!parsed.success || !expected || parsed.data.state !== expected) return undefined;
    return this.set(this.toStatus(parsed.data));
  }

  private readonly onMessage = (event: MessageEvent) => {
    const expected = this.expected;
    if (!expected || event.origin !== expected.origin || !this.popup || event.source !== this.popup) return;
    const parsed = messageSchema.safeParse(event.data);
    if (!parsed.success || parsed.data.state !== expected.state) return;
    this.finish(this.toStatus(parsed.data));
  };

  private toStatus(message: z.output<typeof messageSchema>): OAuthStatus {
    return message.ok
      ? { state: 'connected', ref: message.connection.ref, ...(message.connection.account ? { account: message.connection.account } : {}) }
      : { state: 'denied', ...(message.error ? { error: message.error } : {}) };
  }

  private finish(status: OAuthStatus) {
    const resolve = this.resolve;
    this.resolve = undefined;
    this.stop();
    this.set(status);
    resolve?.(status);
  }

  /** Spends the state and removes every listener. */
  private stop() {
    window.removeEventListener('message', this.onMessage);
    clearInterval(this.watch);
    this.expected = undefined;
    if (this.popup && !this.popup.closed) this.popup.close();
    this.popup = undefined;
    this.resolve?.({ state: 'closed' });
    this.resolve = undefined;
  }

  reset(): void {
    this.stop();
    this.set({ state: 'idle' });
  }

  private set(status: OAuthStatus): OAuthStatus {
    this.status = status;
    this.host.requestUpdate();
    return status;
  }
}
