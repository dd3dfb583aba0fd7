import type { ReactiveController } from 'lit';
import type { ConflictKind } from './draft-conflict.js';
import type { DraftController } from './draft-controller.js';
import type { DraftControllerOptions, DraftHost, DraftStatus } from './draft-host.js';
import type { DraftAsk } from './draft-target.js';

/**
 * The wizard's handle on its draft. The storage code (IndexedDB, encryption, other tabs) is a
 * module of its own, loaded when the element connects with drafts on; `no-drafts` never loads
 * it. Until it is there the draft is `loading`, as it is while IndexedDB opens. If it cannot be
 * loaded, the wizard goes on in memory exactly as when storage is unavailable.
 */
export class DraftHandle implements ReactiveController {
  #controller?: DraftController;
  #loading?: Promise<void>;
  #failed = false;
  /** Removed from the page for more than a task: secrets left memory, and other tabs were not followed. */
  #away = false;
  /**
   * reset() before the controller was there: the draft asked for then is deleted, not restored.
   * Kept with the host's ids at the time, so a draft switched to before the load is not deleted.
   */
  #discardPending?: DraftAsk;
  /**
   * Answers changed while `no-drafts` kept the draft code away: once drafts are on, its first load
   * keeps them on screen and saves them (over a stored draft only if the person chooses), as it
   * does for answers typed while `no-drafts` was set later.
   */
  #typedOff = false;
  /** The draft was `kept` at the last update: said once when it becomes so. */
  #wasKept = false;
  /** Cancel came while the draft loaded: the secrets that load opens stay sealed in the draft, never in memory (Cancel dropped those in memory). */
  #cancelledLoad = false;
  /** `navigator.storage.persist()` was asked for (`persist-drafts`): once per element. */
  #persistAsked = false;
  /** `secret-persistence` at the last update. */
  #persistence?: string;
  /** Set anew by the host since the draft was last ready to be written again for it (a change while it loads waits for it). */
  #persistenceChanged = false;

  constructor(
    private readonly host: DraftHost,
    private readonly options: DraftControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onHide);
    window.addEventListener('pagehide', this.#onPageHide);
    // Back after a removal (see DraftController.reopen).
    if (this.#away) void this.#controller?.reopen();
    this.#away = false;
    // After this task, so `no-drafts` set just after the element is added is seen.
    queueMicrotask(() => {
      if (!this.host.noDrafts && this.host.isConnected) void this.#attach();
    });
  }

  hostUpdate(): void {
    // A draft kept (another connector's, a newer version's) is said, not only shown: what is typed here is not saved.
    if (this.status !== 'loading') this.#cancelledLoad = false;
    const kept = this.status === 'kept';
    if (kept && !this.#wasKept) this.options.notice('kept');
    this.#wasKept = kept;
    // Asked once drafts are in storage, whether persist-drafts was set from the start or later.
    if (this.host.persistDrafts && !this.#persistAsked && (kept || this.status === 'ready' || this.status === 'conflict')) {
      this.#persistAsked = true;
      void navigator.storage?.persist?.().catch(() => false);
    }
    // Set anew by the host: the draft is written again, so the secrets typed are sealed in it (`encrypted`), or its sealed copies leave it (`memory`), now, not at the next keystroke;
    // once loaded, if it is still loading. Only with secrets entered, and never once the answers on screen are a connector created (or an edit saved): their draft is deleted.
    this.#persistenceChanged ||= this.#persistence !== undefined && this.#persistence !== this.host.secretPersistence;
    this.#persistence = this.host.secretPersistence;
    if (this.#persistenceChanged && this.status === 'ready') {
      this.#persistenceChanged = false;
      if (this.host.currentStep !== 'done' && Object.values(this.options.snapshot().data.secretsEntered).some((keys) => keys.length)) this.schedule();
    }
    // Changes the draft code took on by itself (those made while `no-drafts` was set, once it is not) wait too.
    if (this.#controller?.dirty && this.host.isConnected) window.addEventListener('beforeunload', this.#onPageHide);
    else this.#idle();
  }

  readonly #typedBefore = () => {
    const typed = this.#typedOff;
    this.#typedOff = false;
    return typed;
  };

  /** Nothing left to write: the page is left without a flush (some browsers keep no page listening to `beforeunload` in the back/forward cache). */
  readonly #idle = () => window.removeEventListener('beforeunload', this.#onPageHide);

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onHide);
    window.removeEventListener('pagehide', this.#onPageHide);
    window.removeEventListener('beforeunload', this.#onPageHide);
    // Removed, not moved (a move reconnects in the same task): the element drops its secrets then too.
    setTimeout(() => (this.#away ||= !this.host.isConnected));
  }

  /** The page is hidden or left (or about to be): what is pending is written now (the controller also flushes on disconnect). */
  readonly #onHide = () => document.visibilityState === 'hidden' && void this.flush();
  readonly #onPageHide = () => void this.flush();

  get status(): DraftStatus {
    if (this.#controller) return this.#controller.status;
    // Drafts the page turns off are off; draft code that could not load is storage that cannot be used.
    if (this.host.noDrafts) return 'off';
    return this.#failed ? 'unavailable' : 'loading';
  }

  /** The draft loaded was not there (finished or discarded, perhaps in another tab): `created` when its connector was made. */
  get gone(): ConflictKind | undefined {
    return this.#controller?.gone;
  }

  /** Whether the wizard holds the answers of the draft the host asks for now: loaded, or none to load. */
  get settled(): boolean {
    const status = this.status;
    return status === 'off' || status === 'unavailable' || (status !== 'loading' && Boolean(this.#controller?.settled));
  }

  #attach(): Promise<void> {
    this.#loading ??= import('./draft-controller.js').then(
      ({ DraftController }) => {
        // Added to a connected host, it connects (and loads the draft) at once.
        const restore: DraftControllerOptions['restore'] = (record, secrets, how, key) => this.options.restore(record, this.#cancelledLoad ? {} : secrets, how, key);
        this.#controller = new DraftController(this.host, { ...this.options, restore, idle: this.#idle, typedBefore: this.#typedBefore });
        if (this.#discardPending) this.#controller.discardWhenLoaded(this.#discardPending);
      },
      (error: unknown) => {
        this.#failed = true;
        this.options.unavailable(error instanceof Error ? error : new Error(String(error)));
        this.host.requestUpdate();
      },
    );
    return this.#loading;
  }

  /** Loads the draft for the host's `draft-id` (again, if the id changed). */
  async load(): Promise<void> {
    if (this.#controller) return this.#controller.load();
    if (this.host.noDrafts) this.host.requestUpdate();
    else if (this.host.isConnected) await this.#attach();
  }

  schedule(): void {
    // A write begun at `pagehide` never lands (the document goes first); one begun at `beforeunload`
    // does. Listened to while changes wait only (see #idle).
    if (this.host.isConnected) window.addEventListener('beforeunload', this.#onPageHide);
    if (this.#controller) this.#controller.schedule();
    else this.#typedOff ||= this.host.noDrafts;
  }

  saveNow(durability?: 'strict' | 'default'): Promise<void> {
    return this.#controller?.saveNow(durability) ?? Promise.resolve();
  }

  /** The revision of the draft on screen as last read or written here (0: nothing stored, not even a tombstone; see DraftWrites.revision). */
  get revision(): number {
    return this.#controller?.revision ?? 0;
  }

  /** The revision of the draft on screen as last read here: its own writes since leave it (see DraftWrites.revisionRead). */
  get revisionRead(): number {
    return this.#controller?.revisionRead ?? 0;
  }

  /** Typed secrets go into the draft (`encrypted`, with a secret vault that works here). */
  get sealsSecrets(): boolean {
    return this.#controller?.sealsSecrets === true;
  }

  /**
   * Saves now; true only once the answers on screen are in the draft (not with `no-drafts`, in a
   * conflict, a draft kept, a switch waiting, or storage failed). With `encrypted`, typed secrets
   * are among the answers (contract.md) unless `secrets` is false.
   */
  async saved(secrets = true): Promise<boolean> {
    await this.saveNow('strict');
    return this.#inDraft(secrets);
  }

  /** Writes what is pending, if anything; true only once the answers on screen are in the draft (as `saved`). */
  async flush(): Promise<boolean> {
    await this.#controller?.flush();
    return this.#inDraft(true);
  }

  #inDraft(secrets: boolean): boolean {
    // Secrets typed with `encrypted` that the vault could not seal are in memory only.
    const unsealed = secrets && this.host.secretPersistence === 'encrypted' && !this.sealsSecrets;
    if (unsealed && Object.values(this.options.snapshot().secrets).some((fields) => Object.values(fields).some(Boolean))) return false;
    // Not while a switch of draft is held (a create in flight, a conflict): the draft asked for is another.
    return this.status === 'ready' && this.#controller?.settled === true && !this.#controller.dirty;
  }

  /** Cancel: what is pending is written (the draft is kept); a draft still loading keeps the secrets it opens sealed, out of memory. */
  cancel(): Promise<boolean> {
    this.#cancelledLoad = this.status === 'loading';
    return this.flush();
  }

  /** Deletes the draft; `finished`: its connector was created, or its edit saved (other tabs say so). */
  discard(finished = false): Promise<void> {
    // What was typed with `no-drafts` is gone too (created, or started over): nothing to keep once drafts are on.
    this.#typedOff = false;
    // Before the controller is there, a draft it is about to load goes instead (not with no-drafts).
    if (!this.#controller && !this.host.noDrafts) {
      const { draftDatabase, draftId, system, group, endpoint } = this.host;
      this.#discardPending = { draftDatabase, draftId, system, group, endpoint, editing: this.options.editing() };
    }
    return this.#controller?.discard(finished) ?? Promise.resolve();
  }

  /** Takes the stored draft again: one another tab saved since this one was deleted is shown, never deleted. */
  refresh(): Promise<void> {
    return this.#controller?.reload('load') ?? Promise.resolve();
  }

  /** A create or saved edit: a switch of draft waits for it (see DraftController.during). */
  during<T>(work: Promise<T>): Promise<T> {
    return this.#controller ? this.#controller.during(work) : work;
  }

  keepMine(): Promise<void> {
    return this.#controller?.keepMine() ?? Promise.resolve();
  }

  loadTheirs(): Promise<void> {
    return this.#controller?.loadTheirs() ?? Promise.resolve();
  }
}
