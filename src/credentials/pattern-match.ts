import { PATTERN_VALUE_LIMIT, type CredentialField } from '../catalogue/catalogue-schema.js';
import { compilePattern } from '../catalogue/linear-pattern.js';

const compiled = new Map<string, (value: string) => boolean>();

/** The longest value a field's patterns are checked against (the matcher's time bound holds up to it: catalogue-schema.ts). */
export const patternLimit = (field: Pick<CredentialField, 'maxLength'>) => field.maxLength ?? PATTERN_VALUE_LIMIT;

/**
 * Whether a value matches a catalogue pattern, whole, as HTML `pattern` does, with `u`-flag
 * syntax (the HTML attribute's `v` flag rejects real-world classes such as `[a-z0-9_-]`). It
 * runs in the linear-time matcher, never in the backtracking `RegExp` engine, so no pattern can
 * freeze the page; one the matcher refuses was already ignored, and reported, when the
 * catalogue was read, so here it matches everything.
 */
export function matchesPattern(pattern: string, limit: number, value: string): boolean {
  const id = `${limit}:${pattern}`;
  let test = compiled.get(id);
  if (!test) {
    const check = compilePattern(pattern, limit);
    test = check.ok ? check.test : () => true;
    compiled.set(id, test);
  }
  return test(value);
}
