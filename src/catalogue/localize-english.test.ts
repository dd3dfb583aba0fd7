/** A catalogue written in English with a British variant, in a wizard of lang="en" (the usual <html lang>): the text as written. */
import { expect } from '@open-wc/testing';
import type { Catalogue } from './catalogue-schema.js';
import { localizeCatalogue } from './localize-catalogue.js';

describe('catalogue variants: English written, en-GB for British spelling', () => {
  it('lang="en" (and the English a wizard of an unshipped language speaks) shows the text as written, not the en-GB variant, as en-US does', () => {
    const catalogue = {
      version: 1,
      systems: [{ id: 'paint', name: 'Color Store', l10n: { 'en-GB': { name: 'Colour Store' } }, authTypes: [] }],
    } as unknown as Catalogue;
    expect(localizeCatalogue(catalogue, 'en-US').systems[0]!.name, 'en-US').to.equal('Color Store');
    expect(localizeCatalogue(catalogue, 'en').systems[0]!.name, 'en: the catalogue’s own English').to.equal('Color Store');
  });
});
