/** Marks a same-tab OAuth return in the URL fragment: `#connector-wizard-oauth=<json>`. */
export const OAUTH_RETURN_KEY = 'connector-wizard-oauth=';

/** sessionStorage keeps a same-tab sign-in's state, system and auth type under this prefix plus the `draft-id`. */
export const OAUTH_PENDING_PREFIX = 'connector-wizard:oauth-state:';
