/**
 * A credential's value as the form sends it, alone: normalize.ts adds what the person is told of
 * it. In a module of its own because the catalogue's reader checks a field's `default` with it
 * before the first step, where the rest of normalize.ts is not needed.
 */
import { INVISIBLE, INVISIBLE_CHARS } from './visible-text.js';

/** What of a catalogue field the value as sent depends on. */
export interface SentField {
  normalize?: 'trim' | 'lowercase' | 'none' | undefined;
  prefix?: string | undefined;
  suffix?: string | undefined;
  type?: string | undefined;
}

/**
 * Invisible characters or whitespace at either end: paste debris, trimmed like whitespace. The
 * trailing run is looked for only where a run starts (`(?<!…)`): `[…]+$` alone would try again
 * from every character of a long run inside (seconds for a key with 30,000 inner spaces).
 */
const EDGES = new RegExp(`^[\\s${INVISIBLE_CHARS}]+|(?<![\\s${INVISIBLE_CHARS}])[\\s${INVISIBLE_CHARS}]+$`, 'gu');

/** The invisible characters of the runs at the edges taken out (the white space there is left for a trim). */
export const edgeInvisibleOff = (raw: string): string => raw.replace(EDGES, (run) => run.replace(INVISIBLE, ''));

/**
 * A value pasted whole, as `https://my-store.myshopify.com/`, into a field the form shows
 * between `https://` and `.myshopify.com`: the field's own prefix and suffix (and a slash after
 * the suffix) are removed, exactly as written (in lower case for a field that lower-cases), so
 * only what goes between them is kept.
 */
export function withoutAffixes({ prefix, suffix }: Pick<SentField, 'prefix' | 'suffix'>, raw: string, lowerCased = false): { value: string; removed: string[] } {
  // A lower-cased value is compared with lower-cased affixes; otherwise exactly as written.
  const as = (affix: string) => (lowerCased ? affix.toLowerCase() : affix);
  let value = raw;
  const removed: string[] = [];
  if (prefix && value.length > as(prefix).length && value.startsWith(as(prefix))) {
    value = value.slice(as(prefix).length);
    removed.push(prefix);
  }
  if (suffix) {
    const end = value.endsWith('/') && !suffix.endsWith('/') ? value.slice(0, -1) : value;
    if (end.length > as(suffix).length && end.endsWith(as(suffix))) {
      value = end.slice(0, -as(suffix).length);
      removed.push(suffix);
    }
  }
  return { value, removed };
}

/** The value normalizeCredential sends (normalize.test.ts holds the two to the same answers). */
export function sentValue(field: SentField, raw: string): string {
  const mode = field.normalize ?? 'trim';
  if (mode === 'none') return raw;
  const trimmed = edgeInvisibleOff(raw).trim();
  const value = mode === 'lowercase' ? trimmed.toLowerCase() : trimmed;
  if (field.type === 'select') return value;
  const inner = withoutAffixes(field, value, mode === 'lowercase');
  return inner.removed.length ? inner.value.trim() : value;
}
