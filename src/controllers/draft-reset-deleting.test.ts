/**
 * Start over while a load is still deleting another draft (one a reset while it was read meant, in the database switched away
 * from): the draft being read is discarded too, as a reset while it is read always is, not restored; and nothing is left to
 * delete it, or the work typed after, on a later load.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { settle, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { withPatched } from '../test/patched.js';
import { holdDrafts, readDraft, withTransactionsSeen } from '../test/stored.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

const statusOf = (el: ConnectorWizard) => (el as unknown as { draft: { status: string; settled: boolean } }).draft;
const heldOf = (el: ConnectorWizard) => (el as unknown as { store: { state: { draftHeld?: string } } }).store.state.draftHeld;
const nameOn = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[data-step]')?.shadowRoot?.querySelector<HTMLInputElement>('#field-name')?.value;

/** A Shopify draft named `name` stored in `draftDatabase`, written by a wizard that is then removed. */
async function stored(draftDatabase: string, name: string) {
  const el = await wizardFixture({ system: 'shopify', draftDatabase });
  await el.goTo('general');
  await settle(el);
  await type(el, '#field-name', name);
  expect(await el.saveDraft()).to.equal(true);
  return el;
}

/** Runs `run` counting the write transactions made on `database` meanwhile. */
const countingWrites = (database: string, run: (writes: () => number) => Promise<void>) =>
  withTransactionsSeen(database, (seen) => run(() => seen.filter((asked) => asked.endsWith(' readwrite')).length));

describe('drafts: Start over while a load deletes another draft', function () {
  this.timeout(30_000);

  it('a reset while the load back to draft x deletes the draft of y discards x too, and a later switch keeps what is typed after', async () => {
    const x = uniqueDatabase();
    const y = uniqueDatabase();
    (await stored(y, 'Work in y')).remove();
    const el = await stored(x, 'Work in x');
    // Start over again, while that delete is held up: this time the draft of x is the one meant.
    await backToXDeletingY(el, x, y, async () => void el.reset());
    await waitUntil(() => statusOf(el).status === 'ready' && statusOf(el).settled, 'x read', { timeout: 5000 });
    await settle(el);
    expect((await readDraft(y))?.deleted, 'y deleted').to.equal(true);
    expect((await readDraft(x))?.deleted, 'x discarded').to.equal(true);
    expect(nameOn(el) ?? '', 'nothing of x on screen').to.equal('');

    // What is typed now is kept, through a switch away and back.
    await el.goTo('general');
    await settle(el);
    await type(el, '#field-name', 'Typed after starting over');
    expect(await el.saveDraft()).to.equal(true);
    el.draftDatabase = y;
    await waitUntil(() => statusOf(el).status === 'ready' && statusOf(el).settled, 'y read again', { timeout: 5000 });
    expect((await readDraft(x))?.data?.name, 'kept in x').to.equal('Typed after starting over');
    el.remove();
  });

  it('a switch on to z while the load back to x deletes the draft of y shows z once that delete lands, not x', async () => {
    const x = uniqueDatabase();
    const y = uniqueDatabase();
    const z = uniqueDatabase();
    (await stored(y, 'Work in y')).remove();
    (await stored(z, 'Work in z')).remove();
    const el = await stored(x, 'Work in x');
    // The host moves on while that delete is held up: z is read and shown meanwhile.
    await backToXDeletingY(el, x, y, async () => {
      el.draftDatabase = z;
      await waitUntil(() => nameOn(el) === 'Work in z', 'z shown', { timeout: 5000 });
    });
    await waitUntil(async () => (await readDraft(y))?.deleted === true, 'y deleted', { timeout: 5000 });
    await settle(el);
    await settle(el);
    expect({ name: nameOn(el), settled: statusOf(el).settled }, 'the draft asked for (z) on screen').to.deep.equal({ name: 'Work in z', settled: true });
    await type(el, '#field-name', 'Typed on z');
    expect(await el.saveDraft()).to.equal(true);
    expect({ x: (await readDraft(x))?.data?.name, z: (await readDraft(z))?.data?.name }).to.deep.equal({ x: 'Work in x', z: 'Typed on z' });
    el.remove();
  });

  // The nearest case: with no switch on, the load back to x restores x once that delete lands.
  it('the load back to x, the draft of y deleted first and held up, restores x once that delete lands', async () => {
    const x = uniqueDatabase();
    const y = uniqueDatabase();
    (await stored(y, 'Work in y')).remove();
    const el = await stored(x, 'Work in x');
    await backToXDeletingY(el, x, y);
    await waitUntil(() => nameOn(el) === 'Work in x' && statusOf(el).settled, 'x restored', { timeout: 5000 });
    expect((await readDraft(y))?.deleted, 'y deleted').to.equal(true);
    el.remove();
  });

  it('a switch on to z while the load of x deletes it after a reset shows z once that delete lands, and saves there', async () => {
    const x = uniqueDatabase();
    const z = uniqueDatabase();
    (await stored(x, 'Work in x')).remove();
    (await stored(z, 'Work in z')).remove();
    const el = await stored(uniqueDatabase(), 'Work in w');
    await resetWhileDeleteHeld(el, x, async () => {
      el.draftDatabase = z;
      await waitUntil(() => nameOn(el) === 'Work in z', 'z shown', { timeout: 5000 });
    });
    await waitUntil(async () => (await readDraft(x))?.deleted === true, 'x deleted', { timeout: 5000 });
    await settle(el);
    await settle(el);
    expect({ name: nameOn(el), settled: statusOf(el).settled }, 'the draft asked for (z) on screen').to.deep.equal({ name: 'Work in z', settled: true });
    await type(el, '#field-name', 'Typed on z');
    expect(await el.saveDraft()).to.equal(true);
    expect({ status: statusOf(el).status, z: (await readDraft(z))?.data?.name }).to.deep.equal({ status: 'ready', z: 'Typed on z' });
    el.remove();
  });

  // The nearest case: with no switch on, that delete landing leaves x discarded on screen, and what is typed after is saved there.
  it('a reset while x is read, its delete held up, leaves x discarded on screen once that delete lands', async () => {
    const x = uniqueDatabase();
    (await stored(x, 'Work in x')).remove();
    const el = await stored(uniqueDatabase(), 'Work in w');
    await resetWhileDeleteHeld(el, x);
    await waitUntil(() => heldOf(el) === undefined && statusOf(el).status === 'ready' && statusOf(el).settled, 'x deleted and settled', { timeout: 5000 });
    expect((await readDraft(x))?.deleted, 'x discarded').to.equal(true);
    await el.goTo('general');
    await settle(el);
    expect(nameOn(el), 'nothing of x on screen').to.equal('');
    await type(el, '#field-name', 'Typed after starting over');
    expect(await el.saveDraft()).to.equal(true);
    expect((await readDraft(x))?.data?.name).to.equal('Typed after starting over');
    el.remove();
  });
});

/**
 * Switches `el` (on x) to y and presses Start over while y is read (held up), then switches back to x: its load deletes the draft
 * of y first, held up until `meanwhile` is done.
 */
async function backToXDeletingY(el: ConnectorWizard, x: string, y: string, meanwhile?: () => Promise<void>) {
  const holdY = await holdDrafts(y);
  try {
    el.draftDatabase = y;
    await waitUntil(() => statusOf(el).status === 'loading', 'y being read', { timeout: 5000 });
    // Start over while y is read: y is deleted once read (here, by the load that comes back to x).
    await el.reset();
    await countingWrites(y, async (writes) => {
      el.draftDatabase = x;
      await waitUntil(() => writes() > 0, 'the load of x deleting the draft of y', { timeout: 5000 });
    });
    await meanwhile?.();
  } finally {
    await holdY();
  }
}

/** Switches `el` to `x` and presses Start over while x is read, so the load deletes x once read; holds that delete up until it is said held, runs `meanwhile`, then lets both holds go. */
async function resetWhileDeleteHeld(el: ConnectorWizard, x: string, meanwhile?: () => Promise<void>) {
  const holdRead = await holdDrafts(x);
  let holdDelete: (() => Promise<void>) | undefined;
  try {
    el.draftDatabase = x;
    await waitUntil(() => statusOf(el).status === 'loading', 'x being read', { timeout: 5000 });
    await el.reset();
    holdDelete = await holdingDelete(x, holdRead);
    await waitUntil(() => heldOf(el) === 'held-delete', 'the delete of x said held', { timeout: 8000 });
    await meanwhile?.();
  } finally {
    await holdRead();
    await holdDelete?.();
  }
}

/** Lets `read` go, then holds up the next strict write (the delete) of `database` behind another tab's write, once it is asked for: resolves to its release. */
async function holdingDelete(database: string, read: () => Promise<void>) {
  const other = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(database);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  let release: (() => Promise<void>) | undefined;
  const transaction = IDBDatabase.prototype.transaction;
  await withPatched(
    IDBDatabase.prototype,
    'transaction',
    function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      if (!release && this !== other && this.name === database && args[1] === 'readwrite' && args[2]?.durability === 'strict') {
        let held = true;
        const tx = other.transaction('drafts', 'readwrite');
        const spin = () => (tx.objectStore('drafts').get('none').onsuccess = () => void (held && spin()));
        spin();
        const done = new Promise((resolve) => (tx.oncomplete = resolve));
        release = async () => ((held = false), await done, other.close());
      }
      return transaction.apply(this, args);
    } as never,
    async () => {
      await read();
      await waitUntil(() => release !== undefined, 'the delete asked for', { timeout: 5000 });
    },
  );
  return release!;
}
