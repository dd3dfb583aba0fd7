let graphemes: Intl.Segmenter | undefined;

/**
 * `text` cut to at most `max` characters, the last one an ellipsis, for words from elsewhere
 * (a provider, a test endpoint) shown rather than refused when long. Counted and cut as the
 * characters a person sees (grapheme clusters), never inside one: 300 emoji are 600 UTF-16
 * units, and a family emoji is seven code points.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  graphemes ??= new Intl.Segmenter();
  const characters = Array.from(graphemes.segment(text), (s) => s.segment);
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : text;
}
