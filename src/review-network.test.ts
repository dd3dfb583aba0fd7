/** Review of the network's edges and the host's inputs (session 39): failing tests first. */
import { expect } from '@open-wc/testing';
import type { WizardErrorEvent } from './events/error-event.js';
import { GROUPS, settle, wizardFixture } from './test/fixtures.js';
import type { ExistingConnector } from './schemas/wizard-data.js';

describe('review network', () => {
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
