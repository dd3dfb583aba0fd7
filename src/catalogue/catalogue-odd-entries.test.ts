/**
 * A big generated catalogue with 1% of its entries broken in ways a registry or a hostile source writes them
 * (BREAKAGES in demo/catalogues/generate-catalogue.js, each with what should come of it): every good system is
 * kept, each broken one is left out and said, mended and said, or kept as it is, and a hostile name is shown as
 * text, set apart from what is around it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { BREAKAGES, generateCatalogue, goodSystem } from '../../demo/catalogues/generate-catalogue.js';
import { parseCatalogue } from './parse-catalogue.js';
import { advanceTo, button, choose, currentStepId, errorSummary, inStep, pressContinue, settle, type, uniqueDatabase } from '../test/fixtures.js';
import type { ConnectorPayload } from '../schemas/wizard-data.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

type System = ReturnType<typeof goodSystem>;

/** What the picker and the credentials step show of a system: its id, name, category and each field as key and label. */
const shown = (s: System) => ({
  id: s.id,
  name: s.name,
  category: s.category,
  fields: s.authTypes.flatMap((a: System) => a.fields.map((f: System) => `${f.key}: ${f.label}`)),
});

/** As it should be offered: as written, with only the first field of each key. */
const mended = (s: System) => {
  const keys = new Set<string>();
  const first = (f: System) => !keys.has(f.key) && !!keys.add(f.key);
  return shown({ ...s, authTypes: s.authTypes.map((a: System) => ({ ...a, fields: a.fields.filter(first) })) });
};

const breakage = (kind: string) => {
  const found = BREAKAGES.find((b) => b.kind === kind);
  if (!found) throw new Error(`No breakage "${kind}" in BREAKAGES`);
  return found;
};

describe('a catalogue of 10,000 systems, 1% of them odd', () => {
  it('keeps every good system; leaves out and says, mends and says, or keeps as written each odd one', () => {
    const { catalogue, damaged } = generateCatalogue(10_000, 100);
    expect(
      BREAKAGES.every((b) => damaged.some((d) => d.kind === b.kind)),
      'every kind of breakage made',
    ).to.equal(true);
    const result = parseCatalogue(catalogue);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const byIndex = new Map(damaged.map((d) => [d.index, d]));
    const kept = new Map(result.catalogue.systems.map((s) => [s.id, s]));
    const lost = catalogue.systems.filter((s, i) => !byIndex.has(i) && !kept.has(s.id));
    expect(lost.map((s) => s.id)).to.deep.equal([]);
    expect(result.catalogue.systems).to.have.length(10_000 - damaged.filter((d) => d.outcome === 'system-left-out').length);
    for (const d of damaged) {
      const what = `${d.kind} at ${d.index}`;
      const written = catalogue.systems[d.index]!;
      const said = result.problems.filter((p) => p.path.startsWith(`systems[${d.index}]`));
      expect(
        said.map((p) => p.action),
        `${what}: said`,
      ).to.deep.equal(d.outcome === 'kept' ? [] : [d.outcome]);
      if (said[0]) expect(said[0].message, what).to.match(new RegExp(`^System .+ \\(systems\\[${d.index}\\]\\)`, 'u'));
      if (d.outcome === 'system-left-out') {
        // A duplicate id leaves the later system out: the one kept under it is the first, of another name.
        expect(kept.get(written.id)?.name === written.name && kept.has(written.id), `${what}: left out`).to.equal(false);
        continue;
      }
      expect(kept.has(written.id), `${what}: kept`).to.equal(true);
      expect(shown(kept.get(written.id)!), what).to.deep.equal(mended(written));
    }
  });

  it('two fields of one key: the first is offered, and the second is said to be left out', () => {
    const system = goodSystem(1);
    breakage('two fields of one key').apply(system, 1);
    const result = parseCatalogue({ version: 1, systems: [system] });
    if (!result.ok) throw new Error(result.problems[0]!.message);
    expect(result.catalogue.systems[0]!.authTypes[0]!.fields.map((f) => `${f.key}: ${f.label}`)).to.deep.equal(['account: Account', 'token: API token']);
    expect(result.problems.map((p) => p.message)).to.deep.equal([
      'System "System 1 Ledger" (systems[0]), authentication type "API token" (authTypes[0]), field "Again" (fields[2]): duplicate field key "account" (the first is kept); field left out.',
    ]);
  });

  it('the picker shows a hostile name as text, and each name and category drawn backwards set apart in its own card; the credentials step a label drawn backwards', async () => {
    const kinds = ['hostile name', 'name drawn backwards', 'category drawn backwards', 'label drawn backwards'];
    const systems = kinds.map((kind, k) => {
      const system = goodSystem(k + 1);
      breakage(kind).apply(system, k + 1);
      return system;
    });
    const el = await fixture<ConnectorWizard>(html`<connector-wizard .draftDatabase=${uniqueDatabase()} no-drafts .catalogue=${{ version: 1, systems }}></connector-wizard>`);
    await settle(el);
    const card = (s: System) => inStep(el, `#system-${s.id}`)?.closest('.system') ?? null;
    expect(
      systems.map((s) => card(s) !== null),
      'each offered',
    ).to.deep.equal([true, true, true, true]);
    expect(el.shadowRoot!.querySelector('img[src="x"]') === null, 'no image made of it').to.equal(true);
    for (const s of systems) {
      const [name, category] = ['.name', '.category'].map((part) => card(s)!.querySelector<HTMLElement>(part)!);
      expect(name.textContent).to.equal(s.name);
      expect(category.textContent).to.equal(s.category);
      // An override never closed stops at the end of an isolate: the other text of the card is drawn as written.
      expect(getComputedStyle(name).unicodeBidi, `${s.name} isolated`).to.equal('plaintext');
      expect(getComputedStyle(category).unicodeBidi, `${s.category} isolated`).to.equal('plaintext');
    }

    const labelled = systems[3]!;
    await choose(el, `#system-${labelled.id}`);
    await pressContinue(el);
    await advanceTo(el, 'credentials');
    expect(currentStepId(el)).to.equal('credentials');
    const label = inStep(el, 'label[for="field-credentials-account"]')!;
    expect(label.querySelector('bdi')?.textContent, 'the label in an isolate of its own').to.equal(labelled.authTypes[0].fields[0].label);
    el.remove();
  });

  it('each system kept as written or mended is created from: Review names it as written, and the connector holds its id and one value a key', async () => {
    for (const { kind } of BREAKAGES.filter((b) => b.outcome === 'kept' || b.outcome === 'field-left-out')) {
      const system = goodSystem(1);
      breakage(kind).apply(system, 1);
      // Beside the system before it, which an id apart only by case is apart from.
      const catalogue = { version: 1, systems: [goodSystem(0), system] };
      const created: ConnectorPayload[] = [];
      const el = await fixture<ConnectorWizard>(html`<connector-wizard
        .draftDatabase=${uniqueDatabase()}
        no-drafts
        @connector-created=${(e: CustomEvent) => created.push(e.detail.connector)}
        .catalogue=${catalogue}
      ></connector-wizard>`);
      await settle(el);
      await choose(el, `#system-${system.id}`);
      await pressContinue(el);
      await advanceTo(el, 'credentials');
      // A value every kept pattern takes (a catastrophic one too).
      await type(el, '#field-credentials-account', 'aaaa');
      await type(el, '#field-credentials-token', 'tok_secret');
      await pressContinue(el);
      expect(currentStepId(el), `${kind}: ${errorSummary(el).join('; ')}`).to.equal('review');
      expect(inStep(el, 'dd bdi')?.textContent, `${kind}: the name in an isolate of its own`).to.equal(system.name);
      expect(el.shadowRoot!.querySelector('img[src="x"]') === null, `${kind}: no image made of it`).to.equal(true);
      button(el, 'create').click();
      await el.submit();
      await settle(el);
      expect(
        created.map((c) => c.system),
        kind,
      ).to.deep.equal([system.id]);
      expect(created[0]!.credentials, kind).to.deep.equal({ account: 'aaaa', token: 'tok_secret' });
      el.remove();
    }
  });

  it('two systems of one name and of one category drawn backwards: each card draws the id told apart after the category, not turned round with it', async () => {
    const systems = [1, 2].map((i) => {
      const system = Object.assign(goodSystem(i), { name: 'Acme' });
      breakage('category drawn backwards').apply(system, i);
      return system;
    });
    const el = await fixture<ConnectorWizard>(html`<connector-wizard .draftDatabase=${uniqueDatabase()} no-drafts .catalogue=${{ version: 1, systems }}></connector-wizard>`);
    await settle(el);
    for (const s of systems) {
      const category = inStep(el, `#system-${s.id}`)!.closest('.system')!.querySelector('.category')!;
      const id = category.querySelector('bdi:last-child')!;
      expect(id.textContent).to.equal(`(${s.id})`);
      // Where the category's own letters are drawn, and where the id is (the wizard is left to right).
      const letters = document.createRange();
      letters.selectNodeContents(category);
      letters.setEndBefore(id);
      expect(id.getBoundingClientRect().left, `${s.id} after its category`).to.be.at.least(letters.getBoundingClientRect().right - 1);
    }
    el.remove();
  });

  it('two systems of one name and of one category in Arabic: each card says the category as written beside the id', async () => {
    const systems = [1, 2].map((i) => Object.assign(goodSystem(i), { name: 'Acme', category: 'متجر' }));
    const el = await fixture<ConnectorWizard>(html`<connector-wizard .draftDatabase=${uniqueDatabase()} no-drafts .catalogue=${{ version: 1, systems }}></connector-wizard>`);
    await settle(el);
    for (const s of systems) expect(inStep(el, `#system-${s.id}`)!.closest('.system')!.querySelector('.category')!.textContent).to.equal(`متجر (${s.id})`);
    el.remove();
  });
});
