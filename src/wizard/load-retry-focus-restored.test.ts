/** Try again for a load the page started (a draft restored on a later step): by keyboard, the restored step heading takes the focus. One module load per page, so one success per file. */
import { waitUntil } from '../test/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { moduleFault } from '../test/module-fault.js';

const fault = moduleFault('/src/wizard/later.');
await executeServerCommand('clear-browser-cache');
await fault('fail=1');

const { currentStepId, deepActiveElement, expectFocusOnHeading, settle, tabFromBefore, wizardFixture, GROUPS, uniqueDatabase } = await import('../test/fixtures.js');
const { DraftStore } = await import('../storage/draft-store.js');
const { emptyWizardData } = await import('../schemas/wizard-data.js');
const { sendKeys } = await import('@web/test-runner-commands');

describe('Try again for a restored draft on a later step', () => {
  after(async () => {
    await fault('');
    await executeServerCommand('clear-browser-cache');
  });

  it('by keyboard: when it works, the restored step heading takes the focus, never the page', async () => {
    const draftDatabase = uniqueDatabase();
    const store = new DraftStore(draftDatabase);
    await store.put(
      { id: 'default', step: 'timezone', updatedAt: Date.now(), data: { ...emptyWizardData(), system: 'shopify', name: 'Restored', group: 'uk', environment: 'live' } },
      0,
    );
    await store.close();
    const el = await wizardFixture({ groups: GROUPS, draftDatabase });
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry"]'), 'load error', { timeout: 5000 });
    await settle(el);
    const before = await tabFromBefore(el, '[part~="retry"]');
    try {
      await fault('');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => currentStepId(el) === 'timezone' && el.shadowRoot!.querySelector('[data-step="timezone"]'), `restored step came (${currentStepId(el)})`, {
        timeout: 5000,
      });
      await settle(el);
      await waitUntil(
        () => deepActiveElement()?.tagName === 'H2' && (deepActiveElement()!.getRootNode() as ShadowRoot).host.getAttribute('data-step') === 'timezone',
        'the focus on the timezone heading',
        { timeout: 5000 },
      );
      expectFocusOnHeading('timezone');
    } finally {
      before.remove();
    }
  });
});
