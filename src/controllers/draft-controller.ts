import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SecretValues, StepId, WizardData } from '../schemas/wizard-data.js';
import { DraftStore, StorageError, type DraftRecord } from '../storage/draft-store.js';
import { SecretVault, VaultUnavailable } from '../storage/secret-vault.js';

export type DraftStatus = 'off' | 'loading' | 'ready' | 'conflict' | 'unavailable';
export type DraftNotice = 'malformed' | 'conflict' | 'deleted' | 'upgraded' | 'secrets-in-memory';

export interface DraftSnapshot {
  step: StepId;
  data: WizardData;
  /** Only written (encrypted) with `secret-persistence="encrypted"`. */
  secrets: SecretValues;
}

export interface DraftControllerOptions {
  snapshot: () => DraftSnapshot;
  /** A stored draft to show: on load, or (`remote`) a newer one saved by another tab. */
  restore: (record: DraftRecord, secrets: SecretValues, remote: boolean) => void;
  /** The draft id changed to one with nothing stored, or the draft was deleted elsewhere. */
  switched: () => void;
  /** Storage cannot be used; called once. The wizard goes on in memory. */
  unavailable: (error: Error) => void;
  /** Something the person should know about their draft. */
  notice: (notice: DraftNotice) => void;
}

export interface DraftHost extends ReactiveControllerHost {
  readonly isConnected: boolean;
  draftId: string;
  noDrafts: boolean;
  draftDatabase: string;
  secretPersistence: 'memory' | 'encrypted';
  persistDrafts: boolean;
}

/** Saves at most this long after the last change... */
export const DEBOUNCE_MS = 400;
/** ...and at least this often while changes keep coming. */
export const MAX_WAIT_MS = 2000;
/** Drafts untouched this long are deleted when any wizard opens the database. */
export const PURGE_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

interface DraftMessage {
  type: 'saved' | 'deleted';
  id: string;
  revision: number;
  from: string;
}

/**
 * Owns the draft's lifetime: load on connect, debounced compare-and-set saves, strict saves on
 * step change, flush on hide and disconnect, delete after create or reset, and keeping tabs
 * in step through a BroadcastChannel. The element composes it and never touches storage.
 */
export class DraftController implements ReactiveController {
  private _status: DraftStatus = 'off';
  private store?: DraftStore;
  private vault?: SecretVault;
  private channel?: BroadcastChannel;
  /** Tells this element's broadcasts from others'. Not a secret, so no WebCrypto needed. */
  private readonly instance = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  /** Writes under way: until they land, this tab's edits are not saved. */
  private writing = 0;
  /** Storage failed once: the element stays in memory from then on (one notice, one event). */
  private failed = false;
  /** reset() came while the draft was still loading: delete instead of restoring. */
  private discardOnLoad = false;
  private timer?: ReturnType<typeof setTimeout>;
  private firstPending?: number;
  private loadedFor?: string;
  /** The draft id writes go to: the one that was loaded, even while the host's id changes. */
  private currentId?: string;
  /** The revision this tab's answers are based on. */
  private baseRevision = 0;
  private saving: Promise<void> = Promise.resolve();
  private secretsInMemoryOnly = false;

  constructor(
    private readonly host: DraftHost,
    private readonly options: DraftControllerOptions,
  ) {
    host.addController(this);
  }

  private readonly onHide = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };
  private readonly onPageHide = () => void this.flush();

  get status(): DraftStatus {
    return this._status;
  }

  private set status(status: DraftStatus) {
    this._status = status;
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onHide);
    window.addEventListener('pagehide', this.onPageHide);
    // Back after a removal: listen to the other tabs again (the data in memory is current).
    if (this.store && !this.channel) this.openChannel(this.store.databaseName);
    void this.load();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onHide);
    window.removeEventListener('pagehide', this.onPageHide);
    void this.flush().finally(() => {
      // Removed for good (not moved): stop following other tabs and let the connection go.
      if (this.host.isConnected) return;
      this.channel?.close();
      this.channel = undefined;
      void this.store?.close();
    });
  }

  /** Changes not yet written, or being written. */
  get dirty(): boolean {
    return this.firstPending !== undefined || this.writing > 0;
  }

  private get encrypting(): boolean {
    return this.host.secretPersistence === 'encrypted' && !this.secretsInMemoryOnly;
  }

  /** Loads the draft for the host's `draft-id` (again, if the id changed). */
  async load(): Promise<void> {
    const { draftId, noDrafts, draftDatabase } = this.host;
    if (this.failed) return;
    if (noDrafts) {
      this.loadedFor = undefined;
      this.status = 'off';
      this.host.requestUpdate();
      return;
    }
    const key = `${draftDatabase}\u0000${draftId}`;
    if (this.loadedFor === key) return;
    const switching = this.loadedFor !== undefined;
    this.loadedFor = key;
    // Pending edits belong to the draft they were typed in; save them there before moving on.
    if (switching) await this.flush();
    if (this.loadedFor !== key) return;
    if (this.store?.databaseName !== draftDatabase) this.openStore(draftDatabase);
    this.status = 'loading';
    this.host.requestUpdate();
    try {
      const { record, malformed, revision } = await this.store!.get(draftId);
      if (this.loadedFor !== key) return;
      this.currentId = draftId;
      this.baseRevision = revision;
      if (malformed || this.discardOnLoad) {
        // Unreadable (another version's, or damaged): start fresh rather than fail.
        await this.store!.delete(draftId);
        this.baseRevision = (await this.store!.get(draftId)).revision;
        if (malformed) this.options.notice('malformed');
        this.discardOnLoad = false;
      } else if (record) this.options.restore(record, await this.secretsOf(record), false);
      else if (switching) this.options.switched();
      this.status = 'ready';
      void this.housekeeping();
    } catch (error) {
      if (this.loadedFor === key) this.fail(error);
    }
    this.host.requestUpdate();
  }

  private openStore(databaseName: string) {
    void this.store?.close();
    this.store = new DraftStore(databaseName, { onVersionChange: () => this.onVersionChange() });
    this.vault = new SecretVault(this.store);
    this.secretsInMemoryOnly = false;
    this.openChannel(databaseName);
  }

  private openChannel(databaseName: string) {
    this.channel?.close();
    this.channel = undefined;
    if (typeof BroadcastChannel !== 'function') return;
    this.channel = new BroadcastChannel(`connector-wizard:${databaseName}`);
    this.channel.onmessage = (event: MessageEvent<DraftMessage>) => void this.onMessage(event.data);
  }

  /** Old drafts go; persistent storage is asked for only when the host opted in. */
  private async housekeeping() {
    try {
      await this.store?.purge(PURGE_AFTER_MS);
    } catch {
      // Purging is tidying up; a failure here changes nothing for the person.
    }
    if (this.host.persistDrafts) await navigator.storage?.persist?.().catch(() => false);
  }

  private async secretsOf(record: DraftRecord): Promise<SecretValues> {
    if (!record.secrets || this.host.secretPersistence !== 'encrypted' || !this.vault) return {};
    return this.vault.decrypt(record.secrets, record.id);
  }

  /** Call after every change; the save happens once typing pauses. */
  schedule(): void {
    if (this.status !== 'ready') {
      if (this.status === 'conflict') this.firstPending ??= Date.now();
      return;
    }
    const now = Date.now();
    this.firstPending ??= now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstPending + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  /** Saves now (after a step change, with strict durability). */
  saveNow(durability: 'strict' | 'default' = 'strict'): Promise<void> {
    this.firstPending ??= Date.now();
    return this.flush(durability);
  }

  /** Saves now if anything is pending. Resolves once the write is done (or has failed). */
  async flush(durability: 'strict' | 'default' = 'default'): Promise<void> {
    clearTimeout(this.timer);
    if (this.firstPending === undefined || this.status !== 'ready' || !this.store) return this.saving;
    this.firstPending = undefined;
    // The snapshot is taken now, synchronously: later changes (such as dropping secrets) wait for the next save.
    const snapshot = this.options.snapshot();
    const id = this.currentId ?? this.host.draftId;
    this.saving = this.saving.then(() => this.write(id, snapshot, durability, false)).catch((error) => this.fail(error));
    return this.saving;
  }

  private async write(id: string, snapshot: DraftSnapshot, durability: 'strict' | 'default', force: boolean) {
    const store = this.store!;
    this.writing++;
    try {
      // Encryption happens before the transaction: a transaction may await only its own requests.
      const secrets = this.encrypting ? await this.encrypt(snapshot.secrets, id) : undefined;
      const record = { id, step: snapshot.step, data: snapshot.data, updatedAt: Date.now(), ...(secrets ? { secrets } : {}) };
      const result = await store.put(record, this.baseRevision, { durability, force });
      if (!result.ok) {
        // Someone else saved a newer draft, or finished it: never overwrite silently.
        this.firstPending ??= Date.now();
        this.enterConflict(result.deleted ? 'deleted' : 'conflict');
        return;
      }
      this.baseRevision = result.revision;
      this.post({ type: 'saved', id, revision: result.revision, from: this.instance });
    } finally {
      this.writing--;
    }
  }

  private async encrypt(secrets: SecretValues, id: string) {
    try {
      return await this.vault!.encrypt(secrets, id);
    } catch (error) {
      if (!(error instanceof VaultUnavailable)) throw error;
      this.secretsInMemoryOnly = true;
      this.options.notice('secrets-in-memory');
      return undefined;
    }
  }

  /** The next load deletes the draft instead of restoring it (a reset before this controller had loaded). */
  discardWhenLoaded(): void {
    this.discardOnLoad = true;
  }

  /** Deletes the draft (after create, or a confirmed discard). */
  async discard(): Promise<void> {
    clearTimeout(this.timer);
    this.firstPending = undefined;
    if (this.status === 'loading') this.discardOnLoad = true;
    if ((this.status !== 'ready' && this.status !== 'conflict') || !this.store) return;
    this.status = 'ready';
    const store = this.store;
    const id = this.currentId ?? this.host.draftId;
    this.saving = this.saving
      .then(async () => {
        await store.delete(id);
        this.baseRevision = (await store.get(id)).revision;
        this.post({ type: 'deleted', id, revision: this.baseRevision, from: this.instance });
      })
      .catch((error) => this.fail(error));
    return this.saving;
  }

  /** Conflict: write this tab's answers over the newer draft, knowingly. */
  async keepMine(): Promise<void> {
    if (this.status !== 'conflict' || !this.store) return;
    this.status = 'ready';
    const snapshot = this.options.snapshot();
    const id = this.currentId ?? this.host.draftId;
    this.firstPending = undefined;
    this.saving = this.saving.then(() => this.write(id, snapshot, 'strict', true)).catch((error) => this.fail(error));
    this.host.requestUpdate();
    return this.saving;
  }

  /** Conflict: take the newer draft from the other tab, dropping this tab's unsaved changes. */
  async loadTheirs(): Promise<void> {
    if (this.status !== 'conflict') return;
    this.firstPending = undefined;
    this.status = 'ready';
    await this.saving;
    await this.reload(false);
  }

  /** Takes the stored draft; `remote` when following another tab (edits made meanwhile win a conflict instead). */
  private async reload(remote = true) {
    if (!this.store) return;
    const id = this.currentId ?? this.host.draftId;
    try {
      const { record, revision } = await this.store.get(id);
      const secrets = record ? await this.secretsOf(record) : {};
      // The person typed while this was read: their edits are not overwritten.
      if (remote && this.dirty) return this.enterConflict(record ? 'conflict' : 'deleted');
      this.baseRevision = revision;
      if (record) this.options.restore(record, secrets, remote);
      else this.options.switched();
    } catch (error) {
      this.fail(error);
    }
    this.host.requestUpdate();
  }

  private async onMessage(message: DraftMessage) {
    if (message.from === this.instance || message.id !== (this.currentId ?? this.host.draftId)) return;
    if (this.status !== 'ready' && this.status !== 'conflict') return;
    if (message.revision <= this.baseRevision) return;
    // Unsaved edits here: tell the person, never overwrite. Otherwise, follow the other tab.
    if (this.dirty || this.status === 'conflict') this.enterConflict(message.type === 'deleted' ? 'deleted' : 'conflict');
    else await this.reload();
  }

  private enterConflict(kind: 'conflict' | 'deleted') {
    clearTimeout(this.timer);
    if (this.status === 'conflict') return;
    this.status = 'conflict';
    this.options.notice(kind);
    this.host.requestUpdate();
  }

  /** Another tab upgrades the database: save what is pending, then carry on in memory. */
  private async onVersionChange() {
    await this.flush().catch(() => undefined);
    this.status = 'unavailable';
    clearTimeout(this.timer);
    this.firstPending = undefined;
    this.options.notice('upgraded');
    this.host.requestUpdate();
  }

  private post(message: DraftMessage) {
    try {
      this.channel?.postMessage(message);
    } catch {
      // A closed channel (the element went away) has nobody to tell.
    }
  }

  private fail(error: unknown): void {
    if (this.status === 'unavailable' || this.failed) return;
    this.failed = true;
    this.status = 'unavailable';
    clearTimeout(this.timer);
    this.firstPending = undefined;
    this.options.unavailable(error instanceof StorageError ? error : new StorageError('failed', String(error), error));
    this.host.requestUpdate();
  }
}
