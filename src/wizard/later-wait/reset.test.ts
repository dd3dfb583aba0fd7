/** submit() waiting for the later steps' file, then reset(): the fresh wizard is not checked by the old submit. */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { moduleFault, releaseHeldModule, waitModuleHeld } from '../../test/module-fault.js';

const fault = moduleFault('/src/wizard/later.');
await executeServerCommand('clear-browser-cache');
// Held until reset() has been called, not for a time a busy machine may use up first.
await fault('held=1');
const { currentStepId, errorSummary, fillStep, settle, wizardFixture } = await import('../../test/fixtures.js');

describe('reset() while submit() waits for the later steps', () => {
  after(async () => {
    await fault('');
    await executeServerCommand('clear-browser-cache');
  });

  it('the submit resolves false and the fresh wizard shows no error summary', async () => {
    const el = await wizardFixture({ noDrafts: true });
    await fillStep.system(el);
    const pending = el.submit();
    await waitModuleHeld();
    const resetting = el.reset();
    expect(await releaseHeldModule(), 'the held later file answered').to.equal(1);
    await resetting;
    const result = await pending;
    await settle(el);
    expect({ result, step: currentStepId(el), summary: errorSummary(el) }).to.deep.equal({ result: false, step: 'system', summary: [] });
  });
});
