import { expect } from '@open-wc/testing';
import { parseCatalogue } from './catalogue/parse-catalogue.js';

describe('review: catalogue', () => {
  it('a system whose list has 300,000 options is reported, and the other systems are still offered', () => {
    const field = { key: 'code', label: 'Code', type: 'select', options: Array.from({ length: 300_000 }, (_, i) => ({ value: i + 1, label: `Code ${i + 1}` })) };
    const huge = { id: 'huge', name: 'Huge', authTypes: [{ id: 'key', label: 'Key', kind: 'api-key', fields: [field] }] };
    const good = { id: 'good', name: 'Good', authTypes: [{ id: 'key', label: 'Key', kind: 'api-key', fields: [{ key: 'token', label: 'Token', type: 'secret' }] }] };
    let result: ReturnType<typeof parseCatalogue> | undefined;
    expect(() => (result = parseCatalogue({ version: 1, systems: [huge, good] }))).not.to.throw();
    expect(result!.ok).to.equal(true);
    if (!result!.ok) return;
    expect(result!.catalogue.systems.map((s) => s.id)).to.include('good');
  });
});
