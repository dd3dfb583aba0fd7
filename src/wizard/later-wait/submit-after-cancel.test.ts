/** submit() again after Cancel, while the later steps' file still loads: a new submit, not the cancelled one's promise. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../test/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { moduleFault } from '../../test/module-fault.js';

const fault = moduleFault('/src/wizard/later.');
await executeServerCommand('clear-browser-cache');
await fault('delay=1500');
const { errorSummary, sampleCatalogue, settle, uniqueDatabase } = await import('../../test/fixtures.js');
const { DraftStore } = await import('../../storage/draft-store.js');
const { emptyWizardData } = await import('../../schemas/wizard-data.js');

describe('submit() again after Cancel while the later steps load', () => {
  after(async () => {
    await fault('');
    await executeServerCommand('clear-browser-cache');
  });

  it('the second call checks the steps once the file comes, and the first resolves false', async () => {
    const draftDatabase = uniqueDatabase();
    const store = new DraftStore(draftDatabase);
    await store.put({ id: 'default', step: 'general', updatedAt: Date.now(), data: { ...emptyWizardData(), system: 'shopify', name: '' } }, 0);
    await store.close();
    const el = document.createElement('connector-wizard');
    Object.assign(el, { draftDatabase, catalogue: await sampleCatalogue() });
    document.body.append(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[data-loading]')?.textContent?.includes('Loading the next step'), 'the draft read: its step awaits the later file', {
      timeout: 5000,
    });
    const first = el.submit();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel"]')!.click();
    const second = el.submit();
    expect(second === first).to.equal(false);
    expect(await first).to.equal(false);
    expect(await second).to.equal(false);
    await settle(el);
    // The second submit ran: it checked every step and showed what General lacks.
    expect(errorSummary(el).join(' ')).to.match(/name/i);
    el.remove();
  });
});
