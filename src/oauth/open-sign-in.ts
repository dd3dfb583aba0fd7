/**
 * A popup sign-in under way, kept for the tab in sessionStorage under its key (its request and
 * state, never a secret), so the wizard of that draft takes it up again after a reload of the
 * page: the window may still bring the result. Without sessionStorage, a reload ends it.
 */
import { OAUTH_OPEN_PREFIX as PREFIX } from './oauth-return.js';
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
    return typeof open?.state === 'string' && typeof open.at === 'number' && typeof open.request === 'object' ? (open as OpenSignIn<Request>) : undefined;
  } catch {
    return undefined;
  }
}

/** Ended, or taken up no more: a reload does not take it up again, even where storage refuses to remove it. */
export const forgetOpen = (key: string) => spend(PREFIX + key);
