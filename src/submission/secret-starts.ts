import { INVISIBLE, NOT_ASCII, lookedAlike, plainText } from './secret-lookalikes.js';
import { ELLIPSES, TAG_END, wordShapedStarts } from './shaped-secrets.js';

/** A secret shorter than this is made of common characters (see SHORT_SECRET in mask-secrets.ts). */
const SHORT_SECRET = 8;

/** The first character of each ellipsis (see ELLIPSES), so a text is searched for them in one pass. */
const ELLIPSIS_START = /[….\\&%]/gu;

/** The shorter pieces tried at one place when the longest ends in the secret's own `-`, `_`, `.`, `:` or `/` (`Zx9Qk2LmA8b...` then `......`). */
const CUTS_TRIED = 8;

/**
 * The start of a secret longer than 8 characters that a server quotes cut short, followed by an ellipsis (`sk_test_4eC3…`,
 * `sk_test_4eC39Hq...`), masked with its ellipsis: a piece of 8 characters or more that is no word (`Passwords...`; `AbCdEfGhIj…` is random letters: see wordShaped) and
 * holds 4 or more past its last `-`, `_`, `.`, `:` or `/` (`sk_test_…` names a kind of key, not the key), and that is not one of the person's own
 * answers typed in clear or the start of one (`own`: a user `ops-admin` quoted `ops-admin...`; a piece longer than it is the secret's). From each
 * place the text holds the secret's start, the longest piece an ellipsis follows (a secret may hold dots of its own). The text is read once: how
 * much of the secret's start each place holds comes from the places before it (the secret's Z-array), and the last ellipsis before each place
 * and what each length of piece tells are kept, so `meter` (a test's) counts a few steps a character. A secret of a short period echoed
 * 100,000 characters long was followed to its end from each place, then back for an ellipsis: 7 s.
 */
export function startCut(secret: string, own: ReadonlySet<string>, mask: string, meter?: { steps: number }): ((text: string) => string) | undefined {
  if (secret.length <= SHORT_SECRET) return undefined;
  const head = secret.slice(0, SHORT_SECRET);
  let pieces: ReturnType<typeof piecesOf> | undefined;
  // A text with invisible characters inside (`Zx9\u200BQk2LmA8…`: a server that breaks long words) is searched without them, and one in
  // look-alikes (full-width `Ｚｘ９Ｑｋ２ＬｍＡ８ｂ…`) as compatibility normalisation writes it, for a secret of ASCII only; what is found maps
  // back to where it stands in the text. A secret holding an invisible character of its own is searched for as written.
  const bare = !INVISIBLE.test(secret);
  const ascii = !NOT_ASCII.test(secret);
  const search = (text: string): [number, number][] => {
    if (!text.includes(head)) return [];
    const dots = ellipsesIn(text);
    if (!dots) return [];
    pieces ??= piecesOf(secret, own, meter);
    const { z, masked, tags } = pieces;
    const m = secret.length;
    const found: [number, number][] = [];
    let [from, l, r] = [0, 0, 0];
    for (let at = 0; at < text.length; at++) {
      // How many of the secret's first characters the text holds at `at`: known inside the last match (text[l, r) is the secret's start), else compared.
      let k = at < r ? Math.min(z[at - l]!, r - at) : 0;
      if (at + k >= r) {
        const start = k;
        while (k < m && at + k < text.length && text[at + k] === secret[k]) k++;
        if (meter) meter.steps += k - start;
        if (k > 0) [l, r] = [at, at + k];
      }
      if (meter) meter.steps++;
      if (k < SHORT_SECRET || at < from) continue;
      let cut = dots[at + k]!;
      // A piece that ends in the secret's own dots before the ellipsis (`Zx9Qk2LmA8b......`) tells nothing past them: the last ellipsis before them is tried.
      for (let tried = 0; cut >= at + SHORT_SECRET && !masked(cut - at) && tags[cut - at]! >= SHORT_SECRET && tried < CUTS_TRIED; tried++) {
        cut = dots[at + tags[cut - at]!]!;
        if (meter) meter.steps++;
      }
      if (cut < at + SHORT_SECRET || !masked(cut - at)) continue;
      found.push([at, cut + ELLIPSES.find((ellipsis) => text.startsWith(ellipsis, cut))!.length]);
      from = found.at(-1)![1];
    }
    return found;
  };
  return (text) => {
    let found: [number, number][];
    if (ascii ? lookedAlike(text) : bare && INVISIBLE.test(text)) {
      const { plain, starts, ends } = plainText(text, ascii);
      found = search(plain).map(([start, end]) => [starts[start]!, ends[end - 1]!]);
    } else found = search(text);
    let [out, from] = ['', 0];
    for (const [start, end] of found) [out, from] = [out + text.slice(from, start) + mask, end];
    return from ? out + text.slice(from) : text;
  };
}

/** For each place in `text`, where the last ellipsis at or before it starts (-1: none); undefined for a text with none. */
function ellipsesIn(text: string): Int32Array | undefined {
  const starts: number[] = [];
  for (const { index } of text.matchAll(ELLIPSIS_START)) if (ELLIPSES.some((ellipsis) => text.startsWith(ellipsis, index))) starts.push(index);
  if (!starts.length) return undefined;
  const last = new Int32Array(text.length + 1).fill(-1);
  for (let [at, next] = [0, 0]; at <= text.length; at++) {
    if (starts[next] === at) next++;
    last[at] = next ? starts[next - 1]! : -1;
  }
  return last;
}

/** The secret's Z-array (how many of its first characters each place in it repeats), and whether a piece of each length is masked cut short. */
function piecesOf(secret: string, own: ReadonlySet<string>, meter?: { steps: number }) {
  const m = secret.length;
  const z = new Int32Array(m);
  z[0] = m;
  for (let [i, l, r] = [1, 0, 0]; i < m; i++) {
    let k = i < r ? Math.min(r - i, z[i - l]!) : 0;
    const start = k;
    while (i + k < m && secret[k] === secret[i + k]) k++;
    if (meter) meter.steps += 1 + k - start;
    z[i] = k;
    if (i + k > r) [l, r] = [i, i + k];
  }
  // Where the last `-`, `_`, `.`, `:` or `/` of each piece is: the piece tells the key where it holds 4 or more past it.
  const tags = new Int32Array(m + 1).fill(-1);
  for (const { index } of secret.matchAll(TAG_END)) tags[index + 1] = index;
  for (let k = 1; k <= m; k++) tags[k] = Math.max(tags[k]!, tags[k - 1]!);
  const word = wordShapedStarts(secret);
  // The person's own answer typed in clear (a user `ops-admin` that the password `ops-admin-Winter!` starts with), or its start: no piece of the secret.
  let answered = 0;
  for (const answer of own) {
    let k = 0;
    while (k < answer.length && k < m && answer[k] === secret[k]) k++;
    answered = Math.max(answered, k);
  }
  return { z, tags, masked: (length: number) => !word(length) && length - tags[length]! > 4 && length > answered };
}
