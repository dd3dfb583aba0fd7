import { readOAuthMessage, type OAuthMessage } from './oauth-message.js';
import { OAUTH_RETURN_KEY, returnedState } from './oauth-return.js';
import { returnedMessage } from './returned-message.js';
import { toStatus, type OAuthStatus } from './oauth-status.js';
import { ownedElsewhere, readPendingOf, removeFragment, spendPending } from './pending-return.js';

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
 * whose message cannot be read is spent and said (`unreadable`): the person connects again, with every answer still there.
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
  if (!pending || !slot || (state !== undefined && pending.state !== state)) {
    if (ownedElsewhere(state)) return undefined;
    removeFragment();
    return undefined;
  }
  if ((pending.editing ?? undefined) !== editing || !sameDatabase(pending.database, database)) return undefined;
  spendPending(slot);
  removeFragment(pending.hash);
  const environment = typeof pending.environment === 'string' ? { environment: pending.environment } : {};
  const fields = Object.entries(pending.fields ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  const drafted = pending.drafted === true ? { drafted: true as const, ...(typeof pending.revision === 'number' ? { revision: pending.revision } : {}) } : {};
  return {
    status: message ? toStatus(message) : { state: 'unreadable' },
    system: pending.system,
    authType: pending.authType,
    ...environment,
    fields: Object.fromEntries(fields),
    ...drafted,
  };
}

/** A sign-in kept in `kept` (none: kept before the database was, taken as ever) is of the wizard whose drafts are in `database`. */
export const sameDatabase = (kept: unknown, database: string | undefined) => kept === undefined || kept === database;
