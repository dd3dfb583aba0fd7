let graphemes: Intl.Segmenter | undefined;

/** UTF-16 units past which a "character" is one stacked with marks, not a real one (an emoji family is 11). */
const LONGEST_CHARACTER = 24;

/**
 * `text` cut to at most `max` characters, the last one an ellipsis, for words from elsewhere
 * (a provider, a test endpoint) shown rather than refused when long. Counted and cut as the
 * characters a person sees (grapheme clusters), never inside one: 300 emoji are 600 UTF-16
 * units, and a family emoji is seven code points. A character stacked with marks past any real
 * one keeps its first few, so the text stays bounded.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  graphemes ??= new Intl.Segmenter();
  const kept: string[] = [];
  let cut = false;
  for (const { segment } of graphemes.segment(text)) {
    if (kept.length === max) {
      cut = true;
      break;
    }
    cut ||= segment.length > LONGEST_CHARACTER;
    kept.push(
      segment.length > LONGEST_CHARACTER
        ? Array.from(segment)
            .slice(0, LONGEST_CHARACTER / 2)
            .join('')
        : segment,
    );
  }
  return cut ? `${kept.slice(0, max - 1).join('')}…` : text;
}
