/**
 * Endpoint mode: error shapes real frameworks send beside the protocol's (field errors keyed by
 * name, as Rails and Django REST framework answer; a 409 of another kind; a 3xx without a
 * Location), from the reference API served by the test runner with faults injected by the server.
 */
import { expect } from '@open-wc/testing';
import type { WizardErrorEvent } from '../events/error-event.js';
import { advanceTo, currentStepId, errorSummary, freshApi, GROUPS, inStep, settle, SHOPIFY_TOKEN, type, wizardFixture } from '../test/fixtures.js';
import { waitUntil } from '../test/wait.js';

async function atReview(api: ReturnType<typeof freshApi>) {
  const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
  const errors: WizardErrorEvent['detail'][] = [];
  el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail));
  await advanceTo(el, 'review');
  return { el, errors };
}

const posts = async (api: ReturnType<typeof freshApi>) => (await api.log()).filter((e) => e.method === 'POST');
const submitError = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent ?? '';

describe('endpoint mode: field errors keyed by field name', function () {
  this.timeout(60_000);

  // Each was taken for a problem naming no answer: the summary said only "HTTP 422" (or, for a 400, that the server refused it for good), and the host was told nothing could be mended.
  const shapes: [string, number, unknown][] = [
    ['Rails: errors keyed by name', 422, { errors: { name: ['has already been taken'], base: ['Shop is suspended'] } }],
    ['Django REST framework: the body keyed by name', 400, { name: ['has already been taken'], non_field_errors: ['Shop is suspended'] }],
    ['a list of field and message', 422, { errors: [{ field: 'name', message: 'has already been taken' }, { message: 'Shop is suspended' }] }],
  ];
  for (const [shape, status, json] of shapes)
    it(`${shape} (HTTP ${status}): the message on its field, the rest said plainly`, async () => {
      const api = freshApi();
      const { el, errors } = await atReview(api);
      await api.faults({ kind: 'status', method: 'POST', status, json });
      await el.submit();
      await settle(el);
      expect((await posts(api)).map((e) => e.status)).to.deep.equal([status]);
      expect(currentStepId(el), 'taken to the step of the field named').to.equal('general');
      expect(inStep(el, '#field-name-error')?.textContent).to.contain('has already been taken');
      expect(errorSummary(el)).to.deep.equal(['has already been taken', 'Shop is suspended']);
      expect(errors, 'an answer named: nothing for the host to mend').to.have.length(0);
    });

  it('a nested credential key (credentials.accessToken) marks its field; a key the form has not is said with its name', async () => {
    const api = freshApi();
    const { el, errors } = await atReview(api);
    await api.faults({ kind: 'status', method: 'POST', status: 422, json: { errors: { 'credentials.accessToken': ['is revoked'], slug: ['is taken'] } } });
    await el.submit();
    await settle(el);
    expect(currentStepId(el)).to.equal('credentials');
    expect(inStep(el, '#field-credentials-accessToken-error')?.textContent).to.contain('is revoked');
    expect(errorSummary(el)).to.deep.equal(['is revoked', 'slug: is taken']);
    expect(errors).to.have.length(0);
  });
});

describe('endpoint mode: a 409 that is not a slot taken', function () {
  this.timeout(60_000);

  // Said as "The server could not create the connector (Conflict). Your answers are kept; try again in a moment.": the server's own words left out, and a wait that changes nothing offered.
  it('says the server s words and never to try again in a moment', async () => {
    const api = freshApi();
    const { el, errors } = await atReview(api);
    const json = { type: 'https://api.example.com/problems/edit-conflict', title: 'Conflict', status: 409, detail: 'The shop is being migrated by another user.' };
    await api.faults({ kind: 'status', method: 'POST', status: 409, type: 'application/problem+json', json });
    await el.submit();
    await settle(el);
    expect((await posts(api)).map((e) => e.status)).to.deep.equal([409]);
    const said = submitError(el);
    expect(said).to.contain('The shop is being migrated by another user.').and.not.contain('in a moment');
    expect(said).to.contain('conflict');
    expect(currentStepId(el)).to.equal('review');
    expect(errors.map((e) => e.kind)).to.deep.equal(['server']);
    expect(errors[0]!.message).to.contain('409');
  });
});

describe('endpoint mode: a 3xx without a Location', function () {
  this.timeout(60_000);

  // Not a redirect to the browser, so not opaque: a create was said as refused for good ("HTTP 302"), kind `server`; the list as `server`; a test as "try again in a moment".
  it('a create is said as a redirect, as one with a Location is', async () => {
    const api = freshApi();
    const { el, errors } = await atReview(api);
    await api.faults({ kind: 'status', method: 'POST', status: 302, json: {} });
    await el.submit();
    await settle(el);
    expect((await posts(api)).map((e) => e.status)).to.deep.equal([302]);
    expect(submitError(el)).to.contain('redirect');
    expect(errors.map((e) => e.kind)).to.deep.equal(['config']);
  });

  it('the list is told to the host as a redirect', async () => {
    const api = freshApi();
    await api.faults({ kind: 'status', status: 302, json: {}, method: 'GET' });
    const errors: WizardErrorEvent['detail'][] = [];
    const listen = (e: Event) => errors.push((e as WizardErrorEvent).detail);
    document.addEventListener('connector-wizard-error', listen);
    try {
      await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
      await waitUntil(() => errors.length > 0, 'the host is told');
    } finally {
      document.removeEventListener('connector-wizard-error', listen);
    }
    expect((await api.log()).filter((e) => e.method === 'GET').map((e) => e.status)).to.deep.equal([302]);
    expect(errors.map((e) => e.kind)).to.deep.equal(['config']);
    expect(errors[0]!.message).to.contain('redirect');
  });

  it('a test is said as a redirect, never to try again in a moment', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, testEndpoint: api.testEndpoint });
    const errors: WizardErrorEvent['detail'][] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail));
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    await api.faults({ kind: 'status', status: 302, json: {}, method: 'POST' });
    inStep<HTMLButtonElement>(el, '.test-button')!.click();
    await waitUntil(() => inStep(el, '#test-result')?.dataset.testState === 'unreachable', 'tested');
    await settle(el);
    expect((await posts(api)).map((e) => e.status)).to.deep.equal([302]);
    expect(inStep(el, '#test-result')!.textContent).to.contain('redirect').and.not.contain('try again in a moment');
    expect(errors.map((e) => e.kind)).to.deep.equal(['config']);
  });
});
