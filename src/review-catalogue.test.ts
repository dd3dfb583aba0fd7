/** Review (session 38) of how a host gives the wizard its catalogue, and how odd entries are read. */
import { expect, fixture, html } from '@open-wc/testing';
import type { WizardErrorEvent } from './events/error-event.js';
import { parseCatalogue, type CatalogueProblem } from './catalogue/parse-catalogue.js';
import { sampleCatalogue, settle, stepElement, uniqueDatabase } from './test/fixtures.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';

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

  it('a system whose entry cannot be read (a getter that throws, a revoked proxy) is left out as unreadable, not as too large, and the rest load', async () => {
    const catalogue = await sampleCatalogue();
    const lazy = catalogue.systems[1]!;
    Object.defineProperty(lazy, 'name', {
      enumerable: true,
      get() {
        throw new Error('not loaded yet');
      },
    });
    const { proxy, revoke } = Proxy.revocable({ ...catalogue.systems[2]! }, {});
    revoke();
    catalogue.systems[2] = proxy as never;
    let result: ReturnType<typeof parseCatalogue> | string;
    try {
      result = parseCatalogue(catalogue);
    } catch (error) {
      result = `threw ${String(error)}`;
    }
    expect(typeof result, String(result)).to.equal('object');
    const read = result as Exclude<typeof result, string>;
    expect(read.ok).to.equal(true);
    const left = read.problems.filter((p) => p.action === 'system-left-out');
    expect(left.map((p) => p.path)).to.deep.equal(['systems[1]', 'systems[2]']);
    for (const p of left) expect(p.problem).to.not.contain('too large');
    expect(read.ok && read.catalogue.systems.length).to.equal(catalogue.systems.length - 2);
    // Through the element: the other systems are offered, and the host hears of both.
    const problems: CatalogueProblem[] = [];
    const el = await fixture<ConnectorWizard>(
      html`<connector-wizard .draftDatabase=${uniqueDatabase()} no-drafts .catalogue=${catalogue} @connector-wizard-error=${(e: WizardErrorEvent) => problems.push(...(e.detail.problems ?? []))}></connector-wizard>`,
    );
    await settle(el);
    expect(stepElement(el)?.dataset.step).to.equal('system');
    expect(problems.filter((p) => p.action === 'system-left-out')).to.have.length(2);
  });

  it('a catalogue whose systems cannot be read at all is refused with a clear error, never a throw', async () => {
    const catalogue = {
      version: 1,
      get systems(): unknown {
        throw new Error('not loaded yet');
      },
    };
    let result: ReturnType<typeof parseCatalogue> | string;
    try {
      result = parseCatalogue(catalogue);
    } catch (error) {
      result = `threw ${String(error)}`;
    }
    expect(typeof result, String(result)).to.equal('object');
    expect((result as Exclude<typeof result, string>).ok).to.equal(false);
  });
});
