import { expect } from '@open-wc/testing';
import fr from './locales/fr.js';

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

describe('French typography', () => {
  it('French puts a narrow no-break space before ; ! ? and inside « », and a no-break space before :, in every message', () => {
    const wrong = everyText(fr).flatMap((text) => [...text.matchAll(/[^\u202f][;!?]|[^\S\u00a0]:|«[^\u202f]|[^\u202f]»/gu)].map((m) => `${JSON.stringify(m[0])} in ${text}`));
    expect(wrong).to.deep.equal([]);
  });
});
