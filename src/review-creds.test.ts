/** Review (creds): failing tests for defects found in the Credentials step, its paste fill and Undo. */
import { expect, waitUntil } from '@open-wc/testing';
import { allInStep, freshApi, GROUPS, inStep, pasteInto, settle, SHOPIFY_TOKEN, type, wizardFixture } from './test/fixtures.js';
import { readPasted } from './credentials/paste-fill.js';
import { everythingStored } from './test/stored.js';
import { atCredentials } from './test/credentials-fixtures.js';
import type { ConnectorWizard, EditableConnector } from './wizard/connector-wizard.js';

const input = (el: ConnectorWizard, key: string) => inStep<HTMLInputElement>(el, `#field-credentials-${key}`)!;
const paste = (el: ConnectorWizard, key: string, text: string) => pasteInto(el, `#field-credentials-${key}`, text);

const CK = `ck_${'a1'.repeat(20)}`;
const CS = `cs_${'b2'.repeat(20)}`;

const WOO = {
  id: 'w-1',
  name: 'Woo',
  system: 'woocommerce',
  group: 'uk',
  environment: 'live',
  timeZone: 'UTC',
  dateFormat: "yyyy-MM-dd'T'HH:mm:ssXXX",
  authType: 'rest-api-keys',
} as EditableConnector;

describe('review creds', () => {
  it('a one-line shell command whose URL has a query string never puts the secrets after it into the visible URL field', async () => {
    const el = await atCredentials('woocommerce', 'rest-api-keys');
    await paste(el, 'storeUrl', `WOOCOMMERCE_URL=https://shop.example/?lang=en WOOCOMMERCE_CONSUMER_KEY=${CK} WOOCOMMERCE_CONSUMER_SECRET=${CS} node sync.js`);
    expect(input(el, 'storeUrl').value, 'the visible URL field').to.not.contain(CK);
    await new Promise((r) => setTimeout(r, 700));
    expect((await everythingStored()).includes(CS), 'the consumer secret in clear in storage').to.equal(false);
  });

  it('a login written as one connection string (username=…;password=…) never puts the password into the visible username field', async () => {
    const el = await atCredentials('peoplevox', 'user-login');
    await paste(el, 'username', 'username=ops;password=S3cret-canary-77');
    expect(input(el, 'username').value, 'the visible username field').to.not.contain('S3cret-canary-77');
  });

  it('a two-column table of names and values (a spreadsheet copy) never puts the password into the visible username field', async () => {
    const el = await atCredentials('peoplevox', 'user-login');
    await paste(el, 'username', 'Username\tops\nPassword\tS3cret-canary-78');
    expect(input(el, 'username').value, 'the visible username field').to.not.contain('S3cret-canary-78');
  });

  it('a check the test endpoint sends with null for its absent detail and pointer is still listed', async () => {
    const api = freshApi();
    const el = await atCredentials('shopify', 'access-token', { testEndpoint: api.testEndpoint });
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    const checks = [
      { id: 'account', label: 'Account found', status: 'passed', detail: null, pointer: null },
      { id: 'permissions', label: 'Has the permissions this connector needs', status: 'failed', detail: 'The token cannot read orders', pointer: '/credentials/accessToken' },
    ];
    const json = { type: '/problems/credentials-rejected', title: 'Credentials rejected', status: 422, detail: 'The token cannot read orders.', account: 'my-store.myshopify.com', checks };
    await api.faults({ kind: 'status', status: 422, type: 'application/problem+json', json });
    inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
    await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'rejected', 'rejected', { timeout: 5000 });
    const listed = allInStep(el, '[data-check]').map((li) => li.getAttribute('data-check'));
    expect(listed, 'every check the server sent, with its status').to.deep.equal(['account', 'permissions']);
  });

  it('an export line reads a single-quoted value as a shell does, its escaped quote included', () => {
    const named = readPasted("export MINTSOFT_USERNAME=ops\nexport MINTSOFT_PASSWORD='it'\\''s-a-secret'");
    expect(named.get('mintsoft_password')).to.equal("it's-a-secret");
  });

  it('in an edit, Undo of a paste that ticked a kept (mixed) checkbox puts it back to kept, not to cleared', async () => {
    const el = await wizardFixture({ groups: GROUPS });
    el.connector = WOO;
    await settle(el);
    await el.goTo('credentials');
    await settle(el);
    expect(input(el, 'queryStringAuth').indeterminate, 'mixed before the paste').to.equal(true);
    await paste(el, 'storeUrl', 'WOOCOMMERCE_URL=https://other.example.com\nqueryStringAuth=true');
    expect(input(el, 'queryStringAuth').checked, 'ticked by the paste').to.equal(true);
    inStep<HTMLButtonElement>(el, '[data-paste-undo]')!.click();
    await settle(el);
    expect(input(el, 'queryStringAuth').indeterminate, 'mixed again after Undo: the current setting is kept').to.equal(true);
  });
});
