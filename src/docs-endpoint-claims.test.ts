/**
 * docs/endpoint-protocol.md, "Retries" and "Answers from the server", status by status against
 * the test server's faults: "network errors, timeouts, 408, 429 and 5xx (a proxy's 520 to 524
 * included) but 501 and 505 ... Other 4xx are never retried", and a refusal that is no passing
 * problem is said as such, "a conflict or a lock, 409, 423 or 425, aside, which may pass".
 */
import { expect } from '@open-wc/testing';
import type { WizardErrorEvent } from './events/index.js';
import { en } from './messages/english.js';
import type { ConnectorPayload } from './schemas/wizard-data.js';
import { isRetryableStatus } from './submission/retry-policy.js';
import { EDITED, editing } from './test/edit-fixtures.js';
import { advanceTo, currentStepId, errorSummary, freshApi, GROUPS, inStep, settle, shopifyPayload, type, wizardFixture } from './test/fixtures.js';
import { waitUntil } from './test/wait.js';
import { failedRequest } from './wizard/outcomes.js';

/**
 * One create at a fresh namespace whose first POST answers `status` (`attempts`: the retry policy's): the statuses the
 * POSTs got, whether it was created, what the person was told, and the `connector-wizard-error`s fired.
 */
async function createAnswered(status: number, attempts = 2, headers?: Record<string, string>) {
  const api = freshApi();
  const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
  el.retryPolicy = { attempts, baseDelayMs: 20, maxDelayMs: 50 };
  let created = 0;
  el.addEventListener('connector-created', () => created++);
  const errors: { kind: string; message: string }[] = [];
  el.addEventListener('connector-wizard-error', (event) => errors.push((event as CustomEvent<{ kind: string; message: string }>).detail));
  await advanceTo(el, 'review');
  await api.faults({ kind: 'status', status, method: 'POST', ...(headers ? { headers } : {}) });
  await el.submit();
  await settle(el);
  const posts = (await api.log()).filter((entry) => entry.method === 'POST').map((entry) => entry.status);
  const said = el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent ?? '';
  return { posts, created, said, errors };
}

/** How a refusal is said: as one that passes ("try again in a moment"), or one no retry mends ("will not help"). */
const passing = (said: string) => (said.includes('try again in a moment') ? 'passing' : said.includes('will not help') ? 'final' : `neither: ${said}`);

describe('docs: the endpoint protocol, status by status', function () {
  // Each test makes a create (some several) against the test server: a loaded machine takes its time.
  this.timeout(60_000);

  // No 408 in the browser: Chromium sends a POST answered 408 on a reused connection again by itself (a `Connection: close`
  // on the 408 does not stop it), so the server's next answer is the one the wizard reads. The 408 rule is tested below, as the client reads it.
  for (const status of [429, 500, 502, 503, 504, 507, 520, 521, 522, 523, 524])
    it(`retries a ${status} with the same create, which then is made once`, async () => {
      const { posts, created } = await createAnswered(status);
      expect({ posts, created }).to.deep.equal({ posts: [status, 201], created: 1 });
    });

  for (const status of [400, 403, 404, 405, 409, 415, 422, 423, 425, 501, 505])
    it(`never retries a ${status}`, async () => {
      const { posts, created } = await createAnswered(status);
      expect({ posts, created }).to.deep.equal({ posts: [status], created: 0 });
    });

  it('says a 400, 415, 501 or 505 will not pass, and a 423 or 425 (a lock) as one that may', async () => {
    const told: Record<number, string> = {};
    for (const status of [400, 415, 501, 505, 423, 425]) told[status] = passing((await createAnswered(status)).said);
    expect(told).to.deep.equal({ 400: 'final', 415: 'final', 501: 'final', 505: 'final', 423: 'passing', 425: 'passing' });
  });

  // No 408 here: Chromium sends a request again by itself after a 408 on a reused connection, so the server's next answer is the one read.
  it('says an edit whose every try got a 429 (or a 503) as one that may pass, and a 400 or 501 as one that will not', async () => {
    const told: Record<number, string> = {};
    for (const status of [429, 503, 400, 501]) {
      const api = freshApi();
      const { el, updated } = await editing(EDITED, api.endpoint);
      el.retryPolicy = { attempts: 1 };
      await type(el, '#field-name', 'Shop renamed');
      await api.faults({ kind: 'status', status, method: 'PATCH' });
      expect(await el.submit(), `${status}: not saved`).to.equal(false);
      await settle(el);
      expect(updated, `${status}: no connector-updated`).to.have.length(0);
      told[status] = passing(el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent ?? '');
    }
    expect(told).to.deep.equal({ 429: 'passing', 503: 'passing', 400: 'final', 501: 'final' });
  });

  it('fires connector-wizard-error with the kind docs/contract.md gives each refused create, its word matching what the person is told', async () => {
    const fired: Record<number, string> = {};
    for (const status of [400, 401, 403, 404, 413, 415, 422, 429, 500, 501, 503, 505]) {
      const { errors, said } = await createAnswered(status, 1);
      // The kind, and the word the message gives the refusal: a status said as final is never "server".
      fired[status] = errors.map(({ kind, message }) => `${kind}${/failed: server\b/u.test(message) ? ' (server)' : ''}`).join() + ` ${passing(said).split(':')[0]}`;
    }
    expect(fired).to.deep.equal({
      400: 'server final',
      401: 'auth neither',
      403: 'auth neither',
      404: 'config final',
      // Said as too large, the longest answer named: its own words, neither of the two.
      413: 'server neither',
      415: 'server final',
      // No error names an answer of the form: the host is told, as of any other refusal the person cannot mend on a field.
      422: 'server neither',
      429: 'server (server) passing',
      500: 'server (server) passing',
      501: 'server final',
      503: 'server (server) passing',
      505: 'server final',
    });
  });
});

describe('docs: a 408, as the client reads it', () => {
  // The browser never lets the wizard read a 408 on a reused connection (see above): its rule is tested here.
  const context = { msg: en, steps: ['general', 'review'] as const, systemName: () => 'Shopify' };
  const answered = (status: number) => failedRequest({ kind: 'failed', reason: 'refused', status }, shopifyPayload() as ConnectorPayload, context);

  it('retries a 408, as it does a 429, and never a 400', () => {
    expect([408, 429, 400].map(isRetryableStatus)).to.deep.equal([true, true, false]);
  });

  it('says a 408 left at the last attempt as one that may pass, with kind server, as a 429; a 400 as one that will not', () => {
    const told = Object.fromEntries([408, 429, 400].map((status) => [status, `${answered(status).error![0]} ${passing(answered(status).submitError!(en))}`]));
    expect(told).to.deep.equal({ 408: 'server passing', 429: 'server passing', 400: 'server final' });
  });
});

/** What the `connector-wizard-error` row of docs/contract.md says each `kind` is for: the words in its parenthesis, whole. */
async function kindsSaid(): Promise<Record<string, string>> {
  const contract = await (await fetch('/docs/contract.md')).text();
  const row = contract.split('\n').find((line) => line.startsWith('| `connector-wizard-error` |'));
  expect(row, 'docs/contract.md has a connector-wizard-error row').to.be.a('string');
  const said: Record<string, string> = {};
  for (const m of row!.matchAll(/`(\w+)` \(/gu)) {
    const start = m.index + m[0].length;
    let depth = 1;
    let end = start;
    for (; end < row!.length && depth > 0; end++) depth += row![end] === '(' ? 1 : row![end] === ')' ? -1 : 0;
    said[m[1]!] = row!.slice(start, end - 1);
  }
  return said;
}

describe('docs: a redirect, as docs/contract.md gives its kind', function () {
  this.timeout(60_000);

  it('a create, a save and the list met by a redirect fire the kind whose words in docs/contract.md name a redirect', async () => {
    const said = await kindsSaid();
    expect(Object.keys(said), 'kinds read').to.include.members(['config', 'auth', 'network', 'server']);
    const fired: string[] = [];
    const as = (what: string, kinds: string[]) =>
      fired.push(`${what}: ${kinds.join()} ${kinds.every((kind) => said[kind]?.includes('redirect')) ? 'said' : 'not said'} as a redirect`);

    const created = await createAnswered(302, 2, { Location: '/login' });
    expect(created.posts, 'a create sent once').to.have.length(1);
    as(
      'create',
      created.errors.map((e) => e.kind),
    );

    const api = freshApi();
    const { el } = await editing(EDITED, api.endpoint);
    const errors: string[] = [];
    el.addEventListener('connector-wizard-error', (event) => errors.push((event as WizardErrorEvent).detail.kind));
    await type(el, '#field-name', 'Shop renamed');
    await api.faults({ kind: 'status', status: 307, headers: { Location: '/login' }, method: 'PATCH' });
    expect(await el.submit(), 'not saved').to.equal(false);
    await settle(el);
    as('save', errors);

    const listed = freshApi();
    await listed.faults({ kind: 'status', status: 302, headers: { Location: '/login' }, method: 'GET' });
    const kinds: string[] = [];
    const listen = (event: Event) => kinds.push((event as WizardErrorEvent).detail.kind);
    document.addEventListener('connector-wizard-error', listen);
    try {
      await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: listed.endpoint });
      await waitUntil(() => kinds.length > 0, 'the list said');
    } finally {
      document.removeEventListener('connector-wizard-error', listen);
    }
    as('list', kinds);

    expect(fired).to.deep.equal(['create: config said as a redirect', 'save: config said as a redirect', 'list: config said as a redirect']);
  });
});

/** The paragraph of docs/endpoint-protocol.md holding `marker`, as shipped. */
async function protocolSaying(marker: string): Promise<string> {
  const protocol = await (await fetch('/docs/endpoint-protocol.md')).text();
  const paragraph = protocol.split('\n').find((line) => line.includes(marker));
  expect(paragraph, `docs/endpoint-protocol.md says "${marker}"`).to.be.a('string');
  return paragraph!;
}

/** A Shopify wizard on Review whose create is answered, in turn, by `faults`: what the summary lists, and the `connector-wizard-error`s fired. */
async function createMet(...faults: Record<string, unknown>[]) {
  const api = freshApi();
  const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
  el.retryPolicy = { baseDelayMs: 20, maxDelayMs: 50 };
  const errors: { kind: string; message: string }[] = [];
  el.addEventListener('connector-wizard-error', (event) => errors.push((event as WizardErrorEvent).detail));
  await advanceTo(el, 'review');
  await api.faults(...faults);
  await el.submit();
  await settle(el);
  return { el, errors, summary: errorSummary(el), step: currentStepId(el) };
}

describe('docs: the field errors docs/endpoint-protocol.md tolerates, sent as it writes them', function () {
  this.timeout(60_000);

  it('its JSON:API example puts the detail on the field the pointer names', async () => {
    const said = await protocolSaying("JSON:API's `errors`");
    const json = JSON.parse(/JSON:API's `errors` \(`([^`]+)`/u.exec(said)![1]!) as { errors: { source: { pointer: string }; detail: string }[] };
    expect(json.errors[0]!.source.pointer, 'the example points at the name').to.equal('/data/attributes/name');
    const { el, errors, step } = await createMet({ kind: 'status', method: 'POST', status: 422, type: 'application/vnd.api+json', json });
    expect(step).to.equal('general');
    expect(inStep(el, '#field-name-error')?.textContent).to.contain(json.errors[0]!.detail);
    expect(errors, 'a field the person can mend').to.have.length(0);
  });

  it('an error keyed as deep as its example path is said after that path', async () => {
    const said = await protocolSaying('Errors keyed more than four levels deep');
    const [, path, message] = /"((?:\w+\.){5,}\w+): ([^"]+)"/u.exec(said)!;
    const keys = path!.split('.');
    const nested = keys.reduceRight<unknown>((inner, key) => ({ [key]: inner }), [message]);
    const { summary } = await createMet({ kind: 'status', method: 'POST', status: 422, json: { errors: nested } });
    expect(summary).to.deep.equal([`${path}: ${message}`]);
  });

  it('errors keyed that deep are said up to the number it gives below each key at the fifth level', async () => {
    const said = await protocolSaying('Errors keyed more than four levels deep');
    const first = Number(/the first (\d+) found below each key at the fifth level/u.exec(said)![1]);
    // Two keys at the fifth level (e and g), each holding more than that number; one more on its own.
    const branch = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, ['is wrong']]));
    const errors = { a: { b: { c: { d: { e: branch(first + 5), g: branch(first + 5), h: branch(1) } } } } };
    const { summary } = await createMet({ kind: 'status', method: 'POST', status: 422, json: { errors } });
    expect(summary.length, `${first * 2 + 11} errors sent`).to.equal(first * 2 + 1);
    expect(summary.filter((line) => line.startsWith('a.b.c.d.e.')).length).to.equal(first);
  });

  it('an answer nested deeper than the levels it gives still shows its errors nearer the top', async () => {
    const said = await protocolSaying('An answer nested deeper than');
    const levels = Number(/nested deeper than (\d+) levels/u.exec(said)![1]);
    let trace: unknown = 'bottom';
    for (let i = 0; i < levels * 4; i++) trace = { cause: trace };
    const { el, step } = await createMet({ kind: 'status', method: 'POST', status: 422, json: { errors: { name: ['has already been taken'] }, trace } });
    expect(step).to.equal('general');
    expect(inStep(el, '#field-name-error')?.textContent).to.contain('has already been taken');
  });

  it('a 409 after an attempt with no answer tells the host kind server, its message ending as it quotes', async () => {
    const said = await protocolSaying('After an earlier attempt of the same create');
    const ending = /its message ending "([^"]+)"/u.exec(said)![1]!;
    const json = { type: 'https://api.example.com/problems/name-taken', title: 'Conflict', status: 409, detail: 'A connector with this name exists.' };
    const { errors } = await createMet(
      { kind: 'lose-response' },
      { kind: 'status', method: 'POST', status: 409, type: 'application/problem+json', json, headers: { 'Retry-After': '5' } },
    );
    expect(errors.map((e) => e.kind)).to.deep.equal(['server']);
    expect(errors[0]!.message.endsWith(ending), errors[0]!.message).to.equal(true);
  });
});
