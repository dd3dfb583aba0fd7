import { expect, waitUntil } from '@open-wc/testing';
import { parseCatalogue, summariseProblems } from './catalogue/parse-catalogue.js';
import { monogram } from './steps/system-step/system-step.js';
import { allInStep, inStep, sampleCatalogue, type, wizardFixture } from './test/fixtures.js';

type Fixture = Awaited<ReturnType<typeof wizardFixture>>;

async function namesFound(el: Fixture, query: string): Promise<string[]> {
  await type(el, '#search-systems', query);
  return allInStep(el, '.system label .name').map((n) => n.textContent!.trim());
}

describe('review system: picker at scale', () => {
  // system-step.ts:161 shows the first 100 matches in catalogue order: a name typed in full cannot narrow further, so its card never shows.
  it('a system whose whole name is typed shows in the picker even when more than 100 other systems contain that name', async () => {
    const catalogue = await sampleCatalogue();
    const base = catalogue.systems.find((s) => s.id === 'shopify')!;
    const many = Array.from({ length: 150 }, (_, i) => ({ ...base, id: `shop-${i}`, name: `Shop Tools ${i}` }));
    catalogue.systems = [...many, { ...base, id: 'shop', name: 'Shop' }];
    const el = await wizardFixture({ catalogue });
    expect(await namesFound(el, 'Shop')).to.include('Shop');
  });

  // search-text.ts:30 toLowerCase turns a word-final capital sigma into final ς, which never matches the medial σ of the name.
  it('Greek typed in capitals finds a name through its final sigma', async () => {
    const catalogue = await sampleCatalogue();
    const base = catalogue.systems.find((s) => s.id === 'shopify')!;
    catalogue.systems.push({ ...base, id: 'asfaleia', name: 'Ασφάλεια Online', category: 'Insurance' });
    const el = await wizardFixture({ catalogue });
    expect(await namesFound(el, 'ΑΣ')).to.include('Ασφάλεια Online');
  });

  // system-step.ts:36 searches the name as written but only the translated category (docs/behaviour.md: a search over name, category and id).
  it('in a translated catalogue, finds a system by its category as the catalogue wrote it too', async () => {
    const catalogue = await sampleCatalogue();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')! as (typeof catalogue.systems)[number] & { l10n?: unknown };
    shopify.l10n = { de: { category: 'Onlinehandel' } };
    const el = await wizardFixture({ catalogue });
    el.lang = 'de';
    await waitUntil(() => allInStep(el, '.category').some((c) => c.textContent === 'Onlinehandel'), 'German category', { timeout: 5000 });
    expect(await namesFound(el, 'E-commerce')).to.include('Shopify');
  });

  // system-step.ts:233: two radios with one accessible name; nothing (id, docs) tells them apart.
  it('two systems with the same name get cards a screen reader tells apart', async () => {
    const catalogue = await sampleCatalogue();
    const base = catalogue.systems.find((s) => s.id === 'shopify')!;
    catalogue.systems.push({ ...base, id: 'shopify-eu' });
    const el = await wizardFixture({ catalogue });
    const names = ['#system-shopify', '#system-shopify-eu'].map((id) => inStep<HTMLInputElement>(el, id)!.labels![0]!.textContent!.replace(/\s+/g, ' ').trim());
    expect(names[0]).to.not.equal(names[1]);
  });
});

describe('review system: catalogue reading', () => {
  // parse-catalogue.ts:159 marks every broken auth type of a dropped system system-left-out; summariseProblems (line 93) counts problems, not systems.
  it('the summary counts a system left out for its three broken auth types as one system', async () => {
    const catalogue = await sampleCatalogue();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
    for (const a of shopify.authTypes) (a as { kind: string }).kind = 'magic-link';
    const result = parseCatalogue(catalogue);
    expect(result.ok).to.equal(true);
    expect(summariseProblems(result.problems)).to.contain('1 system left out');
  });

  // catalogue-schema.ts:205 systemSchema (and authTypeSchema) have no error text of their own: zod default words reach the integrator and the element.
  it('a system written as null is said in plain words', () => {
    const result = parseCatalogue({ version: 1, systems: [null, { id: 'a', name: 'A', authTypes: [{ id: 'x', label: 'X', kind: 'none' }] }] });
    expect(result.problems[0]!.message).to.not.contain('Invalid input');
  });

  // system-step.ts:14 turns combining marks into spaces, splitting a decomposed word in two.
  it('monogram of a name written decomposed is the same as of the name composed', () => {
    expect(monogram('Société Générale'.normalize('NFD'))).to.equal(monogram('Société Générale'));
  });
});
