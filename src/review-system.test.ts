import { expect, waitUntil } from '@open-wc/testing';
import { allInStep, inStep, settle, type, wizardFixture } from './test/fixtures.js';

describe('Review system: the count is said as the answer to a search, not on a language switch', () => {
  it('switching language puts no new words in any live region of the System step; a search still says its count', async () => {
    const el = await wizardFixture();
    const said = () => allInStep(el, '[role="status"], [aria-live="polite"]').map((s) => s.textContent!.replace(/\s+/g, ' ').trim());
    const before = said();
    el.setAttribute('lang', 'de');
    await waitUntil(() => inStep(el, '.heading')!.textContent === 'Wählen Sie ein System aus', 'the step in German', { timeout: 5000 });
    await settle(el);
    const after = said();
    after.forEach((words, i) => expect(words === '' || words === before[i], `a live region now says “${words}”`).to.equal(true));
    await type(el, '#search-systems', 'shop');
    expect(
      said().some((words) => /\d+ System/u.test(words)),
      said().join(' | '),
    ).to.equal(true);
  });
});

describe('Review system: existing connectors the rule cannot read are said to the host', () => {
  it('an entry whose environment is neither live nor test is reported once (config), not again for an equal list', async () => {
    const el = await wizardFixture({ system: 'shopify' });
    const reported: string[] = [];
    el.addEventListener('connector-wizard-error', (e) => reported.push(`${e.detail.kind}: ${e.detail.message}`));
    const list = () => [
      { name: 'Shop live', system: 'shopify', environment: 'live' },
      { name: 'Shop testing', system: 'shopify', environment: 'testing' },
    ];
    el.existingConnectors = list() as never;
    await settle(el);
    el.existingConnectors = list() as never;
    await settle(el);
    const said = reported.filter((r) => r.includes('existingConnectors'));
    expect(said.length, reported.join(' | ')).to.equal(1);
    expect(said[0]).to.match(/^config: existingConnectors: 1 of 2 entries left out/u);
    // The readable entry still holds its slot.
    expect(inStep<HTMLInputElement>(el, '#environment-live')!.disabled).to.equal(true);
  });
});
