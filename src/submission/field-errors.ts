import { escapeToken } from '../schemas/feedback.js';

/**
 * Field errors in the shapes frameworks answer beside RFC 9457's pointers, read as the protocol's:
 * keyed by name (Rails's `errors: { name: ["has already been taken"] }`, Django REST framework's
 * body `{ name: [...] }`, nested `{ credentials: { accessToken: [...] } }` or dotted
 * `"credentials.accessToken"`), or listed as `{ field, message }`. A key that names an answer of
 * the payload (or its snake_case form) becomes that answer's pointer; `base` and `non_field_errors`
 * (errors of no field) are said as they are; another key (no answer of the form) is said after its
 * name ("slug: is taken"), since its message alone may read as a fragment.
 */
export type ReadError = { pointer?: string; detail: string };

const ANSWERS = ['system', 'name', 'group', 'environment', 'timeZone', 'dateFormat', 'authType', 'credentials'];
const SNAKE: Readonly<Record<string, string>> = { time_zone: 'timeZone', date_format: 'dateFormat', auth_type: 'authType' };
const NO_FIELD = ['base', 'non_field_errors', '__all__'];

/** One message of a field named by `path` (its key, or its keys nested). */
export function namedError(path: readonly string[], detail: string): ReadError {
  const [top = '', ...rest] = path;
  const answer = Object.hasOwn(SNAKE, top) ? SNAKE[top]! : top;
  if (ANSWERS.includes(answer)) return { pointer: `/${[answer, ...rest].map(escapeToken).join('/')}`, detail };
  return NO_FIELD.includes(path.join('.')) ? { detail } : { detail: `${path.join('.')}: ${detail}` };
}

/** The messages of an object keyed by field name: a field's several messages said together, each nested object read under its key. */
export function keyedErrors(body: object, path: readonly string[] = [], depth = 0): ReadError[] {
  // Nested past 4 levels: each text found below (the first 20, 20 levels further down at most) said after its path, never dropped without a word.
  if (depth > 4) {
    const found: ReadError[] = [];
    const walk = (v: unknown, at: readonly string[], down: number): void => {
      if (typeof v === 'string') found.push(namedError(at, v));
      else if (down < 20 && typeof v === 'object' && v !== null)
        for (const [key, w] of Object.entries(v)) if (found.length < 20) walk(w, Array.isArray(v) ? at : [...at, key], down + 1);
    };
    walk(body, path, 0);
    return found;
  }
  return Object.entries(body).flatMap(([key, value]): ReadError[] => {
    const at = [...path, ...key.split('.')];
    // A message may be an object with its `message` and `code` (Django REST framework's full details).
    const text = (v: unknown) =>
      typeof v === 'string'
        ? v
        : typeof v === 'object' && v !== null && typeof (v as { message?: unknown }).message === 'string'
          ? (v as { message: string }).message
          : undefined;
    const texts = (Array.isArray(value) ? value : [value]).map(text).filter((v): v is string => v !== undefined);
    if (texts.length) return [namedError(at, texts.join('; '))];
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? keyedErrors(value, at, depth + 1) : [];
  });
}
