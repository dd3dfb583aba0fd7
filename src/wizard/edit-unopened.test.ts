/** A `connector` the wizard cannot open (its system is not in the catalogue, or it has no usable id): said, with Cancel, never a new connector, and the edit before it ends. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { en } from '../messages/english.js';
import { advanceTo, currentStepId, freshApi, GROUPS, inStep, sampleCatalogue, settle, type, wizardFixture } from '../test/fixtures.js';
import { EDITED, editing } from '../test/edit-fixtures.js';
import { readDraft } from '../test/stored.js';
import type { WizardErrorEvent } from '../events/error-event.js';
import type { EditableConnector } from './connector-wizard.js';

const RETIRED = { ...EDITED, id: 'c-2', name: 'Retired', system: 'sap-b1' } as unknown as EditableConnector;
const alertText = (el: HTMLElement) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('a connector that cannot be opened', () => {
  it('unknown-system connector opened with focus in a field: focus stays in the wizard', async () => {
    const { el } = await editing(EDITED);
    inStep<HTMLInputElement>(el, '#field-name')!.focus();
    el.connector = RETIRED;
    await settle(el);
    expect(alertText(el)).to.contain('sap-b1');
    expect(document.activeElement === document.body ? 'body' : el.matches(':focus-within') ? 'in the wizard' : 'elsewhere').to.equal('in the wizard');
  });

  it('after switching to an unknown-system connector, submit saves nothing of the edit before, which its draft keeps', async () => {
    const { el, updated } = await editing(EDITED);
    await type(el, '#field-name', 'Shop renamed');
    el.connector = RETIRED;
    await settle(el);
    expect(alertText(el)).to.contain('sap-b1');
    expect({ step: currentStepId(el), saved: await el.submit(), updated }).to.deep.equal({ step: null, saved: false, updated: [] });
    await waitUntil(async () => (await readDraft(el.draftDatabase, 'default:edit:c-1'))?.data.name === 'Shop renamed', 'the edit of c-1 kept in its draft', { timeout: 5000 });
    el.connector = EDITED as unknown as EditableConnector;
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('Shop renamed');
  });

  for (const id of ['', '..'])
    it(`an edit with id ${JSON.stringify(id)} is said, with Cancel, not silently a new connector`, async () => {
      const { el } = await editing({ ...EDITED, id });
      expect(currentStepId(el) ?? 'said').to.equal('said');
      expect(alertText(el)).to.equal('This connector cannot be opened: it has no usable id.');
      expect(el.shadowRoot!.querySelector('[part~="cancel"]')?.textContent?.trim()).to.equal('Cancel');
      el.connector = null;
      await settle(el);
      expect(currentStepId(el)).to.equal('system');
    });

  it('an edit whose id holds a lone surrogate (no URL can carry it as written) is said, the host told, and Save sends nothing: it never throws', async () => {
    const api = freshApi();
    const errors: string[] = [];
    const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint });
    el.addEventListener('connector-wizard-error', (e) => errors.push(`${(e as WizardErrorEvent).detail.kind}: ${(e as WizardErrorEvent).detail.message}`));
    el.connector = { ...EDITED, id: 'c-1\uD800' } as unknown as EditableConnector;
    await settle(el);
    // Opened as it was, a rename was a change to send, whose PATCH address could not be written (encodeURIComponent threw).
    if (inStep(el, '#field-name')) await type(el, '#field-name', 'Shop renamed');
    const saved = await el.submit().catch((error: unknown) => `threw ${String(error)}`);
    await settle(el);
    expect({ step: currentStepId(el) ?? 'said', said: alertText(el), saved, told: errors.map((e) => e.slice(0, 64)) }).to.deep.equal({
      step: 'said',
      said: 'This connector cannot be opened: it has no usable id.',
      saved: false,
      told: ['config: The connector to edit has no id a request can name it by'],
    });
    expect((await api.log()).filter((entry) => entry.method === 'PATCH')).to.deep.equal([]);
  });

  it('while "This connector cannot be opened" shows, submit() and the moves create and show nothing of the new connector behind it', async () => {
    const el = await wizardFixture({ groups: GROUPS });
    await advanceTo(el, 'review');
    const created: unknown[] = [];
    el.addEventListener('connector-created', (e) => created.push((e as CustomEvent).detail));
    el.connector = { ...EDITED, id: '' } as unknown as EditableConnector;
    await settle(el);
    const said = alertText(el);
    const results = { back: await el.back(), goTo: await el.goTo('general'), next: await el.next(), submit: await el.submit() };
    await settle(el);
    expect({ said, results, created: created.length, step: currentStepId(el) }).to.deep.equal({
      said: 'This connector cannot be opened: it has no usable id.',
      results: { back: false, goTo: false, next: false, submit: false },
      created: 0,
      step: null,
    });
  });

  it('a system whose catalogue entry could not be read is said as such, preset or edited, not as missing from the catalogue', async () => {
    const sample = (await sampleCatalogue()) as { systems: unknown[] };
    // A registry entry with an id but no name and no way to sign in: left out, and reported to the page.
    const catalogue = { ...sample, systems: [...sample.systems, { id: 'sap-b1', authTypes: 'none' }] };
    const unreadable = en.unreadableSystem('sap-b1');
    const preset = await wizardFixture({ catalogue, system: 'sap-b1' });
    expect(alertText(preset)).to.equal(unreadable);
    const edited = await wizardFixture({ catalogue, groups: GROUPS });
    edited.connector = RETIRED;
    await settle(edited);
    expect(alertText(edited)).to.equal(unreadable);
    // One missing altogether is still said as missing.
    edited.connector = { ...RETIRED, system: 'sage' } as unknown as EditableConnector;
    await settle(edited);
    expect(alertText(edited)).to.equal(en.unknownSystem('sage'));
  });
  it('the host is told of each connector that cannot be opened as it comes and again on coming back, not again on reset() or a new catalogue still without its system; one that adds it opens it', async () => {
    const el = await wizardFixture({ groups: GROUPS });
    const told: string[] = [];
    el.addEventListener('connector-wizard-error', (e) => told.push((e as WizardErrorEvent).detail.kind));
    const sapA = RETIRED;
    const sage = { ...RETIRED, id: 'c-3', system: 'sage' } as unknown as EditableConnector;
    const seen: { said: string; step: string | null; told: number }[] = [];
    const look = async () => (await settle(el), seen.push({ said: alertText(el), step: currentStepId(el), told: told.length }));
    el.connector = sapA;
    await look();
    el.connector = sage;
    await look();
    el.connector = sapA;
    await look();
    await el.reset();
    await look();
    const catalogue = await sampleCatalogue();
    el.catalogue = { ...catalogue };
    await look();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
    el.catalogue = { ...catalogue, systems: [...catalogue.systems, { ...shopify, id: 'sap-b1', name: 'SAP Business One' }] };
    await look();
    expect({ seen, name: inStep<HTMLInputElement>(el, '#field-name')?.value }).to.deep.equal({
      seen: [
        { said: en.unknownSystem('sap-b1'), step: null, told: 1 },
        { said: en.unknownSystem('sage'), step: null, told: 2 },
        { said: en.unknownSystem('sap-b1'), step: null, told: 3 },
        { said: en.unknownSystem('sap-b1'), step: null, told: 3 },
        { said: en.unknownSystem('sap-b1'), step: null, told: 3 },
        { said: '', step: 'general', told: 3 },
      ],
      name: 'Retired',
    });
  });
});
