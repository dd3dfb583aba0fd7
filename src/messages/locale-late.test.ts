/**
 * What the wizard says before its language file has arrived: language files are held back (the
 * module fault, armed before anything is imported), so a draft is restored (German), storage
 * fails (French) and the catalogue cannot be fetched (Dutch) while the wizard still speaks English.
 * And a language file that fails to load (Spanish) is neither spoken nor claimed, then loads when asked for again (not at a `lang` set elsewhere on the page). What it said is said again in the
 * wizard's language once that is there. Each test loads a language no test before it loaded.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { moduleFault, moduleFaultHits } from '../test/module-fault.js';

const LOCALES = '/src/messages/locales/';
const fault = moduleFault(LOCALES);
await executeServerCommand('clear-browser-cache');
await fault('delay=1500');

const { inStep, sampleCatalogue, settle, type, uniqueDatabase, wizardFixture } = await import('../test/fixtures.js');
const { en } = await import('./english.js');
type Wizard = import('../wizard/connector-wizard.js').ConnectorWizard;

const polite = (el: Wizard) => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();

/** Waits until `el` has said something while it still speaks English, then until its own language has arrived. */
async function saidBeforeItsLanguage(el: Wizard): Promise<void> {
  await waitUntil(() => polite(el) !== '', 'something is said', { timeout: 5000 });
  expect(inStep(el, 'h2')?.textContent?.trim(), 'the language has not arrived yet').to.equal(en.generalTitle);
  await waitUntil(() => inStep(el, 'h2')?.textContent?.trim() !== en.generalTitle, 'the language arrives', { timeout: 8000 });
}

describe('announcements made before the language file arrives', () => {
  after(async () => {
    await fault('');
    await executeServerCommand('clear-browser-cache');
  });

  it('a restored draft is said in the wizard language, not in English', async () => {
    const draftDatabase = uniqueDatabase();
    const first = await wizardFixture({ draftDatabase, system: 'shopify' });
    await type(first, '#field-name', 'Shop Berlin');
    expect(await first.saveDraft()).to.equal(true);
    first.remove();
    const catalogue = await sampleCatalogue();
    const el = await fixture<Wizard>(html`<connector-wizard lang="de" .draftDatabase=${draftDatabase} .catalogue=${catalogue} system="shopify"></connector-wizard>`);
    await settle(el);
    await saidBeforeItsLanguage(el);
    // Now in the module map: imported here, it is the file the wizard loaded.
    const { default: de } = await import('./locales/de.js');
    await el.updateComplete;
    expect(polite(el)).to.equal(de.draftRestored);
  });

  it('drafts not being saved is said in the wizard language, not in English', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    try {
      const catalogue = await sampleCatalogue();
      const el = await fixture<Wizard>(html`<connector-wizard lang="fr" .draftDatabase=${uniqueDatabase()} .catalogue=${catalogue} system="shopify"></connector-wizard>`);
      await settle(el);
      await saidBeforeItsLanguage(el);
      const { default: fr } = await import('./locales/fr.js');
      await el.updateComplete;
      expect(polite(el)).to.equal(fr.draftsUnavailable);
      expect(el.shadowRoot!.querySelector('[data-notice="storage"]')!.textContent).to.contain(fr.draftsUnavailable);
    } finally {
      Object.defineProperty(window, 'indexedDB', original);
    }
  });

  it('a catalogue that could not be fetched is said in the wizard language, as not loaded, and the host hears it in English', async () => {
    const errors: string[] = [];
    const el = await fixture<Wizard>(
      html`<connector-wizard lang="nl" .draftDatabase=${uniqueDatabase()} catalogue-src="/demo/does-not-exist.json" @connector-wizard-error=${(
        e: CustomEvent<{ message: string }>,
      ) => errors.push(e.detail.message)}></connector-wizard>`,
    );
    const item = () => el.shadowRoot!.querySelector('[part~="catalogue-error"] li');
    await waitUntil(() => item(), 'the fetch failed', { timeout: 5000 });
    expect(item()!.textContent, 'Dutch has not arrived yet').to.contain('could not be loaded (HTTP 404)');
    await waitUntil(() => !item()!.textContent!.includes('could not be loaded'), 'Dutch arrives', { timeout: 8000 });
    const { default: nl } = await import('./locales/nl.js');
    await el.updateComplete;
    expect(item()!.textContent!.trim()).to.equal(nl.catalogueLoadFailed('HTTP 404'));
    expect(item()!.closest('[lang]')!.getAttribute('lang'), 'not marked as English').to.equal('nl');
    expect(el.shadowRoot!.querySelector('[part~="catalogue-error"] [tabindex="-1"]')!.textContent!.trim(), 'not fetched, rather than not valid').to.equal(
      nl.catalogueUnloadedTitle,
    );
    expect(errors).to.deep.equal(['The catalogue of systems could not be loaded (HTTP 404).']);
  });

  it('a language file that fails to load: the wizard goes on in English, marked English, tells the host, and loads it when asked again', async () => {
    await fault('fail=1');
    const errors: { kind: string; message: string }[] = [];
    const el = await fixture<Wizard>(
      html`<connector-wizard lang="es" no-drafts .draftDatabase=${uniqueDatabase()} .catalogue=${await sampleCatalogue()} @connector-wizard-error=${(
        e: CustomEvent<{ kind: string; message: string }>,
      ) => errors.push(e.detail)}></connector-wizard>`,
    );
    await waitUntil(() => errors.length > 0, 'the host is told', { timeout: 5000 });
    await settle(el);
    expect(errors.map((e) => e.kind)).to.deep.equal(['network']);
    expect(errors[0]!.message).to.contain('es messages could not be loaded');
    const root = () => el.shadowRoot!.querySelector('.root')!;
    expect(root().getAttribute('lang'), 'English text is not claimed to be Spanish').to.equal('en');
    expect(inStep(el, 'h2')!.textContent!.trim()).to.equal(en.systemTitle);
    // A lang set elsewhere on the page is no change of the language this wizard asks for: the file is not fetched again, nor the host told again.
    const hits = await moduleFaultHits();
    const other = document.createElement('p');
    document.body.append(other);
    other.setAttribute('lang', 'nl');
    // Checked once a language this wizard does follow, asked after, has failed and been told: the only fetch and the only telling since.
    el.setAttribute('lang', 'ar');
    await waitUntil(() => errors.length > 1, 'the Arabic file that failed is told', { timeout: 5000 });
    other.remove();
    expect(await moduleFaultHits(), 'fetched again').to.equal(hits + 1);
    expect(errors.length, 'told again').to.equal(2);
    expect(errors[1]!.message).to.contain('ar messages could not be loaded');
    await fault('delay=1');
    el.setAttribute('lang', 'en');
    el.setAttribute('lang', 'es');
    await waitUntil(() => root().getAttribute('lang') === 'es', 'Spanish, loaded again', { timeout: 8000 });
    await settle(el);
    // (Not imported here: this page's module map holds the failed load of that URL.)
    expect(inStep(el, 'h2')!.textContent!.trim()).to.equal('Elija un sistema');
  });
});
