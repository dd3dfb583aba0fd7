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
  const data: Answers = isObject(before?.data) ? before.data : {};
  if (data.system !== record.data.system || (data.editing ?? undefined) !== (record.data.editing ?? undefined)) return undefined;
  let { values } = record.secrets;
  for (const [authType, keys] of Object.entries(record.data.secretsEntered ?? {})) {
    const enteredThere = own(data.secretsEntered, authType);
    for (const key of Array.isArray(keys) ? keys : []) {
      const copy = own(own(sealed.values, authType), key);
      if (isObject(copy) && Array.isArray(enteredThere) && enteredThere.includes(key) && own(own(values, authType), key) === undefined)
        values = withEntry(values, authType, withEntry(own(values, authType), key, copy));
    }
  }
  return values === record.secrets.values ? undefined : ({ expiresAt: Math.min(sealed.expiresAt, record.secrets.expiresAt), values } as S);
}

type Submission = { key: string; fingerprint: string; unsure?: string; unsureExists?: boolean };

/**
 * `data` with the slot of a create that got no answer (`submission.unsure`) that `stored` holds
 * and `data` does not: what the server may hold is no answer, so a version written over another
 * tab's ("Keep my version") never forgets it, and the create sent again still says the connector
 * may be its own. A draft deleted (created, or started over) leaves nothing to keep. Undefined
 * when nothing is kept.
 */
export function keptUnsure<D extends { submission?: Submission }>(data: D, stored: unknown): D | undefined {
  const answers = isObject(stored) ? (stored as { data?: unknown }).data : undefined;
  const before = isObject(answers) ? (answers as { submission?: unknown }).submission : undefined;
  const { key, fingerprint, unsure, unsureExists } = (isObject(before) ? before : {}) as Partial<Submission>;
  if (typeof unsure !== 'string' || data.submission?.unsure) return undefined;
  const base = data.submission ?? (typeof key === 'string' && typeof fingerprint === 'string' ? { key, fingerprint } : undefined);
  return base && { ...data, submission: { ...base, unsure, ...(unsureExists === true ? { unsureExists } : {}) } };
}
