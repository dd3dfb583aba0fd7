/** The default per-attempt timeout of requests: endpoint requests, the `catalogue-src` fetch. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** The host's `requestTimeout` in whole ms when it is a positive finite number, else the default (Vue passes 0 for an unbound number). */
export const timeoutOf = (given: unknown): number => (typeof given === 'number' && Number.isFinite(given) && given >= 1 ? Math.floor(given) : DEFAULT_TIMEOUT_MS);
