import { openDB, type DBSchema, type IDBPDatabase, type OpenDBCallbacks } from 'idb';
import { StorageError } from './storage-error.js';

/**
 * idb's openDB, given up after `ms` with a StorageError (`blocked`). The clock starts with the
 * request, not at its `blocked` event: an open queued behind another connection's
 * deleteDatabase or upgrade, itself blocked by a connection that never closes, waits without
 * ever being told. A connection that opens after that goes to `late`, if given (the block
 * cleared), else it is closed at once, never used.
 */
export function openInTime<DB extends DBSchema>(
  name: string,
  version: number,
  callbacks: OpenDBCallbacks<DB>,
  ms: number,
  late?: (db: IDBPDatabase<DB>) => void,
): Promise<IDBPDatabase<DB>> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      reject(new StorageError('blocked', `Opening the database was blocked for over ${ms / 1000} s by another tab`));
    }, ms);
    const failed = (error: unknown) => {
      clearTimeout(timer);
      if (settled) return;
      settled = true;
      reject(new StorageError('unavailable', `IndexedDB cannot be opened: ${(error as Error)?.name ?? error}`, error));
    };
    let request: Promise<IDBPDatabase<DB>>;
    try {
      request = openDB<DB>(name, version, callbacks);
    } catch (error) {
      // indexedDB.open itself can throw (SecurityError in some sandboxed frames).
      return failed(error);
    }
    request.then((db) => {
      clearTimeout(timer);
      if (settled) return late ? late(db) : db.close();
      settled = true;
      resolve(db);
    }, failed);
  });
}
