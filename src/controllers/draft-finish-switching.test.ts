/**
 * A connector finished (created, or its edit saved) while the draft switched to is still read: the draft whose answers
 * were sent goes (its tombstone says finished, for other tabs), and the draft being read is left as it is stored.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { EDITED } from '../test/edit-fixtures.js';
import { advanceTo, GROUPS, settle, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { heardIn, noticesIn, onGeneral } from '../test/held.js';
import { holdDrafts, readDraft, withTransactionsSeen } from '../test/stored.js';
import { en } from '../messages/english.js';
import type { ConnectorWizard, EditableConnector } from '../wizard/connector-wizard.js';

const stateOf = (el: ConnectorWizard) => (el as unknown as { store: { state: { draftHeld?: string } } }).store.state;
type Renamed = { data: { name: string } };
const statusOf = (el: ConnectorWizard) => (el as unknown as { draft: { status: string } }).draft.status;

/** Draft b stored (other work); a wizard on draft a at Review; `draft-id` switched to b while the read of b is held (`release` lets it go). */
async function createdWhileSwitching() {
  const draftDatabase = uniqueDatabase();
  const other = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, draftId: 'b' });
  await type(other, '#field-name', 'Other work in b');
  expect(await other.saveDraft()).to.equal(true);
  other.remove();
  const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, draftId: 'a' });
  await advanceTo(el, 'review');
  expect(await el.saveDraft()).to.equal(true);
  const release = await holdDrafts(draftDatabase);
  el.draftId = 'b';
  await waitUntil(() => statusOf(el) === 'loading', 'b being read', { timeout: 5000 });
  return { el, draftDatabase, release };
}

/** Waits until the wizard shows the draft it was switched to, read and settled. */
async function readAndSettled(el: ConnectorWizard) {
  await waitUntil(() => statusOf(el) !== 'loading' && (el as unknown as { draft: { settled: boolean } }).draft.settled, 'read', { timeout: 5000 });
  await settle(el);
}

/** A create while draft b is read (see createdWhileSwitching), the delete of draft a after it held up until `meanwhile` is done. */
async function sentDeleteHeld(el: ConnectorWizard, draftDatabase: string, release: () => Promise<void>, meanwhile: () => Promise<void>) {
  let deleting: (() => Promise<void>) | undefined;
  try {
    expect(await el.submit()).to.equal(true);
    // Queued behind the read of b: the delete of a after it waits for this hold.
    deleting = await holdDrafts(draftDatabase);
  } finally {
    await release();
  }
  try {
    await waitUntil(() => stateOf(el).draftHeld !== undefined, 'the delete of a said held', { timeout: 8000 });
    await meanwhile();
  } finally {
    await deleting?.();
  }
}

describe('drafts: a connector created while the draft switched to is read', () => {
  it('a create from the answers on screen while draft b is read deletes draft a as finished, never draft b', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, release } = await createdWhileSwitching();
    const names: string[] = [];
    el.addEventListener('connector-created', (e) => names.push((e as CustomEvent).detail.connector.name));
    let done: Promise<boolean>;
    try {
      done = el.submit();
      expect(await done).to.equal(true);
    } finally {
      await release();
    }
    await readAndSettled(el);
    const a = await readDraft(draftDatabase, 'a');
    const b = await readDraft(draftDatabase, 'b');
    expect(names).to.have.length(1);
    expect({ bDeleted: b?.deleted ?? false, bName: b?.data?.name }).to.deep.equal({ bDeleted: false, bName: 'Other work in b' });
    expect({ aDeleted: a?.deleted, aFinished: a?.finished }).to.deep.equal({ aDeleted: true, aFinished: true });
  });

  it('a create while draft b is read, the delete of draft a held up, says it is not deleted yet, and that it is once it lands', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, release } = await createdWhileSwitching();
    const heard = heardIn(el);
    await sentDeleteHeld(el, draftDatabase, release, async () => {
      // Beside the success panel, which speaks of the connector already (see heldAs in the transitions).
      expect(stateOf(el).draftHeld).to.equal('held-delete');
    });
    await waitUntil(() => heard.includes(en.draftHeldDeleted), 'said deleted', { timeout: 5000 });
    await readAndSettled(el);
    expect(stateOf(el).draftHeld).to.equal(undefined);
    expect({ aDeleted: (await readDraft(draftDatabase, 'a'))?.finished, bName: (await readDraft(draftDatabase, 'b'))?.data?.name }).to.deep.equal({
      aDeleted: true,
      bName: 'Other work in b',
    });
  });

  it('Add another, then Start over, while the delete of draft a is held keeps saying it is not deleted yet, and that it is once it lands', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, release } = await createdWhileSwitching();
    const heard = heardIn(el);
    await sentDeleteHeld(el, draftDatabase, release, async () => {
      await el.reset(); // Add another connector
      await el.reset(); // Start over on the next form, draft b still being read
      expect(stateOf(el).draftHeld, 'still said').to.equal('held-finished');
    });
    await waitUntil(() => heard.includes(en.draftHeldFinishedDeleted), 'said deleted', { timeout: 5000 });
    await readAndSettled(el);
    expect(stateOf(el).draftHeld).to.equal(undefined);
    expect((await readDraft(draftDatabase, 'a'))?.finished, 'a deleted as finished').to.equal(true);
    // The Start over meant b, read meanwhile: discarded, as a reset while a draft loads always is.
    expect((await readDraft(draftDatabase, 'b'))?.deleted, 'b discarded').to.equal(true);
  });

  // Only the first of what is queued can be held up: a write behind it that ends first (in another database, not held) leaves its timer running.
  it('a write in another database landing while the delete of draft a is held does not put off saying it is not deleted yet', async function () {
    this.timeout(30_000);
    // Another wizard, the drafts held for it: its write, asked for once the delete of a is, is said held 3 s later.
    const other = await onGeneral();
    const releaseOther = await holdDrafts(other.draftDatabase);
    const { el, draftDatabase, release } = await createdWhileSwitching();
    let deleting: (() => Promise<void>) | undefined;
    try {
      await withTransactionsSeen(draftDatabase, async (seen) => {
        let before = 0;
        try {
          expect(await el.submit()).to.equal(true);
          deleting = await holdDrafts(draftDatabase);
          before = seen.length;
        } finally {
          await release();
        }
        // b read, the delete of a asked for (and held): its 3 s run from before now.
        await waitUntil(() => seen.slice(before).includes('drafts readwrite'), 'the delete of a asked for', { timeout: 5000 });
      });
      await type(other.el, '#field-name', 'Other');
      const otherSaved = other.el.saveDraft();
      // Add another, in another database: the next connector typed there, its write landing at once.
      el.draftDatabase = uniqueDatabase();
      await readAndSettled(el);
      await el.reset();
      await type(el, '#field-name', 'The next connector');
      expect(await el.saveDraft(), 'written at once in the other database').to.equal(true);
      await waitUntil(() => noticesIn(other.el).includes('held'), 'the other write said held', { timeout: 8000 });
      expect(stateOf(el).draftHeld, 'said by now').to.not.equal(undefined);
      await releaseOther();
      await otherSaved;
    } finally {
      await deleting?.();
      await releaseOther();
    }
    await waitUntil(() => stateOf(el).draftHeld === undefined, 'the delete landed', { timeout: 5000 });
    expect((await readDraft(draftDatabase, 'a'))?.finished, 'a deleted as finished').to.equal(true);
    el.remove();
    other.el.remove();
  });

  // The nearest case: that delete landing at once says nothing of it.
  it('a create while draft b is read, the delete of draft a landing at once, says nothing of a delete', async function () {
    this.timeout(20_000);
    const { el, release } = await createdWhileSwitching();
    const heard = heardIn(el);
    try {
      expect(await el.submit()).to.equal(true);
    } finally {
      await release();
    }
    await readAndSettled(el);
    expect(stateOf(el).draftHeld).to.equal(undefined);
    expect(heard.filter((line) => line === en.draftNotices['held-delete'] || line === en.draftHeldDeleted)).to.deep.equal([]);
  });

  // The nearest case: a discard (not a finish) while b is read still deletes b, as reset() while a draft loads always has.
  it('a reset while draft b is read still deletes draft b and keeps draft a', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, release } = await createdWhileSwitching();
    try {
      await el.reset();
    } finally {
      await release();
    }
    await readAndSettled(el);
    expect((await readDraft(draftDatabase, 'b'))?.deleted).to.equal(true);
    expect((await readDraft(draftDatabase, 'a'))?.deleted ?? false).to.equal(false);
  });
});

/** A wizard on its default draft, then editing a connector whose draft is read while another tab holds the drafts (`release` lets it go). */
async function editOpenedWhileHeld() {
  const draftDatabase = uniqueDatabase();
  // A draft of that edit stored before (a tombstone replaces a draft only).
  const before = await wizardFixture({ groups: GROUPS, draftDatabase });
  before.connector = EDITED as unknown as EditableConnector;
  await readAndSettled(before);
  await type(before, '#field-name', 'Shop draft');
  expect(await before.saveDraft()).to.equal(true);
  before.remove();
  const el = await wizardFixture({ groups: GROUPS, draftDatabase });
  await readAndSettled(el);
  const release = await holdDrafts(draftDatabase);
  el.connector = EDITED as unknown as EditableConnector;
  await waitUntil(() => statusOf(el) === 'loading', 'the edit draft being read', { timeout: 5000 });
  return { el, draftDatabase, release };
}

describe('drafts: an edit saved while its draft is read', () => {
  it('an edit saved while its draft is read, the delete after it held up, leaves a tombstone that says the connector finished', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, release } = await editOpenedWhileHeld();
    let second: (() => Promise<void>) | undefined;
    let done: Promise<boolean> | undefined;
    try {
      // The form waits for the read (Loading your saved answers): the rename lands as a host's change of the answers would.
      (el as unknown as { store: { update: (f: (s: Renamed) => Renamed) => void } }).store.update((s) => ({ ...s, data: { ...s.data, name: 'Shop renamed' } }));
      done = el.submit();
      second = await holdDrafts(draftDatabase);
    } finally {
      await release();
    }
    try {
      expect(await done).to.equal(true);
      // Said beside the success panel, which speaks of the connector already (see heldAs in the transitions).
      await waitUntil(() => stateOf(el).draftHeld === 'held-delete', 'the delete said held', { timeout: 8000 });
    } finally {
      await second?.();
    }
    await waitUntil(() => stateOf(el).draftHeld === undefined, 'the delete landed', { timeout: 5000 });
    expect((await readDraft(draftDatabase, 'default:edit:c-1'))?.finished).to.equal(true);
  });
});
