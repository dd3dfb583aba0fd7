import { expect } from '@open-wc/testing';
import { inStep, settle, wizardFixture } from './test/fixtures.js';

describe('review i18n', () => {
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
