import { expect } from '@open-wc/testing';
import fr from './locales/fr.js';
import nl from './locales/nl.js';

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

describe('typography in each locale', () => {
  it('French puts a narrow no-break space before ; ! ? and inside « », and a no-break space before :, in every message', () => {
    const wrong = everyText(fr).flatMap((text) => [...text.matchAll(/[^\u202f][;!?]|[^\S\u00a0]:|«[^\u202f]|[^\u202f]»/gu)].map((m) => `${JSON.stringify(m[0])} in ${text}`));
    expect(wrong).to.deep.equal([]);
  });

  it('Dutch quotes with ‘ ’ in every message, as the rest of the file does, never „ ” or “ ”', () => {
    const wrong = everyText(nl).filter((text) => /[„“”"]/u.test(text));
    expect(wrong).to.deep.equal([]);
  });
});
