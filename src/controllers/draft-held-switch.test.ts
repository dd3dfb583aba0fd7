/**
 * A write or a delete of the draft held up by another tab while the draft is read or switched:
 * a discard pressed while the draft is still read, and a switch of `draft-id` straight back to
 * the draft whose write is held. What is said speaks of the draft on screen, whichever it is.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { settle, type } from '../test/fixtures.js';
import { heardIn, heldWrite, noticesIn, onGeneral, politeIn } from '../test/held.js';
import { holdDrafts, readDraft } from '../test/stored.js';
import { en } from '../messages/english.js';

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
