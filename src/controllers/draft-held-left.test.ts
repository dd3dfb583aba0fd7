/**
 * A write of the draft held up by another tab while the wizard moves on (a connector created, a
 * switch of draft, a discard, the element removed), or that ends failed or refused: what is said
 * of it belongs to its draft, and goes with it.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { advanceTo, currentStepId, inStep, pressContinue, settle, SHOPIFY_TOKEN, type } from '../test/fixtures.js';
import { heldTimePassed, heldWrite, noticesIn, onGeneral, politeIn } from '../test/held.js';
import { withPatched } from '../test/patched.js';
import { holdDrafts, readDraft } from '../test/stored.js';
import { DraftStore } from '../storage/draft-store.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { en } from '../messages/english.js';

const stateOf = (el: ConnectorWizard) => (el as unknown as { store: { state: { draftHeld?: boolean } } }).store.state;

/** The held write lands; nothing says it did, and no flag is left. */
async function landsUnsaid(el: ConnectorWizard, release: () => Promise<void>, saved: Promise<boolean>) {
  await release();
  await saved;
  await settle(el);
  expect(noticesIn(el), 'no flag once it lands').to.not.include('held');
  expect(politeIn(el), 'nothing said of a draft gone').to.not.equal(en.draftHeldSaved);
}

/** On Review, the last credential typed while another tab holds the drafts: its write said held. */
async function onReviewHeld(el: ConnectorWizard, draftDatabase: string) {
  await advanceTo(el, 'credentials');
  const held = await heldWrite(el, draftDatabase, '#field-credentials-shop', 'my-store');
  await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
  await pressContinue(el);
  expect(currentStepId(el)).to.equal('review');
  return held;
}

describe('drafts: a held write when the wizard moves on', () => {
  it('a connector created while a write is held leaves no flag on the next form, nor words once it lands', async () => {
    const { el, draftDatabase } = await onGeneral();
    const created: unknown[] = [];
    el.addEventListener('connector-created', (e) => created.push(e));
    const { release, saved } = await onReviewHeld(el, draftDatabase);
    void el.submit();
    await waitUntil(() => created.length === 1, 'created', { timeout: 5000 });
    const added = el.reset(); // Add another
    await settle(el);
    expect(noticesIn(el), 'the fresh form').to.not.include('held');
    await landsUnsaid(el, release, saved);
    await added;
  });

  // The nearest case: a write of the next connector's draft held up is still said.
  it('after a connector created while a write was held, a write held on the next form is still said', async () => {
    const { el, draftDatabase } = await onGeneral();
    const first = await onReviewHeld(el, draftDatabase);
    void el.submit();
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Shopify UK'), 'the success panel', { timeout: 5000 });
    const added = el.reset();
    await first.release();
    await first.saved;
    await added;
    await settle(el);
    await el.goTo('general');
    await settle(el);
    const next = await heldWrite(el, draftDatabase, '#field-name', 'Next one');
    await next.release();
    expect(await next.saved).to.equal(true);
    await waitUntil(() => politeIn(el) === en.draftHeldSaved, 'said saved', { timeout: 5000 });
  });

  it('a new system preset while a write is held takes the flag away with the draft left', async () => {
    const { el, draftDatabase } = await onGeneral();
    const { release, saved } = await heldWrite(el, draftDatabase, '#field-name', 'Typed while held');
    el.system = 'xero';
    await settle(el);
    expect(noticesIn(el), 'not on the form of the next draft').to.not.include('held');
    await landsUnsaid(el, release, saved);
    expect((await readDraft(draftDatabase))?.data.name, 'the write still landed in the draft left').to.equal('Typed while held');
  });

  it('changes left for the draft a new system preset leaves, their save held, raise no flag beside the next form', async () => {
    const { el, draftDatabase } = await onGeneral();
    const release = await holdDrafts(draftDatabase);
    await type(el, '#field-name', 'Typed, then switched');
    el.system = 'xero';
    await heldTimePassed();
    expect(noticesIn(el), 'not beside the next draft').to.not.include('held');
    await release();
    await waitUntil(async () => (await readDraft(draftDatabase))?.data.name === 'Typed, then switched', 'saved in the draft left', { timeout: 5000 });
    await settle(el);
    expect(noticesIn(el)).to.not.include('held');
    expect(politeIn(el), 'nothing said of the draft left').to.not.equal(en.draftHeldSaved);
  });

  // The nearest case: once the switch is done, a held write of the draft switched to is still said.
  it('after a new draft-id whose save of the draft left was held, a held write of the next draft is still said', async () => {
    const { el, draftDatabase } = await onGeneral();
    const release = await holdDrafts(draftDatabase);
    await type(el, '#field-name', 'Typed, then switched');
    el.draftId = 'another';
    await heldTimePassed();
    expect(noticesIn(el), 'not beside the next draft').to.not.include('held');
    await release();
    await waitUntil(async () => (await readDraft(draftDatabase))?.data.name === 'Typed, then switched', 'saved in the draft left', { timeout: 5000 });
    await waitUntil(() => (el as unknown as { draft: { settled: boolean } }).draft.settled, 'switched', { timeout: 5000 });
    await settle(el);
    const next = await heldWrite(el, draftDatabase, '#field-name', 'Next one');
    await next.release();
    expect(await next.saved).to.equal(true);
    await waitUntil(() => politeIn(el) === en.draftHeldSaved, 'said saved', { timeout: 5000 });
    expect((await readDraft(draftDatabase, 'another'))?.data.name).to.contain('Next one');
  });

  it('a new draft-id while a write is held takes the flag away with the draft left', async () => {
    const { el, draftDatabase } = await onGeneral();
    const { release, saved } = await heldWrite(el, draftDatabase, '#field-name', 'Typed while held');
    el.draftId = 'another';
    await settle(el);
    expect(noticesIn(el), 'not beside the next draft').to.not.include('held');
    await landsUnsaid(el, release, saved);
  });

  it('a draft discarded while a write is held takes the flag away, and nothing says it was saved', async () => {
    const { el, draftDatabase } = await onGeneral();
    const { release, saved } = await heldWrite(el, draftDatabase, '#field-name', 'Typed while held');
    const discarded = el.reset(); // Discard draft, confirmed
    await settle(el);
    expect(noticesIn(el), 'gone with the draft').to.not.include('held');
    await landsUnsaid(el, release, saved);
    await discarded;
    await waitUntil(async () => (await readDraft(draftDatabase))?.deleted === true, 'the draft discarded', { timeout: 5000 });
  });

  it('an element removed while a write is held raises no flag in its state afterwards, and the write still lands', async () => {
    const { el, draftDatabase } = await onGeneral();
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      const release = await holdDrafts(draftDatabase);
      await type(el, '#field-name', 'Typed, then removed');
      const saved = el.saveDraft();
      el.remove();
      // A second wizard's write, held from after the removal: once it is said, the removed one's timer has run too.
      const { el: other, draftDatabase: otherDatabase } = await onGeneral();
      const otherHeld = await heldWrite(other, otherDatabase, '#field-name', 'Other');
      expect(stateOf(el).draftHeld, 'no flag raised in a removed element').to.equal(undefined);
      await release();
      expect(await saved).to.equal(true);
      await otherHeld.release();
      await otherHeld.saved;
      expect((await readDraft(draftDatabase))?.data.name).to.equal('Typed, then removed');
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });
});

describe('drafts: a held write that ends failed or refused', () => {
  it('a held write that throws clears the flag silently: storage says its own', async () => {
    const { el, draftDatabase } = await onGeneral();
    const { release, saved } = await heldWrite(el, draftDatabase, '#field-name', 'Typed while held');
    await withPatched(
      IDBObjectStore.prototype,
      'put',
      () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      async () => {
        await release();
        await saved;
        await waitUntil(() => noticesIn(el).includes('storage'), 'storage said unavailable', { timeout: 5000 });
      },
    );
    expect(noticesIn(el)).to.not.include('held');
    expect(politeIn(el)).to.not.equal(en.draftHeldSaved);
  });

  it('a held write refused by a newer version clears the flag silently: the conflict says its own', async () => {
    const { el, draftDatabase } = await onGeneral();
    // Another tab saved a newer version, unheard here.
    const store = new DraftStore(draftDatabase);
    const stored = (await readDraft(draftDatabase))!;
    await store.put({ ...stored, data: { ...stored.data, name: 'Other tab' } } as never, stored.revision);
    await store.close();
    const { release, saved } = await heldWrite(el, draftDatabase, '#field-name', 'Typed while held');
    await release();
    expect(await saved).to.equal(false);
    await waitUntil(() => noticesIn(el).includes('conflict'), 'the conflict said', { timeout: 5000 });
    expect(noticesIn(el)).to.not.include('held');
    expect(politeIn(el)).to.not.equal(en.draftHeldSaved);
  });
});

/** On Review with the draft written, then created while another tab holds the drafts: the success panel shown, its delete held (`release` lets it land). */
async function createdHeld(el: ConnectorWizard, draftDatabase: string) {
  await advanceTo(el, 'credentials');
  await type(el, '#field-credentials-shop', 'my-store');
  await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
  await pressContinue(el);
  expect(await el.saveDraft()).to.equal(true);
  const release = await holdDrafts(draftDatabase);
  void el.submit();
  await waitUntil(() => el.shadowRoot!.textContent!.includes('Shopify UK'), 'the success panel', { timeout: 5000 });
  return release;
}

/** Add another: the next connector's form, its name typed; `added`, the reset, which waits for the held delete (in an object: an async function returning it would wait too). */
async function addAnother(el: ConnectorWizard) {
  const added = el.reset();
  await settle(el);
  await waitUntil(() => !el.shadowRoot!.querySelector('[part="success"]'), 'the fresh form');
  await type(el, '#field-name', 'The next connector');
  return { added };
}

describe('drafts: a delete held up by another tab', () => {
  it('a discard held up says the draft is not deleted yet, and that it is once the delete lands', async function () {
    this.timeout(20_000);
    const { el, draftDatabase } = await onGeneral();
    const release = await holdDrafts(draftDatabase);
    const discarded = el.reset(); // Discard draft, confirmed
    await waitUntil(() => noticesIn(el).includes('held-delete'), 'said not deleted yet', { timeout: 8000 });
    expect(noticesIn(el), 'not said as changes unsaved').to.not.include('held');
    await release();
    await discarded;
    await waitUntil(() => !noticesIn(el).includes('held-delete'), 'the notice gone', { timeout: 5000 });
    expect(politeIn(el)).to.equal(en.draftHeldDeleted);
    expect((await readDraft(draftDatabase))?.deleted).to.equal(true);
  });

  it('a connector created while its delete is held says the draft is not deleted yet beside the success panel', async function () {
    this.timeout(20_000);
    const { el, draftDatabase } = await onGeneral();
    const release = await createdHeld(el, draftDatabase);
    await waitUntil(() => noticesIn(el).includes('held-delete'), 'said not deleted yet', { timeout: 8000 });
    expect(el.shadowRoot!.textContent, 'the success panel').to.contain('Shopify UK');
    await release();
    await waitUntil(() => politeIn(el) === en.draftHeldDeleted, 'said deleted', { timeout: 5000 });
    expect((await readDraft(draftDatabase))?.deleted).to.equal(true);
  });

  // The nearest case: a held discard that finds a newer version deletes nothing, and never says it did.
  it('a held discard that finds a version saved since in another tab keeps it, and says the conflict, not that it is deleted', async function () {
    this.timeout(20_000);
    const { el, draftDatabase } = await onGeneral();
    // Another tab saved a newer version, unheard here.
    const store = new DraftStore(draftDatabase);
    const stored = (await readDraft(draftDatabase))!;
    await store.put({ ...stored, data: { ...stored.data, name: 'Other tab' } } as never, stored.revision);
    await store.close();
    const release = await holdDrafts(draftDatabase);
    const discarded = el.reset();
    await waitUntil(() => noticesIn(el).includes('held-delete'), 'said not deleted yet', { timeout: 8000 });
    await release();
    await discarded;
    await waitUntil(() => noticesIn(el).includes('conflict'), 'the conflict said', { timeout: 5000 });
    expect(noticesIn(el)).to.not.include('held-delete');
    expect(politeIn(el)).to.not.equal(en.draftHeldDeleted);
    expect((await readDraft(draftDatabase))?.data.name).to.equal('Other tab');
  });

  // After Add another, the delete still held is of the connector just finished, not of the answers now typed under the same draft id.
  it('after Add another pressed before a held delete is said, the next form names the connector just finished, not this draft', async function () {
    this.timeout(20_000);
    const { el, draftDatabase } = await onGeneral();
    const release = await createdHeld(el, draftDatabase);
    const { added } = await addAnother(el);
    await heldTimePassed();
    expect(noticesIn(el), 'beside the next connector typed').to.deep.equal(['held-finished']);
    await release();
    await added;
    await waitUntil(() => !noticesIn(el).includes('held-finished'), 'the notice gone', { timeout: 5000 });
    expect(politeIn(el)).to.equal(en.draftHeldFinishedDeleted);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value, 'the answers typed stay').to.equal('The next connector');
  });

  it('after Add another from a success panel that said its delete held, the next form names the connector just finished, and says so once it lands', async function () {
    this.timeout(20_000);
    const { el, draftDatabase } = await onGeneral();
    const release = await createdHeld(el, draftDatabase);
    await waitUntil(() => noticesIn(el).includes('held-delete'), 'said not deleted yet on the panel', { timeout: 8000 });
    const { added } = await addAnother(el);
    expect(noticesIn(el), 'beside the next connector typed').to.deep.equal(['held-finished']);
    await release();
    await added;
    await waitUntil(() => politeIn(el) === en.draftHeldFinishedDeleted, 'said deleted, of the connector finished', { timeout: 5000 });
    expect(noticesIn(el)).to.deep.equal([]);
    await waitUntil(async () => (await readDraft(draftDatabase))?.data?.name === 'The next connector', 'the next answers saved under the draft id', { timeout: 5000 });
  });

  // A screen reader's live region: the panel's words of the delete held ("this draft") do not stay there beside the next connector's form.
  it('after Add another from a success panel that said its delete held, the live region no longer says this draft is not deleted yet', async function () {
    this.timeout(20_000);
    const { el, draftDatabase } = await onGeneral();
    const release = await createdHeld(el, draftDatabase);
    await waitUntil(() => politeIn(el) === en.draftNotices['held-delete'], 'said not deleted yet on the panel', { timeout: 8000 });
    const { added } = await addAnother(el);
    expect(noticesIn(el)).to.deep.equal(['held-finished']);
    expect(politeIn(el), 'nothing said of this draft').to.not.equal(en.draftNotices['held-delete']);
    await release();
    await added;
    await waitUntil(() => politeIn(el) === en.draftHeldFinishedDeleted, 'said deleted, of the connector finished', { timeout: 5000 });
  });

  // The nearest case: a discard that lands at once says nothing of it, even once a 3 s timer left running would have fired.
  it('a discard that lands at once says nothing of a delete', async () => {
    const { el, draftDatabase } = await onGeneral();
    await el.reset();
    await settle(el);
    await heldTimePassed();
    await settle(el);
    expect(noticesIn(el)).to.deep.equal([]);
    expect(politeIn(el)).to.not.equal(en.draftHeldDeleted);
    expect((await readDraft(draftDatabase))?.deleted).to.equal(true);
  });
});
