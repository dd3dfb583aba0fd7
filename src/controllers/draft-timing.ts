/** When drafts are written and when they are let go: the timings docs/drafts-and-secrets.md promises. */

/** Saves at most this long after the last change... */
export const DEBOUNCE_MS = 400;
/** ...and at least this often while changes keep coming. */
export const MAX_WAIT_MS = 2000;
/** How long a save waits, `firstPending` being when the first change not yet saved came. */
export const saveDelay = (firstPending: number, now = Date.now()): number => Math.max(0, Math.min(DEBOUNCE_MS, firstPending + MAX_WAIT_MS - now));
/** A write not done after this long (queued behind another tab's long write) is said to be held up: as long as an open is waited for. */
export const HELD_MS = 3000;
/** Drafts untouched this long are deleted when any wizard opens the database. */
export const PURGE_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

/** Changes not yet written: since when (see saveDelay), and the timer that writes them once typing pauses. */
export class PendingSave {
  #since?: number;
  #timer?: ReturnType<typeof setTimeout>;

  /** A change waits to be written. */
  get waiting(): boolean {
    return this.#since !== undefined;
  }

  /** A change came that waits for the next write (the first one's time is kept). */
  mark(): void {
    this.#since ??= Date.now();
  }

  /** A change came: `write` runs once typing pauses, or MAX_WAIT_MS after the first change not yet written. */
  arm(write: () => void): void {
    this.mark();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(write, saveDelay(this.#since!));
  }

  /** The timer stops; what waits still waits. */
  stop(): void {
    clearTimeout(this.#timer);
  }

  /** What waits is taken, to be written now, or dropped: the timer stops too. */
  take(): void {
    this.stop();
    this.#since = undefined;
  }
}
