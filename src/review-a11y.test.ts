/** Review a11y: failing tests. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { advanceTo, choose, GROUPS, inStep, settle, wizardFixture } from './test/fixtures.js';

describe('review a11y', () => {
  it('GMT typed in the time zone box highlights UTC, the zone Enter takes, so a screen reader hears which one it is', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
    await advanceTo(el, 'timezone');
    const box = inStep<HTMLInputElement>(el, '#field-timeZone')!;
    box.focus();
    box.select();
    await sendKeys({ type: 'GMT' });
    await settle(el);
    const active = box.getAttribute('aria-activedescendant');
    expect(active, 'an option highlighted').to.be.a('string');
    expect(inStep(el, `#${active}`)!.textContent, 'UTC highlighted').to.contain('UTC');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(box.value, 'Enter took the zone highlighted').to.equal('UTC');
  });

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
