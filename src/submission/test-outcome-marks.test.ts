/**
 * What a test's outcome marks: only fields on the form, said as marked only when one is, and no
 * longer once the outcome is gone. Against the real reference API, faults injected by the test server.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { allInStep, errorSummary, freshApi, inStep, type } from '../test/fixtures.js';
import { atCredentials } from '../test/credentials-fixtures.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

const state = (el: ConnectorWizard) => inStep(el, '#test-result')?.dataset.testState ?? null;
const marked = (el: ConnectorWizard) => allInStep(el, '[aria-invalid="true"]').map((field) => field.id);

async function pressTest(el: ConnectorWizard) {
  inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
  await waitUntil(() => state(el) !== null && state(el) !== 'testing', 'tested', { timeout: 5000 });
}

describe('fields a test outcome marks', () => {
  it('a field a refused test marked is no longer marked once another answer the test sent changes', async () => {
    const api = freshApi();
    const el = await atCredentials('shopify', 'client-credentials', { testEndpoint: api.testEndpoint });
    await type(el, '#field-credentials-shop', 'unknown-shop');
    await type(el, '#field-credentials-clientId', 'cid');
    await type(el, '#field-credentials-clientSecret', 'secret-value-1');
    await pressTest(el);
    expect(marked(el)).to.deep.equal(['field-credentials-shop']);
    await type(el, '#field-credentials-clientSecret', 'secret-value-2');
    expect(state(el) ?? 'gone', 'the outcome went').to.equal('gone');
    expect(marked(el), 'still marked by a test that is gone').to.deep.equal([]);
    expect(errorSummary(el)).to.deep.equal([]);
  });
});
