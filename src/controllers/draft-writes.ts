import type { DraftConnection } from './draft-connection.js';
import { DraftConflict, goneKind, type ConflictKind } from './draft-conflict.js';
import type { DraftControllerOptions, DraftHost, DraftSnapshot, DraftStatus } from './draft-host.js';
import type { DraftTarget } from './draft-target.js';
import type { HeldNotice } from '../wizard/state/wizard-state.js';
import { HELD_MS, PendingSave } from './draft-timing.js';

/** A write or a delete of the draft `id` in `database` asked for `since`: the timer that says it is held up, whether it is by now (`due`), and whether that is said; `sent`: the delete of a draft whose connector the success panel shows, said whichever draft is asked for. */
type HeldWrite = { timer?: ReturnType<typeof setTimeout>; told: boolean; due: boolean; notice: HeldNotice; id: string; database: string; sent?: boolean; since: number };

/** The same words of the same draft: what `b` would say, `a` says already, so `b` says them on, not again (see heldFrom, heldEnds). */
const sameWords = (a: HeldWrite, b: HeldWrite | undefined) => a.notice === b?.notice && a.id === b.id && a.database === b.database;

/**
 * The draft's writes, which DraftController's loads and switches build on: compare-and-set saves
 * queued one after another, what a refused one means (a later version's draft is kept; any
 * other newer version is a conflict the person settles), and when nothing is left to write.
 */
export abstract class DraftWrites {
  protected _status: DraftStatus = 'off';
  protected connection?: DraftConnection;
  /** Tells this element's broadcasts from others' (not a secret, so no WebCrypto needed). */
  protected readonly instance = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  /** Writes under way: until they land, this tab's edits are not saved. */
  protected writing = 0;
  /** Answers changed while `kept` (a draft not shown here, never written over): saved nowhere, so a reload would lose them. */
  protected keptChanged = false;
  protected readonly pending = new PendingSave();
  /** The draft asked for last (loading, or loaded): the one on screen, or being put there. */
  protected target?: DraftTarget;
  /** What the conflict on screen is about. */
  protected readonly conflict = new DraftConflict((kind) => this.options.notice(kind));
  #base = 0;
  #read = 0;
  /** The writes and deletes asked for and not yet done, in the order they go (see queueWrite): only the first can be held up by another tab, the others wait behind it. */
  #held: HeldWrite[] = [];

  /** The revision this tab's answers are based on: set as the draft is read (see revisionRead); this tab's own writes move it by wrote(). */
  protected get baseRevision(): number {
    return this.#base;
  }
  protected set baseRevision(revision: number) {
    this.#base = this.#read = revision;
  }

  /** This tab wrote (or deleted) the draft, now at `revision`: its answers are based on it, and nothing was read. */
  protected wrote(revision: number): void {
    this.#base = revision;
  }

  /** The revision of the draft on screen as this tab last read or wrote it (0: nothing stored under its id, not even a tombstone). */
  get revision(): number {
    return this.#base;
  }

  /** The revision of the draft on screen as this tab last read it (loaded, or followed from another tab): this tab's own writes since leave it. */
  get revisionRead(): number {
    return this.#read;
  }
  protected saving: Promise<void> = Promise.resolve();

  constructor(
    protected readonly host: DraftHost,
    protected readonly options: DraftControllerOptions,
  ) {}

  get status(): DraftStatus {
    return this._status;
  }

  /** Drafts stopped here: storage failed, or another tab upgraded the database (read as it is now: a load checks it again after each wait). */
  protected get stopped(): boolean {
    return this._status === 'unavailable';
  }

  /** Changes not yet written, or being written. */
  get dirty(): boolean {
    return this.pending.waiting || this.writing > 0;
  }

  protected readonly encrypted = () => this.host.secretPersistence === 'encrypted';

  /** Saves now if anything is pending (see DraftController.flush). */
  abstract flush(durability?: 'strict' | 'default', snapshot?: DraftSnapshot): Promise<void>;

  /** Storage failed: the wizard goes on in memory (see DraftController.fail). */
  protected abstract fail(error: unknown): void;

  /** Saves now (after a step change, with strict durability). */
  saveNow(durability: 'strict' | 'default' = 'strict'): Promise<void> {
    this.pending.mark();
    return this.flush(durability);
  }

  /**
   * Writes `snapshot` as the draft `id`, after the writes queued before it: `force`, over a newer version, chosen by the person;
   * `left`, to the draft a switch leaves, after the next one was read: refused, nothing is asked about it (the draft on screen is
   * the next one). Resolves false when refused (a newer version, or the draft finished or discarded, is stored).
   */
  protected queueWrite(id: string, snapshot: DraftSnapshot, durability: 'strict' | 'default', how?: 'force' | 'left'): Promise<boolean> {
    // Held up from now, behind what goes first (see heldEnds).
    const held = this.heldFrom(id, 'held');
    const written = this.saving.then(() => this.write(id, snapshot, durability, held, how)).catch((error) => (this.fail(error), true));
    this.saving = written.then(() => undefined);
    return written;
  }

  private async write(id: string, snapshot: DraftSnapshot, durability: 'strict' | 'default', held: HeldWrite, how?: 'force' | 'left'): Promise<boolean> {
    this.writing++;
    let saved = false;
    try {
      const result = await this.connection!.save(id, snapshot, this.baseRevision, this.encrypted(), { durability, force: how === 'force' });
      saved = result.ok;
      if (!result.ok && how === 'left') return false;
      // A later version saved it (even found by Keep my version): kept as it is, these answers in memory, said as on load.
      if (!result.ok && result.newer) return ((this._status = 'kept'), (this.keptChanged = true), this.host.requestUpdate(), false);
      if (!result.ok) {
        // Someone else saved a newer draft, or finished it: never overwrite silently.
        this.pending.mark();
        this.enterConflict(result.deleted ? goneKind(result.finished) : 'conflict', result.revision);
        return false;
      }
      this.wrote(result.revision);
      this.connection!.post({ type: 'saved', id, revision: result.revision, from: this.instance });
      return true;
    } finally {
      this.heldEnds(held, saved);
      if (--this.writing === 0 && !this.pending.waiting) this.options.idle?.();
    }
  }

  /**
   * A write (`held`) or a delete (`held-delete`) of the draft `id` begins. Neither done nor failed for a while (another tab's long
   * write holds the drafts), the person is told it has not happened yet, so they keep the page open, and told once it has (a
   * failure or a refusal says its own). Only while its draft is the one on screen (see heldShown): not the draft a switch leaves
   * (its changes saved there first, or typed on its answers while the next is read) until a switch comes back to it; not on an
   * element removed meanwhile. Asked for behind others a discard let go (`after`, the first of them: see letGo), it is held up as
   * long as they are; one whose same words are said already says them on, not again.
   */
  protected heldFrom(id: string, notice: HeldNotice, sentIn?: string, after?: HeldWrite): HeldWrite {
    const since = after?.since ?? Date.now();
    const held: HeldWrite = { told: false, due: false, notice, id, database: sentIn ?? this.connection!.databaseName, sent: sentIn !== undefined, since };
    this.#held.push(held);
    // In the words said already, said on at once (in the same task, so never taken away meanwhile); else once due (a past time: at once, but after what this task says).
    if (after?.told && sameWords(after, held)) this.due(held);
    else this.dueIn(held, since + HELD_MS - Date.now());
    return held;
  }

  private due(held: HeldWrite): void {
    held.due = true;
    this.heldShown();
  }

  private dueIn(held: HeldWrite, ms: number): void {
    clearTimeout(held.timer);
    held.due = false;
    held.timer = setTimeout(() => this.due(held), ms);
  }

  /** The draft on screen may have changed (a switch, or one straight back): a write held up is said while its draft is the one on screen, and no more once it is not. */
  protected heldShown(): void {
    const held = this.#held[0];
    if (!held?.due) return;
    const onScreen = this.host.isConnected && (held.sent || (this.target?.id === held.id && this.target.database === held.database));
    if (onScreen === held.told) return;
    held.told = onScreen;
    this.options.held?.(onScreen && held.notice, false);
  }

  /**
   * The write or delete `held` is done (`landed`), or failed: what was said of it goes, and its landing is said; then what waited
   * behind it is said if held up too. Not once its draft was let go (see letGo): what is said now is of another. A later write of the
   * same draft waiting behind it holds the latest changes: still not saved, so said so until it lands.
   */
  private heldEnds(held: HeldWrite, landed: boolean): void {
    clearTimeout(held.timer);
    const at = this.#held.indexOf(held);
    if (at < 0) return;
    this.#held.splice(at, 1);
    const next = this.#held[0];
    if (held.told && sameWords(held, next)) return void (clearTimeout(next!.timer), (next!.due = next!.told = true));
    if (held.told) this.options.held?.(false, landed);
    // What waited only behind it goes now: held up from now, so its landing words are not said over at once. One that ended behind the first (in another database) leaves the first's time running.
    // Behind the delete of a draft sent, which runs beside the writes after it (see discardFor), they keep their own time (said at once if it has run), unless it was said.
    if (next && !at) {
      if (held.told || !held.sent) this.dueIn(next, HELD_MS);
      else this.heldShown();
    }
  }

  /** Deletes the draft `id` through `remove` (a discard, or a connector finished: `held-finished`), said if held up as a write is (see heldFrom); `kept`: a newer version stays, not deleted (the conflict says its own). `sentIn`: the database of a draft sent, not the one asked for (see HeldWrite). */
  protected async deleteSaid<T extends { kept: boolean }>(id: string, remove: () => Promise<T>, notice: HeldNotice | HeldWrite = 'held-delete', sentIn?: string): Promise<T> {
    const held = typeof notice === 'object' ? notice : this.heldFrom(id, notice, sentIn);
    let landed = false;
    try {
      const result = await remove();
      landed = !result.kept;
      return result;
    } finally {
      this.heldEnds(held, landed);
    }
  }

  /**
   * The draft on screen goes (discarded, finished): what waits to be written is dropped, and a write (or an earlier delete) of it held
   * up is said no more, nor once it lands. The delete of a draft sent is the connector's, not this draft's: said until it lands, and
   * said done then. Returns the first of what was let go: the delete that follows waits behind it, held up as long.
   */
  protected letGo(): HeldWrite | undefined {
    this.pending.take();
    const gone = this.#held.filter((held) => !held.sent);
    this.#held = this.#held.filter((held) => held.sent);
    for (const held of gone) clearTimeout(held.timer);
    // Only the first can be said (see heldShown).
    if (gone[0]?.told) this.options.held?.(false, false);
    // The delete of a draft sent that waited behind them is first now: said at once if its 3 s have run (its timer fired while it was not first), else when they do.
    this.heldShown();
    return gone[0];
  }

  /** Tells the person of the draft stored at `revision`, once per kind: the other tab may finish the draft after saving it, or start it again after finishing it. */
  protected enterConflict(kind: ConflictKind, revision: number): void {
    this.pending.stop();
    const showing = this.status === 'conflict';
    this._status = 'conflict';
    if (this.conflict.enter(kind, revision, showing)) this.host.requestUpdate();
  }
}
