/**
 * Endpoint mode: the last error shapes a real server sends that were said wrong (a Django REST
 * framework detail nested deep, kebab-case keys, a list index under a field, a key the form has
 * not in a language with its own colon, messages of odd types, hostile messages, RFC 9457's
 * `invalid-params`), from the reference API served by the test runner with faults injected by the server.
 */
import { expect } from '@open-wc/testing';
import { advanceTo, allInStep, currentStepId, errorSummary, freshApi, GROUPS, inStep, SHOPIFY_TOKEN, type } from '../test/fixtures.js';
import { atCredentials } from '../test/credentials-fixtures.js';
import { en } from '../messages/english.js';
import { hostedWizard } from '../test/host-page.js';
import { waitUntil } from '../test/wait.js';
import { refusedWith } from '../test/waits-endpoint-redirects.js';

describe('endpoint mode: error shapes said wrong', function () {
  this.timeout(60_000);

  // Said as "a.b.c.d.e.f.message: has already been taken" and "a.b.c.d.e.f.code: unique": a machine code read as a field's error.
  it('a Django REST framework detail nested six levels deep is said by its message, never its code', async () => {
    const { el } = await refusedWith({ a: { b: { c: { d: { e: { f: [{ message: 'has already been taken', code: 'unique' }] } } } } } }, 400);
    expect(errorSummary(el)).to.deep.equal(['a.b.c.d.e.f: has already been taken']);
  });

  // kebab-case keys were said after their key ("time-zone: is not a zone"), on no field, while snake_case and camelCase were placed.
  for (const key of ['timeZone', 'time_zone', 'time-zone'])
    it(`the key ${key} marks the time zone field`, async () => {
      const { el, errors } = await refusedWith({ [key]: ['is not a zone'] }, 400);
      expect(currentStepId(el)).to.equal('timezone');
      expect(inStep(el, '#field-timeZone-error')?.textContent ?? '').to.contain('is not a zone');
      expect(errors, 'an answer named: nothing for the host to mend').to.have.length(0);
    });

  it('the keys date-format and auth-type are read as dateFormat and authType', async () => {
    const { el } = await refusedWith({ errors: { 'date-format': ['is not a pattern'], 'auth-type': ['is not offered'] } });
    expect(currentStepId(el)).to.equal('timezone');
    expect(
      errorSummary(el).some((line) => line.includes('is not a pattern') && !line.includes('date-format')),
      errorSummary(el).join(' | '),
    ).to.equal(true);
    expect(errorSummary(el).join(' | ')).to.not.contain('auth-type');
  });

  // Said after "0" ("0: is not valid"), or listed on no field: the index of a message in a list, not a field.
  const indexed: [string, unknown][] = [
    ['a pointer with a list index', { errors: [{ pointer: '/credentials/accessToken/0', detail: 'is revoked' }] }],
    ['keyed by name, the index a key', { errors: { credentials: { accessToken: { 0: ['is revoked'] } } } }],
    ['a dotted field with an index', { errors: [{ field: 'credentials.accessToken.0', message: 'is revoked' }] }],
  ];
  for (const [shape, json] of indexed)
    it(`${shape}: on the field, said after its label`, async () => {
      const { el } = await refusedWith(json);
      expect(currentStepId(el)).to.equal('credentials');
      expect(inStep(el, '#field-credentials-accessToken-error')?.textContent ?? '').to.contain('is revoked');
      expect(errorSummary(el)).to.deep.equal(['Admin API access token: is revoked']);
    });

  it('an index under another way to sign in s credential is said after that key', async () => {
    const { el } = await refusedWith({ errors: [{ pointer: '/credentials/apiKey/0', detail: 'is not valid' }] });
    expect(errorSummary(el)).to.deep.equal(['apiKey: is not valid']);
  });

  // Messages in lists of lists were passed over: the refusal said only "HTTP 422" and the host was told nothing could be mended.
  it('messages in lists of lists are read; numbers, null and objects without a message passed over', async () => {
    const { el, errors } = await refusedWith({
      errors: {
        name: [
          ['has already been taken', 7],
          [null, { code: 'unique' }],
        ],
        group: [[{}]],
      },
    });
    expect(inStep(el, '#field-name-error')?.textContent ?? '').to.contain('has already been taken');
    expect(errorSummary(el)).to.deep.equal(['Connector name: has already been taken']);
    expect(errors).to.have.length(0);
  });

  it('a hostile message is shown as text, markup and 10,000 right-to-left overrides never taking over', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">' + '\u202e'.repeat(10_000) + 'gnol oot';
    const { el } = await refusedWith({ errors: { name: [hostile], slug: [hostile] } });
    const error = inStep(el, '#field-name-error')!;
    expect(error.querySelector('img'), 'no markup').to.equal(null);
    expect(error.textContent).to.contain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    const summary = errorSummary(el);
    expect(summary.length).to.equal(2);
    for (const line of summary) expect(line.length, 'clipped').to.be.below(2_000);
    // Each shown inside its own isolate: the overrides end where the message does.
    expect(el.shadowRoot!.querySelectorAll('img').length).to.equal(0);
  });

  // RFC 9457's own example of a validation problem: its `invalid-params` were never read, the refusal said only its title.
  it('RFC 9457 invalid-params ({ name, reason }) mark their fields', async () => {
    const json = {
      type: 'https://example.net/validation-error',
      title: 'Your request is not valid.',
      'invalid-params': [
        { name: 'name', reason: 'has already been taken' },
        { name: 'credentials.accessToken', reason: 'is revoked' },
        { name: 'slug', reason: 'is taken' },
        { name: 7, reason: 'no name' },
        { reason: 'Shop is suspended' },
      ],
    };
    const { el, errors } = await refusedWith(json, 400, 'application/problem+json');
    expect(currentStepId(el)).to.equal('general');
    expect(inStep(el, '#field-name-error')?.textContent ?? '').to.contain('has already been taken');
    expect(errorSummary(el)).to.deep.equal([
      'Connector name: has already been taken',
      'slug: is taken',
      'no name',
      'Shop is suspended',
      'Credentials: \u2068is revoked\u2069',
    ]);
    expect(errors).to.have.length(0);
  });

  // A framework's errors of a list of objects (`credentials: [{ accessToken: [...] }]`) were passed over: the refusal said only "HTTP 422".
  it('errors keyed by field inside a list of objects mark their fields', async () => {
    const { el, errors } = await refusedWith({ errors: { credentials: [{ accessToken: ['is revoked'] }] } });
    expect(currentStepId(el)).to.equal('credentials');
    expect(inStep(el, '#field-credentials-accessToken-error')?.textContent ?? '').to.contain('is revoked');
    expect(errors).to.have.length(0);
  });

  it('keys that are no answer, named as the page s own objects, odd cases or very long, are said after their key and mark nothing', async () => {
    const long = 'k'.repeat(10_000);
    const json = JSON.parse(
      JSON.stringify({ constructor: ['b'], toString: ['c'], _name: ['d'], name_: ['e'], NAME: ['f'], 'time--zone': ['g'], [long]: ['h'] }).replace('{', '{"__proto__":["a"],'),
    );
    const { el, errors } = await refusedWith(json, 400);
    expect(errorSummary(el)).to.deep.equal(['__proto__: a', 'constructor: b', 'toString: c', '_name: d', 'name_: e', 'NAME: f', 'time--zone: g', `${'k'.repeat(200)}: h`]);
    expect(allInStep(el, '[aria-invalid="true"]')).to.deep.equal([]);
    expect(errors.map((e) => e.kind)).to.deep.equal(['server']);
  });

  it('RFC 9457 invalid-params echoing the token sent, in a reason or as a name, 600 of them, never show it', async () => {
    const params = Array.from({ length: 600 }, (_, i) =>
      i % 3 === 0
        ? { name: 'credentials.accessToken', reason: `${SHOPIFY_TOKEN} is revoked` }
        : i % 3 === 1
          ? { name: SHOPIFY_TOKEN, reason: `no ${SHOPIFY_TOKEN}` }
          : { name: `/credentials/${SHOPIFY_TOKEN}`, reason: SHOPIFY_TOKEN },
    );
    const { el, errors } = await refusedWith({ type: 'https://example.net/validation-error', title: 'Invalid', 'invalid-params': params }, 422, 'application/problem+json');
    const shown = el.shadowRoot!.textContent + errorSummary(el).join(' ') + (inStep(el, '#field-credentials-accessToken-error')?.textContent ?? '');
    expect(shown).to.contain('•••');
    expect(shown).to.not.contain(SHOPIFY_TOKEN.slice(6));
    expect(JSON.stringify(errors)).to.not.contain(SHOPIFY_TOKEN.slice(6));
  });

  // A serializer that writes an absent member as null: its invalid-params were passed over, the refusal said only its title.
  it('RFC 9457 invalid-params beside errors of null mark their fields', async () => {
    const json = { type: 'https://example.net/validation-error', title: 'Invalid', errors: null, 'invalid-params': [{ name: 'name', reason: 'has already been taken' }] };
    const { el, errors } = await refusedWith(json, 422, 'application/problem+json');
    expect(inStep(el, '#field-name-error')?.textContent ?? '').to.contain('has already been taken');
    expect(errors).to.have.length(0);
  });

  it('a problem+json with errors as a map marks its fields', async () => {
    const json = { type: 'https://example.net/validation-error', title: 'Invalid', errors: { name: ['has already been taken'] } };
    const { el, errors } = await refusedWith(json, 422, 'application/problem+json');
    expect(inStep(el, '#field-name-error')?.textContent ?? '').to.contain('has already been taken');
    expect(errors).to.have.length(0);
  });
});

describe('endpoint mode: a key the form cannot name, in a language with its own colon', function () {
  this.timeout(60_000);

  // Written with an ASCII colon ("slug: est pris") where the fields named beside it had the language's ("Nom du connecteur : ...").
  it('in French, after the key and the French colon, as a field s label is', async () => {
    const api = freshApi();
    const el = await hostedWizard({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, lang: 'fr' });
    await waitUntil(() => {
      const heading = inStep(el, '.heading')?.textContent?.trim();
      return heading && heading !== en.generalTitle;
    }, 'the wizard in French');
    await advanceTo(el, 'review');
    const json = { errors: { name: ['est déjà pris'], slug: ['est pris'], credentials: { apiKey: ['est invalide'] } } };
    await api.faults({ kind: 'status', method: 'POST', status: 422, json });
    await el.submit();
    await waitUntil(() => currentStepId(el) === 'general' && errorSummary(el).length === 3, 'the summary on General');
    expect(errorSummary(el).map((line) => line.replace(/[ \t\n\r]+/gu, ' '))).to.deep.equal([
      'Nom du connecteur\u00a0: est déjà pris',
      'slug\u00a0: est pris',
      // A later step's error, listed under that step's name.
      'Identifiants\u00a0: \u2068apiKey\u00a0: est invalide\u2069',
    ]);
  });
});

describe('endpoint mode: a connection test s failed check with a pointer as a create s error has', function () {
  this.timeout(60_000);

  // Ending in a list index or written as a URI fragment, its pointer landed on no field, while a create's error with it did.
  for (const pointer of ['/credentials/accessToken/0', '#/credentials/accessToken'])
    it(`the check pointing at ${pointer} marks the token field`, async () => {
      const api = freshApi();
      const el = await atCredentials('shopify', 'access-token', { testEndpoint: api.testEndpoint });
      await type(el, '#field-credentials-shop', 'my-store');
      await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
      const checks = [{ id: 'token', label: 'Token', status: 'failed', detail: 'is revoked', pointer }];
      await api.faults({ kind: 'status', status: 200, type: 'application/json', json: { ok: true, checks } });
      inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
      await waitUntil(() => ['rejected', 'ok', 'unreachable'].includes(inStep(el, '#test-result')?.dataset.testState ?? ''), 'tested');
      expect(allInStep(el, '[aria-invalid="true"]').map((field) => field.id)).to.deep.equal(['field-credentials-accessToken']);
      expect(inStep(el, '#field-credentials-accessToken-error')?.textContent ?? '').to.contain('is revoked');
    });
});
