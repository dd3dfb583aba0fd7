import { INVISIBLE } from '../schemas/visible-text.js';

/**
 * Text as a search compares it: decomposed, its accents and other marks taken off, dotless ı
 * read as i, in lower case, without the invisible characters copy and paste carries (soft
 * hyphens, zero-width spaces and joiners, bidi marks), and then trimmed (a space left beside one at an edge goes too). So "işbaşı" finds "İşbaşı", "Sao Paulo"
 * and "São Paulo" find each other, text pasted decomposed (NFD, as macOS may paste it) finds
 * text written composed, and a name hyphenated softly ("Lager\u00ADverwaltung") is found as typed.
 */
export const searchText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(INVISIBLE, '')
    .replace(/\p{M}+/gu, '')
    .replace(/ı/gu, 'i')
    .toLowerCase()
    .trim();
