/** Cancel while Continue waits for the later steps' file: the step does not change after the host heard Cancel. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../test/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { moduleFault, releaseModules, waitModuleHeld } from '../../test/module-fault.js';

const fault = moduleFault('/src/wizard/later.');
await executeServerCommand('clear-browser-cache');
// Held until the test has acted, not for a time a busy machine may use up first.
await fault('held=1');
const { button, currentStepId, fillStep, settle, wizardFixture } = await import('../../test/fixtures.js');

describe('Cancel while Continue waits for the later steps', () => {
  after(async () => {
    await fault('');
    await executeServerCommand('clear-browser-cache');
  });

  it('no step change follows the cancel', async () => {
    const el = await wizardFixture({ noDrafts: true });
    const events: string[] = [];
    el.addEventListener('connector-wizard-cancel', () => events.push('cancel'));
    el.addEventListener('connector-wizard-step-change', (e) => events.push(`step-change ${e.detail.from}->${e.detail.to}`));
    await fillStep.system(el);
    button(el, 'continue').click();
    await waitModuleHeld();
    button(el, 'cancel').click();
    // What the old Continue waited for comes now.
    expect(await releaseModules(), 'the held later file answered').to.equal(1);
    await waitUntil(() => customElements.get('connector-wizard-general-step'), 'the later steps arrived', { timeout: 5000 });
    await settle(el);
    expect({ events, step: currentStepId(el) }).to.deep.equal({ events: ['cancel'], step: 'system' });
  });
});
