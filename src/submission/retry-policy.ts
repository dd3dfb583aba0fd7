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

const usable = (value: unknown, min: number): value is number => typeof value === 'number' && Number.isFinite(value) && value >= min;

/**
 * The host's `retryPolicy` over the defaults, value by value: one that is not a finite number
 * (`undefined`, as frameworks pass, `NaN`, `Infinity`) or is negative keeps its default, and
 * `attempts` is a whole number from 1 to 10. Unchecked, `attempts: undefined` retried forever.
 */
export function retryPolicyOf(given: Partial<RetryPolicy> | null | undefined): RetryPolicy {
  const policy = { ...DEFAULT_RETRY_POLICY };
  for (const key of Object.keys(policy) as (keyof RetryPolicy)[]) {
    const value = given?.[key];
    // `attempts: 0` means "no retries": one attempt.
    // At most 10: retries stay bounded (1e21 would retry for ever, said as "attempt 2 of 1e+21").
    if (usable(value, 0)) policy[key] = key === 'attempts' ? Math.min(10, Math.max(1, Math.floor(value))) : value;
  }
  return policy;
}

/**
 * 408, 429 and 5xx (a proxy's 520 to 524 and 507 are as temporary as a 503); every other 4xx is
 * final, and so are 501 and 505, which say the server does not support the request at all.
 */
export const isRetryableStatus = (status: number) => status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);

/**
 * The three forms of an HTTP date a recipient must read (RFC 9110 §5.6.7): IMF-fixdate
 * (`Sun, 06 Nov 1994 08:49:37 GMT`), RFC 850 (`Sunday, 06-Nov-94 08:49:37 GMT`) and asctime
 * (`Sun Nov  6 08:49:37 1994`, in GMT). Read here, not by Date.parse, which reads other text too.
 */
const HTTP_DATES = [
  /^[A-Z][a-z]{2}, (?<d>\d{2}) (?<m>[A-Z][a-z]{2}) (?<y>\d{4}) (?<t>\d{2}:\d{2}:\d{2}) GMT$/u,
  /^[A-Z][a-z]{5,8}, (?<d>\d{2})-(?<m>[A-Z][a-z]{2})-(?<y>\d{2}) (?<t>\d{2}:\d{2}:\d{2}) GMT$/u,
  /^[A-Z][a-z]{2} (?<m>[A-Z][a-z]{2}) {1,2}(?<d>\d{1,2}) (?<t>\d{2}:\d{2}:\d{2}) (?<y>\d{4})$/u,
];
const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';

/** Seconds past which a `Retry-After` counts as this many (2^31, as RFC 9111 has a delta-seconds too large to hold): 400 nines are no Infinity. */
const MAX_DELTA_SECONDS = 2 ** 31;

/** `Retry-After` as seconds or an HTTP date (RFC 9110 §10.2.3), in ms from now; undefined if absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/u.test(trimmed)) return Math.min(Number(trimmed), MAX_DELTA_SECONDS) * 1000;
  const date = HTTP_DATES.map((form) => form.exec(trimmed)?.groups).find(Boolean);
  const month = date ? MONTHS.indexOf(date.m!) : -1;
  if (!date || month % 3) return undefined;
  // A two-digit year more than 50 years ahead is the last century's (RFC 9110).
  let year = Number(date.y);
  if (year < 100) year += year + 2000 > new Date(now).getUTCFullYear() + 50 ? 1900 : 2000;
  const [h, min, s] = date.t!.split(':').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(year, month / 3, Number(date.d), h, min, s));
  // Parts out of range (hour 25, 31 February) would roll over into another time: unreadable, as Date.parse has it.
  if (at.getUTCDate() !== Number(date.d) || h > 23 || min > 59 || s > 59) return undefined;
  return Math.max(0, at.getTime() - now);
}

/** Capped exponential backoff with jitter (half fixed, half random), so clients do not retry in step. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
