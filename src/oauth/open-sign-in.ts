/**
 * A popup sign-in under way, kept for the tab in sessionStorage under its slot (its key, and its draft database: see
 * signInSlot; its request and state, never a secret), so the wizard of that draft takes it up again after a reload of the
 * page: the window may still bring the result. Without sessionStorage, a reload ends it.
 */
import { OAUTH_OPEN_PREFIX as PREFIX, signInSlot } from './oauth-return.js';
import { spend } from './spend.js';

export interface OpenSignIn<Request> {
  request: Request;
  state: string;
  /** When it started (Date.now()). */
  at: number;
}

export function keepOpen<Request>(key: string, open: OpenSignIn<Request>): void {
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify(open));
  } catch {
    // Full or refused: a reload ends this sign-in.
  }
}

export function readOpen<Request>(key: string): OpenSignIn<Request> | undefined {
  try {
    const open = JSON.parse(sessionStorage.getItem(PREFIX + key) ?? 'null') as Partial<OpenSignIn<Request>> | null;
    return typeof open?.state === 'string' && typeof open.at === 'number' && typeof open.request === 'object' && open.request !== null
      ? (open as OpenSignIn<Request>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The sign-in left under way for `key` by a wizard whose drafts are in `database`, and the slot it was found in: its own, or
 * (kept before sign-ins were kept by database: a page reloaded mid sign-in across an upgrade) the key alone, when kept there
 * for that database. Taken up, it is kept again under its own slot, and that one forgotten.
 */
export function readOpenOf<Request extends { database?: unknown }>(key: string, database: string | undefined): { open: OpenSignIn<Request>; slot: string } | undefined {
  const slot = signInSlot(key, database);
  const open = readOpen<Request>(slot);
  if (open) return { open, slot };
  const old = slot === key ? undefined : readOpen<Request>(key);
  // Kept before the database was too: taken as ever.
  return old && (old.request.database ?? database) === database ? { open: old, slot: key } : undefined;
}

/** Ended, or taken up no more: a reload does not take it up again, even where storage refuses to remove it. */
export const forgetOpen = (key: string) => spend(PREFIX + key);
