/**
 * An edit opened on a cold page (the later steps' module held by the test server, so the edit
 * cannot open yet) beside a draft of a new connector: the draft asked for is the edit's own from the
 * start, so the new connector's draft is neither announced as kept nor written over.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { moduleFault, releaseHeldModule, releaseModules, waitModuleHeld } from '../test/module-fault.js';

const fault = moduleFault('/src/wizard/later.');
// Earlier test pages loaded the module, and the runner lets the browser cache it.
await executeServerCommand('clear-browser-cache');
await fault('held=1');

const { inStep, sampleCatalogue, settle, shopifyPayload, uniqueDatabase } = await import('../test/fixtures.js');
const { waitUntil } = await import('../test/wait.js');
const { withPatched } = await import('../test/patched.js');
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
    // The reads of drafts the wizard makes, counted once answered: the notice, if any, is rendered from the first.
    let answered = 0;
    const get = DraftStore.prototype.get;
    await withPatched(
      DraftStore.prototype,
      'get',
      function (this: InstanceType<typeof DraftStore>, id: string) {
        return get.call(this, id).finally(() => answered++);
      } as never,
      async () => {
        try {
          document.body.append(el);
          // While the later module is held the edit cannot open yet: its own draft is the one asked for.
          // (Not settle or updateComplete: they wait for the held module.)
          await waitModuleHeld();
          await waitUntil(() => answered > 0 && !el.isUpdatePending, 'a draft read and rendered while the module is held', { timeout: 5000 });
          expect(el.shadowRoot!.querySelector('[data-notice]')?.textContent, 'no notice about a draft kept').to.equal(undefined);
          await releaseHeldModule();
        } finally {
          await releaseModules();
        }
      },
    );
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('Shop live');
    const reader = new DraftStore(draftDatabase);
    expect((await reader.get('default')).record!.data.name).to.equal('New, half done');
    await reader.close();
    el.remove();
  });
});
