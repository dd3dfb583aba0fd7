import { expect } from '@open-wc/testing';
import { describeEdgeWhitespace, describeWhitespaceInEnglish, edgeWhitespace, normalizeCredential, withoutAffixes, type Normalized } from './normalize.js';
import { sentValue, type SentField } from './sent-value.js';

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

  it('sends what the catalogue reader checks a default as: sentValue and normalizeCredential agree', () => {
    const fields: SentField[] = [
      {},
      { normalize: 'trim' },
      { normalize: 'lowercase' },
      { normalize: 'none' },
      { normalize: 'lowercase', prefix: 'https://', suffix: '.myshopify.com' },
      { normalize: 'trim', prefix: 'ACC-', suffix: '/' },
      { type: 'select', prefix: 'https://' },
      { normalize: 'none', prefix: 'https://' },
    ];
    const raws = [
      '',
      '   ',
      ' AbC ',
      '\u200bKEY\ufeff',
      ' \u200b x \u200b ',
      'a\u200bb',
      'https://My-Store.myshopify.com/',
      'https:// my-store .myshopify.com',
      'ACC-123/',
      'ACC-',
      'key\r\n',
    ];
    for (const field of fields)
      for (const raw of raws) expect(sentValue(field, raw), `${JSON.stringify(field)} ${JSON.stringify(raw)}`).to.equal(normalizeCredential(field, raw).value);
  });

  it("removes the field's own prefix and suffix when a whole address is given, exactly as written", () => {
    const shop = { normalize: 'lowercase' as const, prefix: 'https://', suffix: '.myshopify.com' };
    expect(normalizeCredential(shop, ' https://My-Store.myshopify.com/ ')).to.deep.include({ value: 'my-store', affixes: ['https://', '.myshopify.com'] });
    expect(normalizeCredential(shop, 'my-store.myshopify.com')).to.deep.include({ value: 'my-store', affixes: ['.myshopify.com'] });
    expect(normalizeCredential(shop, 'my-store'), 'nothing to remove').to.deep.equal({ value: 'my-store' });
    // Nothing is left between them: kept, so the field's own check says what is wrong.
    expect(normalizeCredential(shop, '.myshopify.com').value).to.equal('.myshopify.com');
    expect(withoutAffixes({ prefix: 'https://' }, 'http://host.example').value, 'another scheme is not the prefix').to.equal('http://host.example');
    expect(withoutAffixes({ prefix: 'ACC-' }, 'acc-123').value, 'case is never changed, nor matched loosely').to.equal('acc-123');
    expect(normalizeCredential({ normalize: 'none', prefix: 'https://' }, 'https://x').value, 'normalize:none keeps the value byte for byte').to.equal('https://x');
    expect(normalizeCredential({ normalize: 'lowercase', suffix: '.Example.COM' }, 'Shop.EXAMPLE.com'), 'a lower-casing field compares in lower case').to.deep.include({
      value: 'shop',
      affixes: ['.Example.COM'],
    });
    expect(normalizeCredential({ normalize: 'trim', prefix: 'https://', suffix: '.myshopify.com' }, 'https:// my-store .myshopify.com').value, 'trimmed again').to.equal(
      'my-store',
    );
    expect(normalizeCredential({ type: 'select', normalize: 'trim', prefix: 'https://' }, 'https://x').value, 'a choice is never cut').to.equal('https://x');
  });

  it('describes each kind of edge whitespace as before: no-break spaces, tabs, line breaks, mixed runs', () => {
    const nbsp = { count: 1, kind: 'whitespace' };
    expect(edgeWhitespace('\u00a0key\u00a0')).to.deep.equal({ leading: nbsp, trailing: nbsp });
    expect(edgeWhitespace('key\u3000')).to.deep.equal({ trailing: nbsp });
    expect(edgeWhitespace('\u2028key')).to.deep.equal({ leading: nbsp });
    expect(edgeWhitespace('\r\n\r\nkey\n')).to.deep.equal({ leading: { count: 2, kind: 'line break' }, trailing: { count: 1, kind: 'line break' } });
    expect(edgeWhitespace('\t\tkey\t')).to.deep.equal({ leading: { count: 2, kind: 'tab' }, trailing: { count: 1, kind: 'tab' } });
    expect(edgeWhitespace(' \tkey')).to.deep.equal({ leading: { count: 2, kind: 'whitespace' } });
    expect(edgeWhitespace('\ufeffkey'), 'a BOM is whitespace to JavaScript').to.deep.equal({ leading: nbsp });
    expect(edgeWhitespace('\u200bkey'), 'a zero-width space is not whitespace').to.equal(undefined);
    expect(edgeWhitespace(' \t\n ')).to.equal(undefined);
    expect(edgeWhitespace('')).to.equal(undefined);
  });

  it('trims zero-width characters at the edges with the whitespace, keeps those inside, and says which', () => {
    expect(normalizeCredential({ normalize: 'trim' }, '\u200bkey')).to.deep.equal({ value: 'key', invisible: { count: 1, removed: true } });
    expect(normalizeCredential({ normalize: 'trim' }, '\u200b key \u200b')).to.deep.equal({
      value: 'key',
      note: { kind: 'trimmed', what: { leading: { count: 1, kind: 'space' }, trailing: { count: 1, kind: 'space' } } },
      invisible: { count: 2, removed: true },
    });
    expect(normalizeCredential({ normalize: 'trim' }, '\ufeffkey\u200b')).to.deep.equal({ value: 'key', invisible: { count: 2, removed: true } });
    expect(normalizeCredential({ normalize: 'trim' }, '\u200b a\u200bb ')).to.deep.equal({
      value: 'a\u200bb',
      note: { kind: 'trimmed', what: { leading: { count: 1, kind: 'space' }, trailing: { count: 1, kind: 'space' } } },
      invisible: { count: 1, removed: false },
    });
    expect(normalizeCredential({ normalize: 'trim' }, '\u200b\u00a0\u200d')).to.deep.equal({ value: '', invisible: { count: 2, removed: true } });
    expect(normalizeCredential({ normalize: 'none' }, '\ufeffkey\u200b')).to.deep.equal({
      value: '\ufeffkey\u200b',
      note: { kind: 'kept', what: { leading: { count: 1, kind: 'whitespace' } } },
      invisible: { count: 2, removed: false },
    });
  });

  it('a value with 30,000 spaces, tabs or zero-width spaces inside is read whole: only its edges count', () => {
    for (const filler of [' ', '\t', '\n', '\u00a0', '\u200b']) {
      const inner = `a${filler.repeat(30_000)}b`;
      expect(edgeWhitespace(inner), JSON.stringify(filler)).to.equal(undefined);
      expect(edgeWhitespace(` ${inner}\t`), JSON.stringify(filler)).to.deep.equal({ leading: { count: 1, kind: 'space' }, trailing: { count: 1, kind: 'tab' } });
      const trimmed = normalizeCredential({ normalize: 'trim' }, `\u200b ${inner}\t`);
      expect(trimmed.value === inner, JSON.stringify(filler)).to.equal(true);
      expect(trimmed.note, JSON.stringify(filler)).to.deep.equal({ kind: 'trimmed', what: { leading: { count: 1, kind: 'space' }, trailing: { count: 1, kind: 'tab' } } });
      expect(normalizeCredential({ normalize: 'none' }, inner).value === inner).to.equal(true);
    }
  });
});
