import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { idRecord, own } from '../schemas/id-record.js';
import { emptyWizardData } from '../schemas/wizard-data.js';
import { advanceTo, button, GROUPS, inStep, settle, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { readDraft } from '../test/stored.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { DraftStore } from './draft-store.js';
import { SecretVault } from './secret-vault.js';

const notices = (el: ConnectorWizard) => [...el.shadowRoot!.querySelectorAll('[data-notice]')].map((n) => n.getAttribute('data-notice'));

/** A drafts database whose `keys` record holds `key`, as other code (or an older tool) could have stored it. */
async function withStoredKey(key: CryptoKey) {
  const database = uniqueDatabase();
  const db = await openDB(database, 2, {
    upgrade: (d) => {
      d.createObjectStore('drafts', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
      d.createObjectStore('keys', { keyPath: 'id' });
    },
  });
  await db.put('keys', { id: 'secrets-v1', key });
  db.close();
  return database;
}

/** A value sealed as versions before the length-prefixed additional data did: the parts joined with NUL. */
async function sealedTheOldWay(store: DraftStore, value: string, draftId: string, authType: string, field: string) {
  const key = (await store.getKey('secrets-v1'))!;
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const additionalData = new TextEncoder().encode(`connector-wizard\u0000${draftId}\u0000${authType}\u0000${field}`);
  return { iv, data: await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, new TextEncoder().encode(value)) };
}

const OLD_TOKEN = 'shpat_0123456789abcdef0123456789abcdef';

/** A saved Shopify draft (encrypted secrets) whose token is then sealed the old way, to expire at `expiresAt`. */
async function draftSealedTheOldWay(expiresAt: number) {
  const draftDatabase = uniqueDatabase();
  const first = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, encrypted: true });
  await advanceTo(first, 'review');
  expect(await first.saveDraft()).to.equal(true);
  first.remove();
  const store = new DraftStore(draftDatabase);
  const { record, revision } = await store.get('default:shopify');
  const old = await sealedTheOldWay(store, OLD_TOKEN, 'default:shopify', 'access-token', 'accessToken');
  await store.put({ ...record!, secrets: { expiresAt, values: { 'access-token': { accessToken: old } } } }, revision);
  await store.close();
  return { draftDatabase, old };
}

describe('SecretVault', () => {
  it('uses a non-extractable key and a fresh IV for each of 1,000 writes', async () => {
    const store = new DraftStore(uniqueDatabase());
    const vault = new SecretVault(store);
    const ivs = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const { iv } = await vault.encryptValue('same value', 'draft', 'auth', 'field');
      ivs.add([...iv].join(','));
    }
    expect(ivs.size).to.equal(1000);
    const key = await store.getKey('secrets-v1');
    expect(key!.extractable).to.equal(false);
    expect((key!.algorithm as AesKeyAlgorithm).length).to.equal(256);
    await store.close();
  });

  it('binds each value to its draft and field, and lets it expire after 24 hours', async () => {
    const store = new DraftStore(uniqueDatabase());
    const vault = new SecretVault(store);
    const sealed = await vault.encrypt({ 'access-token': { accessToken: 'tok' } }, 'draft-a');
    expect(await vault.decrypt(sealed, 'draft-a')).to.deep.equal({ 'access-token': { accessToken: 'tok' } });
    expect(await vault.decrypt(sealed, 'draft-b'), 'another draft').to.deep.equal({});
    const moved = { ...sealed, values: { 'access-token': { other: sealed.values['access-token']!.accessToken! } } };
    expect(await vault.decrypt(moved, 'draft-a'), 'another field').to.deep.equal({});
    expect(await vault.decrypt(sealed, 'draft-a', Date.now() + 24 * 3600_000 + 1), 'expired').to.deep.equal({});
    await store.close();
  });

  it('keeps auth types and fields named constructor, __proto__ or toString as data, through IndexedDB', async () => {
    const [keys, toString, prototype] = [Object.keys, Object.prototype.toString, Object.prototype];
    const store = new DraftStore(uniqueDatabase());
    const vault = new SecretVault(store);
    const secrets = idRecord([
      [
        'constructor',
        idRecord([
          ['toString', 'a'],
          ['__proto__', 'b'],
        ]),
      ],
      [
        '__proto__',
        idRecord([
          ['hasOwnProperty', 'c'],
          ['constructor', ''],
        ]),
      ],
    ]);
    const sealed = await vault.encrypt(secrets, 'd');
    expect(Object.keys(own(sealed.values, 'constructor')!)).to.deep.equal(['toString', '__proto__']);
    expect(Object.keys(own(sealed.values, '__proto__')!), 'empty values are not kept').to.deep.equal(['hasOwnProperty']);
    await store.put({ id: 'd', step: 'credentials', data: emptyWizardData(), updatedAt: Date.now(), secrets: sealed }, 0);
    const { record } = await store.get('d');
    const opened = await vault.decrypt(record!.secrets, 'd');
    expect(Object.keys(opened)).to.deep.equal(['constructor', '__proto__']);
    expect(own(own(opened, 'constructor'), 'toString')).to.equal('a');
    expect(own(own(opened, 'constructor'), '__proto__')).to.equal('b');
    expect(own(own(opened, '__proto__'), 'hasOwnProperty')).to.equal('c');
    expect(own(opened, 'toString')).to.equal(undefined);
    expect([Object.keys, Object.prototype.toString, Object.getPrototypeOf({})]).to.deep.equal([keys, toString, prototype]);
    await store.close();
  });

  it('leaves a value with a lone surrogate unsealed (TextEncoder would change it), and seals one with a pair', async () => {
    const store = new DraftStore(uniqueDatabase());
    const vault = new SecretVault(store);
    const sealed = await vault.encrypt({ t: { lone: 'a\ud83db', tail: 'a\udc00', pair: 'a\ud83d\ude00b' } }, 'd');
    expect(await vault.decrypt(sealed, 'd')).to.deep.equal({ t: { pair: 'a\ud83d\ude00b' } });
    await store.close();
  });

  it('a value sealed for one draft, way to sign in and field never opens for another whose parts hold a NUL and join to the same text', async () => {
    const store = new DraftStore(uniqueDatabase());
    const vault = new SecretVault(store);
    const sealed = await vault.encryptValue('tok', 'a\u0000b', 'c', 'f');
    expect(await vault.decryptValue(sealed, 'a\u0000b', 'c', 'f'), 'its own context').to.equal('tok');
    expect(await vault.decryptValue(sealed, 'a', 'b\u0000c', 'f'), 'the draft id ends sooner, the way to sign in begins with its end').to.equal(undefined);
    const field = await vault.encryptValue('tok', 'd', 't', 'x\u0000y');
    expect(await vault.decryptValue(field, 'd', 't\u0000x', 'y'), 'moved from the field into the way to sign in').to.equal(undefined);
    expect(await vault.decryptValue(await vault.encryptValue('tok', 'd', '', 'f'), 'd', 'f', ''), 'empty parts').to.equal(undefined);
    await store.close();
  });

  it('opens values sealed before the additional data was length-prefixed, but not where a part holds a NUL (those were ambiguous)', async () => {
    const store = new DraftStore(uniqueDatabase());
    const vault = new SecretVault(store);
    await vault.encryptValue('make the key', 'd', 't', 'f');
    const old = await sealedTheOldWay(store, 'tok', 'draft-a', 'access-token', 'accessToken');
    expect(await vault.decrypt({ expiresAt: Date.now() + 1000, values: { 'access-token': { accessToken: old } } }, 'draft-a')).to.deep.equal({
      'access-token': { accessToken: 'tok' },
    });
    expect(await vault.decryptValue(old, 'draft-b', 'access-token', 'accessToken'), 'still bound to its draft').to.equal(undefined);
    const ambiguous = await sealedTheOldWay(store, 'tok', 'a\u0000b', 'c', 'f');
    expect(await vault.decryptValue(ambiguous, 'a', 'b\u0000c', 'f')).to.equal(undefined);
    expect(await vault.decryptValue(ambiguous, 'a\u0000b', 'c', 'f')).to.equal(undefined);
    await store.close();
  });

  it('a draft whose token was sealed the old way is restored, and saved again sealed the new way', async () => {
    const { draftDatabase, old } = await draftSealedTheOldWay(Date.now() + 3600_000);
    const back = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, encrypted: true });
    expect(inStep(back, '.row[data-key="credentials.accessToken"] dd.value')!.textContent).to.contain('Provided');
    await back.goTo('general');
    await settle(back);
    await type(back, '#field-name', 'Changed');
    expect(await back.saveDraft()).to.equal(true);
    const resealed = (await readDraft(draftDatabase))!.secrets.values['access-token'].accessToken;
    expect([...resealed.iv].join(), 'sealed again').to.not.equal([...old.iv].join());
    const reader = new DraftStore(draftDatabase);
    const vault = new SecretVault(reader);
    expect(await vault.decryptValue(resealed, 'default:shopify', 'access-token', 'accessToken')).to.equal(OLD_TOKEN);
    const key = (await reader.getKey('secrets-v1'))!;
    const oldAad = new TextEncoder().encode('connector-wizard\u0000default:shopify\u0000access-token\u0000accessToken');
    const openedOld = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: resealed.iv, additionalData: oldAad }, key, resealed.data).then(
      () => true,
      () => false,
    );
    expect(openedOld, 'not with the old additional data').to.equal(false);
    await reader.close();
  });

  it('two vaults (two tabs) end up with the same key', async () => {
    const database = uniqueDatabase();
    const [a, b] = [new DraftStore(database), new DraftStore(database)];
    const sealed = await new SecretVault(a).encrypt({ t: { f: 'value' } }, 'd');
    expect(await new SecretVault(b).decrypt(sealed, 'd')).to.deep.equal({ t: { f: 'value' } });
    await Promise.all([a.close(), b.close()]);
  });
  it('a damaged encryption key record is replaced with a new key, so secrets are sealed rather than kept in memory only', async () => {
    const database = uniqueDatabase();
    // Hand-edited, or written by other code: the record holds no CryptoKey.
    const db = await openDB(database, 2, {
      upgrade: (d) => {
        d.createObjectStore('drafts', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
        d.createObjectStore('keys', { keyPath: 'id' });
      },
    });
    await db.put('keys', { id: 'secrets-v1', key: 'not a key' });
    db.close();
    const store = new DraftStore(database);
    const vault = new SecretVault(store);
    const sealed = await vault.encrypt(idRecord([['access-token', idRecord([['accessToken', 'shpat_x']])]]), 'd').catch((error: Error) => error.name);
    expect(typeof sealed === 'string' ? sealed : Object.keys(sealed.values)).to.deep.equal(['access-token']);
    expect(await new SecretVault(store).decrypt(sealed as Exclude<typeof sealed, string>, 'd'), 'opened with the key stored now').to.deep.equal({
      'access-token': { accessToken: 'shpat_x' },
    });
    await store.close();
  });

  const wrongKeys: [string, () => Promise<CryptoKey>][] = [
    ['an HMAC key', () => crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']) as Promise<CryptoKey>],
    ['an AES-CBC key', () => crypto.subtle.generateKey({ name: 'AES-CBC', length: 256 }, false, ['encrypt', 'decrypt']) as Promise<CryptoKey>],
    ['an extractable AES-GCM key', () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']) as Promise<CryptoKey>],
  ];
  for (const [kind, make] of wrongKeys)
    it(`a key record holding ${kind} gives way to a new key: secrets are sealed and drafts go on being saved`, async () => {
      const draftDatabase = await withStoredKey(await make());
      const errors: string[] = [];
      const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, encrypted: true });
      el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail.kind));
      await advanceTo(el, 'review');
      expect(await el.saveDraft(), 'the draft, secrets included, saved').to.equal(true);
      expect({ notices: notices(el), errors }).to.deep.equal({ notices: [], errors: [] });
      expect((await readDraft(draftDatabase))?.secrets?.values['access-token']?.accessToken?.iv, 'the token sealed').to.be.instanceOf(Uint8Array);
      const db = await openDB(draftDatabase);
      const { key } = await db.get('keys', 'secrets-v1');
      db.close();
      expect([key.algorithm.name, key.extractable], 'the key stored now').to.deep.equal(['AES-GCM', false]);
      el.remove();
      const back = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, encrypted: true });
      expect(inStep(back, '.row[data-key="credentials.accessToken"] dd.value')!.textContent).to.contain('Provided');
    });
});

/** Values sealed with the old additional data (the parts joined with NUL): how long a draft can still hold one, which says when that way of opening can go. */
describe('SecretVault: values sealed the old way', () => {
  it('read and kept by Cancel, one is never stored past the expiry it was sealed with', async () => {
    const expiresAt = Date.now() + 3600_000;
    const { draftDatabase, old } = await draftSealedTheOldWay(expiresAt);
    const back = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, encrypted: true });
    expect(inStep(back, '.row[data-key="credentials.accessToken"] dd.value')!.textContent, 'opened').to.contain('Provided');
    const read = (await readDraft(draftDatabase))!.secrets;
    expect([...read.values['access-token'].accessToken.iv].join(), 'reading alone writes nothing').to.equal([...old.iv].join());
    button(back, 'cancel').click();
    await settle(back);
    await back.saveDraft();
    back.remove();
    const kept = (await readDraft(draftDatabase))!.secrets;
    const same = [...kept.values['access-token'].accessToken.iv].join() === [...old.iv].join();
    expect(!same || kept.expiresAt <= expiresAt, 'an old value kept keeps its expiry').to.equal(true);
  });
});
