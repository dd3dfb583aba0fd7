/** A one-line field whose pattern asks for a PEM block, read as the text area it needs. */
import { isSecretField, type CredentialField } from './catalogue-schema.js';
import type { Say } from './catalogue-problems.js';
import type { Path } from './input-paths.js';

/** A pattern that asks for a PEM block's first line (`-----BEGIN`, its hyphens escaped or counted), its `\` taken off. */
const PEM = /-(?:----|\{5\})BEGIN/u;

/**
 * A PEM block (a private key, a certificate) is on several lines, which a one-line field cannot hold: every one pasted would be refused.
 * `pattern` is the field's pattern as written: one ignored (too large to check on 10,000 characters) still says what the field holds.
 * `at` is where the field's type is in the input.
 */
export function readAsPemArea(field: CredentialField, pattern: unknown, at: Path, say: Say): void {
  if ((field.type !== 'text' && field.type !== 'secret') || typeof pattern !== 'string' || !PEM.test(pattern.replaceAll('\\', ''))) return;
  const secret = isSecretField(field) || /PRIVATE/u.test(pattern);
  say(
    at,
    `is one line, but its pattern asks for a PEM block (-----BEGIN …), which is on several lines`,
    'converted',
    `read as "textarea"${secret ? ' with "secret": true' : ''}`,
  );
  Object.assign(field, { type: 'textarea', secret: secret || field.secret });
}
