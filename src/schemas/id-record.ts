import * as z from 'zod/mini';

/**
 * Data keyed by ids and keys from a catalogue (system, auth type, field). They are data
 * (DESIGN.md): `constructor`, `toString` or `__proto__` are valid, so such a record is never
 * indexed like a plain object. `obj[id]` on a `{}` finds inherited members
 * (`Object.prototype.constructor` is `Object`), and `obj['__proto__'] = v` replaces the
 * prototype instead of storing `v`. Read with `own`; build with `idRecord` and `withEntry`,
 * which make null-prototype objects (records restored from IndexedDB or JSON have
 * Object.prototype again, which `own` does not mind).
 */
export type IdRecord<T> = Readonly<Record<string, T>>;

/** A null-prototype record of the entries (a later entry of the same key wins). */
export function idRecord<T>(entries: Iterable<readonly [string, T]> = []): IdRecord<T> {
  const record: Record<string, T> = Object.create(null);
  // Without a prototype there is no `__proto__` setter: every key becomes an own property.
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/** The record's own value for `key`, never an inherited one. */
export function own<T>(record: IdRecord<T> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A copy of the record with `key` set to `value`; the record itself is left as it was. */
export function withEntry<T>(record: IdRecord<T> | undefined, key: string, value: T): IdRecord<T> {
  return idRecord([...Object.entries(record ?? {}), [key, value]]);
}

/** An object of own keys and values (not null, not an array). */
export const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An IdRecord in a zod schema: every own key is kept and each value checked. Not `z.record`,
 * which drops a `__proto__` key by design and would lose what was typed into a field of that
 * name. The record is passed through as it came (read it with `own`).
 */
export function idRecordSchema<T extends z.ZodMiniType>(value: T) {
  // Aborts: checks around it (an object's refinements) never see a non-object, nor a bad value.
  return z.custom<IdRecord<z.output<T>>>(isObject, { abort: true }).check(
    z.superRefine((input, ctx) => {
      for (const [key, item] of Object.entries(input)) {
        const result = value.safeParse(item);
        if (!result.success)
          for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, input: item, path: [key, ...issue.path], continue: false });
      }
    }),
  );
}
