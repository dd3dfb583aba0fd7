import { INVISIBLE } from './visible-text.js';
import { edgeInvisibleOff, withoutAffixes, type SentField } from './sent-value.js';

export { withoutAffixes } from './sent-value.js';

export interface Normalized {
  value: string;
  /** What a person should be told about their input, if anything. */
  note?: { kind: 'trimmed' | 'lowercased' | 'trimmed-lowercased' | 'kept'; what?: EdgeWhitespace };
  /**
   * Invisible characters (zero-width, bidi controls, BOM, NUL): those at the edges are trimmed
   * like whitespace (`removed`); any inside the value are kept, byte for byte, and flagged.
   */
  invisible?: { count: number; removed: boolean };
  /** The field's own `prefix` or `suffix`, found in the value and removed: the form adds them. */
  affixes?: string[];
}

export { hasVisibleText } from './visible-text.js';

/** Explicit direction overrides, embeddings and isolates (see messages/isolate.ts, where the steps take it from too). */
export { hasDirectionControls } from '../messages/isolate.js';

export function countInvisible(value: string): number {
  return value.match(INVISIBLE)?.length ?? 0;
}

const LEADING = /^\s+/u;
/** Only where a run of whitespace starts, so a long run inside is read once (see EDGES in sent-value.ts). */
const TRAILING = /(?<!\s)\s+$/u;

/** One run of whitespace at an edge, described as data so each language can word it. */
export interface WhitespaceRun {
  count: number;
  kind: 'space' | 'tab' | 'line break' | 'whitespace';
}

/** The whitespace at the edges of a value: `{ leading?, trailing? }`. */
export interface EdgeWhitespace {
  leading?: WhitespaceRun;
  trailing?: WhitespaceRun;
}

function run(text: string): WhitespaceRun {
  const only = (re: RegExp) => [...text].every((c) => re.test(c));
  if (only(/ /u)) return { count: text.length, kind: 'space' };
  if (only(/[\r\n]/u)) return { count: text.replace(/\r\n/gu, '\n').length, kind: 'line break' };
  if (only(/\t/u)) return { count: text.length, kind: 'tab' };
  return { count: text.length, kind: 'whitespace' };
}

export function edgeWhitespace(value: string): EdgeWhitespace | undefined {
  if (!value.trim()) return undefined;
  const lead = LEADING.exec(value)?.[0];
  const trail = TRAILING.exec(value)?.[0];
  if (!lead && !trail) return undefined;
  return { ...(lead ? { leading: run(lead) } : {}), ...(trail ? { trailing: run(trail) } : {}) };
}

/** English words for edge whitespace ("a trailing space", "2 leading spaces and a trailing tab"), its counts written by `format` (the wizard's digits). */
export function describeWhitespaceInEnglish(w: EdgeWhitespace, format: (n: number) => string = String): string {
  const words = (r: WhitespaceRun, position: string) => (r.count === 1 ? `a ${position} ${r.kind}` : `${format(r.count)} ${position} ${r.kind}s`);
  return [w.leading && words(w.leading, 'leading'), w.trailing && words(w.trailing, 'trailing')].filter(Boolean).join(' and ');
}

/** Describes leading/trailing whitespace in words: "a trailing space", "2 leading spaces and a trailing tab". */
export function describeEdgeWhitespace(value: string): string | undefined {
  const w = edgeWhitespace(value);
  return w ? describeWhitespaceInEnglish(w) : undefined;
}

/**
 * The catalogue's `normalize` rule (DESIGN.md): `trim` (default) removes edge whitespace and says
 * so; `lowercase` trims then lower-cases; `none` keeps the value byte for byte and flags edge
 * whitespace. Case is never changed otherwise.
 */
export function normalizeCredential(field: SentField, raw: string): Normalized {
  const mode = field.normalize ?? 'trim';
  const result = normalizeEdges(mode, raw);
  // A choice's value is one of its options, never a typed address.
  if (mode === 'none' || field.type === 'select') return result;
  const { value, removed } = withoutAffixes(field, result.value, mode === 'lowercase');
  return removed.length ? { ...result, value: value.trim(), affixes: removed } : result;
}

function normalizeEdges(mode: 'trim' | 'lowercase' | 'none', raw: string): Normalized {
  const invisible = countInvisible(raw);
  if (mode === 'none') {
    const what = edgeWhitespace(raw);
    const result: Normalized = what ? { value: raw, note: { kind: 'kept', what } } : { value: raw };
    return invisible ? { ...result, invisible: { count: invisible, removed: false } } : result;
  }
  if (!invisible) return normalizeVisible(mode, raw);
  // Trim invisible debris at the edges together with whitespace; what is inside stays.
  const withoutEdgeInvisible = edgeInvisibleOff(raw);
  const edgeInvisible = invisible - countInvisible(withoutEdgeInvisible);
  const result = normalizeVisible(mode, withoutEdgeInvisible);
  const inner = invisible - edgeInvisible;
  return { ...result, invisible: inner ? { count: inner, removed: false } : { count: edgeInvisible, removed: true } };
}

function normalizeVisible(mode: 'trim' | 'lowercase', raw: string): Normalized {
  const what = edgeWhitespace(raw);
  const trimmed = raw.trim();
  if (mode === 'lowercase') {
    const lower = trimmed.toLowerCase();
    if (what) return { value: lower, note: { kind: lower !== trimmed ? 'trimmed-lowercased' : 'trimmed', what } };
    if (lower !== trimmed) return { value: lower, note: { kind: 'lowercased' } };
    return { value: lower };
  }
  return what ? { value: trimmed, note: { kind: 'trimmed', what } } : { value: trimmed };
}
