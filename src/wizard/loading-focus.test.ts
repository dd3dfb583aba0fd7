/**
 * A keyboard user on the Cancel beside a loading text (the catalogue's, the draft's) keeps a
 * focus when the steps arrive: that Cancel goes with the loading view, and the first step's
 * heading takes the focus, never `<body>`; when the catalogue fails instead, the same Cancel
 * stays beside the alert, with the focus. The draft module is held by the test server before
 * anything here imports it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { moduleFault, releaseHeldModule } from '../test/module-fault.js';
import type { ConnectorWizard } from './connector-wizard.js';

const drafts = moduleFault('/src/controllers/draft-controller.');
const catalogueFault = moduleFault('/demo/sample-catalogue.json');
// Earlier test pages loaded the module, and the runner lets the browser cache it.
await executeServerCommand('clear-browser-cache');
// Held until the test has tabbed to Cancel, not for a time a busy machine may use up before the first render.
await drafts('held=1');

const { deepActiveElement, sampleCatalogue, stepElement, uniqueDatabase } = await import('../test/fixtures.js');

const loadingCancel = (el: ConnectorWizard) => el.shadowRoot!.querySelector<HTMLButtonElement>('[data-loading] ~ [part~="cancel"]');

/** A host page with a link before the wizard; Tab from it reaches the loading view's Cancel. */
async function tabToLoadingCancel(wizard: ReturnType<typeof html>) {
  const page = await fixture<HTMLElement>(html`<div><a href="#top">Home</a>${wizard}</div>`);
  const el = page.querySelector<ConnectorWizard>('connector-wizard')!;
  await waitUntil(() => loadingCancel(el), 'loading, with Cancel', { timeout: 5000 });
  page.querySelector('a')!.focus();
  await sendKeys({ press: 'Tab' });
  expect(deepActiveElement(), 'Tab reached the Cancel beside the loading text').to.equal(loadingCancel(el));
  return el;
}

describe('the focus on the loading view', () => {
  after(async () => {
    await drafts('');
    await catalogueFault('');
    await executeServerCommand('clear-browser-cache');
  });

  it('on Cancel while the draft loads: the first step heading takes the focus when it arrives', async () => {
    const el = await tabToLoadingCancel(html`<connector-wizard .draftDatabase=${uniqueDatabase()} .catalogue=${await sampleCatalogue()}></connector-wizard>`);
    expect(await releaseHeldModule(), 'the held request answered').to.equal(1);
    await waitUntil(() => stepElement(el), 'the draft arrived', { timeout: 8000 });
    await el.updateComplete;
    expect(document.activeElement, 'not dropped on <body>').to.not.equal(document.body);
    expect(deepActiveElement()?.tagName).to.equal('H2');
  });

  it('on Cancel while the catalogue loads: the first step heading takes the focus when it arrives', async () => {
    await drafts('');
    await catalogueFault('held=1');
    const el = await tabToLoadingCancel(html`<connector-wizard no-drafts catalogue-src="/demo/sample-catalogue.json?loading-focus"></connector-wizard>`);
    expect(await releaseHeldModule(), 'the held request answered').to.equal(1);
    await waitUntil(() => stepElement(el), 'the catalogue came', { timeout: 5000 });
    await el.updateComplete;
    expect(document.activeElement, 'not dropped on <body>').to.not.equal(document.body);
    expect(deepActiveElement()?.tagName).to.equal('H2');
  });

  it('on Cancel while the catalogue loads and then fails to load (Try again offered): the focus stays on Cancel, not on body', async () => {
    await drafts('');
    const el = await tabToLoadingCancel(html`<connector-wizard no-drafts catalogue-src="/__faults/trickle?every=150&cutAfter=4"></connector-wizard>`);
    const cancel = loadingCancel(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="catalogue-error"] [part~="retry"]'), 'the catalogue failed, with Try again', { timeout: 6000 });
    await el.updateComplete;
    expect(document.activeElement, 'not dropped on <body>').to.not.equal(document.body);
    expect(deepActiveElement() === cancel && cancel?.isConnected, 'the same Cancel, beside the alert, keeps the focus').to.equal(true);
  });

  it('on Cancel while the catalogue loads and a catalogue with problems (no Try again) is set: the focus stays on Cancel, not on body', async () => {
    await drafts('');
    // Held until the after hook clears the fault: the catalogue set here comes first, however slow the machine.
    await catalogueFault('held=1');
    const el = await tabToLoadingCancel(html`<connector-wizard no-drafts catalogue-src="/demo/sample-catalogue.json?loading-focus-problems"></connector-wizard>`);
    const cancel = loadingCancel(el);
    (el as unknown as { catalogue: unknown }).catalogue = { version: 1, systems: 'none' };
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="catalogue-error"]'), 'the catalogue refused', { timeout: 5000 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="retry"]'), 'nothing to try again').to.equal(null);
    expect(document.activeElement, 'not dropped on <body>').to.not.equal(document.body);
    expect(deepActiveElement() === cancel && cancel?.isConnected, 'the same Cancel, beside the alert, keeps the focus').to.equal(true);
  });
});
