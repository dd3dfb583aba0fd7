/**
 * The revision stored in `value` (a draft or a tombstone). One that is not a whole number from 0
 * that can still grow (NaN, Infinity, negative, Number.MAX_SAFE_INTEGER: a damaged profile, other
 * code) counts as none, the same in every read and write: compared as it is, it never matches,
 * and every save would be a conflict.
 */
export const revisionOf = (value: unknown): number => {
  const revision = (value as { revision?: unknown } | undefined)?.revision;
  return typeof revision === 'number' && revision >= 0 && Number.isSafeInteger(revision + 1) ? revision : 0;
};
