/** Why drafts storage cannot be used, and how an IndexedDB failure is told apart (a full disk, a closed connection). */
export type StorageFailure = 'unavailable' | 'blocked' | 'quota' | 'closed' | 'upgraded' | 'failed';

/** Why storage cannot be used, in a form the controller can act on (never thrown with a secret). */
export class StorageError extends Error {
  constructor(
    readonly reason: StorageFailure,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

export const isQuota = (error: unknown): boolean => {
  const e = error as { name?: string; cause?: { name?: string } } | undefined;
  return e?.name === 'QuotaExceededError' || (e?.name === 'AbortError' && e.cause?.name === 'QuotaExceededError');
};

export function classify(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = (error as { name?: string } | undefined)?.name ?? 'Error';
  const message = (error as { message?: string } | undefined)?.message ?? String(error);
  if (isQuota(error)) return new StorageError('quota', `Storage is full (${name})`, error);
  if (name === 'InvalidStateError') return new StorageError('closed', `The database connection was closed (${message})`, error);
  return new StorageError('failed', `${name}: ${message}`, error);
}
