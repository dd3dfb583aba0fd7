/** When drafts are written and when they are let go: the timings docs/drafts-and-secrets.md promises. */

/** Saves at most this long after the last change... */
export const DEBOUNCE_MS = 400;
/** ...and at least this often while changes keep coming. */
export const MAX_WAIT_MS = 2000;
/** How long a save waits, `firstPending` being when the first change not yet saved came. */
export const saveDelay = (firstPending: number, now = Date.now()): number => Math.max(0, Math.min(DEBOUNCE_MS, firstPending + MAX_WAIT_MS - now));
/** Drafts untouched this long are deleted when any wizard opens the database. */
export const PURGE_AFTER_MS = 30 * 24 * 60 * 60 * 1000;
