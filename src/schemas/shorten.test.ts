import { expect } from '@open-wc/testing';
import { cut } from '../catalogue/cut.js';
import { shorten } from './shorten.js';

const FLAG = '🇬🇧';
const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}';

describe('shorten: the one rule for cutting outside text', () => {
  it('counts the characters a person sees: a flag or an emoji family at the cut goes whole or not at all', () => {
    for (const emoji of [FLAG, FAMILY]) {
      // 8 characters a person sees, the emoji the 5th: cut to 5, the emoji is where the ellipsis goes; cut to 6, kept whole.
      const text = `abcd${emoji}efg`;
      expect(shorten(text, 5), emoji).to.equal('abcd…');
      expect(shorten(text, 6), emoji).to.equal(`abcd${emoji}…`);
      expect(shorten(text, 8), emoji).to.equal(text);
    }
  });

  it('in code points (as zod limits count), an emoji at the cut that would not fit whole goes, never half of it', () => {
    // The flag is 2 code points, the family 7.
    for (const emoji of [FLAG, FAMILY]) {
      const text = `abcd${emoji}${'e'.repeat(20)}`;
      // abcd, the emoji and the ellipsis.
      const whole = 5 + Array.from(emoji).length;
      expect(shorten(text, whole - 1, true), emoji).to.equal('abcd…');
      expect(shorten(text, whole, true), emoji).to.equal(`abcd${emoji}…`);
    }
  });

  it('flags in a row are cut between flags, never into two letters of other flags', () => {
    const flags = `a${FLAG.repeat(40)}`;
    const seen = (text: string) => [...new Intl.Segmenter().segment(text)].length;
    for (const [text, size] of [
      [shorten(flags, 10), seen(shorten(flags, 10))],
      [shorten(flags, 10, true), Array.from(shorten(flags, 10, true)).length],
    ] as const) {
      expect(text.endsWith(`${FLAG}…`), text).to.equal(true);
      expect(flags.startsWith(text.slice(0, -1)), text).to.equal(true);
      expect(size, text).to.be.within(9, 10);
    }
    expect(cut(flags)).to.equal(`a${FLAG.repeat(28)}…`);
  });

  it('a character stacked with thousands of marks keeps its first few, in either count', () => {
    const stacked = `a${'\u0301'.repeat(20000)}b`;
    expect(shorten(stacked, 10)).to.equal(`a${'\u0301'.repeat(11)}b…`);
    expect(shorten(stacked, 10, true)).to.equal('…');
  });

  it('cut quotes a name of 60 code points whole, and a longer one cut at 58 with the family emoji at the cut whole or gone', () => {
    expect(cut('x'.repeat(60))).to.equal('x'.repeat(60));
    expect(cut(`${'x'.repeat(55)}${FAMILY}yyyy`)).to.equal(`${'x'.repeat(55)}…`);
    expect(cut(`${'x'.repeat(50)}${FAMILY}yyyy`)).to.equal(`${'x'.repeat(50)}${FAMILY}…`);
  });
});
