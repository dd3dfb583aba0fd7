/**
 * What the drafts database holds and how: its version and stores, the tombstone a deleted draft
 * leaves, the record format this version reads and writes, and the key a vault can use. Only
 * draft-store.ts (the only code that touches IndexedDB) and its purge read it.
 */
import type { DBSchema } from 'idb';
import type { DraftRecord } from './draft-record.js';

export const VERSION = 2;

/** What a deleted draft leaves behind: its revision, so numbers never repeat and stale tabs lose the compare-and-set. */
export interface Tombstone {
  id: string;
  revision: number;
  deleted: true;
  updatedAt: number;
  /** Deleted because its connector was created, or its edit saved (see DraftStore.delete). */
  finished?: true;
}

export interface DraftDB extends DBSchema {
  drafts: { key: string; value: DraftRecord | Tombstone; indexes: { updatedAt: number } };
  keys: { key: string; value: { id: string; key: CryptoKey } };
}

/** The highest record format this version reads and writes; a later version's higher one is kept, never read or written over. */
export const FORMAT = 3;
/** 3 only for a record that needs it (several unsure slots, as lists): others stay 2, readable by the version before. */
export const formatOf = (data: unknown): number => (Array.isArray((data as { submission?: { unsure?: unknown } } | undefined)?.submission?.unsure) ? 3 : 2);
/** See DraftRecord.keys. */
export const KEYS = 2;

export const isTombstone = (value: unknown): value is Tombstone => (value as Tombstone | undefined)?.deleted === true;

/** A key the vault can use as promised: AES-GCM, non-extractable, to encrypt and decrypt. Any other (an HMAC key, other code's) holds none. */
export const isVaultKey = (key: unknown): key is CryptoKey =>
  key instanceof CryptoKey && key.algorithm.name === 'AES-GCM' && !key.extractable && key.usages.includes('encrypt') && key.usages.includes('decrypt');
