/** Cancel while Continue waits for the later steps' file: the step does not change after the host heard Cancel. */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { moduleFault } from '../../test/module-fault.js';

const fault = moduleFault('/src/wizard/later.');
await executeServerCommand('clear-browser-cache');
await fault('delay=1500');
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
    await new Promise((r) => setTimeout(r, 100));
    button(el, 'cancel').click();
    await new Promise((r) => setTimeout(r, 2000));
    await settle(el);
    expect({ events, step: currentStepId(el) }).to.deep.equal({ events: ['cancel'], step: 'system' });
  });
});
