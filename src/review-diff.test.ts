/**
 * Review of the changes df0b4ba..HEAD (paste reading, discards): each test fails now because of a defect they brought.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emptyWizardData } from './schemas/wizard-data.js';
import { DraftStore } from './storage/draft-store.js';
import { GROUPS, settle, type, uniqueDatabase, wizardFixture } from './test/fixtures.js';
import { readDraft } from './test/stored.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';

const notice = (el: ConnectorWizard, kind: string) => el.shadowRoot!.querySelector(`[data-notice="${kind}"]`);

describe('review diff: discards', () => {
  it('Start over while the conflict notice is shown deletes the draft and leaves no conflict to choose in', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase });
    await type(el, '#field-name', 'Saved here first');
    await waitUntil(async () => (await readDraft(draftDatabase))?.revision === 1, 'saved');
    const other = new DraftStore(draftDatabase);
    const data = { ...emptyWizardData(), system: 'shopify', name: 'Newer, from the other tab' };
    expect((await other.put({ id: 'default:shopify', step: 'general', updatedAt: Date.now(), data }, 1)).ok).to.equal(true);
    await other.close();
    await type(el, '#field-name', 'Edited here');
    await waitUntil(() => notice(el, 'conflict'), 'told of the conflict', { timeout: 2000 });
    // The person has seen both versions exist, and starts over.
    await el.reset();
    await settle(el);
    expect(notice(el, 'conflict') === null, 'the conflict notice is shown again after Start over').to.equal(true);
    expect((await readDraft(draftDatabase))?.deleted, 'the draft is deleted').to.equal(true);
  });
});
