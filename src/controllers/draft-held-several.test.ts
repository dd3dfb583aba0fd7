/**
 * Several things held up at once by another tab's long write on the drafts (see holdDrafts): each keeps its own words
 * until it ends. A discard asked for while a write of the same draft is held waits behind that write, so it is held too;
 * a second discard waits behind the first.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { settle, type } from '../test/fixtures.js';
import { heardIn, heldWrite, noticesIn, onGeneral, politeIn } from '../test/held.js';
import { holdDrafts, readDraft } from '../test/stored.js';
import { en } from '../messages/english.js';

const revisionOf = (el: HTMLElement) => (el as unknown as { draft: { revision: number } }).draft.revision;

describe('drafts: a discard held behind another held write or delete', function () {
  this.timeout(30_000);

  it('a discard while a write of the draft is held says the draft is not deleted yet until the delete lands', async () => {
    const { el, draftDatabase } = await onGeneral();
    const { release, saved } = await heldWrite(el, draftDatabase, '#field-name', 'Typed while held');
    const heard = heardIn(el);
    const reset = el.reset();
    await waitUntil(() => noticesIn(el).includes('held-delete'), 'said not deleted yet', { timeout: 8000 });
    expect(noticesIn(el), 'not said saved').to.not.include('held');
    expect(politeIn(el)).to.equal(en.draftNotices['held-delete']);
    await release();
    await saved;
    await reset;
    await waitUntil(() => !noticesIn(el).includes('held-delete'), 'the held notice gone', { timeout: 5000 });
    expect(politeIn(el)).to.equal(en.draftHeldDeleted);
    expect(heard.filter((h) => h === en.draftNotices['held-delete']).length, 'said once').to.equal(1);
    expect(heard, 'the write left unsaid').to.not.include(en.draftHeldSaved);
    expect((await readDraft(draftDatabase))?.deleted).to.equal(true);
    el.remove();
  });

  it('Start over again while a discard is held keeps saying the draft is not deleted yet until it lands', async () => {
    const { el, draftDatabase } = await onGeneral();
    const release = await holdDrafts(draftDatabase);
    const heard = heardIn(el);
    const first = el.reset();
    await waitUntil(() => noticesIn(el).includes('held-delete'), 'said not deleted yet', { timeout: 8000 });
    const second = el.reset();
    await settle(el);
    expect(noticesIn(el), 'still said while the first delete is held').to.include('held-delete');
    await release();
    await first;
    await second;
    await waitUntil(() => !noticesIn(el).includes('held-delete'), 'the held notice gone', { timeout: 5000 });
    expect(politeIn(el)).to.equal(en.draftHeldDeleted);
    expect(heard.filter((h) => h === en.draftNotices['held-delete']).length, 'said once').to.equal(1);
    expect((await readDraft(draftDatabase))?.deleted).to.equal(true);
    el.remove();
  });

  it('a held write that lands while later changes wait behind it, held too, still says the latest changes are not saved yet', async () => {
    const { el, draftDatabase } = await onGeneral();
    const first = await heldWrite(el, draftDatabase, '#field-name', 'Typed while held');
    const before = revisionOf(el);
    // Another long write, queued behind the first held one: the next write waits for it.
    const second = await holdDrafts(draftDatabase);
    await type(el, '#field-name', 'Typed while held, then more');
    const heard = heardIn(el);
    const saved = el.saveDraft();
    await first.release();
    // Resolves once the first write lands (true or false as the later write has begun or not: not what is checked here).
    await first.saved;
    expect(revisionOf(el), 'the first write landed').to.be.above(before);
    await settle(el);
    expect(noticesIn(el), 'the latest changes still held').to.include('held');
    expect(heard, 'not said saved').to.not.include(en.draftHeldSaved);
    expect(heard, 'not said again').to.not.include(en.draftNotices.held);
    await second();
    await saved;
    await waitUntil(() => !noticesIn(el).includes('held'), 'the held notice gone', { timeout: 5000 });
    expect(politeIn(el)).to.equal(en.draftHeldSaved);
    expect((await readDraft(draftDatabase))?.data.name).to.equal('Typed while held, then more');
    el.remove();
  });
});
