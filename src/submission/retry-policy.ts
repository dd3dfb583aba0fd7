/** Retries for the endpoint protocol: which failures, how often, how long to wait. */

export interface RetryPolicy {
  /** Total attempts, the first included. */
  attempts: number;
  /** First backoff; doubles per attempt. */
  baseDelayMs: number;
  /** Backoff never exceeds this. */
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the person is told instead. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 3, baseDelayMs: 500, maxDelayMs: 8000, maxRetryAfterMs: 60_000 };

/** The default per-attempt timeout of endpoint requests. */
export const DEFAULT_TIMEOUT_MS = 30_000;

const usable = (value: unknown, min: number): value is number => typeof value === 'number' && Number.isFinite(value) && value >= min;

/**
 * The host's `retryPolicy` over the defaults, value by value: one that is not a finite number
 * (`undefined`, as frameworks pass, `NaN`, `Infinity`) or is negative keeps its default, and
 * `attempts` is a whole number, at least 1. Unchecked, `attempts: undefined` retried forever.
 */
export function retryPolicyOf(given: Partial<RetryPolicy> | null | undefined): RetryPolicy {
  const policy = { ...DEFAULT_RETRY_POLICY };
  for (const key of Object.keys(policy) as (keyof RetryPolicy)[]) {
    const value = given?.[key];
    // `attempts: 0` means "no retries": one attempt.
    if (usable(value, 0)) policy[key] = key === 'attempts' ? Math.max(1, Math.floor(value)) : value;
  }
  return policy;
}

/** The host's `requestTimeout` in whole ms when it is a positive finite number, else the default (Vue passes 0 for an unbound number). */
export const timeoutOf = (given: unknown): number => (usable(given, 1) ? Math.floor(given) : DEFAULT_TIMEOUT_MS);

/**
 * 408, 429 and 5xx (a proxy's 520 to 524 and 507 are as temporary as a 503); every other 4xx is
 * final, and so are 501 and 505, which say the server does not support the request at all.
 */
export const isRetryableStatus = (status: number) => status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);

/** `Retry-After` as seconds or an HTTP date (RFC 9110 §10.2.3), in ms from now; undefined if absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/u.test(trimmed)) return Number(trimmed) * 1000;
  // Only the HTTP date form (IMF-fixdate); Date.parse alone would take "1.5" or "-1" as dates.
  if (!/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/u.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Capped exponential backoff with jitter (half fixed, half random), so clients do not retry in step. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
