import { isObject, own, withEntry, type IdRecord } from '../schemas/id-record.js';

/** A draft record's sealed secrets (draft-store.ts's EncryptedSecrets), by authentication type then field. */
type Sealed = { expiresAt: number; values: IdRecord<IdRecord<object>> };
/** What of a record's answers says whose secrets it holds. */
type Answers = { system?: string; editing?: string | null; secretsEntered?: IdRecord<readonly string[]> };

/**
 * The sealed secrets to write with `record`: with `encrypted`, a secret the person entered and
 * never cleared (still in `secretsEntered`) that is no longer in memory (Cancel drops secrets
 * from memory, not from the draft) keeps the sealed copy `stored` holds, so no save erases what a
 * reload would restore. Only a copy of the same answer: the same system and edit, entered there
 * too (never another system's secret under the same field's name). A kept copy keeps its
 * expiry: the record's is then the earlier one. Undefined when nothing is kept.
 */
export function keptSealed<S extends Sealed>(record: { secrets?: S; data: Answers }, stored: unknown, now = Date.now()): S | undefined {
  const before = isObject(stored) ? (stored as { secrets?: Partial<Sealed>; data?: Answers }) : undefined;
  const sealed = before?.secrets;
  if (!record.secrets || !isObject(sealed) || !isObject(sealed.values) || !(typeof sealed.expiresAt === 'number' && sealed.expiresAt > now)) return undefined;
  const values = withKept(record.secrets.values, record.data, isObject(before?.data) ? before.data : {}, sealed.values, isObject);
  return values === record.secrets.values ? undefined : ({ expiresAt: Math.min(sealed.expiresAt, record.secrets.expiresAt), values } as S);
}

/**
 * `values` with the copy `from` holds of each secret `data` lists as entered that `values` lacks,
 * when `before` (the answers `from` was stored with) lists it too, for the same system and edit.
 */
export function withKept<T>(values: IdRecord<IdRecord<T>>, data: Answers, before: Answers, from: IdRecord<IdRecord<unknown>>, isCopy: (copy: unknown) => copy is T) {
  if (before.system !== data.system || (before.editing ?? undefined) !== (data.editing ?? undefined)) return values;
  for (const [authType, keys] of Object.entries(data.secretsEntered ?? {})) {
    const enteredThere = own(before.secretsEntered, authType);
    for (const key of Array.isArray(keys) ? keys : []) {
      const copy = own(own(from, authType), key);
      if (isCopy(copy) && Array.isArray(enteredThere) && enteredThere.includes(key) && own(own(values, authType), key) === undefined)
        values = withEntry(values, authType, withEntry(own(values, authType), key, copy));
    }
  }
  return values;
}
