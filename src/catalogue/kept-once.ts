/** What the schema cannot see in one item: the first of each id and key is kept, aliases are read, and a one-line field asking for a PEM block is read as a text area (pem-fields.ts). */
import { clip, type SystemDefinition } from './catalogue-schema.js';
import type { Say } from './catalogue-problems.js';
import type { Path } from './input-paths.js';
import { readableAliases, withoutSharedAliases } from './paste-names.js';
import { readAsPemArea } from './pem-fields.js';

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
      readAsPemArea(field, written(['authTypes', a, 'fields', authType.fields.indexOf(field), 'pattern']), pathOf(field, 'type'), say);
    }
    withoutSharedAliases(fields, pathOf, say);
    if (fields.length !== authType.fields.length) authType.fields = fields;
    return true;
  });
  return authTypes.length === system.authTypes.length ? system : { ...system, authTypes };
}
