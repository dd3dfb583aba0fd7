/**
 * One catalogue object given to several wizards (a page that opens the wizard again, or shows two): read once while it is
 * unchanged, read again once the host changed it in place, and its problems told to each wizard's host.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CatalogueInput } from '../catalogue/catalogue-schema.js';
import { parseCatalogue } from '../catalogue/parse-catalogue.js';
import type { WizardErrorEvent } from '../events/error-event.js';
import { inStep, sampleCatalogue, settle, stepElement } from '../test/fixtures.js';
import type { ConnectorWizard } from './connector-wizard.js';
import '../define.js';

/** The catalogue the steps read (the one in use, in the language in use). */
const inUse = (el: ConnectorWizard) => (stepElement(el) as unknown as { ctx?: { catalogue: unknown } }).ctx?.catalogue;

/** A wizard given `catalogue`, in `host`, with the problems it tells its host. */
async function wizardWith(host: HTMLElement, catalogue: unknown): Promise<{ el: ConnectorWizard; told: WizardErrorEvent[] }> {
  const el = document.createElement('connector-wizard') as ConnectorWizard;
  const told: WizardErrorEvent[] = [];
  el.addEventListener('connector-wizard-error', (e) => told.push(e));
  el.noDrafts = true;
  el.catalogue = catalogue;
  host.append(el);
  await settle(el);
  return { el, told };
}

describe('one catalogue object given to several wizards', () => {
  it('a second wizard given the same unchanged object uses what the first read, not a reading of its own', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const catalogue = await sampleCatalogue();
    const first = await wizardWith(host, catalogue);
    first.el.remove();
    const second = await wizardWith(host, catalogue);
    expect(inStep(second.el, '#system-shopify') !== null, 'offered').to.equal(true);
    expect(inUse(second.el) === inUse(first.el), 'the catalogue the first wizard read').to.equal(true);
  });

  it('a catalogue changed in place and given to a new wizard is read again: the new wizard shows the change, the first keeps its own', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const catalogue = await sampleCatalogue();
    const first = await wizardWith(host, catalogue);
    catalogue.systems.find((s) => s.id === 'shopify')!.name = 'Shopify Plus';
    catalogue.systems.splice(
      catalogue.systems.findIndex((s) => s.id === 'netsuite'),
      1,
    );
    const second = await wizardWith(host, catalogue);
    expect(inStep(second.el, '#system-netsuite'), 'the system taken out in place is gone').to.equal(null);
    expect(inStep(second.el, 'label[for="system-shopify"]')?.textContent).to.contain('Shopify Plus');
    expect(inStep(first.el, '#system-netsuite') !== null, 'the first wizard, not given it again, keeps the catalogue it read').to.equal(true);
    // Changed back: read again too (what the first read was of another content), and offered as written.
    const third = await wizardWith(host, await sampleCatalogue());
    expect(inStep(third.el, '#system-netsuite') !== null).to.equal(true);
  });

  it('a catalogue changed in place, then set again on the same wizard as a new object, is read again', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const catalogue: CatalogueInput = await sampleCatalogue();
    const { el } = await wizardWith(host, catalogue);
    catalogue.systems.find((s) => s.id === 'shopify')!.name = 'Shopify Plus';
    el.catalogue = { ...catalogue };
    await settle(el);
    expect(inStep(el, 'label[for="system-shopify"]')?.textContent).to.contain('Shopify Plus');
  });

  it('each wizard given the same catalogue with a problem tells its own host, in problems of its own', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const catalogue = await sampleCatalogue();
    catalogue.systems.find((s) => s.id === 'shopify')!.authTypes[0]!.fields[0]!.example = 'x'.repeat(600);
    const first = await wizardWith(host, catalogue);
    const second = await wizardWith(host, catalogue);
    expect(first.told.map((e) => e.detail.message)).to.deep.equal(['1 problem in the catalogue: 1 text shortened.']);
    expect(second.told.map((e) => e.detail.message)).to.deep.equal(first.told.map((e) => e.detail.message));
    const [a, b] = [first.told[0]!.detail.problems!, second.told[0]!.detail.problems!];
    expect(b).to.deep.equal(a);
    expect(b !== a && b[0] !== a[0], 'not the same objects: one host changing its event changes no other').to.equal(true);
  });

  it('a catalogue whose systems are behind a getter of its class, changed behind it, is read again for a new wizard', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const sample = await sampleCatalogue();
    class Registry {
      version = 1;
      #systems = sample.systems;
      get systems() {
        return this.#systems;
      }
      set systems(value) {
        this.#systems = value;
      }
    }
    const catalogue = new Registry();
    const first = await wizardWith(host, catalogue);
    expect(inStep(first.el, '#system-netsuite') !== null).to.equal(true);
    catalogue.systems = sample.systems.filter((s) => s.id !== 'netsuite');
    const second = await wizardWith(host, catalogue);
    expect(inStep(second.el, '#system-shopify') !== null, 'offered').to.equal(true);
    expect(inStep(second.el, '#system-netsuite'), 'the system taken out behind the getter is gone').to.equal(null);
  });

  it('a catalogue whose systems are a member JSON leaves out (not enumerable), changed in place, is read again for a new wizard', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const sample = await sampleCatalogue();
    const catalogue = { version: 1 } as { version: number; systems: typeof sample.systems };
    Object.defineProperty(catalogue, 'systems', { value: sample.systems, writable: true, enumerable: false });
    const first = await wizardWith(host, catalogue);
    expect(inStep(first.el, '#system-netsuite') !== null).to.equal(true);
    catalogue.systems = sample.systems.filter((s) => s.id !== 'netsuite');
    const second = await wizardWith(host, catalogue);
    expect(inStep(second.el, '#system-shopify') !== null, 'offered').to.equal(true);
    expect(inStep(second.el, '#system-netsuite'), 'the system taken out is gone').to.equal(null);
  });

  it('a system of a class whose name is a getter, renamed behind it, is shown renamed by a new wizard', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const sample = await sampleCatalogue();
    const shopify = sample.systems.find((s) => s.id === 'shopify')!;
    let name = 'Shopify';
    const { name: _name, ...rest } = shopify;
    const system = Object.assign(
      Object.create({
        get name() {
          return name;
        },
      }),
      rest,
    );
    const catalogue = { version: 1, systems: sample.systems.map((s) => (s === shopify ? system : s)) };
    await wizardWith(host, catalogue);
    name = 'Shopify Plus';
    const second = await wizardWith(host, catalogue);
    expect(inStep(second.el, 'label[for="system-shopify"]')?.textContent).to.contain('Shopify Plus');
  });

  it('a new catalogue object is walked once besides its reading: each member read once to copy it, and as often as the parser reads it', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const sample = await sampleCatalogue();
    let reads = 0;
    const counted = () => ({
      version: 1,
      get systems() {
        reads += 1;
        return sample.systems;
      },
    });
    parseCatalogue(counted());
    const parserReads = reads;
    reads = 0;
    const { el } = await wizardWith(host, counted());
    expect(inStep(el, '#system-shopify') !== null, 'offered').to.equal(true);
    expect(reads, 'reads of the systems by a new wizard: the parser, and once for the copy that tells a change').to.equal(parserReads + 1);
  });
});
