/**
 * Isolating a text from elsewhere inside a sentence, in a module that imports nothing: the
 * messages use it, and so does the catalogue's reader for its problem lines, before the first step.
 */

/** Right-to-left letters, and the marks and controls that reorder text around them. */
const BIDI = /[\u0590-\u08ff\u200e\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** `text` isolated when it could reorder the sentence around it (right-to-left letters, bidi marks or controls), else as it is. */
export const isolatedIfBidi = (text: string): string => (BIDI.test(text) ? isolated(text) : text);

/**
 * `text` between FSI and PDI, its own isolates paired first as UAX #9 pairs them: a PDI that
 * closes none the text opened is dropped, and an isolate it leaves open is closed at its end. So
 * the text can neither close the isolate around it early (a name ending in PDI then RLO would
 * turn the rest of the sentence around) nor leave it open. Its embeddings and overrides
 * (LRE … RLO) end at that PDI and its PDFs cannot reach past it, so they stay as they are; so do
 * marks (LRM, RLM, ALM).
 */
export function isolated(text: string): string {
  let open = 0;
  // LRI, RLI and FSI open one; PDI closes one, if open; the last PDI closes the FSI here.
  return `\u2068${text.replace(/[\u2066-\u2069]/gu, (c) => (c < '\u2069' ? (open++, c) : open ? (open--, c) : ''))}${'\u2069'.repeat(open + 1)}`;
}
