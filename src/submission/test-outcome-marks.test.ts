/**
 * What a test's outcome marks: only fields on the form, said as marked only when one is, and no
 * longer once the outcome is gone. Against the real reference API, faults injected by the test server.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { allInStep, errorSummary, freshApi, inStep, SHOPIFY_TOKEN, type } from '../test/fixtures.js';
import { atCredentials } from '../test/credentials-fixtures.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

const state = (el: ConnectorWizard) => inStep(el, '#test-result')?.dataset.testState ?? null;
const marked = (el: ConnectorWizard) => allInStep(el, '[aria-invalid="true"]').map((field) => field.id);

async function pressTest(el: ConnectorWizard) {
  inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
  await waitUntil(() => state(el) !== null && state(el) !== 'testing', 'tested', { timeout: 5000 });
}

/** Shopify (access token) on Credentials with its own reference API, filled in. */
async function shopify() {
  const api = freshApi();
  const el = await atCredentials('shopify', 'access-token', { testEndpoint: api.testEndpoint });
  await type(el, '#field-credentials-shop', 'my-store');
  await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
  return { api, el };
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

  it('a refusal pointing at the credentials as a whole, or at a field of another way to sign in, marks nothing and never says fields are marked', async () => {
    for (const [type, pointer] of [
      ['/problems/credentials-rejected', '/credentials'],
      ['/problems/credentials-rejected', '/credentials/clientSecret'],
      ['/problems/invalid-connector', '/credentials'],
    ]) {
      const { api, el } = await shopify();
      await api.faults({
        kind: 'status',
        status: 422,
        type: 'application/problem+json',
        json: { type, title: 'Refused', status: 422, detail: 'The token was revoked.', errors: [{ pointer, detail: 'The token was revoked' }] },
      });
      await pressTest(el);
      expect(marked(el), `${type} ${pointer}`).to.deep.equal([]);
      expect(inStep(el, '#test-result p')!.textContent, `${type} ${pointer}`).to.not.contain('are marked');
    }
  });

  it('an account or a check of only invisible characters is none: never "Connected as ."', async () => {
    const { api, el } = await shopify();
    const checks = [{ id: 'format', label: '\u200B', status: 'passed', detail: '\u2060' }];
    await api.faults({ kind: 'status', status: 200, type: 'application/json', json: { ok: true, account: '\u200B\u2060', checks } });
    await pressTest(el);
    expect(inStep(el, '[data-account]')?.textContent ?? 'none').to.equal('none');
    expect(inStep(el, '[data-check]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('✓ Passed: format');
  });

  it('an account ending in a full stop ends its sentence once', async () => {
    const { api, el } = await shopify();
    await api.faults({ kind: 'status', status: 200, type: 'application/json', json: { ok: true, account: 'Acme Ltd.' } });
    await pressTest(el);
    expect(inStep(el, '[data-account]')!.textContent!.trim()).to.equal('Connected as Acme Ltd.');
  });

  it('a right-to-left account is isolated in its sentence, in English and German', async () => {
    const { api, el } = await shopify();
    const account = 'שלום בע״מ 42';
    await api.faults({ kind: 'status', status: 200, type: 'application/json', json: { ok: true, account } });
    await pressTest(el);
    expect(inStep(el, '[data-account]')!.textContent!.trim()).to.equal(`Connected as \u2068${account}\u2069.`);
    el.lang = 'de';
    await waitUntil(() => inStep(el, '[data-account]')?.textContent?.includes('Verbunden'), 'German');
    expect(inStep(el, '[data-account]')!.textContent!.trim()).to.equal(`Verbunden als \u2068${account}\u2069.`);
  });

  it('an account ending in a full stop and an invisible character (pasted from a page) ends its sentence once', async () => {
    const { api, el } = await shopify();
    await api.faults({ kind: 'status', status: 200, type: 'application/json', json: { ok: true, account: 'Acme Ltd.\u200b\u2060' } });
    await pressTest(el);
    expect(
      inStep(el, '[data-account]')!
        .textContent!.trim()
        .replace(/[\u200b\u2060]/gu, ''),
    ).to.equal('Connected as Acme Ltd.');
  });

  it('a check sent with null for its absent label, detail or pointer is listed, and a failed one with a null detail still marks its field', async () => {
    const { api, el } = await shopify();
    const checks = [
      { id: 'account', label: 'Account found', status: 'passed', detail: null, pointer: null },
      { id: 'scopes', label: null, status: 'skipped', detail: 'Not checked', pointer: null },
      { id: 'permissions', label: 'Has the permissions this connector needs', status: 'failed', detail: null, pointer: '/credentials/accessToken' },
    ];
    const json = {
      type: '/problems/credentials-rejected',
      title: 'Credentials rejected',
      status: 422,
      detail: 'The token cannot read orders.',
      account: 'my-store.myshopify.com',
      checks,
    };
    await api.faults({ kind: 'status', status: 422, type: 'application/problem+json', json });
    await pressTest(el);
    expect(state(el)).to.equal('rejected');
    expect(
      allInStep(el, '[data-check]').map((li) => li.getAttribute('data-check')),
      'every check the server sent',
    ).to.deep.equal(['account', 'scopes', 'permissions']);
    expect(inStep(el, '[data-check="scopes"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.contain('scopes');
    expect(marked(el), 'the failed check marks its field').to.deep.equal(['field-credentials-accessToken']);
  });
});
