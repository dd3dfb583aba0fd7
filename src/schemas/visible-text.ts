/**
 * What shows of a text, in a module of its own: the host's group names are checked with it
 * before the first step; normalize.ts, which the later steps use, imports it.
 *
 * Characters that never belong in a key but ride along with copy and paste: zero-width
 * spaces and joiners, bidi marks and embeddings, the BOM, soft hyphens, NUL and other controls
 * (tabs and line breaks are whitespace; a private key keeps its inner lines).
 */
/** Those of them that do not come in pairs (all but bidi embeddings and isolates). */
const UNPAIRED = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u2060-\\u2064\\uFEFF';
export const INVISIBLE_CHARS = `${UNPAIRED}\\u202A-\\u202E\\u2066-\\u2069`;
export const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'gu');

/** Blank-looking letters and marks (Hangul and Braille fillers, variation selectors, tags) that are no text on their own. */
const BLANK_CHARS = '\u034f\u115f\u1160\u2800\u3164\ufe00-\ufe0f\uffa0\u{e0000}-\u{e007f}';
/** One character that shows: neither whitespace, nor the characters above, nor a blank filler. */
const SHOWS = new RegExp(`[^\\s${INVISIBLE_CHARS}${BLANK_CHARS}]`, 'u');

/** Whether anything would show: not only whitespace, the characters above and blank fillers (a test, not a copy: catalogues check every text with it). */
export const hasVisibleText = (value: string): boolean => SHOWS.test(value);

/**
 * `text` without whitespace and invisible characters at its ends (a zero-width space pasted after
 * a server's "Acme Ltd."), so a sentence it ends sees its last mark. Embeddings and isolates stay:
 * they come in pairs.
 */
export const trimShown = (text: string): string => text.replace(new RegExp(`^[\\s${UNPAIRED}]+|[\\s${UNPAIRED}]+$`, 'gu'), '');
