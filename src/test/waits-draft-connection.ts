/**
 * A wizard's drafts connection let go, and its draft read, as they happen: nothing on screen shows either (a wizard taken out of
 * the page lets its connection go after its last write; put back, it reads its draft again), so a test waits on these instead of
 * a pause (database-deleted.test.ts).
 */
import { DraftStore } from '../storage/draft-store.js';
import { withPatched } from './patched.js';

export interface DraftConnectionSeen {
  /** Connections to the database closed since `run` began. */
  closed(): number;
  /** Reads of a draft answered since `run` began. */
  read(): number;
}

/** While `run` runs, the connections to `database` closed and the drafts read (each still goes as it would). */
export function withDraftConnectionSeen(database: string, run: (seen: DraftConnectionSeen) => Promise<void>): Promise<void> {
  let closed = 0;
  let read = 0;
  const close = IDBDatabase.prototype.close;
  const get = DraftStore.prototype.get;
  return withPatched(
    IDBDatabase.prototype,
    'close',
    function (this: IDBDatabase) {
      if (this.name === database) closed++;
      close.call(this);
    },
    () =>
      withPatched(
        DraftStore.prototype,
        'get',
        function (this: DraftStore, id: string) {
          return get.call(this, id).finally(() => read++);
        },
        () => run({ closed: () => closed, read: () => read }),
      ),
  );
}
