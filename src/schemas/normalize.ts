import type { CredentialField } from '../catalogue/catalogue-schema.js';

export interface Normalized {
  value: string;
  /** What a person should be told about their input, if anything. */
  note?: { kind: 'trimmed' | 'lowercased' | 'trimmed-lowercased' | 'kept'; what?: string };
  /**
   * Invisible characters (zero-width, bidi controls, BOM, NUL): those at the edges are trimmed
   * like whitespace (`removed`); any inside the value are kept, byte for byte, and flagged.
   */
  invisible?: { count: number; removed: boolean };
}

/**
 * Characters that never belong in a key but ride along with copy and paste: zero-width
 * spaces and joiners, bidi marks and embeddings, the BOM, soft hyphens, NUL and other controls
 * (tabs and line breaks are whitespace, handled above; a private key keeps its inner lines).
 */
const INVISIBLE_CHARS = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'gu');
/** Invisible characters or whitespace at either end: paste debris, trimmed like whitespace. */
const EDGES = new RegExp(`^[\\s${INVISIBLE_CHARS}]+|[\\s${INVISIBLE_CHARS}]+$`, 'gu');

export function countInvisible(value: string): number {
  return value.match(INVISIBLE)?.length ?? 0;
}

const LEADING = /^\s+/u;
const TRAILING = /\s+$/u;

function describeRun(run: string, position: 'leading' | 'trailing'): string {
  const n = run.length;
  const only = (re: RegExp) => [...run].every((c) => re.test(c));
  let noun = 'whitespace character';
  if (only(/ /u)) noun = 'space';
  else if (only(/[\r\n]/u)) noun = run.replace(/\r\n/gu, '\n').length === 1 ? 'line break' : 'line break';
  else if (only(/\t/u)) noun = 'tab';
  const count = noun === 'line break' ? run.replace(/\r\n/gu, '\n').length : n;
  return count === 1 ? `a ${position} ${noun}` : `${count} ${position} ${noun}s`;
}

/** Describes leading/trailing whitespace in words: "a trailing space", "2 leading spaces and a trailing tab". */
export function describeEdgeWhitespace(value: string): string | undefined {
  if (!value.trim()) return undefined;
  const lead = LEADING.exec(value)?.[0];
  const trail = TRAILING.exec(value)?.[0];
  const parts = [lead && describeRun(lead, 'leading'), trail && describeRun(trail, 'trailing')].filter(Boolean);
  return parts.length ? parts.join(' and ') : undefined;
}

/**
 * The catalogue's `normalize` rule (DESIGN.md): `trim` (default) removes edge whitespace and says
 * so; `lowercase` trims then lower-cases; `none` keeps the value byte for byte and flags edge
 * whitespace. Case is never changed otherwise.
 */
export function normalizeCredential(field: Pick<CredentialField, 'normalize'>, raw: string): Normalized {
  const mode = field.normalize ?? 'trim';
  const invisible = countInvisible(raw);
  if (mode === 'none') {
    const what = describeEdgeWhitespace(raw);
    const result: Normalized = what ? { value: raw, note: { kind: 'kept', what } } : { value: raw };
    return invisible ? { ...result, invisible: { count: invisible, removed: false } } : result;
  }
  if (!invisible) return normalizeVisible(mode, raw);
  // Trim invisible debris at the edges together with whitespace; what is inside stays.
  const edgeInvisible = countInvisible(raw) - countInvisible(raw.replace(EDGES, (run) => run.replace(INVISIBLE, '')));
  const withoutEdgeInvisible = raw.replace(EDGES, (run) => run.replace(INVISIBLE, ''));
  const result = normalizeVisible(mode, withoutEdgeInvisible);
  const inner = invisible - edgeInvisible;
  return { ...result, invisible: inner ? { count: inner, removed: false } : { count: edgeInvisible, removed: true } };
}

function normalizeVisible(mode: 'trim' | 'lowercase', raw: string): Normalized {
  const what = describeEdgeWhitespace(raw);
  const trimmed = raw.trim();
  if (mode === 'lowercase') {
    const lower = trimmed.toLowerCase();
    if (what) return { value: lower, note: { kind: lower !== trimmed ? 'trimmed-lowercased' : 'trimmed', what } };
    if (lower !== trimmed) return { value: lower, note: { kind: 'lowercased' } };
    return { value: lower };
  }
  return what ? { value: trimmed, note: { kind: 'trimmed', what } } : { value: trimmed };
}
