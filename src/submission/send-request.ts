/**
 * Sending one request to the endpoint: the host's headers asked for before each attempt, its timeout,
 * and the retry policy (backoff, Retry-After). What the answer means is the caller's (connector-client.ts).
 */
import { MAX_TIMEOUT_MS } from '../config/request-timeout.js';
import { backoffDelay, DEFAULT_RETRY_POLICY, isRetryableStatus, parseRetryAfter, type RetryPolicy } from './retry-policy.js';

export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs: number;
  policy?: RetryPolicy;
  /** Told before each retry's wait, with the attempt about to start (2, 3, ...) and the wait, and again with 0 as that attempt starts. */
  onRetry?: (attempt: number, delayMs: number) => void;
  /** The host's headers, asked for before each attempt (a rotating CSRF token); a text says why there are none, and that attempt is not sent. */
  headers?: () => Promise<readonly [string, string][] | string>;
  /** What a JSON answer goes through before any of it is read (the secrets sent, masked): before its texts are cut, so no piece of one is left at the cut. */
  mask?: (body: unknown) => unknown;
}

/**
 * Waits `ms` (a retry's backoff or Retry-After, capped where a timer would wrap and fire at once).
 * A signal aborted already (its `abort` event has passed: a cancel as the retry was announced) waits
 * nothing; the listener goes with the wait, so a request's waits in turn leave none on its signal.
 */
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject();
    const stop = () => (clearTimeout(timer), reject());
    const timer = setTimeout(() => (signal?.removeEventListener('abort', stop), resolve()), Math.min(ms, MAX_TIMEOUT_MS));
    signal?.addEventListener('abort', stop, { once: true });
  });

/** Outcome of one attempt: a response, or why there was none. */
export type Attempt =
  { response: Response } | { error: 'network' | 'offline' | 'timeout' } | { error: 'aborted'; unanswered?: boolean } | { error: 'headers'; detail: string };

async function attempt(url: string, init: RequestInit, options: RequestOptions): Promise<Attempt> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let extra: Awaited<ReturnType<NonNullable<RequestOptions['headers']>>>;
  let stop = () => {};
  try {
    // The host's function has the attempt's time: one that never settles must not hold "Creating…" (or a removal) for ever.
    extra = await Promise.race([
      options.headers?.() ?? [],
      new Promise<never>((_, reject) => (signal.aborted ? reject() : signal.addEventListener('abort', (stop = reject)))),
    ]);
  } catch {
    return options.signal?.aborted ? { error: 'aborted' } : { error: 'headers', detail: 'the requestHeaders function gave no headers in time' };
  } finally {
    signal.removeEventListener('abort', stop);
  }
  if (typeof extra === 'string') return { error: 'headers', detail: extra };
  // The protocol's own headers are set last, so none of the host's can stand in for them.
  const headers = new Headers(extra as [string, string][]);
  for (const [name, value] of Object.entries(init.headers as Record<string, string>)) headers.set(name, value);
  const offline = !navigator.onLine;
  try {
    return { response: await fetch(url, { ...init, headers, signal }) };
  } catch {
    if (options.signal?.aborted) return { error: 'aborted', unanswered: true };
    // Offline before it and after it: the browser sent nothing (offline only after: it may have gone out).
    return { error: timeout.aborted ? 'timeout' : offline && !navigator.onLine ? 'offline' : 'network' };
  }
}

/**
 * A gateway's answer for a server that did not answer it in time (504, a proxy's 524) or whose
 * answer broke off (502): the request reached that server, which may have done it. Said as no
 * answer, never as "could not".
 */
const GATEWAY_UNANSWERED = new Set([502, 504, 524]);

/**
 * Sends one request with the retry policy: network errors, timeouts, 408, 429 and 5xx are
 * retried with the same body and headers, honouring Retry-After; other answers are final.
 */
export async function send(url: string, init: RequestInit, options: RequestOptions): Promise<Attempt & { retryAfterMs?: number; gaveUp?: boolean; unanswered?: boolean }> {
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  // An attempt that got no answer may have done its work (a create whose answer was lost): said so, whatever came after.
  let unanswered = false;
  for (let n = 1; ; n++) {
    // Stopped before this attempt (a cancel as it was announced): fetch would send nothing, so nothing of it may have been done.
    if (options.signal?.aborted) return { error: 'aborted', unanswered };
    const result = await attempt(url, init, options);
    // Stopped in fetch, it may have gone out (its own `unanswered`); stopped before, or its headers failed, only an earlier attempt may have.
    if ('error' in result && (result.error === 'aborted' || result.error === 'headers')) return { unanswered, ...result };
    unanswered ||= 'error' in result ? result.error !== 'offline' : GATEWAY_UNANSWERED.has(result.response.status);
    const retryable = 'error' in result || isRetryableStatus(result.response.status);
    if (!retryable) return { ...result, unanswered };
    const retryAfter = 'response' in result ? parseRetryAfter(result.response.headers.get('retry-after')) : undefined;
    // Checked before the attempt count, so even the last answer says how long the server asked for.
    if (retryAfter !== undefined && retryAfter > policy.maxRetryAfterMs) return { ...result, retryAfterMs: retryAfter, gaveUp: true, unanswered };
    // The last answer: how long the server asked for is what the person is told to wait.
    if (n >= policy.attempts) return { ...result, unanswered, ...(retryAfter !== undefined ? { retryAfterMs: retryAfter } : {}) };
    const delay = retryAfter ?? backoffDelay(n, policy);
    options.onRetry?.(n + 1, delay);
    try {
      await sleep(delay, options.signal);
    } catch {
      return { error: 'aborted', unanswered };
    }
    options.onRetry?.(n + 1, 0);
  }
}
