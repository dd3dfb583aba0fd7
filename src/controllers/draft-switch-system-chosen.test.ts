/**
 * Diff review (session 43): a system the person picks on the answers a switch of draft-id leaves on screen is theirs, as typing is (88a9b4f).
 * Since 88a9b4f, rememberAnswers takes the person's pick for a host's change (replacedAnswers compares systems): the pick is saved nowhere
 * and draft b is written with no system (at 2afe397 b was not written).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { listDrafts } from '../storage/draft-store.js';
import { choose, GROUPS, settle, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { holdDrafts, readDraft } from '../test/stored.js';

describe('drafts: a system picked while a switch of draft-id waits for the answers left to be written', () => {
  it('is saved in the draft left, as typing is, and never written to the draft switched to', async function () {
    this.timeout(20_000);
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ groups: GROUPS, draftDatabase, draftId: 'a' });
    await choose(el, '#system-shopify');
    expect(await el.saveDraft()).to.equal(true);
    expect((await readDraft(draftDatabase, 'a'))?.data?.system).to.equal('shopify');
    const release = await holdDrafts(draftDatabase);
    el.draftId = 'b';
    await el.updateComplete;
    // The person, on the answers still shown (draft a's), picks another system: their own change, not the host's.
    await choose(el, '#system-xero');
    await release();
    await settle(el);
    await waitUntil(async () => (await readDraft(draftDatabase, 'a'))?.data?.system === 'xero', 'a holds the system picked', { timeout: 5000 }).catch(() => undefined);
    // Longer than a save waits after a change (400 ms): a write of draft b would have landed.
    await new Promise((r) => setTimeout(r, 1000));
    expect((await listDrafts(draftDatabase)).map(({ id, system }) => ({ id, system }))).to.deep.equal([{ id: 'a', system: 'xero' }]);
  });
});
