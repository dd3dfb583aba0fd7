/**
 * Characters that show nothing, which a server may put inside a text it quotes or take out of it: Unicode's default-ignorable ones (zero-width
 * space, non-joiner and joiner, word joiner, byte-order mark, soft hyphen, grapheme joiner, Mongolian vowel separator, invisible operators...).
 */
export const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;

/** Outside ASCII: what a look-alike (a full-width letter) or an invisible character is made of. */
const NOT_ASCII = /[^\0-\x7F]/u;

/** The shortest secret found through look-alikes: a shorter one is made of common characters (see SHORT_SECRET in mask-secrets.ts). */
const LOOKED_SECRET = 8;

/** A character as compared: none if invisible; else decomposed, compatibility forms too (`Ｚ` is `Z`, `é` is `e` and its accent), as NFKD writes it. */
const plainOf = (char: string) => (INVISIBLE.test(char) ? '' : char.normalize('NFKD'));

/**
 * `secret` (8 characters or more) where a text writes it with invisible characters inside (`Zx9\u200BQk2LmA8`: a server that breaks long words)
 * or in look-alike characters (full-width `Ｚｘ９Ｑｋ２ＬｍＡ８`, as an upstream that normalises to full width writes it), masked as `mask`, whatever it
 * covers in the text itself. Both are compared character by character as plainOf writes them; the text's characters that are kept map back to
 * where they stand in it. A text of ASCII only, or one that normalisation leaves as it is with nothing invisible, holds none of a secret
 * of ASCII only: no pass.
 */
export function lookAlike(secret: string, mask: string): ((text: string) => string) | undefined {
  if (secret.length < LOOKED_SECRET) return undefined;
  let target: string | undefined;
  // A secret of ASCII only is as compared. One written otherwise (typed full width, or decomposed `Cafe\u0301`) may be echoed in ASCII, or
  // as normalisation writes it: every text is compared.
  const plainSecret = !NOT_ASCII.test(secret);
  return (text) => {
    if (plainSecret && (!NOT_ASCII.test(text) || (!INVISIBLE.test(text) && text.normalize('NFKC') === text))) return text;
    if (target === undefined) {
      target = '';
      for (const char of secret) target += plainOf(char);
    }
    if (target.length < LOOKED_SECRET) return text;
    // The text as compared, and for each of its units the start and end of the character of the text it comes from.
    let plain = '';
    const [starts, ends]: number[][] = [[], []];
    for (let at = 0; at < text.length;) {
      const size = text.codePointAt(at)! > 0xffff ? 2 : 1;
      const char = text.slice(at, at + size);
      const written = text.charCodeAt(at) < 0x80 ? char : plainOf(char);
      plain += written;
      for (let unit = 0; unit < written.length; unit++) {
        starts.push(at);
        ends.push(at + size);
      }
      at += size;
    }
    let [out, from] = ['', 0];
    for (let at = plain.indexOf(target); at >= 0; at = plain.indexOf(target, at + target.length)) {
      const [start, end] = [starts[at]!, ends[at + target.length - 1]!];
      if (start < from) continue;
      [out, from] = [out + text.slice(from, start) + mask, end];
    }
    return from ? out + text.slice(from) : text;
  };
}
