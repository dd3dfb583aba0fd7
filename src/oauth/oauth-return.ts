/** Marks a same-tab OAuth return in the URL fragment: `#connector-wizard-oauth=<json>`. */
export const OAUTH_RETURN_KEY = 'connector-wizard-oauth=';
