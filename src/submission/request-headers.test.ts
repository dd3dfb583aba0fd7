/**
 * `requestHeaders`: the host's own headers (a CSRF token, a bearer token) on every request to
 * `endpoint` and `test-endpoint`, against the reference API in a mode that refuses (403) any
 * request without the header, as a CSRF check does. Faults come from the test server.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import type { WizardErrorEvent } from '../events/error-event.js';
import { advanceTo, choose, freshApi, GROUPS, inStep, settle, shopifyPayload, type, wizardFixture } from '../test/fixtures.js';
import type { ConnectorWizard, EditableConnector } from '../wizard/connector-wizard.js';

const CSRF = 'X-CSRF-Token';

async function headerWizard(api: ReturnType<typeof freshApi>, requestHeaders: ConnectorWizard['requestHeaders']) {
  const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
  const errors: WizardErrorEvent['detail'][] = [];
  const created: unknown[] = [];
  el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail));
  el.addEventListener('connector-created', (e) => created.push(e.detail));
  // Set before the endpoints, as a page sets its properties together: the list is asked with them.
  el.requestHeaders = requestHeaders;
  el.endpoint = api.endpoint;
  el.testEndpoint = api.testEndpoint;
  await settle(el);
  return { el, errors, created };
}

const testResult = (el: ConnectorWizard) => inStep(el, '#test-result');

async function testConnection(el: ConnectorWizard) {
  inStep<HTMLButtonElement>(el, '.test-button')!.click();
  await waitUntil(() => ['ok', 'rejected', 'unreachable'].includes(testResult(el)?.dataset.testState ?? ''), 'tested', { timeout: 5000 });
  await settle(el);
  return testResult(el)!;
}

describe('requestHeaders', () => {
  // The test server opens its store on the first request (seconds on a busy machine): not within a test's request timeout.
  before(() => freshApi().connectors());

  it('the list, a connection test and a create each send the header, and nothing is refused', async () => {
    const api = freshApi();
    await api.requireHeader({ name: CSRF, value: 'token-1' });
    const { el, errors, created } = await headerWizard(api, { [CSRF]: 'token-1' });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', 'shpat_0123456789abcdef0123456789abcdef');
    expect((await testConnection(el)).dataset.testState).to.equal('ok');
    await advanceTo(el, 'review');
    expect(await el.submit()).to.equal(true);
    const log = (await api.log()).map((e) => `${e.method} ${e.path.replace(/.*\/connectors/u, '')} ${e.status}`);
    // A create retried on a busy machine (its answer later than the timeout) is replayed: the same line again.
    expect([...new Set(log)]).to.deep.equal(['GET  200', 'POST /test 200', 'POST  201']);
    expect(created).to.have.length(1);
    expect(errors).to.deep.equal([]);
  });

  it('an edit sends the header with its PATCH (given as a Headers object, by an async function)', async () => {
    const api = freshApi();
    await api.create(shopifyPayload());
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    await api.requireHeader({ name: CSRF, value: 'token-1' });
    const { el, errors } = await headerWizard(api, async () => new Headers({ [CSRF]: 'token-1' }));
    const updated: unknown[] = [];
    el.addEventListener('connector-updated', (e) => updated.push(e.detail));
    el.connector = stored!;
    await settle(el);
    await type(el, '#field-name', 'Shopify UK (renamed)');
    await el.goTo('review');
    await settle(el);
    expect(await el.submit()).to.equal(true);
    expect(updated).to.have.length(1);
    expect((await api.log()).filter((e) => e.method === 'PATCH').map((e) => e.status)).to.deep.equal([200]);
    expect(errors).to.deep.equal([]);
  });

  it('a function is asked again for each attempt: the retry after a 503 sends its new value', async () => {
    const api = freshApi();
    const { el, created } = await headerWizard(api, undefined);
    await advanceTo(el, 'review');
    const given = ['token-1', 'token-2'];
    let calls = 0;
    el.requestHeaders = async () => ({ [CSRF]: given[calls++] ?? 'spent' });
    // The 503 comes before the header is checked, as from a gateway; the retry must carry the rotated token.
    await api.requireHeader({ name: CSRF, value: 'token-2' });
    await api.faults({ kind: 'status', status: 503, retryAfter: '0', method: 'POST' });
    expect(await el.submit()).to.equal(true);
    expect(calls).to.equal(2);
    expect(created).to.have.length(1);
    expect((await api.log()).filter((e) => e.method === 'POST').map((e) => e.status)).to.deep.equal([503, 201]);
  });

  it('a header the protocol owns is never overridden, and is reported once by name, never by value', async () => {
    const api = freshApi();
    const { el, errors, created } = await headerWizard(api, {
      'content-type': 'text/plain',
      'Idempotency-Key': 'my-own-key',
      'If-Match': '"my-own-revision"',
      [CSRF]: 'token-1',
    });
    await api.requireHeader({ name: CSRF, value: 'token-1' });
    await advanceTo(el, 'review');
    expect(await el.submit()).to.equal(true);
    expect(created).to.have.length(1);
    expect(
      (await api.log()).filter((e) => e.method === 'POST').map((e) => e.ifMatch ?? null),
      'a create carries no If-Match',
    ).to.deep.equal([null]);
    const said = errors.filter((e) => e.kind === 'config').map((e) => e.message);
    expect(said).to.have.length(3);
    expect(said.join(' ')).to.contain('content-type').and.to.contain('Idempotency-Key').and.to.contain('If-Match');
    expect(said.join(' ')).to.not.contain('text/plain').and.to.not.contain('my-own-key').and.to.not.contain('my-own-revision');
  });

  it('a function that throws or never settles, or a value no header can hold, sends nothing, says so in the step and keeps the answers', async () => {
    const api = freshApi();
    const { el, errors, created } = await headerWizard(api, undefined);
    await advanceTo(el, 'review');
    await settle(el);
    const before = (await api.log()).length;
    el.requestHeaders = () => {
      throw new Error('session expired for token-secret-1');
    };
    expect(await el.submit()).to.equal(false);
    await settle(el);
    const said = () => el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent ?? '';
    expect(said()).to.contain('The request could not be prepared, so nothing was sent');
    el.requestHeaders = { [CSRF]: 'token-secret-2\r\nX-Other: 1' };
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(said()).to.contain('The request could not be prepared, so nothing was sent');
    // One that never settles has the attempt's time, then the same.
    el.requestTimeout = 300;
    el.requestHeaders = () => new Promise(() => {});
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(said()).to.contain('The request could not be prepared, so nothing was sent');
    el.requestHeaders = { 'Bad Name': 'token-secret-3' };
    await el.goTo('credentials');
    await settle(el);
    expect((await testConnection(el)).textContent).to.contain('The request could not be prepared, so nothing was sent');
    expect((await api.log()).length).to.equal(before);
    expect(created).to.have.length(0);
    const config = errors.filter((e) => e.kind === 'config').map((e) => e.message);
    expect(config).to.have.length(4);
    expect(config[0]).to.contain('the requestHeaders function failed');
    expect(config[1]).to.contain(CSRF);
    expect(config[2]).to.contain('no headers in time');
    expect(JSON.stringify(errors)).to.not.contain('token-secret');
    await el.goTo('general');
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('Shopify UK');
  });

  it('a function that gives undefined or null (no token found, a missing return) sends nothing and says so; one that gives {} sends no extra header', async () => {
    const api = freshApi();
    const { el, errors, created } = await headerWizard(api, undefined);
    await advanceTo(el, 'review');
    await settle(el);
    await api.requireHeader({ name: CSRF, value: 'token-1' });
    const before = (await api.log()).length;
    const said = () => el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent ?? '';
    for (const none of [undefined, null]) {
      // As JavaScript gives it: a token helper that found no token, or an async function without its return.
      el.requestHeaders = (async () => none) as unknown as ConnectorWizard['requestHeaders'];
      expect(await el.submit()).to.equal(false);
      await settle(el);
      expect(said(), 'never "not signed in"').to.contain('The request could not be prepared, so nothing was sent');
    }
    expect((await api.log()).length, 'nothing sent').to.equal(before);
    const config = errors.filter((e) => e.kind === 'config').map((e) => e.message);
    expect(config).to.have.length(2);
    for (const message of config) expect(message).to.contain('gave no object of headers').and.to.contain('nothing was sent');
    // {} is how a function says "no extra header this time": the request goes as it is.
    await api.requireHeader(null);
    el.requestHeaders = () => ({});
    expect(await el.submit()).to.equal(true);
    expect(created).to.have.length(1);
  });

  it('a header the browser never sends (Cookie, Origin, a Sec- one) sends nothing and is reported by name, never as not signed in', async () => {
    const api = freshApi();
    const { el, errors, created } = await headerWizard(api, undefined);
    await advanceTo(el, 'review');
    await settle(el);
    await api.requireHeader({ name: 'Cookie', value: 'sessionid=token-secret-4' });
    const before = (await api.log()).length;
    const said = () => el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent ?? '';
    // fetch drops these without a word: sent anyway, the request would meet the endpoint's 403, said as "not signed in".
    for (const name of ['Cookie', 'origin', 'Sec-Fetch-Site']) {
      el.requestHeaders = { [CSRF]: 'token-1', [name]: 'sessionid=token-secret-4' };
      expect(await el.submit()).to.equal(false);
      await settle(el);
      expect(said(), name).to.contain('The request could not be prepared, so nothing was sent');
    }
    expect((await api.log()).length, 'nothing sent').to.equal(before);
    expect(created).to.have.length(0);
    const config = errors.filter((e) => e.kind === 'config').map((e) => e.message);
    expect(config).to.have.length(3);
    expect(config.join('\n')).to.contain('Cookie').and.to.contain('origin').and.to.contain('Sec-Fetch-Site').and.to.contain('the browser never sends');
    expect(JSON.stringify(errors)).to.not.contain('token-secret');
    expect(errors.map((e) => e.kind)).to.not.include('auth');
  });

  it('one header named twice in two cases (X-Tenant and x-tenant) sends nothing and names both, never joining the values', async () => {
    const api = freshApi();
    const { el, errors } = await headerWizard(api, undefined);
    await advanceTo(el, 'review');
    await settle(el);
    // Sent, the two would be one header, "tenant-a, tenant-b", which no check takes: said as not signed in, the cause hidden.
    await api.requireHeader({ name: 'X-Tenant', value: 'tenant-b' });
    el.requestHeaders = { 'X-Tenant': 'tenant-a', 'x-tenant': 'tenant-b' };
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect((await api.log()).filter((e) => e.method === 'POST')).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent ?? '').to.contain('The request could not be prepared, so nothing was sent');
    const config = errors.filter((e) => e.kind === 'config').map((e) => e.message);
    expect(config.join(' ')).to.contain('X-Tenant').and.to.contain('x-tenant').and.to.contain('twice').and.to.not.contain('tenant-a');
    expect(errors.map((e) => e.kind)).to.not.include('auth');
  });

  it('a retry whose headers fail after an unanswered POST: the config event says the retry was not sent and it may have been done', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    const errors: WizardErrorEvent['detail'][] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail));
    await advanceTo(el, 'review');
    await settle(el);
    let calls = 0;
    el.requestHeaders = () => {
      calls++;
      if (calls > 1) throw new Error('token rotated away');
      return { [CSRF]: 'token-1' };
    };
    // The first POST is handled (the connector is made) but its answer is lost; the retry's headers fail.
    await api.faults({ kind: 'lose-response', method: 'POST' });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(calls).to.equal(2);
    expect(await api.connectors(), 'the first attempt made it').to.have.length(1);
    const said = el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent ?? '';
    expect(said).to.contain('cannot tell whether the connector was created');
    const config = errors.filter((e) => e.kind === 'config').map((e) => e.message);
    expect(config).to.have.length(1);
    // The first POST was sent, and made it: the integrator is not told that nothing was.
    expect(config[0]).to.not.contain('nothing was sent');
    expect(config[0]).to.contain('an earlier attempt got no answer');
  });

  it('a bearer token or CSRF token the endpoint quotes in a refused create’s title is masked on screen and in the event, as a secret sent is', async () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.c2Vzc2lvbi00MjE3.Qm9yZWFsaXM';
    const csrf = 'csrf-7Qk2mZp9Lw4x';
    const api = freshApi();
    const { el, errors } = await headerWizard(api, { Authorization: `Bearer ${token}`, [CSRF]: csrf, 'X-Tenant': 'acme-retail', 'X-Author': 'ops-team' });
    await advanceTo(el, 'review');
    const title = `Session token ${token} (CSRF ${csrf}) has expired for acme-retail, asked by ops-team`;
    await api.faults({ kind: 'status', method: 'POST', status: 400, type: 'application/problem+json', json: { type: '/problems/session', title } });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    const shown = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
    expect(shown, 'a header that holds no credential stays').to.contain('Session token ••• (CSRF •••) has expired for acme-retail, asked by ops-team');
    expect(shown + JSON.stringify(errors))
      .to.not.contain(token.slice(0, 20))
      .and.not.contain(csrf);
  });

  it('a JWT, credentials or passphrase header the endpoint quotes is masked as a token is; a header named as none (X-Passenger, X-Credit) stays', async () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.YXNzZXJ0aW9uLTQyMTc.U2lnbmVkQnlBY21l';
    const [credentials, passphrase] = ['cred-9Qx7-Lm2pW4', 'correct-horse-battery'];
    const api = freshApi();
    const headers = { 'X-JWT-Assertion': jwt, 'X-Credentials': credentials, 'X-Passphrase': passphrase, 'X-Passenger': 'seat-14C-window', 'X-Credit': 'credit-note-2291' };
    const { el, errors } = await headerWizard(api, headers);
    await advanceTo(el, 'review');
    const title = `Assertion ${jwt} with ${credentials} and ${passphrase} refused for seat-14C-window and credit-note-2291`;
    await api.faults({ kind: 'status', method: 'POST', status: 400, type: 'application/problem+json', json: { type: '/problems/session', title } });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    const shown = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
    expect(shown).to.contain('Assertion ••• with ••• and ••• refused for seat-14C-window and credit-note-2291');
    for (const secret of [jwt.slice(0, 30), credentials, passphrase]) expect(shown + JSON.stringify(errors), secret).to.not.contain(secret);
  });

  it('a token in an Authorization header of named values (Token token="…", as Rails reads it) the endpoint quotes alone is masked; the e-mail beside it stays', async () => {
    const token = 'tok_9Qx7Lm2pW4ZxHj8kN3';
    const api = freshApi();
    const { el, errors } = await headerWizard(api, { Authorization: `Token token="${token}", email="ops@acme.com"` });
    await advanceTo(el, 'review');
    await api.faults({
      kind: 'status',
      method: 'POST',
      status: 400,
      type: 'application/problem+json',
      json: { type: '/problems/session', title: `Token ${token} for ops@acme.com expired` },
    });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    const shown = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
    expect(shown).to.contain('Token ••• for ops@acme.com expired');
    expect(shown + JSON.stringify(errors)).to.not.contain(token);
  });

  /** A create refused with `title`, sent with a Basic header of `user:password`: what the step shows, and the events. */
  async function refusedWithBasic(user: string, password: string, title: string) {
    const api = freshApi();
    const basic = btoa(`${user}:${password}`);
    const { el, errors } = await headerWizard(api, { Authorization: `Basic ${basic}` });
    await advanceTo(el, 'review');
    await api.faults({ kind: 'status', method: 'POST', status: 400, type: 'application/problem+json', json: { type: '/problems/login', title } });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    const shown = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
    expect(shown + JSON.stringify(errors), 'the encoded value').to.not.contain(basic);
    return { shown, events: JSON.stringify(errors) };
  }

  it('a Basic header whose password and user:password the endpoint quotes decoded: both masked on screen and in the event, the user name alone left', async () => {
    const password = 'Tr0ub4dor&3x-horse';
    const { shown, events } = await refusedWithBasic('ops-admin', password, `Login ops-admin:${password} refused: password ${password} expired for ops-admin`);
    expect(shown).to.contain('Login ••• refused: password ••• expired for ops-admin');
    expect(shown + events).to.not.contain(password);
    expect(shown + events).to.not.contain('Tr0ub4dor');
  });

  it('a short Basic password is masked as its own word, but not inside the system s name, nor in a date', async () => {
    const { shown, events } = await refusedWithBasic('ops-admin', 'Shop', 'Shopify refused password Shop for ops-admin on 2026-12-05');
    expect(shown).to.contain('Shopify refused password ••• for ops-admin on 2026-12-05');
    expect(shown + events).to.not.contain('password Shop');
  });

  it('a short Basic password the endpoint joins to a host or a name (its user name written in lower case) is masked there too', async () => {
    const { shown, events } = await refusedWithBasic('Ops-Admin', 'Kx9mPq', 'Upstream https://ops-admin:Kx9mPq@api.acme.com refused; account acme-Kx9mPq locked');
    // The user name and password the header encodes, written in another case, are masked whole, as they are written as sent (the test above).
    expect(shown).to.contain('Upstream https://•••@api.acme.com refused; account acme-••• locked');
    expect(shown + events).to.not.contain('Kx9mPq');
  });

  for (const [password, as] of [
    ['', 'empty'],
    ['X', 'a placeholder X'],
  ] as const)
    it(`a Basic header whose user name is an API key and whose password is ${as}: the key the endpoint quotes is masked`, async () => {
      const key = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';
      const { shown, events } = await refusedWithBasic(key, password, `Invalid API key provided: ${key}`);
      expect(shown).to.contain('Invalid API key provided: •••');
      expect(shown + events).to.not.contain(key);
    });

  it('a retry with a rotated bearer token whose answer repeats the token of the attempt before: both are masked on screen and in the event', async () => {
    const api = freshApi();
    const { el, errors } = await headerWizard(api, undefined);
    await advanceTo(el, 'review');
    const given = ['eyJhbGciOiJIUzI1NiJ9.Zmlyc3QtdG9rZW4.QWxwaGExMjM', 'eyJhbGciOiJIUzI1NiJ9.c2Vjb25kLXRva2Vu.QmV0YTQ1Njc'];
    let calls = 0;
    el.requestHeaders = () => ({ Authorization: `Bearer ${given[calls++] ?? 'spent'}` });
    // The first attempt's answer lost at the gateway; the retry's answer is the one the server kept for the key, naming the token it came with.
    const title = `Session ${given[0]} was replaced by ${given[1]}`;
    await api.faults(
      { kind: 'status', status: 503, retryAfter: '0', method: 'POST' },
      { kind: 'status', method: 'POST', status: 400, type: 'application/problem+json', json: { type: '/problems/session', title } },
    );
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(calls).to.equal(2);
    const shown = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
    expect(shown).to.contain('Session ••• was replaced by •••');
    expect(shown + JSON.stringify(errors)).to.not.contain(given[0]!.slice(20, 40));
    expect(shown + JSON.stringify(errors)).to.not.contain(given[1]!.slice(20, 40));
  });

  it('a listed connector named around the bearer token still takes its slot: read masked, the rule unchanged', async () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.c2Vzc2lvbi00MjE3.Qm9yZWFsaXM';
    const api = freshApi();
    await api.create(shopifyPayload({ name: `Shop for Bearer ${token}` }));
    const { el, errors } = await headerWizard(api, { Authorization: `Bearer ${token}` });
    await choose(el, '#group-uk');
    await waitUntil(() => inStep<HTMLInputElement>(el, '#environment-live')?.disabled, 'the live slot taken', { timeout: 5000 });
    expect(inStep<HTMLInputElement>(el, '#environment-test')!.disabled).to.equal(false);
    expect(errors).to.deep.equal([]);
  });

  it('requestHeaders given after the list was asked for: the list is asked again with them', async () => {
    const api = freshApi();
    await api.create(shopifyPayload());
    await api.requireHeader({ name: CSRF, value: 'token-1' });
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    const errors: WizardErrorEvent['detail'][] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail));
    // The page fetched its token asynchronously: the list went first, without it (403).
    await waitUntil(async () => (await api.log()).some((e) => e.method === 'GET' && e.status === 403), 'the list was asked without the header', { timeout: 5000 });
    // The list asked again is slow to answer: the page renders meanwhile, passing the same headers as a new object.
    await api.faults({ kind: 'slow', method: 'GET', held: true });
    el.requestHeaders = { [CSRF]: 'token-1' };
    try {
      await waitUntil(async () => (await api.log()).filter((e) => e.method === 'GET').length === 2, 'the list asked again', { timeout: 5000 });
      el.requestHeaders = { [CSRF]: 'token-1' };
      await settle(el);
    } finally {
      await api.release();
    }
    // Asked again, so the live slot taken on the server is known before Create's 409.
    await waitUntil(async () => (await api.log()).some((e) => e.method === 'GET' && e.status === 200), 'the list asked again with the header', { timeout: 5000 });
    await settle(el);
    // Another endpoint's list asked after: once it has come, any more asks of the first, made as the headers were set, came before it.
    const later = freshApi();
    el.endpoint = later.endpoint;
    await waitUntil(async () => (await later.log()).some((e) => e.method === 'GET'), 'the other endpoint listed', { timeout: 5000 });
    expect(
      (await api.log()).filter((e) => e.method === 'GET').map((e) => e.status),
      'the same headers during the ask asked nothing more',
    ).to.deep.equal([403, 200]);
  });

  it('requestHeaders given while the list asked without them is on its way: its refusal asks again with them', async () => {
    const api = freshApi();
    await api.create(shopifyPayload());
    await api.requireHeader({ name: CSRF, value: 'token-1' });
    await api.faults({ kind: 'slow', method: 'GET', held: true });
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    const errors: WizardErrorEvent['detail'][] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail));
    try {
      await waitUntil(async () => (await api.log()).some((e) => e.method === 'GET'), 'the list was asked', { timeout: 5000 });
      // The token came before the list's answer: that answer (403) was asked without it.
      el.requestHeaders = { [CSRF]: 'token-1' };
    } finally {
      await api.release();
    }
    await waitUntil(async () => (await api.log()).some((e) => e.method === 'GET' && e.status === 200), 'the list asked again with the header', { timeout: 5000 });
    await settle(el);
    expect((await api.log()).filter((e) => e.method === 'GET').map((e) => e.status)).to.deep.equal([403, 200]);
    expect(
      errors.map((e) => e.message),
      'a refusal already mended is not said',
    ).to.deep.equal([]);
  });
});
