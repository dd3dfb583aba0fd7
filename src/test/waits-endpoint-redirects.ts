/**
 * Set-ups shared by the endpoint tests of redirects and other answers real servers give
 * (endpoint-answers.test.ts, endpoint-shapes.test.ts, endpoint-error-shapes.test.ts): a wizard on Review; a create on it refused once; the list answered with
 * a fault, told to the host; a connection test answered with a fault, said on the Credentials step.
 */
import { expect } from '@open-wc/testing';
import type { WizardErrorEvent } from '../events/error-event.js';
import { advanceTo, freshApi, GROUPS, inStep, settle, SHOPIFY_TOKEN, type, wizardFixture } from './fixtures.js';
import { waitUntil } from './wait.js';

type Api = ReturnType<typeof freshApi>;

/** A Shopify wizard in endpoint mode on Review: what it creates, and what it tells the host. */
export async function atReview(api: Api) {
  const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
  const created: unknown[] = [];
  const errors: WizardErrorEvent['detail'][] = [];
  el.addEventListener('connector-created', (e) => created.push(e));
  el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail));
  await advanceTo(el, 'review');
  return { el, created, errors };
}

/** On Review, the create answered `status` with `json` (of Content-Type `type`) once: the wizard and what the host heard. */
export async function refusedWith(json: unknown, status = 422, type?: string) {
  const api = freshApi();
  const { el, errors } = await atReview(api);
  await api.faults({ kind: 'status', method: 'POST', status, json, ...(type ? { type } : {}) });
  expect(await el.submit()).to.equal(false);
  await settle(el);
  expect(
    (await api.log()).filter((e) => e.method === 'POST').map((e) => e.status),
    'sent once, never again',
  ).to.deep.equal([status]);
  return { el, errors };
}

/** The endpoint answers the list's GET with `fault`: what a wizard then tells the host (listened for on the document, as a page would). */
export async function listToldToHost(api: Api, fault: Record<string, unknown>): Promise<WizardErrorEvent['detail'][]> {
  await api.faults({ ...fault, method: 'GET' });
  const errors: WizardErrorEvent['detail'][] = [];
  const listen = (e: Event) => errors.push((e as WizardErrorEvent).detail);
  document.addEventListener('connector-wizard-error', listen);
  try {
    await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    await waitUntil(() => errors.length > 0, 'the host is told');
  } finally {
    document.removeEventListener('connector-wizard-error', listen);
  }
  return errors;
}

/** A Shopify connection test, its credentials typed, answered with `fault`: the wizard once it says the test could not reach, and what it told the host. */
export async function testAnswered(api: Api, fault: Record<string, unknown>) {
  const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, testEndpoint: api.testEndpoint });
  const errors: WizardErrorEvent['detail'][] = [];
  el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail));
  await advanceTo(el, 'credentials');
  await type(el, '#field-credentials-shop', 'my-store');
  await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
  await api.faults({ ...fault, method: 'POST' });
  inStep<HTMLButtonElement>(el, '.test-button')!.click();
  await waitUntil(() => inStep(el, '#test-result')?.dataset.testState === 'unreachable', 'tested');
  await settle(el);
  return { el, errors };
}
