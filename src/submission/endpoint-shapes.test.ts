/**
 * Endpoint mode: error shapes real frameworks send beside the protocol's (field errors keyed by
 * name, as Rails and Django REST framework answer; a 409 of another kind; a 3xx without a
 * Location), from the reference API served by the test runner with faults injected by the server.
 */
import { expect } from '@open-wc/testing';
import { advanceTo, currentStepId, errorSummary, freshApi, GROUPS, inStep, pressContinue, settle, type, wizardFixture } from '../test/fixtures.js';
import { everythingStored } from '../test/stored.js';
import { waitUntil } from '../test/wait.js';
import { atReview, listToldToHost, refusedWith, testAnswered } from '../test/waits-endpoint-redirects.js';

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
      expect(errorSummary(el)).to.deep.equal(['Connector name: has already been taken', 'Shop is suspended']);
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
    expect(errorSummary(el)).to.deep.equal(['Admin API access token: is revoked', 'slug: is taken']);
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
    const errors = await listToldToHost(api, { kind: 'status', status: 302, json: {} });
    expect((await api.log()).filter((e) => e.method === 'GET').map((e) => e.status)).to.deep.equal([302]);
    expect(errors.map((e) => e.kind)).to.deep.equal(['config']);
    expect(errors[0]!.message).to.contain('redirect');
  });

  it('a test is said as a redirect, never to try again in a moment', async () => {
    const api = freshApi();
    const { el, errors } = await testAnswered(api, { kind: 'status', status: 302, json: {} });
    expect((await posts(api)).map((e) => e.status)).to.deep.equal([302]);
    expect(inStep(el, '#test-result')!.textContent).to.contain('redirect').and.not.contain('try again in a moment');
    expect(errors.map((e) => e.kind)).to.deep.equal(['config']);
  });
});

describe('endpoint mode: a secret echoed in field errors keyed by name, or in a 409', function () {
  this.timeout(60_000);

  const CANARY = 'shpat_' + 'c0ffee'.repeat(5) + 'ab';

  /** On Review with the token CANARY typed; what the host hears, and what the console is told. */
  async function withCanary(api: ReturnType<typeof freshApi>) {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    const heard: string[] = [];
    for (const name of ['connector-created', 'connector-wizard-error']) el.addEventListener(name, (e) => heard.push(JSON.stringify((e as CustomEvent).detail)));
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', CANARY);
    await pressContinue(el);
    await advanceTo(el, 'review');
    return { el, heard };
  }

  /** Every text the element and its steps show, their shadow roots included. */
  const shown = (root: Node): string =>
    [root.textContent ?? '', ...[...((root as Element | ShadowRoot).querySelectorAll?.('*') ?? [])].map((e) => (e.shadowRoot ? shown(e.shadowRoot) : ''))].join('\n') +
    ((root as Element).shadowRoot ? shown((root as Element).shadowRoot!) : '');

  // The keys the wizard reads rather than shows (environment, system, group, authType, id, status, type, pointer) kept their
  // messages unmasked: in a problem's `errors` a key is a field's name, and the token echoed under it reached the field, the summary and the host.
  const shapes: [string, number, string | undefined, unknown][] = [
    ['Rails: errors keyed environment', 422, undefined, { errors: { environment: [`${CANARY} is not an environment`] } }],
    ['Rails: errors keyed status and id', 422, undefined, { errors: { status: [`${CANARY} is revoked`], id: [`token ${CANARY}`] } }],
    ['Django REST framework: the body keyed environment', 400, undefined, { environment: [`"${CANARY}" is not a valid choice.`] }],
    ['Django REST framework: the body keyed system and group', 400, undefined, { system: [`${CANARY} unknown`], group: [`${CANARY} unknown`] }],
    ['a list of field and message', 422, undefined, { errors: [{ field: 'environment', message: `${CANARY} is not an environment` }] }],
    ['the token as a key', 422, undefined, { errors: { [CANARY]: ['is not a field'], [`credentials.${CANARY}`]: ['is not a field'] } }],
    [
      'a 409 detail and title',
      409,
      'application/problem+json',
      { type: '/problems/edit-conflict', title: `Token ${CANARY} in use`, detail: `Token ${CANARY} is held by another connector.` },
    ],
  ];
  for (const [shape, status, contentType, json] of shapes)
    it(`${shape} (HTTP ${status}): the token reaches no event, screen, console or store`, async () => {
      const api = freshApi();
      const { el, heard } = await withCanary(api);
      const logged: string[] = [];
      const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
      const originals = methods.map((m) => console[m]);
      methods.forEach((m) => (console[m] = (...args: unknown[]) => logged.push(args.map(String).join(' '))));
      try {
        await api.faults({ kind: 'status', method: 'POST', status, json, ...(contentType ? { type: contentType } : {}) });
        await el.submit();
        await settle(el);
        await waitUntil(() => heard.length > 0 || errorSummary(el).length > 0, 'the answer is said');
      } finally {
        methods.forEach((m, i) => (console[m] = originals[i]!));
      }
      expect(
        (await posts(api)).map((e) => e.status),
        'sent once',
      ).to.deep.equal([status]);
      const screen = shown(el);
      expect(screen, 'something said').to.contain('•••');
      expect({ events: heard.join('\n').includes(CANARY), screen: screen.includes(CANARY), console: logged.join('\n').includes(CANARY) }).to.deep.equal({
        events: false,
        screen: false,
        console: false,
      });
      expect(await everythingStored()).to.not.contain(CANARY);
    });
});

describe('endpoint mode: hostile field errors keyed by name', function () {
  this.timeout(60_000);

  it('keys __proto__ and constructor are said with their names, the field named still marked', async () => {
    // As a server's JSON is read: "__proto__" an own member.
    const json = JSON.parse('{"errors":{"__proto__":["proto is odd"],"constructor":["ctor is odd"],"name":["has already been taken"]}}');
    const { el } = await refusedWith(json);
    expect(inStep(el, '#field-name-error')?.textContent).to.contain('has already been taken');
    expect(errorSummary(el)).to.deep.equal(['Connector name: has already been taken', '__proto__: proto is odd', 'constructor: ctor is odd']);
  });

  it('5,000 keys and a message of 100,000 characters: the field named first is marked, the rest counted, nothing thrown', async () => {
    const json = { errors: { name: ['x'.repeat(100_000)], ...Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`k${i}`, [`bad ${i}`]])) } };
    const { el } = await refusedWith(json);
    expect(currentStepId(el)).to.equal('general');
    expect(inStep(el, '#field-name-error')?.textContent?.length).to.be.within(10, 5_000);
    const summary = errorSummary(el);
    expect(summary).to.include('k0: bad 0');
    expect(summary.at(-1)).to.match(/4,?951/u);
  });

  it('numbers and null as messages are passed over, a text beside them kept', async () => {
    const { el } = await refusedWith({ errors: { name: [42, null, 'has already been taken'], group: null, environment: 7 } });
    expect(inStep(el, '#field-name-error')?.textContent).to.contain('has already been taken');
    expect(errorSummary(el)).to.deep.equal(['Connector name: has already been taken']);
  });

  // Django REST framework's full details ({ message, code }) were passed over: the refusal said only "HTTP 400", and the host that nothing could be mended.
  it('messages as objects with a message and a code (Django REST framework full details) are read', async () => {
    const { el, errors } = await refusedWith({ name: [{ message: 'has already been taken', code: 'unique' }] }, 400);
    expect(inStep(el, '#field-name-error')?.textContent).to.contain('has already been taken');
    expect(errors).to.have.length(0);
  });

  // A 400 of a framework's own ({"error": "Bad Request", "message": "Malformed JSON"}) was taken for field errors keyed "error" and "message":
  // the person read "error: Bad Request" as a list of answers to mend, never that the server refused it for good and to tell whoever looks after the page.
  it('a 400 whose body holds texts, not lists (no field errors), is refused as a 400', async () => {
    const { el, errors } = await refusedWith({ error: 'Bad Request', message: 'Unexpected token in JSON at position 3' }, 400);
    expect(submitError(el).includes('tell whoever looks after this page'), submitError(el)).to.equal(true);
    expect(errors.map((e) => e.message)).to.deep.equal(['Creating the connector failed: refused (HTTP 400).']);
  });
});
