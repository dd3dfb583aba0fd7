/** Answers followed onto a fresh base (see followAnswers): what the person left as it was takes the new value, what they changed stays. */
import { idRecord, isObject, own } from '../schemas/id-record.js';

export function rebase(current: unknown, before: unknown, fresh: unknown): unknown {
  if (same(current, before)) return fresh;
  if (!isObject(current) || !isObject(before) || !isObject(fresh)) return current;
  const keys = new Set([...Object.keys(current), ...Object.keys(fresh)]);
  const at = (o: object, k: string) => own(o as Record<string, unknown>, k);
  const entries = [...keys].map((k) => [k, rebase(at(current, k), at(before, k), at(fresh, k))] as const).filter(([, v]) => v !== undefined);
  // Records of ids stay records of ids (null prototype); the answers themselves stay a plain object.
  return Object.getPrototypeOf(current) === null ? idRecord(entries) : Object.fromEntries(entries);
}

export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isObject(a) || !isObject(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => same(v, b[i]));
  const keys = Object.keys(a).filter((k) => own(a as Record<string, unknown>, k) !== undefined);
  return (
    keys.length === Object.keys(b).filter((k) => own(b as Record<string, unknown>, k) !== undefined).length &&
    keys.every((k) => same(own(a as Record<string, unknown>, k), own(b as Record<string, unknown>, k)))
  );
}
