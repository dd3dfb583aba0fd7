import { wordShaped } from './shaped-secrets.js';

/**
 * What stands before the end of a secret a server shows (`****zdp7dc`, `•••• 4242`, `...T1zdp7dc`, `… T1zdp7dc`): an ellipsis, or a run of stars,
 * bullets, black circles, middle dots, underscores, `x` or `#`; a space after either.
 */
const END_MARK = /(?:…|\.{3,}|\\u2026|&hellip;|&#8230;|&#x2026;|%E2%80%A6|%e2%80%a6|[*•●·_xX#]{2,}) ?/gu;

/** Where a piece quoted after END_MARK ends for sure: a space, a quote (curly and angle ones too), a bracket, a comma, a semicolon. */
const PIECE_END = /[\s"'`<>()[\]{},;“”‘’«»‹›]/gu;

/** Where a piece quoted after END_MARK in a URL or an escaped text may end (`/keys/…zdp7dc/usage`, `?key=…zdp7dc&v=2`, `***zdp7dc\"`), though a secret may hold them. */
const PIECE_SEPARATOR = /[&/?#=|\\]/gu;

/** The separators after the marks tried as a piece's end: a secret may hold a few (base64's `/`, an AWS key's), so a hostile echo costs each mark a few checks. */
const SEPARATORS_TRIED = 8;

/** The longest end of a secret that may show: the last 4 characters of one of 16 or more (an API key), as providers show them to tell keys apart. */
const SHOWN_END = 4;
const LONG_SECRET = 16;

/** Part of a word: a piece of a secret's end quoted on its own starts and ends beside none. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

/** What joins the parts of one name (`us-west-1`, `a.b.c`, `ops@acme`). */
const JOINS = /[-.@]/u;

/** A number as a text writes it: digits, or digits joined by `-`, `:`, `.` or `/` (`2026-01-15`, `10:00`). */
const NUMBER = /^\p{N}+(?:[-:./]\p{N}+)*$/u;

/**
 * A name of parts joined by `-`, `.` or `@`, each a word, a number or 4 characters or fewer (`west-1`, `eu.west.1`), its short parts that mix
 * letters and digits 3 characters or fewer in all (a zone `1a`, a version `v1`, a build `rc1`): no random part of a key. Short parts that
 * mix them 4 characters or more (`ab12-cd34`, `1234-ab9c`) are a key's random end.
 */
const named = (piece: string): boolean => {
  const parts = piece.split(JOINS);
  const mixed = parts.filter((part) => part.length <= SHOWN_END && /\p{L}/u.test(part) && /\p{N}/u.test(part)).join('').length;
  return parts.length > 1 && mixed < SHOWN_END && parts.every((part) => part.length <= SHOWN_END || wordShaped(part) || /^\p{N}+$/u.test(part));
};

/** How many characters before `end`, none before `start`, are `secret`'s last ones. */
function held(secret: string, text: string, start: number, end: number): number {
  let k = 0;
  while (k < secret.length && end - k > start && text[end - k - 1] === secret[secret.length - k - 1]) k++;
  return k;
}

/**
 * The end of a secret quoted after an ellipsis or a run of stars (`****zdp7dc`, `...T1zdp7dc`), masked with them where the piece is 5 characters
 * or more, or 4 of a secret shorter than 16 characters: the last 4 of a long key (`****p7dc`) stay, as providers show them. The piece ends at a
 * sure end, or before the marks closing a sentence there, or at one of the first few URL separators after the marks (a secret may hold one:
 * `…MDENG/bPxRfiCY/usage`); how much of the secret's end a text holds before each is counted once, so marks repeated cost one pass.
 */
export function endCut(secret: string, mask: string): ((text: string) => string) | undefined {
  if (secret.length <= SHOWN_END) return undefined;
  const shown = secret.length >= LONG_SECRET ? SHOWN_END : SHOWN_END - 1;
  return (text) => {
    let [out, from, end, separator] = ['', 0, -1, -1];
    let ends: (readonly [number, number])[] = [];
    let cuts: (readonly [number, number])[] = [];
    for (const { 0: mark, index: at } of text.matchAll(END_MARK)) {
      const start = at + mark.length;
      if (at < from) continue;
      if (start > end) {
        PIECE_END.lastIndex = start;
        end = PIECE_END.exec(text)?.index ?? text.length;
        let closed = end;
        while (closed > start && /[.:!?]/u.test(text[closed - 1]!)) closed--;
        ends = [...new Set([end, closed])].map((stop) => [stop, held(secret, text, start, stop)] as const);
      }
      // The first few separators past the marks, searched again only once the marks pass the first: each piece before one is read once.
      if (start > separator) {
        PIECE_SEPARATOR.lastIndex = start;
        cuts = [];
        for (let match = PIECE_SEPARATOR.exec(text); match && match.index < end && cuts.length < SEPARATORS_TRIED; match = PIECE_SEPARATOR.exec(text)) {
          cuts.push([match.index, held(secret, text, start, match.index)]);
        }
        separator = cuts[0]?.[0] ?? text.length;
      }
      const stop = [...cuts, ...ends].find(([stop, k]) => stop - start > shown && stop - start < secret.length && stop - start <= k)?.[0];
      if (stop !== undefined) [out, from] = [out + text.slice(from, at) + mask, stop];
    }
    return from ? out + text.slice(from) : text;
  };
}

/**
 * The end of a secret quoted with no mark before it (`key ending in zdp7dc`, `last six: zdp7dc`, `/keys/zdp7dc/usage`), masked where it is a
 * piece of its own (no letter, digit or `_` beside it) of 5 characters or more: the last 4 of any secret may show, as providers show them. A
 * piece that is an ordinary word (`dispatch`, `Dispatch`, `DISPATCH`: see wordShaped) or one of the person's own answers is left: a text that
 * happens to end as a password does is no echo of it. So is one joined by `-`, `.` or `@` to another word where the secret has that join too,
 * itself of parts so joined that are words, numbers or 4 characters or fewer (`us-west-1` for `hunter2-eu-west-1`: another name sharing the
 * secret's last parts; a token's random last segment, `xoxb-REDACTED-AbCdEf…`, and `acme-WDarjtT1zdp7dc`, joined by the server, are masked), and
 * one of digits only, or digits joined by `-`, `:`, `.` or `/`, of a secret mostly not digits, and shorter than 16 or the piece 5 or fewer
 * (`Order 12345` for `Winter!12345`, `2026-01-15` for `Acme@2026-01`; `45678` of a PIN `12345678` and `4567890123` of a long key are masked).
 * Found by plain search of the secret's last 5 characters.
 */
export function bareEnd(secret: string, own: ReadonlySet<string>, mask: string): ((text: string) => string) | undefined {
  if (secret.length <= SHOWN_END + 1) return undefined;
  const tail = secret.slice(-(SHOWN_END + 1));
  return (text) => {
    let [out, from] = ['', 0];
    for (let at = text.indexOf(tail); at >= 0; at = text.indexOf(tail, at + 1)) {
      const stop = at + tail.length;
      if (WORD_CHAR.test(text[stop] ?? '')) continue;
      const k = held(secret, text, from, stop);
      if (k >= secret.length) continue;
      // The piece starts after the last character of a word the run holds (`/cdefg1` in `xx/cdefg1`: `cdefg1`).
      let start = stop - k;
      if (WORD_CHAR.test(text[start - 1] ?? '')) {
        while (start < stop && WORD_CHAR.test(text[start]!)) start++;
        start++;
      }
      const piece = text.slice(start, stop);
      if (piece.length <= SHOWN_END || wordShaped(piece) || own.has(piece)) continue;
      // Joined to another word where the secret itself joins, a name of parts of its own (`west-1` of `us-west-1` for `hunter2-eu-west-1`): that
      // name's end. A token's last segment (`xoxb-…-AbCdEf…`, a JWT's signature) is one random part: masked.
      if (JOINS.test(text[start - 1] ?? '') && stop - start < k && WORD_CHAR.test(text[start - 2] ?? '') && named(piece)) continue;
      // Digits only, or joined by `-`, `:`, `.` or `/` (`2026-01` of a date), of a secret mostly not digits (`12345` of `Winter!12345`): a number a
      // text writes (an order, an invoice, a date); of a PIN, its end; of a long key, up to 5 (its last 10 are its own).
      const digits = (secret.match(/\p{N}/gu)?.length ?? 0) * 2 <= secret.length && (secret.length < LONG_SECRET || piece.length <= SHOWN_END + 1);
      if (NUMBER.test(piece) && digits) continue;
      [out, from] = [out + text.slice(from, start) + mask, stop];
    }
    return from ? out + text.slice(from) : text;
  };
}
