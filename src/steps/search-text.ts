import { INVISIBLE } from '../schemas/visible-text.js';

/** Letters of their own that no decomposition splits into a letter and a mark, as people type them without a Polish, Nordic, German or Croatian keyboard. */
const FOLDED: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' };

/**
 * Text as a search compares it: decomposed by compatibility (NFKD: full-width letters and
 * ligatures such as "ﬁ" read as typed), its accents and other marks taken off, in lower case,
 * with dotless ı, ł, ø, đ, ß, æ and œ read as i, l, o, d, ss, ae and oe, without the invisible
 * characters copy and paste carries (soft hyphens, zero-width spaces and joiners, bidi marks),
 * and every run of white space (no-break spaces too, as CMS exports write them) one space, then
 * trimmed. So "işbaşı" finds "İşbaşı", "Sao Paulo" and "São Paulo" find each other, "lodz"
 * finds "Łódź", "google sheets" finds "Google\u00A0Sheets", text pasted decomposed (NFD, as
 * macOS may paste it) finds text written composed, and a name hyphenated softly
 * ("Lager\u00ADverwaltung") is found as typed.
 */
export const searchText = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(INVISIBLE, '')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ıłøđßæœ]/gu, (letter) => FOLDED[letter]!)
    .replace(/\s+/gu, ' ')
    .trim();
