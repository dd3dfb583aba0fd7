/**
 * An edit opened on a cold page (the later steps' module served slowly, so the edit cannot open
 * at once) beside a draft of a new connector: the draft asked for is the edit's own from the
 * start, so the new connector's draft is neither announced as kept nor written over.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { moduleFault } from '../test/module-fault.js';

const fault = moduleFault('/src/wizard/later.');
// Earlier test pages loaded the module, and the runner lets the browser cache it.
await executeServerCommand('clear-browser-cache');
await fault('delay=800');

const { inStep, sampleCatalogue, settle, shopifyPayload, uniqueDatabase } = await import('../test/fixtures.js');
const { DraftStore } = await import('../storage/draft-store.js');
const { emptyWizardData } = await import('../schemas/wizard-data.js');

describe('an edit on a cold page', () => {
  after(async () => {
    await fault('');
    await executeServerCommand('clear-browser-cache');
  });

  it("opened on a cold page beside a new connector's draft: neither shows the other's notice nor writes over it", async () => {
    const connector = { ...(shopifyPayload({ name: 'Shop live' }) as Record<string, unknown>), id: 'c-10' };
    const draftDatabase = uniqueDatabase();
    const store = new DraftStore(draftDatabase);
    await store.put({ id: 'default', step: 'general', updatedAt: Date.now(), data: { ...emptyWizardData(), system: 'xero', name: 'New, half done' } }, 0);
    await store.close();
    const el = document.createElement('connector-wizard');
    Object.assign(el, { draftDatabase, catalogue: await sampleCatalogue(), connector });
    document.body.append(el);
    // While the later module is on its way the edit cannot open yet: its own draft is the one asked for.
    await new Promise((r) => setTimeout(r, 300));
    expect(el.shadowRoot!.querySelector('[data-notice]')?.textContent, 'no notice about a draft kept').to.equal(undefined);
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('Shop live');
    const reader = new DraftStore(draftDatabase);
    expect((await reader.get('default')).record!.data.name).to.equal('New, half done');
    await reader.close();
    el.remove();
  });
});
