import type { IDBPDatabase } from 'idb';
import type { StepId } from '../schemas/wizard-data.js';
import { DEFAULT_DRAFT_DATABASE } from './draft-database.js';
import type { DraftRecord } from './draft-record.js';
import { listedId } from './draft-key.js';
import { draftRecordSchema } from './draft-record-schema.js';
import { keptSealed } from './kept-sealed.js';
import { keptUnsure } from '../schemas/wizard-data.js';
import { classify, isQuota, StorageError } from './storage-error.js';
import { openInTime } from './open-in-time.js';
import { revisionOf } from './stored-revision.js';
import { FORMAT, formatOf, isTombstone, isVaultKey, KEYS, VERSION, type DraftDB } from './draft-layout.js';
import { purgeStale } from './draft-purge.js';

export { DEFAULT_DRAFT_DATABASE };
export { StorageError, type StorageFailure } from './storage-error.js';
export { DEFAULT_DRAFT_ID, draftKey } from './draft-key.js';
export type { DraftRecord, EncryptedSecrets, EncryptedValue } from './draft-record.js';
const BLOCKED_TIMEOUT_MS = 3000;

export interface DraftSummary {
  id: string;
  system?: string;
  name: string;
  step: StepId;
  updatedAt: number;
  /** The existing connector a draft of an edit belongs to: open it by setting `connector`, not only `draft-id`. */
  editing?: string;
}

export interface DraftStoreOptions {
  /** Another tab is upgrading the database: this connection has been closed. */
  onVersionChange?: () => void;
  /** Opens only a database that exists, never creating one (listDrafts): a store of none fails as `unavailable`. */
  existing?: boolean;
  /**
   * An open given up on as `blocked` went through after all (the other tab let go): the store
   * uses that connection from now on. Without it, such a connection is closed at once.
   */
  onLateOpen?: () => void;
}

/**
 * The only code that touches IndexedDB (through idb). Every method rejects with a
 * StorageError when storage cannot be used; the draft controller turns that into one notice
 * and the wizard keeps working in memory. Transactions await nothing but their own requests:
 * encryption happens before a write starts.
 */
export class DraftStore {
  private db?: Promise<IDBPDatabase<DraftDB>>;
  private upgraded = false;
  /** How often the database may have been deleted under this store (by the page, or with the site's data): a key cached from before is gone with it (SecretVault). */
  wipes = 0;
  /** Since the last deletion, nothing was written: a write that finds nothing at all stored starts the draft again. */
  private wiped = false;
  /** This store had the database open before (a later open that creates it finds it was deleted meanwhile). */
  private opened = false;
  /** How often close() was called: a late connection (see DraftStoreOptions.onLateOpen) after one is not used. */
  private closes = 0;

  constructor(
    readonly databaseName: string = DEFAULT_DRAFT_DATABASE,
    private readonly options: DraftStoreOptions = {},
  ) {}

  private open(): Promise<IDBPDatabase<DraftDB>> {
    if (this.db) return this.db;
    if (this.upgraded) return Promise.reject(new StorageError('upgraded', 'Another tab upgraded the drafts database'));
    let factory: IDBFactory | undefined | null;
    try {
      factory = typeof indexedDB === 'undefined' ? undefined : indexedDB;
    } catch (error) {
      // Reading it throws (SecurityError in a sandboxed frame or a privacy mode): as missing.
      return Promise.reject(new StorageError('unavailable', `IndexedDB cannot be used: ${(error as Error)?.name ?? error}`, error));
    }
    if (!factory) return Promise.reject(new StorageError('unavailable', 'IndexedDB is not available'));
    const closes = this.closes;
    // Another tab that will not let go (or a deletion or upgrade queued before this open) is given up on after a while, in memory.
    const opening = openInTime<DraftDB>(
      this.databaseName,
      VERSION,
      {
        // By the stores there rather than the version: a database created empty (opened without a version by other code) gets them too.
        upgrade: (db, oldVersion, _newVersion, tx) => {
          // None yet, and this store only reads existing ones (listDrafts): aborted, so none is created.
          if (oldVersion === 0 && this.options.existing) {
            tx.done.catch(() => undefined);
            return tx.abort();
          }
          // Created again: the page deleted it while this store had it closed (an element off the page).
          if (oldVersion === 0 && this.opened) this.#deleted();
          if (!db.objectStoreNames.contains('drafts')) db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
          if (!db.objectStoreNames.contains('keys')) db.createObjectStore('keys', { keyPath: 'id' });
        },
        blocking: (_current, next, event) => {
          const db = this.db;
          // The database is being deleted (a page clearing storage, at sign-out): let it go at
          // once (closed now, the deletion is never reported as blocked).
          if (next === null) {
            this.#deleted();
            this.db = undefined;
            (event.target as IDBDatabase).close();
            return;
          }
          // Another tab wants a newer version: save what is pending, then step aside rather
          // than block it. From then on this store refuses work and the wizard runs in memory.
          void Promise.resolve(this.options.onVersionChange?.()).finally(() => {
            this.upgraded = true;
            this.db = undefined;
            void db?.then((d) => d.close());
          });
        },
        // Closed by the browser, with no versionchange first: the site's data cleared (settings,
        // `Clear-Site-Data: "storage"`) deletes the database so. Counted as a possible deletion:
        // the vault reads its key again, and a write that finds nothing stored starts anew.
        terminated: () => {
          this.#deleted();
          this.db = undefined;
        },
      },
      BLOCKED_TIMEOUT_MS,
      this.options.onLateOpen && ((db) => this.#lateOpen(db, closes)),
    );
    this.db = opening;
    opening.then(
      () => void (this.opened = true),
      () => {
        if (this.db === opening) this.db = undefined;
      },
    );
    return opening;
  }

  /** Runs an operation; a connection closed under it is reopened once and the operation retried once. */
  private async run<T>(operation: (db: IDBPDatabase<DraftDB>) => Promise<T>): Promise<T> {
    try {
      return await operation(await this.open());
    } catch (error) {
      const failure = classify(error);
      if (failure.reason !== 'closed') throw failure;
      this.db = undefined;
      try {
        return await operation(await this.open());
      } catch (retryError) {
        throw classify(retryError);
      }
    }
  }

  /**
   * The draft, `malformed` when something unreadable is stored under the id, and the revision
   * stored under the id (a deleted draft's too, `finished` when its connector was made), which the next write must be based on.
   */
  async get(id: string): Promise<{ record?: DraftRecord; malformed?: boolean; newer?: boolean; finished?: boolean; revision: number }> {
    const raw: unknown = await this.run((db) => db.get('drafts', id));
    const revision = revisionOf(raw);
    if (raw === undefined || isTombstone(raw)) return raw?.finished ? { revision, finished: true } : { revision };
    if (((raw as { format?: unknown }).format as number) > FORMAT) return { newer: true, revision };
    const parsed = draftRecordSchema.safeParse(raw);
    return parsed.success ? { record: parsed.data as DraftRecord, revision } : { malformed: true, revision };
  }

  /**
   * Compare-and-set: writes only if the stored revision is still `expectedRevision`, in one
   * transaction; otherwise reports what is stored now (whether a deletion, and its revision). `force` writes over another revision, but
   * never over a later version's record (`newer`: kept as it is, its fields unknown here).
   */
  async put(
    record: Omit<DraftRecord, 'revision'>,
    expectedRevision: number,
    options: { durability?: 'strict' | 'relaxed' | 'default'; force?: boolean } = {},
  ): Promise<{ ok: true; revision: number } | { ok: false; deleted: boolean; revision: number; newer?: true; finished?: true }> {
    // A write under way when the page deleted the database went into the old one.
    const wipes = this.wipes;
    return this.run(async (db) => {
      const tx = db.transaction('drafts', 'readwrite', { durability: options.durability ?? 'default' });
      const current = await tx.store.get(record.id);
      const currentRevision = revisionOf(current);
      // Nothing at all stored, not even a tombstone, since the page deleted the database: started
      // again as a new draft. A draft finished or discarded elsewhere leaves a tombstone (or, on a
      // full disk, nothing: that is a conflict, so it never comes back).
      const newer = ((current as { format?: unknown } | undefined)?.format as number) > FORMAT;
      if (newer || (!options.force && currentRevision !== expectedRevision && !(this.wiped && current === undefined))) {
        tx.abort();
        await tx.done.catch(() => undefined);
        const finished = isTombstone(current) && current.finished ? { finished: true as const } : {};
        return { ok: false as const, deleted: current === undefined || isTombstone(current), revision: currentRevision, ...(newer ? { newer: true as const } : finished) };
      }
      const revision = Math.max(currentRevision, expectedRevision) + 1;
      try {
        const secrets = keptSealed(record, current);
        const data = keptUnsure(record.data, current) ?? record.data;
        await Promise.all([tx.store.put({ ...record, data, ...(secrets ? { secrets } : {}), format: formatOf(data), keys: KEYS, revision }), tx.done]);
      } catch (error) {
        // A quota failure surfaces as an AbortError on the request; the reason is the transaction's error.
        throw tx.error ?? error;
      }
      if (wipes === this.wipes) this.wiped = false;
      return { ok: true as const, revision };
    });
  }

  /** The connection of an open given up on came (see DraftStoreOptions.onLateOpen): used, unless the store was closed or opened again since. */
  #lateOpen(db: IDBPDatabase<DraftDB>, closes: number) {
    if (this.db || this.upgraded || closes !== this.closes) return db.close();
    this.db = Promise.resolve(db);
    this.opened = true;
    this.options.onLateOpen!();
  }

  #deleted() {
    this.wipes++;
    this.wiped = true;
  }

  /**
   * Deletes a draft, leaving a tombstone with its revision. `known`: the revision this tab has of
   * it, so a draft the page's deletion of the database took still leaves a tombstone other tabs
   * that know it lose to (they would otherwise write a finished draft back). `finished`: its
   * connector was created, or its edit saved, so a tab that follows says so. `at`: only while it
   * is still at that revision, or nothing is stored (a discard, or its answers moved elsewhere:
   * a draft another tab saved over them since stays, and a tombstone stays as it is, at any
   * revision: the draft is gone already, and a finished one still says so). Gives back the
   * revision the deletion gave it (0: none), a tombstone's or, on a full disk, the one it would have had.
   */
  async delete(id: string, known = 0, finished = false, at?: number): Promise<number> {
    return this.run(async (db) => {
      const tx = db.transaction('drafts', 'readwrite', { durability: 'strict' });
      const current = await tx.store.get(id);
      if ((current === undefined && !known) || (at !== undefined && current !== undefined && (revisionOf(current) !== at || isTombstone(current)))) {
        await tx.done;
        return 0;
      }
      const revision = Math.max(revisionOf(current), known) + 1;
      try {
        await Promise.all([tx.store.put({ id, revision, deleted: true, updatedAt: Date.now(), ...(finished ? { finished } : {}) }), tx.done]);
      } catch (error) {
        // A full disk refuses the tombstone too: the draft goes without one (that frees space), so
        // a connector already created never comes back as a draft.
        if (!isQuota(tx.error ?? error)) throw tx.error ?? error;
        await db.delete('drafts', id);
      }
      return revision;
    });
  }

  /**
   * Moves the draft stored under `from` to `record.id`, in one transaction, and only while
   * nothing was ever stored under `record.id` (no draft, no tombstone) and `from` is still at
   * `fromRevision`: two tabs moving it at once move it once. `from` keeps a tombstone. For a
   * draft saved under a key that is no longer its own (see draftKey).
   */
  async move(from: string, fromRevision: number, record: Omit<DraftRecord, 'revision'>): Promise<{ ok: true; revision: number } | { ok: false }> {
    return this.run(async (db) => {
      const tx = db.transaction('drafts', 'readwrite', { durability: 'strict' });
      const [target, source] = await Promise.all([tx.store.get(record.id), tx.store.get(from)]);
      const sourceRevision = revisionOf(source);
      if (target !== undefined || source === undefined || isTombstone(source) || sourceRevision !== fromRevision) {
        tx.abort();
        await tx.done.catch(() => undefined);
        return { ok: false as const };
      }
      try {
        await Promise.all([
          // A moved record keeps the `keys` it had: only a page's own write marks it (see DraftRecord.keys).
          tx.store.put({ ...record, format: formatOf(record.data), revision: 1 }),
          tx.store.put({ id: from, revision: sourceRevision + 1, deleted: true, updatedAt: Date.now() }),
          tx.done,
        ]);
      } catch (error) {
        throw tx.error ?? error;
      }
      return { ok: true as const, revision: 1 };
    });
  }

  /** Saved drafts, newest first, for a "continue where you left off" list (ids: see listedId). */
  async list(): Promise<DraftSummary[]> {
    const all: unknown[] = await this.run((db) => db.getAll('drafts'));
    return all
      .flatMap((raw) => {
        if (isTombstone(raw)) return [];
        const parsed = draftRecordSchema.safeParse(raw);
        if (!parsed.success) return [];
        const { id, step, updatedAt, data } = parsed.data;
        return [{ id: listedId(id), step, updatedAt, name: data.name, ...(data.system ? { system: data.system } : {}), ...(data.editing ? { editing: data.editing } : {}) }];
      })
      .sort((a, b) => b.updatedAt - a.updatedAt);
  }

  /**
   * Deletes drafts not changed for `maxAgeMs`, each leaving a tombstone (a tab still showing it,
   * idle all that time, never writes it over one started since), and such tombstones, but `keep`
   * (the one just loaded, whose revision its tab builds on: dated now, revision unchanged, so no
   * other wizard's purge takes it from under it), and encrypted secrets past their expiry.
   * `tombstones` false: a full disk refused them, so drafts go without (that frees space), as in delete.
   */
  async purge(maxAgeMs: number, keep?: string, now = Date.now(), tombstones = true): Promise<number> {
    const purged = this.run((db) => purgeStale(db, maxAgeMs, keep, now, tombstones));
    return purged.catch((error: StorageError) => (tombstones && error.reason === 'quota' ? this.purge(maxAgeMs, keep, now, false) : Promise.reject(error)));
  }

  /** The encryption key record (a non-extractable CryptoKey, stored by structured clone). */
  async getKey(id: string): Promise<CryptoKey | undefined> {
    const entry = await this.run((db) => db.get('keys', id));
    return isVaultKey(entry?.key) ? entry.key : undefined;
  }

  /**
   * Stores the key unless another tab stored one first; either way returns the key now stored.
   * A record there that holds no key the vault can use (damaged: hand-edited; or other code's, such as
   * an HMAC or an extractable key) gives way to this key: secrets are sealed again from now on.
   */
  async addKey(id: string, key: CryptoKey): Promise<CryptoKey> {
    return this.run(async (db) => {
      // One transaction: two tabs storing a key at once store one, and both use it.
      const tx = db.transaction('keys', 'readwrite');
      const stored = await tx.store.get(id);
      if (isVaultKey(stored?.key)) {
        await tx.done;
        return stored.key;
      }
      try {
        await Promise.all([stored === undefined ? tx.store.add({ id, key }) : tx.store.put({ id, key }), tx.done]);
      } catch (error) {
        throw tx.error ?? error;
      }
      return key;
    });
  }

  async close(): Promise<void> {
    this.closes++;
    const db = this.db;
    this.db = undefined;
    if (db) (await db.catch(() => undefined))?.close();
  }
}

/**
 * The saved drafts of a database, newest first (for a host's "continue where you left off").
 * `id` is the stored key (see draftKey): a page preset to a system lists its default draft as
 * `default:<system>`, one with no preset as `default:` (not `default`, which means a page's own
 * default draft), and setting a listed id as `draft-id` opens that same draft. Never
 * rejects, and never creates the database: none, or storage that cannot be used, lists none.
 */
export async function listDrafts(databaseName: string = DEFAULT_DRAFT_DATABASE): Promise<DraftSummary[]> {
  const store = new DraftStore(databaseName, { existing: true });
  try {
    return await store.list();
  } catch {
    // No database yet, or IndexedDB missing, blocked or failing (a StorageError): nothing to continue.
    return [];
  } finally {
    await store.close();
  }
}
