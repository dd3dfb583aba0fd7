import { expect } from '@open-wc/testing';
import fr from './messages/locales/fr.js';
import { inStep, settle, wizardFixture } from './test/fixtures.js';

/** Every string a message catalogue can say, its functions called with a few kinds of argument. */
function everyText(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (typeof value === 'function') {
    for (const args of [
      ['Acme', 'Beta', 'Gamma'],
      [2, 3, 4],
      [['Acme', 'Beta'], 'Gamma'],
    ]) {
      try {
        everyText((value as (...a: unknown[]) => unknown)(...args), found);
      } catch {
        // A message that takes other data than these is read with the next kind.
      }
    }
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) everyText(v, found);
  return found;
}

describe('review i18n', () => {
  it('French puts a narrow no-break space before ; ! ? and inside « », and a no-break space before :, in every message', () => {
    const wrong = everyText(fr).flatMap((text) => [...text.matchAll(/[^\u202f][;!?]|[^\S\u00a0]:|«[^\u202f]|[^\u202f]»/gu)].map((m) => `${JSON.stringify(m[0])} in ${text}`));
    expect(wrong).to.deep.equal([]);
  });

  it('the system search is a field, label and input a theme reaches through ::part, as on every other step', async () => {
    const style = document.createElement('style');
    style.textContent =
      'connector-wizard::part(input) { outline-color: rgb(1, 2, 3); } connector-wizard::part(label) { color: rgb(4, 5, 6); } connector-wizard::part(field) { outline-color: rgb(7, 8, 9); }';
    document.head.append(style);
    try {
      const el = await wizardFixture();
      await settle(el);
      const search = inStep(el, '#search-systems')!;
      expect(getComputedStyle(search).outlineColor, 'input').to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(inStep(el, 'label[for="search-systems"]')!).color, 'label').to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(search.closest('.field')!).outlineColor, 'field').to.equal('rgb(7, 8, 9)');
    } finally {
      style.remove();
    }
  });
});
