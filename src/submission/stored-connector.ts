import * as z from 'zod/mini';
import type { StoredConnector } from '../schemas/connector-payload-schema.js';

/** A connector as a server returns it: an `id` (a number, as many databases give, is taken as its text), never credentials. Exported by the package; in the standalone bundle only this later file has it. */
export const storedConnectorSchema = z.looseObject({
  // A number only when exact (a safe integer: JSON has rounded a larger one); `stored` makes it text. A
  // custom check, as a union or pipe here would move more of zod into the entry, whose zod this file shares.
  id: z.custom<string | number>((id) => (typeof id === 'string' && id !== '') || Number.isSafeInteger(id)),
  name: z.string(),
  system: z.string(),
  // No group may come as null (a database's empty column): read as none.
  group: z.optional(z.custom<string | null>((group) => group === null || typeof group === 'string')),
  environment: z.enum(['live', 'test']),
});

/** A connector as a server returned it, its `id` as text and a null or empty `group` left out; undefined when it is not one. */
export function stored(body: unknown): (StoredConnector & Record<string, unknown>) | undefined {
  const parsed = storedConnectorSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const { group, ...connector } = parsed.data;
  // No group ("" as well: no group id is empty) is left out.
  return { ...connector, ...(typeof group === 'string' && group ? { group } : {}), id: String(connector.id) } as StoredConnector & Record<string, unknown>;
}
