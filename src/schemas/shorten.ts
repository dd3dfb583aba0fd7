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
  let kept = '';
  let room = 0;
  let size = 0;
  let cut = false;
  for (let segment of clusters(text)) {
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

/** UTF-16 units segmented at a time. */
const WINDOW = 1024;

/**
 * The text's characters (grapheme clusters), found a window at a time: Chromium's segmenter takes
 * a time that grows with the whole text for each character it steps over, so 2,000 characters of a
 * 100,000-character description cost what the whole text does, many times over. Each window goes up
 * to its last character, which may go on past it, and the next starts where that one does (a
 * boundary: the rules look no further back than the character they are in, and no further on than
 * one code point), so the characters are
 * those of the whole text. One character as long as a window (a letter under thousands of marks)
 * is found in a window doubled until it ends inside one.
 */
function* clusters(text: string): Generator<string> {
  graphemes ??= new Intl.Segmenter();
  for (let from = 0, window = WINDOW; from < text.length;) {
    // Never between the halves of a code point: what follows a boundary is one whole code point, all the rules look at.
    const part = text.slice(from, from + window - +(text.codePointAt(from + window - 1)! > 0xffff));
    let next = from + part.length;
    for (const { segment, index } of graphemes.segment(part)) {
      if (next < text.length && index + segment.length === part.length) {
        next = from + index;
        break;
      }
      yield segment;
    }
    window = next === from ? window * 2 : WINDOW;
    from = next;
  }
}
