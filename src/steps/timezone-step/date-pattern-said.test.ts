/** What a screen reader gets with a custom date pattern: a warning said as it appears, a problem read once. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { advanceTo, choose, errorSummary, GROUPS, inStep, pressContinue, settle, type, wizardFixture } from '../../test/fixtures.js';

/** The texts an element's aria-describedby points to, as read with it. */
function description(control: Element): string[] {
  const root = control.getRootNode() as ShadowRoot;
  return (control.getAttribute('aria-describedby') ?? '')
    .split(/\s+/u)
    .filter(Boolean)
    .map((id) => root.getElementById(id)?.textContent?.replace(/\s+/gu, ' ').trim() ?? '');
}

/** The politeness of the live region `node` is in, if any. */
function liveRegionOf(node: Element): string | null {
  for (let n: Element | null = node; n; n = n.parentElement) {
    const live = n.getAttribute('aria-live') ?? { status: 'polite', alert: 'assertive' }[n.getAttribute('role') ?? ''];
    if (live && live !== 'off') return live;
  }
  return null;
}

describe('a custom date pattern, as a screen reader gets it', () => {
  it('a warning (hh without a) is said politely as it appears, in a region that was there before it', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
    await advanceTo(el, 'timezone');
    await choose(el, '#date-format-custom');
    const region = inStep(el, '[data-date-warning]')!;
    expect(region.textContent!.trim(), 'empty before').to.equal('');
    await type(el, '#custom-date-format', 'dd/MM/yyyy hh:mm');
    const warning = inStep(el, '#custom-date-format-warning')!;
    expect(warning.textContent).to.contain('12-hour clock');
    expect(liveRegionOf(warning)).to.equal('polite');
    expect(inStep(el, '[data-date-warning]') === region, 'the same region: its change is what is said').to.equal(true);
    expect(description(inStep(el, '#custom-date-format')!).join(' ')).to.contain('12-hour clock');
  });

  it('an invalid pattern, once Continue says it, is read with the field once, not twice', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
    await advanceTo(el, 'timezone');
    await choose(el, '#date-format-custom');
    await type(el, '#custom-date-format', 'DD/MM/YYYY');
    const input = inStep(el, '#custom-date-format')!;
    const before = description(input).join(' ');
    expect(before, 'said while typed, before Continue').to.contain('is not a date pattern letter');
    await pressContinue(el);
    const problem = errorSummary(el)[0]!;
    const read = description(input);
    expect(read.filter((text) => text.includes(problem)).length, JSON.stringify(read)).to.equal(1);
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
