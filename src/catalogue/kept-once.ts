/** What the schema cannot see in one item: the first of each id and key is kept, and a one-line field asking for a PEM block is read as a text area. */
import { clip, isSecretField, type SystemDefinition } from './catalogue-schema.js';
import type { Say } from './catalogue-problems.js';
import type { Path } from './input-paths.js';
import { readableAliases, withoutSharedAliases } from './paste-names.js';

/** Keeps the first authentication type with an id, and the first field with a key (never one keyed like a sign-in's result). */
export function withoutDuplicates(system: SystemDefinition, inInput: (path: Path) => Path, say: Say, written: (path: Path) => unknown): SystemDefinition {
  const ids = new Set<string>();
  const authTypes = system.authTypes.filter((authType, a) => {
    const at = inInput(['authTypes', a]);
    if (ids.has(authType.id)) {
      say(at, `duplicate authentication type id "${clip(authType.id)}" (the first is kept)`, 'auth-type-left-out');
      return false;
    }
    ids.add(authType.id);
    const keys = new Set<string>();
    const fields = authType.fields.filter((field, f) => {
      // A sign-in's result is kept under these keys: a field of the same key would pass for a sign-in.
      if (authType.kind === 'oauth2-authorization-code' && /^connection(Ref|Account|Environment)$/u.test(field.key)) {
        say([...at, 'fields', f], `key "${clip(field.key)}" is where the sign-in's result goes`, 'field-left-out');
        return false;
      }
      if (!keys.has(field.key)) {
        keys.add(field.key);
        return true;
      }
      say([...at, 'fields', f], `duplicate field key "${clip(field.key)}" (the first is kept)`, 'field-left-out');
      return false;
    });
    const pathOf = (field: (typeof fields)[number], member: 'key' | 'aliases' | 'type') => [...at, 'fields', authType.fields.indexOf(field), member];
    for (const field of fields) {
      if (field.aliases) field.aliases = readableAliases(field.aliases, pathOf(field, 'aliases'), say);
      // A PEM block (a private key, a certificate) is on several lines, which a one-line field cannot hold: every one pasted would be refused.
      // The pattern as written: one ignored (too large to check on 10,000 characters) still says what the field holds.
      const pattern = written(['authTypes', a, 'fields', authType.fields.indexOf(field), 'pattern']);
      if ((field.type === 'text' || field.type === 'secret') && typeof pattern === 'string' && PEM.test(pattern.replaceAll('\\', ''))) {
        const secret = isSecretField(field) || /PRIVATE/u.test(pattern);
        say(
          pathOf(field, 'type'),
          `is one line, but its pattern asks for a PEM block (-----BEGIN …), which is on several lines`,
          'converted',
          `read as "textarea"${secret ? ' with "secret": true' : ''}`,
        );
        Object.assign(field, { type: 'textarea', secret: secret || field.secret });
      }
    }
    withoutSharedAliases(fields, pathOf, say);
    if (fields.length !== authType.fields.length) authType.fields = fields;
    return true;
  });
  return authTypes.length === system.authTypes.length ? system : { ...system, authTypes };
}

/** A pattern that asks for a PEM block's first line (`-----BEGIN`, its hyphens escaped or counted), its `\` taken off. */
const PEM = /-(?:----|\{5\})BEGIN/u;
