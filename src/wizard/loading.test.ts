/**
 * The steps after System live in a module the wizard loads on first need (and fetches ahead
 * once the first step is on screen), and the draft code is another, loaded on connect when
 * drafts are on. This page has loaded neither yet: the test server is told to refuse them, then
 * to serve them slowly, before anything here imports the wizard.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { moduleFault, moduleFaultHits, releaseHeldModule, releaseModules } from '../test/module-fault.js';
import type { WizardErrorEvent } from '../events/error-event.js';

const LATER = '/src/wizard/later.';
const DRAFTS = '/src/controllers/draft-controller.';
const fault = (query: string, prefix = LATER) => moduleFault(prefix)(query);
// Earlier test pages loaded the module, and the runner lets the browser cache it.
await executeServerCommand('clear-browser-cache');
await fault('fail=1');

const { currentStepId, deepActiveElement, fillStep, inStep, pressContinue, settle, wizardFixture } = await import('../test/fixtures.js');

describe('loading the later steps', () => {
  // The runner marks every response cacheable for a year, the injected 503s too: leave none behind.
  after(async () => {
    await fault('');
    await executeServerCommand('clear-browser-cache');
  });

  it('a step that cannot be loaded says so, keeps every answer, and comes on Try again', async () => {
    const el = await wizardFixture({ noDrafts: true });
    const errors: WizardErrorEvent[] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push(e));
    await fillStep.system(el);
    // Fetched ahead while the person reads the first step: refused, quietly.
    const hits = moduleFaultHits;
    await waitUntil(async () => (await hits()) > 0, 'fetched ahead', { timeout: 5000 });
    expect(errors).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part~="load-error"]')).to.equal(null);

    await pressContinue(el);
    expect(currentStepId(el)).to.equal('system');
    const alert = el.shadowRoot!.querySelector('[part~="load-error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('could not be loaded');
    expect(errors.map((e) => e.detail.kind)).to.deep.equal(['network']);
    expect(inStep<HTMLInputElement>(el, '#system-shopify')!.checked, 'the choice is kept').to.equal(true);

    // The network is back, slowly (held until the test has looked): Try again continues, saying what it waits for.
    await fault('held=1');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    try {
      // Not `updateComplete`: that waits for the step itself.
      await waitUntil(() => el.shadowRoot!.querySelector('[data-loading]'), 'waiting for the next step', { timeout: 5000 });
      expect(el.shadowRoot!.querySelector('[data-loading]')?.textContent).to.contain('Loading the next step');
      expect(el.shadowRoot!.querySelector('[part~="load-error"]')).to.equal(null);
      expect(await releaseHeldModule(), 'the held later module answered').to.equal(1);
    } finally {
      // Whatever a failure above left held: the test's own error stays the one reported.
      await releaseModules();
    }
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
    expect(deepActiveElement()?.tagName).to.equal('H2');
    expect(errors).to.have.length(1);
  });

  it('once loaded, every later step is defined and Continue moves on in the same update', async () => {
    await fault('');
    const el = await wizardFixture({ noDrafts: true });
    await fillStep.system(el);
    const before = await moduleFaultHits();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="continue"]')!.click();
    expect(currentStepId(el), 'no loading status in between').to.equal('system');
    await el.updateComplete;
    expect(currentStepId(el)).to.equal('general');
    expect(await moduleFaultHits(), 'nothing fetched again').to.equal(before);
    for (const tag of ['general', 'timezone', 'auth', 'credentials', 'review']) expect(customElements.get(`connector-wizard-${tag}-step`), tag).to.not.equal(undefined);
  });

  it('drafts whose code cannot be loaded: one notice, one storage error, and the flow goes on in memory', async () => {
    await fault('fail=1', DRAFTS);
    const errors: WizardErrorEvent[] = [];
    const listen = (e: WizardErrorEvent) => errors.push(e);
    window.addEventListener('connector-wizard-error', listen);
    try {
      const el = await wizardFixture();
      expect(el.shadowRoot!.querySelector('[data-notice="storage"]')?.textContent).to.contain('not being saved');
      expect(errors.map((e) => e.detail.kind)).to.deep.equal(['storage']);
      await fillStep.system(el);
      await pressContinue(el);
      expect(currentStepId(el)).to.equal('general');
      expect(errors).to.have.length(1);
    } finally {
      window.removeEventListener('connector-wizard-error', listen);
    }
  });

  it('listDrafts() of define.js, its code refused: resolves to [] and never rejects', async () => {
    await fault('fail=1', DRAFTS);
    const { listDrafts } = await import('../define.js');
    const listed = await listDrafts(`cw-list-refused-${Date.now()}`).catch((error: unknown) => `rejected: ${String(error)}`);
    expect(listed).to.deep.equal([]);
  });
});
