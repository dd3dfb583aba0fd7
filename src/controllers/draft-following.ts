import type { DraftMessage } from './draft-connection.js';
import { goneKind, heardKind } from './draft-conflict.js';
import type { DraftTarget, HeldSwitch } from './draft-target.js';
import { DraftWrites } from './draft-writes.js';

/**
 * Following the other tabs, which DraftController's loads and switches build on: a version another tab saved or deleted is taken
 * (or, over this tab's unsaved edits, a conflict the person settles: their version kept, or the other tab's taken, then the switch
 * the host asked for meanwhile), the stored draft read again (back after a removal), and a newer version of the form that upgrades
 * the database stops drafts here.
 */
export abstract class DraftFollowing extends DraftWrites {
  /** A switch of draft asked for while in conflict, or while a create is in flight (see HeldSwitch). */
  protected abstract readonly held: HeldSwitch;

  /** The draft whose answers are on screen, while it is the one asked for and storage works (see DraftController). */
  protected abstract get onScreen(): DraftTarget | undefined;

  /** The draft whose load finished (see DraftController.loaded). */
  protected abstract loaded?: DraftTarget;

  /** The draft writes go to (see DraftController.writeId). */
  protected abstract get writeId(): string;

  /** Loads the draft the host asks for (see DraftController.load). */
  abstract load(typed?: boolean, quiet?: boolean): Promise<void>;

  /** Call after every change (see DraftController.schedule). */
  abstract schedule(): void;

  /** Conflict: write this tab's answers over the newer draft, knowingly (when a new preset replaced them on screen while a switch waited, the ones it found); a later version's is kept instead (see write). */
  async keepMine(): Promise<void> {
    if (this.status !== 'conflict' || !this.connection) return;
    this._status = 'ready';
    const snapshot = this.held.answers ?? this.options.snapshot();
    this.pending.take();
    const saved = this.queueWrite(this.writeId, snapshot, 'strict', 'force');
    this.host.requestUpdate();
    await saved;
    await this.switchIfHeld();
  }

  /** Conflict: take the newer draft from the other tab, dropping this tab's unsaved changes (or, when the host asked for another draft meanwhile, leave it stored as it is and go there). */
  async loadTheirs(): Promise<void> {
    if (this.status !== 'conflict') return;
    this.pending.take();
    this._status = 'ready';
    await this.saving;
    if (this.held.key !== undefined) await this.switchIfHeld();
    else await this.reload('theirs');
  }

  /** After the person settled a conflict: the switch the host asked for meanwhile, if any. */
  protected async switchIfHeld() {
    const typed = this.held.take(this.options.snapshot());
    if (typed !== undefined && this.host.isConnected) await this.load(typed);
  }

  /** Takes the stored draft: following another tab (edits made meanwhile win a conflict instead), its version chosen in a conflict, or loaded again. */
  async reload(how: 'follow' | 'theirs' | 'load' = 'follow', told?: true): Promise<void> {
    const loaded = this.onScreen;
    if (!this.connection || !loaded) return;
    try {
      const { record, revision, newer, finished, secrets, malformed } = await this.saving.then(() => this.connection!.read(loaded.id, this.encrypted())); // after a delete under way
      // The host switched drafts while this was read: nothing to take. One unreadable (damaged, other code's) is none either: the answers on screen stay, and are saved over it (a load deletes it). The person typed meanwhile: their edits are not overwritten.
      if (this.onScreen !== loaded) return;
      if (malformed) return void ((this.baseRevision = revision), this.schedule());
      // Typed meanwhile: never replaced by another tab's draft unsaid (after a create, one begun there since), the person chooses.
      if ((how === 'follow' || (how === 'load' && record)) && this.dirty) return this.enterConflict(record ? 'conflict' : goneKind(finished || told), revision);
      this.baseRevision = revision;
      // Nothing stored: start over, unless the person has begun anew while it was read (just after a create, a reset).
      if (!record && !newer && (how !== 'load' || !this.dirty)) this.options.switched(how === 'follow', (finished || told) && how !== 'load');
      // A newer version this page does not show (another system's, another edit's, a later format) is kept, never written over.
      else if (newer || (record && !this.options.restore(record, secrets, how))) this._status = 'kept';
    } catch (error) {
      this.fail(error);
    }
    this.host.requestUpdate();
  }

  /** Back after a removal (not a move; hostConnected listens again), once writes under way land: a version another tab saved meanwhile is followed, and `encrypted` secrets come back, alone. */
  async reopen(): Promise<void> {
    await this.saving;
    const loaded = this.onScreen;
    const stored = loaded && (await this.connection?.read(loaded.id, this.encrypted()).catch((error: unknown) => void this.fail(error)));
    if (!stored || this.onScreen !== loaded) return;
    const { record, revision, secrets, malformed } = stored;
    // One unreadable (damaged, other code's) is no version to follow, nor a discard: the answers on screen stay, and are saved over it (as reload does).
    if (malformed) return void ((this.baseRevision = revision), this.schedule());
    if (revision !== this.baseRevision) await this.onMessage({ type: record ? 'saved' : 'deleted', id: loaded.id, revision, from: '' });
    else if (record && Object.keys(secrets).length) this.options.restore(record, secrets, 'secrets');
  }

  protected async onMessage(message: DraftMessage) {
    if (message.from === this.instance || message.id !== this.loaded?.id) return;
    if (this.status !== 'ready' && this.status !== 'conflict') return;
    if (message.revision <= this.baseRevision) return;
    // Unsaved edits here, or a create (a saved edit) under way whose outcome decides what is kept: tell the person, never overwrite (edits saved as the message comes find out which: a later version's draft is kept and said so, any other is a conflict). Otherwise, follow the other tab.
    if (this.dirty && message.type === 'saved' && this.status === 'ready' && !this.held.busy) await this.flush();
    else if (this.dirty || this.status === 'conflict' || this.held.busy) this.enterConflict(heardKind(message), message.revision);
    else await this.reload('follow', message.finished);
  }

  /** Another tab upgrades the database: save what is pending, then carry on in memory (changes a conflict or a `kept` draft held back are said unsaved: a reload would lose them). */
  protected async onVersionChange() {
    await this.flush().catch(() => undefined);
    this.options.notice(this.status === 'conflict' || (this.status === 'kept' && this.keptChanged) ? 'upgraded-unsaved' : 'upgraded');
    this._status = 'unavailable';
    this.pending.take();
    this.host.requestUpdate();
  }
}
