import { expect } from '@open-wc/testing';
import { generateCatalogue, goodSystem } from '../../demo/catalogues/generate-catalogue.js';
import type { WizardErrorEvent } from '../events/error-event.js';
import { choose, currentStepId, errorSummary, inStep, pressContinue, type, wizardOn } from '../test/fixtures.js';
import { createFrom, toCredentials } from '../test/create-flow.js';
import type { ConnectorWizard } from './connector-wizard.js';
import { branchingApart } from '../test/alike.js';

/** Catches the one console.warn summary without letting it reach the runner's log. */
async function withWarnings<T>(run: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    return { result: await run(), warnings };
  } finally {
    console.warn = warn;
  }
}

async function search(el: ConnectorWizard, query: string): Promise<string> {
  await type(el, '#search-systems', query);
  return inStep(el, '#systems-count')!.textContent!.trim();
}

describe('connector-wizard: a real-world catalogue', () => {
  it('2,000 systems with 20 broken: the rest are offered, each problem is reported once, and a connector is created', async () => {
    const { catalogue, damaged } = generateCatalogue(2000, 20);
    const errors: WizardErrorEvent['detail'][] = [];
    const { result: el, warnings } = await withWarnings(() => wizardOn(catalogue, errors));

    const leftOut = damaged.filter((d) => d.outcome === 'system-left-out');
    const reported = damaged.filter((d) => d.outcome !== 'kept');
    expect(errors).to.have.length(1);
    expect(errors[0]!.kind).to.equal('catalogue');
    const problems = errors[0]!.problems!;
    expect(problems).to.have.length(reported.length);
    expect(new Set(problems.map((p) => p.path)).size).to.equal(problems.length);
    for (const d of reported)
      expect(
        problems.filter((p) => p.path.startsWith(`systems[${d.index}]`)),
        d.kind,
      ).to.have.length(1);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`${reported.length} problems in the catalogue`);

    // The person sees no error, just the systems that can be set up.
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(inStep(el, '#systems-count')!.textContent).to.contain(`of ${(2000 - leftOut.length).toLocaleString('en')} systems`);
    const gone = catalogue.systems[leftOut.find((d) => d.kind === 'unknown kind')!.index]!;
    expect(await search(el, gone.name)).to.contain('No system');
    const kept = catalogue.systems[damaged.find((d) => d.kind === '5,000-character help')!.index]!;
    expect(await search(el, kept.name)).to.equal('1 system');

    // A connector from a good system, end to end.
    const good = catalogue.systems[1234]!;
    await search(el, good.name);
    const created = await createFrom(el, good.id, { account: 'acme-eu', token: 'tok_secret' });
    expect(created).to.include({ system: good.id, authType: 'api-token' });
    expect(created.credentials).to.deep.equal({ account: 'acme-eu', token: 'tok_secret' });
  });

  it('10,000 systems with 50 broken and 20 named alike: the summary counts each kind, the problems come in input order, and the picker offers and takes each of the 20', async () => {
    const { catalogue, damaged } = generateCatalogue(10000, 50);
    // Twenty systems of one name whose long ids are alike at both ends (catalogue ids take no run of dashes: filled with m).
    const alikeIds = branchingApart(20).map((id) => id.replaceAll('-', 'm'));
    const alikeAt = alikeIds.map((id, k) => {
      const i = 9000 + k * 7;
      Object.assign(catalogue.systems[i]!, { id, name: 'Acme Cloud' });
      return i;
    });
    expect(
      damaged.some((d) => alikeAt.includes(d.index)),
      'none of the twenty is broken',
    ).to.equal(false);
    const errors: WizardErrorEvent['detail'][] = [];
    const { result: el, warnings } = await withWarnings(() => wizardOn(catalogue, errors));

    const problems = errors[0]!.problems!;
    const alike = problems.filter((p) => p.problem.includes('named alike'));
    expect(alike.length, 'some of the twenty still read alike').to.be.above(1);
    expect(alike.every((p) => alikeAt.some((i) => p.path === `systems[${i}].name`))).to.equal(true);
    expect(errors[0]!.message).to.contain(`${problems.length} problems in the catalogue: `);
    expect(errors[0]!.message).to.contain(`, ${alike.length} names that read as others.`);
    expect(warnings).to.have.length(1);
    // In input order, the names alike after the rest: the first entries are the first broken systems.
    expect(problems[0]!.path.startsWith(`systems[${damaged.find((d) => d.outcome !== 'kept')!.index}]`)).to.equal(true);
    expect(problems.slice(-alike.length)).to.deep.equal(alike);

    // The person sees the twenty, each card its own, and picks the last one.
    expect(await search(el, 'Acme Cloud')).to.equal('20 systems');
    const cards = alikeIds.map((id) => inStep(el, `#system-${CSS.escape(id)}`));
    expect(cards.every(Boolean), 'a card for each').to.equal(true);
    await choose(el, `#system-${CSS.escape(alikeIds[19]!)}`);
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('general');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('typing 10,000 characters into fields with catastrophic patterns: every pattern taken, every value checked', async () => {
    const system = goodSystem(7);
    const patterns = ['^(a+)+$', '^(a|aa)+$', '(\\w+\\s?)+$', '^(a*)*b$', '^(.*a){12}$'];
    system.authTypes[0].fields = patterns.map((pattern, i) => ({ key: `f${i}`, label: `Field ${i}`, type: 'text', pattern, patternMessage: `Pattern ${i}` }));
    const errors: WizardErrorEvent['detail'][] = [];
    const el = await wizardOn({ version: 1, systems: [system] }, errors);
    expect(errors, 'no pattern was refused').to.deep.equal([]);
    await toCredentials(el, system.id);
    // The worst case for a backtracking engine: almost matching, then one character that cannot.
    // That each check is linear is tested in linear-pattern.test.ts (instructions visited); the
    // long tasks while typing are measured by `npm run bench`, never asserted as times here.
    const value = `${'a'.repeat(9999)}!`;
    // First without feedback shown, then with it (after Continue every keystroke is checked again).
    for (let i = 0; i < patterns.length; i++) await type(el, `#field-credentials-f${i}`, value.slice(0, 5000));
    await pressContinue(el);
    for (let i = 0; i < patterns.length; i++) {
      for (const length of [2500, 5000, 7500, 10000]) await type(el, `#field-credentials-f${i}`, value.slice(0, length));
    }
    await pressContinue(el);

    // The checks ran and were right: none of these values matches its pattern.
    expect(currentStepId(el)).to.equal('credentials');
    expect(errorSummary(el)).to.deep.equal(patterns.map((_, i) => `Pattern ${i}`));
    // And a value that does match is taken: the first field's error goes.
    await type(el, '#field-credentials-f0', 'a'.repeat(10000));
    await pressContinue(el);
    expect(errorSummary(el)).to.deep.equal(patterns.slice(1).map((_, i) => `Pattern ${i + 1}`));
  });
});
