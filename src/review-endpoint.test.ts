/**
 * Review of endpoint mode (session 38): failing tests for what the review found, against the
 * reference API served by the test runner, faults injected by the server.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { WizardErrorEvent } from './events/error-event.js';
import { advanceTo, freshApi, GROUPS, inStep, settle, SHOPIFY_TOKEN, type, wizardFixture } from './test/fixtures.js';

async function endpointWizard(api: ReturnType<typeof freshApi>) {
  const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, testEndpoint: api.testEndpoint });
  const errors: WizardErrorEvent['detail'][] = [];
  el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail));
  return { el, errors };
}

describe('endpoint review', () => {
  before(async function () {
    this.timeout(60_000);
    await freshApi().connectors();
  });

  it('a connection test answered 429 with Retry-After says how long the server asked to wait, never to try again in a moment', async () => {
    const api = freshApi();
    const { el } = await endpointWizard(api);
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    await api.faults({ kind: 'status', method: 'POST', status: 429, retryAfter: '3600' });
    inStep<HTMLButtonElement>(el, '.test-button')!.click();
    await waitUntil(() => inStep(el, '#test-result')?.dataset.testState === 'unreachable', 'tested', { timeout: 5000 });
    await settle(el);
    const text = inStep(el, '#test-result')!.textContent!;
    expect(text).to.contain('asked us to wait 1 hour');
    expect(text).to.not.contain('in a moment');
  });
});
