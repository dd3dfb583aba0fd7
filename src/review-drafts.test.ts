import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { idRecord } from './schemas/id-record.js';
import { DraftStore } from './storage/draft-store.js';
import { SecretVault } from './storage/secret-vault.js';
import { uniqueDatabase } from './test/fixtures.js';

/** A drafts database whose encryption key record is damaged (hand-edited, another program's write): its `key` is not a CryptoKey. */
async function withDamagedKey(database: string, key: unknown) {
  const db = await openDB(database, 2, {
    upgrade: (d) => {
      d.createObjectStore('drafts', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
      d.createObjectStore('keys', { keyPath: 'id' });
    },
  });
  await db.put('keys', { id: 'secrets-v1', key });
  db.close();
}

describe('review drafts', () => {
  it('a damaged encryption key record is replaced with a new key, so secrets are sealed rather than kept in memory only', async () => {
    const draftDatabase = uniqueDatabase();
    await withDamagedKey(draftDatabase, 'not a key');
    const store = new DraftStore(draftDatabase);
    const vault = new SecretVault(store);
    const outcome = await Promise.race([
      vault.encrypt(idRecord([['access-token', idRecord([['accessToken', 'shpat_x']])]]), 'd').then(
        (sealed) => Object.keys(sealed.values),
        (error: Error) => error.name,
      ),
      new Promise((r) => setTimeout(() => r('timed out'), 3000)),
    ]);
    await store.close();
    expect(outcome).to.deep.equal(['access-token']);
  });
});
