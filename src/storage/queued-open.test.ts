/**
 * An open queued behind another connection's deleteDatabase or upgrade, itself blocked by a
 * connection that never closes (an older page, other code): the queued open is never told
 * `blocked`, so the wizard gives up on it after 3 s as on an open blocked itself; once the
 * blocker goes, an open that can still go through brings drafts back.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { emptyWizardData } from '../schemas/wizard-data.js';
import { currentStepId, inStep, settle, uniqueDatabase } from '../test/fixtures.js';
import { DraftStore, listDrafts } from './draft-store.js';
import { draftsWizard, notices } from '../test/waits-drafts-database.js';

/** A database holding one saved draft, and a connection to it that ignores `versionchange`: it never lets go until closed. */
async function heldOpen(name: string) {
  const store = new DraftStore(name);
  await store.put({ id: 'default:shopify', step: 'general', updatedAt: Date.now(), data: { ...emptyWizardData(), system: 'shopify', name: 'Stored' } }, 0);
  await store.close();
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

const exists = async (name: string) => (await indexedDB.databases()).some((d) => d.name === name);
/**
 * The wizard gives up after 3 s: the form, one storage notice, one event. `back`: the wizard's own
 * open goes through once the blocker goes (after a deletion: none before a newer version's
 * upgrade), drafts are on again, and that upgrade is then met as any (the wizard steps aside,
 * saying so); otherwise it never blocks it, and nothing more is said.
 */
async function expectGivenUp(name: string, holder: IDBDatabase, queuedDone: () => Promise<unknown>, back = false) {
  const { el, errors } = await draftsWizard(name);
  await waitUntil(() => notices(el).includes('storage'), 'gave up waiting', { timeout: 5000 });
  await settle(el);
  expect(el.shadowRoot!.querySelector('[data-loading]') === null, 'not loading').to.equal(true);
  expect(currentStepId(el)).to.equal('general');
  expect(inStep<HTMLInputElement>(el, '#field-name')!.value, 'a fresh form, in memory').to.equal('');
  expect(errors.map((e) => e.kind)).to.deep.equal(['storage']);
  expect(errors[0]!.message).to.contain('blocked for over 3 s');
  // The blocker goes: what was queued goes ahead, then the wizard's own open, late.
  holder.close();
  await queuedDone();
  if (back) await waitUntil(() => notices(el).includes('saving-again'), 'drafts back on', { timeout: 5000 });
  // A newer version upgrades it now: nothing of the wizard holds it open (no `blocked`).
  let blocked = false;
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name, 7);
    request.onblocked = () => (blocked = true);
    request.onsuccess = () => resolve(request.result.close());
    request.onerror = () => reject(request.error);
  });
  await settle(el);
  const after = back ? { notices: ['upgraded'], errors: 2 } : { notices: ['storage'], errors: 1 };
  expect({ blocked, notices: notices(el), errors: errors.length }).to.deep.equal({ blocked: false, ...after });
}

describe('drafts: an open queued behind a blocked deletion or upgrade', () => {
  it('behind a deleteDatabase (storage cleared at sign-out in another tab) held up by a connection that never closes', async () => {
    const name = uniqueDatabase();
    const holder = await heldOpen(name);
    const deletion = new Promise((resolve) => (indexedDB.deleteDatabase(name).onsuccess = resolve));
    await expectGivenUp(
      name,
      holder,
      async () => {
        await deletion;
        // The wizard's late open created it again, and drafts are on.
        await waitUntil(() => exists(name), 'the late open done');
      },
      true,
    );
  });

  it('behind an upgrade by a newer version held up by a connection that never closes', async () => {
    const name = uniqueDatabase();
    const holder = await heldOpen(name);
    const upgrade = indexedDB.open(name, 3);
    const upgraded = new Promise((resolve) => (upgrade.onsuccess = () => resolve(upgrade.result.close())));
    await expectGivenUp(name, holder, () => upgraded);
  });

  it('listDrafts() resolves with none after 3 s instead of waiting for good', async () => {
    const name = uniqueDatabase();
    const holder = await heldOpen(name);
    const deletion = new Promise((resolve) => (indexedDB.deleteDatabase(name).onsuccess = resolve));
    try {
      expect(await listDrafts(name)).to.deep.equal([]);
    } finally {
      holder.close();
    }
    await deletion;
    expect(await exists(name), 'listing created nothing, even late').to.equal(false);
  });
});
