import { readOAuthMessage, type OAuthMessage } from './oauth-message.js';
import { OAUTH_RETURN_KEY, returnedState } from './oauth-return.js';
import { returnedMessage } from './returned-message.js';
import { toStatus, type OAuthStatus } from './oauth-status.js';
import { readOpenOf } from './open-sign-in.js';
import { cameBack, ownedElsewhere, readPendingOf, removeFragment, spendPending, type PendingReturn } from './pending-return.js';

/** A sign-in that came back in this tab: its result, and the system and auth type it was started for. */
export interface ReturnedOAuth {
  status: OAuthStatus;
  system: string;
  authType: string;
  /** The environment it was made for: a connector that came back as the other one does not take it. */
  environment?: string;
  /** The fields it was made for (a store): they come back where the answers are empty, and other values do not take it. */
  fields?: Record<string, string>;
  /** Started with the answers in a draft (see PendingReturn.drafted), at this revision (see PendingReturn.revision). */
  drafted?: true;
  revision?: number;
}

/**
 * A result the callback brought back to this page in the URL fragment. Taken when this
 * wizard (its sign-in `key`, see oauthKey) started that sign-in; left for another wizard on the
 * page when the state is stored under its key; otherwise (a stale, forged or spent return) removed. One of this wizard's sign-in
 * whose message cannot be read is spent and said (`unreadable`), as is one that came back too late (`expired`): the person connects
 * again, with every answer still there.
 * `editing`: the connector this wizard edits. A sign-in started for a new connector is never an
 * edit's, nor one started in an edit another connector's (a page may give both one `draft-id`):
 * it is left for the wizard it was started in, as is one started in another draft database (`database`: this wizard's).
 */
export function takeReturned(key: string, editing: string | undefined, database?: string): ReturnedOAuth | undefined {
  const hash = location.hash;
  if (!hash.includes(OAUTH_RETURN_KEY)) return undefined;
  const message: OAuthMessage | undefined = readOAuthMessage(returnedMessage(hash));
  // The state it came back with: the message's, or as written in one that cannot be read (cut short, fields missing), so the
  // wizard whose sign-in it is says so. One whose state cannot be read at all (another encoding) is the sign-in this wizard left for.
  const state = message?.state ?? returnedState(hash);
  const { pending, slot } = readPendingOf(key, database) ?? {};
  const ours = state === undefined ? pending && leftLast(pending, key, database) : pending?.state === state;
  if (!pending || !slot || !ours) {
    if (ownedElsewhere(state, pending)) return undefined;
    removeFragment();
    return undefined;
  }
  const back = cameBack(slot, pending);
  if ((pending.editing ?? undefined) !== editing || !sameDatabase(pending.database, database)) return undefined;
  spendPending(slot);
  removeFragment(pending.hash);
  const environment = typeof pending.environment === 'string' ? { environment: pending.environment } : {};
  const fields = Object.entries(pending.fields ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  const drafted = pending.drafted === true ? { drafted: true as const, ...(typeof pending.revision === 'number' ? { revision: pending.revision } : {}) } : {};
  return {
    status: Date.now() - back > RETURN_LIFETIME_MS ? { state: 'expired' } : message ? toStatus(message) : { state: 'unreadable' },
    system: pending.system,
    authType: pending.authType,
    ...environment,
    fields: Object.fromEntries(fields),
    ...drafted,
  };
}

/**
 * With no state to read, the return is of the sign-in this tab left for last: `pending` (this wizard's), unless another
 * wizard left after it, or this one started a popup sign-in after it (it came Back from the provider, then pressed Connect):
 * that window may still bring its result, taken up as after any reload (see OAuthFlow.takeReturn), never refused for this return.
 */
function leftLast(pending: PendingReturn, key: string, database: string | undefined): boolean {
  const popupAt = readOpenOf<{ database?: unknown }>(key, database)?.open.at;
  return !ownedElsewhere(undefined, pending) && !(popupAt !== undefined && popupAt > (pending.at ?? 0));
}

/**
 * How long a same-tab return is still taken once it is back on this page, unused (left for the edit or the wizard it was started
 * in, a tab restored the next day with it still in the address bar): longer, it is no sign-in this person is still making. Counted
 * from its first arrival (see cameBack), never from when the person left: a slow sign-in at the provider is theirs to take, as a
 * popup's result is, whenever it comes.
 */
export const RETURN_LIFETIME_MS = 60 * 60_000;

/** A sign-in kept in `kept` (none: kept before the database was, taken as ever) is of the wizard whose drafts are in `database`. */
export const sameDatabase = (kept: unknown, database: string | undefined) => kept === undefined || kept === database;
