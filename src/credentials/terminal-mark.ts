import type { CredentialField } from '../catalogue/catalogue-schema.js';
import { matchesPattern, patternLimit } from './pattern-match.js';

/**
 * Whether a pasted `value` ends with the `%` zsh prints after output that has no line break at
 * its end (its PROMPT_EOL_MARK: `echo -n "$TOKEN"`, a file with no last line break), copied with
 * it from the terminal: the field has a pattern that the value fits without that last `%`. It
 * is only said, never taken off (a `%` may be real). A field with no pattern gives nothing to
 * tell one from the other (a password may end with `%`), so it is not said there.
 */
export const terminalMark = (field: CredentialField, value: string): boolean =>
  field.pattern !== undefined &&
  value.length > 1 &&
  value.length <= patternLimit(field) + 1 &&
  value.endsWith('%') &&
  matchesPattern(field.pattern, patternLimit(field), value.slice(0, -1));
