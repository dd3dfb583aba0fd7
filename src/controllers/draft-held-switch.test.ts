/**
 * A write or a delete of the draft held up by another tab while the draft is read or switched:
 * a discard pressed while the draft is still read, and a switch of `draft-id` straight back to
 * the draft whose write is held. What is said speaks of the draft on screen, whichever it is.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { sampleCatalogue, settle, type } from '../test/fixtures.js';
import { heardIn, heldTimePassed, heldWrite, noticesIn, onGeneral, politeIn } from '../test/held.js';
import { withPatched } from '../test/patched.js';
import { holdDrafts, readDraft, storeUnreadable } from '../test/stored.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { en } from '../messages/english.js';

const stateOf = (el: ConnectorWizard) => (el as unknown as { store: { state: { draftHeld?: string } } }).store.state;
const statusOf = (el: ConnectorWizard) => (el as unknown as { draft: { status: string } }).draft.status;

/**
 * A draft (Shopify's, named First; or `unreadable`) stored, then opened again while another tab holds the drafts: the wizard returned once its read
 * is queued (a transaction on the drafts made), so a hold made after it waits for that read and holds what comes next.
 */
async function openedWhileHeld(unreadable = false) {
  const { el: first, draftDatabase } = await onGeneral();
  first.remove();
  // Or a record no version can read there instead: started fresh, deleted once read.
  if (unreadable) await storeUnreadable(draftDatabase, 'default:shopify');
  const reading = await holdDrafts(draftDatabase);
  const transaction = IDBDatabase.prototype.transaction;
  let made = 0;
  let el!: ConnectorWizard;
  try {
    await opened();
    expect(statusOf(el)).to.equal('loading');
  } catch (error) {
    await reading();
    throw error;
  }
  return { el, draftDatabase, reading };

  async function opened() {
    await withPatched(
      IDBDatabase.prototype,
      'transaction',
      function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
        if (this.name === draftDatabase) made++;
        return transaction.apply(this, args);
      } as never,
      async () => {
        el = await fixture<ConnectorWizard>(
          html`<connector-wizard .draftDatabase=${draftDatabase} .catalogue=${await sampleCatalogue()} system="shopify"></connector-wizard>`,
        );
        await waitUntil(() => made > 0, 'the draft is read', { timeout: 5000 });
      },
    );
  }
}

describe('drafts: a discard while the draft is still read', () => {
  it('a discard while the draft is read, its delete held up, says the draft is not deleted yet, and that it is once it lands', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, reading } = await openedWhileHeld();
    // Queued behind the read: the delete after it waits for this hold.
    const deleting = await holdDrafts(draftDatabase);
    const heard = heardIn(el);
    let discarded: Promise<void> | undefined;
    try {
      discarded = el.reset(); // Discard, while the draft is still read
      await reading();
      await waitUntil(() => stateOf(el).draftHeld === 'held-delete', 'said not deleted yet', { timeout: 8000 });
      expect(politeIn(el)).to.equal(en.draftNotices['held-delete']);
    } finally {
      await reading();
      await deleting();
    }
    await discarded;
    await waitUntil(() => heard.includes(en.draftHeldDeleted), 'said deleted', { timeout: 5000 });
    await waitUntil(() => statusOf(el) === 'ready', 'loaded', { timeout: 5000 });
    await settle(el);
    expect(stateOf(el).draftHeld).to.equal(undefined);
    expect(noticesIn(el)).to.deep.equal([]);
    expect((await readDraft(draftDatabase))?.deleted).to.equal(true);
  });

  // The nearest case: a discard while the draft is read whose delete lands at once says nothing of a delete.
  it('a discard while the draft is read whose delete lands at once says nothing of it', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, reading } = await openedWhileHeld();
    const discarded = el.reset();
    await reading();
    await discarded;
    await waitUntil(async () => (await readDraft(draftDatabase))?.deleted === true, 'the draft deleted', { timeout: 5000 });
    await waitUntil(() => statusOf(el) === 'ready', 'loaded', { timeout: 5000 });
    await heldTimePassed();
    await settle(el);
    expect(stateOf(el).draftHeld).to.equal(undefined);
    expect(politeIn(el)).to.not.equal(en.draftHeldDeleted);
    expect(el.shadowRoot!.querySelector('[data-step]'), 'the form').to.not.equal(null);
  });

  // The nearest case: an unreadable draft deleted once read is no discard of the person's: its delete held says nothing of a draft deleted.
  it('an unreadable draft started fresh, its delete held up, says nothing of a draft not deleted', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, reading } = await openedWhileHeld(true);
    const deleting = await holdDrafts(draftDatabase);
    try {
      await reading();
      await heldTimePassed();
      expect(stateOf(el).draftHeld, 'nothing said while held').to.equal(undefined);
    } finally {
      await reading();
      await deleting();
    }
    await waitUntil(() => statusOf(el) === 'ready', 'loaded', { timeout: 5000 });
    await settle(el);
    expect(noticesIn(el)).to.not.include('held-delete');
    expect(politeIn(el)).to.not.equal(en.draftHeldDeleted);
    expect((await readDraft(draftDatabase))?.deleted).to.equal(true);
  });
});

describe('drafts: a switch back to the draft whose write is held', () => {
  it('a switch of draft-id straight back to the draft whose write is held says again that its changes are not saved yet', async function () {
    this.timeout(20_000);
    const { el, draftDatabase } = await onGeneral();
    const { release, saved } = await heldWrite(el, draftDatabase, '#field-name', 'Typed while held');
    el.draftId = 'another';
    await settle(el);
    expect(noticesIn(el), 'not beside the next draft').to.not.include('held');
    const heard = heardIn(el);
    el.draftId = 'default';
    await waitUntil(() => noticesIn(el).includes('held'), 'said again, of the draft on screen', { timeout: 5000 });
    expect(politeIn(el)).to.equal(en.draftNotices.held);
    await release();
    expect(await saved).to.equal(true);
    await waitUntil(() => heard.includes(en.draftHeldSaved), 'said saved', { timeout: 5000 });
    await waitUntil(() => (el as unknown as { draft: { settled: boolean } }).draft.settled, 'back on it', { timeout: 5000 });
    await settle(el);
    expect(noticesIn(el)).to.not.include('held');
    expect((await readDraft(draftDatabase))?.data.name).to.equal('Typed while held');
  });

  it('a switch away and straight back before a held write is said still says it once the time passes', async function () {
    this.timeout(20_000);
    const { el, draftDatabase } = await onGeneral();
    const release = await holdDrafts(draftDatabase);
    await type(el, '#field-name', 'Typed while held');
    const saved = el.saveDraft();
    el.draftId = 'another';
    await settle(el);
    el.draftId = 'default';
    await settle(el);
    expect(noticesIn(el), 'not said before its time').to.not.include('held');
    await waitUntil(() => noticesIn(el).includes('held'), 'said, of the draft on screen', { timeout: 8000 });
    await release();
    await saved;
    await waitUntil(() => !noticesIn(el).includes('held'), 'the notice gone', { timeout: 5000 });
  });

  // The nearest case: switched away again, the flag goes with the draft left again, and nothing is said when the write lands.
  it('a switch back to the draft whose write is held, then away again, takes the flag away again', async function () {
    this.timeout(20_000);
    const { el, draftDatabase } = await onGeneral();
    const { release, saved } = await heldWrite(el, draftDatabase, '#field-name', 'Typed while held');
    el.draftId = 'another';
    await settle(el);
    el.draftId = 'default';
    await waitUntil(() => noticesIn(el).includes('held'), 'said again, of the draft on screen', { timeout: 5000 });
    el.draftId = 'third';
    await waitUntil(() => !noticesIn(el).includes('held'), 'gone with the draft left', { timeout: 5000 });
    await release();
    await saved;
    await waitUntil(() => (el as unknown as { draft: { settled: boolean } }).draft.settled, 'switched', { timeout: 5000 });
    await settle(el);
    expect(noticesIn(el)).to.not.include('held');
    expect(politeIn(el)).to.not.equal(en.draftHeldSaved);
  });
});

describe('drafts: reset() again while the delete of a discard pressed during the read is held', () => {
  /** A discard while the draft is read, its delete held up and said so, then reset() again: `deleting` lets the delete land. */
  async function discardedTwice() {
    const { el, draftDatabase, reading } = await openedWhileHeld();
    const deleting = await holdDrafts(draftDatabase);
    try {
      void el.reset();
      await reading();
      await waitUntil(() => stateOf(el).draftHeld === 'held-delete', 'said not deleted yet', { timeout: 8000 });
      void el.reset(); // pressed again: the draft is still not deleted
      await settle(el);
    } catch (error) {
      await deleting();
      throw error;
    }
    return { el, draftDatabase, deleting };
  }

  it('keeps saying the draft is not deleted yet while its delete is still held', async function () {
    this.timeout(20_000);
    const { el, deleting } = await discardedTwice();
    try {
      expect(stateOf(el).draftHeld).to.equal('held-delete');
      expect(statusOf(el)).to.equal('loading');
    } finally {
      await deleting();
    }
    await waitUntil(() => statusOf(el) === 'ready', 'loaded', { timeout: 5000 });
    await settle(el);
    expect(stateOf(el).draftHeld).to.equal(undefined);
  });

  it('never deletes later the draft typed after it, on the next switch of draft-id', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, deleting } = await discardedTwice();
    await deleting();
    await waitUntil(() => statusOf(el) === 'ready', 'loaded', { timeout: 5000 });
    await settle(el);
    await el.goTo('general');
    await settle(el);
    await type(el, '#field-name', 'New work after the discard');
    expect(await el.saveDraft()).to.equal(true);
    expect((await readDraft(draftDatabase))?.data?.name).to.equal('New work after the discard');
    el.draftId = 'b';
    await waitUntil(() => statusOf(el) === 'ready' && (el as unknown as { draft: { settled: boolean } }).draft.settled, 'on b', { timeout: 5000 });
    await settle(el);
    const stored = await readDraft(draftDatabase);
    expect({ deleted: stored?.deleted ?? false, name: stored?.data?.name }).to.deep.equal({ deleted: false, name: 'New work after the discard' });
  });
});
