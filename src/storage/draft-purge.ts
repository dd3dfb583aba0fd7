/**
 * A purge of the drafts database (see DraftStore.purge, which runs it, again without tombstones
 * when a full disk refuses them): drafts not changed for `maxAgeMs` go, each leaving a tombstone,
 * and such tombstones, but `keep`; the ciphertext of secrets past their expiry goes too.
 */
import type { IDBPDatabase } from 'idb';
import type { DraftRecord } from './draft-record.js';
import { isTombstone, type DraftDB } from './draft-layout.js';
import { revisionOf } from './stored-revision.js';

export async function purgeStale(db: IDBPDatabase<DraftDB>, maxAgeMs: number, keep: string | undefined, now: number, tombstones: boolean): Promise<number> {
  const tx = db.transaction('drafts', 'readwrite');
  let deleted = 0;
  let cursor = await tx.store.openCursor();
  while (cursor) {
    const value = cursor.value as Partial<DraftRecord>;
    const stale = typeof value.updatedAt === 'number' && value.updatedAt < now - maxAgeMs;
    // The ciphertext goes; its expiry stays, so the draft still says its secrets expired (not that none were kept).
    const expired = value.secrets && typeof value.secrets.expiresAt === 'number' && value.secrets.expiresAt <= now && Object.keys(value.secrets.values ?? {}).length;
    if (stale && value.id !== keep) {
      await (isTombstone(value) || !tombstones ? cursor.delete() : cursor.update({ id: value.id!, revision: revisionOf(value) + 1, deleted: true, updatedAt: now }));
      deleted++;
    } else if (stale || expired)
      await cursor.update({
        ...(value as DraftRecord),
        ...(stale ? { updatedAt: now } : {}),
        ...(expired ? { secrets: { expiresAt: value.secrets!.expiresAt, values: {} } } : {}),
      });
    cursor = await cursor.continue();
  }
  await tx.done;
  return deleted;
}
