/**
 * What the package entry (src/index.ts) gives a host page that shows catalogue data itself, as the
 * demo page does: the wizard's own URL check for logos and help links, and its logo letters.
 */
import { expect } from '@open-wc/testing';
import { monogram, safeUrl } from './index.js';

describe('the package entry', () => {
  it('gives the URL check the wizard applies to catalogue logos and links', () => {
    expect(safeUrl('https://cdn.example/logos/acme.svg')).to.equal('https://cdn.example/logos/acme.svg');
    expect(safeUrl('/demo/logos/xero.svg')).to.equal(new URL('/demo/logos/xero.svg', document.baseURI).href);
    expect(safeUrl('javascript:alert(1)'), 'script URL').to.be.undefined;
    expect(safeUrl('data:image/svg+xml,<svg onload=alert(1)>'), 'data URL').to.be.undefined;
    expect(safeUrl('http://other.example/logo.png'), 'plain http elsewhere').to.be.undefined;
    expect(safeUrl('https://user:pass@cdn.example/logo.svg'), 'credentials in the URL').to.be.undefined;
  });

  it('gives the letters the picker shows for a system without a logo', () => {
    expect(monogram('Oracle NetSuite')).to.equal('ON');
    expect(monogram('xero')).to.equal('XE');
    expect(monogram('<img src=x>')).to.equal('IS');
    expect(monogram('𠮷野家 𝔸cme'), 'letters outside the BMP kept whole').to.equal('𠮷𝔸');
  });
});
