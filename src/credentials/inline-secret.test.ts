/** A bearer token copied without its header, of every shape real tokens take, is credentials; a company's name after Bearer is not. */
import { expect } from '@open-wc/testing';
import { holdsInlineSecret } from './inline-secret.js';

/** A seeded generator (mulberry32), so a token a run finds kept is found again. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE64URL = `${BASE62}-_`;

describe('a bearer token copied without its header', () => {
  it('is credentials in each of 10,000 random tokens of 16 to 64 characters and in the shapes services issue', () => {
    const random = seeded(2024);
    const of = (length: number, alphabet = BASE62) => Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    const shapes = [
      () => `ghp_${of(36)}`,
      () => `xoxb-${of(12, '0123456789')}-${of(13, '0123456789')}-${of(24)}`,
      () => `sk_live_${of(24)}`,
      () => `shpat_${of(32, '0123456789abcdef')}`,
      () => of(43, BASE64URL),
      () => of(16 + Math.floor(random() * 49)),
      () => of(16 + Math.floor(random() * 5)),
    ];
    const kept: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const token = shapes[i % shapes.length]!();
      if (!holdsInlineSecret(`Bearer ${token}`)) kept.push(token);
    }
    expect(kept).to.deep.equal([]);
  });

  it('is no secret where it is a company s name of capitalised words, a year after them or not', () => {
    for (const name of ['NorthAmerica2024', 'AcmeLogistics-2024', 'Internationalisation', 'InsuranceGroupEurope', 'BlueSkyTransport2025'])
      expect([name, holdsInlineSecret(`Bearer ${name}`)]).to.deep.equal([name, false]);
  });
});
