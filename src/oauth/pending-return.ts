/** What a same-tab sign-in (Continue in this tab) keeps in sessionStorage for its return, and the address bar it comes back to. */
import { OAUTH_PENDING_PREFIX, OAUTH_RETURN_KEY, signInSlot } from './oauth-return.js';
import { spend } from './spend.js';

/** What a same-tab sign-in keeps in sessionStorage for its return. */
export interface PendingReturn {
  state: string;
  system: string;
  authType: string;
  /** The page's own fragment when the person left (a hash-routed page's route), put back on return. */
  hash?: string;
  /** The wizard's `draft-id` (see oauthReturnDraftId). */
  draftId?: string;
  /** The wizard's draft database (`draftDatabase`): a wizard of the same `draft-id` with another one leaves the return. */
  database?: string;
  /** The id of the connector it was editing, if any (see oauthReturnConnectorId). */
  editing?: string;
  /** The answers were in the wizard's draft when the person left: a draft gone on return was finished or discarded meanwhile. */
  drafted?: true;
  /** That draft's revision then: another on return was written meanwhile, in another tab (perhaps a new connector's draft, begun there once this one was created). */
  revision?: number;
  /** `live` or `test`, as the start URL said. */
  environment?: string;
  /** The non-secret fields it was started for, as the start URL said (never a secret: see OAuthRequest.fields). */
  fields?: Record<string, string>;
  /** When the person left (Date.now()): a return whose state cannot be read is the last sign-in's left for. None kept before it was: older than any. */
  at?: number;
  /** When its return first reached this page and was left there (Date.now()): how long a return waits unused counts from then (see RETURN_LIFETIME_MS). */
  back?: number;
}

/** Where the return of a sign-in kept in `slot` (its key, and its draft database: see signInSlot) is kept. */
export const returnKey = (slot: string) => `${OAUTH_PENDING_PREFIX}${slot}`;

export function readPending(slot: string): PendingReturn | undefined {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(returnKey(slot)) ?? 'null');
    const pending = value as Partial<PendingReturn> | null;
    return typeof pending?.state === 'string' && typeof pending.system === 'string' && typeof pending.authType === 'string' ? (pending as PendingReturn) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The return kept for the sign-in key `key` by a wizard whose drafts are in `database`, and the slot it was found in: its own, or
 * (kept before returns were kept by database: a page that left for the provider across an upgrade) the key alone, when kept
 * there for that database (or for none). Another database's, kept under the key alone, is never this wizard's.
 */
export function readPendingOf(key: string, database: string | undefined): { pending: PendingReturn; slot: string } | undefined {
  const slot = signInSlot(key, database);
  const pending = readPending(slot);
  if (slot !== key && pending) return { pending, slot };
  const old = slot === key ? pending : readPending(key);
  return old && (old.database ?? database) === database ? { pending: old, slot: key } : undefined;
}

/**
 * The return of the sign-in kept in `slot` is here: when it first was (kept beside it, so a reload or a wizard opened later counts
 * from then too). The person's time at the provider (an MFA, an admin's approval) never counts: a return is late only once
 * it has waited here. None kept (storage refused it): now.
 */
export function cameBack(slot: string, pending: PendingReturn): number {
  if (typeof pending.back === 'number' && Number.isFinite(pending.back)) return pending.back;
  const back = Date.now();
  try {
    sessionStorage.setItem(returnKey(slot), JSON.stringify({ ...pending, back }));
  } catch {
    // Not kept: counted from now.
  }
  return back;
}

/** The return kept in `slot` is spent: a replayed callback (Back to it, which redirects here again) is not taken a second time. */
export const spendPending = (slot: string) => spend(returnKey(slot));

/**
 * Another wizard on this page (another `draft-id`, or draft database) started the sign-in with this state. `undefined`: a return
 * whose state cannot be read, which is the sign-in this tab left for last: another's left after `mine` (this wizard's, if any;
 * with none, any other). None when sessionStorage is blocked (a sandboxed frame, a browser setting): nothing was kept.
 */
export function ownedElsewhere(state: string | undefined, mine?: PendingReturn): boolean {
  try {
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i);
      const kept = key?.startsWith(returnKey('')) ? readPending(key.slice(returnKey('').length)) : undefined;
      if (kept && (state === undefined ? kept.state !== mine?.state && (kept.at ?? 0) > (mine?.at ?? -1) : kept.state === state)) return true;
    }
  } catch {
    // Reading sessionStorage throws a SecurityError there: no wizard could have kept a sign-in in it.
  }
  return false;
}

/** Takes the return out of the address bar, putting back the fragment the page had when the person left. */
export function removeFragment(hash?: string) {
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${location.search}${typeof hash === 'string' && hash.startsWith('#') && !hash.includes(OAUTH_RETURN_KEY) ? hash : ''}`,
  );
}
