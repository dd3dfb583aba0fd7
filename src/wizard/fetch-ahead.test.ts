/**
 * The later file is fetched ahead only once the first step is on screen, so it never competes
 * for the network with what that step needs (the draft file, the draft). An endpoint changes
 * nothing: the connectors it lists are asked for once the later file is there. This page has
 * loaded neither file yet; the test server holds the draft file back, so the first step waits.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { moduleFault, releaseModules, waitModuleHeld } from '../test/module-fault.js';

const LATER = '/src/wizard/later.';
const DRAFTS = '/src/controllers/draft-controller.';
// Each source module is a resource: the browser's default buffer of 250 entries would be full before the later file comes.
performance.setResourceTimingBufferSize(10_000);
// Earlier test pages loaded both, and the runner lets the browser cache them.
await executeServerCommand('clear-browser-cache');
await moduleFault(DRAFTS)('held=1');

const { freshApi, sampleCatalogue, settle, stepElement, uniqueDatabase } = await import('../test/fixtures.js');
type Wizard = import('./connector-wizard.js').ConnectorWizard;

/** How many times the endpoint was asked for its connectors. */
const gets = async (api: ReturnType<typeof freshApi>) => (await api.log()).filter((entry) => entry.method === 'GET' && !entry.query.includes('probe')).length;
/**
 * How many times the wizard asked for its connectors before a request of the test's own, made now: the server logs a request
 * the wizard made before it (a second ask from the same connect) ahead of it.
 */
async function getsBeforeNow(api: ReturnType<typeof freshApi>): Promise<number> {
  const probe = `probe=${crypto.randomUUID()}`;
  await fetch(`${api.endpoint}?${probe}`);
  const log = await api.log();
  return log
    .slice(
      0,
      log.findIndex((entry) => entry.query.includes(probe)),
    )
    .filter((entry) => entry.method === 'GET' && !entry.query.includes('probe')).length;
}
/** Whether this page has fetched a file under `prefix` (resource timing lists a fetch once it is answered). */
const fetched = (prefix: string) => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.startsWith(prefix));

describe('fetching ahead', () => {
  after(async () => {
    await fetch('/__faults/module', { method: 'POST' });
    await executeServerCommand('clear-browser-cache');
  });

  it('asks for the later file only once the first step is on screen, with an endpoint and drafts on', async () => {
    const api = freshApi();
    const el = document.createElement('connector-wizard') as Wizard;
    el.catalogue = await sampleCatalogue();
    el.draftDatabase = uniqueDatabase();
    el.setAttribute('endpoint', api.endpoint);
    document.body.append(el);
    try {
      // The draft file asked for and held: it is not there, so neither is the first step.
      await waitModuleHeld();
      await el.updateComplete;
      expect(stepElement(el), 'the first step waits for the draft').to.equal(null);
      expect(fetched(LATER), 'the later file is not asked for yet').to.equal(false);
      expect(await api.log(), 'nor the connectors, which need it').to.deep.equal([]);

      await releaseModules();
      await waitUntil(() => stepElement(el), 'the first step, once the draft file came', { timeout: 5000 });
      await settle(el);
      expect(stepElement(el)?.localName).to.equal('connector-wizard-system-step');
      await waitUntil(() => fetched(LATER), 'fetched ahead once the first step shows', { timeout: 5000 });
      await waitUntil(async () => (await gets(api)) > 0, 'the endpoint is asked for its connectors', { timeout: 5000 });
      expect(fetched(DRAFTS)).to.equal(true);
      await settle(el);
      expect(await getsBeforeNow(api), 'once').to.equal(1);
    } finally {
      el.remove();
    }
  });

  it('a wizard added once the later file is there asks once, even given its endpoint after it connects, and again when moved', async () => {
    expect(fetched(LATER), 'the first test loaded it').to.equal(true);
    const api = freshApi();
    const el = document.createElement('connector-wizard') as Wizard;
    el.catalogue = await sampleCatalogue();
    el.draftDatabase = uniqueDatabase();
    document.body.append(el);
    // As a framework that inserts an element before it binds its properties.
    el.endpoint = api.endpoint;
    try {
      await settle(el);
      await waitUntil(async () => (await gets(api)) > 0, 'asked', { timeout: 5000 });
      await settle(el);
      expect(await getsBeforeNow(api), 'once').to.equal(1);
      document.body.prepend(el);
      await waitUntil(async () => (await gets(api)) > 1, 'asked again after the move', { timeout: 5000 });
      await settle(el);
      expect(await getsBeforeNow(api), 'once more').to.equal(2);
    } finally {
      el.remove();
    }
  });
});
