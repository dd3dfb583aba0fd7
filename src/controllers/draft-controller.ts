import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DraftStore, type DraftRecord } from '../storage/draft-store.js';

export type DraftStatus = 'off' | 'loading' | 'ready' | 'unavailable';

export interface DraftControllerOptions {
  /** The draft as it should be saved now (no secrets in it). */
  snapshot: () => Omit<DraftRecord, 'id' | 'updatedAt'>;
  /** Called once per load with a stored draft. */
  restore: (record: DraftRecord) => void;
  /** The draft id changed to one with nothing stored: the answers on screen belong to the old one. */
  switched: () => void;
  /** Called once when storage turns out to be unusable. */
  unavailable: (error: unknown) => void;
}

interface DraftHost extends ReactiveControllerHost {
  draftId: string;
  noDrafts: boolean;
  draftDatabase: string;
}

/** Saves at most this long after the last change... */
const DEBOUNCE_MS = 400;
/** ...and at least this often while changes keep coming. */
const MAX_WAIT_MS = 2000;

/**
 * Owns the draft's lifetime: load on connect, debounced save, flush on hide and disconnect,
 * delete after create or reset. The element composes it and never touches storage itself.
 */
export class DraftController implements ReactiveController {
  status: DraftStatus = 'off';
  private store?: DraftStore;
  private timer?: ReturnType<typeof setTimeout>;
  private firstPending?: number;
  private loadedFor?: string;
  /** The draft id writes go to: the one that was loaded, even while the host's id changes. */
  private currentId?: string;
  private saving: Promise<void> = Promise.resolve();

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

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onHide);
    window.addEventListener('pagehide', this.onPageHide);
    void this.load();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onHide);
    window.removeEventListener('pagehide', this.onPageHide);
    void this.flush();
  }

  /** Loads the draft for the host's `draft-id` (again, if the id changed). */
  async load(): Promise<void> {
    const { draftId, noDrafts, draftDatabase } = this.host;
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
    if (this.store?.databaseName !== draftDatabase) {
      void this.store?.close();
      this.store = new DraftStore(draftDatabase);
    }
    this.status = 'loading';
    this.host.requestUpdate();
    try {
      const record = await this.store.get(draftId);
      // A newer load (the draft id changed meanwhile) wins; this answer is stale.
      if (this.loadedFor !== key) return;
      this.currentId = draftId;
      if (record) this.options.restore(record);
      else if (switching) this.options.switched();
      this.status = 'ready';
    } catch (error) {
      if (this.loadedFor === key) this.fail(error);
    }
    this.host.requestUpdate();
  }

  /** Call after every change; the save happens once typing pauses. */
  schedule(): void {
    if (this.status !== 'ready') return;
    const now = Date.now();
    this.firstPending ??= now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstPending + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  get pending(): boolean {
    return this.firstPending !== undefined;
  }

  /** Saves now if anything is pending. Resolves once the write is done (or has failed). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.firstPending === undefined || this.status !== 'ready' || !this.store) return this.saving;
    this.firstPending = undefined;
    const record: DraftRecord = { ...this.options.snapshot(), id: this.currentId ?? this.host.draftId, updatedAt: Date.now() };
    const store = this.store;
    this.saving = this.saving.then(() => store.put(record)).catch((error) => this.fail(error));
    return this.saving;
  }

  /** Deletes the draft (after create, or a confirmed discard). */
  async discard(): Promise<void> {
    clearTimeout(this.timer);
    this.firstPending = undefined;
    if (this.status !== 'ready' || !this.store) return;
    const store = this.store;
    const id = this.currentId ?? this.host.draftId;
    this.saving = this.saving.then(() => store.delete(id)).catch((error) => this.fail(error));
    return this.saving;
  }

  private fail(error: unknown): void {
    if (this.status === 'unavailable') return;
    this.status = 'unavailable';
    clearTimeout(this.timer);
    this.firstPending = undefined;
    this.options.unavailable(error);
    this.host.requestUpdate();
  }
}
