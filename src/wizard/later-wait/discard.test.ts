/** A Continue waiting for the later steps' file, then Discard draft confirmed: the fresh wizard is not sent on by the old Continue. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../test/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { moduleFault, releaseHeldModule } from '../../test/module-fault.js';

const fault = moduleFault('/src/wizard/later.');
await executeServerCommand('clear-browser-cache');
// Held until the test has confirmed, not for a time a busy machine may use up first.
await fault('held=1');
const { button, currentStepId, errorSummary, fillStep, inStep, settle, wizardFixture } = await import('../../test/fixtures.js');

describe('Discard draft while Continue waits for the later steps', () => {
  after(async () => {
    await fault('');
    await executeServerCommand('clear-browser-cache');
  });

  it('leaves the fresh wizard fresh: no error, nothing chosen, on System', async () => {
    const el = await wizardFixture();
    await fillStep.system(el);
    button(el, 'continue').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[data-loading]'), 'waiting for the next step', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[data-loading]') !== null, 'waiting for the next step').to.equal(true);
    button(el, 'discard').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[data-confirm="yes"]'), 'asked to confirm', { timeout: 5000 });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-confirm="yes"]')!.click();
    // What the old Continue waited for comes now.
    expect(await releaseHeldModule(), 'the held later file answered').to.equal(1);
    await waitUntil(() => customElements.get('connector-wizard-general-step'), 'the later steps arrived', { timeout: 5000 });
    await settle(el);
    const checked = inStep<HTMLInputElement>(el, 'input[type=radio]:checked');
    expect({ step: currentStepId(el), summary: errorSummary(el), checked: checked?.id ?? null }).to.deep.equal({ step: 'system', summary: [], checked: null });
  });
});
