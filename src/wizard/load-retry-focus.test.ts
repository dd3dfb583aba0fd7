/** Where the focus goes when the later steps' file cannot be loaded (the module fault, armed before anything is imported, fails each load). */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { moduleFault, moduleFaultHits } from '../test/module-fault.js';

const LATER = '/src/wizard/later.';
const fault = moduleFault(LATER);
await executeServerCommand('clear-browser-cache');
await fault('fail=1');

const { currentStepId, deepActiveElement, fillStep, inStep, sampleCatalogue, settle, uniqueDatabase, wizardFixture } = await import('../test/fixtures.js');
const { sendKeys } = await import('@web/test-runner-commands');

describe('the focus when the later steps fail to load', () => {
  after(async () => {
    await fault('');
    await executeServerCommand('clear-browser-cache');
  });

  it('a Try again that fails again leaves the focus on the new Try again, not on body', async () => {
    const el = await wizardFixture({ noDrafts: true });
    await fillStep.system(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="continue"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="load-error"]'), 'load error', { timeout: 5000 });
    await settle(el);
    expect(currentStepId(el)).to.equal('system');
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!;
    retry.focus();
    const hits = await moduleFaultHits();
    retry.click();
    // Asked again: the click's render took the first notice away before the request left, so the notice waited for is the new one.
    // (Not `await el.updateComplete`: it waits for the load, so the new notice is already there after it.)
    await waitUntil(async () => (await moduleFaultHits()) > hits, 'asked again', { timeout: 5000 });
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="load-error"]'), 'fails again', { timeout: 5000 });
    await settle(el);
    const active = deepActiveElement();
    expect(active === document.body, 'focus after Try again failed fell to the page').to.equal(false);
    expect(active?.getAttribute('part')).to.contain('retry');
  });

  it('Enter in the system search when the next step cannot be loaded keeps the focus in the wizard', async () => {
    const el = await wizardFixture({ noDrafts: true });
    const search = inStep<HTMLInputElement>(el, '#search-systems')!;
    search.focus();
    await sendKeys({ type: 'xero' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="load-error"]'), 'load error', { timeout: 5000 });
    await settle(el);
    expect(currentStepId(el)).to.equal('system');
    const active = deepActiveElement();
    expect(active === document.body, 'focus after the failed load fell to the page').to.equal(false);
  });

  it('the same inside another shadow root (an app shell that renders the wizard in its own): the focus stays in the wizard', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const el = document.createElement('connector-wizard');
    el.draftDatabase = uniqueDatabase();
    el.noDrafts = true;
    el.catalogue = await sampleCatalogue();
    host.attachShadow({ mode: 'open' }).append(el);
    await settle(el);
    inStep<HTMLInputElement>(el, '#search-systems')!.focus();
    await sendKeys({ type: 'xero' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="load-error"]'), 'load error', { timeout: 5000 });
    // The failure gives the focus once its render has completed.
    await waitUntil(() => deepActiveElement()?.getAttribute('part')?.includes('retry'), 'the focus on Try again', { timeout: 5000 });
    expect(currentStepId(el)).to.equal('system');
    expect(deepActiveElement()?.getAttribute('part'), 'on Try again').to.contain('retry');
    host.remove();
  });

  it('a load nobody asked for (a preset system on page load) that fails leaves the focus where it was', async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    const el = await wizardFixture({ system: 'shopify', noDrafts: true });
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry"]'), 'load error', { timeout: 5000 });
    // A failure gives the focus in the microtasks after the render that shows it; settled (tasks later), it would have.
    await settle(el);
    expect(deepActiveElement() === document.body, `focus moved to ${deepActiveElement()?.outerHTML.slice(0, 80)}`).to.equal(true);
  });
});
