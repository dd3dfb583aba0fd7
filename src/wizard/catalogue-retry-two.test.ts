/**
 * Two wizards on one page, both of whose `catalogue-src` failed (the test server's module fault):
 * a Try again in one watches for the person going elsewhere meanwhile, and another wizard's
 * loading text is elsewhere.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { moduleFault } from '../test/module-fault.js';
import { deepActiveElement, settle, uniqueDatabase } from '../test/fixtures.js';
import type { ConnectorWizard } from './connector-wizard.js';

const catalogueFault = moduleFault('/demo/sample-catalogue.json');

const wizard = (query: string) =>
  fixture<ConnectorWizard>(html`<connector-wizard .draftDatabase=${uniqueDatabase()} catalogue-src=${`/demo/sample-catalogue.json?${query}`}></connector-wizard>`);
const retryOf = (el: ConnectorWizard) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]');

describe('two wizards whose catalogues failed', () => {
  afterEach(() => catalogueFault());

  it('a click on the other wizard s loading text while a Try again loads: when it fails again, the focus stays where the person put it', async () => {
    await catalogueFault('fail=1');
    const first = await wizard(`two-first-${Date.now()}`);
    await waitUntil(() => retryOf(first), 'the first failed');
    // The second is still loading (held), and will fail too, before the first's Try again does.
    await catalogueFault('fail=1&delay=1000');
    const second = await wizard(`two-second-${Date.now()}`);
    const loading = second.shadowRoot!.querySelector<HTMLElement>('[data-loading]')!;
    expect(loading !== null, 'the second shows its loading text').to.equal(true);
    // A keyboard user presses Try again in the first.
    retryOf(first)!.focus();
    retryOf(first)!.click();
    await first.updateComplete;
    // Then clicks the second wizard's loading text: the focus goes there, by the person.
    loading.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    loading.focus();
    await waitUntil(() => retryOf(second), 'the second failed', { timeout: 5000 });
    await waitUntil(() => retryOf(first), 'the first failed again', { timeout: 5000 });
    // Each failure gives the focus once its render completes, if it may: settled, both would have.
    await settle(first);
    await settle(second);
    const active = deepActiveElement();
    expect(active === retryOf(first), 'not taken by the first wizard s Try again').to.equal(false);
  });
});
