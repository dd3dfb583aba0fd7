/** Review (session 38) of how a host gives the wizard its catalogue, and how odd entries are read. */
import { expect } from '@open-wc/testing';
import { parseCatalogue } from './catalogue/parse-catalogue.js';
import { sampleCatalogue } from './test/fixtures.js';

describe('review: catalogue', () => {
  it('a catalogue answer that is one page of several is read, and the host is told only that page is offered', async () => {
    const catalogue = await sampleCatalogue();
    for (const [key, value] of [
      ['nextPageToken', 'CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA'],
      ['next_page', 2],
      ['has_more', true],
      ['links', { next: '/catalogue?page=2' }],
      ['@odata.nextLink', 'https://registry.example/catalogue?$skip=10'],
    ] as const) {
      const result = parseCatalogue({ ...catalogue, [key]: value });
      expect(result.ok, key).to.equal(true);
      const paging = result.problems.filter((p) => p.path.startsWith(key));
      expect(paging.length, key).to.equal(1);
      expect(paging[0]!.message, key).to.contain('page');
    }
    // The last page (no next page) is a whole catalogue: nothing to say.
    for (const last of [{ nextPageToken: '' }, { next: null }, { has_more: false }, { links: { next: null } }])
      expect(parseCatalogue({ ...catalogue, ...last }).problems, JSON.stringify(last)).to.deep.equal([]);
  });
});
