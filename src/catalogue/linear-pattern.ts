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

import {
  ASSERT,
  ASSERT_END,
  ASSERT_LINE_END,
  ASSERT_LINE_START,
  ASSERT_START,
  ASSERT_WORD,
  ASSERT_WORD_I,
  CHAR,
  JMP,
  LIT,
  MATCH,
  planPattern,
  SPLIT,
  type Node,
  type PatternRefusal,
} from './pattern-plan.js';

export { STEP_BUDGET } from './pattern-plan.js';

/**
 * `size`: instructions in the program; `steps()`: instructions the last check that ran visited
 * (at most size × (value length + 1): the bound compilePattern accepts a pattern under).
 */
export type PatternCheck = { ok: true; test: (value: string) => boolean; size: number; steps: () => number } | PatternRefusal;

/**
 * Compiles a catalogue pattern, matched against the whole value as `^(?:pattern)$` with `u`.
 * maxLength: the longest value this pattern will be asked to check (field maxLength, else 10_000);
 * test() answers false for longer values without looking, so check the length first.
 */
export function compilePattern(source: string, maxLength = 10_000): PatternCheck {
  const plan = planPattern(source, maxLength);
  if (!plan.ok) return plan;
  const { root, atoms, splitters, total, limit } = plan;

  // Every atom's answer for the 128 ASCII characters, from the native engine.
  const ascii = new Uint8Array(atoms.length * 128);
  atoms.forEach(({ source, flags }, id) => {
    const re = new RegExp(`^(?:${source})$`, `u${flags}`);
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
  const isLineBreak = (unit: number) => unit === 10 || unit === 13 || unit === 0x2028 || unit === 0x2029;
  /** Whether assertion `a` holds between `before` and `cp` (code points, -1 past either end). */
  const holds = (a: number, before: number, cp: number): boolean => {
    if (a === ASSERT_START) return before < 0;
    if (a === ASSERT_END) return cp < 0;
    if (a === ASSERT_LINE_START) return before < 0 || isLineBreak(before);
    if (a === ASSERT_LINE_END) return cp < 0 || isLineBreak(cp);
    // \b and \B; under `i` (with `u`) ſ and K (Kelvin) are word characters too (ES2024 WordCharacters).
    const i = a >= ASSERT_WORD_I;
    const wordBefore = isWord(before) || (i && (before === 0x17f || before === 0x212a));
    const wordAt = isWord(cp) || (i && (cp === 0x17f || cp === 0x212a));
    return (wordBefore !== wordAt) === (a === ASSERT_WORD || a === ASSERT_WORD_I);
  };

  // Hot loop: plain locals only (a closure capturing `sp` or `gen` would move them to the heap).
  let visited = 0;
  const run = (value: string): boolean => {
    const len = value.length;
    let steps = 0;
    const mark = new Uint32Array(total); // mark[pc] === gen: pc is already queued at this position
    const stack = new Int32Array(total);
    const list = new Int32Array(total); // CHAR and LIT instructions live at this position
    const scans: (Uint8Array | undefined)[] = [];
    let gen = 1;
    let sp = 1;
    mark[0] = gen;
    for (let pos = 0, before = -1; ;) {
      const cp = pos < len ? value.codePointAt(pos)! : -1;
      let count = 0;
      let matched = false;
      // Follow SPLIT, JMP and ASSERT to the CHAR, LIT and MATCH instructions live at `pos`.
      while (sp) {
        for (let at = stack[--sp]!; ;) {
          steps++;
          const o = op[at];
          const a = x[at]!;
          if (o <= LIT) list[count++] = at;
          else if (o === MATCH) matched = true;
          else {
            if (o === SPLIT && mark[y[at]!] !== gen) {
              mark[y[at]!] = gen;
              stack[sp++] = y[at]!;
            }
            const next = o !== ASSERT ? a : holds(a, before, cp) ? at + 1 : -1;
            if (next >= 0 && mark[next] !== gen) {
              mark[next] = gen;
              at = next;
              continue;
            }
          }
          break;
        }
      }
      if (pos === len || !count) {
        visited = steps;
        return pos === len && matched; // the whole value must match
      }
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
      before = cp;
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
  return { ok: true, test, size: total, steps: () => visited };
}

/** How many compiled patterns compiledPattern keeps: a registry's many distinct ones never all stay in memory. */
const KEPT = 256;
const kept = new Map<string, PatternCheck>();

/**
 * compilePattern, kept for the next ask of the same pattern and limit (the oldest dropped first):
 * a registry's fields share a few patterns, and a system is read again after each repair, so
 * checking 10,000 systems' defaults compiles each pattern once, not once per field and round.
 */
export function compiledPattern(source: string, maxLength = 10_000): PatternCheck {
  const id = `${maxLength}:${source}`;
  let check = kept.get(id);
  if (!check) {
    check = compilePattern(source, maxLength);
    if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
    kept.set(id, check);
  }
  return check;
}
