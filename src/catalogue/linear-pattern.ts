/**
 * Catalogue `pattern`s checked in linear time. Native regular expressions backtrack, so a pattern
 * such as `^(a+)+$` can freeze the page for seconds on a long value. Here the pattern is parsed
 * into a Thompson NFA and simulated Pike-style (Russ Cox, "Regular Expression Matching Can Be
 * Simple And Fast"): every instruction is visited at most once per position of the value, so the
 * work of a check has a bound that compilePattern enforces before it accepts a pattern. Only
 * match / no match matters, so groups never capture and lazy quantifiers act as greedy ones.
 * Single-character atoms (`.`, `\d`, `[^\s@]`, `\p{L}`) are still decided by the native engine,
 * which already knows u-mode classes; only literal characters are compared directly.
 */

export type PatternCheck = { ok: true; test: (value: string) => boolean; size: number } | { ok: false; reason: 'invalid' | 'unsupported' | 'too-large'; message: string };

/**
 * Work one check may do, in instruction visits. Measured in headless Chromium 156 on the 2-core
 * test machine with the costliest patterns this accepts, on 10,000-character values (ASCII, CJK,
 * emoji): the first check in a fresh page takes 7–14 ms (medians), 24 ms at worst; later checks
 * 5–8 ms. A main-thread task must stay under 50 ms.
 */
export const STEP_BUDGET = 700_000;
/** What a character costs per class that can match non-ASCII (a native split: ~0.1 µs). */
const SCAN_STEPS = 6;
/**
 * Atoms that cannot match a non-ASCII code point, whatever the class means: \d, \w, and classes
 * not negated and written in printable ASCII with ASCII-only escapes (no \s \S \D \W \p \P \x \u
 * \c). Without the `i` flag every member or range of such a class is ASCII, so its ASCII table is
 * the whole answer and a pasted non-ASCII value costs it nothing.
 */
const ASCII_ONLY = /^(?:\\[dw]|\[(?!\^)(?:[ -[\]-~]|\\[dwbtnvfr0\-^$\\.*+?()[\]{}|/])*\])$/;
const MAX_SOURCE = 1000;
const QUANTIFIER = /[*+?]|\{(\d+)(,(\d*))?\}/y;
const SURROGATE_PAIR = /[dD][89abAB][\da-fA-F]{2}\\u[dD][c-fC-F][\da-fA-F]{2}/y; // after a \u

type Node =
  | { k: 'char'; id: number } // a single-character atom, by index in the pattern's atoms
  | { k: 'lit'; cp: number } // a literal character: without the `i` flag it matches itself only
  | { k: 'assert'; a: number } // ASSERT_* below
  | { k: 'seq'; items: Node[] }
  | { k: 'alt'; items: Node[] }
  | { k: 'rep'; e: Node; min: number; max: number };

// Instructions. CHAR x: atom x accepts the character; LIT x: the character is x;
// SPLIT x, y: go on at both; JMP x; ASSERT x; MATCH.
const CHAR = 0,
  LIT = 1,
  SPLIT = 2,
  JMP = 3,
  ASSERT = 4,
  MATCH = 5;
const ASSERT_START = 0,
  ASSERT_END = 1,
  ASSERT_WORD = 2,
  ASSERT_NOT_WORD = 3;

class Unsupported extends Error {}

/**
 * Recursive descent over the strict u-mode grammar. The native parser has already accepted the
 * source with `u`, so there are no Annex B quirks (no lone `{`, `]` or `}`, no quantified
 * assertions, no octal escapes) and no errors to report beyond what cannot be linear.
 */
function parse(src: string, atom: (source: string) => number): Node {
  let i = 0;
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
    if (c === '^') return { k: 'assert', a: ASSERT_START };
    if (c === '$') return { k: 'assert', a: ASSERT_END };
    if (c === '(') {
      if (src[i] === '?') {
        const n = src[i + 1];
        if (n === '=' || n === '!') throw new Unsupported('a lookahead, (?= or (?!');
        if (n === '<' && (src[i + 2] === '=' || src[i + 2] === '!')) throw new Unsupported('a lookbehind, (?<= or (?<!');
        if (n === '<')
          i = src.indexOf('>', i) + 1; // (?<name>: a plain group here
        else if (n === ':') i += 2;
        else throw new Unsupported('an inline modifier such as (?i:');
      }
      const e = alt();
      i++; // ')'
      return e;
    }
    if (c === '[') {
      // u-mode classes do not nest, and a `]` inside one is escaped.
      while (src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '\\') {
      const e = src[i++]!;
      if (e === 'b') return { k: 'assert', a: ASSERT_WORD };
      if (e === 'B') return { k: 'assert', a: ASSERT_NOT_WORD };
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
      return { k: 'lit', cp };
    }
    return { k: 'char', id: atom(src.slice(start, i)) };
  };
  return alt();
}

/** Program length of a node: compilePattern bounds it before anything is expanded. */
function size(n: Node): number {
  if (n.k === 'char' || n.k === 'lit' || n.k === 'assert') return 1;
  if (n.k !== 'rep') return n.items.reduce((sum, item) => sum + size(item), n.k === 'alt' ? 2 * (n.items.length - 1) : 0);
  const s = size(n.e);
  if (n.max === Infinity) return n.min * s + (n.min ? 1 : s + 2);
  return n.min * s + (n.max - n.min) * (s + 1);
}

/** The most characters a node can match (Infinity under * + {n,}): fixed-length patterns stay cheap. */
function longest(n: Node): number {
  if (n.k === 'char' || n.k === 'lit') return 1;
  if (n.k === 'assert') return 0;
  if (n.k === 'rep') {
    const m = longest(n.e); // once: nested groups would otherwise cost 2^depth
    return m && n.max && m * n.max; // and never 0 × Infinity, which is NaN
  }
  return n.items.reduce((m, item) => (n.k === 'seq' ? m + longest(item) : Math.max(m, longest(item))), 0);
}

/**
 * Compiles a catalogue pattern, matched against the whole value as `^(?:pattern)$` with `u`.
 * maxLength: the longest value this pattern will be asked to check (field maxLength, else 10_000);
 * test() answers false for longer values without looking, so check the length first.
 */
export function compilePattern(source: string, maxLength = 10_000): PatternCheck {
  if (!(maxLength >= 0)) maxLength = 10_000;
  try {
    new RegExp(source, 'u');
  } catch {
    return { ok: false, reason: 'invalid', message: 'is not a valid regular expression (it must compile with the "u" flag)' };
  }
  const tooLarge = (message: string): PatternCheck => ({ ok: false, reason: 'too-large', message });
  if (source.length > MAX_SOURCE) return tooLarge(`is longer than ${MAX_SOURCE} characters; use a shorter pattern`);

  const atoms: string[] = []; // distinct single-character atoms, as written
  let root: Node;
  try {
    root = parse(source, (atom) => (atoms.includes(atom) ? atoms.indexOf(atom) : atoms.push(atom) - 1));
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    return { ok: false, reason: 'unsupported', message: `uses ${error.message}, which cannot be checked quickly; rewrite the pattern without it` };
  }
  const total = size(root) + 1;
  // Atoms that may match non-ASCII: a native split finds where, once per check that needs it.
  const splitters = atoms.map((atom) => (ASCII_ONLY.test(atom) ? undefined : new RegExp(atom, 'u')));
  const wide = splitters.filter(Boolean).length;
  // A longer value cannot match (a character is at most 2 UTF-16 units) or is longer than the
  // field allows: either way test() says no without looking.
  const limit = Math.min(maxLength, 2 * longest(root));
  if (!(total * (limit + 1) + SCAN_STEPS * wide * limit <= STEP_BUDGET)) {
    return tooLarge(`is too large to check quickly for values up to ${maxLength} characters; give the field a smaller maxLength or a simpler pattern`);
  }

  // Every atom's answer for the 128 ASCII characters, from the native engine.
  const ascii = new Uint8Array(atoms.length * 128);
  atoms.forEach((atom, id) => {
    const re = new RegExp(`^(?:${atom})$`, 'u');
    for (let cp = 0; cp < 128; cp++) ascii[id * 128 + cp] = +re.test(String.fromCharCode(cp));
  });

  const op = new Uint8Array(total);
  const x = new Int32Array(total);
  const y = new Int32Array(total);
  let pc = 0;
  const put = (o: number, a = 0) => ((op[pc] = o), (x[pc] = a), pc++);
  const emit = (n: Node): void => {
    if (n.k === 'char') put(CHAR, n.id);
    else if (n.k === 'lit') put(LIT, n.cp);
    else if (n.k === 'assert') put(ASSERT, n.a);
    else if (n.k === 'seq') n.items.forEach(emit);
    else if (n.k === 'alt') {
      const jumps: number[] = [];
      n.items.forEach((item, k) => {
        if (k === n.items.length - 1) return emit(item);
        const split = put(SPLIT, pc + 1);
        emit(item);
        jumps.push(put(JMP));
        y[split] = pc;
      });
      for (const j of jumps) x[j] = pc;
    } else {
      // e{n,m}: n copies, then m-n optional ones; e{n,}: n-1 copies and e+ (or e* when n = 0).
      const loop = n.max === Infinity;
      for (let k = loop && n.min ? 1 : 0; k < n.min; k++) emit(n.e);
      if (loop && n.min) {
        const start = pc;
        emit(n.e);
        y[put(SPLIT, start)] = pc;
      } else if (loop) {
        const split = put(SPLIT, pc + 1);
        emit(n.e);
        put(JMP, split);
        y[split] = pc;
      } else {
        const splits: number[] = [];
        for (let k = n.min; k < n.max; k++) {
          splits.push(put(SPLIT, pc + 1));
          emit(n.e);
        }
        for (const s of splits) y[s] = pc;
      }
    }
  };
  emit(root);
  put(MATCH);

  /**
   * Where atom `id` matches in `value` (by UTF-16 index). One native split finds every match:
   * a native call per non-ASCII character measured 0.3–1.3 µs each on a first check.
   */
  const scan = (id: number, value: string): Uint8Array => {
    const found = new Uint8Array(value.length);
    const parts = value.split(splitters[id]!);
    for (let k = 0, at = 0; k < parts.length - 1; k++) {
      at += parts[k]!.length;
      found[at] = 1;
      at += value.codePointAt(at)! > 0xffff ? 2 : 1;
    }
    return found;
  };
  const isWord = (cp: number) => (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || cp === 95;

  // Hot loop: plain locals only (a closure capturing `sp` or `gen` would move them to the heap).
  const run = (value: string): boolean => {
    const len = value.length;
    const mark = new Uint32Array(total); // mark[pc] === gen: pc is already queued at this position
    const stack = new Int32Array(total);
    const list = new Int32Array(total); // CHAR and LIT instructions live at this position
    const scans: (Uint8Array | undefined)[] = [];
    let gen = 1;
    let sp = 1;
    mark[0] = gen;
    for (let pos = 0, prevWord = false; ;) {
      const cp = pos < len ? value.codePointAt(pos)! : -1;
      const word = isWord(cp);
      let count = 0;
      let matched = false;
      // Follow SPLIT, JMP and ASSERT to the CHAR, LIT and MATCH instructions live at `pos`.
      while (sp) {
        for (let at = stack[--sp]!; ;) {
          const o = op[at];
          const a = x[at]!;
          if (o <= LIT) list[count++] = at;
          else if (o === MATCH) matched = true;
          else {
            if (o === SPLIT && mark[y[at]!] !== gen) {
              mark[y[at]!] = gen;
              stack[sp++] = y[at]!;
            }
            const next = o !== ASSERT ? a : (a === ASSERT_START ? pos === 0 : a === ASSERT_END ? pos === len : (prevWord !== word) === (a === ASSERT_WORD)) ? at + 1 : -1;
            if (next >= 0 && mark[next] !== gen) {
              mark[next] = gen;
              at = next;
              continue;
            }
          }
          break;
        }
      }
      if (pos === len) return matched; // the whole value must match
      if (!count) return false;
      gen++;
      for (let k = 0; k < count; k++) {
        const at = list[k]!;
        const id = x[at]!;
        const ok = op[at] === LIT ? id === cp : cp < 128 ? ascii[id * 128 + cp] === 1 : splitters[id] !== undefined && (scans[id] ??= scan(id, value))[pos] === 1;
        if (ok && mark[at + 1] !== gen) {
          mark[at + 1] = gen;
          stack[sp++] = at + 1;
        }
      }
      pos += cp > 0xffff ? 2 : 1;
      prevWord = word;
    }
  };

  // The same value is checked again on every render and keystroke: remember the last few.
  const recent: [string, boolean][] = [];
  const test = (value: string): boolean => {
    if (value.length > limit) return false;
    const hit = recent.find(([v]) => v === value);
    if (hit) return hit[1];
    const result = run(value);
    if (recent.unshift([value, result]) > 4) recent.pop();
    return result;
  };
  return { ok: true, test, size: total };
}
