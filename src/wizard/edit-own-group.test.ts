/** An edit of a connector whose group the choice offered lacks (another group, or none): kept as it is unless the person moves it. */
import { expect } from '@open-wc/testing';
import { audit } from '../test/audit.js';
import { choose, currentStepId, errorSummary, GROUPS, inStep, settle, type, wizardFixture } from '../test/fixtures.js';
import type { EditableConnector } from './connector-wizard.js';

const BASE = {
  id: 'c-1',
  name: 'Shop before',
  system: 'shopify',
  group: 'uk',
  environment: 'live',
  timeZone: 'UTC',
  dateFormat: "yyyy-MM-dd'T'HH:mm:ssXXX",
  authType: 'access-token',
};

async function editing(connector: Record<string, unknown>) {
  const el = await wizardFixture({ groups: GROUPS });
  const updated: { connector: Record<string, unknown> }[] = [];
  el.addEventListener('connector-updated', (e) => updated.push(e.detail as { connector: Record<string, unknown> }));
  el.connector = connector as unknown as EditableConnector;
  await settle(el);
  return { el, updated };
}

describe('editing a connector in a group not offered', () => {
  for (const group of ['fr', null])
    it(`a connector in ${group ?? 'no group'} (not among the two groups offered) can be renamed without being moved to another group`, async () => {
      const { el, updated } = await editing({ ...BASE, group });
      const kept = inStep<HTMLInputElement>(el, '#group-kept');
      expect(kept?.checked ?? false, 'its own group shown, chosen').to.equal(true);
      expect(kept!.labels![0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(group ? 'fr (current group, not offered here)' : 'No group (as now)');
      await audit(el, 'editing, a group not offered');
      await type(el, '#field-name', 'Shop renamed');
      const saved = await el.submit();
      await settle(el);
      expect({ saved, step: currentStepId(el), errors: errorSummary(el), updated }).to.deep.equal({
        saved: true,
        step: null,
        errors: [],
        updated: [{ connector: { id: 'c-1', name: 'Shop renamed' } }],
      });
    });

  it('a connector in no group moved to a group offered and back again is no move: only the rename is sent', async () => {
    const { el, updated } = await editing({ ...BASE, group: null });
    await choose(el, '#group-us');
    await choose(el, '#group-kept');
    await type(el, '#field-name', 'Shop renamed');
    expect(await el.submit()).to.equal(true);
    expect(updated).to.deep.equal([{ connector: { id: 'c-1', name: 'Shop renamed' } }]);
  });

  it('a connector in a group offered has no choice to keep another', async () => {
    const { el } = await editing(BASE);
    expect(inStep(el, '#group-kept') === null).to.equal(true);
  });
});
