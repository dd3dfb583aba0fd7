/**
 * Review of endpoint mode's create path: each test states what docs/endpoint-protocol.md
 * promises and fails where the wizard does otherwise. Faults come from the test server's
 * existing controls (demo/api/test-controls.mjs); nothing is stubbed.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { WizardErrorEvent } from './events/error-event.js';
import { advanceTo, choose, errorSummary, freshApi, GROUPS, settle, type, uniqueDatabase, wizardFixture } from './test/fixtures.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';

type Api = ReturnType<typeof freshApi>;
type Detail = { connector: Record<string, unknown> };

async function endpointWizard(api: Api, extra: Parameters<typeof wizardFixture>[0] = {}) {
  const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase(), ...extra });
  const created: Detail[] = [];
  const errors: WizardErrorEvent['detail'][] = [];
  el.addEventListener('connector-created', (e) => created.push(e.detail as Detail));
  el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail));
  return { el, created, errors };
}

const lost = (n: number) => Array.from({ length: n }, () => ({ kind: 'lose-response', method: 'POST' }));

async function submitAndSettle(el: ConnectorWizard) {
  const done = await el.submit();
  await settle(el);
  return done;
}

/** The person goes back to General, changes what `change` changes there, and creates again from Review. */
async function changedAndSentAgain(el: ConnectorWizard, change: () => Promise<void>) {
  await el.goTo('general');
  await settle(el);
  await change();
  await el.goTo('review');
  await settle(el);
  await submitAndSettle(el);
}

describe('review: endpoint mode create path', () => {
  it('two creates in a row with no answer (live, then testing): the first slot is still known to be maybe the person s own', async () => {
    const api = freshApi();
    const { el, created } = await endpointWizard(api);
    await advanceTo(el, 'review');
    await api.faults(...lost(3));
    await submitAndSettle(el);
    // The person tries the testing slot instead; that answer is lost too.
    await api.faults(...lost(3));
    await changedAndSentAgain(el, () => choose(el, '#environment-test'));
    await waitUntil(async () => (await api.connectors()).length === 2, 'the server made both');
    // Back to live, renamed: the live slot holds the connector the first lost create made.
    await changedAndSentAgain(el, async () => {
      await choose(el, '#environment-live');
      await type(el, '#field-name', 'Shopify UK main');
    });
    expect(created).to.have.length(0);
    const said = errorSummary(el).join(' | ');
    expect(said).to.contain('already exists');
    expect(said).to.contain('It may be the one an earlier try made');
  });
});
