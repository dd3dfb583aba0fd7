/** The default per-attempt timeout of requests: endpoint requests, the `catalogue-src` fetch. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** The longest delay `setTimeout` keeps (2 ** 31 - 1 ms, about 24.8 days): a longer one wraps and fires at once. */
export const MAX_TIMEOUT_MS = 2_147_483_647;

/** The host's `requestTimeout` in whole ms (at most `MAX_TIMEOUT_MS`) when it is a positive finite number, else the default (Vue passes 0 for an unbound number). */
export const timeoutOf = (given: unknown): number =>
  typeof given === 'number' && Number.isFinite(given) && given >= 1 ? Math.min(Math.floor(given), MAX_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS;
