/**
 * The first half of the linear-time matcher (linear-pattern.ts): a catalogue pattern parsed and
 * its worst case bounded, without building the program: whether a pattern is usable. Checking
 * values needs the rest, which reading a catalogue needs too, for a field's `default`.
 *
 * Catalogue `pattern`s checked in linear time. Native regular expressions backtrack, so a pattern
 * such as `^(a+)+$` can freeze the page for seconds on a long value. Here the pattern is parsed
 * into a Thompson NFA and simulated Pike-style (Russ Cox, "Regular Expression Matching Can Be
 * Simple And Fast"): every instruction is visited at most once per position of the value, so the
 * work of a check has a bound that compilePattern enforces before it accepts a pattern. Only
 * match / no match matters, so groups never capture and lazy quantifiers act as greedy ones.
 * Single-character atoms (`.`, `\d`, `[^\s@]`, `\p{L}`) are still decided by the native engine,
 * which already knows u-mode classes; only literal characters are compared directly.
 */

export type PatternRefusal = { ok: false; reason: 'invalid' | 'unsupported' | 'too-large'; message: string };

/** A single-character atom as written, with the flags (`i`, `s`) in force where it stands. */
export type Atom = { source: string; flags: string };

/** A usable pattern: its tree, its single-character atoms, program length, the most of it visited at one position of a value, and the longest value worth checking. */
export type PatternPlan = { ok: true; root: Node; atoms: Atom[]; splitters: (RegExp | undefined)[]; total: number; live: number; limit: number } | PatternRefusal;

/**
 * Work one check may do, in instruction visits. Measured in headless Chromium 156 on the 2-core
 * test machine with the costliest patterns this accepts, on 10,000-character values (ASCII, CJK,
 * emoji): the first check in a fresh page takes 7–14 ms (medians), 24 ms at worst; later checks
 * 5–8 ms. A main-thread task must stay under 50 ms.
 */
export const STEP_BUDGET = 700_000;
/** What a character costs per class that can match non-ASCII (a native split: ~0.1 µs). */
export const SCAN_STEPS = 6;
/**
 * Atoms that cannot match a non-ASCII code point, whatever the class means: \d, \w, and classes
 * not negated and written in printable ASCII with ASCII-only escapes (no \s \S \D \W \p \P \x \u
 * \c). Without the `i` flag every member or range of such a class is ASCII, so its ASCII table is
 * the whole answer and a pasted non-ASCII value costs it nothing.
 */
const ASCII_ONLY = /^(?:\\[dw]|\[(?!\^)(?:[ -[\]-~]|\\[dwbtnvfr0\-^$\\.*+?()[\]{}|/])*\])$/;
const MAX_SOURCE = 1000;
const [SEARCH_START, SEARCH_END] = ['[\\s\\S]*(?:', ')[\\s\\S]*'];

/**
 * `environmentPatterns` are tested as JavaScript's `RegExp.test` does, anywhere in the value
 * unless anchored (`"^sk_live_"`), unlike `pattern`, which matches the whole value. This is the
 * whole-value pattern the linear-time matcher runs for one.
 */
export const searchPattern = (pattern: string) => `${SEARCH_START}${pattern}${SEARCH_END}`;

/** The pattern's length as written: the wrapping of `searchPattern` is not the catalogue's. */
const writtenLength = (source: string) => source.length - (source.startsWith(SEARCH_START) && source.endsWith(SEARCH_END) ? SEARCH_START.length + SEARCH_END.length : 0);
const QUANTIFIER = /[*+?]|\{(\d+)(,(\d*))?\}/y;
const SURROGATE_PAIR = /[dD][89abAB][\da-fA-F]{2}\\u[dD][c-fC-F][\da-fA-F]{2}/y; // after a \u

export type Node =
  | { k: 'char'; id: number } // a single-character atom, by index in the pattern's atoms
  | { k: 'lit'; cp: number } // a literal character: without the `i` flag it matches itself only
  | { k: 'assert'; a: number } // ASSERT_* below
  | { k: 'seq'; items: Node[] }
  | { k: 'alt'; items: Node[] }
  | { k: 'rep'; e: Node; min: number; max: number };

// Instructions. CHAR x: atom x accepts the character; LIT x: the character is x;
// SPLIT x, y: go on at both; JMP x; ASSERT x; MATCH.
export const CHAR = 0,
  LIT = 1,
  SPLIT = 2,
  JMP = 3,
  ASSERT = 4,
  MATCH = 5;
export const ASSERT_START = 0,
  ASSERT_END = 1,
  ASSERT_WORD = 2,
  ASSERT_NOT_WORD = 3,
  // Under the `m` flag, ^ and $ also hold at a line break; under `i` (with `u`), ſ and K (Kelvin) are word characters too.
  ASSERT_LINE_START = 4,
  ASSERT_LINE_END = 5,
  ASSERT_WORD_I = 6,
  ASSERT_NOT_WORD_I = 7;

/**
 * A whole-pattern or inline modifier, `(?i:` or `(?m-s:` (ES2025): flags i, m and s only, each at
 * most once. Node 20 and older browsers do not know the syntax, so patterns are checked natively
 * with each one read as `(?:`, which changes only what matches, never whether the pattern is valid.
 */
const MODIFIER = /\(\?([ims]*)(?:-([ims]*))?:/gu;
const withoutModifiers = (source: string) =>
  source.replace(MODIFIER, (group, add: string, remove: string | undefined) =>
    (remove === undefined || add + remove) && new Set(add + (remove ?? '')).size === (add + (remove ?? '')).length ? '(?:' : group,
  );

/**
 * A pattern written as a JavaScript regular expression literal, `/^[a-z0-9-]+$/i`, as registries
 * often store them: taken as the literal means it. Flags i, m and s are kept as a modifier around
 * the whole pattern, `(?i:^[a-z0-9-]+$)`; g and y change nothing for a whole-value test, and u is
 * how every pattern is read. `undefined` when the text is no such literal; `flag` when a flag
 * cannot be honoured (v, d, an unknown or repeated one).
 */
export function readLiteral(pattern: string): { ok: true; pattern: string } | { ok: false; flag: string } | undefined {
  // A literal's body: no line break, and no `/` unless escaped or in a class (unambiguous, so linear).
  const literal = /^\/((?:[^\\/[\n\r\u2028\u2029]|\\[^\n\r\u2028\u2029]|\[(?:[^\]\\\n\r\u2028\u2029]|\\[^\n\r\u2028\u2029])*\])+)\/([A-Za-z]*)$/u.exec(pattern);
  if (!literal) return undefined;
  const [, body, flags] = literal as unknown as [string, string, string];
  const bad = [...flags].find((f, k) => !'imsgyu'.includes(f) || flags.indexOf(f) !== k);
  if (bad) return { ok: false, flag: bad };
  const kept = [...'ims'].filter((f) => flags.includes(f)).join('');
  return { ok: true, pattern: kept ? `(?${kept}:${body})` : body };
}

class Unsupported extends Error {}

/**
 * Recursive descent over the strict u-mode grammar. The native parser has already accepted the
 * source with `u`, so there are no Annex B quirks (no lone `{`, `]` or `}`, no quantified
 * assertions, no octal escapes) and no errors to report beyond what cannot be linear.
 */
function parse(src: string, atom: (source: string, flags: string) => number): Node {
  let i = 0;
  let flags = ''; // i, m and s in force here (modifiers)
  const alt = (): Node => {
    const items = [seq()];
    while (src[i] === '|') {
      i++;
      items.push(seq());
    }
    return items.length === 1 ? items[0]! : { k: 'alt', items };
  };
  const seq = (): Node => {
    const items: Node[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const e = term();
      QUANTIFIER.lastIndex = i;
      const m = QUANTIFIER.exec(src);
      if (!m) {
        items.push(e);
        continue;
      }
      i = QUANTIFIER.lastIndex;
      if (src[i] === '?') i++; // lazy: changes which match, not whether there is one
      const [min, max] = m[0] === '*' ? [0, Infinity] : m[0] === '+' ? [1, Infinity] : m[0] === '?' ? [0, 1] : [+m[1]!, m[2] === undefined ? +m[1]! : m[3] ? +m[3] : Infinity];
      // An empty group repeated is still empty: `(?:){1e9}` must not expand a billion times.
      items.push(size(e) ? { k: 'rep', e, min, max } : e);
    }
    return items.length === 1 ? items[0]! : { k: 'seq', items };
  };
  const term = (): Node => {
    const start = i;
    const c = src[i++];
    const has = (flag: string) => flags.includes(flag);
    if (c === '^') return { k: 'assert', a: has('m') ? ASSERT_LINE_START : ASSERT_START };
    if (c === '$') return { k: 'assert', a: has('m') ? ASSERT_LINE_END : ASSERT_END };
    if (c === '(') {
      const outer = flags;
      if (src[i] === '?') {
        const n = src[i + 1];
        if (n === '=' || n === '!') throw new Unsupported('a lookahead, (?= or (?!');
        if (n === '<' && (src[i + 2] === '=' || src[i + 2] === '!')) throw new Unsupported('a lookbehind, (?<= or (?<!');
        if (n === '<')
          i = src.indexOf('>', i) + 1; // (?<name>: a plain group here
        else {
          // (?: or a modifier, already checked (withoutModifiers): its flags hold to its `)`.
          const end = src.indexOf(':', i);
          const [add = '', remove = ''] = src.slice(i + 1, end).split('-');
          flags = [...'ims'].filter((f) => (has(f) || add.includes(f)) && !remove.includes(f)).join('');
          i = end + 1;
        }
      }
      const e = alt();
      flags = outer;
      i++; // ')'
      return e;
    }
    if (c === '[') {
      // u-mode classes do not nest, and a `]` inside one is escaped.
      while (src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '\\') {
      const e = src[i++]!;
      if (e === 'b') return { k: 'assert', a: has('i') ? ASSERT_WORD_I : ASSERT_WORD };
      if (e === 'B') return { k: 'assert', a: has('i') ? ASSERT_NOT_WORD_I : ASSERT_NOT_WORD };
      if (e === 'k' || (e >= '1' && e <= '9')) throw new Unsupported('a backreference, \\1 or \\k<name>');
      if ('^$\\.*+?()[]{}|/'.includes(e)) return { k: 'lit', cp: e.charCodeAt(0) }; // \. \/ \\ …
      if (e === 'c') i++;
      else if (e === 'x') i += 2;
      else if ((e === 'u' || e === 'p' || e === 'P') && src[i] === '{') i = src.indexOf('}', i) + 1;
      else if (e === 'u') {
        SURROGATE_PAIR.lastIndex = i;
        i += SURROGATE_PAIR.test(src) ? 10 : 4; // in u-mode \uD83D\uDE00 is one character
      }
    } else if (c !== '.') {
      const cp = src.codePointAt(start)!;
      i = start + (cp > 0xffff ? 2 : 1); // u-mode reads a surrogate pair as one character
      // Under `i` a letter matches its other cases (ſ and K too): the native engine decides, as for a class.
      if (!has('i') || (cp < 128 && !/[A-Za-z]/u.test(c!))) return { k: 'lit', cp };
      // An ASCII letter but k and s (whose other cases include the Kelvin sign and ſ) is its two cases, an ASCII class:
      // no native scan, so `/^[a-z0-9-]*\.myshopify\.com$/i` costs about what it costs without `i`.
      if (cp < 128 && !/[ks]/iu.test(c!)) return { k: 'char', id: atom(`[${c!.toLowerCase()}${c!.toUpperCase()}]`, '') };
    }
    return { k: 'char', id: atom(src.slice(start, i), flags.replace('m', '')) };
  };
  return alt();
}

/**
 * Of a run of literal characters (`-----END `), how many of its instructions can be live at one
 * position. The first, anywhere; the one after the j-th character only where the value so far ends
 * with the run's first j, so those live together are prefixes of the run, each a border of the
 * next: 1 + the longest chain of borders (Knuth-Morris-Pratt's failure links), 6 for `-----END `,
 * but every one for `aaaa`. A run is entered only at its first instruction (nothing jumps into it).
 */
function liveInRun(run: number[]): number {
  // fail[k]: the longest border of the run's first k; chain[k]: the prefixes in its chain of borders.
  const fail = [0, 0];
  const chain = [0, 1];
  for (let k = 1; k < run.length - 1; k++) {
    let border = fail[k]!;
    while (border && run[k] !== run[border]) border = fail[border]!;
    fail.push(border + +(run[k] === run[border]));
    chain.push(chain[fail[k + 1]!]! + 1);
  }
  return 1 + Math.max(...chain.slice(0, run.length));
}

/**
 * Program length of a node: compilePattern bounds it before anything is expanded. `live`: the most
 * of its instructions visited at one position of a value instead, a run of literals counted by liveInRun.
 */
function size(n: Node, live = false): number {
  if (n.k === 'char' || n.k === 'lit' || n.k === 'assert') return 1;
  if (n.k === 'alt') return n.items.reduce((sum, item) => sum + size(item, live), 2 * (n.items.length - 1));
  if (n.k === 'seq') {
    let sum = 0;
    for (let k = 0; k < n.items.length;) {
      const run: number[] = [];
      for (let item; live && (item = n.items[k + run.length])?.k === 'lit';) run.push(item.cp);
      sum += run.length ? liveInRun(run) : size(n.items[k]!, live);
      k += run.length || 1;
    }
    return sum;
  }
  const s = size(n.e, live);
  if (n.max === Infinity) return n.min * s + (n.min ? 1 : s + 2);
  return n.min * s + (n.max - n.min) * (s + 1);
}

/** The most characters a node can match (Infinity under * + {n,}): fixed-length patterns stay cheap. */
export function longest(n: Node): number {
  if (n.k === 'char' || n.k === 'lit') return 1;
  if (n.k === 'assert') return 0;
  if (n.k === 'rep') {
    const m = longest(n.e); // once: nested groups would otherwise cost 2^depth
    return m && n.max && m * n.max; // and never 0 × Infinity, which is NaN
  }
  return n.items.reduce((m, item) => (n.k === 'seq' ? m + longest(item) : Math.max(m, longest(item))), 0);
}

/**
 * Whether a catalogue pattern can be matched against the whole value (`^(?:pattern)$`, `u`)
 * within STEP_BUDGET for values up to maxLength (field maxLength, else 10_000), and its plan.
 * `written`: the pattern as the catalogue has it, when `source` wraps it (searchPattern); it must compile on its own too.
 */
export function planPattern(source: string, maxLength = 10_000, written = source): PatternPlan {
  if (!(maxLength >= 0)) maxLength = 10_000;
  try {
    new RegExp(withoutModifiers(written), 'u');
    new RegExp(withoutModifiers(source), 'u');
  } catch {
    return { ok: false, reason: 'invalid', message: 'is not a valid regular expression (it must compile with the "u" flag)' };
  }
  const tooLarge = (message: string): PatternRefusal => ({ ok: false, reason: 'too-large', message });
  if (writtenLength(source) > MAX_SOURCE) return tooLarge(`is longer than ${MAX_SOURCE} characters; use a shorter pattern`);

  const atoms: Atom[] = []; // distinct single-character atoms, as written, with their flags
  let root: Node;
  try {
    root = parse(source, (atom, flags) => {
      const known = atoms.findIndex((a) => a.source === atom && a.flags === flags);
      return known >= 0 ? known : atoms.push({ source: atom, flags }) - 1;
    });
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    return { ok: false, reason: 'unsupported', message: `uses ${error.message}, which cannot be checked quickly; rewrite the pattern without it` };
  }
  const total = size(root) + 1;
  const live = size(root, true) + 1;
  // Atoms that may match non-ASCII: a native split finds where, once per check that needs it.
  // Under `i`, an ASCII letter also matches ſ or K (Kelvin): no class is ASCII-only then.
  const splitters = atoms.map(({ source, flags }) => (!flags.includes('i') && ASCII_ONLY.test(source) ? undefined : new RegExp(source, `u${flags}`)));
  const wide = splitters.filter(Boolean).length;
  // A longer value cannot match (a character is at most 2 UTF-16 units) or is longer than the
  // field allows: either way test() says no without looking.
  const limit = Math.min(maxLength, 2 * longest(root));
  if (!(live * (limit + 1) + SCAN_STEPS * wide * limit <= STEP_BUDGET)) {
    return tooLarge(`is too large to check quickly for values up to ${maxLength} characters; give the field a smaller maxLength or a simpler pattern`);
  }
  return { ok: true, root, atoms, splitters, total, live, limit };
}
