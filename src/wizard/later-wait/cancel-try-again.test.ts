/** A restored draft whose later steps failed to load, Cancel (the host keeps the wizard), then Try again: the draft opens on its step. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../test/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { moduleFault } from '../../test/module-fault.js';

const fault = moduleFault('/src/wizard/later.');
await executeServerCommand('clear-browser-cache');
await fault('fail=1');
const { currentStepId, sampleCatalogue, settle, uniqueDatabase } = await import('../../test/fixtures.js');
const { DraftStore } = await import('../../storage/draft-store.js');
const { emptyWizardData } = await import('../../schemas/wizard-data.js');

describe('Cancel, then Try again, on a restored draft whose later steps failed to load', () => {
  after(async () => {
    await fault('');
    await executeServerCommand('clear-browser-cache');
  });

  it('the draft opens on its step once Try again loads the file', async () => {
    const draftDatabase = uniqueDatabase();
    const store = new DraftStore(draftDatabase);
    await store.put({ id: 'default', step: 'general', updatedAt: Date.now(), data: { ...emptyWizardData(), system: 'shopify', name: 'Half done' } }, 0);
    await store.close();
    const el = document.createElement('connector-wizard');
    Object.assign(el, { draftDatabase, catalogue: await sampleCatalogue() });
    document.body.append(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry"]'), 'load error', { timeout: 5000 });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel"]')!.click();
    await fault('');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry"]') === null, 'loaded', { timeout: 5000 });
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
    el.remove();
  });
});
