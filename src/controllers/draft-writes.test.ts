/**
 * When a write or delete held up is said, for what waits in DraftWrites' queue: a write beside the delete of a draft
 * sent (which runs on its own, not behind the writes) keeps its own 3 s when that delete ends unsaid; one behind another
 * is held up from when that one ends, and one beside a delete said waits 3 s after its landing. The clock is this test's.
 */
import { expect } from '@open-wc/testing';
import type { DraftConnection } from './draft-connection.js';
import type { DraftControllerOptions, DraftHost, DraftSnapshot } from './draft-host.js';
import type { DraftTarget } from './draft-target.js';
import { HELD_MS } from './draft-timing.js';
import { DraftWrites } from './draft-writes.js';
import type { HeldNotice } from '../wizard/state/wizard-state.js';

/** A promise and what settles it. */
const later = <T>() => {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (settle = resolve));
  return { promise, settle };
};

/** DraftWrites over a connection to database `X` whose saves land when the test says. */
class Writes extends DraftWrites {
  readonly saves: ((ok: boolean) => void)[] = [];
  constructor(said: (HeldNotice | false)[]) {
    const host = { isConnected: true, secretPersistence: 'memory', requestUpdate() {} } as unknown as DraftHost;
    super(host, { held: (held: HeldNotice | false) => said.push(held), notice() {} } as unknown as DraftControllerOptions);
    this.connection = {
      databaseName: 'X',
      save: () => {
        const { promise, settle } = later<boolean>();
        this.saves.push(settle);
        return promise.then((ok) => ({ ok, revision: 1 }));
      },
      post() {},
    } as unknown as DraftConnection;
    this.target = { id: 'b', database: 'X', key: 'X b' } as DraftTarget;
  }
  override flush() {
    return Promise.resolve();
  }
  protected override fail() {}
  /** A write of draft `b`, after the writes queued before it. */
  writeB(): Promise<boolean> {
    return this.queueWrite('b', {} as DraftSnapshot, 'default');
  }
  /** The delete of the draft a finish sent (in `database`), as a load makes it (see discardFor): beside the writes, not behind them; done when `done` is. */
  deleteSent(database: string, done: Promise<void>) {
    return this.deleteSaid('a', async () => (await done, { kept: false }), 'held-finished', database);
  }
  /** Draft `b` is discarded or finished: what waits to be written of it is let go (see DraftController.discard). */
  letGoB() {
    return this.letGo();
  }
}

/** Writes, what they say (in order), and `deleteSent()`, which begins the delete of the draft a finish sent (in database `Y`): it lands when `deleted.settle()` is called. */
function saidWrites() {
  const said: (HeldNotice | false)[] = [];
  const writes = new Writes(said);
  const deleted = later<void>();
  return { said, writes, deleted, deleteSent: () => writes.deleteSent('Y', deleted.promise) };
}

/** Runs `run` on a clock of its own: `tick(ms)` moves it, running each timer due on the way. */
async function onClock(run: (tick: (ms: number) => Promise<void>) => Promise<void>) {
  let now = 0;
  let ids = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  const real = { setTimeout: window.setTimeout, clearTimeout: window.clearTimeout, now: Date.now };
  const settled = async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
  };
  const tick = async (ms: number) => {
    const to = now + ms;
    for (;;) {
      const [id, next] = [...timers].filter(([, t]) => t.at <= to).sort(([, a], [, b]) => a.at - b.at)[0] ?? [];
      if (id === undefined) break;
      timers.delete(id);
      now = next!.at;
      next!.run();
      await settled();
    }
    now = to;
    await settled();
  };
  window.setTimeout = ((fn: () => void, ms = 0) => (timers.set(++ids, { at: now + Math.max(0, ms), run: fn }), ids)) as typeof setTimeout;
  window.clearTimeout = ((id: number) => void timers.delete(id)) as typeof clearTimeout;
  Date.now = () => now;
  try {
    await run(tick);
  } finally {
    Object.assign(window, { setTimeout: real.setTimeout, clearTimeout: real.clearTimeout });
    Date.now = real.now;
  }
}

describe('drafts: what is held up is said 3 s after it is asked for, whatever ends first', () => {
  it('a write asked for while the delete of a draft sent runs in another database is said held 3 s after it was asked for, when that delete lands first, unsaid', async () => {
    await onClock(async (tick) => {
      const { said, writes, deleted, deleteSent } = saidWrites();
      const deleting = deleteSent();
      await tick(1000);
      const written = writes.writeB();
      await tick(1000);
      // The delete lands before its 3 s: nothing was said of it.
      deleted.settle();
      await deleting;
      await tick(0);
      expect(said, 'nothing said of the delete').to.deep.equal([]);
      // The write, held up by another tab, was asked for 3 s ago.
      await tick(HELD_MS - 1000);
      expect(said, 'the write said held 3 s after it was asked for').to.deep.equal(['held']);
      writes.saves[0]!(true);
      await written;
      expect(said.at(-1), 'and no more once it lands').to.equal(false);
    });
  });

  it('a write behind another is held up from when that one ends', async () => {
    await onClock(async (tick) => {
      const { said, writes } = saidWrites();
      const first = writes.writeB();
      await tick(1000);
      const second = writes.writeB();
      await tick(1000);
      writes.saves[0]!(true);
      await first;
      // Only now sent: its 3 s run from here.
      await tick(HELD_MS - 1);
      expect(said, 'not said before its own 3 s').to.deep.equal([]);
      await tick(1);
      expect(said, 'said once they have run').to.deep.equal(['held']);
      writes.saves[1]!(true);
      await second;
      expect(said).to.deep.equal(['held', false]);
    });
  });

  it('the delete of a draft sent, said held, lands: a write that ran beside it is said 3 s later, not over its landing words', async () => {
    await onClock(async (tick) => {
      const { said, writes, deleted, deleteSent } = saidWrites();
      const deleting = deleteSent();
      await tick(1000);
      const written = writes.writeB();
      await tick(HELD_MS);
      expect(said, 'the delete said held').to.deep.equal(['held-finished']);
      deleted.settle();
      await deleting;
      await tick(0);
      expect(said, 'its landing said, the write not yet').to.deep.equal(['held-finished', false]);
      await tick(HELD_MS);
      expect(said, 'then the write').to.deep.equal(['held-finished', false, 'held']);
      writes.saves[0]!(true);
      await written;
    });
  });

  it('the delete of a draft sent, held up behind a write that a discard lets go, is said as that write goes, not once something else looks', async () => {
    await onClock(async (tick) => {
      const { said, writes, deleted, deleteSent } = saidWrites();
      const written = writes.writeB();
      const deleting = deleteSent();
      await tick(HELD_MS);
      // Both are held up: only the first, the write, is said.
      expect(said, 'the write said held').to.deep.equal(['held']);
      writes.letGoB();
      await tick(0);
      expect(said, 'the write no more, the delete of the draft sent at once').to.deep.equal(['held', false, 'held-finished']);
      deleted.settle();
      await deleting;
      expect(said.at(-1), 'its landing said').to.equal(false);
      writes.saves[0]!(true);
      await written;
      expect(said, 'nothing said of the write let go as it lands').to.deep.equal(['held', false, 'held-finished', false]);
    });
  });
});
