import type { ReactiveController } from 'lit';
import { StorageError } from '../storage/draft-store.js';
// listDrafts() of define.js (and the standalone file) loads it from here: one chunk, the one a wizard with drafts loads anyway.
export { listDrafts } from '../storage/draft-store.js';
import { DraftConnection, deleteDraftOf, tellSameDraftOnPage, type DraftConnectionOptions } from './draft-connection.js';
import type { DraftControllerOptions, DraftHost, DraftSnapshot } from './draft-host.js';
import { goneKind, type ConflictKind } from './draft-conflict.js';
import { DraftFollowing } from './draft-following.js';
import { DraftsPaused } from './draft-paused.js';
import { editMoved, HeldSwitch, hostShown, foundLeft, keptOnLoad, LeftAs, LoadedAnswers, presetMoved, targetOf, type DraftAsk, type DraftTarget } from './draft-target.js';

/** Owns the draft's lifetime: load on connect, debounced compare-and-set saves (written by DraftWrites), other tabs followed (DraftFollowing), strict saves on step change, flush on hide and disconnect, delete after create or reset, and keeping tabs in step through a BroadcastChannel. The element composes it and never touches storage. */
export class DraftController extends DraftFollowing implements ReactiveController {
  /** `no-drafts` set, or storage failed (the element goes on in memory until an open given up on goes through: see resume). */
  private readonly paused = new DraftsPaused();
  /** reset() came while this draft loaded: it is deleted, not restored (only this one; a draft switched to meanwhile stays). A finish while a switch reads the next: the draft whose answers were sent goes, not the next (see discard); `finished` is kept in its tombstone. */
  private discardOnLoad?: { target: DraftTarget; finished: boolean };
  /** The draft whose load is deleting it (a discard that came while it was read): a discard now is that one, in hand. */
  private deletingOnLoad?: DraftTarget;
  /** The last load found no draft (a tombstone, or nothing): `created` when the tombstone says its connector was made (see DraftHandle.gone). */
  gone?: ConflictKind;
  /** The draft whose load finished: the one on screen, that writes go to even while the host asks for another. */
  protected loaded?: DraftTarget;
  protected readonly held = new HeldSwitch();
  private readonly answers = new LoadedAnswers();
  /** The draft whose answers were on screen when the switch under way began (none if they were not a draft's: kept, off, failed). */
  private shown?: DraftTarget;
  /** Answers changed (a step moved to) while the switch to `target` was under way (see switching): saved there once read, if it holds no draft. */
  private changedSwitching = false;
  /** The host's change replaced the answers on screen since the draft loaded (a connector opened, a preset applied; a `draft-id` leaves them): see switching. */
  private replacedOnScreen = false;
  /** The answers left on screen by the switch under way, as it found them (see foundLeft): what changed since is written to their draft once the next is read. */
  private asLeft?: { key: string; json: string };
  /** The answers on screen as the loaded draft keeps them while a switch leaves them there (see LeftAs). */
  private left = new LeftAs();
  /** What the connection tells of the other tabs and of the vault. */
  private readonly events: DraftConnectionOptions = {
    onVersionChange: () => this.onVersionChange(),
    onMessage: (message) => void this.onMessage(message),
    onSecretsInMemory: () => this.options.notice('secrets-in-memory'),
    onLateOpen: () => this.resume(),
  };

  constructor(host: DraftHost, options: DraftControllerOptions) {
    super(host, options);
    host.addController(this);
    tellSameDraftOnPage(host, () => this.target, options.shared);
  }

  /** Typed secrets go into the draft (`encrypted`, and the secret vault works here). */
  get sealsSecrets(): boolean {
    return this.encrypted() && this.connection?.sealing !== false;
  }

  hostConnected(): void {
    this.connection?.listen();
    void this.load(this.options.typedBefore?.());
  }

  hostDisconnected(): void {
    void this.flush().finally(() => {
      // Removed for good (not moved): stop following other tabs and let the connection go.
      if (!this.host.isConnected) void this.connection?.close();
    });
  }

  hostUpdate(): void {
    // Loads again when `draft-id` changes, or a new `system` preset moves to another default draft (see draftKey): seen here, after willUpdate.
    if (!this.target || this.paused.failed || this.host.noDrafts || !this.host.isConnected) return;
    const { key } = this.asked;
    if (key !== this.target.key && key !== this.held.key) void this.load();
  }

  hostUpdated(): void {
    this.rememberAnswers();
  }

  /** Remembers the answers on screen as the loaded draft's while they are (see showing). A host's change that lands while a switch is under way (presets a create held, applied after its answer) replaces them from then on: nothing of it is the draft left's; a system the person picks meanwhile is theirs (see hostShown). */
  private rememberAnswers(): void {
    const { target, loaded } = this;
    if (target && loaded && target !== loaded && this.status === 'ready' && this.replacedAnswers() && hostShown(loaded, target, this.options.snapshot()))
      this.replacedOnScreen = true;
    this.answers.remember(this.showing, this.options.snapshot);
    this.left.seen(target, loaded, this.options.snapshot());
  }

  /** The loaded draft, while the answers on screen are its own: loaded and asked for, or left by a switch that leaves them (see replacedOnScreen). */
  private get showing(): DraftTarget | undefined {
    return this.onScreen ?? (this.status === 'ready' && !this.replacedOnScreen ? this.loaded : undefined);
  }

  /** The draft whose answers are on screen, while it is the one asked for and storage works. */
  protected get onScreen(): DraftTarget | undefined {
    return this.loaded === this.target && (this.status === 'ready' || this.status === 'conflict') ? this.loaded : undefined;
  }

  /** The draft the answers on screen are of: the one on screen, or, while a switch is under way (written or read), the one they were on screen in, unless the host's change replaced them (a `draft-id` leaves them). */
  private get answersOf(): DraftTarget | undefined {
    return this.onScreen ?? (this.target !== this.loaded && this.shown === this.loaded && !this.replacedAnswers() ? this.shown : undefined);
  }

  /** The loaded draft's answers, when a new `system` preset has replaced them on screen. */
  private replacedAnswers(): DraftSnapshot | undefined {
    return this.answers.replaced(this.loaded, this.options.snapshot());
  }

  /** The draft loaded is the one the host asks for now (its `draft-id` and `system` may have changed since), and no switch away from it and back is still under way. */
  get settled(): boolean {
    return this.loaded?.key === this.asked.key && !this.switching;
  }

  /** A switch of draft is under way, the next one not yet read, and the host's change (a connector opened, a preset) is on screen already: the answers shown are not the loaded draft's, and nothing of them is written there. */
  private get switching(): boolean {
    return this.status === 'ready' && this.target !== this.loaded && this.replacedOnScreen;
  }

  /** The draft the host asks for now: its `draft-id`, `system` and the connector being edited. */
  private get asked(): DraftTarget {
    return targetOf(this.host, this.options.editing());
  }

  /** Loads the draft for the host's `draft-id` and `system` (again, if they changed; with `no-drafts`, saves what is pending, unless drafts came back on meanwhile); `typed`: see HeldSwitch.typedSince. */
  async load(typed = false, quiet = false): Promise<void> {
    if (this.paused.failed) return;
    if (this.host.noDrafts) {
      await this.flush();
      if (!this.host.noDrafts) return;
      this.paused.off(this.answersOf);
      this.target = this.loaded = undefined;
      this.held.release();
      this._status = 'off';
      this.host.requestUpdate();
      return;
    }
    const next = this.asked;
    const previous = this.target;
    const resumed = this.paused.resumes(next.key) ? this.baseRevision : undefined;
    if (previous?.key === next.key) return this.unhold();
    if (previous && this.status === 'conflict') return this.hold(next);
    // A create or a saved edit in flight belongs to this draft: the switch waits for its outcome.
    if (previous && this.held.busy) return void this.held.hold(next.key, this.replacedAnswers(), this.options.snapshot());
    // The host's change replaced the loaded draft's answers on screen (another system's, another edit's: see replacedAnswers), as answersOf reads it; a `draft-id` or a `group` preset leaves them, and what is typed on them is that draft's.
    const replaced = previous && this.replacedAnswers();
    this.replacedOnScreen = (previous !== this.loaded && this.replacedOnScreen) || replaced !== undefined;
    this.target = next;
    // A write held up is said only while its draft is on screen: no more as the host leaves it, again as it comes straight back.
    this.heldShown();
    this.changedSwitching = false;
    const before = previous === this.loaded && previous ? this.answers.latest(previous) : undefined;
    this.left = new LeftAs(before, next, previous);
    // Pending edits belong to the draft they were typed in; save them there before moving on (where they are kept, if a preset moves to an empty draft). A first `system` preset moves the answers on screen from their draft: the one loaded (see switching), through switches not yet read, never one of those.
    const shown = (this.shown = this.status === 'ready' ? this.loaded : this.status === 'loading' ? this.shown : undefined);
    // The loaded draft's answers: those on screen, unless the host's change replaced them (see replacedAnswers); a switch made while the last one was under way has only those kept (see switching).
    if (previous) await this.flush('default', previous === this.loaded ? (replaced ?? this.left.of(this.target, this.loaded, this.options.snapshot())) : replaced);
    // Typed meanwhile on the answers left on screen: theirs too, written before the next draft is read (not once a host's change replaced them: see rememberAnswers).
    while (previous === this.loaded && this.target === next && this.status === 'ready' && this.pending.waiting) await this.flush();
    // That save failed (or another tab upgraded the database): the answers stay in memory, here (see fail).
    if (this.target !== next || this.status === 'unavailable') return;
    // That save found a newer version from another tab: the switch waits, as one asked for in a conflict does.
    if (previous && this.status === 'conflict') {
      this.target = this.loaded;
      return this.hold(next);
    }
    // The draft on screen is left (not `previous`, a switch this one replaced before it loaded): its secrets in memory come back with it.
    if (this.loaded) this.options.left?.(this.loaded.key, this.answers.latest(this.loaded));
    // Answers left on screen (a `draft-id`, a `group` preset, an edit's endpoint) stay the draft left's until this one is read: typed on meanwhile, written there first.
    const leftOnScreen = this.answersOf?.database === next.database ? this.answersOf : undefined;
    const asLeft = (this.asLeft = foundLeft(leftOnScreen?.key, previous !== this.loaded ? this.asLeft : undefined, () => JSON.stringify(this.options.snapshot())))?.json;
    this.connection = DraftConnection.on(next.database, this.connection, this.events);
    // Not as drafts come back on (`quiet`, see resume): the step stays on screen, and the focus in it.
    if (!quiet) this._status = 'loading';
    this.host.requestUpdate();
    try {
      const { record, revision, malformed, newer, finished, secrets, heard } = await this.connection!.read(next.id, this.encrypted(), next);
      // Drafts stopped meanwhile (another tab upgraded the database): the answers stay on screen, in memory, as said.
      if (this.target !== next || this.stopped) return;
      const onScreen = this.options.snapshot();
      // Not after reset() (see discardOnLoad): the answers it cleared are nobody's. Refused (another tab saved or finished it meanwhile), that version stays, and the person is told once the next is shown.
      const toWrite = leftOnScreen && !this.discardOnLoad && JSON.stringify(onScreen) !== asLeft ? leftOnScreen : undefined;
      const leftUnsaved = toWrite && !(await this.queueWrite(toWrite.id, this.left.of(this.target, this.loaded, onScreen), 'default', 'left'));
      // Failed: drafts stay off, as said, and the answers stay on screen, in memory (as when the save before the read fails).
      if (this.target !== next || this.stopped) return;
      const discard = await this.discardFor(next);
      // The host moved on while another draft was deleted first: the load it asked for since shows its own (a discard is taken for `next` only while it is asked for).
      if (this.target !== next || this.stopped) return;
      let found: ReturnType<typeof keptOnLoad> | 'kept';
      const onScreenIsPrevious = previous !== undefined && !editMoved(previous, next);
      this.loaded = next;
      this.gone = record || newer ? undefined : goneKind(finished);
      // Answers on screen that a first `system` preset moves here leave the draft of no preset, once written here (see keptOnLoad).
      const left = shown?.database === next.database ? { id: shown.id, revision: this.baseRevision, to: next.id, from: this.instance } : undefined;
      this.baseRevision = revision;
      if (malformed || discard?.target.key === next.key) {
        // Unreadable (another version's, or damaged), or reset() (or a finish) while it loaded: start fresh rather than fail. A discard held up is said as any other is.
        const finished = discard?.target.key === next.key && discard.finished;
        const remove = () => this.connection!.delete(next.id, this.instance, 0, finished);
        this.deletingOnLoad = next;
        try {
          const { revision } = await (discard?.target.key === next.key ? this.deleteSaid(next.id, remove, finished ? 'held-finished' : 'held-delete') : remove());
          // The host moved on while that delete went: the draft it asks for now is its load's to show (and its revision, that one's).
          if (this.target !== next || this.stopped) return;
          this.wrote(revision);
        } finally {
          this.deletingOnLoad = undefined;
        }
        // Switched to: the answers of the draft before are not this one's (a preset's move keeps them in it: said with the draft unreadable, as when none is stored).
        if (previous) this.options.switched(presetMoved(previous, next), false, Boolean(malformed && presetMoved(previous, next) && shown), malformed);
        else if (malformed) this.options.notice('malformed');
      } else if (
        !(found = keptOnLoad({ record, revision, newer, finished }, typed, resumed, previous && [previous, next, replaced, this.options.snapshot(), shown])) &&
        (newer || (record ? !this.options.restore(record, secrets, previous && !presetMoved(previous, next) ? 'load' : 'open', next.key) : onScreenIsPrevious))
      ) {
        // Nothing stored, or a draft not shown here (another system's, another edit's, a later version's): that one is `kept`, never written over.
        if (record || newer) found = 'kept';
        if (onScreenIsPrevious) this.options.switched(presetMoved(previous, next), false, presetMoved(previous, next) && Boolean(shown));
      }
      this._status = found === 'kept' ? 'kept' : 'ready';
      this.keptChanged = false;
      if (found === 'conflict' || found === 'deleted' || found === 'created') this.enterConflict(found, revision);
      else if (found === 'typed' || found === 'moved' || (this.changedSwitching && !record && !newer && this.status === 'ready')) this.schedule();
      // Nothing to choose about the draft left (the form shows the next one): said, unless a conflict over this one asks; with the next one unreadable, both are said in the one notice.
      if (leftUnsaved && this.status !== 'conflict') this.options.notice(malformed ? 'malformed-left-unsaved' : 'left-unsaved');
      this.connection!.movedFrom(found === 'moved' ? left : undefined);
      // Another tab saved (or finished) it while it was read: followed now, as if heard once loaded.
      if (heard > this.baseRevision && this.status === 'ready') void this.reload();
      void this.connection!.tidy(next.id);
    } catch (error) {
      if (this.target === next) this.fail(error);
    }
    this.host.requestUpdate();
  }

  /**
   * The discard this load of `next` carries out (see discardOnLoad), if any. One meant for another draft (a reset() of a draft
   * switched away from while it loaded, or the draft a finish sent the answers of) goes first, said if held up when it is the
   * draft sent (the success panel speaks of it); a discard that came meanwhile (a reset() while that delete went) is taken too.
   */
  private async discardFor(next: DraftTarget): Promise<typeof this.discardOnLoad> {
    for (let discard = this.discardOnLoad; discard && this.target === next; discard = this.discardOnLoad) {
      this.discardOnLoad = undefined;
      if (discard.target.key === next.key) return discard;
      const { target, finished } = discard;
      const remove = async () => (await deleteDraftOf(this.connection, target.database, target.id, this.instance, finished), { kept: false });
      await (finished ? this.deleteSaid(target.id, remove, 'held-finished', target.database) : remove());
    }
    return undefined;
  }

  /** A create or saved edit: a switch of draft waits for it (see HeldSwitch.during). */
  during<T>(work: Promise<T>): Promise<T> {
    return this.held.during(work, () => this.status !== 'conflict' && void this.switchIfHeld());
  }

  /** A switch while in conflict waits for the person's choice (see HeldSwitch). */
  private hold(next: DraftTarget) {
    if (!this.held.hold(next.key, this.replacedAnswers(), this.options.snapshot())) return;
    // Shown again, in case another notice took its place: it carries the buttons to choose with.
    this.conflict.tellAgain();
    this.host.requestUpdate();
  }

  /** The host came back to the draft in conflict: nothing to switch; answers a preset replaced come back on screen. */
  private unhold() {
    const answers = this.held.release();
    const id = this.loaded?.id;
    if (answers && id) this.options.restore({ id, revision: this.baseRevision, updatedAt: Date.now(), step: answers.step, data: answers.data }, answers.secrets, 'load');
  }

  /** Call after every change; the save happens once typing pauses. */
  schedule(): void {
    this.rememberAnswers();
    // A change in a conflict waits for the person's choice; one while loading, kept, off or unavailable is not the draft's.
    if (this.status !== 'ready' && this.status !== 'conflict') return void (this.keptChanged ||= this.status === 'kept');
    if (this.switching) return void (this.changedSwitching = true);
    if (this.status === 'conflict') return this.pending.mark();
    this.pending.arm(() => void this.flush());
  }

  /** Saves now if anything is pending. Resolves once the write is done (or has failed). `snapshot`: the answers to save, when those on screen are no longer the draft's (see `replacedAnswers`). */
  async flush(durability: 'strict' | 'default' = 'default', snapshot?: DraftSnapshot): Promise<void> {
    this.rememberAnswers();
    this.pending.stop();
    if (!this.pending.waiting || this.status !== 'ready' || !this.connection) return this.saving;
    // During a switch, what is on screen is not the loaded draft's (see switching): only answers given as its are written.
    if (this.switching && !snapshot) return (this.pending.take(), (this.changedSwitching = true), this.saving);
    this.pending.take();
    // The snapshot is taken now, synchronously: later changes (such as dropping secrets) wait for the next save.
    const answers = snapshot ?? this.left.of(this.target, this.loaded, this.options.snapshot());
    await this.queueWrite(this.writeId, answers, durability);
  }

  /** The draft writes go to: the one loaded, even while the host asks for another. */
  protected get writeId(): string {
    return this.loaded?.id ?? this.asked.id;
  }

  /** A reset() came before this controller was there: the draft the host asked for then (`asked`) is deleted instead of restored, and only that one. */
  discardWhenLoaded(asked: DraftAsk): void {
    this.discardOnLoad = { target: targetOf(asked, asked.editing), finished: false };
  }

  /** Deletes the draft (after create or a saved edit: `finished`; or a confirmed discard). */
  async discard(finished = false): Promise<void> {
    // Pressed again while the load deletes this draft (a discard while it was read): that delete is in hand, and still said while held up.
    if (this.deletingOnLoad && this.deletingOnLoad === this.target) return;
    const gone = this.letGo();
    // The draft asked for is deleted once read (not the one loaded, while a switch is under way: see switching); a finish deletes the draft whose answers were sent (see answersOf), the next one stays.
    const goes = (finished && this.answersOf) || this.target;
    if ((this.status === 'loading' || this.switching) && goes) this.discardOnLoad = { target: goes, finished };
    const connection = this.connection;
    const lost = this.paused.lost(this.status === 'off');
    // Storage failed with this draft on screen, or `no-drafts` was set: it must not come back as a connector already created, and a tab showing it says it was (best effort).
    if (lost) return void (await deleteDraftOf(connection, lost.database, lost.id, this.instance, finished).catch(() => undefined));
    if ((this.status !== 'ready' && this.status !== 'conflict') || !connection || this.switching) return;
    const showing = this.status === 'conflict';
    this._status = 'ready';
    const id = this.writeId;
    // Said if held up, behind what goes first: a discard behind a write or delete of this draft held already, at once (said on, if in the same words); a finish, once the success panel is said.
    const held = this.heldFrom(id, finished ? 'held-finished' : 'held-delete', undefined, finished ? undefined : gone);
    const deleted = async () => {
      // Only a version this tab has heard of (see discardAt), read once its own writes queued before are done: a Cancel's save, then reset() from its listener, deletes that save.
      const { revision, kept } = await this.deleteSaid(
        id,
        () => connection.delete(id, this.instance, this.baseRevision, finished, this.conflict.discardAt(showing, this.baseRevision, finished)),
        held,
      );
      if (kept) this.enterConflict('conflict', revision);
      else this.wrote(revision);
    };
    this.saving = this.saving.then(deleted).catch((error) => this.fail(error));
    await this.saving;
    await this.switchIfHeld();
  }

  /** An open given up on as blocked went through (the other tab let go): drafts are on again, said so, and load as after `no-drafts` (answers changed meanwhile stay, and are saved; over a stored draft only if the person chooses). */
  private resume() {
    const typed = this.host.noDrafts ? undefined : this.paused.back(this.options.snapshot());
    if (typed === undefined) return;
    this._status = 'off';
    this.target = this.loaded = undefined;
    this.options.notice('saving-again');
    void this.load(typed, true);
  }

  protected fail(error: unknown): void {
    // The draft the answers on screen are of goes after a create from them: the one left, too, when a switch of `draft-id` (which leaves them) failed to write it or to read the next.
    if (this.status === 'unavailable' || !this.paused.fail(this.answersOf, this.options.snapshot())) return;
    this._status = 'unavailable';
    this.pending.take();
    this.options.unavailable(error instanceof StorageError ? error : new StorageError('failed', String(error), error));
    this.host.requestUpdate();
  }
}
