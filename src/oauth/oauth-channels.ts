import { readOAuthMessage, type OAuthMessage } from './oauth-message.js';

/** The BroadcastChannel a callback page on the widget page's own origin may post on. */
export const OAUTH_CHANNEL = 'connector-wizard-oauth';

/**
 * `url` with `params` added after its query as written (`searchParams` would write it anew: `%20`
 * as `+`, `flag` as `flag=`), so a signed query stays valid; a parameter it already names is
 * replaced by ours, never sent twice. For the start URL and the result URL alike.
 */
export function withParams(url: URL, params: Record<string, string>): URL {
  const ours = new URLSearchParams(params);
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((part) => part && !ours.has(new URLSearchParams(part).keys().next().value ?? ''));
  url.search = [...kept, `${ours}`].join('&');
  return url;
}
/** `oauth-result-url` is asked at most this often... */
export const POLL_GAP_MS = 2_000;
/** ...and, on their own, for at most this long after the sign-in started (the person's I've finished asks after that too). */
export const POLL_FOR_MS = 10 * 60_000;

export interface OAuthChannelOptions {
  /** The state in flight. */
  state: string;
  /** The popup; none for a sign-in taken up again after a reload of the page, whose `postMessage` then counts from a window this page opened. */
  popup?: Window;
  /** When the sign-in started (Date.now()): asks on their own stop 10 minutes after. */
  started: number;
  /** The start URL's origin: the only one a `postMessage` is taken from. */
  origin: string;
  resultUrl?: string;
  /** An ask with no answer by then fails: a result URL that hangs is said as one that cannot be asked, and the asks go on. */
  timeoutMs: number;
  /** A well-formed message for the state in flight, taken once; `from`: the window this page opened that posted it (the popup, or after a reload one this page opened). */
  result(message: OAuthMessage, from?: Window): void;
  /** Asked on the person's behalf (or for the last time), the result URL says the sign-in has not finished. */
  notFinished(): void;
  /** Asked on the person's behalf (or for the last time), the result URL could not be asked: offline, refused (CORS, a redirect) or an error. */
  unreachable(reason: string): void;
}

/**
 * The three ways a sign-in's result comes back, held to the same checks: the type and shape of
 * the message, the state in flight, and single use. `postMessage` counts only from the popup
 * at the start URL's origin; `BroadcastChannel` only reaches this origin; `oauth-result-url`
 * is asked (`GET ?state=`, with credentials) once the popup looks closed, every 2 s, when the
 * page gets focus back, and when the person says they have finished, for at most 10 minutes.
 */
export class OAuthChannels {
  #spent = false;
  #broadcast?: BroadcastChannel;
  #lastAsk = -Infinity;
  #timer?: ReturnType<typeof setTimeout>;
  /** The popup looked closed: the result URL is asked every POLL_GAP_MS. */
  #polling = false;
  /** The popup has looked closed: focus then asks as the person's own ask does, also after the asks on their own stopped. */
  #lookedClosed = false;
  /** Off the Credentials step: no asking. */
  #paused = false;
  /** The next answer "not finished" is said to the person. */
  #report = false;
  /** "Could not check" is on screen: a quiet ask that is answered replaces it. */
  #saidUnreachable = false;
  readonly #abort = new AbortController();

  constructor(private readonly o: OAuthChannelOptions) {
    window.addEventListener('message', this.#onMessage);
    window.addEventListener('focus', this.#onFocus);
    if (typeof BroadcastChannel === 'function') {
      this.#broadcast = new BroadcastChannel(OAUTH_CHANNEL);
      this.#broadcast.onmessage = (event) => this.#take(event.data);
    }
  }

  /** Whether a result can still come once the popup has lost this page: a result URL, or a callback on this origin. */
  get canStillHear(): boolean {
    return Boolean(this.o.resultUrl) || (Boolean(this.#broadcast) && this.o.origin === location.origin);
  }

  popupLooksClosed(): void {
    this.#polling = this.#lookedClosed = true;
    this.#askSoon(false);
  }

  /** The person says they have finished: ask now (or as soon as the 2 s allow). False when there is no result URL to ask. */
  askNow(): boolean {
    return this.#askSoon(true);
  }

  /** Asking goes on only while the person is on the Credentials step. */
  pollWhile(active: boolean): void {
    if (this.#paused === !active) return;
    this.#paused = !active;
    if (active && this.#polling) this.#askSoon(false);
    else if (!active) clearTimeout(this.#timer);
  }

  close(): void {
    this.#spent = true;
    clearTimeout(this.#timer);
    this.#abort.abort();
    window.removeEventListener('message', this.#onMessage);
    window.removeEventListener('focus', this.#onFocus);
    this.#broadcast?.close();
  }

  readonly #onMessage = (event: MessageEvent) => {
    if (event.origin === this.o.origin && (this.o.popup ? event.source === this.o.popup : openedHere(event.source))) this.#take(event.data, event.source as Window);
  };

  readonly #onFocus = () => {
    // Back from the popup: finished, or given up; or finished elsewhere (another tab, a link in a
    // mail) with the popup still open, asked quietly then. Off the Credentials step nothing is
    // asked: coming back to the step asks.
    if (!this.#paused) this.#askSoon(this.#lookedClosed);
  };

  #take(data: unknown, from?: Window) {
    if (this.#spent) return;
    const message = readOAuthMessage(data);
    if (message?.state !== this.o.state) return;
    this.#spent = true;
    this.o.result(message, from);
  }

  #askSoon(report: boolean): boolean {
    if (!this.o.resultUrl || this.#spent || (!report && Date.now() - this.o.started >= POLL_FOR_MS)) return false;
    this.#report ||= report;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#ask(), Math.max(0, this.#lastAsk + POLL_GAP_MS - Date.now()));
    return true;
  }

  async #ask() {
    if (this.#spent || (this.#paused && !this.#report)) return;
    const report = this.#report;
    this.#report = false;
    this.#lastAsk = Date.now();
    const url = withParams(new URL(this.o.resultUrl!), { state: this.o.state });
    let finished: boolean | undefined;
    /** Why the ask failed (the next one tries again); undefined when the result URL answered. */
    let failed: string | undefined;
    try {
      const signal = AbortSignal.any([this.#abort.signal, AbortSignal.timeout(this.o.timeoutMs)]);
      // `manual`: a redirect (a sign-in page for an ended session, a moved result URL) comes back as one, said as one, never as no connection.
      const response = await fetch(url, { credentials: 'include', cache: 'no-store', redirect: 'manual', headers: { Accept: 'application/json' }, signal });
      if (response.type === 'opaqueredirect') failed = REDIRECTED;
      else if (response.ok) {
        this.#take(await response.json());
        // A 200 that is not this sign-in's result (another state, another shape): said, never silence.
        if (!this.#spent) failed = 'an answer that is not the result of this sign-in';
      } else if (response.status !== 404) failed = `HTTP ${response.status}`;
      finished = response.ok || response.status !== 404 ? undefined : false;
    } catch (error) {
      // Offline, or refused by the browser (CORS, a redirect), or not JSON; or no answer in time.
      failed =
        error instanceof DOMException && error.name === 'TimeoutError'
          ? `no answer within ${this.o.timeoutMs} ms (requestTimeout)`
          : 'no readable answer (offline, refused by CORS, a redirect, or not JSON)';
    }
    if (this.#spent) return;
    if (Date.now() - this.o.started >= POLL_FOR_MS) {
      // The last ask: the sign-in has not come back (or it could not be asked).
      this.#polling = false;
      if (failed) this.o.unreachable(failed);
      else this.o.notFinished();
    } else {
      if (report && failed) {
        this.o.unreachable(failed);
        this.#saidUnreachable = true;
      } else if (finished === false && (report || this.#saidUnreachable)) {
        this.o.notFinished();
        this.#saidUnreachable = false;
      }
      if (this.#polling && !this.#paused) this.#askSoon(false);
    }
  }
}

/** Why an ask of the result URL failed when it answered with a redirect, never followed: the page's to mend (kind `config`). */
export const REDIRECTED = 'a redirect, never followed (a sign-in page for an ended session, or a moved result URL)';

/** A window this page opened (a popup's `opener` is readable across origins). */
function openedHere(source: MessageEventSource | null): boolean {
  try {
    return (source as Window | null)?.opener === window;
  } catch {
    return false;
  }
}
