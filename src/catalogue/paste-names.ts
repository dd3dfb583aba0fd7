/** Names a paste may use for a field (its key and aliases): only names a pasted line can carry, each filling one field only. */
import { clip, nameOwners, type SystemDefinition } from './catalogue-schema.js';
import type { Say } from './catalogue-problems.js';
import type { Path } from './input-paths.js';

/** A name a pasted `NAME=value` or `NAME: value` line can carry (paste-fill.ts reads no other). */
const LINE_NAME = /^[A-Za-z_][\w.-]*$/u;

/**
 * Aliases as a paste can match them: trimmed (a pasted name is), and only names a pasted line
 * can carry, so none is matched in JSON alone, unknown to whoever pastes a `.env` file.
 */
export function readableAliases(aliases: string[], path: Path, say: Say): string[] {
  return aliases.flatMap((written) => {
    const alias = written.trim();
    if (!LINE_NAME.test(alias)) {
      const why = `"${clip(alias)}" is no name a pasted NAME=value or NAME: value line can carry`;
      say(path, why, 'ignored');
      return [];
    }
    if (alias !== written) say(path, `"${clip(written)}" has spaces around it`, 'converted', `read as "${alias}"`);
    return [alias];
  });
}

/**
 * A name a paste may use (a key or an alias, in any case) fills one field only (see nameOwners:
 * a secret field's first). An alias another field has is taken off; a key another field's
 * alias has stays, and is reported, as the paste fills that other field.
 */
export function withoutSharedAliases(
  fields: SystemDefinition['authTypes'][number]['fields'],
  pathOf: (field: (typeof fields)[number], member: 'key' | 'aliases') => Path,
  say: Say,
) {
  const owners = nameOwners(fields);
  const said = (field: (typeof fields)[number], member: 'key' | 'aliases', name: string, other: (typeof fields)[number]) =>
    say(pathOf(field, member), `"${clip(name)}" names field "${clip(other.key)}" too; a pasted value under it fills "${clip(other.key)}" only`, 'ignored');
  for (const field of fields) {
    const keyOwner = owners.get(field.key.toLowerCase())!;
    if (keyOwner !== field) said(field, 'key', field.key, keyOwner);
    const aliases = (field.aliases ?? []).filter((alias) => {
      const other = owners.get(alias.toLowerCase())!;
      if (other !== field) said(field, 'aliases', alias, other);
      return other === field;
    });
    if (field.aliases && aliases.length !== field.aliases.length) field.aliases = aliases;
  }
}
