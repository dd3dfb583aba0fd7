import { expect } from '@open-wc/testing';
import { describeEdgeWhitespace, describeWhitespaceInEnglish, edgeWhitespace, normalizeCredential, type Normalized } from './normalize.js';

const words = (n: Normalized) => (n.note?.what ? describeWhitespaceInEnglish(n.note.what) : undefined);

describe('credential normalisation', () => {
  it('trims by default, keeps case byte for byte and says what it removed', () => {
    const trimmed = normalizeCredential({ normalize: 'trim' }, ' AbC ');
    expect(trimmed.value).to.equal('AbC');
    expect(trimmed.note?.kind).to.equal('trimmed');
    expect(words(trimmed)).to.equal('a leading space and a trailing space');
    expect(normalizeCredential({ normalize: 'trim' }, 'MiXeD-Case_Key')).to.deep.equal({ value: 'MiXeD-Case_Key' });
    expect(words(normalizeCredential({ normalize: 'trim' }, 'key\r\n\n'))).to.equal('2 trailing line breaks');
    expect(words(normalizeCredential({ normalize: 'trim' }, '\t\tkey'))).to.equal('2 leading tabs');
    expect(words(normalizeCredential({ normalize: 'trim' }, 'key \t'))).to.equal('2 trailing whitespaces');
  });

  it('describes whitespace as data, so every language can word it', () => {
    expect(edgeWhitespace('  key\n')).to.deep.equal({ leading: { count: 2, kind: 'space' }, trailing: { count: 1, kind: 'line break' } });
    expect(edgeWhitespace('key')).to.equal(undefined);
  });

  it('lower-cases only when asked, and says so', () => {
    expect(normalizeCredential({ normalize: 'lowercase' }, 'My-Store')).to.deep.equal({ value: 'my-store', note: { kind: 'lowercased' } });
    expect(normalizeCredential({ normalize: 'lowercase' }, ' My-Store').value).to.equal('my-store');
  });

  it('keeps a normalize:none value as typed and flags edge whitespace', () => {
    const kept = normalizeCredential({ normalize: 'none' }, ' pass ');
    expect(kept.value).to.equal(' pass ');
    expect(kept.note?.kind).to.equal('kept');
    expect(words(kept)).to.equal('a leading space and a trailing space');
    expect(normalizeCredential({ normalize: 'none' }, 'pass')).to.deep.equal({ value: 'pass' });
  });

  it('does not describe a value that is only whitespace', () => {
    expect(describeEdgeWhitespace('   ')).to.equal(undefined);
    expect(normalizeCredential({ normalize: 'trim' }, '   ').value).to.equal('');
  });
});
