/** How a broken part of a system is mended without leaving anything out, when it can be: shortened, read as meant, or ignored. */
import type * as z from 'zod/mini';
import { valueAt, type Path } from './input-paths.js';

/** Display texts: over their limit they are shortened, never a reason to leave anything out. */
const TEXTS = new Set(['name', 'label', 'category', 'description', 'help', 'example', 'placeholder', 'patternMessage', 'prefix', 'suffix']);
/** Optional parts the form works without: a broken one is ignored and the rest is kept. */
const OPTIONAL = new Set([
  'category',
  'description',
  'help',
  'example',
  'placeholder',
  'patternMessage',
  'prefix',
  'suffix',
  'logo',
  'docsUrl',
  'helpUrl',
  'pattern',
  'minLength',
  'maxLength',
  'default',
  'normalize',
  'defaultTimeZone',
  'defaultDateFormat',
]);

/** `absent`: a member written as `null`, read as left out (or as `value`), without a word. */
export type Repair = { path: Path; action: 'shortened' | 'converted' | 'ignored' | 'absent'; max?: number; value?: unknown; issue: z.core.$ZodIssue; why?: string };
/** Kinds whose authentication types need no `fields`: none at all, or a sign-in that brings its own result. */
const NO_FIELDS_NEEDED = new Set(['none', 'oauth2-authorization-code']);

/** How a problem can be mended without leaving anything out, if it can. */
export function repairFor(candidate: unknown, issue: z.core.$ZodIssue): Repair | undefined {
  const path = issue.path;
  const key = path[path.length - 1];
  // A member written as null (as a database export writes one not used): read as absent.
  const value = valueAt(candidate, path);
  if (typeof key === 'string' && value === null) return { path, action: 'absent', issue };
  // No `fields` where the kind needs none (an export leaves an empty list out): no fields.
  if (key === 'fields' && value === undefined && NO_FIELDS_NEEDED.has(valueAt(candidate, [...path.slice(0, -1), 'kind']) as string))
    return { path, action: 'absent', value: [], issue };
  // A pattern written `/…/i` (catalogue-schema.ts says what it reads as).
  const convertTo = issue.code === 'custom' ? issue.params?.['convertTo'] : undefined;
  if (convertTo !== undefined) return { path, action: 'converted', value: convertTo, issue };
  // An option's value written as a number (a registry of API versions): its text, which is what the form sends.
  if (key === 'value' && path[path.length - 3] === 'options' && typeof value === 'number' && Number.isFinite(value))
    return { path, action: 'converted', value: String(value), issue, why: 'is a number; option values are text, and the form sends the one chosen as text' };
  // `"required": "false"`, as a registry that keeps every value as text writes it (a checkbox's `default` too).
  const flag = key === 'required' || key === 'secret' || (key === 'default' && valueAt(candidate, [...path.slice(0, -1), 'type']) === 'boolean');
  if (flag && typeof value === 'string' && /^\s*(?:true|false)\s*$/iu.test(value)) return { path, action: 'converted', value: value.trim().toLowerCase() === 'true', issue };
  if (issue.code === 'too_big' && issue.origin === 'string' && typeof key === 'string' && TEXTS.has(key))
    return { path, action: 'shortened', max: Number(issue.maximum), issue };
  // A broken part of environment patterns or of aliases: the whole of it is ignored; of a translation, that language's (all of it when `l10n` is no object).
  const whole = path.findIndex((p) => p === 'l10n' || p === 'environmentPatterns' || p === 'aliases');
  if (whole >= 0) return { path: path.slice(0, whole + (path[whole] === 'l10n' ? 2 : 1)), action: 'ignored', issue };
  if (typeof key === 'string' && OPTIONAL.has(key) && value !== undefined) return { path, action: 'ignored', issue };
  // A broken option of a list: that option alone is left out (a list left with none is the field's problem).
  const option = path.lastIndexOf('options');
  if (option >= 0 && typeof path[option + 1] === 'number') return { path: path.slice(0, option + 2), action: 'ignored', issue };
  return undefined;
}
