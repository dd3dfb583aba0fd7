import { DEFAULT_DRAFT_DATABASE } from '../storage/draft-database.js';

/** Marks a same-tab OAuth return in the URL fragment: `#connector-wizard-oauth=<json>`. */
export const OAUTH_RETURN_KEY = 'connector-wizard-oauth=';

/**
 * The message a same-tab return carries in `hash` (undefined: none, or not JSON). A callback that wrote it without
 * encodeURIComponent leaves a provider's `%` as it is (`100% of admins`, which decodeURIComponent refuses): its escapes
 * are read, and a `%` that starts none is kept as written, so the provider's words are still said. So is one with more appended.
 */
export function returnedMessage(hash: string): unknown {
  const at = hash.indexOf(OAUTH_RETURN_KEY);
  if (at < 0) return undefined;
  const written = hash.slice(at + OAUTH_RETURN_KEY.length);
  // A callback may append to it (`&error_description=…` again): the message then ends at an `&` after its closing brace (a few tried).
  const ends = [written.length, ...[...written.matchAll(/(?:\}|%7d)(?=&)/gi)].slice(0, 8).map((end) => end.index + end[0].length)];
  for (const end of ends) {
    try {
      return JSON.parse(decoded(written.slice(0, end))) as unknown;
    } catch {
      // Not the message's end: the next one.
    }
  }
  return undefined;
}

/** `written` decoded; one whose `%` starts no escape (written without encodeURIComponent) has its escapes read and that `%` kept. */
function decoded(written: string): string {
  try {
    return decodeURIComponent(written);
  } catch {
    return written.replace(/(?:%[\da-f]{2})+/gi, (escapes) => {
      try {
        return decodeURIComponent(escapes);
      } catch {
        return escapes;
      }
    });
  }
}

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
