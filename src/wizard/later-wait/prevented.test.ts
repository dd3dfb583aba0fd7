/** Enter on System while the later steps' file loads slowly, then the host prevents the step change: the focus comes back into the step. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../test/wait.js';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { moduleFault, releaseHeldModule } from '../../test/module-fault.js';

const fault = moduleFault('/src/wizard/later.');
await executeServerCommand('clear-browser-cache');
// Held until the test has pressed Enter, not for a time a busy machine may use up first.
await fault('held=1');
const { currentStepId, deepActiveElement, inStep, settle, stepElement, wizardFixture } = await import('../../test/fixtures.js');

describe('a step change prevented after the later steps loaded', () => {
  after(async () => {
    await fault('');
    await executeServerCommand('clear-browser-cache');
  });

  it('the focus is not left on the page body: the System step heading has it', async () => {
    const el = await wizardFixture({ noDrafts: true });
    el.addEventListener('connector-wizard-step-change', (e) => e.preventDefault());
    inStep<HTMLInputElement>(el, '#search-systems')!.focus();
    await sendKeys({ type: 'xero' });
    await sendKeys({ press: 'Enter' });
    expect(await releaseHeldModule(), 'the held later file answered').to.equal(1);
    await waitUntil(() => customElements.get('connector-wizard-general-step'), 'the later steps arrived', { timeout: 5000 });
    await settle(el);
    const active = deepActiveElement();
    expect(currentStepId(el)).to.equal('system');
    expect(active === document.body, 'not on body').to.equal(false);
    expect(stepElement(el)!.shadowRoot!.contains(active), 'in the step').to.equal(true);
  });
});
