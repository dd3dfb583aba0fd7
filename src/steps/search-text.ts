/**
 * Text as a search compares it: decomposed, its accents and other marks taken off, dotless ı
 * read as i, in lower case. So "işbaşı" finds "İşbaşı", "Sao Paulo" and "São Paulo" find each
 * other, and text pasted decomposed (NFD, as macOS may paste it) finds text written composed.
 */
export const searchText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ı/gu, 'i')
    .toLowerCase();
