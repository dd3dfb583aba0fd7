import { escapeToken } from '../schemas/feedback.js';

/**
 * Field errors in the shapes frameworks answer beside RFC 9457's pointers, read as the protocol's:
 * keyed by name (Rails's `errors: { name: ["has already been taken"] }`, Django REST framework's
 * body `{ name: [...] }`, nested `{ credentials: { accessToken: [...] } }` or dotted
 * `"credentials.accessToken"`), or listed as `{ field, message }`. A key that names an answer of
 * the payload (or its snake_case or kebab-case form: `time_zone`, `time-zone`) becomes that answer's pointer, less the list
 * indexes it ends in (`credentials.apiKey.0`); `base` and `non_field_errors`
 * (errors of no field) are said as they are; another key (no answer of the form) is kept as `key`, said after it and the
 * language's colon ("slug: is taken", "slug : est pris", see keyNamed), since its message alone may read as a fragment.
 */
export type ReadError = { pointer?: string; detail: string; key?: string };

const ANSWERS = ['system', 'name', 'group', 'environment', 'timeZone', 'dateFormat', 'authType', 'credentials'];
const NO_FIELD = ['base', 'non_field_errors', '__all__'];

/** A path without the list indexes it ends in (`credentials.apiKey.0`, a message's place in its field's list): the field is what it names. */
export const withoutIndex = (path: readonly string[]): string[] => {
  let end = path.length;
  while (end > 1 && /^\d+$/u.test(path[end - 1]!)) end--;
  return path.slice(0, end);
};

/**
 * A pointer as a URI fragment (`#/age`, RFC 6901 section 6, as RFC 9457's own example writes it) as the pointer it encodes; any other text as it is.
 * A create's errors and a test's checks alike (test-report.ts): a pointer into an answer ending in list indexes (`/credentials/apiKey/0`, a message's place in its field's list) names that field; others (`/plan/3`) stay whole.
 */
export function pointerOf(pointer: string): string {
  let read = pointer;
  if (pointer.startsWith('#'))
    try {
      const decoded = decodeURIComponent(pointer.slice(1));
      if (decoded === '' || decoded.startsWith('/')) read = decoded;
    } catch {
      // Not a fragment: as it is.
    }
  const tokens = read.split('/');
  return tokens[0] === '' && ANSWERS.includes(tokens[1]!) ? ['', ...withoutIndex(tokens.slice(1))].join('/') : read;
}

/** One message of a field named by `path` (its key, or its keys nested). */
export function namedError(named: readonly string[], detail: string): ReadError {
  const path = withoutIndex(named);
  const [top = '', ...rest] = path;
  // An answer's key as camelCase, snake_case or kebab-case (`timeZone`, `time_zone`, `time-zone`).
  const answer = top.replace(/[-_]([a-z])/gu, (_, c: string) => c.toUpperCase());
  if (ANSWERS.includes(answer)) return { pointer: `/${[answer, ...rest].map(escapeToken).join('/')}`, detail };
  return NO_FIELD.includes(path.join('.')) ? { detail } : { detail, key: path.join('.') };
}

/** A message: a text, or an object with its `message` (and a `code`, never said: Django REST framework's full details). */
const text = (v: unknown) =>
  typeof v === 'string' ? v : typeof v === 'object' && v !== null && typeof (v as { message?: unknown }).message === 'string' ? (v as { message: string }).message : undefined;

/** The messages of an object keyed by field name: a field's several messages said together, each nested object read under its key. */
export function keyedErrors(body: object, path: readonly string[] = [], depth = 0): ReadError[] {
  // Nested past 4 levels: each text found below (the first 20, 20 levels further down at most) said after its path, never dropped without a word.
  if (depth > 4) {
    const found: ReadError[] = [];
    const walk = (v: unknown, at: readonly string[], down: number): void => {
      const said = text(v);
      if (said !== undefined) found.push(namedError(at, said));
      else if (down < 20 && typeof v === 'object' && v !== null)
        for (const [key, w] of Object.entries(v)) if (found.length < 20) walk(w, Array.isArray(v) ? at : [...at, key], down + 1);
    };
    walk(body, path, 0);
    return found;
  }
  return Object.entries(body).flatMap(([key, value]): ReadError[] => {
    const at = [...path, ...key.split('.')];
    // A field's messages may come in lists of lists (a framework's errors of each item): each text said.
    const texts = (Array.isArray(value) ? value.flat(3) : [value]).map(text).filter((v): v is string => v !== undefined);
    if (texts.length) return [namedError(at, texts.join('; '))];
    // A list of objects keyed by field (`credentials: [{ accessToken: [...] }]`, a framework's errors of a nested list): each read under the list's key.
    if (Array.isArray(value)) return value.flat(3).flatMap((item) => (typeof item === 'object' && item !== null ? keyedErrors(item as object, at, depth + 1) : []));
    return typeof value === 'object' && value !== null ? keyedErrors(value, at, depth + 1) : [];
  });
}
