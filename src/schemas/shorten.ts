let graphemes: Intl.Segmenter | undefined;

/** UTF-16 units past which a "character" is one stacked with marks, not a real one (an emoji family is 11). */
const LONGEST_CHARACTER = 24;

/**
 * The one rule for shortening outside text (a provider's or a test endpoint's words, catalogue text
 * over its limit, an id a message quotes): `text` cut to at most `max`, the last one an ellipsis,
 * between the characters a person sees (grapheme clusters), never inside one (a flag, an emoji
 * family). Each counts 1, or with `codePoints` its code points, as zod's length limits count, for a
 * text that must then pass one. A character stacked with marks past any real one keeps its first
 * few, so the text stays bounded. Only the characters up to the cut are looked at. Imports nothing:
 * the entry and the later steps both use it.
 */
export function shorten(text: string, max: number, codePoints = false): string {
  if (text.length <= max) return text;
  graphemes ??= new Intl.Segmenter();
  let kept = '';
  let room = 0;
  let size = 0;
  let cut = false;
  for (let { segment } of graphemes.segment(text)) {
    if (segment.length > LONGEST_CHARACTER) {
      cut = true;
      segment = Array.from(segment)
        .slice(0, LONGEST_CHARACTER / 2)
        .join('');
    }
    size += codePoints ? Array.from(segment).length : 1;
    if (size > max) return `${kept.slice(0, room)}…`;
    kept += segment;
    if (size < max) room = kept.length;
  }
  return cut ? `${kept.slice(0, room)}…` : text;
}
