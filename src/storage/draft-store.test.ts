import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { idRecord, own } from '../schemas/id-record.js';
import { emptyWizardData } from '../schemas/wizard-data.js';
import { uniqueDatabase } from '../test/fixtures.js';
import { withPatched } from '../test/patched.js';
import { DraftStore, draftKey, listDrafts } from './draft-store.js';

const record = (id: string, name = '') => ({ id, step: 'general' as const, updatedAt: Date.now(), data: { ...emptyWizardData(), name } });

describe('DraftStore', () => {
  it('a connection closed under it is reopened once and the write retried', async () => {
    const draftDatabase = uniqueDatabase();
    const store = new DraftStore(draftDatabase);
    await store.put({ id: 'x', step: 'general', data: emptyWizardData(), updatedAt: Date.now() }, 0);
    // Close the live connection behind the store's back, as the browser may do.
    (await (store as unknown as { db: Promise<{ close(): void }> }).db).close();
    const result = await store.put({ id: 'x', step: 'timezone', data: emptyWizardData(), updatedAt: Date.now() }, 1);
    expect(result).to.deep.equal({ ok: true, revision: 2 });
    expect((await store.get('x')).record!.step).to.equal('timezone');
    await store.close();
  });

  it('writes are compare-and-set on the revision', async () => {
    const store = new DraftStore(uniqueDatabase());
    expect(await store.put(record('d', 'one'), 0)).to.deep.equal({ ok: true, revision: 1 });
    expect(await store.put(record('d', 'stale'), 0)).to.deep.equal({ ok: false, deleted: false, revision: 1 });
    expect(await store.put(record('d', 'two'), 1)).to.deep.equal({ ok: true, revision: 2 });
    expect((await store.get('d')).record!.data.name).to.equal('two');
    await store.close();
  });

  it('a deleted draft leaves its revision, so numbers never repeat and stale writers lose', async () => {
    const store = new DraftStore(uniqueDatabase());
    await store.put(record('d'), 0);
    await store.put(record('d'), 1);
    await store.delete('d');
    expect(await store.get('d')).to.deep.equal({ revision: 3 });
    expect(await store.put(record('d', 'stale tab'), 2), 'a tab that missed the delete').to.deep.equal({ ok: false, deleted: true, revision: 3 });
    expect(await store.put(record('d', 'fresh'), 3)).to.deep.equal({ ok: true, revision: 4 });
    expect(await listDrafts(store.databaseName)).to.have.length(1);
    await store.close();
  });

  it('a delete `at` the revision known keeps a draft saved since (or a tombstone), and still leaves a tombstone where nothing is stored', async () => {
    const store = new DraftStore(uniqueDatabase());
    await store.put(record('d', 'known'), 0);
    await store.put(record('d', 'saved in another tab'), 1);
    await store.delete('d', 1, false, 1);
    expect((await store.get('d')).record?.data.name, 'the newer draft stays').to.equal('saved in another tab');
    await store.delete('d', 2, false, 2);
    expect(await store.get('d'), 'at the revision known: deleted').to.deep.equal({ revision: 3 });
    await store.delete('d', 2, true, 2);
    expect(await store.get('d'), 'a tombstone stays as it is').to.deep.equal({ revision: 3 });
    await store.delete('d', 3, false, 3);
    expect(await store.get('d'), 'at its own revision too').to.deep.equal({ revision: 3 });
    await store.put(record('f'), 0);
    await store.delete('f', 1, true);
    const finished = await store.get('f');
    await store.delete('f', finished.revision, false, finished.revision);
    expect(await store.get('f'), 'a finished draft still says so').to.deep.equal(finished);
    // The page deleted the database: a tab that knew the draft at 5 still leaves a tombstone that beats it.
    await store.delete('gone', 5, false, 5);
    expect(await store.get('gone')).to.deep.equal({ revision: 6 });
    await store.close();
  });

  it('a stored revision that cannot grow (NaN, Infinity, negative, a fraction, the largest safe integer) counts as 0 in get, put and delete', async () => {
    const store = new DraftStore(uniqueDatabase());
    await store.put(record('created'), 0);
    const revisions = [NaN, Infinity, -1, 1.5, Number.MAX_SAFE_INTEGER];
    // Written as a damaged profile or other code would: a draft, a tombstone, and a draft to delete, each with that revision.
    const db = await openDB(store.databaseName);
    for (const revision of revisions) {
      await db.put('drafts', { ...record(`draft ${revision}`), revision });
      await db.put('drafts', { id: `tombstone ${revision}`, revision, deleted: true, updatedAt: Date.now() });
      await db.put('drafts', { ...record(`deleted ${revision}`), revision });
    }
    db.close();
    const seen = [];
    for (const revision of revisions) {
      const read = [(await store.get(`draft ${revision}`)).revision, (await store.get(`tombstone ${revision}`)).revision];
      const written = [await store.put(record(`draft ${revision}`, 'saved'), 0), await store.put(record(`tombstone ${revision}`, 'saved'), 0)];
      await store.delete(`deleted ${revision}`);
      seen.push({ read, written, deleted: await store.get(`deleted ${revision}`), saved: (await store.get(`draft ${revision}`)).record?.data.name });
    }
    const once = {
      read: [0, 0],
      written: [
        { ok: true, revision: 1 },
        { ok: true, revision: 1 },
      ],
      deleted: { revision: 1 },
      saved: 'saved',
    };
    expect(seen).to.deep.equal(revisions.map(() => once));
    await store.close();
  });

  it('keys the default draft by the preset system and group, and nothing else', () => {
    expect(draftKey('default', { system: 'shopify' })).to.equal('default:shopify');
    expect(draftKey('default', {})).to.equal('default');
    expect(draftKey('default', { system: '' })).to.equal('default');
    expect(draftKey('mine', { system: 'shopify' }), "a host's own id is used as is").to.equal('mine');
    expect(draftKey('default:xero', { system: 'xero' }), 'a listed id opens the same draft').to.equal('default:xero');
    expect(draftKey('default:', { system: 'xero', group: 'us' }), 'so does the one a page with no preset keeps').to.equal('default');
    expect(draftKey('default', { system: 'shopify', editing: 'c-7' }), 'an edit keeps its own').to.equal('default:edit:c-7');
    expect(draftKey('mine', { system: 'shopify', editing: 'c-7' }), "a host's own id, even for an edit").to.equal('mine');
    expect(draftKey('default', { system: 'shopify', group: 'us' })).to.equal('default:shopify:group:us');
    expect(draftKey('default', { group: 'us' })).to.equal('default:group:us');
    expect(draftKey('mine', { system: 'shopify', group: 'us' }), "a host's own id is used as is").to.equal('mine');
  });

  it('moves a draft to a new key once, and never over one stored there', async () => {
    const store = new DraftStore(uniqueDatabase());
    await store.put(record('default', 'old'), 0);
    await store.put(record('default', 'older tab'), 1);
    expect(await store.move('default', 1, record('default:shopify', 'old')), 'the source changed meanwhile').to.deep.equal({ ok: false });
    expect(await store.move('default', 2, record('default:shopify', 'old'))).to.deep.equal({ ok: true, revision: 1 });
    expect(await store.get('default'), 'a tombstone is left').to.deep.equal({ revision: 3 });
    expect((await store.get('default:shopify')).record!.data.name).to.equal('old');
    expect(await store.move('default', 2, record('default:shopify', 'again')), 'moved once').to.deep.equal({ ok: false });
    await store.put(record('x', 'source'), 0);
    await store.put(record('y', 'already there'), 0);
    expect(await store.move('x', 1, record('y', 'source'))).to.deep.equal({ ok: false });
    expect((await store.get('y')).record!.data.name).to.equal('already there');
    expect((await store.get('x')).record!.data.name).to.equal('source');
    await store.close();
  });

  it('keeps answers keyed by ids such as constructor and __proto__, every key an own property', async () => {
    const store = new DraftStore(uniqueDatabase());
    const data = {
      ...emptyWizardData(),
      system: '__proto__',
      authType: 'constructor',
      credentials: idRecord([
        [
          'constructor',
          idRecord<string | boolean>([
            ['name', 'Ada'],
            ['__proto__', 'p'],
            ['toString', true],
          ]),
        ],
        ['__proto__', idRecord<string | boolean>([['hasOwnProperty', 'h']])],
      ]),
      secretsEntered: idRecord([['constructor', ['valueOf', '__proto__']]]),
    };
    await store.put({ id: 'd', step: 'credentials', data, updatedAt: Date.now() }, 0);
    const { record, malformed } = await store.get('d');
    expect(malformed).to.equal(undefined);
    const { credentials, secretsEntered } = record!.data;
    expect(Object.keys(credentials)).to.deep.equal(['constructor', '__proto__']);
    expect(Object.keys(own(credentials, 'constructor')!)).to.deep.equal(['name', '__proto__', 'toString']);
    expect(own(own(credentials, 'constructor'), '__proto__')).to.equal('p');
    expect(own(own(credentials, '__proto__'), 'hasOwnProperty')).to.equal('h');
    expect(own(secretsEntered, 'constructor')).to.deep.equal(['valueOf', '__proto__']);
    expect(Object.prototype.constructor).to.equal(Object);
    expect((await listDrafts(store.databaseName))[0]!.system).to.equal('__proto__');
    await store.close();
  });

  it('listDrafts() never creates the database, and lists none where there is none', async () => {
    const name = uniqueDatabase();
    expect(await listDrafts(name)).to.deep.equal([]);
    expect((await indexedDB.databases()).map((d) => d.name)).to.not.include(name);
  });

  it('listDrafts() lists none, rather than rejecting, where IndexedDB is missing', async () => {
    const store = new DraftStore(uniqueDatabase());
    await store.put(record('d', 'stored'), 0);
    await store.close();
    let listed: unknown;
    await withPatched(window, 'indexedDB', undefined as never, async () => {
      listed = await listDrafts(store.databaseName).catch((error: Error) => `rejected: ${error.name}`);
    });
    expect(listed).to.deep.equal([]);
    expect(
      (await listDrafts(store.databaseName)).map((d) => d.name),
      'and the drafts there once it is back',
    ).to.deep.equal(['stored']);
  });

  it('a window.indexedDB that throws on reading it (a sandboxed frame, a privacy mode) is storage unavailable, not a failure', async () => {
    const store = new DraftStore(uniqueDatabase());
    const original = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException("Failed to read the 'indexedDB' property from 'Window': access is denied for this document.", 'SecurityError');
      },
    });
    let failure: { name?: string; reason?: string } | undefined;
    let listed: unknown;
    try {
      failure = await store.get('d').then(
        () => undefined,
        (error: { name?: string; reason?: string }) => error,
      );
      listed = await listDrafts(store.databaseName).catch((error: Error) => `rejected: ${error.name}`);
    } finally {
      Object.defineProperty(window, 'indexedDB', original);
    }
    expect(failure?.name).to.equal('StorageError');
    expect(failure?.reason).to.equal('unavailable');
    expect(listed).to.deep.equal([]);
    await store.close();
  });

  it('a purge on a full disk still deletes stale drafts, without their tombstones (that frees space)', async () => {
    const store = new DraftStore(uniqueDatabase());
    await store.put({ ...record('old', 'a month old'), updatedAt: Date.now() - 31 * 24 * 3600_000 }, 0);
    await store.put(record('new'), 0);
    await withPatched(
      IDBCursor.prototype,
      'update',
      (() => {
        throw new DOMException('full', 'QuotaExceededError');
      }) as never,
      async () => void expect(await store.purge(30 * 24 * 3600_000)).to.equal(1),
    );
    expect(await store.get('old'), 'gone, with no tombstone').to.deep.equal({ revision: 0 });
    expect((await store.get('new')).revision).to.equal(1);
    expect(await store.purge(30 * 24 * 3600_000, undefined, Date.now() + 31 * 24 * 3600_000), 'with room, a tombstone is left').to.equal(1);
    expect(await store.get('new'), 'its revision kept').to.deep.equal({ revision: 2 });
    await store.close();
  });
});
