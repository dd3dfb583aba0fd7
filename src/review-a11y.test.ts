/** Review a11y: the conflict notice giving way to `upgraded-unsaved` under the keyboard focus. */
import { expect, waitUntil } from '@open-wc/testing';
import { openDB } from 'idb';
import { deepActiveElement, GROUPS, type, uniqueDatabase, wizardFixture } from './test/fixtures.js';
import { emptyWizardData } from './schemas/wizard-data.js';
import { DraftStore } from './storage/draft-store.js';

describe('Review a11y: a conflict notice that gives way under the focus', () => {
  it('a keyboard user on “Keep my version” when another tab upgrades the drafts keeps a focus in the wizard, never the page', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase });
    await type(el, '#field-name', 'Saved here first');
    expect(await el.saveDraft()).to.equal(true);
    const other = new DraftStore(draftDatabase);
    const data = { ...emptyWizardData(), system: 'shopify', name: 'Newer, from the other tab' };
    expect((await other.put({ id: 'default:shopify', step: 'general', updatedAt: Date.now(), data }, 1)).ok).to.equal(true);
    await other.close();
    await type(el, '#field-name', 'Edited here');
    await waitUntil(() => el.shadowRoot!.querySelector('[data-conflict="mine"]'), 'told of the conflict', { timeout: 2000 });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-conflict="mine"]')!.focus();
    (await openDB(draftDatabase, 3, { upgrade: () => undefined })).close();
    await waitUntil(() => el.shadowRoot!.querySelector('[data-notice="upgraded-unsaved"]'), 'the upgrade said');
    await el.updateComplete;
    const active = deepActiveElement();
    expect(active === document.body || active === null ? 'body' : el.contains(active) || el.shadowRoot!.contains(active) || active.getRootNode() !== document ? 'wizard' : 'page').to.equal('wizard');
  });
});
