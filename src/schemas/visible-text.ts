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

/**
 * What shows nothing on its own: whitespace, controls (\p{Cc}), Unicode's default-ignorable code
 * points (\p{Default_Ignorable_Code_Point}: the characters above but the controls, Hangul fillers,
 * variation selectors, tags, Mongolian and other format characters, and the code points Unicode
 * keeps for more of them), the Braille blank and the interlinear annotation marks (U+FFF9 to U+FFFB,
 * which only mark where an annotation starts, parts and ends), which the property leaves out, and combining marks
 * (\p{M}: accents, Arabic vowel signs), which show only on a letter (alone, as a stray accent or on a
 * dotted circle). Unicode's own lists, not ours: one it adds is no text on its own either.
 */
const SHOWS = /[^\s\p{Cc}\p{M}\p{Default_Ignorable_Code_Point}\u2800\uFFF9-\uFFFB]/u;

/** Whether anything would show: not only whitespace, the characters above and blank fillers (a test, not a copy: catalogues check every text with it). */
export const hasVisibleText = (value: string): boolean => SHOWS.test(value);

/**
 * `text` without whitespace and invisible characters at its ends (a zero-width space pasted after
 * a server's "Acme Ltd."), so a sentence it ends sees its last mark. Embeddings and isolates stay:
 * they come in pairs.
 */
export const trimShown = (text: string): string => text.replace(new RegExp(`^[\\s${UNPAIRED}]+|[\\s${UNPAIRED}]+$`, 'gu'), '');
