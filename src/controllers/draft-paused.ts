import type { DraftSnapshot } from './draft-host.js';
import type { DraftTarget } from './draft-target.js';

/**
 * Drafts stopped for a while: `no-drafts` was set, or storage failed (the wizard goes on in
 * memory, with one notice and one event) until an open given up on as blocked by another tab
 * goes through after all, once that tab lets go. Kept: the draft on screen when they stopped,
 * which the answers on screen carry on once drafts are on again, or which goes after a create.
 */
export class DraftsPaused {
  #failed = false;
  /** The draft on screen when drafts stopped (never one a switch was loading, nor one kept). */
  #on?: DraftTarget;
  /** The answers on screen when storage failed. */
  #shown?: string;

  /** Storage failed, and has not come back. */
  get failed(): boolean {
    return this.#failed;
  }

  /** `no-drafts` was set, with `onScreen` loaded (its pending edits saved first). */
  off(onScreen: DraftTarget | undefined): void {
    this.#on = onScreen;
  }

  /** Storage failed, with `onScreen` loaded and `answers` shown; false if it had already. */
  fail(onScreen: DraftTarget | undefined, answers: DraftSnapshot): boolean {
    if (this.#failed) return false;
    this.#failed = true;
    this.#on = onScreen;
    this.#shown = JSON.stringify(answers);
    return true;
  }

  /** Storage works again: whether the answers on screen (`answers`) changed since it failed; undefined if it had not failed. */
  back(answers: DraftSnapshot): boolean | undefined {
    if (!this.#failed) return undefined;
    this.#failed = false;
    return JSON.stringify(answers) !== this.#shown;
  }

  /** Drafts are on for the draft `key`: whether it is the one on screen when they stopped (its answers on screen are the newest, unless another tab saved since). */
  resumes(key: string): boolean {
    return this.lost(true)?.key === key;
  }

  /** The draft on screen when storage failed, or (`off`: drafts are still off) when `no-drafts` was set: deleted after a create (once). */
  lost(off: boolean): DraftTarget | undefined {
    const on = this.#failed || off ? this.#on : undefined;
    this.#on = undefined;
    return on;
  }
}
