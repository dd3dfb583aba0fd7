import { INVISIBLE } from './visible-text.js';

/**
 * Letters of their own that no decomposition splits into a letter and a mark, as people type them
 * without a Polish, Nordic, German or Croatian keyboard; and the yeh and kaf a Persian keyboard
 * types (ی, ک), and the alef maksura (ى) Egypt writes for a final yeh, as the Arabic ي and ك.
 */
const FOLDED: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ς: 'σ', ی: 'ي', ى: 'ي', ک: 'ك' };

/** A decimal digit as ASCII: Unicode encodes each set of decimal digits as ten code points in a row, 0 to 9, so the run of digits it is in starts at a zero. */
function asciiDigit(digit: string): string {
  let zero = digit.codePointAt(0)!;
  while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  return String((digit.codePointAt(0)! - zero) % 10);
}

/**
 * Text as a search compares it: decomposed by compatibility (NFKD: full-width letters and
 * ligatures such as "ﬁ" read as typed), its accents and other marks taken off (the Arabic tatweel
 * too, the stretch justified text adds: "شـوبيفاي" is "شوبيفاي"), in lower case,
 * with dotless ı, ł, ø, đ, ß, æ and œ read as i, l, o, d, ss, ae and oe, the Greek final sigma ς
 * as σ (lower-casing turns a capital Σ at a word's end into ς: "ΑΣ" typed finds "Ασφάλεια"), Persian ی and ک and
 * the alef maksura ى as the Arabic ي and ك ("شوبیفای" typed in Tehran finds "شوبيفاي"), every decimal digit
 * (Arabic-Indic ٠-٩, Extended Arabic-Indic ۰-۹, Devanagari, ...) as its ASCII digit, without the invisible
 * characters copy and paste carries (soft hyphens, zero-width spaces and joiners, bidi marks),
 * and every run of white space (no-break spaces too, as CMS exports write them) one space, then
 * trimmed. So "işbaşı" finds "İşbaşı", "Sao Paulo" and "São Paulo" find each other, "lodz"
 * finds "Łódź", "google sheets" finds "Google\u00A0Sheets", text pasted decomposed (NFD, as
 * macOS may paste it) finds text written composed, and a name hyphenated softly
 * ("Lager\u00ADverwaltung") is found as typed, and "+٥:٣٠" typed on an Arabic keyboard is "+5:30".
 */
export const searchText = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(INVISIBLE, '')
    .replace(/[\p{M}\u0640]+/gu, '')
    .toLowerCase()
    .replace(/[ıłøđßæœςیىک]/gu, (letter) => FOLDED[letter]!)
    .replace(/[^\P{Nd}\d]/gu, asciiDigit)
    .replace(/\s+/gu, ' ')
    .trim();
