/**
 * The secret vault (`secret-persistence="encrypted"`) is a file of its own, loaded only when
 * secrets are sealed or opened. This page has not loaded it yet: the test server refuses it.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { moduleFault, moduleFaultHits } from '../test/module-fault.js';

const VAULT = '/src/storage/secret-vault.';
const fault = moduleFault(VAULT);
// Earlier test pages loaded the module, and the runner lets the browser cache it.
await executeServerCommand('clear-browser-cache');
await fault('fail=1');

const { currentStepId, fillStep, pressContinue, wizardFixture } = await import('../test/fixtures.js');

describe('loading the secret vault', () => {
  after(async () => {
    await fault('');
    await executeServerCommand('clear-browser-cache');
  });

  it('encrypted secrets whose code cannot be loaded stay in memory, saying so once, and the flow goes on', async () => {
    const el = await wizardFixture({ system: 'shopify' });
    el.setAttribute('secret-persistence', 'encrypted');
    for (const step of ['general', 'timezone', 'auth', 'credentials'] as const) {
      await fillStep[step](el);
      await pressContinue(el);
    }
    expect(currentStepId(el)).to.equal('review');
    await waitUntil(() => el.shadowRoot!.querySelector('[data-notice="secrets-in-memory"]'), 'said once');
    expect(await moduleFaultHits(), 'the vault was asked for').to.be.greaterThan(0);
    expect(await el.submit()).to.equal(true);
  });
});
