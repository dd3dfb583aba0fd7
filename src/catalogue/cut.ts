/**
 * Outside text (an id, a key, a host's value) as a message quotes it, and catalogue text over its
 * limit: cut between whole characters, never through an emoji, and said to be cut with `…`.
 * Imports nothing: the entry's steps and controllers and the later steps all use it.
 */
/**
 * Cut to `max` characters (code points, as zod counts them), ellipsis included, never inside one
 * a person sees (a flag, an emoji family): only the character at the cut is looked at, so
 * thousands of long texts cost no more than short ones.
 */
let graphemes: Intl.Segmenter | undefined;
export function shorten(text: string, max: number): string {
  let cut = 0;
  for (let n = 1; n < max && cut < text.length; n++) cut += text.codePointAt(cut)! > 0xffff ? 2 : 1;
  // A break before the cut depends only on what comes before it (and the character at it).
  const at = (graphemes ??= new Intl.Segmenter()).segment(text.slice(0, cut + 32)).containing(cut);
  return `${text.slice(0, at && at.index < cut ? at.index : cut)}…`;
}

/** A name cut to at most 60 characters (code points, as `shorten` counts them), for any message that quotes one (a problem line, the host's `config` errors, a step's notice): ids, keys and the host's values have no length limit. */
export const cut = (s: string) => ([...s].length > 60 ? shorten(s, 58) : s);
