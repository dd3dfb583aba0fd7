/** Cancel while a restored draft waits for the later steps' file: the draft still opens on its step (only what the person asked for is dropped). */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../test/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { moduleFault, releaseHeldModule } from '../../test/module-fault.js';

const fault = moduleFault('/src/wizard/later.');
await executeServerCommand('clear-browser-cache');
// Held until the test has pressed Cancel, not for a time a busy machine may use up first.
await fault('held=1');
const { currentStepId, sampleCatalogue, settle, uniqueDatabase } = await import('../../test/fixtures.js');
const { DraftStore } = await import('../../storage/draft-store.js');
const { emptyWizardData } = await import('../../schemas/wizard-data.js');

describe('Cancel while a restored draft waits for the later steps', () => {
  after(async () => {
    await fault('');
    await executeServerCommand('clear-browser-cache');
  });

  it('the draft still opens on its step once the file comes', async () => {
    const draftDatabase = uniqueDatabase();
    const store = new DraftStore(draftDatabase);
    await store.put({ id: 'default', step: 'general', updatedAt: Date.now(), data: { ...emptyWizardData(), system: 'shopify', name: 'Half done' } }, 0);
    await store.close();
    const el = document.createElement('connector-wizard');
    Object.assign(el, { draftDatabase, catalogue: await sampleCatalogue() });
    document.body.append(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[data-loading]')?.textContent?.includes('Loading the next step'), 'the draft read: its step awaits the later file', {
      timeout: 5000,
    });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel"]')!.click();
    expect(await releaseHeldModule(), 'the held later file answered').to.equal(1);
    await waitUntil(() => customElements.get('connector-wizard-general-step'), 'the later steps arrived', { timeout: 5000 });
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
    el.remove();
  });
});
