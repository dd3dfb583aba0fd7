/**
 * Endpoint mode: field errors a server names but the form cannot show on a field (another way to
 * sign in's credential, a field the form has not), errors nested deep or written as JSON:API's,
 * a conflict after an attempt that got no answer, and answers as large as a real server may send,
 * from the reference API served by the test runner with faults injected by the server.
 */
import { expect } from '@open-wc/testing';
import type { WizardErrorEvent } from '../events/error-event.js';
import { advanceTo, currentStepId, errorSummary, freshApi, GROUPS, inStep, sampleCatalogue, settle, SHOPIFY_TOKEN, type, wizardFixture } from '../test/fixtures.js';
import { atCredentials } from '../test/credentials-fixtures.js';
import { waitUntil } from '../test/wait.js';

async function atReview(api: ReturnType<typeof freshApi>) {
  const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
  const errors: WizardErrorEvent['detail'][] = [];
  el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail));
  el.retryPolicy = { baseDelayMs: 20, maxDelayMs: 100 };
  await advanceTo(el, 'review');
  return { el, errors };
}

const posts = async (api: ReturnType<typeof freshApi>) => (await api.log()).filter((e) => e.method === 'POST');

/** A wizard on Review whose create the server refuses once, 422 with `answer` (a `json` body, or a `body` as text): sent once, refused, shown. */
async function refused(answer: Record<string, unknown>) {
  const api = freshApi();
  const { el } = await atReview(api);
  await api.faults({ kind: 'status', method: 'POST', status: 422, ...answer });
  await el.submit();
  await settle(el);
  expect((await posts(api)).map((e) => e.status)).to.deep.equal([422]);
  return el;
}

const submitError = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent ?? '';

describe('endpoint mode: an error on a field the form does not show', function () {
  this.timeout(60_000);

  // Each was listed as its message alone ("is not valid"): the person could not tell which value it was about.
  const shapes: [string, unknown][] = [
    ['a pointer to another way to sign in s credential', { errors: [{ pointer: '/credentials/apiKey', detail: 'is not valid' }] }],
    ['Rails keyed by name, nested', { errors: { credentials: { apiKey: ['is not valid'] } } }],
    ['Django REST framework, dotted', { 'credentials.apiKey': ['is not valid'] }],
    ['a field and message', { errors: [{ field: 'credentials.apiKey', message: 'is not valid' }] }],
  ];
  for (const [shape, json] of shapes)
    it(`${shape}: said after the field s key`, async () => {
      const el = await refused({ json });
      expect(errorSummary(el)).to.deep.equal(['apiKey: is not valid']);
    });
});

describe('endpoint mode: errors nested deep, and JSON:API errors', function () {
  this.timeout(60_000);

  // Dropped without a word: the summary said only "HTTP 422".
  it('an error nested six levels deep is said after its path', async () => {
    const el = await refused({ json: { errors: { a: { b: { c: { d: { e: { f: ['is too deep'] } } } } } } } });
    expect(errorSummary(el)).to.deep.equal(['a.b.c.d.e.f: is too deep']);
  });

  // Listed as text, on no field: the host was told nothing could be mended.
  it('a JSON:API error whose source pointer names an answer is put on its field', async () => {
    const api = freshApi();
    const { el, errors } = await atReview(api);
    const json = {
      errors: [
        { status: '422', source: { pointer: '/data/attributes/name' }, title: 'Invalid Attribute', detail: 'has already been taken' },
        { status: '422', source: { pointer: '/data/attributes/credentials/accessToken' }, detail: 'is revoked' },
      ],
    };
    await api.faults({ kind: 'status', method: 'POST', status: 422, type: 'application/vnd.api+json', json });
    await el.submit();
    await settle(el);
    expect((await posts(api)).map((e) => e.status)).to.deep.equal([422]);
    expect(currentStepId(el)).to.equal('general');
    expect(inStep(el, '#field-name-error')?.textContent).to.contain('has already been taken');
    expect(errorSummary(el)).to.deep.equal(['Connector name: has already been taken', 'Credentials: \u2068is revoked\u2069']);
    expect(errors).to.have.length(0);
  });
});

describe('endpoint mode: a conflict after an attempt that got no answer', function () {
  this.timeout(60_000);

  // Said as "The server did not answer" with kind `network`: the server did answer, with a conflict the lost attempt may have caused.
  it('says the server s conflict and that the earlier try may have made it; the host hears a server answer', async () => {
    const api = freshApi();
    const { el, errors } = await atReview(api);
    const json = { type: 'https://api.example.com/problems/name-taken', title: 'Conflict', status: 409, detail: 'A connector with this name exists.' };
    await api.faults({ kind: 'lose-response' }, { kind: 'status', method: 'POST', status: 409, type: 'application/problem+json', json });
    await el.submit();
    await settle(el);
    expect((await posts(api)).map((e) => e.status)).to.deep.equal(['dropped', 409]);
    const said = submitError(el);
    expect(said).to.contain('A connector with this name exists.');
    expect(said).to.contain('cannot tell whether the connector was created');
    expect(said).to.not.contain('did not answer');
    expect(errors.map((e) => e.kind)).to.deep.equal(['server']);
    expect(errors[0]!.message).to.contain('409').and.contain('earlier attempt got no answer');
  });
});

describe('endpoint mode: answers as large as a real server may send', function () {
  this.timeout(60_000);

  it('a 422 with 500 errors lists 50 and counts the rest', async () => {
    const json = { errors: Array.from({ length: 500 }, (_, i) => ({ detail: `problem ${i}` })) };
    const el = await refused({ json });
    const items = errorSummary(el);
    expect(items).to.have.length(51);
    expect(items[50]).to.contain('450 more');
  });

  it('a detail of a megabyte is cut, never shown whole', async () => {
    const el = await refused({ json: { errors: [{ pointer: '/name', detail: 'x'.repeat(1_000_000) }] } });
    expect(inStep(el, '#field-name-error')!.textContent!.length).to.be.below(2000);
  });

  for (const [shape, json] of [
    ['a pointer', { errors: [{ pointer: '/credentials/accessToken', detail: `${SHOPIFY_TOKEN} is revoked` }] }],
    ['JSON:API', { errors: [{ source: { pointer: '/data/attributes/credentials/accessToken' }, detail: `${SHOPIFY_TOKEN} is revoked` }] }],
    ['Rails', { errors: { credentials: { accessToken: [`${SHOPIFY_TOKEN} is revoked`] } } }],
  ] as const)
    it(`a secret echoed in an error on its field (${shape}) is masked`, async () => {
      const el = await refused({ json });
      expect(currentStepId(el)).to.equal('credentials');
      const shown = inStep(el, '#field-credentials-accessToken-error')!.textContent!;
      expect(shown).to.contain('is revoked').and.not.contain(SHOPIFY_TOKEN);
      expect(el.shadowRoot!.innerHTML + JSON.stringify(errorSummary(el))).to.not.contain(SHOPIFY_TOKEN);
    });
});

describe('endpoint mode: an error on another way to sign in s field is said after its label', function () {
  this.timeout(60_000);

  // Said after its key ("clientSecret: …", "connectionRef: …"): words of the code, which the person never saw.
  it('a field of another way to sign in: its label, in the language in use', async () => {
    const catalogue = await sampleCatalogue();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
    const secret = shopify.authTypes.find((a) => a.id === 'client-credentials')!.fields.find((f) => f.key === 'clientSecret')!;
    Object.assign(secret, { l10n: { de: { label: 'Client-Geheimnis' } } });
    for (const [lang, said] of [
      ['en', 'Client secret: is not valid'],
      ['de', 'Client-Geheimnis: is not valid'],
    ]) {
      const api = freshApi();
      const el = await wizardFixture({ catalogue, system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
      el.setAttribute('lang', lang!);
      await settle(el);
      await advanceTo(el, 'review');
      await api.faults({ kind: 'status', method: 'POST', status: 422, json: { errors: [{ pointer: '/credentials/clientSecret', detail: 'is not valid' }] } });
      await el.submit();
      await settle(el);
      expect(errorSummary(el), lang).to.deep.equal([said]);
    }
  });

  it('the sign-in connection of another way to sign in: that way s name', async () => {
    const api = freshApi();
    const { el } = await atReview(api);
    await api.faults({
      kind: 'status',
      method: 'POST',
      status: 422,
      json: { errors: [{ source: { pointer: '/data/attributes/credentials/connectionRef' }, detail: 'was revoked' }] },
    });
    await el.submit();
    await settle(el);
    expect(errorSummary(el)).to.deep.equal(['Sign in with Shopify: was revoked']);
  });

  // A connection test listed it as its message alone ("is not valid"), where a create named it.
  it('a connection test names it as a create does', async () => {
    const api = freshApi();
    const el = await atCredentials('shopify', 'access-token', { testEndpoint: api.testEndpoint });
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    await api.faults({
      kind: 'status',
      status: 422,
      json: {
        errors: [
          { source: { pointer: '/data/attributes/credentials/clientSecret' }, detail: 'is not valid' },
          { pointer: '/credentials/apiKey', detail: 'is missing' },
        ],
      },
    });
    inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
    await waitUntil(() => ['rejected', 'unreachable'].includes(inStep(el, '#test-result')?.dataset.testState ?? ''), 'tested');
    await settle(el);
    expect(errorSummary(el)).to.deep.equal(['Client secret: is not valid', 'apiKey: is missing']);
  });
});

describe('endpoint mode: a 422 nested far deeper than any form', function () {
  this.timeout(60_000);

  // A body nested 10,000 deep overflowed the stack as it was read: the whole answer was lost, its field errors with it.
  it('its field errors are still read and shown', async () => {
    // Near a megabyte, nested 10,000 deep (the test server's faults take JSON 2,000 deep at most: sent as text).
    const key = `"${'n'.repeat(85)}":`;
    const body = `{"errors":[{"pointer":"/name","detail":"has already been taken"}],"trace":${`{${key}`.repeat(10_000)}["the end"]${'}'.repeat(10_000)}}`;
    expect(body.length).to.be.above(900_000);
    const el = await refused({ body, headers: { 'Content-Type': 'application/problem+json' } });
    expect(currentStepId(el)).to.equal('general');
    expect(inStep(el, '#field-name-error')?.textContent ?? '').to.contain('has already been taken');
  });

  // Keyed errors (Rails) nested 10,000 deep: said after their path, read in bounded time, the page still answering.
  it('keyed errors nested 10,000 deep are said, never the page stopped', async () => {
    const body = `{"errors":{"name":["is taken"],"deep":${'{"k":'.repeat(10_000)}["is too deep"]${'}'.repeat(10_000)}}}`;
    const el = await refused({ body, headers: { 'Content-Type': 'application/json' } });
    expect(inStep(el, '#field-name-error')?.textContent ?? '').to.contain('is taken');
  });
});

describe('endpoint mode: JSON:API pointers of odd shapes', function () {
  this.timeout(60_000);

  it('an array document, another step s field, and names of the page s own objects', async () => {
    const api = freshApi();
    const { el } = await atReview(api);
    const at = (pointer: string, detail: string) => ({ source: { pointer }, detail });
    const json = {
      errors: [
        at('/data/0/attributes/name', 'is taken'),
        at('/data/attributes/timezone', 'is unknown'),
        at('/data/attributes/__proto__', 'is odd'),
        at('/data/attributes/credentials/constructor', 'is odd too'),
      ],
    };
    await api.faults({ kind: 'status', method: 'POST', status: 422, type: 'application/vnd.api+json', json });
    await el.submit();
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
    expect(inStep(el, '#field-name-error')?.textContent ?? '').to.contain('is taken');
    expect(errorSummary(el)).to.deep.equal(['Connector name: is taken', 'timezone: is unknown', '__proto__: is odd', 'Credentials: \u2068constructor: is odd too\u2069']);
    expect(({} as Record<string, unknown>).detail).to.equal(undefined);
  });
});
