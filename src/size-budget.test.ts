/**
 * Budgets on what a page pays, on the built standalone bundle (`npm test` builds first): the
 * bytes fetched before the first step shows (drafts on, the default), and the bytes of the
 * whole flow in English. No file has a budget of its own. Bytes are deterministic, so this is
 * a test; timings live in `npm run bench`.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface BundleSize {
  bytes: number;
  gzip: number;
  staticImports: string[];
  dynamicImports: string[];
}

/**
 * kB counted as 1,000 bytes of gzip at level 9. Issue 13 set 36 kB and 56 kB when the two
 * figures were 34.9 and 54.3; reading real-world catalogues system by system with a
 * linear-time pattern matcher (issue 12) added 4.2 kB to both; OAuth's three result channels,
 * the shared URL policy and the same-tab fixes (issue 14) 1.3 kB to the whole flow; paste-fill,
 * environment warnings and test checks (issue 15) 2.2 kB to the whole flow, of which 0.14 kB
 * in the first step: the catalogue keys `environmentPatterns` and `aliases`, checked where the
 * rest of a catalogue is. The secret vault then left the draft file for one of its own, loaded
 * only with `secret-persistence="encrypted"` (-0.47 kB before the first step), and the pattern
 * matcher's program and simulation left the entry for the later chunk: reading a catalogue
 * only plans and bounds a pattern (-0.81 kB before the first step, +0.1 kB for the whole flow). These are
 * today's figures rounded up to the next kilobyte, so any
 * growth fails until it is argued for (docs/loading-and-performance.md).
 */
const FIRST_STEP_BUDGET = 41_000;
const WHOLE_FLOW_BUDGET = 66_000;

const size = (file: string) => executeServerCommand<BundleSize, { file: string }>('bundle-size', { file });

describe('size budget', () => {
  it('what a page pays before the first step, and for the whole flow', async () => {
    const entry = await size('dist/connector-wizard.js');
    // Nothing is imported statically: every other file is one the wizard asks for when it needs it.
    expect(entry.staticImports).to.deep.equal([]);
    const chunks = entry.dynamicImports.map((path) => path.replace(/^\.\/connector-wizard-([\w-]+)\.js$/u, '$1'));
    expect(chunks.sort()).to.deep.equal(['ar', 'de', 'draft-controller', 'es', 'fr', 'later', 'nl']);
    const drafts = await size('dist/connector-wizard-draft-controller.js');
    const later = await size('dist/connector-wizard-later.js');
    expect(
      drafts.staticImports.filter((i) => !i.startsWith('./connector-wizard')),
      'the draft file imports only the entry',
    ).to.deep.equal([]);
    const firstStep = entry.gzip + drafts.gzip;
    const wholeFlow = firstStep + later.gzip;
    expect(firstStep, `first step (drafts on): ${firstStep} bytes gzip`).to.be.at.most(FIRST_STEP_BUDGET);
    expect(wholeFlow, `whole flow, English: ${wholeFlow} bytes gzip`).to.be.at.most(WHOLE_FLOW_BUDGET);
  });
});
