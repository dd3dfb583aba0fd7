/** Review of the network's edges and the host's inputs (session 39): failing tests first. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { WizardErrorEvent } from './events/error-event.js';
import { GROUPS, settle, stepElement, uniqueDatabase, wizardFixture } from './test/fixtures.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';
import type { ExistingConnector } from './schemas/wizard-data.js';

async function offlineFor(ms: number) {
  await executeServerCommand('offline-for', { ms });
  await waitUntil(() => !navigator.onLine, 'the page went offline', { timeout: 5000 });
}
const online = () => waitUntil(() => navigator.onLine, 'the page is online again', { timeout: 15_000 });

describe('review network', () => {
  afterEach(online);

  it('a catalogue-src that could not be fetched offline loads once the browser is back online, with no Try again pressed', async function () {
    this.timeout(30_000);
    await offlineFor(2500);
    const src = `/demo/sample-catalogue.json?offline-${crypto.randomUUID()}`;
    const el = await fixture<ConnectorWizard>(html`<connector-wizard .draftDatabase=${uniqueDatabase()} no-drafts catalogue-src=${src}></connector-wizard>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry"]'), 'failed offline', { timeout: 5000 });
    await online();
    await waitUntil(() => stepElement(el)?.dataset.step === 'system', 'loaded once back online', { timeout: 5000 });
  });

  for (const [what, value] of [
    ['an object', { connectors: [{ name: 'Shop', system: 'shopify', group: 'uk', environment: 'live' }] }],
    ['a string', '[{"name":"Shop","system":"shopify","group":"uk","environment":"live"}]'],
  ] as const)
    it(`existingConnectors given as ${what} is said to the host (config), not ignored without a word`, async () => {
      const errors: string[] = [];
      const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
      el.addEventListener('connector-wizard-error', (e) => errors.push(`${(e as WizardErrorEvent).detail.kind}: ${(e as WizardErrorEvent).detail.message}`));
      el.existingConnectors = value as unknown as ExistingConnector[];
      await settle(el);
      expect(errors.join(' | ')).to.contain('config: existingConnectors');
      // Said once per problem: the same again says nothing more; null (none yet) is no problem.
      el.existingConnectors = value as unknown as ExistingConnector[];
      await settle(el);
      el.existingConnectors = null as unknown as ExistingConnector[];
      await settle(el);
      expect(errors).to.have.length(1);
    });

  it('groups given as an object (an API’s wrapper) is said to the host (config), not ignored without a word', async () => {
    const errors: string[] = [];
    const el = await wizardFixture({ system: 'shopify' });
    el.addEventListener('connector-wizard-error', (e) => errors.push(`${(e as WizardErrorEvent).detail.kind}: ${(e as WizardErrorEvent).detail.message}`));
    el.groups = { groups: GROUPS } as unknown as typeof GROUPS;
    await settle(el);
    expect(errors.join(' | ')).to.contain('config: groups');
  });
});
