/**
 * A draft of a system the catalogue no longer offers (removed from a later catalogue): what restoring it shows,
 * and whether the draft is kept for a catalogue that offers the system again.
 */
import { expect } from '@open-wc/testing';
import { currentStepId, GROUPS, inStep, sampleCatalogue, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { readDraft, storedShopifyDraft } from '../test/stored.js';

const withoutShopify = async () => {
  const catalogue = await sampleCatalogue();
  return { ...catalogue, systems: catalogue.systems.filter((s) => s.id !== 'shopify') };
};

describe('drafts: a draft of a system the catalogue no longer offers', () => {
  it('opens on System, which names the system gone; the draft stays stored as it was, and a catalogue that offers it again restores it', async () => {
    const draftDatabase = uniqueDatabase();
    await storedShopifyDraft(draftDatabase, [['shop', 'my-store']], { id: 'default', record: { keys: 2, format: 2 } });
    const el = await wizardFixture({ catalogue: await withoutShopify(), groups: GROUPS, draftDatabase });
    expect(currentStepId(el)).to.equal('system');
    expect(inStep(el, '[data-system-gone]')?.textContent).to.contain('“shopify”');
    expect(await el.saveDraft()).to.equal(true);
    const stored = (await readDraft(draftDatabase, 'default'))!;
    expect({ system: stored.data.system, name: stored.data.name }, 'kept as it was').to.deep.equal({ system: 'shopify', name: 'Old' });
    el.remove();
    const back = await wizardFixture({ groups: GROUPS, draftDatabase });
    expect(currentStepId(back), 'restored where it was left').to.equal('credentials');
    expect(inStep<HTMLInputElement>(back, '#field-credentials-shop')!.value).to.equal('my-store');
  });
});
