/** Review of drafts and secrets (session 38): each test proves a defect found. */
import { expect, waitUntil } from '@open-wc/testing';
import { openDB } from 'idb';
import { GROUPS, inStep, type, uniqueDatabase, wizardFixture } from './test/fixtures.js';
import { fakeClock } from './test/fake-clock.js';
import { emptyWizardData } from './schemas/wizard-data.js';
import { DraftStore } from './storage/draft-store.js';
import { readDraft } from './test/stored.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';

const notices = (el: ConnectorWizard) => [...el.shadowRoot!.querySelectorAll('[data-notice]')].map((n) => n.getAttribute('data-notice'));

describe('review: drafts and secrets', () => {
  it('a draft open in a tab for over 30 days, purged by another wizard, is followed when another tab starts it again: never written over it unsaid', async () => {
    const draftDatabase = uniqueDatabase();
    const first = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, draftId: 'x' });
    await type(first, '#field-name', 'Typed a month ago');
    expect(await first.saveDraft()).to.equal(true);
    const clock = fakeClock(new Date(Date.now() + 31 * 24 * 3600_000).toISOString());
    try {
      // Another wizard opens the database a month later: its purge takes the idle draft.
      await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, draftId: 'y' });
      await waitUntil(async () => (await readDraft(draftDatabase, 'x'))?.data === undefined, 'the idle draft purged');
      // A new tab on the same draft starts it again, and saves: the month-old tab, with nothing unsaved, follows it.
      const second = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, draftId: 'x' });
      await type(second, '#field-name', 'Typed today');
      expect(await second.saveDraft()).to.equal(true);
      await waitUntil(() => inStep<HTMLInputElement>(first, '#field-name')?.value === 'Typed today', 'the month-old tab follows the new draft', { timeout: 2000 });
      await type(first, '#field-name', 'Typed today, continued');
      expect(await first.saveDraft()).to.equal(true);
      expect(notices(first)).to.deep.equal([]);
    } finally {
      clock.restore();
    }
  });

  it('an upgrade from another tab during a conflict never invites a reload that would lose the changes not saved', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase });
    await type(el, '#field-name', 'Saved here first');
    expect(await el.saveDraft()).to.equal(true);
    const other = new DraftStore(draftDatabase);
    const data = { ...emptyWizardData(), system: 'shopify', name: 'Newer, from the other tab' };
    expect((await other.put({ id: 'default:shopify', step: 'general', updatedAt: Date.now(), data }, 1)).ok).to.equal(true);
    await other.close();
    await type(el, '#field-name', 'Edited here');
    await waitUntil(() => notices(el).includes('conflict'), 'told of the conflict', { timeout: 2000 });
    // A newer version of the form, in another tab, upgrades the database.
    (await openDB(draftDatabase, 3, { upgrade: () => undefined })).close();
    await waitUntil(() => !notices(el).includes('conflict'), 'the conflict can no longer be settled here');
    const said = [...el.shadowRoot!.querySelectorAll('[data-notice]')].map((n) => n.textContent!.trim()).join(' ');
    expect((await readDraft(draftDatabase))!.data.name, 'the other tab’s version is what a reload opens').to.equal('Newer, from the other tab');
    expect(said, 'a reload would lose "Edited here"').to.not.contain('reload');
    expect(said).to.contain('your latest changes here were not saved');
  });
});
