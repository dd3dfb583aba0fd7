/**
 * Credentials right the first time: a real clipboard paste fills several fields (and Undo puts
 * them back), values that look like the other environment's are warned about, and "Test
 * connection" says what it checked and as whom (against the reference API's test endpoint).
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { AuthTypeDefinition } from '../catalogue/catalogue-schema.js';
import { environmentWarnings } from './environment-warnings.js';
import { en } from '../messages/english.js';
import ar from '../messages/locales/ar.js';
import es from '../messages/locales/es.js';
import fr from '../messages/locales/fr.js';
import {
  button,
  choose,
  currentStepId,
  deepActiveElement,
  errorSummary,
  freshApi,
  inStep,
  pasteInto,
  pressContinue,
  sampleCatalogue,
  settle,
  SHOPIFY_TOKEN,
  type,
} from '../test/fixtures.js';
import { canaryForms, everythingStored } from '../test/stored.js';
import { atCredentials } from '../test/credentials-fixtures.js';
import { focusedDescription } from '../test/alike.js';
import { watchingFetches } from '../test/page-fetches.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

const input = (el: ConnectorWizard, key: string) => inStep<HTMLInputElement>(el, `#field-credentials-${key}`)!;

const paste = (el: ConnectorWizard, key: string, text: string) => pasteInto(el, `#field-credentials-${key}`, text);

/** Presses "Test connection" and waits for the answer to be shown in the given state. */
async function testConnection(el: ConnectorWizard, state: 'ok' | 'rejected') {
  inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
  await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === state, `tested: ${state}`, { timeout: 5000 });
}

/** The problem a test endpoint answers when a check failed or the credentials were refused. */
const CREDENTIALS_REJECTED = { type: '/problems/credentials-rejected', title: 'Credentials rejected', status: 422 };

/** A server's checks: the account was found, the token lacks a permission (on its field). */
const PERMISSIONS_FAILED = [
  { id: 'account', label: 'Account found', status: 'passed' },
  { id: 'permissions', label: 'Has the permissions this connector needs', status: 'failed', detail: 'The token cannot read orders', pointer: '/credentials/accessToken' },
];

/** A server's check that the credentials are live ones failed: on General's field. */
const ENVIRONMENT_FAILED = [{ id: 'environment', label: 'Matches a live account', status: 'failed', detail: 'These are sandbox credentials', pointer: '/environment' }];

/** A Shopify connector on Credentials, with a test endpoint of its own, the store name and a valid token typed. */
async function shopifyFilledIn(shop: string) {
  const api = freshApi();
  const el = await atCredentials('shopify', 'access-token', { testEndpoint: api.testEndpoint });
  await type(el, '#field-credentials-shop', shop);
  await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
  return { api, el };
}

/** A Shopify connector on Credentials whose test endpoint answered 200 with `json` (its checks, account), tested to `state`. */
async function testedWith(json: Record<string, unknown>, state: 'ok' | 'rejected') {
  const filled = await shopifyFilledIn('my-store');
  await filled.api.faults({ kind: 'status', status: 200, json });
  await testConnection(filled.el, state);
  return filled;
}

/**
 * Tests the connection of a Shopify store whose test endpoint answers with `status`, `contentType` and `body`
 * plus PERMISSIONS_FAILED as its checks; then the failed check is on the token's field only.
 */
async function answeredWithFailedPermissions(status: number, contentType: string, body: Record<string, unknown>): Promise<ConnectorWizard> {
  const { api, el } = await shopifyFilledIn('my-store');
  await api.faults({ kind: 'status', status, type: contentType, json: { ...body, checks: PERMISSIONS_FAILED } });
  await testConnection(el, 'rejected');
  expect(input(el, 'accessToken').getAttribute('aria-invalid')).to.equal('true');
  expect(input(el, 'shop').getAttribute('aria-invalid'), 'only the field the check names').to.not.equal('true');
  expect(inStep(el, '.error-summary a[href="#field-credentials-accessToken"]'), `summary: ${errorSummary(el).join('; ')}`).to.not.equal(null);
  return el;
}

const notice = (el: ConnectorWizard) => inStep(el, '[data-paste-notice]')!;

/** Presses a key with modifiers held, as a person presses Ctrl+Z (the browser runs its own Undo and Redo), and waits for the step. */
async function keys(el: ConnectorWizard, modifiers: string[], key: string) {
  for (const modifier of modifiers) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of [...modifiers].reverse()) await sendKeys({ up: modifier });
  await settle(el);
}
/** Types `text` with real keys at the end of the field `key`, as a person does. */
async function typeKeys(el: ConnectorWizard, key: string, text: string) {
  const control = input(el, key);
  control.focus();
  control.setSelectionRange(control.value.length, control.value.length);
  await sendKeys({ type: text });
  await settle(el);
}
/** What the paste notice's polite region says now, a line at a time. */
const polite = (el: ConnectorWizard) => [...notice(el).querySelectorAll('[role="status"] p')].map((p) => p.textContent!.replace(/\s+/gu, ' ').trim()).join(' ');
const warningOf = (el: ConnectorWizard, key: string) => inStep(el, `[data-env-warning="${key}"]`)!.textContent!.trim();

describe('credentials: fill from one paste', () => {
  it('a paste that fills some fields names the lines it did not use, never their values', async () => {
    const el = await atCredentials('shopify', 'access-token');
    await paste(el, 'shop', `Store subdomain: my-store\nClient ID: abc123\nAccess token: ${SHOPIFY_TOKEN}`);
    expect(input(el, 'shop').value).to.equal('my-store');
    const said = notice(el).textContent!;
    expect(said).to.contain('Filled 1 field from what you pasted: Store subdomain');
    expect(said).to.contain('Not used, as no field here has that name: Client ID and Access token.');
    expect(said).to.not.contain('abc123');
    expect(said).to.not.contain(SHOPIFY_TOKEN);
  });

  it('a JSON paste names the members no field takes as a .env of the same values names its lines, never their values', async () => {
    const saidOf = async (text: string) => {
      const el = await atCredentials('shopify', 'client-credentials');
      await paste(el, 'shop', text);
      return notice(el).textContent!.replace(/\s+/gu, ' ').trim();
    };
    for (const [json, env] of [
      ['{"shop":"my-store","client_id":"abc","foo":"value-foo","bar":"value-bar"}', 'shop=my-store\nclient_id=abc\nfoo=value-foo\nbar=value-bar'],
      ['{\n  "shop": "my-store",\n  "client_id": "abc",\n  "foo": "value-foo",\n  "bar": "value-bar"\n}', 'shop=my-store\nclient_id=abc\nfoo=value-foo\nbar=value-bar'],
      ['{"client_id":"x","foo":"value-foo","bar":"value-bar"}', 'client_id=x\nfoo=value-foo\nbar=value-bar'],
    ]) {
      const said = await saidOf(json!);
      // A refusal says what was pasted (JSON, or lines), and nothing else apart.
      const asLines = (s: string) =>
        s
          .replace('the JSON holds', 'the text holds')
          .replace('or JSON whose members are named as these fields are.', 'or a block of KEY=value lines that names these fields.');
      expect(asLines(said), json).to.equal(await saidOf(env!));
      expect(said, json).to.not.contain('value-foo');
    }
    expect(await saidOf('{"shop":"my-store","client_id":"abc","foo":"value-foo","bar":"value-bar"}')).to.contain('Not used, as no field here has that name: foo and bar.');
  });

  it('a JSON paste never says a member whose name has the shape of a secret', async () => {
    const el = await atCredentials('shopify', 'client-credentials');
    await paste(el, 'shop', '{"shop":"my-store","client_id":"abc","sk_live_4eC39HqLyjWDarjtT1zdp7dc":"x","region":"eu"}');
    const said = notice(el).textContent!.replace(/\s+/gu, ' ');
    expect(said).to.contain('Filled 2 fields');
    expect(said).to.not.contain('4eC39HqLyjWDarjtT1zdp7dc');
    expect(said, 'counted, never said').to.contain('Not used, as no field here has that name: region and 1 more.');
  });

  describe('the names a paste left unused are never a secret', () => {
    /** What the notice says after a Mintsoft login and `rest` are pasted into its username. */
    async function saidBeside(rest: string) {
      const el = await atCredentials('mintsoft', 'username-password');
      await paste(el, 'username', `Mintsoft username: ops\nMintsoft password: hunter22\n${rest}`);
      const said = notice(el).textContent!.replace(/\s+/gu, ' ');
      expect(said, rest).to.contain('Filled 2 fields');
      return said;
    }
    for (const [rest, secret] of [
      ['Recovery key:\nc2VjcmV0UmVjb3ZlcnlLZXk1234==', 'c2VjcmV0UmVjb3ZlcnlLZXk1234'],
      ['sk_live_4eC39HqLyjWDarjtT1zdp7dc:x', '4eC39HqLyjWDarjtT1zdp7dc'],
      ['sk_test_4eC39HqLyjWDarjtT1zdp7dc:x', '4eC39HqLyjWDarjtT1zdp7dc'],
      ['ghp_16C7e42F292c6912E7710c838347Ae178B4a:x-oauth-basic', '16C7e42F292c6912E7710c838347Ae178B4a'],
      ['Webhook secret:\nwhk9Xq2Lm7Pz:T4vB8nR1', 'whk9Xq2Lm7Pz'],
      ['sk_live_51Habc=whatever', '51Habc'],
      ['Password hunter2 token: x', 'hunter2'],
      ['rk_live_AbCdEfGhIjKlMnOpQrStUvWx=x', 'AbCdEfGhIjKlMnOpQrStUvWx'],
      ['Password sunshine token: x', 'sunshine'],
      ['API key hunter token: x', 'hunter'],
      ['Secret bluebird = x', 'bluebird'],
      ['Password: sunshine', 'sunshine'],
      ['password sunshine', 'sunshine'],
      ['API key hunter', 'hunter'],
      ['Region eu', 'Region eu'],
    ])
      it(`${rest.split('\n').pop()!.slice(0, 12)}… is never said as a name`, async () => {
        expect(await saidBeside(rest!)).to.not.contain(secret);
      });

    it('names that are clearly names are still said beside them, and a label alone names the line after it', async () => {
      const said = await saidBeside('Client ID: abc123\nAccess token: xyz\nAPP_SETTING_0=value-0\nRecovery key:\nc2VjcmV0UmVjb3ZlcnlLZXk1234==');
      expect(said).to.contain('Not used, as no field here has that name: Client ID, Access token, APP_SETTING_0, and Recovery key.');
    });

    it('a line whose name is not clearly one is counted, never said: alone, and beside names said', async () => {
      expect(await saidBeside('OAuth2 token: abc')).to.contain('1 line was not used, as no field here has its name.');
      expect(await saidBeside('OAuth2 token: abc\nPassword sunshine token: x')).to.contain('2 lines were not used, as no field here has their names.');
      const beside = await saidBeside('Client ID: abc123\nOAuth2 token: abc\nPassword sunshine token: x');
      expect(beside).to.contain('Not used, as no field here has that name: Client ID and 2 more.');
      expect(beside).to.not.contain('OAuth2');
      expect(beside).to.not.contain('sunshine');
      // A short part with a digit is no run of six: said.
      expect(await saidBeside('S3 bucket: my-bucket')).to.contain('Not used, as no field here has that name: S3 bucket.');
    });

    it('a name with a word after its secret word that names a part of it is still said', async () => {
      const said = await saidBeside('Webhook secret: abc\nAccount ID: 42\nAccess token URL: https://example.com/token\nAPI key ID: 7');
      expect(said).to.contain('Not used, as no field here has that name: Webhook secret, Account ID, Access token URL, and API key ID.');
    });
  });

  describe('the line of names a paste left unused, in each language', () => {
    it('in Arabic the line agrees with how many names it holds', () => {
      expect(ar.pasteNotUsed(['a'], 0)).to.contain('لم يُستخدم،');
      expect(ar.pasteNotUsed(['a', 'b'], 0)).to.not.contain('لم يُستخدم،');
      expect(ar.pasteNotUsed(['a', 'b', 'c'], 0)).to.not.contain('لم يُستخدم،');
      expect(ar.pasteNotUsed(['a'], 20)).to.not.contain('لم يُستخدم،');
    });

    it('in French and Spanish the line agrees with how many names it holds', () => {
      expect(fr.pasteNotUsed(['a'], 0)).to.contain('Non utilisé,');
      expect(fr.pasteNotUsed(['a', 'b'], 0)).to.contain('Non utilisés,');
      expect(fr.pasteNotUsed(['a'], 20)).to.contain('Non utilisés,');
      expect(es.pasteNotUsed(['a'], 0)).to.contain('No se ha usado,');
      expect(es.pasteNotUsed(['a', 'b'], 0)).to.contain('No se han usado,');
      expect(es.pasteNotUsed(['a'], 20)).to.contain('No se han usado,');
    });
  });

  it('a paste whose every line fills a field says nothing is left unused', async () => {
    const el = await atCredentials('shopify', 'access-token');
    // A URL and a host with its port are no names: never said as lines left unused.
    await paste(
      el,
      'shop',
      `Store subdomain: my-store\nAdmin API access token: ${SHOPIFY_TOKEN}\nSHOPIFY_STORE_DOMAIN=my-store\nhttps://admin.shopify.com/store/my-store\nauth.example.com:8443`,
    );
    expect(input(el, 'accessToken').value).to.equal(SHOPIFY_TOKEN);
    expect(notice(el).textContent).to.contain('Filled 2 fields');
    expect(notice(el).textContent).to.not.contain('Not used');
  });

  it('a .env of 200 lines fills its two fields and names five of the others, with how many more', async () => {
    const el = await atCredentials('shopify', 'access-token');
    const others = Array.from({ length: 198 }, (_, i) => `APP_SETTING_${i}=value-${i}`);
    await paste(el, 'shop', ['SHOPIFY_STORE_DOMAIN=my-store', ...others, `SHOPIFY_ACCESS_TOKEN=${SHOPIFY_TOKEN}`].join('\n'));
    expect(input(el, 'accessToken').value).to.equal(SHOPIFY_TOKEN);
    const said = notice(el).textContent!;
    expect(said).to.contain('APP_SETTING_0, APP_SETTING_1, APP_SETTING_2, APP_SETTING_3, APP_SETTING_4, and 193 more.');
    expect(said).to.not.contain('value-0');
    await pressContinue(el);
    expect(currentStepId(el), errorSummary(el).join('; ')).to.equal('review');
  });

  it('a JSON of a megabyte is not read as named values: refused in a short notice, and the step still takes typed values', async () => {
    const el = await atCredentials('shopify', 'access-token');
    await paste(el, 'shop', JSON.stringify({ shop: 'my-store', access_token: SHOPIFY_TOKEN, blob: 'x'.repeat(1_000_000) }));
    expect(input(el, 'shop').value, 'never pasted as text').to.equal('');
    const said = notice(el).textContent!.trim();
    expect(said, 'the refusal is said').to.not.equal('');
    expect(said.length, 'no megabyte in the notice').to.be.below(500);
    expect(said).to.not.contain(SHOPIFY_TOKEN);
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    await pressContinue(el);
    expect(currentStepId(el), errorSummary(el).join('; ')).to.equal('review');
  });

  it('a .env block pasted with Ctrl+V fills each field it names, normalised as if typed; the pasted text is kept nowhere', async () => {
    const el = await atCredentials('shopify', 'access-token');
    const canary = 'canary-paste-4b1d';
    await paste(el, 'shop', `# ${canary}\nexport SHOP=my-store\nSHOPIFY_ACCESS_TOKEN="  ${SHOPIFY_TOKEN}  "\nUNRELATED=${canary}-value\n`);
    expect(input(el, 'shop').value, 'the pasted text itself is not in the field').to.equal('my-store');
    expect(input(el, 'accessToken').value).to.equal(SHOPIFY_TOKEN);
    expect(input(el, 'accessToken').type, 'secrets stay masked').to.equal('password');
    expect(notice(el).textContent).to.contain('Filled 2 fields from what you pasted: Store subdomain and Admin API access token');
    // The same whitespace notice as typing gives.
    expect(inStep(el, '#field-credentials-accessToken-note')!.textContent).to.match(/removed/i);
    await pressContinue(el);
    expect(currentStepId(el), errorSummary(el).join('; ')).to.equal('review');
    expect(await el.saveDraft(), 'the answers on screen are in the draft').to.equal(true);
    const stored = await everythingStored();
    for (const form of canaryForms(canary)) expect(stored, form).to.not.contain(form);
  });

  it("a store's .env, its domain written whole, fills the store name without the field's own prefix and suffix, and says so", async () => {
    const el = await atCredentials('shopify', 'access-token');
    await paste(el, 'accessToken', `SHOPIFY_STORE_DOMAIN=https://my-store.myshopify.com/\nSHOPIFY_ACCESS_TOKEN=${SHOPIFY_TOKEN}`);
    expect(input(el, 'shop').value).to.equal('my-store');
    expect(input(el, 'accessToken').value).to.equal(SHOPIFY_TOKEN);
    expect(inStep(el, '#field-credentials-shop-note')!.textContent).to.contain('We removed “https://” and “.myshopify.com”');
    await pressContinue(el);
    expect(currentStepId(el), errorSummary(el).join('; ')).to.equal('review');
  });

  it('a .env block with a private key over several lines fills the key whole, masked', async () => {
    const el = await atCredentials('netsuite', 'oauth2-client-credentials');
    const key = ['-----BEGIN PRIVATE KEY-----', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7', '-----END PRIVATE KEY-----'].join('\n');
    await paste(el, 'clientId', `NETSUITE_ACCOUNT_ID=1234567\nNETSUITE_CLIENT_ID=client-1\nNETSUITE_CERTIFICATE_ID=cert-1\nPRIVATE_KEY="${key}"\n`);
    expect(input(el, 'clientId').value).to.equal('client-1');
    const privateKey = inStep<HTMLTextAreaElement>(el, '#field-credentials-privateKey')!;
    expect(privateKey.value).to.equal(key);
    expect(privateKey.classList.contains('masked'), 'a secret text area stays masked').to.equal(true);
    expect(notice(el).textContent).to.contain('Filled 4 fields');
    // The same key quoted on a note's `Key: value` line, its lines indented: its line breaks kept, not folded as YAML folds a quoted value.
    const note = await atCredentials('netsuite', 'oauth2-client-credentials');
    const indented = key.split('\n').join('\n    ');
    await paste(note, 'clientId', `client_id: client-1\ncertificate_id: cert-1\nprivate_key: '${indented}'\n`);
    expect(inStep<HTMLTextAreaElement>(note, '#field-credentials-privateKey')!.value, 'a note').to.equal(key);
  });

  it('a private key double-quoted over its lines in a YAML note, its lines or its last line ending in a \\n escape, fills the key with its line breaks, each line without indentation', async () => {
    const key = [
      '-----BEGIN PRIVATE KEY-----',
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7',
      'VJTUt9Us8cKjMzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dV',
      '-----END PRIVATE KEY-----',
    ];
    // As a note or a compose file has it when the key was copied from a JSON key file (its last line ends in \n), or written with both.
    const written: [string, string][] = [
      ['last line', `${key.join('\n    ')}\\n`],
      ['every line', `${key.join('\\n\n    ')}\\n`],
      ['Windows escapes', `${key.join('\\r\\n\n    ')}\\r\\n`],
    ];
    for (const [how, quoted] of written) {
      const el = await atCredentials('netsuite', 'oauth2-client-credentials');
      await paste(el, 'clientId', `client_id: client-1\ncertificate_id: cert-1\nprivate_key: "${quoted}"\n`);
      expect(inStep<HTMLTextAreaElement>(el, '#field-credentials-privateKey')!.value, how).to.equal(key.join('\n'));
    }
  });

  it('a JSON object fills by key or alias, case-insensitively; secrets stay masked', async () => {
    const el = await atCredentials('netsuite', 'token-based-auth');
    const json = JSON.stringify({ netsuite_account_id: '1234567', CONSUMER_KEY: 'ck-1', Consumer_Secret: 'cs-2', token_id: 'ti-3', TOKEN_SECRET: 'ts-4' });
    await paste(el, 'consumerKey', json);
    expect(input(el, 'accountId').value).to.equal('1234567');
    expect(input(el, 'consumerKey').value).to.equal('ck-1');
    expect(input(el, 'tokenSecret').value).to.equal('ts-4');
    for (const key of ['consumerKey', 'consumerSecret', 'tokenId', 'tokenSecret']) expect(input(el, key).type, key).to.equal('password');
    expect(notice(el).textContent).to.contain('Filled 5 fields');
  });

  it('a JSON object nested one level (an API s answer, a downloaded key file) fills by the names inside it; the object s own member wins', async () => {
    const el = await atCredentials('netsuite', 'token-based-auth');
    const inner = { netsuite_account_id: '7654321', consumer_key: 'ck-inner', consumer_secret: 'cs-2', token_id: 'ti-3', token_secret: 'ts-4' };
    await paste(el, 'consumerKey', JSON.stringify({ credentials: inner, consumer_key: 'ck-outer' }));
    expect(input(el, 'accountId').value).to.equal('7654321');
    expect(input(el, 'consumerKey').value, 'a name at the top is the one meant').to.equal('ck-outer');
    expect(input(el, 'tokenSecret').value).to.equal('ts-4');
    for (const key of ['consumerKey', 'consumerSecret', 'tokenId', 'tokenSecret']) expect(input(el, key).type, key).to.equal('password');
    expect(notice(el).textContent).to.contain('Filled 5 fields');
  });

  it('a JSON object nested two levels deep, or naming one value in two nested objects, fills nothing by those names', async () => {
    const el = await atCredentials('netsuite', 'token-based-auth');
    await paste(el, 'consumerKey', JSON.stringify({ outer: { credentials: { consumer_key: 'ck-deep', consumer_secret: 'cs-deep' } } }));
    expect(input(el, 'consumerKey').value, 'two levels down is not read').to.equal('');
    await paste(el, 'consumerKey', JSON.stringify({ web: { consumer_key: 'ck-web', consumer_secret: 'cs-web' }, installed: { consumer_key: 'ck-app', token_id: 'ti-app' } }));
    expect(input(el, 'consumerKey').value, 'named twice: neither is the one meant').to.equal('');
    expect(input(el, 'consumerSecret').value).to.equal('cs-web');
    expect(input(el, 'tokenId').value).to.equal('ti-app');
  });

  it('a value with no name is an ordinary paste; one named line fills its field with the value alone', async () => {
    const el = await atCredentials('shopify', 'access-token');
    await paste(el, 'shop', 'one-value-only');
    expect(input(el, 'shop').value, 'pasted as it is').to.equal('one-value-only');
    expect(notice(el).textContent!.trim()).to.equal('');
    await paste(el, 'accessToken', SHOPIFY_TOKEN);
    expect(input(el, 'accessToken').value).to.equal(SHOPIFY_TOKEN);
    expect(notice(el).textContent!.trim()).to.equal('');
    // Names two fields but every value is empty: nothing to fill (and no value to hide), so it is pasted as it is.
    await paste(el, 'shop', 'SHOPIFY_STORE_DOMAIN=\nSHOPIFY_ACCESS_TOKEN=');
    expect(input(el, 'shop').value).to.contain('SHOPIFY_ACCESS_TOKEN=');
    expect(notice(el).textContent!.trim()).to.equal('');
    // Its own name never goes into the value: `SHOP=` would fail the store name's format.
    await paste(el, 'shop', 'SHOP=named-store');
    expect(input(el, 'shop').value).to.equal('named-store');
    expect(notice(el).textContent).to.contain('Filled 1 field from what you pasted: Store subdomain.');
  });

  it('one line naming a secret, pasted into another field, fills the secret masked: never in clear in that field or the draft', async () => {
    for (const line of [(t: string) => `SHOPIFY_ACCESS_TOKEN=${t}`, (t: string) => `export SHOPIFY_ACCESS_TOKEN="${t}"`, (t: string) => JSON.stringify({ access_token: t })]) {
      const token = `shpat_${crypto.randomUUID().replace(/-/g, '')}`;
      const el = await atCredentials('shopify', 'access-token');
      await type(el, '#field-credentials-shop', 'my-store');
      await paste(el, 'shop', line(token));
      expect(input(el, 'shop').value, line('…')).to.equal('my-store');
      expect(input(el, 'accessToken').value).to.equal(token);
      expect(input(el, 'accessToken').type, 'masked').to.equal('password');
      expect(notice(el).textContent).to.contain('Filled 1 field from what you pasted: Admin API access token.');
      expect(await el.saveDraft(), 'the answers on screen are in the draft').to.equal(true);
      expect((await everythingStored()).includes(token), 'the token in clear in storage').to.equal(false);
    }
    // Pasted into its own (masked) field, the name is not sent as part of the secret.
    const xero = await atCredentials('xero', 'custom-connection');
    await paste(xero, 'clientSecret', 'XERO_CLIENT_SECRET=s3cr3t-value');
    expect(input(xero, 'clientSecret').value).to.equal('s3cr3t-value');
  });

  it('text dropped on a field (dragged from another window) is read as a paste: a named secret goes to its own masked field', async () => {
    const el = await atCredentials('shopify', 'access-token');
    await type(el, '#field-credentials-shop', 'my-store');
    const data = new DataTransfer();
    data.setData('text/plain', `SHOPIFY_ACCESS_TOKEN=${SHOPIFY_TOKEN}`);
    const drop = new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, composed: true });
    input(el, 'shop').dispatchEvent(drop);
    await settle(el);
    expect({ handled: drop.defaultPrevented, shop: input(el, 'shop').value, token: input(el, 'accessToken').value }).to.deep.equal({
      handled: true,
      shop: 'my-store',
      token: SHOPIFY_TOKEN,
    });
    expect(notice(el).textContent).to.contain('Filled 1 field');
  });

  it('a fill and its Undo from text dropped are said as a drop; a paste after is said as a paste again', async () => {
    const el = await atCredentials('shopify', 'access-token');
    await type(el, '#field-credentials-shop', 'typed-before');
    const data = new DataTransfer();
    data.setData('text/plain', `shop=dropped-store\naccess_token=${SHOPIFY_TOKEN}`);
    input(el, 'shop').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, composed: true }));
    await settle(el);
    expect(input(el, 'shop').value).to.equal('dropped-store');
    expect(notice(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Filled 2 fields from what you dropped: Store subdomain and Admin API access token. Undo');
    inStep<HTMLButtonElement>(el, '[data-paste-undo]')!.click();
    await settle(el);
    expect(input(el, 'shop').value).to.equal('typed-before');
    expect(notice(el).textContent!.trim()).to.equal('Put back what was there before the drop.');
    await paste(el, 'accessToken', `shop=pasted-store\naccess_token=${SHOPIFY_TOKEN}`);
    expect(notice(el).textContent).to.contain('Filled 2 fields from what you pasted');
  });

  it('a drop the field refuses is said as a drop: several values, another auth type s secret, a file (which is not read)', async () => {
    const drop = (el: ConnectorWizard, key: string, data: DataTransfer) => {
      const event = new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, composed: true });
      input(el, key).dispatchEvent(event);
      return event;
    };
    const text = (value: string) => {
      const data = new DataTransfer();
      data.setData('text/plain', value);
      return data;
    };
    const el = await atCredentials('shopify', 'access-token');
    expect(drop(el, 'shop', text(`Store: my-store\nAccess token: ${SHOPIFY_TOKEN}`)).defaultPrevented).to.equal(true);
    await settle(el);
    expect(notice(el).textContent!.trim()).to.equal(
      'Nothing was dropped: the text holds more than one value, and this field takes one. Drop or paste each value on its own, or a block of KEY=value lines that names these fields. The fields here are named shop and accessToken.',
    );
    drop(el, 'shop', text('SHOPIFY_CLIENT_SECRET=shpss_0123456789abcdef0123456789abcdef'));
    await settle(el);
    expect(notice(el).textContent).to.contain('Nothing was dropped: that is a secret of another authentication type').and.not.contain('pasted');
    const file = new DataTransfer();
    file.items.add(new File([`SHOPIFY_ACCESS_TOKEN=${SHOPIFY_TOKEN}`], '.env', { type: 'text/plain' }));
    expect(drop(el, 'accessToken', file).defaultPrevented, 'the browser does nothing else with it').to.equal(true);
    await settle(el);
    expect(notice(el).textContent!.trim()).to.equal('Nothing was dropped: this form does not read files. Open the file, copy what it holds and paste it here.');
    expect([input(el, 'shop').value, input(el, 'accessToken').value]).to.deep.equal(['', '']);
    // A paste refused after it is said as a paste.
    await paste(el, 'shop', `Store: my-store\nAccess token: ${SHOPIFY_TOKEN}`);
    expect(notice(el).textContent).to.contain('Nothing was pasted: the text holds more than one value');
  });

  it('a key file naming one other field among its values, pasted into its own multi-line field, lands there whole', async () => {
    const catalogue = await sampleCatalogue();
    catalogue.systems.push({
      id: 'bigquery',
      name: 'BigQuery',
      category: 'Data',
      authTypes: [
        {
          id: 'service-account',
          label: 'Service account',
          kind: 'custom',
          fields: [
            { key: 'projectId', label: 'Project ID', type: 'text', aliases: ['project_id'] },
            { key: 'serviceAccountKey', label: 'Service account key (JSON)', type: 'textarea', secret: true },
          ],
        },
      ],
    } as never);
    const el = await atCredentials('bigquery', 'service-account', { catalogue });
    const key = JSON.stringify(
      {
        type: 'service_account',
        project_id: 'acme-prod',
        private_key_id: 'abc',
        private_key: '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n',
        client_email: 'svc@acme-prod.iam.gserviceaccount.com',
      },
      null,
      2,
    );
    await pasteInto(el, '#field-credentials-serviceAccountKey', key);
    expect(inStep<HTMLTextAreaElement>(el, '#field-credentials-serviceAccountKey')!.value).to.equal(key);
    expect(input(el, 'projectId').value, 'nothing filled from it').to.equal('');
  });

  it('a block that names two fields, one of them empty, is never pasted as text: the other is filled', async () => {
    const el = await atCredentials('shopify', 'access-token');
    await type(el, '#field-credentials-shop', 'my-store');
    await paste(el, 'shop', `SHOPIFY_STORE_DOMAIN=\nSHOPIFY_ACCESS_TOKEN=${SHOPIFY_TOKEN}`);
    expect(input(el, 'shop').value, 'neither emptied nor the pasted text').to.equal('my-store');
    expect(input(el, 'accessToken').value).to.equal(SHOPIFY_TOKEN);
    expect(input(el, 'accessToken').type, 'the token stays masked').to.equal('password');
    expect(notice(el).textContent).to.contain('Filled 1 field from what you pasted: Admin API access token.');
  });

  it('Undo puts back what was there before the paste', async () => {
    const el = await atCredentials('shopify', 'access-token');
    await type(el, '#field-credentials-shop', 'typed-before');
    await paste(el, 'accessToken', `shop=pasted-store\naccess_token=${SHOPIFY_TOKEN}`);
    expect(input(el, 'shop').value).to.equal('pasted-store');
    inStep<HTMLButtonElement>(el, '[data-paste-undo]')!.focus();
    inStep<HTMLButtonElement>(el, '[data-paste-undo]')!.click();
    await settle(el);
    expect(input(el, 'shop').value).to.equal('typed-before');
    expect(input(el, 'accessToken').value).to.equal('');
    expect(notice(el).textContent).to.contain('Put back what was there before the paste');
    // The button went with its notice: the focus is on the first field put back, not on the page.
    await waitUntil(() => deepActiveElement() === input(el, 'shop'), 'focus on the first field put back');
  });

  it('Undo puts back a secret typed before the paste, still masked', async () => {
    const el = await atCredentials('shopify', 'access-token');
    const typed = 'shpat_' + 'a'.repeat(32);
    await type(el, '#field-credentials-accessToken', typed);
    await paste(el, 'shop', `shop=pasted-store\naccess_token=${SHOPIFY_TOKEN}`);
    expect(input(el, 'accessToken').value).to.equal(SHOPIFY_TOKEN);
    inStep<HTMLButtonElement>(el, '[data-paste-undo]')!.click();
    await settle(el);
    expect(input(el, 'accessToken').value).to.equal(typed);
    expect(input(el, 'accessToken').type).to.equal('password');
    expect(input(el, 'shop').value).to.equal('');
  });

  it('Undo puts back the note a field had before the paste', async () => {
    const el = await atCredentials('shopify', 'access-token');
    await type(el, '#field-credentials-shop', '  my-store');
    const note = () => inStep(el, '#field-credentials-shop-note')?.textContent?.trim() ?? '(no note)';
    const before = note();
    expect(before).to.contain('removed');
    await paste(el, 'accessToken', `shop=pasted-store\naccess_token=${SHOPIFY_TOKEN}`);
    expect(note(), 'the pasted value has no note').to.equal('(no note)');
    inStep<HTMLButtonElement>(el, '[data-paste-undo]')!.click();
    await settle(el);
    expect(input(el, 'shop').value).to.equal('my-store');
    expect(note(), 'after Undo').to.equal(before);
  });

  it('Undo takes the lines a paste left unused and unchosen with it: the polite region says only that it was undone', async () => {
    for (const how of ['button', 'Ctrl+Z']) {
      const el = await atCredentials('shopify', 'access-token');
      await paste(el, 'shop', `Store subdomain: my-store\nClient ID: abc123\nAccess token: ${SHOPIFY_TOKEN}`);
      const polite = () => notice(el).querySelector('[role="status"]')!.textContent!.replace(/\s+/gu, ' ').trim();
      expect(polite(), how).to.contain('Not used');
      if (how === 'button') inStep<HTMLButtonElement>(el, '[data-paste-undo]')!.click();
      else await keys(el, ['Control'], 'z');
      await settle(el);
      expect(input(el, 'shop').value, how).to.equal('');
      expect(polite(), how).to.equal('Put back what was there before the paste.');
    }
  });

  it('Ctrl+Z in a field a paste filled, or in the field pasted into, undoes the fill as its Undo button does', async () => {
    for (const into of ['shop', 'accessToken']) {
      const el = await atCredentials('shopify', 'access-token');
      await type(el, '#field-credentials-shop', 'typed-before');
      await paste(el, into, `shop=pasted-store\naccess_token=${SHOPIFY_TOKEN}`);
      expect(input(el, 'shop').value).to.equal('pasted-store');
      await keys(el, ['Control'], 'z');
      expect(
        { shop: input(el, 'shop').value, token: input(el, 'accessToken').value, said: notice(el).textContent!.trim(), focus: deepActiveElement() === input(el, into) },
        into,
      ).to.deep.equal({
        shop: 'typed-before',
        token: '',
        said: 'Put back what was there before the paste.',
        focus: true,
      });
    }
  });

  it('the browser s Redo never inserts an old paste again over a value the form wrote: a trimmed paste, a fill, a fill undone', async () => {
    const el = await atCredentials('shopify', 'access-token');
    const shop = () => input(el, 'shop').value;
    // Pasted with spaces, trimmed when left: Ctrl+Z cannot take back what the browser did not set, and Redo adds nothing.
    await paste(el, 'shop', '  my-store  ');
    input(el, 'shop').blur();
    input(el, 'shop').dispatchEvent(new Event('change'));
    await settle(el);
    input(el, 'shop').focus();
    await keys(el, ['Control'], 'z');
    await keys(el, ['Control', 'Shift'], 'Z');
    await keys(el, ['Control'], 'y');
    expect(shop(), 'trimmed').to.equal('my-store');
    // A value wrapped over lines, joined, undone with Ctrl+Z, then a fill: Redo never adds the joined paste to the filled value.
    await paste(el, 'shop', 'other-\nstore');
    await keys(el, ['Control'], 'z');
    await paste(el, 'accessToken', `shop=pasted-store\naccess_token=${SHOPIFY_TOKEN}`);
    input(el, 'shop').focus();
    await keys(el, ['Control', 'Shift'], 'Z');
    expect(shop(), 'filled').to.equal('pasted-store');
    // The fill undone with its button puts back what the browser last set: Ctrl+Z and Redo there never double it.
    inStep<HTMLButtonElement>(el, '[data-paste-undo]')!.click();
    await settle(el);
    input(el, 'shop').focus();
    await keys(el, ['Control'], 'z');
    await keys(el, ['Control', 'Shift'], 'Z');
    await keys(el, ['Control'], 'y');
    expect(shop(), 'undone').to.equal('my-store');
    expect(input(el, 'accessToken').value).to.equal('');
  });

  it('Redo after Ctrl+Z undid a fill never brings back text typed and undone before the paste (unseen in a masked field)', async () => {
    const el = await atCredentials('shopify', 'access-token');
    // Typed with real keys, then taken back with Ctrl+Z: the browser keeps each for its Redo.
    for (const [key, text] of [
      ['shop', 'typed-store'],
      ['accessToken', 'shpat_typed'],
    ]) {
      input(el, key).focus();
      await sendKeys({ type: text });
      await keys(el, ['Control'], 'z');
    }
    await paste(el, 'shop', `shop=pasted-store\naccess_token=${SHOPIFY_TOKEN}`);
    for (const key of ['shop', 'accessToken']) {
      input(el, key).focus();
      await keys(el, ['Control'], 'z');
      await keys(el, ['Control', 'Shift'], 'Z');
      await keys(el, ['Control'], 'y');
    }
    expect({ shop: input(el, 'shop').value, token: input(el, 'accessToken').value }).to.deep.equal({ shop: '', token: '' });
  });

  it('typing in one filled field keeps Undo for the others: it puts them back, keeps what was typed, and the notice says so', async () => {
    for (const how of ['button', 'Ctrl+Z in the other field']) {
      const el = await atCredentials('shopify', 'access-token');
      const typed = 'shpat_' + 'a'.repeat(32);
      await type(el, '#field-credentials-shop', 'typed-before');
      await type(el, '#field-credentials-accessToken', typed);
      await paste(el, 'shop', `shop=pasted-store\naccess_token=${SHOPIFY_TOKEN}`);
      await typeKeys(el, 'shop', 'x');
      const kept = input(el, 'shop').value;
      expect(kept, how).to.not.equal('pasted-store');
      expect(polite(el), how).to.equal(
        'Filled 2 fields from what you pasted: Store subdomain and Admin API access token. You typed in Store subdomain since, so Undo puts back only Admin API access token.',
      );
      expect(inStep(el, '[data-paste-undo]'), how).to.not.equal(null);
      if (how === 'button') inStep<HTMLButtonElement>(el, '[data-paste-undo]')!.click();
      else {
        input(el, 'accessToken').focus();
        await keys(el, ['Control'], 'z');
      }
      await settle(el);
      expect({ shop: input(el, 'shop').value, token: input(el, 'accessToken').value, masked: input(el, 'accessToken').type }, how).to.deep.equal({
        shop: kept,
        token: typed,
        masked: 'password',
      });
      expect(polite(el), how).to.equal('Put back what was there before the paste.');
      await waitUntil(() => deepActiveElement() === input(el, 'accessToken'), `${how}: focus on the field put back`);
    }
  });

  it('Ctrl+Z in the filled field typed in takes back only the typing; Undo still puts back the other field', async () => {
    const el = await atCredentials('shopify', 'access-token');
    await type(el, '#field-credentials-accessToken', 'shpat_typed_before_the_paste');
    await paste(el, 'shop', `shop=pasted-store\naccess_token=${SHOPIFY_TOKEN}`);
    await typeKeys(el, 'shop', 'x');
    await keys(el, ['Control'], 'z');
    expect(input(el, 'shop').value).to.equal('pasted-store');
    expect(input(el, 'accessToken').value, 'the fill of the other field stays until Undo').to.equal(SHOPIFY_TOKEN);
    inStep<HTMLButtonElement>(el, '[data-paste-undo]')!.click();
    await settle(el);
    expect(input(el, 'accessToken').value).to.equal('shpat_typed_before_the_paste');
  });

  it('typing in every field a paste filled takes its Undo away, and the polite region says why, never a value', async () => {
    const el = await atCredentials('shopify', 'access-token');
    await paste(el, 'accessToken', `shop=pasted-store\naccess_token=${SHOPIFY_TOKEN}`);
    await typeKeys(el, 'shop', 'x');
    expect(inStep(el, '[data-paste-undo]')).to.not.equal(null);
    await typeKeys(el, 'accessToken', 'y');
    expect(inStep(el, '[data-paste-undo]')).to.equal(null);
    expect(polite(el)).to.equal('Undo is gone: you typed in every field the paste filled.');
    expect(polite(el)).to.not.contain(SHOPIFY_TOKEN);
    expect(input(el, 'shop').value).to.contain('x');
  });

  it('typing in a field the paste did not fill keeps its Undo whole', async () => {
    const el = await atCredentials('shopify', 'client-credentials');
    await paste(el, 'shop', 'shop=pasted-store\nclient_id=pasted-id');
    await typeKeys(el, 'clientSecret', 'k');
    expect(polite(el)).to.equal('Filled 2 fields from what you pasted: Store subdomain and Client ID.');
    inStep<HTMLButtonElement>(el, '[data-paste-undo]')!.click();
    await settle(el);
    expect({ shop: input(el, 'shop').value, id: input(el, 'clientId').value, secret: input(el, 'clientSecret').value }).to.deep.equal({ shop: '', id: '', secret: 'k' });
  });

  it('leaving the step takes Undo away; the filled values stay', async () => {
    const el = await atCredentials('shopify', 'access-token');
    await paste(el, 'shop', `shop=pasted-store\naccess_token=${SHOPIFY_TOKEN}`);
    expect(inStep(el, '[data-paste-undo]') === null).to.equal(false);
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
    await el.goTo('credentials');
    await settle(el);
    expect(inStep(el, '[data-paste-undo]') === null, 'no Undo after coming back').to.equal(true);
    expect(notice(el).textContent!.trim()).to.equal('');
    expect(input(el, 'shop').value).to.equal('pasted-store');
  });

  it('Cancel takes Undo away with the secrets: what a paste replaced never comes back', async () => {
    const el = await atCredentials('shopify', 'access-token');
    await type(el, '#field-credentials-accessToken', 'shpat_typed_before_the_paste');
    await paste(el, 'shop', `shop=pasted-store\naccess_token=${SHOPIFY_TOKEN}`);
    expect(inStep(el, '[data-paste-undo]')).to.not.equal(null);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel"]')!.click();
    await settle(el);
    expect(input(el, 'accessToken').value, 'secrets in memory go with Cancel').to.equal('');
    expect(inStep(el, '[data-paste-undo]') === null, 'and so does Undo, which held the secret typed before').to.equal(true);
    expect(input(el, 'shop').value, 'the rest stays for the draft').to.equal('pasted-store');
  });

  it('Undo unticks a box a paste ticked (one with no default), and the step still continues', async () => {
    const catalogue = structuredClone(await sampleCatalogue()) as { systems: { id: string; authTypes: { fields: { key: string; default?: unknown }[] }[] }[] };
    const field = catalogue.systems.find((s) => s.id === 'woocommerce')!.authTypes[0]!.fields.find((f) => f.key === 'queryStringAuth')!;
    delete field.default;
    const el = await atCredentials('woocommerce', 'rest-api-keys', { catalogue: catalogue as Awaited<ReturnType<typeof sampleCatalogue>> });
    const [key, secret] = [`ck_${'a1'.repeat(20)}`, `cs_${'b2'.repeat(20)}`];
    await paste(el, 'consumerKey', JSON.stringify({ consumer_key: key, consumer_secret: secret, queryStringAuth: true }));
    expect(input(el, 'queryStringAuth').checked).to.equal(true);
    inStep<HTMLButtonElement>(el, '[data-paste-undo]')!.click();
    await settle(el);
    expect(input(el, 'queryStringAuth').checked).to.equal(false);
    await type(el, '#field-credentials-storeUrl', 'https://shop.example');
    await type(el, '#field-credentials-consumerKey', key);
    await type(el, '#field-credentials-consumerSecret', secret);
    await pressContinue(el);
    expect(currentStepId(el), errorSummary(el).join('; ')).to.equal('review');
  });
  it('a quoted value followed by a comment holding the same quote fills the value only, as dotenv reads it', async () => {
    const el = await atCredentials('xero', 'custom-connection');
    await paste(el, 'clientId', "XERO_CLIENT_ID=ABCDEF0123456789\nXERO_CLIENT_SECRET='s3cr3t-value' # don't commit this\n");
    expect(input(el, 'clientId').value).to.equal('ABCDEF0123456789');
    expect(input(el, 'clientSecret').value, 'the masked secret').to.equal('s3cr3t-value');
  });

  it('a JSON number fills the digits as written', async () => {
    const el = await atCredentials('peoplevox', 'user-login');
    await paste(el, 'clientId', '{"clientId": 12345678901234567890, "username": "ops"}');
    expect(input(el, 'username').value).to.equal('ops');
    expect(input(el, 'clientId').value).to.equal('12345678901234567890');
  });

  it('Windows shells, JSON with a trailing comma or in a Markdown block fill; a block of unknown names is never pasted into a one-line field', async () => {
    const blocks = {
      'Windows set': `set SHOPIFY_STORE_DOMAIN=my-store\r\nset SHOPIFY_ACCESS_TOKEN=${SHOPIFY_TOKEN}\r\n`,
      PowerShell: `$env:SHOPIFY_STORE_DOMAIN="my-store"\r\n$env:SHOPIFY_ACCESS_TOKEN="${SHOPIFY_TOKEN}"\r\n`,
      'JSON, trailing comma': `{\n  "shop": "my-store",\n  "accessToken": "${SHOPIFY_TOKEN}",\n}`,
      'JSON in a Markdown block': '```json\n' + JSON.stringify({ shop: 'my-store', accessToken: SHOPIFY_TOKEN }, null, 2) + '\n```',
    };
    for (const [name, text] of Object.entries(blocks)) {
      const el = await atCredentials('shopify', 'access-token');
      await paste(el, 'shop', text);
      expect([input(el, 'shop').value, input(el, 'accessToken').value], name).to.deep.equal(['my-store', SHOPIFY_TOKEN]);
      el.remove();
    }
    // A password manager note: names this form does not know. Nothing pasted, and said why.
    const el = await atCredentials('shopify', 'access-token');
    await paste(el, 'shop', `Store: my-store\nAccess token: ${SHOPIFY_TOKEN}`);
    expect(input(el, 'shop').value, 'the token never shown in the store field').to.equal('');
    expect(notice(el).textContent).to.contain('Nothing was pasted: the text holds more than one value');
    // One line is an ordinary paste, and the notice goes.
    await paste(el, 'shop', 'my-store');
    expect(input(el, 'shop').value).to.equal('my-store');
    expect(notice(el).textContent!.trim()).to.equal('');
    expect(await el.saveDraft(), 'the answers on screen are in the draft').to.equal(true);
    expect((await everythingStored()).includes(SHOPIFY_TOKEN), 'the token in no draft').to.equal(false);
  });

  it('a refused paste keeps the earlier fill and its Undo, and the next ordinary paste never says that fill again as if new', async () => {
    const el = await atCredentials('adobe-commerce', 'integration-oauth');
    await paste(el, 'consumerKey', 'oauth_consumer_key=ck0123456789abcdef0123456789abcd\noauth_consumer_secret=cs0123456789abcdef0123456789abcd');
    expect(notice(el).textContent).to.contain('Filled 2 fields');
    await paste(el, 'storeCode', 'Store: default\nNote: the EU one');
    expect(notice(el).textContent).to.contain('Nothing was pasted');
    expect(notice(el).textContent, 'the fill still said, beside it').to.contain('Filled 2 fields');
    expect(Boolean(inStep(el, '[data-paste-undo]')), 'Undo still there').to.equal(true);
    const added: string[] = [];
    new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => added.push(n.textContent ?? '')))).observe(notice(el), {
      subtree: true,
      childList: true,
    });
    await type(el, '#field-credentials-storeCode', '');
    await paste(el, 'storeCode', 'default');
    expect(input(el, 'storeCode').value).to.equal('default');
    expect(notice(el).textContent, 'the refusal gone with the next key and paste').to.not.contain('Nothing was pasted');
    expect(
      added.filter((t) => t.includes('Filled')),
      'the old fill said again',
    ).to.deep.equal([]);
  });

  for (const [name, note] of [
    ['a password manager note with a title line, then one named line', (t: string) => `Shopify admin (EU)\nAccess token: ${t}`],
    ['a password manager note with a label line, the value on the next', (t: string) => `Access token:\n${t}`],
    ['export lines of names this form does not know', (t: string) => `export STORE_NAME=my-store\nexport ADMIN_API_TOKEN=${t}\n`],
    ['PowerShell lines of names this form does not know', (t: string) => `$env:STORE_NAME="my-store"\r\n$env:ADMIN_API_TOKEN="${t}"\r\n`],
    ['a one-line JSON object (as a secrets manager shows it)', (t: string) => JSON.stringify({ store_name: 'my-store', admin_api_token: t })],
    ['a one-line nested JSON object', (t: string) => JSON.stringify({ shopify: { store_name: 'my-store', admin_api_token: t } })],
    ['a pretty-printed JSON object with one member', (t: string) => JSON.stringify({ admin_api_token: t }, null, 2)],
  ] as const)
    it(`${name}: never puts the token in clear in the store field, nor in the draft`, async () => {
      const token = `shpat_${crypto.randomUUID().replace(/-/g, '')}`;
      const el = await atCredentials('shopify', 'access-token');
      await paste(el, 'shop', note(token));
      expect(input(el, 'shop').value, 'the token shown in the store field').to.not.contain(token);
      expect(notice(el).textContent).to.contain('Nothing was pasted');
      expect(await el.saveDraft(), 'the answers on screen are in the draft').to.equal(true);
      expect((await everythingStored()).includes(token), 'the token in a draft').to.equal(false);
    });

  it('a line naming a secret of another of the system s auth types is not pasted in clear, nor kept in the draft, and the notice names that type', async () => {
    for (const line of [(t: string) => `SHOPIFY_CLIENT_SECRET=${t}`, (t: string) => JSON.stringify({ client_secret: t })]) {
      const secret = `shpss_${crypto.randomUUID().replace(/-/g, '')}`;
      const el = await atCredentials('shopify', 'access-token');
      await paste(el, 'shop', line(secret));
      expect(input(el, 'shop').value, line('…')).to.equal('');
      expect(notice(el).textContent).to.contain('Nothing was pasted').and.to.contain('Dev Dashboard app (client ID and secret)');
      expect(await el.saveDraft(), 'the answers on screen are in the draft').to.equal(true);
      expect((await everythingStored()).includes(secret), 'the secret in a draft').to.equal(false);
    }
  });

  it('a long value wrapped over lines (copied from an email) is pasted as the browser does, not refused', async () => {
    const el = await atCredentials('shopify', 'access-token');
    await paste(el, 'shop', 'my-\nstore');
    expect(notice(el).textContent).to.not.contain('Nothing was pasted');
    expect(input(el, 'shop').value.replace(/\s/g, '')).to.equal('my-store');
  });

  it('a second paste that fills fields again is said again', async () => {
    const el = await atCredentials('shopify', 'access-token');
    await paste(el, 'shop', `SHOPIFY_STORE_DOMAIN=my-store\nSHOPIFY_ACCESS_TOKEN=${SHOPIFY_TOKEN}`);
    let changes = 0;
    new MutationObserver((m) => (changes += m.length)).observe(notice(el), { subtree: true, childList: true, characterData: true });
    await paste(el, 'shop', `SHOPIFY_STORE_DOMAIN=other-store\nSHOPIFY_ACCESS_TOKEN=${SHOPIFY_TOKEN}`);
    expect(input(el, 'shop').value).to.equal('other-store');
    expect(changes, 'the status region changed, so it is said').to.be.greaterThan(0);
  });

  it('a token wrapped over two lines with a backslash at the line end (a shell’s line continuation) fills the whole token', async () => {
    for (const line of ['SHOPIFY_ACCESS_TOKEN', 'export SHOPIFY_ACCESS_TOKEN']) {
      const el = await atCredentials('shopify', 'access-token');
      await paste(el, 'shop', `SHOP=my-store\n${line}=shpat_${SHOPIFY_TOKEN.slice(6, 22)}\\\n${SHOPIFY_TOKEN.slice(22)}\n`);
      expect(input(el, 'accessToken').value, line).to.equal(SHOPIFY_TOKEN);
    }
  });

  it('a YAML single-quoted password with a doubled quote (it’’s) fills the password with one quote', async () => {
    const el = await atCredentials('mintsoft', 'username-password');
    await paste(el, 'username', `username: ops\npassword: 'it''s-a-secret'\n`);
    expect(input(el, 'username').value).to.equal('ops');
    expect(input(el, 'password').value).to.equal("it's-a-secret");
  });

  it('a YAML single-quoted password over several lines is read as YAML reads it: folded, its doubled quote one quote, never cut there', async () => {
    const el = await atCredentials('mintsoft', 'username-password');
    await paste(el, 'username', `password: 'correct horse\n  battery''s staple'\nusername: ops\n`);
    expect([input(el, 'username').value, input(el, 'password').value]).to.deep.equal(['ops', "correct horse battery's staple"]);
  });

  it('a YAML double-quoted password with escapes (as PyYAML writes one) is read as YAML reads it', async () => {
    // PyYAML writes non-ASCII as \xE9 or \u00e9, and wraps a long value with a \ at the line end.
    const cases: [string, string][] = [
      ['"caf\\xE9-\\u00e9-\\U0001F511"', 'café-é-🔑'],
      ['"a\\"b\\\\c\\/d"', 'a"b\\c/d'],
      ['"Xk7Qp2Lm9Rt4Vw8Zb\\\n  N3Hc6Jd1Fg5Ks0Ya\\\n  \\ Ue2Wq"', 'Xk7Qp2Lm9Rt4Vw8ZbN3Hc6Jd1Fg5Ks0Ya Ue2Wq'],
    ];
    for (const [written, meant] of cases) {
      const el = await atCredentials('mintsoft', 'username-password');
      await paste(el, 'username', `username: ops\npassword: ${written}\n`);
      expect([input(el, 'username').value, input(el, 'password').value], written).to.deep.equal(['ops', meant]);
    }
    // A .env line is read as dotenv reads it: only its line breaks, quotes and backslashes are escapes.
    const env = await atCredentials('mintsoft', 'username-password');
    await paste(env, 'username', 'USERNAME=ops\nPASSWORD="caf\\xE9\\t\\u00e9"\n');
    expect(input(env, 'password').value, 'a .env line').to.equal('caf\\xE9\\t\\u00e9');
  });

  it('a value in backticks (dotenv’s third quote, Markdown’s inline code in a note) fills the value without them', async () => {
    for (const text of ['USERNAME=`ops`\nPASSWORD=`it is-a-secret`\n', 'Username: `ops`\nPassword: `it is-a-secret`\n']) {
      const el = await atCredentials('mintsoft', 'username-password');
      await paste(el, 'password', text);
      expect(input(el, 'username').value, text).to.equal('ops');
      expect(input(el, 'password').value, text).to.equal('it is-a-secret');
    }
  });
});

describe('credentials: environment warnings', () => {
  it('warns, politely and without blocking, when a value looks like the other environment, in both directions, again on a switch', async () => {
    const el = await atCredentials('netsuite', 'token-based-auth', { environment: 'test' });
    await type(el, '#field-credentials-accountId', '1234567');
    expect(warningOf(el, 'accountId')).to.contain('looks like a live one, but this connector is for testing');
    expect(inStep(el, '[data-env-warning="accountId"]')!.getAttribute('aria-live')).to.equal('polite');
    for (const key of ['consumerKey', 'consumerSecret', 'tokenId', 'tokenSecret']) await type(el, `#field-credentials-${key}`, `${key}-value`);
    await pressContinue(el);
    expect(currentStepId(el), 'never blocks').to.equal('review');
    expect(inStep(el, '.row[data-key="credentials.accountId"] [data-env-warning]')!.textContent).to.contain('looks like a live one');
    // Switched to live: the same ID is right, so the warning goes.
    await el.goTo('general', { returnToReview: true });
    await settle(el);
    await choose(el, '#environment-live');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
    expect(inStep(el, '.row[data-key="credentials.accountId"] [data-env-warning]')).to.equal(null);
    await el.goTo('credentials', { returnToReview: true });
    await settle(el);
    expect(warningOf(el, 'accountId')).to.equal('');
    await type(el, '#field-credentials-accountId', '1234567_SB1');
    expect(warningOf(el, 'accountId')).to.contain('looks like a testing one, but this connector is live');
  });
});

describe('credentials: environment warnings, pasted with a name', () => {
  it('a ShipStation V2 sandbox key pasted with its name fills the key alone, and a live connector warns about it', async () => {
    for (const line of ['SHIPSTATION_API_KEY=TEST_abcdef0123456789', 'API-Key: TEST_abcdef0123456789']) {
      const el = await atCredentials('shipstation', 'v2-api-key');
      await paste(el, 'apiKey', line);
      expect(input(el, 'apiKey').value, line).to.equal('TEST_abcdef0123456789');
      expect(warningOf(el, 'apiKey'), line).to.contain('looks like a testing one, but this connector is live');
    }
  });
});

describe('credentials: environment warnings, typed', () => {
  it('a warning does not appear while keys are pressed, only once the field is left; it may go meanwhile', async () => {
    const el = await atCredentials('netsuite', 'token-based-auth', { environment: 'test' });
    // As text, not the element: a failing assertion then reads well.
    const shown = () => inStep(el, '[data-env-warning="accountId"] .warning');
    input(el, 'accountId').focus();
    // Every prefix of a sandbox ID is a live one: typed key by key, never a warning.
    for (const key of '1234567_SB1') {
      await sendKeys({ type: key });
      await settle(el);
      expect(shown()?.textContent, `after typing "${input(el, 'accountId').value}"`).to.equal(undefined);
    }
    // A live ID typed: no warning while typing, the warning once the field is left.
    input(el, 'accountId').select();
    await sendKeys({ type: '7654321' });
    await settle(el);
    expect(shown()?.textContent, 'still typing').to.equal(undefined);
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(shown()?.textContent ?? 'no warning').to.contain('looks like a live one, but this connector is for testing');
    // Back in the field, typing that makes it right takes the warning away at once.
    input(el, 'accountId').focus();
    await sendKeys({ type: '_SB2' });
    await settle(el);
    expect(shown()?.textContent, 'gone while typing').to.equal(undefined);
    // Typing begun with no warning shown, then a paste: a paste is not keys pressed, so its warning shows at once.
    await sendKeys({ press: 'Tab' });
    input(el, 'accountId').select();
    await sendKeys({ type: '7' });
    await settle(el);
    expect(shown()?.textContent, 'typing again').to.equal(undefined);
    await paste(el, 'accountId', 'NETSUITE_ACCOUNT_ID=1234567\nNETSUITE_CONSUMER_KEY=ck-1');
    await settle(el);
    expect(input(el, 'accountId').value).to.equal('1234567');
    expect(shown()?.textContent ?? 'no warning').to.contain('looks like a live one, but this connector is for testing');
  });

  it('a value that matches both patterns is not warned about, in either environment', () => {
    const authType = {
      id: 'keys',
      label: 'Keys',
      kind: 'api-key',
      fields: [{ key: 'apiKey', label: 'API key', type: 'secret', required: true, normalize: 'trim', environmentPatterns: { live: '^sk_', test: '^sk_test_' } }],
    } as unknown as AuthTypeDefinition;
    const warned = (value: string, environment: 'live' | 'test') => environmentWarnings(authType, { apiKey: value }, environment, en).get('apiKey');
    expect(warned('sk_test_123', 'test'), 'a test key in a testing connector').to.equal(undefined);
    expect(warned('sk_live_123', 'test')).to.equal('This API key looks like a live one, but this connector is for testing.');
    // Both patterns match, so the value tells nothing either way: no warning in a live connector either.
    expect(warned('sk_test_123', 'live')).to.equal(undefined);
    // An empty pattern says nothing: it never matches every value, so it never silences the other.
    const field = (authType.fields[0] as unknown as { environmentPatterns: { live: string; test: string } }).environmentPatterns;
    Object.assign(field, { live: '', test: '^sk_test_' });
    expect(warned('sk_test_123', 'live')).to.equal('This API key looks like a testing one, but this connector is live.');
  });

  it('a warning that went while typing does not come back while keys are still pressed', async () => {
    const el = await atCredentials('netsuite', 'token-based-auth', { environment: 'test' });
    const shown = () => Boolean(inStep(el, '[data-env-warning="accountId"] .warning'));
    await type(el, '#field-credentials-accountId', '1234567');
    expect(shown()).to.equal(true);
    input(el, 'accountId').focus();
    input(el, 'accountId').setSelectionRange(7, 7);
    await sendKeys({ type: '_' });
    await settle(el);
    expect(shown(), 'gone while typing').to.equal(false);
    await sendKeys({ press: 'Backspace' });
    await settle(el);
    expect(shown(), 'not back while typing').to.equal(false);
    input(el, 'accountId').blur();
    await settle(el);
    expect(shown(), 'back once the field is left').to.equal(true);
  });
});

describe('credentials: environment warnings, switched', () => {
  it('a switch from live to testing makes the warning appear, on Review and beside the field', async () => {
    const el = await atCredentials('netsuite', 'token-based-auth', { environment: 'live' });
    await type(el, '#field-credentials-accountId', '1234567');
    expect(warningOf(el, 'accountId'), 'a live ID in a live connector').to.equal('');
    for (const key of ['consumerKey', 'consumerSecret', 'tokenId', 'tokenSecret']) await type(el, `#field-credentials-${key}`, `${key}-value`);
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
    expect(inStep(el, '.row[data-key="credentials.accountId"] [data-env-warning]')).to.equal(null);
    await el.goTo('general', { returnToReview: true });
    await settle(el);
    await choose(el, '#environment-test');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
    expect(inStep(el, '.row[data-key="credentials.accountId"] [data-env-warning]')!.textContent).to.contain('looks like a live one, but this connector is for testing');
    await el.goTo('credentials', { returnToReview: true });
    await settle(el);
    expect(warningOf(el, 'accountId')).to.contain('looks like a live one, but this connector is for testing');
    // Already there when the step shows, so no live region speaks it: the field is described by it.
    const warningId = inStep(el, '[data-env-warning="accountId"] .warning')!.id;
    expect(input(el, 'accountId').getAttribute('aria-describedby')!.split(' ')).to.include(warningId);
    expect(input(el, 'consumerKey').getAttribute('aria-describedby') ?? '', 'only the field warned about').to.not.contain('warning');
  });
});

describe('credentials: a test that says what it checked', () => {
  it('lists each check with its status in words and an icon, and the account', async () => {
    const { el } = await shopifyFilledIn('my-store');
    await testConnection(el, 'ok');
    expect(inStep(el, '[data-account]')!.textContent).to.contain('Connected as').and.to.contain('my-store');
    // The outcome, the account and each check are read with the Test button.
    const described = inStep(el, '[part~="test"]')!
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => inStep(el, `#${id}`)?.textContent ?? '')
      .join(' ');
    expect(described).to.contain('accepted these credentials').and.to.contain('Connected as').and.to.contain('Passed');
    // The outcome and the account are said in the wizard's polite live region.
    const said = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!;
    expect(said).to.contain('accepted these credentials').and.to.contain('Connected as my-store');
    const checks = [...el.shadowRoot!.querySelector('[data-step]')!.shadowRoot!.querySelectorAll<HTMLElement>('[data-check]')];
    expect(checks.length).to.be.greaterThan(1);
    for (const check of checks) {
      expect(check.querySelector('.icon')!.textContent!.trim(), 'an icon').to.match(/^[✓✗–]$/u);
      expect(check.textContent, 'the status in words').to.match(/Passed|Failed|Skipped/u);
    }
    expect(checks.find((c) => c.dataset.check === 'account')!.dataset.status).to.equal('passed');
  });

  it('a failed check with a pointer lands on its field: marked invalid, with the error summary linking to it', async () => {
    const { el } = await shopifyFilledIn('unknown-shop');
    await testConnection(el, 'rejected');
    const failed = el.shadowRoot!.querySelector('[data-step]')!.shadowRoot!.querySelector<HTMLElement>('[data-check="account"]')!;
    expect(failed.dataset.status).to.equal('failed');
    expect(failed.textContent).to.contain('Failed');
    expect(input(el, 'shop').getAttribute('aria-invalid')).to.equal('true');
    const link = inStep<HTMLAnchorElement>(el, '.error-summary a[href="#field-credentials-shop"]');
    expect(link, `summary: ${errorSummary(el).join('; ')}`).to.not.equal(null);
    expect(inStep(el, '#field-credentials-shop-error')!.textContent).to.contain('unknown-shop');
    link!.click();
    await settle(el);
    expect(deepActiveElement(), 'the summary link takes focus to the field').to.equal(input(el, 'shop'));
  });

  it('a failed check lands on its field even when the server lists it only among the checks', async () => {
    // A server that leaves `errors` out (the reference API copies each failed check there).
    const el = await answeredWithFailedPermissions(422, 'application/problem+json', { ...CREDENTIALS_REJECTED, detail: 'The token cannot read orders.' });
    expect(inStep(el, '#field-credentials-accessToken-error')!.textContent).to.contain('The token cannot read orders');
  });

  it('a 200 that lists a failed check is not shown as a pass: the check lands on its field', async () => {
    // Against the protocol (a 200 has no failed check), as a lax server may answer.
    const el = await answeredWithFailedPermissions(200, 'application/json', { ok: true, account: 'my-store.myshopify.com' });
    expect(inStep(el, '#test-result')!.textContent).to.contain('Shopify accepted these credentials, but a check failed: The token cannot read orders');
    expect(inStep(el, '#test-result')!.getAttribute('data-test-state'), 'not shown as a pass').to.equal('rejected');
    expect(inStep(el, '[data-account]')!.textContent).to.contain('my-store.myshopify.com');
  });

  it('a 422 that names the account it connected to reads as accepted with a failed check, ending its sentence once', async () => {
    // As the reference API answers a failed check: the account found, the problem's detail a sentence of its own.
    const el = await answeredWithFailedPermissions(422, 'application/problem+json', {
      ...CREDENTIALS_REJECTED,
      detail: 'The token cannot read orders.',
      account: 'my-store.myshopify.com',
    });
    expect(inStep(el, '#test-result p')!.textContent).to.equal('Shopify accepted these credentials, but a check failed: The token cannot read orders.');
    expect(inStep(el, '[data-account]')!.textContent).to.contain('my-store.myshopify.com');
  });

  it('a failed check on another step takes the person there, and the outcome and its checks wait on Credentials until an answer changes', async () => {
    const { api, el } = await shopifyFilledIn('my-store');
    await api.faults({
      kind: 'status',
      method: 'POST',
      status: 422,
      type: 'application/problem+json',
      json: {
        ...CREDENTIALS_REJECTED,
        account: 'my-store.myshopify.com',
        errors: [{ pointer: '/environment', detail: 'These are sandbox credentials' }],
        checks: [{ id: 'account', label: 'Account found', status: 'passed' }, ...ENVIRONMENT_FAILED],
      },
    });
    inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
    await waitUntil(() => currentStepId(el) === 'general', 'taken to the field the check names', { timeout: 5000 });
    await settle(el);
    expect(errorSummary(el).join(' ')).to.contain('These are sandbox credentials');
    await el.goTo('credentials');
    await settle(el);
    expect(inStep(el, '#test-result')!.textContent, 'the outcome').to.contain('a check failed');
    expect(inStep(el, '[data-check="environment"]')?.textContent ?? '', 'the failed check').to.contain('Matches a live account');
    expect(inStep(el, '[data-account]')?.textContent ?? '', 'as whom').to.contain('my-store.myshopify.com');
    // An answer the test sent changes: its outcome is about the answers before, and goes.
    await el.goTo('general');
    await settle(el);
    await choose(el, '#environment-test');
    await el.goTo('credentials');
    await settle(el);
    expect(inStep(el, '#test-result')!.textContent!.trim(), 'no outcome for answers it never tested').to.equal('');
    expect(inStep(el, '[data-check]') === null, 'no checks either').to.equal(true);
  });

  for (const [name, change] of [
    [
      'a new catalogue gives the system one way to sign in, another',
      async (el: ConnectorWizard) => {
        const catalogue = structuredClone(await sampleCatalogue());
        const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
        shopify.authTypes = shopify.authTypes.filter((a) => a.id === 'client-credentials');
        el.catalogue = catalogue;
      },
    ],
    ['Cancel takes the secrets from memory', async (el: ConnectorWizard) => button(el, 'cancel').click()],
  ] as const)
    it(`an accepted outcome goes when ${name}, from the screen and from the live region`, async () => {
      const { el } = await shopifyFilledIn('my-store');
      await testConnection(el, 'ok');
      const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
      expect(region.textContent).to.contain('accepted these credentials');
      await change(el);
      await settle(el);
      expect(inStep(el, '#test-result')?.getAttribute('data-test-state') ?? null, 'no outcome for answers it never tested').to.equal(null);
      expect(region.textContent, 'nothing left to read in browse mode').to.not.contain('accepted');
    });

  it('a test still running when the person leaves Credentials is said when it ends, and waits there with its checks and marks', async () => {
    const { api, el } = await shopifyFilledIn('my-store');
    const json = { ...CREDENTIALS_REJECTED, detail: 'The token cannot read orders.', account: 'my-store.myshopify.com', checks: PERMISSIONS_FAILED };
    await api.faults({ kind: 'status', method: 'POST', status: 422, type: 'application/problem+json', json, held: true });
    inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
    try {
      await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'testing', 'testing', { timeout: 5000 });
      expect(await el.goTo('review'), 'moved on while it runs').to.equal(true);
    } finally {
      await api.release();
    }
    const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    await waitUntil(() => region.textContent!.includes('a check failed'), `said where the person is: ${region.textContent}`, { timeout: 5000 });
    expect(currentStepId(el), 'never taken back').to.equal('review');
    await el.goTo('credentials');
    await settle(el);
    expect(inStep(el, '#test-result')!.textContent, 'the outcome').to.contain('a check failed');
    expect(inStep(el, '[data-check="permissions"]')?.textContent ?? '', 'its checks').to.contain('Has the permissions');
    expect(input(el, 'accessToken').getAttribute('aria-invalid'), 'the field the check names').to.equal('true');
  });

  /** A test of the filled-in Shopify store, still running when the person goes to `to`, whose answer is a failed check on the environment (General). */
  async function lateEnvironmentCheck(to: 'review' | 'general', checks: readonly object[] = ENVIRONMENT_FAILED, meanwhile?: (el: ConnectorWizard) => void) {
    const { api, el } = await shopifyFilledIn('my-store');
    await api.faults({
      kind: 'status',
      method: 'POST',
      status: 422,
      type: 'application/problem+json',
      json: { ...CREDENTIALS_REJECTED, account: 'my-store.myshopify.com', checks },
      held: true,
    });
    inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
    try {
      await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'testing', 'testing', { timeout: 5000 });
      expect(await el.goTo(to), 'moved on while it runs').to.equal(true);
      await settle(el);
      meanwhile?.(el);
    } finally {
      await api.release();
    }
    const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    await waitUntil(() => region.textContent!.includes('a check failed'), `said: ${region.textContent}`, { timeout: 5000 });
    await settle(el);
    return { el, said: region.textContent!.replace(/\s+/g, ' ') };
  }

  const stepLink = (el: ConnectorWizard, label: string) =>
    [...el.shadowRoot!.querySelectorAll('[part~="step-link"]')].find((link) => link.textContent!.includes(label))?.textContent?.replace(/\s+/g, ' ') ?? '';

  it('a late failed check on another step leaves the person where they are: the steps mark that step, a notice names the field and goes to it', async () => {
    const { el, said } = await lateEnvironmentCheck('review');
    expect(currentStepId(el), 'never taken away').to.equal('review');
    expect(said, 'the field named where the person is').to.contain('Testing or live');
    expect(stepLink(el, 'General'), 'the steps say which one has a problem').to.contain('needs attention');
    const notice = el.shadowRoot!.querySelector<HTMLElement>('[data-test-elsewhere]');
    expect(notice?.textContent ?? '', 'a notice where the person is').to.contain('Testing or live');
    notice!.querySelector('button')!.click();
    await waitUntil(() => currentStepId(el) === 'general', 'taken there by the notice');
    await settle(el);
    expect(errorSummary(el).join(' '), 'marked on its own step').to.contain('These are sandbox credentials');
    expect(inStep(el, 'fieldset.has-error')?.textContent ?? '', 'the field marked').to.contain('These are sandbox credentials');
  });

  it('the notice button takes the person to the step with the focus on its error summary, as Create does', async () => {
    const { el } = await lateEnvironmentCheck('review');
    const go = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-test-elsewhere] button')!;
    expect(go.textContent!.trim()).to.equal('Go to “Testing or live”');
    go.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => currentStepId(el) === 'general', 'taken to General');
    await settle(el);
    expect(deepActiveElement()?.matches('.error-summary') ?? false, `the summary has the focus, not ${deepActiveElement()?.tagName}`).to.equal(true);
    expect(errorSummary(el).join(' ')).to.contain('These are sandbox credentials');
  });

  it('Create after a late failed check on another step goes to that field, as for any field known to be invalid', async () => {
    const { el } = await lateEnvironmentCheck('review');
    expect(await el.submit(), 'nothing created').to.equal(false);
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
    expect(errorSummary(el).join(' ')).to.contain('These are sandbox credentials');
  });

  it('a late failed check on a Credentials field marks Credentials in the steps until the person is back there', async () => {
    const { el } = await lateEnvironmentCheck('review', PERMISSIONS_FAILED);
    expect(currentStepId(el), 'never taken away').to.equal('review');
    expect(stepLink(el, 'Credentials'), 'the steps say Credentials has a problem').to.contain('needs attention');
    expect(stepLink(el, 'General'), 'and no other step').to.not.contain('needs attention');
    expect(await el.goTo('credentials')).to.equal(true);
    await settle(el);
    expect(errorSummary(el).join(' '), 'shown on its field there').to.contain('The token cannot read orders');
    expect(stepLink(el, 'Credentials'), 'the step on screen shows its problem itself').to.not.contain('needs attention');
  });

  it('a late failed check on another step goes with the test when the token it tested is replaced: no step needs attention, Create goes on', async () => {
    const { el } = await lateEnvironmentCheck('review');
    expect(await el.goTo('credentials')).to.equal(true);
    await settle(el);
    await type(el, '#field-credentials-accessToken', 'shpat_ffffffffffffffffffffffffffffffff');
    expect(await el.goTo('review')).to.equal(true);
    await settle(el);
    expect(stepLink(el, 'General'), 'General no longer marked').to.not.contain('needs attention');
    expect(el.shadowRoot!.querySelector('[data-test-elsewhere]') === null, 'no notice of it').to.equal(true);
    expect(await el.submit(), 'created').to.equal(true);
  });

  it('a late failed check shown on its field goes with the test too when the token it tested is replaced', async () => {
    const { el } = await lateEnvironmentCheck('review');
    expect(await el.goTo('general')).to.equal(true);
    await settle(el);
    expect(errorSummary(el).join(' '), 'shown there').to.contain('These are sandbox credentials');
    expect(await el.goTo('credentials')).to.equal(true);
    await settle(el);
    await type(el, '#field-credentials-accessToken', 'shpat_ffffffffffffffffffffffffffffffff');
    expect(await el.goTo('general')).to.equal(true);
    await settle(el);
    expect(errorSummary(el).join(' ')).to.not.contain('These are sandbox credentials');
  });

  it('a late failed check on the step the person is on marks its field there', async () => {
    const { el } = await lateEnvironmentCheck('general');
    expect(currentStepId(el)).to.equal('general');
    expect(errorSummary(el).join(' ')).to.contain('These are sandbox credentials');
    expect(el.shadowRoot!.querySelector('[data-test-elsewhere]') === null, 'no notice to go where the person is').to.equal(true);
  });

  it('a late failed check on the step the person is on leaves the focus on Continue, and its summary is no second alert', async () => {
    const continueButton = (el: ConnectorWizard) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="continue"]')!;
    const { el } = await lateEnvironmentCheck('general', ENVIRONMENT_FAILED, (el) => continueButton(el).focus());
    expect(errorSummary(el).join(' '), 'the field is marked there').to.contain('These are sandbox credentials');
    expect(deepActiveElement() === continueButton(el), `the focus stays on Continue, not ${deepActiveElement()?.tagName}`).to.equal(true);
    expect(inStep(el, '.error-summary')?.getAttribute('role'), 'the outcome was said politely: the summary does not say it again').to.not.equal('alert');
  });

  it('a test run again that passes takes away the first test s failed check waiting on another step: no step needs attention, Create goes on', async () => {
    const { el } = await lateEnvironmentCheck('review');
    expect(stepLink(el, 'General'), 'waiting there').to.contain('needs attention');
    expect(await el.goTo('credentials')).to.equal(true);
    await settle(el);
    await testConnection(el, 'ok');
    expect(await el.goTo('review')).to.equal(true);
    await settle(el);
    const marked = stepLink(el, 'General').includes('needs attention');
    const created = await el.submit();
    await settle(el);
    expect({ marked, created, errors: errorSummary(el) }).to.deep.equal({ marked: false, created: true, errors: [] });
  });

  it('a failed check on no field of the form (another way to sign in, a field gone) is listed, but never holds Create: no answer here could clear it', async () => {
    /** Tests with these checks failing, then Create from Review: whether it created, and where the person is (no step: the success panel). */
    async function createdAfter(checks: readonly object[], listed: string[]) {
      const { api, el } = await shopifyFilledIn('my-store');
      const created: unknown[] = [];
      el.addEventListener('connector-created', (e) => created.push(e));
      await api.faults({ kind: 'status', status: 200, type: 'application/json', json: { ok: true, checks } });
      await testConnection(el, 'rejected');
      expect(errorSummary(el), 'each listed when it comes').to.deep.equal(listed);
      await pressContinue(el);
      const attention = stepLink(el, 'Credentials').includes('needs attention');
      await el.submit();
      await settle(el);
      return { attention, created: created.length, step: currentStepId(el) };
    }
    const onNoField = [
      { id: 'secret', label: 'Client secret works', status: 'failed', detail: 'The client secret was revoked', pointer: '/credentials/clientSecret' },
      { id: 'gone', label: 'Location set', status: 'failed', detail: 'No location is set', pointer: '/credentials/locationId' },
    ];
    expect(await createdAfter(onNoField, ['The client secret was revoked', 'No location is set'])).to.deep.equal({ attention: false, created: 1, step: null });
    // The nearest case: a failed check on the token field still holds Create, and takes the person there.
    expect(await createdAfter(PERMISSIONS_FAILED, ['Admin API access token: The token cannot read orders'])).to.deep.equal({
      attention: true,
      created: 0,
      step: 'credentials',
    });
  });

  it('a failed check on no field of the form is listed again on coming back to Credentials, while the outcome stands', async () => {
    const gone = { id: 'gone', label: 'Location set', status: 'failed', detail: 'No location is set', pointer: '/credentials/locationId' };
    const { el } = await testedWith({ ok: true, checks: [gone] }, 'rejected');
    await pressContinue(el);
    expect(await el.goTo('credentials')).to.equal(true);
    await settle(el);
    expect(errorSummary(el)).to.deep.equal(['No location is set']);
  });

  it('Create with a late failed check waiting on a Credentials field goes there first, as one waiting on another step does', async () => {
    const { el } = await lateEnvironmentCheck('review', PERMISSIONS_FAILED);
    const created: unknown[] = [];
    el.addEventListener('connector-created', (e) => created.push(e));
    expect(stepLink(el, 'Credentials'), 'the steps say so').to.contain('needs attention');
    const result = await el.submit();
    await settle(el);
    expect({ result, created: created.length, step: currentStepId(el), shown: errorSummary(el).join(' ') }).to.deep.equal({
      result: false,
      created: 0,
      step: 'credentials',
      shown: 'Admin API access token: The token cannot read orders',
    });
  });

  it('a late failed check on a Credentials field, with one on another step, goes from its field when the token it tested is replaced', async () => {
    const { el } = await lateEnvironmentCheck('review', [
      ...ENVIRONMENT_FAILED,
      { id: 'store', label: 'Store found', status: 'failed', detail: 'No such store on this account', pointer: '/credentials/shop' },
    ]);
    expect(await el.goTo('credentials')).to.equal(true);
    await settle(el);
    expect(errorSummary(el).join(' '), 'shown there').to.contain('No such store on this account');
    await type(el, '#field-credentials-accessToken', 'shpat_ffffffffffffffffffffffffffffffff');
    await settle(el);
    expect(errorSummary(el), 'gone with the test').to.deep.equal([]);
  });

  it('a test still running when Cancel takes the secrets away never shows its outcome', async () => {
    const { api, el } = await shopifyFilledIn('my-store');
    await api.faults({ kind: 'slow', method: 'POST', held: true });
    await watchingFetches(api.testEndpoint, async (arrived) => {
      inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
      try {
        await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'testing', 'testing', { timeout: 5000 });
        await api.waitHeld();
        button(el, 'cancel').click();
      } finally {
        // Answered only after Cancel.
        await api.releaseIfHeld();
      }
      await api.answered();
      await arrived();
    });
    await settle(el);
    expect(inStep(el, '#test-result')?.getAttribute('data-test-state') ?? null).to.equal(null);
  });

  it('a test still running when Create sends the connector (no endpoint) is never said nor shown after the success', async () => {
    const { api, el } = await shopifyFilledIn('my-store');
    const created: unknown[] = [];
    el.addEventListener('connector-created', (e) => created.push((e as CustomEvent).detail.connector.name));
    const json = { ...CREDENTIALS_REJECTED, detail: 'The token cannot read orders.', checks: PERMISSIONS_FAILED };
    await api.faults({ kind: 'status', method: 'POST', status: 422, type: 'application/problem+json', json, held: true });
    inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
    try {
      await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'testing', 'testing', { timeout: 5000 });
      expect(await el.goTo('review'), 'moved on while it runs').to.equal(true);
      expect(await el.submit(), 'created').to.equal(true);
    } finally {
      // The test is answered only after the success.
      await api.releaseAnswered();
    }
    await settle(el);
    const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    const success = el.shadowRoot!.querySelector('[part~="success"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    expect({ created: created.length, said: region.textContent!.includes('check failed'), success: success.includes('check failed') || !success }).to.deep.equal({
      created: 1,
      said: false,
      success: false,
    });
  });

  it('a long check label and account are shortened as characters, never cut inside an emoji', async () => {
    const emoji = '😀'.repeat(600);
    const { el } = await testedWith({ ok: true, account: emoji, checks: [{ id: 'a', label: emoji, status: 'passed' }] }, 'ok');
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
    for (const selector of ['[data-check="a"]', '[data-account]']) {
      const text = inStep(el, selector)!.textContent!;
      expect(loneSurrogate.test(text), `${selector} holds half an emoji`).to.equal(false);
      expect(text, `${selector} shortened`).to.contain('😀…');
    }
  });

  it('a long check label is cut between the characters a person sees, never inside a family emoji', async () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}';
    const { el } = await testedWith({ ok: true, account: family.repeat(600), checks: [{ id: 'a', label: family.repeat(600), status: 'passed' }] }, 'ok');
    for (const selector of ['[data-check="a"]', '[data-account]']) {
      const text = inStep(el, selector)!.textContent!;
      expect(text, `${selector} ends with a whole family`).to.contain(`${family}…`);
      expect(text.split(family).length - 1, `${selector} families kept`).to.equal(499);
    }
  });

  it('a label of one character stacked with thousands of marks is still shortened', async () => {
    const stacked = `a${'\u0301'.repeat(20000)}`;
    const { el } = await testedWith({ ok: true, account: stacked, checks: [{ id: 'a', label: stacked, status: 'passed' }] }, 'ok');
    for (const selector of ['[data-check="a"]', '[data-account]']) expect(inStep(el, selector)!.textContent!.length, selector).to.be.below(2100);
  });

  it('a refusal with no failed check never says "Connected as"', async () => {
    const { api, el } = await shopifyFilledIn('my-store');
    const refusal = {
      ...CREDENTIALS_REJECTED,
      detail: 'The token was revoked.',
      account: 'my-store.myshopify.com',
    };
    await api.faults({
      kind: 'status',
      status: 422,
      type: 'application/problem+json',
      json: { ...refusal, errors: [{ pointer: '/credentials/accessToken', detail: 'Revoked' }] },
    });
    await testConnection(el, 'rejected');
    expect(inStep(el, '#test-result p')!.textContent).to.equal('Shopify refused these credentials: The token was revoked. The fields to check are marked.');
    expect(inStep(el, '[data-account]')).to.equal(null);
  });

  it("a check in capitals or without a label is shown, not dropped; one of another kind is left out; a 5xx's checks are listed", async () => {
    const { api, el } = await shopifyFilledIn('my-store');
    const checks = () =>
      [...inStep(el, '.checks')!.querySelectorAll<HTMLElement>('[data-check]')].map((c) => [c.dataset.check, c.dataset.status, c.textContent!.replace(/\s+/gu, ' ').trim()]);
    await api.faults({
      kind: 'status',
      status: 200,
      type: 'application/json',
      json: {
        ok: true,
        checks: [
          { id: 'permissions', status: 'FAILED', detail: 'The token cannot read orders', pointer: '/credentials/accessToken' },
          { id: 'odd', label: 'Odd', status: 'maybe' },
        ],
      },
    });
    await testConnection(el, 'rejected');
    expect(checks()).to.deep.equal([['permissions', 'failed', '✗ Failed: permissions. The token cannot read orders']]);
    expect(input(el, 'accessToken').getAttribute('aria-invalid'), 'not read as a pass').to.equal('true');
    el.retryPolicy = { attempts: 1, baseDelayMs: 20, maxDelayMs: 20 };
    await api.faults({
      kind: 'status',
      status: 502,
      type: 'application/problem+json',
      json: { title: 'Bad gateway', status: 502, checks: [{ id: 'account', label: 'Account found', status: 'passed' }] },
    });
    inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
    await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'unreachable', 'unreachable');
    expect(checks()).to.deep.equal([['account', 'passed', '✓ Passed: Account found']]);
  });

  it('of more than 50 checks, a failed one late in the list is still shown and lands on its field: never read as a pass', async () => {
    const { api, el } = await shopifyFilledIn('my-store');
    const listed = () => [...inStep(el, '.checks')!.querySelectorAll<HTMLElement>('[data-check]')].map((c) => `${c.dataset.check}:${c.dataset.status}`);
    const passed = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `scope-${i}`, label: `Scope ${i} granted`, status: 'passed' }));
    const late = { id: 'orders', label: 'Can read orders', status: 'failed', detail: 'The token cannot read orders', pointer: '/credentials/accessToken' };
    await api.faults({ kind: 'status', status: 200, type: 'application/json', json: { ok: true, checks: [...passed(54), late] } });
    await testConnection(el, 'rejected');
    expect(listed(), 'at most 50 listed').to.have.length(50);
    expect(listed().at(-1)).to.equal('orders:failed');
    expect(listed()[0]).to.equal('scope-0:passed');
    expect(input(el, 'accessToken').getAttribute('aria-invalid')).to.equal('true');
    // The nearest case: more than 50 that all passed is still a pass, the first 50 listed in the order made.
    await api.faults({ kind: 'status', status: 200, type: 'application/json', json: { ok: true, checks: passed(55) } });
    await testConnection(el, 'ok');
    expect(listed()).to.deep.equal(passed(50).map((c) => `${c.id}:passed`));
  });

  it('a direction control in a check label reorders nothing after it, and a label ending in a full stop gets no second one', async () => {
    const { el } = await testedWith(
      {
        ok: true,
        checks: [
          { id: 'env', label: 'Matches a live account\u202E', status: 'skipped', detail: 'ABCDEF' },
          { id: 'dot', label: 'Found.', status: 'passed', detail: 'Yes' },
          { id: 'more', label: 'Looked…', status: 'passed', detail: 'Fine' },
          { id: 'q', label: '店舗は見つかりましたか？', status: 'passed', detail: 'はい' },
        ],
      },
      'ok',
    );
    await settle(el);
    const detail = inStep(el, '[data-check="env"] .detail')!;
    const walker = document.createTreeWalker(detail, NodeFilter.SHOW_TEXT);
    let node: Node | null;
    while ((node = walker.nextNode()) && !node.textContent!.includes('ABCDEF'));
    const x = (i: number) => {
      const range = document.createRange();
      const at = node!.textContent!.indexOf('ABCDEF') + i;
      range.setStart(node!, at);
      range.setEnd(node!, at + 1);
      return range.getBoundingClientRect().left;
    };
    expect(x(0), 'A is drawn left of F').to.be.lessThan(x(5));
    expect(inStep(el, '[data-check="dot"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('Found. Yes');
    expect(inStep(el, '[data-check="more"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('Looked… Fine');
    expect(inStep(el, '[data-check="q"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('店舗は見つかりましたか？ はい');
  });

  it('checks whose labels end in a full stop or not are heard in the description of Test connection with their details apart, as they read', async () => {
    const { el } = await testedWith(
      {
        ok: true,
        checks: [
          { id: 'dot', label: 'Found.', status: 'passed', detail: 'Yes' },
          { id: 'plain', label: 'Scopes granted', status: 'passed', detail: 'All four' },
        ],
      },
      'ok',
    );
    await settle(el);
    inStep<HTMLButtonElement>(el, '[part~="test"]')!.focus();
    const description = await focusedDescription();
    expect(description).to.contain('Found. Yes');
    expect(description, 'the nearest case: a label without its full stop').to.contain('Scopes granted. All four');
  });

  it('a test that passes takes away the field errors the previous test put there', async () => {
    const { api, el } = await shopifyFilledIn('my-store');
    await api.faults({
      kind: 'status',
      status: 422,
      type: 'application/problem+json',
      json: { ...CREDENTIALS_REJECTED, detail: 'The token cannot read orders.', checks: PERMISSIONS_FAILED },
    });
    await testConnection(el, 'rejected');
    await settle(el);
    expect(input(el, 'accessToken').getAttribute('aria-invalid')).to.equal('true');
    await testConnection(el, 'ok');
    await settle(el);
    expect(inStep(el, '[data-check="permissions"]')!.dataset.status).to.equal('passed');
    expect(input(el, 'accessToken').getAttribute('aria-invalid'), 'still marked invalid').to.not.equal('true');
    expect(errorSummary(el), 'the summary still says the check failed').to.deep.equal([]);
  });
});
