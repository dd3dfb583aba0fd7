import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { moduleFault } from '../test/module-fault.js';

const DRAFTS = '/src/controllers/draft-controller.';
await executeServerCommand('clear-browser-cache');
await moduleFault(DRAFTS)('fail=1');
const { inStep, settle } = await import('../test/fixtures.js');
const { atConnect, clickWithPopupsBlocked } = await import('../test/oauth-fixtures.js');

/** The draft code could not be loaded: storage that cannot be used, as the docs say, never a page that turned drafts off. */
describe('OAuth: Continue in this tab when the draft code could not load', () => {
  after(async () => {
    await moduleFault('')('');
    await executeServerCommand('clear-browser-cache');
  });

  it('says the answers could not be saved (as for storage that failed), not that the page keeps no drafts, and stays', async () => {
    const here = location.href;
    const el = await atConnect();
    expect(el.shadowRoot!.querySelector('[data-notice="storage"]')?.textContent).to.contain('not being saved');
    await clickWithPopupsBlocked(el);
    inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="submit-error"]'), 'said why', { timeout: 5_000 });
    const said = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
    expect(said).to.contain('could not be saved on this device').and.not.contain('This page keeps no drafts');
    expect(location.href, 'still here').to.equal(here);
  });

  it('with no-drafts set after that, it is a page with no drafts: said first, and not blamed on the device', async () => {
    const el = await atConnect();
    el.noDrafts = true;
    await settle(el);
    await clickWithPopupsBlocked(el);
    inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="submit-error"]'), 'said why', { timeout: 5_000 });
    expect(el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent).to.contain('This page keeps no drafts').and.not.contain('on this device');
  });
});
