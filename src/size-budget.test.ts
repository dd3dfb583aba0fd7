/**
 * Issue 6's size budget, on the built standalone bundle (`npm test` builds first). Bytes are
 * deterministic, so this is a test; timings live in `npm run bench`.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface BundleSize {
  bytes: number;
  gzip: number;
  staticImports: string[];
  dynamicImports: string[];
}

/** 30 kB, counted as 30,000 bytes of gzip at level 9. */
const BUDGET = 30_000;

describe('size budget', () => {
  it('dist/connector-wizard.js is at most 30 kB gzip, and loads nothing else before the first step', async () => {
    const entry = await executeServerCommand<BundleSize, { file: string }>('bundle-size', { file: 'dist/connector-wizard.js' });
    expect(entry.gzip, `${entry.gzip} bytes gzip`).to.be.at.most(BUDGET);
    // Nothing is imported statically: the budget is everything a page pays before the first step.
    expect(entry.staticImports).to.deep.equal([]);
    // What it loads on demand: the later steps, the draft code and five locales.
    const chunks = entry.dynamicImports.map((path) => path.replace(/^\.\/connector-wizard-([\w-]+)\.js$/u, '$1'));
    expect(chunks.sort()).to.deep.equal(['ar', 'de', 'draft-controller', 'es', 'fr', 'later', 'nl']);
  });
});
