import * as z from 'zod/mini';
import type { StoredConnector } from '../schemas/connector-payload-schema.js';
import { idText } from '../wizard/clean.js';

/** A connector as a server returns it: an `id` (a number, as many databases give, is taken as its text), never credentials. Exported by the package; in the standalone bundle only this later file has it. */
export const storedConnectorSchema = z.looseObject({
  // A number only when exact (a safe integer: JSON has rounded a larger one); `stored` makes it text. A
  // custom check, as a union or pipe here would move more of zod into the entry, whose zod this file shares.
  id: z.custom<string | number>((id) => (typeof id === 'string' && id !== '') || Number.isSafeInteger(id)),
  name: z.string(),
  system: z.string(),
  // No group may come as null (a database's empty column): read as none. A whole number (a safe integer) is the group's id as text, as `id` is.
  group: z.optional(z.custom<string | number | null>((group) => group === null || typeof group === 'string' || Number.isSafeInteger(group))),
  environment: z.enum(['live', 'test']),
});

/** A connector as a server returned it, its `id` and a whole-number `group` as text, a null or empty `group` left out; undefined when it is not one. */
export function stored(body: unknown): (StoredConnector & Record<string, unknown>) | undefined {
  const parsed = storedConnectorSchema.safeParse(body);
  if (!parsed.success) return undefined;
  // The body's own members as it has them (zod's copy leaves out a `__proto__` member, which the event carries as data), with the checked ones over them.
  const { group: raw, ...connector } = { ...(body as object), ...parsed.data };
  // A group of 7 is the group whose id is "7", in the event and for the one-live-one-testing rule alike.
  const group = typeof raw === 'number' ? String(raw) : raw;
  // No group ("" as well: no group id is empty) is left out.
  return { ...connector, ...(typeof group === 'string' && group ? { group } : {}), id: String(connector.id) } as StoredConnector & Record<string, unknown>;
}

/** The connector without the `credentials` a server must not repeat (an answer, a list): if it does, they do not travel further, to an event or the screen. */
export function withoutCredentials<T extends object>(connector: T): T {
  const { credentials: _dropped, ...rest } = connector as T & { credentials?: unknown };
  return rest as T;
}

/** A connector's `revision` as `If-Match` sends it: text an entity-tag can hold (RFC 9110, 8.8.3: visible ASCII without `"`), or a whole number as its text. */
export const revisionText = (revision: unknown): string | undefined => {
  const text = idText(revision);
  return text && /^[\x21\x23-\x7e]+$/u.test(text) ? text : undefined;
};
