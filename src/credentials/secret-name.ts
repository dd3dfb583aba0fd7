/** The names that are a secret's: a pasted line's (secretName), a part's inside a value (secretPartName). */

/** A word of a name that is a secret's alone: `password`, `DBPWD`, `clientsecret`, `accesstoken`, `apikey` (not `Passport`, `Tokens`). */
const SECRET_WORD = /^(?:[a-z]*(?:passw(?:or)?d|pwd|secret|token|credentials?|cookie)|passphrase|(?:api|access|private)key)$/u;
/** Words before `key`, `pass` or `auth` in a name written in words that make it a secret's (`API key`, `Basic auth`; not `Shop key`). */
const QUALIFIER =
  /^(?:api|access|private|secret|client|app|consumer|signing|master|licen[cs]e|subscription|db|database|admin|user|basic|bearer|http|ssh|root|auth|encryption|shared)$/u;

/** A name's words, lower-cased, without a number at their end: `DB_PASSWORD`, `clientSecret`, `x-api-key`, `Access token`. */
const nameParts = (name: string) =>
  name
    .split(/[\W_]+|(?<=[a-z])(?=[A-Z])/u)
    .map((part) => part.toLowerCase().replace(/\d+$/u, ''))
    .filter(Boolean);

/** Words before `key` that make it a secret's in a part inside a value (`api_key`, `AccessKey`, Azure's `AccountKey`; not `sort_key`). */
const KEY_OWNER = /^(?:api|access|private|secret|account|signing|encryption|master)$/u;

/**
 * A name of a `name=value` part inside a value (a URL's query, a connection string's part) that
 * is a secret's: a secret's word as a whole word of it (`password`, `Pwd`, `consumer_secret`,
 * `access_token`, `apikey`), or `key` after a word such as `api` or `access` (`api_key`,
 * `private-key`, `SharedAccessKey`). Stricter than secretName: `auth` and `key` compounds name
 * ordinary parts there (`authSource`, `authMechanism`, `sort_key`).
 */
export const secretPartName = (name: string): boolean =>
  nameParts(name).some((part, i, parts) => SECRET_WORD.test(part) || (part === 'key' && KEY_OWNER.test(parts[i - 1] ?? '')));

/**
 * A name with a secret's word in it: `DB_PASSWORD`, `clientSecret`, `x-api-key`, `accesstoken`,
 * `Access token`; or `key`, `pass` or `auth` as a part of a longer name (`API-Key`, `DB_PASS`,
 * `authKey`; written in words, after a word such as `API`). Alone, with or without a number,
 * they are ordinary words (`Key: EU accounts`, `Pass: EU`, `Auth0: production`).
 */
export function secretName(name: string): boolean {
  const parts = nameParts(name);
  const words = /\s/u.test(name);
  return parts.some((part, i) => SECRET_WORD.test(part) || (/^(?:key|pass|auth)$/u.test(part) && parts.length > 1 && (!words || QUALIFIER.test(parts[i - 1] ?? ''))));
}
