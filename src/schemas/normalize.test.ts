import { expect } from '@open-wc/testing';
import { describeEdgeWhitespace, normalizeCredential } from './normalize.js';

describe('credential normalisation', () => {
  it('trims by default, keeps case byte for byte and says what it removed', () => {
    expect(normalizeCredential({ normalize: 'trim' }, ' AbC ')).to.deep.equal({ value: 'AbC', note: { kind: 'trimmed', what: 'a leading space and a trailing space' } });
    expect(normalizeCredential({ normalize: 'trim' }, 'MiXeD-Case_Key')).to.deep.equal({ value: 'MiXeD-Case_Key' });
    expect(normalizeCredential({ normalize: 'trim' }, 'key\r\n\n').note?.what).to.equal('2 trailing line breaks');
    expect(normalizeCredential({ normalize: 'trim' }, '\t\tkey').note?.what).to.equal('2 leading tabs');
    expect(normalizeCredential({ normalize: 'trim' }, 'key \t').note?.what).to.equal('2 trailing whitespace characters');
  });

  it('lower-cases only when asked, and says so', () => {
    expect(normalizeCredential({ normalize: 'lowercase' }, 'My-Store')).to.deep.equal({ value: 'my-store', note: { kind: 'lowercased' } });
    expect(normalizeCredential({ normalize: 'lowercase' }, ' My-Store').value).to.equal('my-store');
  });

  it('keeps a normalize:none value as typed and flags edge whitespace', () => {
    expect(normalizeCredential({ normalize: 'none' }, ' pass ')).to.deep.equal({ value: ' pass ', note: { kind: 'kept', what: 'a leading space and a trailing space' } });
    expect(normalizeCredential({ normalize: 'none' }, 'pass')).to.deep.equal({ value: 'pass' });
  });

  it('does not describe a value that is only whitespace', () => {
    expect(describeEdgeWhitespace('   ')).to.equal(undefined);
    expect(normalizeCredential({ normalize: 'trim' }, '   ').value).to.equal('');
  });
});
