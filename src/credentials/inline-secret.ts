/** Credentials inside a line of a paste (a URL's password, an Authorization header, a bearer token, a JWT), whatever names it holds. */

/**
 * Credentials inside a line, whatever names it holds: a URL's user and password (`postgres://ops:…@db`,
 * `https://ops:…@host`), an HTTP Authorization header's (`Authorization: Bearer …`, in a curl command too), a bearer token
 * copied without it (BEARER: `Bearer `, or `Bearer:`, and a token of 16 characters or more with a digit in it; not `Bearer Insurance`; wrapped over two lines
 * where it was copied from, a digit in each: not `Bearer Foods`, then `Warehouse-12`), a JWT, glued
 * to a word before it too (`tokeneyJ…`): each word read once from its start to its end (the lookahead and its `\1` take it
 * whole), its header looked for back from there (looked for from each `eyJ` of a run of them, it froze the page for seconds).
 */
const INLINE_SECRET =
  /(?<![\w+.-])[a-z][\w+.-]*:\/\/[^\s/?#@:]*:[^\s/?#@]+@|authorization["']?\s*:\s*(?:bearer|basic|token|bot)\s+\S|(?<![\w-])(?=([\w-]*))\1(?<=eyJ[\w-]{8,})\.eyJ[\w-]+\.[\w-]+/iu;

/**
 * A bearer token copied without its header (see INLINE_SECRET), but not a name of capitalised words run together and a year or a number after
 * them (`Bearer NorthAmerica2024`, `Bearer AcmeLogistics-2024`): a random token is never so. Its case read as written, so apart from INLINE_SECRET.
 */
const BEARER =
  /(?<![\w-])(?:bearer|Bearer|BEARER)(?:[:：]\s*|\s+)(?!(?:[A-Z][a-z]+-?)+\d{1,4}(?![\w.~+/-]))(?:(?=[\w.~+/-]*\d)[\w.~+/-]{16}|(?=(?:[\w.~+/-]|\r?\n(?=[\w.~+/-])){17})[\w.~+/-]*\d[\w.~+/-]*\r?\n[\w.~+/-]*\d)/u;

/** Whether `text` holds credentials inside a line (INLINE_SECRET, BEARER). */
export const holdsInlineSecret = (text: string): boolean => INLINE_SECRET.test(text) || BEARER.test(text);
