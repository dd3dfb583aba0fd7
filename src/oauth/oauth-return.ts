import { DEFAULT_DRAFT_DATABASE } from '../storage/draft-database.js';

/** Marks a same-tab OAuth return in the URL fragment: `#connector-wizard-oauth=<json>`. */
export const OAUTH_RETURN_KEY = 'connector-wizard-oauth=';

/**
 * The `state` of the message a same-tab return carries in `hash`: all the page needs to tell whose draft it is. Read from the
 * fragment as written, never decoded, so one written without encodeURIComponent (a lone `%`) or with more appended is read too;
 * the first one, which is the message's (a `"` the provider wrote inside its words is escaped). States are base64url.
 */
export const returnedState = (hash: string): string | undefined =>
  hash.includes(OAUTH_RETURN_KEY) ? /(?:"|%22)state(?:"|%22)(?::|%3a)(?:"|%22)([\w-]+)(?:"|%22)/i.exec(hash.split(OAUTH_RETURN_KEY)[1])?.[1] : undefined;

/** sessionStorage keeps a same-tab sign-in's state, system and auth type under this prefix plus its slot (its key, and its draft database: see signInSlot). */
export const OAUTH_PENDING_PREFIX = 'connector-wizard:oauth-state:';

/** sessionStorage keeps a popup sign-in under way under this prefix plus its key (see open-sign-in.ts). */
export const OAUTH_OPEN_PREFIX = 'connector-wizard:oauth-open:';

/**
 * What a sign-in of key `key` is kept under in sessionStorage (and its window named by, see popup-name.ts), for a wizard whose
 * drafts are in `database` (`draftDatabase`): the key itself in the default one, else the key and the database, so two wizards
 * of one `draft-id` with their own databases never write over each other's sign-in, nor share a window.
 */
export const signInSlot = (key: string, database: string | undefined) => (database === undefined || database === DEFAULT_DRAFT_DATABASE ? key : `${key}\u0000${database}`);

/** What is kept under a popup sign-in's slot is one, not spent (`null`); one not JSON (written by hand, or cut short) is not. */
function keptAsOpen(kept: string | null): boolean {
  try {
    return JSON.parse(kept ?? 'null') !== null;
  } catch {
    return false;
  }
}

/**
 * A popup sign-in under way was left for the sign-in key `key` (in any draft database: which one it is for is read with the
 * later code) by a reload of this page: not one spent, written over with `null` where storage refused to remove it (see spend.ts).
 */
export function signInOpen(key: string): boolean {
  try {
    for (let i = 0; i < sessionStorage.length; i++) {
      const kept = sessionStorage.key(i) ?? '';
      if ((kept === OAUTH_OPEN_PREFIX + key || kept.startsWith(`${OAUTH_OPEN_PREFIX}${key}\u0000`)) && keptAsOpen(sessionStorage.getItem(kept))) return true;
    }
  } catch {
    // No sessionStorage: nothing was kept.
  }
  return false;
}
