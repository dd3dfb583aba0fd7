/** What a screen reader gets with a custom date pattern: a warning said as it appears, a problem read once. */
import { expect } from '@open-wc/testing';
import { advanceTo, choose, errorSummary, GROUPS, inStep, pressContinue, type, wizardFixture } from '../../test/fixtures.js';

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
});
