/**
 * A big generated catalogue with 1% of its entries broken in ways a registry or a hostile source writes them: every good system
 * is kept, each broken one is mended or left out and said, and a hostile name is shown as text.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { goodSystem } from '../../demo/catalogues/generate-catalogue.js';
import { parseCatalogue } from './parse-catalogue.js';
import { inStep, settle, uniqueDatabase } from '../test/fixtures.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

type System = ReturnType<typeof goodSystem>;

/** Each odd entry: what it does to a good system, and whether that system is still offered. */
const ODD: { kind: string; kept: boolean; apply: (s: System, i: number) => void }[] = [
  { kind: 'bad id', kept: false, apply: (s) => (s.id = 'Bad Id!') },
  { kind: 'missing name', kept: false, apply: (s) => delete s.name },
  { kind: 'id differing from the one before only by case', kept: true, apply: (s, i) => (s.id = `SYSTEM-${i - 1}`) },
  { kind: 'two fields of one key', kept: true, apply: (s) => s.authTypes[0].fields.push({ key: 'account', label: 'Again', type: 'text' }) },
  { kind: 'token auth type with no fields', kept: false, apply: (s) => (s.authTypes[0].fields = []) },
  { kind: 'hostile name', kept: true, apply: (s, i) => (s.name = `<img src=x onerror=alert(${i})>`) },
  { kind: 'name drawn backwards', kept: true, apply: (s, i) => (s.name = `\u202E${i} yfipohS`) },
  { kind: 'label drawn backwards', kept: true, apply: (s) => (s.authTypes[0].fields[0].label = 'Acc\u202Dount') },
  { kind: 'category drawn backwards', kept: true, apply: (s) => (s.category = '\u202Eregdel') },
];

/** 10,000 good systems, every hundredth made odd (the kinds in turn). */
function oddCatalogue() {
  const odd = new Map<number, (typeof ODD)[number]>();
  const systems = Array.from({ length: 10_000 }, (_, i) => {
    const system = goodSystem(i);
    if (i % 100 === 51) {
      const kind = ODD[Math.floor(i / 100) % ODD.length]!;
      kind.apply(system, i);
      odd.set(i, kind);
    }
    return system;
  });
  return { catalogue: { version: 1, systems }, odd };
}

describe('a catalogue of 10,000 systems, 1% of them odd', () => {
  it('keeps every good system, leaves out or mends each odd one, and says so', () => {
    const { catalogue, odd } = oddCatalogue();
    const result = parseCatalogue(catalogue);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const kept = new Set(result.catalogue.systems.map((s) => s.id));
    const lost = catalogue.systems.filter((s, i) => !odd.has(i) && !kept.has(s.id));
    expect(lost.map((s) => s.id)).to.deep.equal([]);
    for (const [i, kind] of odd) {
      expect(kept.has(catalogue.systems[i]!.id), `${kind.kind} at ${i}`).to.equal(kind.kept);
      if (!kind.kept)
        expect(
          result.problems.some((p) => p.path.startsWith(`systems[${i}]`)),
          `${kind.kind} at ${i} said`,
        ).to.equal(true);
    }
  });

  it('the picker shows a hostile name as text, and a name with an override set apart in its own card', async () => {
    const systems = [1, 2, 3].map(goodSystem);
    const kind = (name: string) => ODD.find((k) => k.kind === name)!;
    kind('hostile name').apply(systems[1]!, 2);
    kind('name drawn backwards').apply(systems[2]!, 3);
    const [hostile, backwards] = [2, 3];
    const catalogue = { version: 1, systems };
    const el = await fixture<ConnectorWizard>(html`<connector-wizard .draftDatabase=${uniqueDatabase()} no-drafts .catalogue=${catalogue}></connector-wizard>`);
    await settle(el);
    const card = (i: number) => inStep(el, `#system-system-${i}`)?.closest('.system') ?? null;
    expect(card(hostile) !== null && card(backwards) !== null, 'both offered').to.equal(true);
    expect(card(hostile)!.querySelector('.name')!.textContent).to.equal(`<img src=x onerror=alert(${hostile})>`);
    expect(el.shadowRoot!.querySelector('img[src="x"]') === null, 'no image made of it').to.equal(true);
    expect(card(backwards)!.querySelector('.name')!.textContent).to.equal(`\u202E${backwards} yfipohS`);
    el.remove();
  });
});
