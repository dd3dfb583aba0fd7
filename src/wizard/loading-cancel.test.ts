/**
 * Cancel is there while the wizard cannot show its steps yet: a catalogue still on its way (a
 * slow link, a server that stalls) or a draft still being opened. A host that shows the wizard
 * in a dialog closes it on `connector-wizard-cancel`, so the person is never stuck behind a
 * "Loading" line. The draft module is held by the test server before anything imports it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { moduleFault, releaseModules } from '../test/module-fault.js';
import type { ConnectorWizard } from './connector-wizard.js';

const drafts = moduleFault('/src/controllers/draft-controller.');
// Earlier test pages loaded the module, and the runner lets the browser cache it.
await executeServerCommand('clear-browser-cache');
// Held until the test has acted, not for a time a busy machine may use up before the first render.
await drafts('held=1');

const { sampleCatalogue, stepElement, uniqueDatabase } = await import('../test/fixtures.js');

const cancelButton = (el: ConnectorWizard) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel"]');

describe('Cancel while the wizard loads', () => {
  after(async () => {
    await drafts('');
    await executeServerCommand('clear-browser-cache');
  });

  it('while the draft is opened, Cancel is offered beside the status and fires connector-wizard-cancel', async () => {
    const el = await fixture<ConnectorWizard>(html`<connector-wizard .draftDatabase=${uniqueDatabase()} .catalogue=${await sampleCatalogue()}></connector-wizard>`);
    try {
      await waitUntil(() => el.shadowRoot!.querySelector('[data-loading]')?.textContent?.includes('saved answers'), 'the draft is loading', { timeout: 5000 });
      expect(stepElement(el), 'no step yet').to.equal(null);
      let cancelled = 0;
      el.addEventListener('connector-wizard-cancel', () => cancelled++);
      cancelButton(el)!.click();
      expect(cancelled).to.equal(1);
    } finally {
      await releaseModules();
    }
  });

  it('while the catalogue is on its way (here it stalls), Cancel is offered and fires connector-wizard-cancel', async () => {
    const el = await fixture<ConnectorWizard>(
      html`<connector-wizard no-drafts .requestTimeout=${60_000} catalogue-src="/__faults/trickle?every=50&stallAfter=3"></connector-wizard>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[data-loading]')?.textContent?.includes('Loading systems'), 'the catalogue is loading', { timeout: 5000 });
    let cancelled = 0;
    el.addEventListener('connector-wizard-cancel', () => cancelled++);
    const cancel = cancelButton(el)!;
    expect(cancel.textContent?.trim()).to.equal('Cancel');
    cancel.click();
    expect(cancelled).to.equal(1);
  });
});
