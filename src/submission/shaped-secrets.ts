import { isSecretField, PATTERN_VALUE_LIMIT, type CredentialField } from '../catalogue/catalogue-schema.js';
import { compilePattern } from '../catalogue/linear-pattern.js';
import { longest, planPattern, type Node } from '../catalogue/pattern-plan.js';

/** Where a token quoted in a server's text ends for sure: a space, a quote, a bracket, a comma or a semicolon. */
const TOKEN_END = /[\s"'`<>()[\]{},;]/gu;

/** Where a token quoted in a URL or an escaped text may end (`?access_token=shpat_…&v=2`, `/tokens/shpat_…/sessions`, `\"shpat_…\"`), though a token may hold them (base64's `/` and `=`). */
const SEPARATOR = /[&/?#=|\\]/gu;

/** How a server marks a text it cut short: as written, JSON-quoted as Python writes it (`\u2026`), escaped as HTML, URL-encoded. */
export const ELLIPSES = ['…', '...', '\\u2026', '&hellip;', '&#8230;', '&#x2026;', '%E2%80%A6', '%e2%80%a6'];

/** What may end a token's kind in its first characters (`sk_test_`, `shpat_`, `xoxb-`, a JWT's header before its `.`). */
export const TAG_END = /[-_.:/]/gu;

/** The longest piece in camel case read as a word (`patchOrder`, `getUserName`): a longer one (`CorrectHorseBatteryStaple`) is a passphrase. */
const CAMEL_WORD = 12;

/**
 * Whether a piece of letters reads as a word, not as random letters of a key: lower case, capitalised or upper case (`pattern`, `Dispatch`,
 * `FAILED`), or words joined in camel case of 12 characters or fewer (`patchOrder`); `AbCdEfGh`, `patKqzXmwTr` are no words.
 */
export const wordShaped = (piece: string): boolean => /^(?:\p{Lu}?[\p{Ll}\p{M}]+|[\p{Lu}\p{M}]+)$/u.test(piece) || (piece.length <= CAMEL_WORD && camelCase(piece));

/** Words joined in camel case, however many (`patchCustomerAddress`): each capital starts a word of 3 letters or more. A random token's start may fall so too. */
const camelCase = (piece: string): boolean => /^\p{Lu}?[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]{2,})+$/u.test(piece);

/**
 * wordShaped of each start of `text` (its first `k` characters), each answered at once: past 12 characters, a start is a word while the text's
 * first characters keep a word's case (lower case after one capital, or upper case), and never where it cuts a character in two.
 */
export function wordShapedStarts(text: string): (k: number) => boolean {
  const lower = /^\p{Lu}?[\p{Ll}\p{M}]*/u.exec(text)![0].length;
  const upper = /^[\p{Lu}\p{M}]*/u.exec(text)![0].length;
  return (k) => (k <= CAMEL_WORD ? wordShaped(text.slice(0, k)) : (text.charCodeAt(k - 1) & 0xfc00) !== 0xd800 && (k <= lower || k <= upper));
}

/** A piece of a token before an ellipsis (`shpat_0123…`): letters, digits and the marks a token's alphabet holds. */
const PIECE = /[\p{L}\p{N}_+-]*/uy;

/** What a word is made of: a kind inside one (`stock_levels…` holds `ck_`, `dispatch...` holds `pat`) starts no token; an escape's hex (`%2F`, `\u0022`) is no word. */
const WORD_PART = /[\p{L}\p{M}\p{N}_]/u;
const ESCAPE_BEFORE = /(?:%[\dA-Fa-f]{2}|\\u[\dA-Fa-f]{4})$/u;

/** What may close a sentence after a token (`refused shpat_….`), not part of it. */
const CLOSING = /[.:!?]$/u;

/** The separators after a token's kind tried as its end, and the hits of a kind tried between two separators (`shpat_shpat_…` repeated), so a hostile echo costs each hit a few checks. */
const ENDS_TRIED = 8;
const HITS_TRIED = 4;

/**
 * A token's kind, written at the start of its field's pattern (`^shpat_`, `^sk_live_`, `^xoxb-`): 3 characters or more, none of them
 * optional (`^ab?c` fixes only `a`). A pattern without one (`^[a-f0-9]{32}$`, `^.{8,}$`) would take a request id or a word for a secret.
 */
function kindOf(pattern: string): string | undefined {
  const literal = /^\^([\w-]+)/u.exec(pattern)?.[1] ?? '';
  const fixed = /^[?*{]/u.test(pattern.slice(1 + literal.length)) ? literal.slice(0, -1) : literal;
  return fixed.length >= 3 ? fixed : undefined;
}

/**
 * What may follow a token's kind: each character one the pattern takes somewhere after it, a literal or one of its classes, wherever they
 * are written (`^ck_(?:[a-f0-9]{40})$`, `^xoxb-[0-9]+-[A-Za-z0-9]+$`: digits, `-` and letters), as a test of a piece after the kind. Each
 * character's answer is kept, so a piece costs one pass; a pattern the matcher refuses checks nothing here.
 */
function alphabetAfter(pattern: string, kind: string, limit: number): { fits: (piece: string) => boolean; most: number } {
  const plan = planPattern(pattern, limit);
  if (!plan.ok) return { fits: () => true, most: Infinity };
  const literals = new Set<number>();
  const classes = new Set<number>();
  const walk = (node: Node): void => {
    if (node.k === 'lit') literals.add(node.cp);
    else if (node.k === 'char') classes.add(node.id);
    else if (node.k === 'rep') walk(node.e);
    else if (node.k !== 'assert') node.items.forEach(walk);
  };
  // The kind's own letters, written first, are no part of what follows it.
  let skip = [...kind].length;
  for (const node of plan.root.k === 'seq' ? plan.root.items : [plan.root]) {
    if (skip && (node.k === 'lit' || node.k === 'assert')) skip -= node.k === 'lit' ? 1 : 0;
    else {
      skip = 0;
      walk(node);
    }
  }
  const tests = [...classes].map((id) => new RegExp(`^(?:${plan.atoms[id]!.source})$`, `u${plan.atoms[id]!.flags}`));
  const known = new Map<string, boolean>();
  const takes = (char: string) => {
    let answer = known.get(char);
    if (answer === undefined) known.set(char, (answer = literals.has(char.codePointAt(0)!) || tests.some((test) => test.test(char))));
    return answer;
  };
  return { fits: (piece) => [...piece].every(takes), most: longest(plan.root) };
}

/**
 * Tokens a text quotes that have the shape of a secret field (its `pattern`, whole, that starts with the token's kind), masked as
 * `mask`: a secret the wizard does not have, such as one an edit keeps unchanged (the server's stored token, quoted in its error).
 * Each found from its kind by plain search and checked by the linear-time matcher, never a backtracking `RegExp`; a pattern the
 * matcher refuses masks nothing.
 */
export function shapedSecrets(fields: readonly CredentialField[], mask: string): ((text: string) => string)[] {
  return fields.filter(isSecretField).flatMap((field) => {
    const kind = field.pattern ? kindOf(field.pattern) : undefined;
    const check = kind ? compilePattern(field.pattern!, field.maxLength ?? PATTERN_VALUE_LIMIT) : undefined;
    if (!kind || !check?.ok) return [];
    const limit = field.maxLength ?? PATTERN_VALUE_LIMIT;
    const alphabet = alphabetAfter(field.pattern!, kind, limit);
    return [
      (text: string) => {
        let [out, from, end, piece, tried, next] = ['', 0, -1, -1, 0, 0];
        let separators: number[] | undefined;
        for (let at = text.indexOf(kind); at >= 0; at = text.indexOf(kind, Math.max(at + 1, from))) {
          // Hits before the same sure end share it: the text is searched for ends once.
          if (at >= end) {
            TOKEN_END.lastIndex = at;
            end = TOKEN_END.exec(text)?.index ?? text.length;
          }
          separators ??= [...text.matchAll(SEPARATOR)].map((match) => match.index);
          while (next < separators.length && separators[next]! < at + kind.length) next++;
          // Past a few hits between the same two separators, none is tried there.
          const after = Math.min(end, separators[next] ?? end);
          [piece, tried] = after === piece ? [piece, tried + 1] : [after, 1];
          // Past them, the last hit there is tried once: a token glued after repeated kinds (`shpat_xshpat_x…shpat_<token>`) starts there.
          if (tried > HITS_TRIED + 1) continue;
          if (tried > HITS_TRIED) at = Math.max(at, text.lastIndexOf(kind, after - kind.length));
          // The longest piece the pattern takes, ending at the sure end or a separator: a token may hold a separator.
          const stops = [...separators.slice(next, next + ENDS_TRIED).filter((stop) => stop < end), end].filter((stop) => stop - at <= limit + 1);
          let token: string | undefined;
          for (let k = stops.length - 1; k >= 0 && !token; k--) token = fitted(text.slice(at, stops[k]), kind, check.test);
          const cut = token ? 0 : cutShort(text, at, kind, limit, alphabet);
          if (!token && !cut) continue;
          [out, from] = [out + text.slice(from, at) + mask, at + (token?.length ?? cut)];
        }
        return from ? out + text.slice(from) : text;
      },
    ];
  });
}

/**
 * The length of a token's start quoted cut short at `at` (`shpat_0123…`, `shpat_01234567...`) with its ellipsis, or 0: a piece of its kind
 * that starts a word (`stock_levels…` holds `ck_`), is no word (`pattern…`, `patchOrder…`, camel case longer than any token of the pattern `patchCustomerAddress…`; `patAbCdEfGh…`, `patXkqWmtzRvb…` are a token's: see wordShaped), what follows the kind fits the pattern's
 * class there (`fits`), and 4 characters or more past its last `-`, `_`, `.`, `:` or `/` (`shpat_…` names a kind of token), as a cut piece
 * of a secret sent is masked. One pass over the piece, no longer than the field takes.
 */
function cutShort(text: string, at: number, kind: string, limit: number, { fits, most }: ReturnType<typeof alphabetAfter>): number {
  if (at > 0 && WORD_PART.test(text[at - 1]!) && !ESCAPE_BEFORE.test(text.slice(Math.max(0, at - 6), at))) return 0;
  PIECE.lastIndex = at + kind.length;
  const end = Math.min(at + limit + 1, at + kind.length + (PIECE.exec(text)?.[0].length ?? 0));
  const dots = ELLIPSES.find((ellipsis) => text.startsWith(ellipsis, end));
  const piece = text.slice(at, end);
  // Camel case past 12 characters is a name only where no token of the pattern is that long (`patchCustomerAddress…` for `^pat[A-Za-z0-9]{14}$`):
  // a shorter piece may be a random token's start that falls in camel case (`patXkqWmtzRvb…`, 0.5 to 2.6% of them), so it is masked.
  const telling = !wordShaped(piece) && !(camelCase(piece) && [...piece].length > most) && fits(piece.slice(kind.length));
  return dots && telling && piece.length - ([...piece.matchAll(TAG_END)].at(-1)?.index ?? -1) > 4 ? end + dots.length - at : 0;
}

/** `token` as the pattern takes it whole, the marks closing a sentence after it dropped (`refused shpat_….`); undefined if it does not. */
function fitted(token: string, kind: string, test: (value: string) => boolean): string | undefined {
  while (token.length > kind.length && !test(token) && CLOSING.test(token)) token = token.slice(0, -1);
  return token.length > kind.length && test(token) ? token : undefined;
}
