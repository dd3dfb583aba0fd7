import { expect } from '@open-wc/testing';
import { sampleCatalogue } from '../test/fixtures.js';
import { parseCatalogue } from './parse-catalogue.js';

describe('parseCatalogue', () => {
  it('accepts the sample catalogue and applies field defaults', async () => {
    const result = parseCatalogue(await sampleCatalogue());
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
    if (!result.ok) return;
    expect(result.catalogue.systems.length).to.be.at.least(8);
    const shopify = result.catalogue.systems.find((s) => s.id === 'shopify')!;
    const field = shopify.authTypes[0]!.fields[0]!;
    expect(field.required).to.equal(true);
    expect(['trim', 'lowercase', 'none']).to.include(field.normalize);
  });

  it('the sample catalogue meets the product brief', async () => {
    const catalogue = await sampleCatalogue();
    const systems = catalogue.systems;
    expect(systems.filter((s) => s.authTypes.length > 1).length).to.be.at.least(3);
    expect(systems.filter((s) => s.authTypes.length === 1).length).to.be.at.least(1);
    const categories = new Set(systems.map((s) => s.category));
    expect(categories.size).to.be.at.least(3);
    for (const s of systems) {
      expect(s.docsUrl, s.id).to.match(/^https:\/\//);
      for (const a of s.authTypes) for (const f of a.fields) if (f.pattern) expect(() => new RegExp(f.pattern!, 'u')).not.to.throw();
    }
  });

  it('names the system, auth type and field of a bad pattern', async () => {
    const catalogue = await sampleCatalogue();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
    shopify.authTypes[0]!.fields[0]!.pattern = '^[a-z';
    const result = parseCatalogue(catalogue);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.problems[0]).to.contain('System "Shopify"');
    expect(result.problems[0]).to.contain(`authentication type "${shopify.authTypes[0]!.label}"`);
    expect(result.problems[0]).to.contain(`field "${shopify.authTypes[0]!.fields[0]!.label}"`);
    expect(result.problems[0]).to.contain('not a valid regular expression');
  });

  it('reports missing keys, wrong types, unknown kinds and duplicate ids', () => {
    const result = parseCatalogue({
      version: 1,
      systems: [
        { id: 'a', name: 'Alpha', authTypes: [{ id: 'x', label: 'X', kind: 'magic', fields: [] }] },
        { id: 'a', name: 'Alpha again', authTypes: [{ id: 'x', label: 'X', kind: 'token', fields: [{ key: 'k', type: 'text' }] }] },
        { name: 42 },
      ],
    });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const text = result.problems.join('\n');
    expect(text).to.contain('System "Alpha" (systems[0]), authentication type "X" (authTypes[0]), "kind": must be one of');
    expect(text).to.contain('field "k" (fields[0]), "label": is missing');
    expect(text).to.contain('systems[2], "id": is missing');
  });

  it('reports duplicate ids once the entries themselves are valid', () => {
    const system = { id: 'a', name: 'Alpha', authTypes: [{ id: 'x', label: 'X', kind: 'none', fields: [] }] };
    const result = parseCatalogue({ version: 1, systems: [system, { ...system, name: 'Alpha again' }] });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problems.join('\n')).to.contain('System "Alpha again" (systems[1]): duplicate system id "a"');
  });

  it('rejects a wrong version and non-objects without throwing', () => {
    for (const input of [null, 'text', 42, [], { version: 2, systems: [] }, { systems: [] }]) {
      const result = parseCatalogue(input);
      expect(result.ok, JSON.stringify(input)).to.equal(false);
      if (!result.ok) expect(result.problems.length).to.be.greaterThan(0);
    }
  });

  it('ignores unknown keys', async () => {
    const catalogue = (await sampleCatalogue()) as unknown as Record<string, unknown>;
    catalogue.extra = { anything: true };
    const result = parseCatalogue(catalogue);
    expect(result.ok).to.equal(true);
    if (result.ok) expect('extra' in result.catalogue).to.equal(false);
  });
});
