/** Review a11y: failing tests. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { advanceTo, choose, GROUPS, inStep, settle, wizardFixture } from './test/fixtures.js';

describe('review a11y', () => {
  it('a date pattern typed key by key (dd/mm/yyyy HH:mm) says its warning once, not each time it comes back', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
    await advanceTo(el, 'timezone');
    await choose(el, '#date-format-custom');
    const region = inStep(el, '[data-date-warning]')!;
    let said = 0;
    let before = '';
    new MutationObserver(() => {
      const now = region.textContent!.trim();
      if (now && !before && region.getAttribute('aria-live') === 'polite') said++;
      before = now;
    }).observe(region, { childList: true, subtree: true, characterData: true, attributes: true });
    inStep<HTMLInputElement>(el, '#custom-date-format')!.focus();
    for (const key of 'dd/mm/yyyy HH:mm') {
      await sendKeys({ type: key });
      await settle(el);
    }
    expect(region.textContent, 'shown at the end').to.contain('“mm” is minutes');
    expect(said, 'said once').to.equal(1);
  });
});
