/** The drafts database deleted under the wizard by its page (storage cleared at sign-out) or with the site's data: let go at once, and the next write starts it again; with two wizards, or one away. */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { openDB } from 'idb';
import type { WizardErrorEvent } from '../events/error-event.js';
import { advanceTo, currentStepId, GROUPS, sampleCatalogue, settle, SHOPIFY_TOKEN, type, uniqueDatabase } from '../test/fixtures.js';
import { readDraft } from '../test/stored.js';
import { withDraftConnectionSeen } from '../test/waits-draft-connection.js';
import { deleteDatabase, notices } from '../test/waits-drafts-database.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { DraftStore, listDrafts } from './draft-store.js';
import { SecretVault } from './secret-vault.js';

async function wizard(draftDatabase: string, encrypted = false, draftId = 'default') {
  const errors: WizardErrorEvent['detail'][] = [];
  const created: unknown[] = [];
  const el = await fixture<ConnectorWizard>(html`<connector-wizard
    .draftDatabase=${draftDatabase}
    .catalogue=${await sampleCatalogue()}
    .groups=${GROUPS}
    system="shopify"
    draft-id=${draftId}
    secret-persistence=${encrypted ? 'encrypted' : 'memory'}
    @connector-wizard-error=${(e: WizardErrorEvent) => errors.push(e.detail)}
    @connector-created=${(e: CustomEvent) => created.push(e.detail)}
  ></connector-wizard>`);
  await settle(el);
  return { el, errors, created };
}

/** Two wizards on one draft, the second following the first to Review. */
async function twoOnReview(draftDatabase: string) {
  const a = await wizard(draftDatabase);
  const b = await wizard(draftDatabase);
  await advanceTo(a.el, 'review');
  await waitUntil(async () => (await readDraft(draftDatabase))?.step === 'review', 'A saved', { timeout: 5000 });
  await waitUntil(() => currentStepId(b.el) === 'review', 'B follows A');
  return { a, b };
}

/** The access token sealed in the stored draft, as a reload opens it (a new vault on the same database). */
async function tokenAfterReload(el: ConnectorWizard, draftDatabase: string) {
  const record = (await readDraft(draftDatabase))!;
  expect(record.secrets?.values['access-token']?.accessToken, 'sealed into the new database').to.not.equal(undefined);
  el.remove();
  const opened = await new SecretVault(new DraftStore(draftDatabase)).decrypt(record.secrets, record.id);
  return opened['access-token']?.accessToken;
}

describe('the drafts database deleted by the page', () => {
  it('is let go at once, said as nothing else, and the next change is saved in a new one', async () => {
    const draftDatabase = uniqueDatabase();
    const { el, errors } = await wizard(draftDatabase);
    await type(el, '#field-name', 'Before the delete');
    expect(await el.saveDraft()).to.equal(true);
    await deleteDatabase(draftDatabase);
    await settle(el);
    expect(await readDraft(draftDatabase), 'gone').to.equal(undefined);
    await type(el, '#field-name', 'After the delete');
    expect(await el.saveDraft(), 'saveDraft() after the delete').to.equal(true);
    await settle(el);
    expect({ notices: notices(el), errors }).to.deep.equal({ notices: [], errors: [] });
    expect((await readDraft(draftDatabase))?.data.name).to.equal('After the delete');
  });

  it('a write under way when the page deletes it went into the old one: the next change is saved, with no conflict', async () => {
    const draftDatabase = uniqueDatabase();
    const { el, errors } = await wizard(draftDatabase);
    await type(el, '#field-name', 'First');
    expect(await el.saveDraft()).to.equal(true);
    await type(el, '#field-name', 'Second');
    const saving = el.saveDraft();
    const deleted = deleteDatabase(draftDatabase);
    await saving;
    await deleted;
    await settle(el);
    await type(el, '#field-name', 'Third');
    const saved = await el.saveDraft();
    await settle(el);
    expect({ saved, notices: notices(el), errors }).to.deep.equal({ saved: true, notices: [], errors: [] });
    expect((await readDraft(draftDatabase))?.data.name).to.equal('Third');
  });

  it('with secret-persistence="encrypted", secrets sealed after it open after a reload (the key went with the database)', async () => {
    const draftDatabase = uniqueDatabase();
    const { el } = await wizard(draftDatabase, true);
    await advanceTo(el, 'review');
    await waitUntil(async () => (await readDraft(draftDatabase))?.secrets?.values['access-token']?.accessToken, 'sealed before', { timeout: 5000 });
    await deleteDatabase(draftDatabase);
    await settle(el);
    await el.goTo('general');
    await settle(el);
    await type(el, '#field-name', 'After the delete');
    expect(await el.saveDraft()).to.equal(true);
    expect(await tokenAfterReload(el, draftDatabase)).to.equal(SHOPIFY_TOKEN);
  });
});

/** Taken out of the page and put back after the page deleted the database meanwhile. */
async function awayWhileDeleted(el: ConnectorWizard, draftDatabase: string) {
  const parent = el.parentElement!;
  await withDraftConnectionSeen(draftDatabase, async (seen) => {
    el.remove();
    await waitUntil(() => seen.closed() > 0, 'the removed wizard lets its connection go');
    await deleteDatabase(draftDatabase);
    parent.append(el);
    await waitUntil(() => seen.read() > 0, 'put back, it reads its draft again');
    await settle(el);
  });
}

describe('the drafts database deleted by the page, with two wizards or one away', () => {
  it('a connector created in one wizard after the deletion never stays in the other as a draft, nor is written back by it', async () => {
    const draftDatabase = uniqueDatabase();
    const { a, b } = await twoOnReview(draftDatabase);
    await deleteDatabase(draftDatabase);
    expect(await a.el.submit()).to.equal(true);
    expect(a.created).to.have.length(1);
    // B, with nothing unsaved, follows the finished draft to a fresh form, and says why.
    await waitUntil(() => currentStepId(b.el) !== 'review', 'B leaves the finished answers', { timeout: 5000 });
    await settle(b.el);
    const stored = await readDraft(draftDatabase);
    expect({ step: currentStepId(b.el), notices: notices(b.el), stored: stored?.deleted ?? stored?.data?.group }).to.deep.equal({
      step: 'general',
      notices: ['finished'],
      stored: true,
    });
  });

  it('a wizard away when it happened saves its next change, with no false conflict', async () => {
    const draftDatabase = uniqueDatabase();
    const { el, errors } = await wizard(draftDatabase);
    await type(el, '#field-name', 'Saved');
    expect(await el.saveDraft()).to.equal(true);
    await type(el, '#field-name', 'Saved again');
    expect(await el.saveDraft()).to.equal(true);
    await awayWhileDeleted(el, draftDatabase);
    await type(el, '#field-name', 'After the delete');
    const saved = await el.saveDraft();
    await settle(el);
    expect({ saved, notices: notices(el), errors }).to.deep.equal({ saved: true, notices: [], errors: [] });
    expect((await readDraft(draftDatabase))?.data.name).to.equal('After the delete');
  });

  it('with secret-persistence="encrypted", a wizard away when it happened seals with a key that opens after a reload', async () => {
    const draftDatabase = uniqueDatabase();
    const { el } = await wizard(draftDatabase, true);
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    expect(await el.saveDraft()).to.equal(true);
    await awayWhileDeleted(el, draftDatabase);
    const fresh = 'shpat_cccccccccccccccccccccccccccccccc';
    await type(el, '#field-credentials-accessToken', fresh);
    expect(await el.saveDraft()).to.equal(true);
    expect(await tokenAfterReload(el, draftDatabase)).to.equal(fresh);
  });

  it('without a deletion, nothing stored is no licence: a draft whose tombstone a full disk refused is not written back by another wizard', async () => {
    const draftDatabase = uniqueDatabase();
    const { a, b } = await twoOnReview(draftDatabase);
    const put = IDBObjectStore.prototype.put;
    // A full disk refuses the tombstone (the draft then goes without one).
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if ((value as { deleted?: boolean } | undefined)?.deleted === true) throw new DOMException('full', 'QuotaExceededError');
      return put.call(this, value, key);
    } as typeof put;
    try {
      expect(await a.el.submit()).to.equal(true);
      await waitUntil(async () => (await readDraft(draftDatabase)) === undefined, 'the created draft gone, without a tombstone', { timeout: 5000 });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    await settle(b.el);
    // B, still showing the finished answers, moves back a step (a strict save of its answers).
    await b.el.goTo('general');
    await settle(b.el);
    await waitUntil(() => notices(b.el).length > 0, 'B told', { timeout: 5000 });
    const listed = await listDrafts(draftDatabase);
    // Told once, and still once after the wizard settled and one more save round ran.
    await settle(b.el);
    await b.el.saveDraft();
    await settle(b.el);
    expect({ listed: listed.map((d) => d.name), told: notices(b.el).length }).to.deep.equal({ listed: [], told: 1 });
  });
});

/**
 * The site's data cleared while the wizard is open: a sign-out answer with `Clear-Site-Data:
 * "storage"` (the test server's /__clear-site-data), as the browser's own settings do. The
 * browser deletes the database and closes its connections with no versionchange first.
 */
async function clearSiteData(draftDatabase: string) {
  await fetch('/__clear-site-data', { cache: 'no-store' });
  // The browser answers once the data is gone. A wizard still reading (following the other's save, tidying) opens the database
  // anew at once, empty: that is gone too (a loaded machine runs those reads later, so the name alone may never be seen missing).
  const gone = async () => !(await indexedDB.databases()).some((d) => d.name === draftDatabase) || (await draftsStored(draftDatabase)) === 0;
  await waitUntil(gone, 'the database went with the site data', { timeout: 5000 });
}

/** How many drafts (tombstones too) the database holds; it must exist (opening one that does not creates it). */
async function draftsStored(database: string): Promise<number> {
  const db = await openDB(database);
  try {
    return db.objectStoreNames.contains('drafts') ? await db.count('drafts') : 0;
  } finally {
    db.close();
  }
}

describe("the site's data cleared (Clear-Site-Data, or the browser's settings)", () => {
  it('two wizards on one database, each with its own draft: both save their next change, and neither is told of another tab', async () => {
    const draftDatabase = uniqueDatabase();
    const a = await wizard(draftDatabase, false, 'draft-a');
    const b = await wizard(draftDatabase, false, 'draft-b');
    await type(a.el, '#field-name', 'Connector A');
    await type(b.el, '#field-name', 'Connector B');
    expect([await a.el.saveDraft(), await b.el.saveDraft()]).to.deep.equal([true, true]);
    await clearSiteData(draftDatabase);
    await type(a.el, '#field-name', 'Connector A, renamed');
    await type(b.el, '#field-name', 'Connector B, renamed');
    const saved = [await a.el.saveDraft(), await b.el.saveDraft()];
    await settle(b.el);
    expect({ saved, notices: [...notices(a.el), ...notices(b.el)], errors: [...a.errors, ...b.errors] }).to.deep.equal({ saved: [true, true], notices: [], errors: [] });
    expect((await readDraft(draftDatabase, 'draft-b'))?.data.name).to.equal('Connector B, renamed');
  });

  it('with secret-persistence="encrypted", a change saved after it is sealed with a key that opens after a reload', async () => {
    const draftDatabase = uniqueDatabase();
    const { el } = await wizard(draftDatabase, true);
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    expect(await el.saveDraft()).to.equal(true);
    await clearSiteData(draftDatabase);
    const fresh = 'shpat_cccccccccccccccccccccccccccccccc';
    await type(el, '#field-credentials-accessToken', fresh);
    expect(await el.saveDraft()).to.equal(true);
    expect(await tokenAfterReload(el, draftDatabase)).to.equal(fresh);
  });
});
