import { expect, waitUntil } from '@open-wc/testing';
import { advanceTo, inStep, wizardFixture } from './test/fixtures.js';

/** Where one character of `node`'s text shows, left to right on screen. */
function leftOf(node: Text, index: number): number {
  const range = document.createRange();
  range.setStart(node, index);
  range.setEnd(node, index + 1);
  return range.getBoundingClientRect().left;
}

describe('review i18n', () => {
  it('in Arabic, the offset the time zone hint gives as an example reads +10 on screen, as it is typed, not 10+', async () => {
    const el = await wizardFixture({ system: 'shopify' });
    el.lang = 'ar';
    await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('dir') === 'rtl', 'rtl');
    await advanceTo(el, 'timezone');
    const hint = inStep(el, '#field-timeZone-hint')!;
    const walker = document.createTreeWalker(hint, NodeFilter.SHOW_TEXT);
    let node: Text | null = null;
    while ((node = walker.nextNode() as Text | null) && !node.data.includes('+10'));
    expect(node, 'the example').to.not.equal(null);
    const at = node!.data.indexOf('+10');
    expect(leftOf(node!, at), 'the sign shows before its digits').to.be.below(leftOf(node!, at + 1));
  });
});
