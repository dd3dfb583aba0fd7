/**
 * A system and its ways to sign in, looked up by id in a catalogue. Here, beside the schemas, so the
 * reference server's checks (connector-payload-schema.ts) use them without the wizard's state; the
 * wizard's selectors (wizard/state/selectors.ts) give them out too.
 */
import type { CredentialField, SystemDefinition } from '../catalogue/catalogue-schema.js';

/** The catalogue's system with this id (or a list's: `{ systems }`); its way to sign in with this id; that way's fields (none when either is not there). */
export const systemOf = (catalogue: { readonly systems: readonly SystemDefinition[] } | undefined, id: string | undefined): SystemDefinition | undefined =>
  catalogue?.systems.find((system) => system.id === id);
export const authTypeOf = (system: SystemDefinition | undefined, id: string | undefined) => system?.authTypes.find((a) => a.id === id);
export const fieldsOf = (system: SystemDefinition | undefined, authTypeId: string | undefined): readonly CredentialField[] => authTypeOf(system, authTypeId)?.fields ?? [];
