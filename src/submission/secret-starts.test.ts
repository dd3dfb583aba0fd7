import { expect } from '@open-wc/testing';
import { masked } from './mask-secrets.js';
import { startCut } from './secret-starts.js';
import { basicSent as sent, basicSystem as system } from '../test/basic-sent.js';

/** The steps startCut takes to mask `secret`'s cut start in `text`. */
const stepsFor = (secret: string, text: string) => {
  const meter = { steps: 0 };
  startCut(secret, new Set(), '•••', meter)!(text);
  return meter.steps;
};

describe('startCut: a secret of a short period in a long echo', () => {
  // A 2,000-character secret of a short period, and a text repeating its period: each place the secret starts was followed to its
  // end, then each character back for an ellipsis, about 4,000 steps a character of the text (7 s in node for 100,000). At 5483d4d it froze the page.
  for (const [secret, text] of [
    ['ab'.repeat(999) + 'Z1', 'ab'.repeat(10_000) + '…'],
    ['a1'.repeat(999) + 'Z!', 'a1'.repeat(10_000) + '…'],
    ['abc'.repeat(600) + 'Q!', 'x' + 'abc'.repeat(7_000) + '...'],
  ] as const) {
    it(`costs a few steps a character for ${secret.slice(0, 6)}…`, () => {
      expect(stepsFor(secret, text)).to.be.below(4 * (text.length + secret.length));
    });
  }

  it('masks the start of the secret cut short at the end of a 100,000-character echo', () => {
    const secret = 'a1'.repeat(999) + 'Z!';
    expect(masked({ detail: 'a1'.repeat(50_000) + '…' }, sent(secret), system).detail).to.equal('a1'.repeat(49_001) + '•••');
  });

  // Nearest: a start that overlaps a longer run of the same period is found where the ellipsis follows it, and only there.
  it('masks the cut start that ends at the ellipsis, not the run before it', () => {
    expect(masked({ detail: 'key ab12ab12ab12ab12… refused' }, sent('ab12ab12ab12Q'), system).detail).to.equal('key ab12••• refused');
  });

  it('leaves a run of the period with no ellipsis after it', () => {
    const secret = 'a1'.repeat(999) + 'Z!';
    const text = 'a1'.repeat(5_000) + ' done';
    expect(masked({ detail: text }, sent(secret), system).detail).to.equal(text);
  });
});

describe('masked: the start of a secret cut short where it is hard to see', () => {
  const shown = (detail: string, password: string) => masked({ detail }, sent(password), system).detail;

  // A start cut after the secret's own dots then an ellipsis: the longest piece an ellipsis follows ran into the secret's dots. At 9973075 it showed 11 characters.
  it('masks a start cut after the secret dots then an ellipsis', () => {
    const text = shown('key Zx9Qk2LmA8b...... refused', 'Zx9Qk2LmA8b...Qx7');
    expect(text).to.not.contain('Zx9Qk2Lm');
    expect(text).to.contain('refused');
  });

  // A start cut short with a zero-width space inside it: the cut-start search read the text as written. At 9973075 it showed.
  it('masks a start cut short with a zero-width space inside', () => {
    const text = shown('key Zx9\u200bQk2LmA8… refused', 'Zx9Qk2LmA8xyzQ');
    expect(text).to.not.contain('Qk2LmA8');
    expect(text).to.contain('refused');
  });

  // Nearest: ordinary texts with an ellipsis of many dots or an invisible character stay as they are.
  for (const text of ['Loading...... done in us-west-2a', 'Café\ufeff… opened', '👩\u200d💻… waiting']) {
    it(`leaves "${text}" as it is`, () => {
      expect(shown(text, 'Zx9Qk2LmA8b...Qx7')).to.equal(text);
    });
  }
});
