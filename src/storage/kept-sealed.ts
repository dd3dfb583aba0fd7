import { isObject, own, withEntry, type IdRecord } from '../schemas/id-record.js';

/** A draft record's sealed secrets (draft-store.ts's EncryptedSecrets), by authentication type then field. */
type Sealed = { expiresAt: number; values: IdRecord<IdRecord<object>> };

/**
 * The sealed secrets to write with `record`: with `encrypted`, a secret the person entered and
 * never cleared (still in `secretsEntered`) that is no longer in memory (Cancel drops secrets
 * from memory, not from the draft) keeps the sealed copy `stored` holds, so no save erases what a
 * reload would restore. A kept copy keeps its expiry: the record's is then the earlier one.
 * Undefined when nothing is kept (the record is written as it is).
 */
export function keptSealed<S extends Sealed>(
  record: { secrets?: S; data: { secretsEntered?: IdRecord<readonly string[]> } },
  stored: unknown,
  now = Date.now(),
): S | undefined {
  const before = isObject(stored) ? (stored as { secrets?: Partial<Sealed> }).secrets : undefined;
  if (!record.secrets || !isObject(before) || !isObject(before.values) || !(typeof before.expiresAt === 'number' && before.expiresAt > now)) return undefined;
  let { values } = record.secrets;
  for (const [authType, keys] of Object.entries(record.data.secretsEntered ?? {})) {
    for (const key of Array.isArray(keys) ? keys : []) {
      const sealed = own(own(before.values, authType), key);
      if (isObject(sealed) && own(own(values, authType), key) === undefined) values = withEntry(values, authType, withEntry(own(values, authType), key, sealed));
    }
  }
  return values === record.secrets.values ? undefined : ({ expiresAt: Math.min(before.expiresAt, record.secrets.expiresAt), values } as S);
}
