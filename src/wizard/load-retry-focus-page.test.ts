/** Try again for a load the page started (a preset system whose first step is a later one): by keyboard, the focus never falls to the page. One module load per page, so one success per file. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { moduleFault } from '../test/module-fault.js';

const fault = moduleFault('/src/wizard/later.');
await executeServerCommand('clear-browser-cache');
await fault('fail=1');

const { currentStepId, deepActiveElement, expectFocusOnHeading, settle, tabFromBefore, wizardFixture, GROUPS } = await import('../test/fixtures.js');
const { audit } = await import('../test/audit.js');
const { sendKeys } = await import('@web/test-runner-commands');

describe('Try again for a load the page started', () => {
  after(async () => {
    await fault('');
    await executeServerCommand('clear-browser-cache');
  });

  it('by keyboard: a Try again that fails keeps the focus on Try again, one that works puts it on the step heading; axe in the loading and failed states', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, noDrafts: true });
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry"]'), 'load error', { timeout: 5000 });
    await settle(el);
    await audit(el, 'the later steps could not be loaded');
    // A keyboard user Tabs from the page to Try again.
    const before = await tabFromBefore(el, '[part~="retry"]');
    try {
      // It fails again, slowly: "Loading the next step…" meanwhile, then the alert, the focus on its Try again.
      await fault('fail=1&delay=800');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.querySelector('[role="status"][data-loading]'), 'loading', { timeout: 5000 });
      expect(el.shadowRoot!.querySelector('[part~="load-error"]') === null, 'no alert while loading').to.equal(true);
      await audit(el, 'loading the next step');
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry"]'), 'fails again', { timeout: 5000 });
      await waitUntil(() => deepActiveElement()?.getAttribute('part')?.includes('retry'), 'the focus on the new Try again', { timeout: 5000 });
      await settle(el);
      expect(deepActiveElement()?.getAttribute('part'), 'after Try again failed').to.contain('retry');
      await audit(el, 'failed again');

      // It works: the step that came takes the focus.
      await fault('');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => currentStepId(el) === 'general' && el.shadowRoot!.querySelector('[data-step="general"]'), 'General came', { timeout: 5000 });
      await settle(el);
      await waitUntil(
        () => deepActiveElement()?.tagName === 'H2' && (deepActiveElement()!.getRootNode() as ShadowRoot).host.getAttribute('data-step') === 'general',
        'the focus on the general heading',
        { timeout: 5000 },
      );
      expectFocusOnHeading('general');
    } finally {
      before.remove();
    }
  });
});
