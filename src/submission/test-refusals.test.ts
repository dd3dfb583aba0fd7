/**
 * What a test's refusal, and a server's errors, leave on screen: the words say only what is so,
 * the summary holds no empty or stale item, and a field marked by the server stays marked until
 * its answer changes. Against the real reference API, faults injected by the test server.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import {
  advanceTo,
  allInStep,
  choose,
  currentStepId,
  errorSummary,
  freshApi,
  GROUPS,
  inStep,
  pressContinue,
  settle,
  SHOPIFY_TOKEN,
  type,
  wizardFixture,
} from '../test/fixtures.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

async function atCredentials(api: ReturnType<typeof freshApi>) {
  const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, testEndpoint: api.testEndpoint });
  await advanceTo(el, 'credentials');
  await type(el, '#field-credentials-shop', 'my-store');
  await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
  return el;
}

const result = (el: ConnectorWizard) => inStep(el, '#test-result')!;
const marked = (el: ConnectorWizard) => allInStep(el, '[aria-invalid="true"]').map((field) => field.id);

async function testConnection(el: ConnectorWizard, state: string) {
  inStep<HTMLButtonElement>(el, '.test-button')!.click();
  await waitUntil(() => result(el).dataset.testState === state, `tested: ${state}`, { timeout: 5000 });
  await settle(el);
}

/** A refusal of the credentials, as a test endpoint words it. */
const refusal = (json: Record<string, unknown>) => ({ kind: 'status', status: 422, json: { type: '/problems/credentials-rejected', ...json } });

describe('a test refused', () => {
  it('with no field named: says why, says no field is marked, adds nothing to the summary, and a passing test leaves nothing behind', async () => {
    const api = freshApi();
    const el = await atCredentials(api);
    await api.faults(refusal({ title: 'Credentials rejected', detail: 'The token was revoked.' }));
    await testConnection(el, 'rejected');
    expect(result(el).querySelector('p')!.textContent).to.equal('Shopify refused these credentials: The token was revoked.');
    expect(marked(el)).to.deep.equal([]);
    expect(errorSummary(el), 'the reason is the test result, said once').to.deep.equal([]);
    await testConnection(el, 'ok');
    expect(errorSummary(el)).to.deep.equal([]);
  });

  it('as too large (413): said on the longest answer with what to do, as a create is, never to try again in a moment (the same body gets the same answer)', async () => {
    const api = freshApi();
    const el = await atCredentials(api);
    const errors: string[] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push(JSON.stringify((e as CustomEvent).detail)));
    await api.faults({ kind: 'status', status: 413, type: 'application/problem+json', json: { type: '/problems/too-large', title: 'Too large' } });
    await testConnection(el, 'rejected');
    expect(result(el).textContent).to.not.contain('try again in a moment');
    expect(marked(el)).to.deep.equal(['field-credentials-accessToken']);
    const said = inStep(el, '#field-credentials-accessToken-error')?.textContent ?? '';
    expect(said).to.contain('Too large').and.contain('shorten it').and.contain('Your answers are kept');
    expect(errors.join(' ')).to.contain('HTTP 413').and.contain('/credentials/accessToken').and.not.contain(SHOPIFY_TOKEN);
  });

  it('with words that bring their own closing mark: no full stop after it, never "!."', async () => {
    const api = freshApi();
    const el = await atCredentials(api);
    await api.faults(refusal({ title: 'Credentials rejected', detail: 'The token was revoked!' }));
    await testConnection(el, 'rejected');
    expect(result(el).querySelector('p')!.textContent).to.equal('Shopify refused these credentials: The token was revoked!');
  });

  it('with no words at all: no empty item in an error summary', async () => {
    const api = freshApi();
    const el = await atCredentials(api);
    await api.faults(refusal({}));
    await testConnection(el, 'rejected');
    expect(result(el).querySelector('p')!.textContent).to.equal('Shopify refused these credentials.');
    expect(inStep(el, '.error-summary') === null, 'no summary').to.equal(true);
  });

  it('an error the server listed on no field goes once a test passes (no typing can clear it)', async () => {
    const api = freshApi();
    const el = await atCredentials(api);
    await api.faults(refusal({ detail: 'Refused.', errors: [{ pointer: '/credentials/accessToken', detail: 'Token revoked' }, { detail: 'Too many attempts today' }] }));
    await testConnection(el, 'rejected');
    expect(result(el).querySelector('p')!.textContent).to.equal('Shopify refused these credentials: Refused. The fields to check are marked.');
    expect(errorSummary(el)).to.deep.equal(['Admin API access token: Token revoked', 'Too many attempts today']);
    await type(el, '#field-credentials-accessToken', `${SHOPIFY_TOKEN.slice(0, -1)}e`);
    expect(errorSummary(el), 'the field error went with the typing').to.deep.equal(['Too many attempts today']);
    await testConnection(el, 'ok');
    expect(errorSummary(el)).to.deep.equal([]);
  });

  it('on a field: after Review and back, the field is still marked, as the result says', async () => {
    const api = freshApi();
    const el = await atCredentials(api);
    await api.faults(refusal({ detail: 'The token was revoked.', errors: [{ pointer: '/credentials/accessToken', detail: 'Revoked' }] }));
    await testConnection(el, 'rejected');
    expect(marked(el)).to.deep.equal(['field-credentials-accessToken']);
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
    await el.goTo('credentials');
    await settle(el);
    expect(result(el).querySelector('p')!.textContent).to.contain('The fields to check are marked.');
    expect(marked(el), 'still marked').to.deep.equal(['field-credentials-accessToken']);
    expect(inStep(el, '#field-credentials-accessToken-error')!.textContent).to.contain('Revoked');
    await type(el, '#field-credentials-accessToken', `${SHOPIFY_TOKEN.slice(0, -1)}e`);
    expect(marked(el), 'until its answer changes').to.deep.equal([]);
  });

  it('on a field: another way to sign in chosen since (the test forgotten), its field with the same key is not marked', async () => {
    const api = freshApi();
    const el = await atCredentials(api);
    await api.faults(refusal({ detail: 'Refused.', errors: [{ pointer: '/credentials/shop', detail: 'No such shop' }] }));
    await testConnection(el, 'rejected');
    expect(marked(el)).to.deep.equal(['field-credentials-shop']);
    await el.goTo('auth');
    await settle(el);
    await choose(el, '#auth-client-credentials');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('credentials');
    expect({ marked: marked(el), summary: errorSummary(el) }).to.deep.equal({ marked: [], summary: [] });
  });

  it('with a title and no detail: the title is said', async () => {
    const api = freshApi();
    const el = await atCredentials(api);
    await api.faults(refusal({ title: 'Store is frozen for billing' }));
    await testConnection(el, 'rejected');
    expect(result(el).querySelector('p')!.textContent).to.equal('Shopify refused these credentials: Store is frozen for billing.');
  });

  it('a server error whose pointer is no JSON pointer ("constructor", "__proto__") is listed, not lost', async () => {
    const api = freshApi();
    const el = await atCredentials(api);
    await api.faults(
      refusal({
        detail: 'Refused.',
        errors: [
          { pointer: 'constructor', detail: 'Detail on constructor' },
          { pointer: '__proto__', detail: 'Detail on proto' },
          { pointer: 'toString', detail: 'Detail on toString' },
        ],
      }),
    );
    await testConnection(el, 'rejected');
    expect(errorSummary(el)).to.deep.equal(['Detail on constructor', 'Detail on proto', 'Detail on toString']);
  });
});

describe('a test answered with a 422 of another type than credentials-rejected', () => {
  const problem = (json: Record<string, unknown>) => ({ kind: 'status', status: 422, type: 'application/problem+json', json: { status: 422, ...json } });

  it('without errors: says the server detail, never that it was not tested or that fields are marked', async () => {
    const api = freshApi();
    const el = await atCredentials(api);
    await api.faults(problem({ type: 'about:blank', title: 'Unprocessable Entity', detail: 'The access token is not valid' }));
    await testConnection(el, 'rejected');
    expect(result(el).querySelector('p')!.textContent).to.equal('The connection test did not pass: The access token is not valid.');
    expect({ marked: marked(el), summary: errorSummary(el) }).to.deep.equal({ marked: [], summary: [] });
  });

  it('without errors: a right-to-left detail is isolated text in the sentence', async () => {
    const api = freshApi();
    const el = await atCredentials(api);
    await api.faults(problem({ type: 'about:blank', detail: 'الرمز <b>غير</b> صالح' }));
    await testConnection(el, 'rejected');
    expect(result(el).querySelector('p')!.textContent).to.equal('The connection test did not pass: \u2068الرمز <b>غير</b> صالح\u2069.');
    expect(result(el).querySelector('b') === null, 'as text, not markup').to.equal(true);
  });

  it('with pointers: the fields are marked and listed, and the outcome says so in the server words, not that nothing was tested', async () => {
    const api = freshApi();
    const el = await atCredentials(api);
    await api.faults(
      problem({ type: 'https://acme.example/problems/bad-token', title: 'Bad token', errors: [{ pointer: '/credentials/accessToken', detail: 'This token was revoked' }] }),
    );
    await testConnection(el, 'rejected');
    expect(result(el).querySelector('p')!.textContent).to.equal('The connection test did not pass: Bad token. The fields to check are marked.');
    expect(marked(el)).to.deep.equal(['field-credentials-accessToken']);
    expect(errorSummary(el)).to.deep.equal(['Admin API access token: This token was revoked']);
  });

  it('invalid-connector with pointers: the answers were checked first, so not tested, and the fields to fix are marked', async () => {
    const api = freshApi();
    const el = await atCredentials(api);
    await api.faults(problem({ type: '/problems/invalid-connector', title: 'Invalid connector', errors: [{ pointer: '/credentials/shop', detail: 'No such store' }] }));
    await testConnection(el, 'rejected');
    expect(result(el).querySelector('p')!.textContent).to.equal('Some answers are not valid, so the connection was not tested. The fields to fix are marked.');
    expect(marked(el)).to.deep.equal(['field-credentials-shop']);
  });
});

describe('a test answer with blank texts', () => {
  it('an account or a label of only spaces is none, and a status with spaces around it counts', async () => {
    const api = freshApi();
    const el = await atCredentials(api);
    await api.faults({
      kind: 'status',
      status: 200,
      type: 'application/json',
      json: {
        ok: true,
        account: '   ',
        checks: [
          { id: 'format', label: '  ', status: 'passed', detail: '  ' },
          { id: 'account', label: ' Account found ', status: ' Passed ' },
        ],
      },
    });
    await testConnection(el, 'ok');
    expect(inStep(el, '[data-account]') === null, 'no Connected as').to.equal(true);
    expect(result(el).textContent).to.not.contain('Connected as');
    const checks = allInStep(el, '[data-check]').map((c) => `${c.dataset.check} ${c.dataset.status}: ${c.textContent!.replace(/\s+/g, ' ').trim()}`);
    expect(checks).to.deep.equal(['format passed: ✓ Passed: format', 'account passed: ✓ Passed: Account found']);
  });
});

describe('errors Test connection found before asking', () => {
  it('are said in a new language, as those Continue finds are', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, testEndpoint: api.testEndpoint });
    await advanceTo(el, 'credentials');
    inStep<HTMLButtonElement>(el, '.test-button')!.click();
    await settle(el);
    expect(errorSummary(el)[0]).to.match(/^Enter /u);
    el.setAttribute('lang', 'de');
    await waitUntil(() => /^Geben Sie/u.test(errorSummary(el)[0] ?? ''), 'said in German', { timeout: 5000 });
    expect(
      (await api.log()).filter((e) => e.method === 'POST'),
      'nothing was sent',
    ).to.deep.equal([]);
  });
});

describe('a create refused on two steps', () => {
  it('an error listed on General for Credentials is not listed there again once its answer changed', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    await advanceTo(el, 'review');
    await api.faults({
      kind: 'invalid',
      errors: [
        { pointer: '/name', detail: 'Name not allowed' },
        { pointer: '/credentials/accessToken', detail: 'Token revoked' },
      ],
    });
    await el.submit();
    await settle(el);
    expect(errorSummary(el)).to.deep.equal(['Connector name: Name not allowed', 'Credentials: \u2068Token revoked\u2069']);
    await type(el, '#field-name', 'Another name');
    await pressContinue(el);
    await advanceTo(el, 'credentials');
    expect(errorSummary(el)).to.deep.equal(['Admin API access token: Token revoked']);
    await type(el, '#field-credentials-accessToken', `${SHOPIFY_TOKEN.slice(0, -1)}e`);
    expect(errorSummary(el)).to.deep.equal([]);
    await el.goTo('general');
    await settle(el);
    expect(errorSummary(el)).to.deep.equal([]);
  });
});

describe('a create refused without a word', () => {
  it('lists its status, never an empty item', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    await advanceTo(el, 'review');
    await api.faults({ kind: 'status', status: 422, json: { type: '/problems/validation' } });
    await el.submit();
    await settle(el);
    expect(errorSummary(el)).to.deep.equal(['HTTP 422']);
  });
});

describe('a typed credential changed when the field is left', () => {
  it('is said in the polite live region, not only shown beside the field', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', '  My-Store ');
    const note = inStep(el, '#field-credentials-shop-note')!.textContent!.trim();
    expect(note).to.not.equal('');
    const polite = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    expect(polite.textContent!.trim()).to.equal(note);
  });
});
