import { foldable } from './secret-case.js';

/**
 * Characters that show nothing, which a server may put inside a text it quotes or take out of it: Unicode's default-ignorable ones (zero-width
 * space, non-joiner and joiner, word joiner, byte-order mark, soft hyphen, grapheme joiner, Mongolian vowel separator, invisible operators...).
 */
export const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;

/** Outside ASCII: what a look-alike (a full-width letter) or an invisible character is made of. */
export const NOT_ASCII = /[^\0-\x7F]/u;

/** The shortest secret found through look-alikes: a shorter one is made of too few characters to tell (see SHORT_SECRET in mask-secrets.ts). */
const LOOKED_SECRET = 4;

/** A secret shorter than this is made of common characters: found through look-alikes only where `kept` says the text does not make it its own. */
const SHORT_SECRET = 8;

/** A character as compared: none if invisible; else decomposed, compatibility forms too (`Ｚ` is `Z`, `é` is `e` and its accent), as NFKD writes it. */
const plainOf = (char: string) => (INVISIBLE.test(char) ? '' : char.normalize('NFKD'));

/** Whether a text may hold a secret of ASCII only other than as sent: it has invisible characters, or characters normalisation changes. */
export const lookedAlike = (text: string) => NOT_ASCII.test(text) && (INVISIBLE.test(text) || text.normalize('NFKC') !== text);

/**
 * `text` as compared (see plainOf; `normalize` false: only its invisible characters dropped; `fold`: lower-cased too, character by character),
 * and for each of its units the start and end of the character of the text it comes from, so what is found in it maps back to the text.
 */
export function plainText(text: string, normalize = true, fold = false): { plain: string; starts: number[]; ends: number[] } {
  let plain = '';
  const [starts, ends]: number[][] = [[], []];
  for (let at = 0; at < text.length;) {
    const size = text.codePointAt(at)! > 0xffff ? 2 : 1;
    const char = text.slice(at, at + size);
    let written = text.charCodeAt(at) < 0x80 ? char : INVISIBLE.test(char) ? '' : normalize ? plainOf(char) : char;
    if (fold) written = written.toLowerCase();
    plain += written;
    for (let unit = 0; unit < written.length; unit++) {
      starts.push(at);
      ends.push(at + size);
    }
    at += size;
  }
  return { plain, starts, ends };
}

/**
 * `secret` (4 characters or more) where a text writes it with invisible characters inside (`Zx9\u200BQk2LmA8`: a server that breaks long words)
 * or in look-alike characters (full-width `Ｚｘ９Ｑｋ２ＬｍＡ８`, as an upstream that normalises to full width writes it), in another case too where
 * otherCase finds it (`ＺＸ９ＱＫ２ＬＭＡ８`, `ZX9\u200BQK2LMA8`), masked as `mask`, whatever it covers in the text itself. Both are compared
 * character by character as plainText writes them. A text of ASCII only, or one that normalisation leaves as it is with nothing invisible,
 * holds none of a secret of ASCII only: no pass. One shorter than 8 (a password `hunter2`, a PIN `2026`) is masked only where the text writes
 * it otherwise than as sent (as sent, the plain pass decides), followed by no accent, and where `kept` (given the text, the text as compared
 * and where the secret stands in it) does not say it is part of something else: a PIN's digits inside a longer number, a short password inside a
 * word of the system's name (`Ｓｈｏｐｉｆｙ` for `Shop`).
 */
export function lookAlike(secret: string, mask: string, kept?: (text: string, plain: string, at: number, end: number) => boolean): ((text: string) => string) | undefined {
  const short = secret.length < SHORT_SECRET;
  if (secret.length < LOOKED_SECRET || (short && !kept)) return undefined;
  const fold = foldable(secret);
  let target: string | undefined;
  // A secret of ASCII only is as compared. One written otherwise (typed full width, or decomposed `Cafe\u0301`) may be echoed in ASCII, or
  // as normalisation writes it: every text is compared.
  const plainSecret = !NOT_ASCII.test(secret);
  return (text) => {
    if (plainSecret && !lookedAlike(text)) return text;
    target ??= plainText(secret, true, fold).plain;
    if (target.length < LOOKED_SECRET) return text;
    const { plain, starts, ends } = plainText(text, true, fold);
    let [out, from] = ['', 0];
    // Past a masked one, the search goes on after it; past one left (a short secret's), from the next character: it may start inside.
    for (let at = plain.indexOf(target); at >= 0; at = plain.indexOf(target, from > starts[at]! ? at + target.length : at + 1)) {
      const [start, end] = [starts[at]!, ends[at + target.length - 1]!];
      if (start < from) continue;
      if (short && (text.slice(start, end) === secret || /\p{M}/u.test(plain[at + target.length] ?? '') || kept!(text, plain, at, at + target.length))) continue;
      [out, from] = [out + text.slice(from, start) + outside(text, plain, starts, ends, at, -1) + mask + outside(text, plain, starts, ends, at + target.length - 1, 1), end];
    }
    return from ? out + text.slice(from) : text;
  };
}

/**
 * Of the text's character holding unit `at` of `plain`, what its compared form writes before that unit (`side` -1) or after it (1): a ligature
 * the secret starts or ends inside (`ﬁ`, `fi` as compared, for a secret ending in `f`). The mask covers the whole character, no part of the
 * secret shows; this part of it, none of the secret's, is written beside the mask, as its letters, not lost.
 */
function outside(text: string, plain: string, starts: number[], ends: number[], at: number, side: -1 | 1): string {
  let [first, last] = [at, at];
  while (starts[first - 1] === starts[at]) first--;
  while (starts[last + 1] === starts[at]) last++;
  if (first === last) return '';
  // In its own case, not as folded to compare (but where folding changed its length); an accent alone (`é` for a secret ending in `e`) is the letter's, masked with it.
  const own = plainOf(text.slice(starts[at], ends[at]));
  const written = own.length === last - first + 1 ? own : plain.slice(first, last + 1);
  const part = side < 0 ? written.slice(0, at - first) : written.slice(at - first + 1);
  return /\p{M}/u.test(part) ? '' : part;
}
