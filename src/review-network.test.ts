/** Review of the network's edges and the host's inputs (session 39): failing tests first. */
import { expect, waitUntil } from '@open-wc/testing';
import type { WizardErrorEvent } from './events/error-event.js';
import { GROUPS, wizardFixture } from './test/fixtures.js';

describe('review network', () => {
  it('a wizard removed while the endpoint’s list is still arriving says nothing: the list was not refused, it was left', async function () {
    this.timeout(20_000);
    // An answer whose body stops arriving after two pieces (a slow link): the headers came, the list never ends.
    const endpoint = `/__faults/trickle?every=100&stallAfter=2&list=${crypto.randomUUID()}`;
    const errors: string[] = [];
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
    el.addEventListener('connector-wizard-error', (e) => errors.push(`${(e as WizardErrorEvent).detail.kind}: ${(e as WizardErrorEvent).detail.message}`));
    el.endpoint = endpoint;
    await waitUntil(() => performance.getEntriesByType('resource').length > 0, 'page loaded');
    await new Promise((r) => setTimeout(r, 1000));
    el.remove();
    await new Promise((r) => setTimeout(r, 500));
    expect(errors, 'nothing said for a list the removal stopped').to.deep.equal([]);
  });
  it('an endpoint’s list whose connection drops while it arrives is said as no answer (network), never as a list the server got wrong', async function () {
    this.timeout(20_000);
    const errors: string[] = [];
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
    el.addEventListener('connector-wizard-error', (e) => errors.push(`${(e as WizardErrorEvent).detail.kind}: ${(e as WizardErrorEvent).detail.message}`));
    el.endpoint = `/__faults/trickle?every=50&cutAfter=2&list=${crypto.randomUUID()}`;
    await waitUntil(() => errors.length > 0, 'the failed list said', { timeout: 8000 });
    expect(errors[0]).to.contain('network: The connectors at the endpoint could not be listed (no answer)');
  });
});
