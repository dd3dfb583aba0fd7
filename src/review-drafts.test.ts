/** Review of drafts and secrets (session 38): each test proves a defect found. */
import { expect, waitUntil } from '@open-wc/testing';
import { openDB } from 'idb';
import { GROUPS, type, uniqueDatabase, wizardFixture } from './test/fixtures.js';
import { emptyWizardData } from './schemas/wizard-data.js';
import { DraftStore } from './storage/draft-store.js';
import { readDraft } from './test/stored.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';

const notices = (el: ConnectorWizard) => [...el.shadowRoot!.querySelectorAll('[data-notice]')].map((n) => n.getAttribute('data-notice'));

describe('review: drafts and secrets', () => {
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
