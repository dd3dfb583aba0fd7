import { isSecretField, type AuthTypeDefinition, type CredentialField } from '../catalogue/catalogue-schema.js';
import { planPattern, type Node } from '../catalogue/pattern-plan.js';
import { matchesPattern, patternLimit } from './pattern-match.js';
import { INVISIBLE } from '../schemas/visible-text.js';

/**
 * The fewest characters a pattern that can say "this is a secret" matches. Shorter ones
 * (`^.{8,}$`, `^[a-z0-9]+$`) fit ordinary names too; a token's format (`^shpat_[a-f0-9]{32}$`,
 * `^ck_[a-f0-9]{40}$`, 32 hex digits) is longer.
 */
const SPECIFIC_LENGTH = 16;
const SPACE = /^\s$/u;
const specific = new Map<string, boolean>();

/** The fewest characters `node` matches, and whether one of them may be a space. */
function shape(node: Node, spaceIn: (id: number) => boolean): { min: number; space: boolean } {
  if (node.k === 'char') return { min: 1, space: spaceIn(node.id) };
  if (node.k === 'lit') return { min: 1, space: SPACE.test(String.fromCodePoint(node.cp)) };
  if (node.k === 'assert') return { min: 0, space: false };
  if (node.k === 'rep') {
    const inner = shape(node.e, spaceIn);
    return { min: inner.min * node.min, space: inner.space && node.max > 0 };
  }
  const items = node.items.map((item) => shape(item, spaceIn));
  const mins = items.map((item) => item.min);
  return { min: node.k === 'seq' ? mins.reduce((a, b) => a + b, 0) : Math.min(...mins), space: items.some((item) => item.space) };
}

/**
 * Whether a secret field's pattern says what a secret looks like rather than only what it may
 * hold: a usable pattern (the catalogue's reader kept it) whose every match is at least
 * SPECIFIC_LENGTH characters without a space, so no name written as words fits it.
 */
function isSpecific(field: CredentialField): boolean {
  const { pattern } = field;
  if (pattern === undefined) return false;
  const id = `${patternLimit(field)}:${pattern}`;
  let known = specific.get(id);
  if (known === undefined) {
    const plan = planPattern(pattern, patternLimit(field));
    const spaceIn = (id: number) => plan.ok && new RegExp(`^(?:${plan.atoms[id]!.source})$`, `u${plan.atoms[id]!.flags}`).test(' ');
    known = plan.ok && ((s) => s.min >= SPECIFIC_LENGTH && !s.space)(shape(plan.root, spaceIn));
    specific.set(id, known);
  }
  return known;
}

/** Whether `value` matches `field`'s pattern whole, in the linear-time matcher. */
const fits = (field: CredentialField, value: string) =>
  field.pattern !== undefined && value.length <= patternLimit(field) && matchesPattern(field.pattern, patternLimit(field), value);

/** A private key block (PKCS #8, RSA, EC, OpenSSH; encrypted or not), as a key file or a PEM download holds it: a secret with no pattern needed to say so. */
const PRIVATE_KEY = /^-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----\s[^]*\s-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----$/u;

/**
 * The first secret field of `fields` whose specific pattern (see isSpecific) `value` matches
 * whole, or, for a private key block, the first multi-line secret (a key's own field).
 */
const shapedField = (fields: readonly CredentialField[], value: string) =>
  fields.find((field) => isSecretField(field) && ((isSpecific(field) && fits(field, value)) || (field.type === 'textarea' && PRIVATE_KEY.test(value))));

/** A pasted text as its field would keep it: without the invisible characters a wiki or a chat adds, trimmed. */
const bare = (text: string) => text.replace(INVISIBLE, '').trim();

/** A value without the `%` a terminal may have added at its end (see terminalMark): a secret copied with it keeps its shape. */
const unmarked = (value: string) => (value.endsWith('%') ? value.slice(0, -1) : value);

/** Whether `text` is a private key block (see PRIVATE_KEY), as pasted. */
export const isPrivateKey = (text: string): boolean => PRIVATE_KEY.test(bare(text));

/** Whether `text`, pasted bare, has the shape of one of `authTypes`' secrets (see shapedField), or is a private key, which is a secret whatever they hold. */
export const shapedAsSecret = (authTypes: readonly AuthTypeDefinition[], text: string): boolean =>
  isPrivateKey(text) || authTypes.some((authType) => shapedField(authType.fields, bare(text)) ?? shapedField(authType.fields, unmarked(bare(text))));

/**
 * The secret field of `authType` that `text`, pasted bare, has the shape of (`shpat_` and 32 hex
 * digits; also after a `%` a terminal may have added: see unmarked), unless the field it was pasted
 * into (`into`) takes it by its own pattern, or a field shown in clear has a specific pattern that
 * takes it too (a client ID in the same format): a value that could be either is left where it was pasted.
 */
export function bareSecretField(authType: AuthTypeDefinition, text: string, into?: CredentialField): CredentialField | undefined {
  const value = shapedField(authType.fields, bare(text)) ? bare(text) : unmarked(bare(text));
  const field = shapedField(authType.fields, value);
  if (!field || (into && fits(into, value))) return undefined;
  return authType.fields.some((other) => !isSecretField(other) && isSpecific(other) && fits(other, value)) ? undefined : field;
}
