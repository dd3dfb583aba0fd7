import { expect } from '@open-wc/testing';
import { parseCatalogue } from './catalogue/parse-catalogue.js';

/** One system, Acme, with one authentication type (an API key) holding `fields`. */
const withFields = (fields: unknown[]) =>
  parseCatalogue({ version: 1, systems: [{ id: 'acme', name: 'Acme', authTypes: [{ id: 'key', label: 'Key', kind: 'api-key', fields }] }] });

describe('review: catalogue', () => {
  it('a list of 40,000 options with number values (a registry of codes) is read without holding the page', () => {
    const options = Array.from({ length: 40_000 }, (_, i) => ({ value: i + 1, label: `Code ${i + 1}` }));
    const result = withFields([{ key: 'code', label: 'Code', type: 'select', options }]);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.catalogue.systems[0]!.authTypes[0]!.fields[0]!.options!.length).to.equal(40_000);
    expect(result.problems.filter((p) => p.action === 'converted').length).to.equal(40_000);
  });
});
