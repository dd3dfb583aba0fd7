/**
 * A draft of an edit, restored on a cold page before the later steps' module is there (the
 * module is served slowly here): opening the edit keeps the draft's answers and step instead of
 * the connector's.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { moduleFault } from '../test/module-fault.js';

const fault = moduleFault('/src/wizard/later.');
// Earlier test pages loaded the module, and the runner lets the browser cache it.
await executeServerCommand('clear-browser-cache');
await fault('delay=800');

const { currentStepId, inStep, sampleCatalogue, settle, shopifyPayload, uniqueDatabase } = await import('../test/fixtures.js');
const { DraftStore } = await import('../storage/draft-store.js');
const { emptyWizardData } = await import('../schemas/wizard-data.js');

describe('a draft of an edit', () => {
  after(async () => {
    await fault('');
    await executeServerCommand('clear-browser-cache');
  });

  it('restored before the later module came, keeps its answers and step when the edit opens', async () => {
    const connector = { ...(shopifyPayload({ name: 'Shop live' }) as Record<string, unknown>), id: 'c-9' };
    const draftDatabase = uniqueDatabase();
    const store = new DraftStore(draftDatabase);
    const data = { ...emptyWizardData(), editing: 'c-9', system: 'shopify', name: 'Renamed before the reload', environment: 'live' as const, authType: 'access-token' };
    await store.put({ id: 'default:edit:c-9', step: 'timezone', updatedAt: Date.now(), data }, 0);
    await store.close();
    // The connector is set before the element connects, as a page that opens an edit does.
    const el = document.createElement('connector-wizard');
    Object.assign(el, { draftDatabase, catalogue: await sampleCatalogue(), connector });
    document.body.append(el);
    await settle(el);
    expect(currentStepId(el)).to.equal('timezone');
    await el.goTo('general');
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('Renamed before the reload');
    expect(el.steps).to.not.include('system');
    el.remove();
  });
});
