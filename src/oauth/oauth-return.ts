/** Marks a same-tab OAuth return in the URL fragment: `#connector-wizard-oauth=<json>`. */
export const OAUTH_RETURN_KEY = 'connector-wizard-oauth=';

/** sessionStorage keeps a same-tab sign-in's state, system and auth type under this prefix plus the `draft-id`. */
export const OAUTH_PENDING_PREFIX = 'connector-wizard:oauth-state:';

/** sessionStorage keeps a popup sign-in under way under this prefix plus its key (see open-sign-in.ts). */
export const OAUTH_OPEN_PREFIX = 'connector-wizard:oauth-open:';

/** A popup sign-in under way was left for the sign-in key `key` by a reload of this page: not one spent, written over with `null` where storage refused to remove it (see spend.ts). */
export function signInOpen(key: string): boolean {
  try {
    return JSON.parse(sessionStorage.getItem(OAUTH_OPEN_PREFIX + key) ?? 'null') !== null;
  } catch {
    return false;
  }
}
