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
