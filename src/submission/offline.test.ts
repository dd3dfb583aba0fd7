/**
 * A create made while the browser is offline (DevTools' offline emulation, through the runner's
 * `offline-for` command): nothing left the browser, so it is never said as a create that may have
 * happened, and its slot is not held as one; an earlier attempt that got no answer still is.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { advanceTo, errorSummary, freshApi, GROUPS, settle, shopifyPayload, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

const alert = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '';

/** Offline for `ms` from a moment after the call; resolves once the page sees it offline. */
async function offlineFor(ms: number) {
  await executeServerCommand('offline-for', { ms });
  await waitUntil(() => !navigator.onLine, 'the page went offline', { timeout: 5000 });
}

const online = () => waitUntil(() => navigator.onLine, 'the page is online again', { timeout: 15_000 });

describe('a create while the browser is offline', () => {
  // A test that fails while offline leaves the next one online.
  afterEach(online);

  it('says the browser is offline and nothing was sent; the slot is not held as a create that may exist', async function () {
    this.timeout(30_000);
    const api = freshApi();
    const database = uniqueDatabase();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase: database });
    const errors: string[] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push(`${(e as CustomEvent).detail.kind}: ${(e as CustomEvent).detail.message}`));
    await advanceTo(el, 'review');
    await settle(el);
    await offlineFor(3000);
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(alert(el)).to.contain('This browser is offline, so nothing was sent');
    expect(alert(el)).to.not.contain('cannot tell');
    expect(errors).to.deep.equal(['network: Creating the connector failed: offline.']);
    await online();
    expect(
      (await api.log()).filter((e) => e.method === 'POST'),
      'nothing reached the server',
    ).to.have.length(0);
    // Meanwhile someone else made the live UK connector: the slot is theirs, never "an earlier try of yours".
    await api.create(shopifyPayload());
    expect(await el.submit()).to.equal(false);
    await settle(el);
    const said = errorSummary(el).join(' | ');
    expect(said).to.not.contain('It may be the one an earlier try made');
    expect(said).to.contain('already');
  });

  it('an earlier attempt that got no answer, then offline for the retries: still said as a create that may have happened', async function () {
    this.timeout(30_000);
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase() });
    el.retryPolicy = { attempts: 2, baseDelayMs: 2500, maxDelayMs: 2500 };
    await advanceTo(el, 'review');
    await settle(el);
    await api.faults({ kind: 'lose-response', method: 'POST' });
    const done = el.submit();
    await waitUntil(async () => (await api.connectors()).length === 1, 'the server made it', { timeout: 5000 });
    await offlineFor(4000);
    expect(await done).to.equal(false);
    await settle(el);
    expect(alert(el)).to.contain('we cannot tell whether the connector was created');
    await online();
  });
});
