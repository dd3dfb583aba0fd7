/** A newer version saved in another tab, the draft discarded there, or its connector created there (a finished draft). */
export type ConflictKind = 'conflict' | 'deleted' | 'created';

/** What a conflict with a draft gone elsewhere is about: `finished`, its connector was created (or its edit saved) there. */
export const goneKind = (finished: boolean | undefined): ConflictKind => (finished ? 'created' : 'deleted');

/** What a conflict with the version another tab told of is about. */
export const heardKind = ({ type, finished }: { type: 'saved' | 'deleted'; finished?: true }): ConflictKind => (type === 'deleted' ? goneKind(finished) : 'conflict');

/**
 * The conflict on screen between this tab and another: what it is about (a newer version saved
 * there, or the draft finished or discarded there), telling the person of it, and the newest
 * revision of the draft this tab has heard of in it, which is what a discard made meanwhile
 * deletes (see discardAt).
 */
export class DraftConflict {
  #kind: ConflictKind = 'conflict';
  #revision = 0;

  /** `tell`: shows the notice of that kind, with its buttons to choose with. */
  constructor(private readonly tell: (kind: ConflictKind) => void) {}

  /**
   * A conflict about the draft stored at `revision` (of `kind`), while one is `showing` or not:
   * the person is told, once per kind (whether they were, returned). Heard of while one shows, a
   * later revision is what it is about from then on.
   */
  enter(kind: ConflictKind, revision: number, showing: boolean): boolean {
    this.#revision = showing ? Math.max(this.#revision, revision) : revision;
    if (showing && this.#kind === kind) return false;
    this.#kind = kind;
    this.tell(kind);
    return true;
  }

  /** Shows the notice again, in case another took its place. */
  tellAgain(): void {
    this.tell(this.#kind);
  }

  /**
   * The revision a discard deletes the draft at (see DraftStore.delete), or undefined for a
   * create's or a saved edit's, which goes whatever is stored (the connector was made). Otherwise
   * the version this tab last knew (`base`): one another tab saved since, that this tab has not
   * heard of yet (its message on its way), stays, and the person chooses, as in a conflict. While
   * the conflict is `showing`, the person has heard of the version it is about: that one goes
   * (Start over ends the conflict), never one saved after it.
   */
  discardAt(showing: boolean, base: number, finished: boolean): number | undefined {
    return finished ? undefined : showing ? this.#revision : base;
  }
}
