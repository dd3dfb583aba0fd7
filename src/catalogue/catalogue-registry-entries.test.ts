/**
 * A 10,000-system catalogue with 1% of its entries broken in the ways real registries break them
 * (REGISTRY_BREAKAGES in src/test/registry-breakages.ts): every good system loads, each broken one is
 * said once, naming the entry and what is wrong, nothing is lost, and the picker and wizard still work.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { parseCatalogue } from './parse-catalogue.js';
import { nested, REGISTRY_BREAKAGES, registryCatalogue } from '../test/registry-breakages.js';
import { generateCatalogue } from '../../demo/catalogues/generate-catalogue.js';
import { currentStepId, inStep, settle, type, uniqueDatabase, wizardOn } from '../test/fixtures.js';
import { createFrom } from '../test/create-flow.js';
import type { ConnectorPayload } from '../schemas/wizard-data.js';
import type { WizardErrorEvent } from '../events/error-event.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

/** Problems said of the entry at `index` (not of `systems[index]0…`). */
const of = (index: number) => new RegExp(`^systems\\[${index}\\](?:[.[]|$)`, 'u');

describe('a catalogue of 10,000 systems, 1% of them broken as registries break them', function () {
  this.timeout(60_000);

  it('loads every good system and says each broken one once, naming it and what is wrong', () => {
    const { catalogue, damaged } = registryCatalogue(10_000, 100);
    expect(new Set(damaged.map((d) => d.kind)).size, 'every kind of breakage made').to.equal(REGISTRY_BREAKAGES.length);
    const result = parseCatalogue(catalogue);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const byIndex = new Map(damaged.map((d) => [d.index, d]));
    const kept = new Map(result.catalogue.systems.map((s) => [s.id, s]));
    const lost = catalogue.systems.flatMap((s, i) => (byIndex.has(i) || kept.has((s as { id: string }).id) ? [] : [i]));
    expect(lost, 'good systems lost').to.deep.equal([]);
    expect(result.catalogue.systems, 'systems offered').to.have.length(10_000 - damaged.filter((d) => d.outcome === 'system-left-out').length);
    const failures: string[] = [];
    for (const d of damaged) {
      const said = result.problems.filter((p) => of(d.index).test(p.path));
      const what = `${d.kind} at ${d.index}`;
      const actions = said.map((p) => p.action);
      const expected = d.outcome === 'kept' ? [] : [d.outcome];
      if (JSON.stringify(actions) !== JSON.stringify(expected)) failures.push(`${what}: said ${JSON.stringify(said.map((p) => p.message))}, expected ${expected}`);
      const message = said[0]?.message;
      if (message && !new RegExp(`^System (?:.+ )?\\(?systems\\[${d.index}\\]\\)?[:,]`, 'u').test(message)) failures.push(`${what}: names no entry: ${message}`);
      if (message && d.says && !d.says.test(message)) failures.push(`${what}: says no ${d.says}: ${message}`);
    }
    expect(failures).to.deep.equal([]);
    // Every problem is of a broken entry: none of a good one.
    expect(result.problems.filter((p) => !damaged.some((d) => of(d.index).test(p.path))).map((p) => p.message)).to.deep.equal([]);
    expect(({} as Record<string, unknown>)['polluted'], 'no prototype changed').to.equal(undefined);
  });

  it('a 100,000-character description is shortened looking at no more of it than the cut needs', () => {
    const segmented: number[] = [];
    const segment = Intl.Segmenter.prototype.segment;
    Intl.Segmenter.prototype.segment = function (this: Intl.Segmenter, text: string) {
      segmented.push(text.length);
      return segment.call(this, text);
    };
    let result;
    let made = 0;
    try {
      const { catalogue, damaged } = registryCatalogue(2_000, 100);
      result = parseCatalogue(catalogue);
      // As many as the kinds of breakage let 100 of them hold.
      made = damaged.filter((d) => d.kind === '100,000-character description').length;
      expect(made).to.be.at.least(3);
    } finally {
      Intl.Segmenter.prototype.segment = segment;
    }
    expect(result.ok).to.equal(true);
    const shortened = result.ok ? result.catalogue.systems.flatMap((s) => s.authTypes.map((a) => a.description ?? '')).filter((d) => d.startsWith('ddd')) : [];
    expect(shortened.map((d) => d.length)).to.deep.equal(Array(made).fill(2000));
    expect(Math.max(...segmented), 'the longest text segmented').to.be.below(10_000);
  });

  it('a catalogue holding a member nested 20,000 deep, set again equal as a framework does on each render, is read once and its problems said once', async () => {
    const make = () => {
      const { catalogue } = generateCatalogue(50, 0);
      Object.assign(catalogue.systems[3]!, { extra: nested(20_000, true) });
      catalogue.systems[4]!.authTypes[0]!.description = 'd'.repeat(3000);
      return catalogue;
    };
    const errors: WizardErrorEvent['detail'][] = [];
    const el = await fixture<ConnectorWizard>(html`<connector-wizard
      .draftDatabase=${uniqueDatabase()}
      no-drafts
      @connector-wizard-error=${(e: WizardErrorEvent) => errors.push(e.detail)}
      .catalogue=${make()}
    ></connector-wizard>`);
    await settle(el);
    expect(errors.map((e) => e.problems?.map((p) => p.path))).to.deep.equal([['systems[4].authTypes[0].description']]);
    for (let render = 0; render < 2; render++) {
      el.catalogue = make() as never;
      await settle(el);
    }
    expect(errors, 'said again').to.have.length(1);
    expect(inStep(el, '#system-system-3'), 'the system holding it offered').to.not.equal(null);
    el.remove();
  });

  it('the picker finds a good system, a mended one and one keyed __proto__ among the 10,000, and creates a connector from each', async () => {
    const { catalogue, damaged } = registryCatalogue(10_000, 100);
    const written = (kind: string) => catalogue.systems[damaged.find((d) => d.kind === kind)!.index] as { id: string; name: string };
    const errors: WizardErrorEvent['detail'][] = [];
    const el = await wizardOn(catalogue, errors);
    expect(errors.map((e) => e.kind)).to.deep.equal(['catalogue']);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    const created: ConnectorPayload[] = [];
    for (const [system, shown] of [
      [catalogue.systems[1234] as { id: string; name: string }, undefined],
      [written('100,000-character name'), undefined],
      [written('system id __proto__'), undefined],
      [written('own __proto__ member'), undefined],
    ] as const) {
      const name = shown ?? system.name.slice(0, 150);
      await type(el, '#search-systems', name);
      expect(inStep(el, '#systems-count')!.textContent!.trim(), name.slice(0, 40)).to.equal('1 system');
      created.push(await createFrom(el, system.id, { account: 'acme', token: 'tok_secret' }));
      expect(created.at(-1)?.system, name.slice(0, 40)).to.equal(system.id);
      expect(created.at(-1)!.credentials).to.deep.equal({ account: 'acme', token: 'tok_secret' });
      // The success panel's own way to start again.
      await el.reset();
      await settle(el);
      await waitUntil(() => currentStepId(el) === 'system', 'back at the picker', { timeout: 5000 });
    }
    expect(created).to.have.length(4);
    el.remove();
  });

  it('a system translated into one language only: in that language the picker finds it by both names, and in another by the one written', async () => {
    const { catalogue, damaged } = registryCatalogue(10_000, 100);
    const index = damaged.find((d) => d.kind === 'name translated into one language')!.index;
    const el = await fixture<ConnectorWizard>(html`<connector-wizard lang="de" .draftDatabase=${uniqueDatabase()} no-drafts .catalogue=${catalogue}></connector-wizard>`);
    await settle(el);
    const card = () => inStep(el, `#system-system-${index}`)?.closest('.system')?.querySelector('.name')?.textContent;
    const german = `System ${index} Buchhaltung`;
    for (const query of [german, (catalogue.systems[index] as { name: string }).name]) {
      await type(el, '#search-systems', query);
      await waitUntil(() => card() === german, `${query}: ${card()}`, { timeout: 5000 });
    }
    el.lang = 'fr';
    await waitUntil(() => card() === (catalogue.systems[index] as { name: string }).name, `in French: ${card()}`, { timeout: 5000 });
    el.remove();
  });
});
