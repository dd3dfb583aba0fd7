/**
 * A read of a draft held until the test lets it answer, so that something can happen while a
 * tab reads another tab's newer version (draft-controller.test.ts, draft-tabs-following.test.ts).
 */
import { DraftStore } from '../storage/draft-store.js';
import { withPatched } from './patched.js';

export interface HeldRead {
  /** The held read has been asked for. */
  asked(): boolean;
  /** Lets the held read go on. */
  release(): void;
  /** The held read has answered, once released. */
  answered(): boolean;
}

/** While `run` runs, the first read of draft `id` from now on waits until `release()` (released anyway once `run` ends, a failing test's too); later reads go through. */
export async function withFirstReadHeld(id: string, run: (read: HeldRead) => Promise<void>): Promise<void> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let reads = 0;
  let answered = false;
  const get = DraftStore.prototype.get;
  await withPatched(
    DraftStore.prototype,
    'get',
    async function (this: DraftStore, asked: string) {
      if (asked === id && reads++ === 0) {
        await gate;
        return get.call(this, asked).finally(() => (answered = true));
      }
      return get.call(this, asked);
    } as never,
    async () => {
      try {
        await run({ asked: () => reads > 0, release, answered: () => answered });
      } finally {
        release();
      }
    },
  );
}
