import { expect } from '@open-wc/testing';
import { compiledPattern, compilePattern, STEP_BUDGET } from './linear-pattern.js';
import { planPattern, searchPattern } from './pattern-plan.js';

/** What the backtracking engine says, for patterns and values where it is quick. */
const native = (pattern: string, value: string) => new RegExp(`^(?:${pattern})$`, 'u').test(value);

/** Instructions that can be visited at one position of a value, at most (the pattern's plan says). */
const liveAtOnce = (pattern: string) => (planPattern(pattern, 10_000) as { live?: number }).live ?? 0;

function compiled(pattern: string, maxLength?: number) {
  const check = compilePattern(pattern, maxLength);
  if (!check.ok) throw new Error(`${pattern} was refused: ${check.reason}, ${check.message}`);
  return check;
}

describe('compilePattern', () => {
  describe('agrees with the native engine', () => {
    const hex32 = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
    const table: [pattern: string, values: string[]][] = [
      ['^shpat_[a-f0-9]{32}$', [`shpat_${hex32}`, `shpat_${hex32.slice(1)}`, `shpat_${hex32}0`, `shpat_${hex32.toUpperCase()}`, 'shpat_', '']],
      ['^[a-z0-9][a-z0-9-]*$', ['my-shop', 'a', 'shop-', '-shop', 'My-shop', 'shop_1', 'shöp', '']],
      ['^[a-z0-9_-]+$', ['abc_-1', '-', 'ABC', 'a b', '']],
      ['^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', ['a@b.co', 'ü@exämple.de', 'a@b.c.d', 'a@b', 'a b@c.d', '@b.c', 'a@@b.c']],
      ['[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', ['first.last+tag@mail.example.org', 'x@y.z', 'x@y', 'x@.y', 'é@y.z']],
      ['\\p{L}+', ['abc', 'Grüße', 'Ελληνικά', '日本語', 'abc1', '😀', '']],
      ['[\\p{Lu}\\d]+', ['ABC1', 'ÄÖ', 'Ab', '']],
      ['\\P{L}*', ['123 !?', '', 'a', '😀']],
      ['^\\d{4}-\\d{2}-\\d{2}$', ['2024-01-31', '2024-1-31', '20240131', '٢٠٢٤-01-31', '2024-01-311']],
      ['cat|dog|bird', ['cat', 'dog', 'bird', 'catdog', 'ca', '']],
      ['(?:https?://)?[a-z.]+(?::\\d+)?', ['example.com', 'https://example.com:8080', 'http://', 'ftp://x.y', 'x:']],
      ['a^b', ['ab', 'a^b', '']],
      ['x$|^y', ['x', 'y', 'xy', '']],
      ['(?:^a|b$)+', ['a', 'b', 'ab', 'ba', '']],
      ['(?:a$)?b', ['b', 'ab']],
      ['.*\\bfoo\\b.*', ['a foo b', 'foo', 'foo-bar', 'afoob', 'foo_bar', 'éfooé']],
      ['f\\Boo|f\\boo', ['foo', 'f oo']],
      ['\\B.\\B', ['a', '-', '']],
      ['\\w+(?: \\w+)?', ['hello', 'hello world', 'hello  world', 'hello ']],
      ['(?:ab)?c(?:d|)', ['c', 'abc', 'abcd', 'ac', 'abab c']],
      ['[a-z]{2,}', ['ab', 'abcdefghij', 'a', '', 'ab1']],
      ['a{2,4}', ['a', 'aa', 'aaaa', 'aaaaa']],
      ['(?:ab){0,2}c{3}', ['ccc', 'ababccc', 'abababccc', 'abcc']],
      ['.+?x', ['abx', 'x', 'ab\nx', 'axb']],
      ['a*?b+?c??', ['b', 'aabbc', 'aac', 'abcc']],
      ['a.c', ['abc', 'a.c', 'a\nc', 'a\rc', 'a\u2028c', 'a\u2029c', 'a\tc', 'a😀c', 'a\uD83Dc']],
      ['.*', ['anything at all', 'two\nlines', '']],
      ['[^]*', ['two\nlines', '\r\n', '']],
      ['.', ['😀', 'é', '\uD83D', '\uDE00', '😀😀', 'ab', '']],
      ['.{2}', ['😀😀', '😀', 'a😀', '\uD83D\uD83D']],
      ['[😀-😎]+', ['😀😎', '😃', '😏', '😀a', '\uD83D']],
      ['😀+', ['😀😀😀', '😀\uD83D', '']],
      ['[^\\s]+', ['abc', 'a b', 'x\u00a0', 'x\u3000', 'x\uFEFF', '😀']],
      ['\\S\\s\\S', ['a b', 'a\u2003b', 'a\tb', 'ab']],
      ['\\W+', ['!é', '😀', 'a', '_']],
      ['\\u{1F600}', ['😀', '\uD83D\uDE00', '😁', '\uD83D']],
      ['\\uD83D\\uDE00?', ['😀', '\uD83D', '']],
      ['\\uD83D', ['\uD83D', '😀']],
      ['https:\\/\\/[a-z]+\\.com', ['https://abc.com', 'https:\\/\\/abc.com', 'https://abcxcom']],
      ['[\\-+]?\\d+', ['-1', '+12', '1-', '--1']],
      ['\\$\\d+(?:\\.\\d\\d)?', ['$10', '$10.50', '10', '$10.5']],
      ['\\(\\d{3}\\) \\d{3}-\\d{4}', ['(555) 123-4567', '555 123-4567']],
      ['[\\]\\\\^]+', [']\\^', '[', 'a']],
      ['\\x41\\u0042\\cJ\\t\\0', ['AB\n\t\0', 'AB\n\t0']],
      ['[\\b]\\f\\v', ['\b\f\v', 'b\f\v']],
      ['(?<year>\\d{4})-(?<month>\\d\\d)', ['2024-05', '2024-5']],
      ['(a*)*', ['', 'aaa', 'aab']],
      ['(?:a|)+b', ['b', 'aab', 'aa']],
      ['(?:(?:)|a){3}b', ['b', 'aaab', 'aaaab']],
      ['x{0}y', ['y', 'xy']],
      ['[]', ['', 'a']],
      ['[^a-z\\d]+', ['ABC!', 'é', 'a', '1']],
    ];
    for (const [pattern, values] of table) {
      it(pattern, () => {
        const { test } = compiled(pattern);
        for (const value of values) expect(test(value), `${pattern} on ${JSON.stringify(value)}`).to.equal(native(pattern, value));
      });
    }

    // Modifiers (ES2025), as a pattern written `/…/i` is read: compared with the native engine, which knows them.
    const modified: [pattern: string, values: string[]][] = [
      ['(?i:^[a-z0-9-]+$)', ['My-Store', 'ſ', '\u212A', 'k', 'a_b', '']],
      ['(?i:shpat_[a-f0-9]{4})', ['SHPAT_ABCD', 'shpat_abcd', 'ſhpat_abcd', 'shpat_abcg']],
      ['a(?i:b)c', ['aBc', 'ABC', 'abc']],
      ['(?i:a(?-i:b)c)', ['AbC', 'ABC', 'abc']],
      ['(?i:[^a-z]+)', ['\u212A', '1', 'é', 'A']],
      ['(?i:é+ß)', ['ÉÉß', 'éẞ', 'e']],
      ['(?i:\\w\\b.*)', ['ſ x', 'ſx', '\u212A-', 'k']],
      ['(?i:.\\B.)', ['ſk', 'ſ-', 'ab']],
      ['(?s:a.c)', ['a\nc', 'abc', 'a\u2028c', 'ac']],
      ['a.(?s:.)', ['a\n\n', 'ab\n', 'abc']],
      ['(?m:a$\\n^b)', ['a\nb', 'ab', 'a\n\nb']],
      ['(?m:(?:^\\w+$\\r?\\n?)+)', ['one\ntwo', 'one two', 'one\n', 'one\r\ntwo', 'one\u2028two']],
      ['(?m:x$)\\n?', ['x\n', 'x', 'xx']],
      ['(?ims:^a.b$)', ['A\nB', 'ab', 'a\r\nb']],
      [searchPattern('(?m:^sk_live_)'), ['key\nsk_live_1', 'xsk_live_1', 'sk_live_']],
      ['(?i:^[a-z0-9][a-z0-9-]*\\.myshopify\\.com$)', ['My-Shop.MyShopify.COM', 'my-ſhop.myſhopify.com', 'my-shop.myshopify.co', 'MY_SHOP.MYSHOPIFY.COM']],
      ['(?i:^TBA-[A-Z0-9_]+-SANDBOX$)', ['tba-ab_1-sandbox', 'TBA-\u212A-SANDBOX', 'TBA-x-ſANDBOX', 'TBA--SANDBOX']],
    ];
    it('a case-insensitive pattern costs about what it costs without the flag: the shop pattern of DESIGN.md, written /…/i, is kept', () => {
      for (const pattern of ['^[a-z0-9][a-z0-9-]*\\.myshopify\\.com$', '^TBA-[A-Z0-9_]+-SANDBOX$', '^https://[a-z0-9.-]+\\.example\\.com/api/v[0-9]+$'])
        for (const written of [pattern, `(?i:${pattern})`]) expect(compilePattern(written).ok, written).to.equal(true);
    });
    for (const [pattern, values] of modified) {
      it(pattern, () => {
        const { test } = compiled(pattern);
        for (const value of values) expect(test(value), `${pattern} on ${JSON.stringify(value)}`).to.equal(native(pattern, value));
      });
    }

    it('refuses a modifier that is not valid: a flag twice, none, or one other than i, m and s', () => {
      for (const pattern of ['(?ii:a)', '(?-:a)', '(?i-i:a)', '(?g:a)', '(?i-m-s:a)'])
        expect(compilePattern(pattern), pattern).to.deep.include({ ok: false, reason: 'invalid' });
    });

    it('on random short values (fixed seed)', () => {
      // mulberry32: the same sequence on every run.
      let seed = 0x5eed;
      const random = (n: number) => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) % n;
      };
      const alphabet = ['a', 'b', '-', '_', '1', ' ', 'é', '😀', '\n', '.'];
      const patterns = [
        '(a|b)*',
        '[ab]+-?[ab]*',
        '\\w+(?:\\s\\w+)*',
        '.*a.*',
        '(?:a|ab)(?:b|ba)?',
        'a{2,3}b?',
        '[^a]*',
        '\\b\\w+\\b.?',
        '(?:\\p{L}|\\d)+',
        '[a-z_]+\\.?',
        '.?.?.?',
        '(?:-|_)*1',
        '\\S+ \\S+',
        'a*?b+?',
        '(?:😀|é)+a?',
        '(?:\\B.|\\b-)*',
      ];
      let matched = 0;
      for (const pattern of patterns) {
        const { test } = compiled(pattern);
        for (let k = 0; k < 300; k++) {
          let value = '';
          for (let n = random(9); n > 0; n--) value += alphabet[random(alphabet.length)];
          const expected = native(pattern, value);
          if (expected) matched++;
          expect(test(value), `${pattern} on ${JSON.stringify(value)}`).to.equal(expected);
        }
      }
      expect(matched, 'the values exercise matches too').to.be.greaterThan(300);
    });

    it('gives the same answer when a value is checked again', () => {
      const { test } = compiled('^[a-z]+$');
      for (const value of ['abc', 'abc1', 'abc', 'abc1', 'x', 'y', 'z', 'w', 'abc', 'abc1']) expect(test(value)).to.equal(native('^[a-z]+$', value));
    });
  });

  describe('catastrophic patterns on 10,000 characters', () => {
    const almost = `${'a'.repeat(9999)}!`;
    const all = 'a'.repeat(10000);
    const cases: [pattern: string, value: string, expected: boolean][] = [
      ['^(a+)+$', all, true],
      ['^(a+)+$', almost, false],
      ['^(a|aa)+$', all, true],
      ['^(a|aa)+$', almost, false],
      ['(\\w+\\s?)+$', all, true],
      ['(\\w+\\s?)+$', almost, false],
      ['(\\w+\\s?)+$', 'a '.repeat(5000), true],
      ['^(a*)*b$', all, false],
      ['^(a*)*b$', `${'a'.repeat(9999)}b`, true],
      ['^a*a*a*a*a*$', all, true],
      ['^a*a*a*a*a*$', almost, false],
      ['^(.*a){12}$', all, true],
      ['^(.*a){12}$', almost, false],
      ['^(.*a){12}$', '日本'.repeat(5000), false],
      ['(?:\\p{L}|\\p{N})*', '日本'.repeat(5000), true],
    ];

    it('are accepted, within the step budget for 10,000 characters', () => {
      for (const pattern of new Set(cases.map(([p]) => p))) {
        const { size } = compiled(pattern, 10_000);
        expect(size * (10_000 + 1), pattern).to.be.at.most(STEP_BUDGET);
      }
    });

    it('are checked correctly, each instruction visited at most once per position of the value', () => {
      // The bound that makes a check quick whatever the pattern; how long it takes on this
      // machine is measured by `npm run bench` (long tasks while typing), not asserted here.
      for (const [pattern, value, expected] of cases) {
        const check = compiled(pattern);
        expect(check.test(value), `${pattern} on ${value.length} characters`).to.equal(expected);
        expect(check.steps(), `${pattern}: instructions visited`).to.be.within(value.length, check.size * (value.length + 1));
      }
    });

    it('answers no for values longer than the pattern or maxLength allows, without looking', () => {
      expect(compiled('^[a-f0-9]{64}$').test('a'.repeat(10_000))).to.equal(false);
      expect(compiled('^[a-f0-9]{64}$').test('a'.repeat(64))).to.equal(true);
      expect(compiled('a*', 5).test('aaaaa')).to.equal(true);
      expect(compiled('a*', 5).test('aaaaaa')).to.equal(false);
      expect(compiled('(?:){99999999999}').test('')).to.equal(true);
    });
  });

  describe('refuses', () => {
    it('what is not a valid u-mode regular expression', () => {
      for (const pattern of ['^[a-z', '(', 'a**', '\\-', 'a{2,1}', '\\1', '(?<n>a)(?<n>b)', ']']) {
        const check = compilePattern(pattern);
        expect(check, pattern).to.deep.equal({
          ok: false,
          reason: 'invalid',
          message: 'is not a valid regular expression (it must compile with the "u" flag)',
        });
      }
    });

    it('what cannot run in linear time, naming it', () => {
      const cases: [pattern: string, feature: string][] = [
        ['(a)\\1', 'a backreference'],
        ['(?<x>a)\\k<x>', 'a backreference'],
        ['(?=a)a', 'a lookahead'],
        ['a(?!b)', 'a lookahead'],
        ['(?<=a)b', 'a lookbehind'],
        ['(?<!a)b', 'a lookbehind'],
      ];
      for (const [pattern, feature] of cases) {
        const check = compilePattern(pattern);
        expect(check.ok, pattern).to.equal(false);
        if (check.ok) continue;
        if (!isValid(pattern)) {
          expect(check.reason, pattern).to.equal('invalid'); // an engine without modifiers
          continue;
        }
        expect(check.reason, pattern).to.equal('unsupported');
        expect(check.message.startsWith(`uses ${feature}`), check.message).to.equal(true);
        expect(check.message, pattern).to.contain('which cannot be checked quickly; rewrite the pattern without it');
      }
    });

    it('what is too large to check quickly, saying what to do', () => {
      for (const [pattern, maxLength] of [
        ['(?:abc){1,500}', undefined],
        ['^(?:.*a){40}$', 10_000],
        ['(?:\\p{L}|\\p{N}|\\p{P}|\\p{S}|\\p{M}|\\p{Z}|\\p{C}|\\p{Lu}|\\p{Ll}|\\p{Lo}|\\p{Nd}|\\p{Sc})*', 10_000],
        ['a{99999999999999999999}', undefined],
        ['(?:a*){0}(?:.*a){1000}', undefined],
      ] as const) {
        const check = compilePattern(pattern, maxLength);
        expect(check, pattern).to.deep.equal({
          ok: false,
          reason: 'too-large',
          message: `is too large to check quickly for values up to ${maxLength ?? 10_000} characters; give the field a smaller maxLength or a simpler pattern`,
        });
      }
      // The same pattern is fine for a field that takes shorter values.
      expect(compilePattern('^(?:.*a){40}$', 100).ok).to.equal(true);
      expect(compilePattern('a'.repeat(1001))).to.deep.equal({ ok: false, reason: 'too-large', message: 'is longer than 1000 characters; use a shorter pattern' });
      // An environment pattern is run searched for (`searchPattern`): the limit is on it as written.
      const written = `^(?:${'a|'.repeat(497)}a)`;
      expect(written).to.have.length(1000);
      const check = compilePattern(searchPattern(written), 100);
      expect(check.ok && check.test('ab')).to.equal(true);
      expect(compilePattern(searchPattern('a'.repeat(1001))).ok).to.equal(false);
    });

    it('of a run of literal characters, only those that can be live together count: a PEM pattern as registries write it (every kind of key, no maxLength) is checked on 10,000 characters', () => {
      const pem = String.raw`^-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----[\s\S]+-----END (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----\s*$`;
      const check = compiled(pem, 10_000);
      const key = `-----BEGIN RSA PRIVATE KEY-----\n${'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n'.repeat(40)}-----END RSA PRIVATE KEY-----\n`;
      expect([check.test(key), check.test(key.replaceAll('RSA PRIVATE', 'PUBLIC'))]).to.deep.equal([true, false]);
      // Values that keep the most of it live at once (runs of dashes, END lines over and over): within the budget, and within the bound it was accepted under.
      const live = liveAtOnce(pem);
      for (const body of ['-', '-----END ', '-----END RSA PRIVATE KEY-----', '-----END PRIVATE KEY----- ', ' ', '-----BEGIN ']) {
        const value = `-----BEGIN RSA PRIVATE KEY-----${body.repeat(10_000)}`.slice(0, 10_000);
        expect(check.test(value), body).to.equal(native(pem, value));
        expect(check.steps(), body).to.be.at.most(live * 10_001);
      }
    });

    it('a run of literal characters whose prefixes overlap (aaaa…) after a loop gains nothing: refused, as a value of a… visits every one of its instructions at each position', () => {
      const pattern = `^[\\s\\S]*${'a'.repeat(100)}$`;
      expect(compilePattern(pattern, 10_000).ok).to.equal(false);
      const check = compiled(pattern, 5_000);
      expect(check.test('a'.repeat(5_000))).to.equal(true);
      expect(check.steps()).to.be.above(100 * 4_900);
    });

    it('never visits more than the instructions that can be live together, at each position', () => {
      for (const [pattern, values] of [
        [
          '^-----BEGIN [A-Z ]+-----\\n[A-Za-z0-9+/=\\n]+\\n-----END [A-Z ]+-----\\n?$',
          ['-----BEGIN X-----\n' + '-----END '.repeat(300), `-----BEGIN X-----\n${'ab\n'.repeat(300)}-----END X-----\n`],
        ],
        ['^(?:ab)*abababx$', ['ab'.repeat(500), `${'ab'.repeat(500)}x`]],
        ['^.*aabaabaaa.*$', ['aabaa'.repeat(200), 'aabaabaaa'.repeat(100)]],
        ['^(?:xyz){2,5}(?:xyzxyz)+$', ['xyz'.repeat(300)]],
      ] as const) {
        const live = liveAtOnce(pattern);
        const check = compiled(pattern);
        for (const value of values) {
          expect(check.test(value), pattern).to.equal(native(pattern, value));
          expect(check.steps(), `${pattern} on ${value.length}`).to.be.at.most(live * (value.length + 1));
        }
      }
    });

    it('none of the sample catalogue patterns', async () => {
      const catalogue = (await (await fetch('/demo/sample-catalogue.json')).json()) as {
        systems: { authTypes: { fields: { pattern?: string; maxLength?: number }[] }[] }[];
      };
      const patterns = catalogue.systems.flatMap((s) => s.authTypes.flatMap((a) => a.fields.filter((f) => f.pattern)));
      expect(patterns.length).to.be.greaterThan(5);
      for (const field of patterns) expect(compilePattern(field.pattern!, field.maxLength).ok, field.pattern).to.equal(true);
    });
  });
});

function isValid(pattern: string) {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

describe('compiledPattern', () => {
  it('compiles a pattern once per limit, answers as compilePattern does, and keeps only so many', () => {
    const check = compiledPattern('^[a-z0-9][a-z0-9-]*$', 40);
    expect(compiledPattern('^[a-z0-9][a-z0-9-]*$', 40), 'the same pattern and limit').to.equal(check);
    expect(compiledPattern('^[a-z0-9][a-z0-9-]*$', 41), 'another limit').to.not.equal(check);
    expect(['my-store', '-store', 'x'.repeat(41)].map((v) => check.ok && check.test(v))).to.deep.equal([true, false, false]);
    const refused = compiledPattern('^(a', 40);
    expect(refused.ok === false && refused.reason).to.equal('invalid');
    for (let i = 0; i < 300; i++) compiledPattern(`^p${i}$`, 40);
    expect(compiledPattern('^[a-z0-9][a-z0-9-]*$', 40), 'compiled again once 300 others came after it').to.not.equal(check);
  });
});
