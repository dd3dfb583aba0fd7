/**
 * Words from elsewhere inside our sentences, in a module that imports nothing: isolating them (the
 * messages use it, and so does the catalogue's reader for its problem lines, before the first step),
 * the full stop after them, and a wait a server asked for. It is part of the entry, so the later
 * steps and every language share these from there: in a file of their own beside the entry, one
 * refused request would leave it failed in the browser's module map, and every file importing it
 * with it, until a reload (Try again could not mend that).
 */

/** Right-to-left letters, and the marks and controls that reorder text around them. */
const BIDI = /[\u0590-\u08ff\u200e\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdcf\ufdf0-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * Explicit direction overrides, embeddings and isolates (UAX #9): in a name they can make text
 * read as something it is not (an override shows "evil" as "live"). Marks (LRM, RLM, ALM),
 * which right-to-left text may need, are not among them.
 */
export const hasDirectionControls = (value: string): boolean => /[\u202a-\u202e\u2066-\u2069]/u.test(value);

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

/**
 * The full stop after words from elsewhere that end one of our sentences (a provider's refusal,
 * the account signed in to): none when they bring their own closing mark (`.`, `!`, `?`, the `…`
 * of a shortening, `。`, `！`, `？`, `؟`), isolated (FSI … PDI) or not, marked as theirs or not, so a sentence never ends in
 * "!." or "….".
 */
export const fullStopAfter = (words: string | undefined): string => (words && /[.!?…。！？؟]\u2069*$/u.test(unmarked(words)) ? '' : '.');

/**
 * The marks that open and close a server's words in a sentence to be marked (see theirs in
 * quoting.ts, markedNames): noncharacters, taken out of every server's text where it is read, so
 * none there can pair with them. markedNames takes them out before the sentence shows; the
 * messages look past them (fullStopAfter, French elision).
 */
export const [THEIRS_OPEN, THEIRS_CLOSE] = ['\ufdd0', '\ufdd1'] as const;

/**
 * `text` without noncharacters (U+FDD0–U+FDEF, and U+FFFE, U+FFFF at the end of each plane), which
 * no text is meant to hold and the THEIRS marks are among: every server's answer is read without
 * them, before its secrets are masked, so none can hide an echo from the masking and then be taken
 * out with the marks; so are a catalogue's texts and a sign-in's words, where they are read, so
 * none shows, nor pairs with the marks the wizard puts around words.
 */
export const noncharactersOut = (text: string): string => text.replace(/\p{Noncharacter_Code_Point}/gu, '');

/** `text` without the THEIRS marks, as it shows. */
export const unmarked = (text: string): string => text.replace(/[\ufdd0\ufdd1]/gu, '');

/** Past this a wait is said as "a long time" (a year): a Retry-After of 400 nines, or a date years ahead, is no wait a person plans. */
export const LONG_WAIT_SECONDS = 365 * 86_400;

/**
 * A wait a server asked for (Retry-After), in words of `locale`: up to a minute in seconds, as
 * `inSeconds` says them; else in the largest unit it fills (minutes, hours, days), rounded up, as
 * Intl says them ("2 days", not "172,800 seconds"); past a year (or not finite), `long`. Here,
 * beside fullStopAfter, as every language's messages share this module.
 */
export function saidWait(locale: string, seconds: number, inSeconds: (n: number) => string, long: string): string {
  if (!(seconds <= LONG_WAIT_SECONDS)) return long;
  if (seconds < 60) return inSeconds(seconds);
  const [unit, size] = seconds >= 86_400 ? (['day', 86_400] as const) : seconds >= 3600 ? (['hour', 3600] as const) : (['minute', 60] as const);
  return new Intl.NumberFormat(numberTag(locale), { style: 'unit', unit, unitDisplay: 'long' }).format(Math.ceil(seconds / size));
}

/** The `lang` of the wizard whose message is being said (see `sayingIn`); set only for the length of that call. */
let saying: string | undefined;

/**
 * Calls `say` (a message) with the numbers of its languages written as `tag` writes them (see
 * `numberTag`). Messages are synchronous, so this wizard's tag cannot leak into another's words.
 */
export function sayingIn<T>(tag: string, say: () => T): T {
  const before = saying;
  saying = tag;
  try {
    return say();
  } finally {
    saying = before;
  }
}

/** Each tag as Intl reads it, or the language alone where Intl cannot read it ("de-bogus!"). */
const readable = new Map<string, string>();

/**
 * The tag `language`'s numbers are written in: the `lang` of the wizard saying them, region
 * included, where it asks for that language in any case (`de-CH` or `DE-CH` writes 1’200, `ar-EG` ٣); else the
 * language's own (a message called on its own, or English spoken for an `it-CH` page).
 */
function numberTag(language: string): string {
  const tag = saying?.split('-')[0]!.toLowerCase() === language ? saying : language;
  let read = readable.get(tag);
  if (!read) {
    try {
      read = new Intl.NumberFormat(tag).resolvedOptions().locale;
    } catch {
      read = language;
    }
    readable.set(tag, read);
  }
  return read;
}

const formats = new Map<string, Intl.NumberFormat>();

/** Numbers as `language` writes them, in the region of the wizard saying them (see `numberTag`). */
export const numberFormat = (language: string) => ({
  format(n: number): string {
    const tag = numberTag(language);
    let format = formats.get(tag);
    if (!format) formats.set(tag, (format = new Intl.NumberFormat(tag)));
    return format.format(n);
  },
});
