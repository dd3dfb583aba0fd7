/**
 * A draft of an edit restored on a cold page before the later module is there (served slowly
 * here, as in edit-draft.test.ts): catalogue defaults filled into the edit's own way to sign in
 * then would count as the person's changes (the edit opens only with the later module). None
 * are, and the edit sends only what the person changed.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { moduleFault } from '../test/module-fault.js';

const fault = moduleFault('/src/wizard/later.');
await executeServerCommand('clear-browser-cache');
await fault('delay=800');

const { currentStepId, sampleCatalogue, settle, shopifyPayload, uniqueDatabase } = await import('../test/fixtures.js');
const { DraftStore } = await import('../storage/draft-store.js');
const { emptyWizardData } = await import('../schemas/wizard-data.js');

describe('a draft of an edit restored before the later module came', () => {
  after(async () => {
    await fault('');
    await executeServerCommand('clear-browser-cache');
  });

  it('sends only what the person changed: no catalogue default for a field of the connector’s own way to sign in', async function () {
    this.timeout(15000);
    const catalogue = await sampleCatalogue();
    // A field with a default under the connector's own way to sign in, whose value the host did not pass.
    catalogue.systems
      .find((s) => s.id === 'shopify')!
      .authTypes.find((a) => a.id === 'access-token')!
      .fields.push({ key: 'apiVersion', label: 'API version', type: 'text', required: false, default: '2025-01' });
    const connector = { ...(shopifyPayload({ name: 'Shop live', credentials: { shop: 'my-store' } }) as Record<string, unknown>), id: 'c-9' };
    const draftDatabase = uniqueDatabase();
    const store = new DraftStore(draftDatabase);
    const base = {
      ...emptyWizardData(),
      editing: 'c-9',
      system: 'shopify',
      name: 'Shop live',
      group: 'uk',
      environment: 'live' as const,
      timeZone: 'UTC',
      dateFormat: "yyyy-MM-dd'T'HH:mm:ssXXX",
      authType: 'access-token',
      credentials: { 'access-token': { shop: 'my-store' } },
    };
    const data = { ...base, name: 'Renamed before the reload', editBase: base };
    await store.put({ id: 'default:edit:c-9', step: 'general', updatedAt: Date.now(), data }, 0);
    await store.close();
    const el = document.createElement('connector-wizard');
    Object.assign(el, { draftDatabase, catalogue, connector, groups: [{ id: 'uk', name: 'UK' }] });
    const updated: Record<string, unknown>[] = [];
    el.addEventListener('connector-updated', (e) => updated.push((e as unknown as CustomEvent<{ connector: Record<string, unknown> }>).detail.connector));
    document.body.append(el);
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
    expect(await el.submit()).to.equal(true);
    el.remove();
    expect(updated, 'only the name changed').to.deep.equal([{ id: 'c-9', name: 'Renamed before the reload' }]);
  });
});
