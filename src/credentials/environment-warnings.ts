import { searchPattern, type AuthTypeDefinition } from '../catalogue/catalogue-schema.js';
import type { Messages } from '../messages/messages.js';
import { own, type IdRecord } from '../schemas/id-record.js';
import type { Environment } from '../schemas/wizard-data.js';
import { matchesPattern, patternLimit } from './pattern-match.js';

/**
 * Fields whose value looks like the other environment's (the catalogue's `environmentPatterns`):
 * a live key in a testing connector, or the other way round. Keyed by field key, with the
 * sentence to show beside the field and on Review (not when the value matches this
 * environment's pattern too). Never a reason to block.
 * `values` are the credentials as they will be sent (normalised, secrets included).
 */
export function environmentWarnings(
  authType: AuthTypeDefinition | undefined,
  values: IdRecord<string | boolean>,
  environment: Environment | undefined,
  msg: Messages,
): Map<string, string> {
  const warnings = new Map<string, string>();
  if (!authType || !environment) return warnings;
  const other = environment === 'live' ? 'test' : 'live';
  for (const field of authType.fields) {
    const { [other]: theirs, [environment]: ours } = field.environmentPatterns ?? {};
    const value = own(values, field.key);
    if (!theirs || typeof value !== 'string' || value === '' || value.length > patternLimit(field)) continue;
    // An empty pattern (which every value matches) says nothing, as an absent one.
    const looks = (pattern: string | undefined) => !!pattern && matchesPattern(searchPattern(pattern), patternLimit(field), value) === true;
    // A value that matches this environment's pattern as well is not taken for the other's.
    if (looks(theirs) && !looks(ours)) warnings.set(field.key, other === 'live' ? msg.looksLive(field.label) : msg.looksTest(field.label));
  }
  return warnings;
}
