/** Credentials inside a line of a paste (a URL's password, an Authorization header, a bearer token, a JWT), whatever names it holds. */

/**
 * Credentials inside a line, whatever names it holds: a URL's user and password (`postgres://ops:…@db`,
 * `https://ops:…@host`), an HTTP Authorization header's (`Authorization: Bearer …`, in a curl command too), a bearer token
 * copied without it (BEARER: `Bearer `, or `Bearer:`, and a token of 16 characters or more; not `Bearer Insurance` nor a company's name; wrapped over two lines
 * where it was copied from, a digit in each: not `Bearer Foods`, then `Warehouse-12`), a JWT, glued
 * to a word before it too (`tokeneyJ…`): each word read once from its start to its end (the lookahead and its `\1` take it
 * whole), its header looked for back from there (looked for from each `eyJ` of a run of them, it froze the page for seconds).
 */
const INLINE_SECRET =
  /(?<![\w+.-])[a-z][\w+.-]*:\/\/[^\s/?#@:]*:[^\s/?#@]+@|authorization["']?\s*:\s*(?:bearer|basic|token|bot)\s+\S|(?<![\w-])(?=([\w-]*))\1(?<=eyJ[\w-]{8,})\.eyJ[\w-]+\.[\w-]+/iu;

/**
 * A company's name after Bearer: up to four capitalised words run together, each with a vowel and no four consonants in a row, a
 * year or a number after them or not (`Bearer NorthAmerica2024`, `Bearer AcmeLogistics-2024`, `Bearer Internationalisation`). A random
 * token of 16 characters is so about once in 100,000, of 20 once in a million (capitalised runs and a number alone: once in 5,500; and
 * a token of letters only, one in 16 at that length, as a `sk_live_` key of letters only, would pass as words).
 */
const NAME_RUN = String.raw`(?:[A-Z](?=[a-z]*[aeiouy])(?![a-z]*[b-df-hj-np-tv-xz]{4})[a-z]{2,}-?){1,4}\d{0,4}(?![\w.~+/-])`;

/**
 * A bearer token copied without its header (see INLINE_SECRET): 16 characters or more after `Bearer ` (in any case: `bEARER`, a caps-lock slip), a digit or both
 * cases in them (not a path's slashes, not a word in lower case), but not a company's name (NAME_RUN). The token's case read as written, so apart from INLINE_SECRET.
 */
const BEARER = new RegExp(
  String.raw`(?<![\w-])[Bb][Ee][Aa][Rr][Ee][Rr](?:[:：]\s*|\s+)(?!${NAME_RUN})(?:(?:(?=[\w.~+/-]*\d)|(?=[\w.~+/-]*[A-Z])(?=[\w.~+/-]*[a-z]))[\w.~+/-]{16}|(?=(?:[\w.~+/-]|\r?\n(?=[\w.~+/-])){17})[\w.~+/-]*\d[\w.~+/-]*\r?\n[\w.~+/-]*\d)`,
  'u',
);

/** Whether `text` holds credentials inside a line (INLINE_SECRET, BEARER). */
export const holdsInlineSecret = (text: string): boolean => INLINE_SECRET.test(text) || BEARER.test(text);
