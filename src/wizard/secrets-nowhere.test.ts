/**
 * A secret typed in each kind of credential, through a draft, a connection test, a refused and then
 * a successful create in endpoint mode, a paste fill and its Undo: it reaches no event detail (on
 * any target, tabs' messages included), no stored record, no URL and no console line. Only the
 * emit-mode `connector-created` carries secrets, and this wizard has an endpoint.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import {
  advanceTo,
  choose,
  freshApi,
  GROUPS,
  inStep,
  pasteInto,
  pressContinue,
  settle,
  shopifyPayload,
  stepElement,
  type,
  uniqueDatabase,
  wizardFixture,
} from '../test/fixtures.js';
import { canaryForms, everythingStored, readDraft } from '../test/stored.js';
import type { ConnectorWizard, EditableConnector } from './connector-wizard.js';

const hex = (seed: string) => Array.from({ length: 40 }, (_, i) => ((seed.charCodeAt(i % seed.length) + i) % 16).toString(16)).join('');

/** One auth type of each kind in the sample catalogue: the values typed, the secret ones named. */
const KINDS = [
  { kind: 'token', system: 'shopify', authType: 'access-token', typed: { shop: 'my-store' }, secrets: { accessToken: `shpat_${hex('token').slice(0, 32)}` } },
  {
    kind: 'api-key',
    system: 'woocommerce',
    authType: 'rest-api-keys',
    typed: { storeUrl: 'https://shop.example.com' },
    secrets: { consumerKey: `ck_${hex('consumer-key')}`, consumerSecret: `cs_${hex('consumer-secret')}` },
  },
  {
    kind: 'oauth1',
    system: 'adobe-commerce',
    authType: 'integration-oauth',
    typed: { baseUrl: 'https://adobe.example.com', storeCode: 'default' },
    secrets: { consumerKey: 'Q7ck-adobe-Lm2pW9', consumerSecret: 'Q7cs-adobe-Zx4vB1', accessToken: 'Q7at-adobe-Hj8kN3', accessTokenSecret: 'Q7as-adobe-Rt5yU6' },
  },
  { kind: 'basic', system: 'mintsoft', authType: 'username-password', typed: { username: 'ops-admin' }, secrets: { password: 'Pw-mint-Kx9mPq' } },
  { kind: 'oauth2-client-credentials', system: 'xero', authType: 'custom-connection', typed: { clientId: 'xero-client-1' }, secrets: { clientSecret: 'Q7xs-xero-Vb3nM8' } },
  {
    kind: 'oauth2-client-credentials, a multi-line secret',
    system: 'netsuite',
    authType: 'oauth2-client-credentials',
    typed: { accountId: '1234567', clientId: 'ns-client-1', certificateId: 'cert-1' },
    secrets: {
      privateKey: '-----BEGIN PRIVATE KEY-----\nMIIEvQ7nsKeyLm2pW9Zx4vB1\nK8s2Lq0Wn5Tr7Yv3Xc6Hb9Jd1Fg4Mp8Rs2Ut5Vw7Ya9Zc0Be3Dh6Gj\nNq4Pk7Sm2Vo5Xr8\n-----END PRIVATE KEY-----',
    },
  },
] as const;

/** Whatever the page says outward while `run` runs: every event dispatched on any target, every message to other tabs, every console line. */
async function watched(run: () => Promise<void>): Promise<string> {
  const said: string[] = [];
  const text = (value: unknown) => {
    try {
      return typeof value === 'string' ? value : JSON.stringify(value);
    } catch {
      return String(value);
    }
  };
  const dispatch = EventTarget.prototype.dispatchEvent;
  const post = BroadcastChannel.prototype.postMessage;
  const lines = (['log', 'info', 'warn', 'error', 'debug'] as const).map((name) => [name, console[name]] as const);
  EventTarget.prototype.dispatchEvent = function (event) {
    said.push(`${event.type} ${text((event as CustomEvent).detail)}`);
    return dispatch.call(this, event);
  };
  BroadcastChannel.prototype.postMessage = function (message) {
    said.push(`tab ${text(message)}`);
    return post.call(this, message);
  };
  for (const [name, line] of lines)
    console[name] = (...args: unknown[]) => {
      said.push(`console ${args.map(text).join(' ')}`);
      line.apply(console, args);
    };
  try {
    await run();
  } finally {
    EventTarget.prototype.dispatchEvent = dispatch;
    BroadcastChannel.prototype.postMessage = post;
    for (const [name, line] of lines) console[name] = line;
  }
  return said.join('\n');
}

// Each source module is a resource: past the browser's default 250 entries, later requests (those that could carry a secret) would go unlisted.
performance.setResourceTimingBufferSize(10_000);

/** Every URL the page asked for or shows, and what the test server logged of the namespace's requests. */
async function urls(api: ReturnType<typeof freshApi>): Promise<string> {
  const asked = performance.getEntriesByType('resource').map((entry) => entry.name);
  const logged = (await api.log()).map((entry) => `${entry.path}?${entry.query}`);
  return [location.href, ...asked, ...logged].join('\n');
}

/** No form of any of `values` (as typed, encoded, quoted: `canaryForms`) in what the page said, the URLs it asked for, or what it stored. */
function nowhere(values: readonly string[], seen: { said: string; asked: string; stored: string }) {
  for (const value of values)
    for (const form of canaryForms(value)) {
      expect(seen.said.includes(form), `${form} said`).to.equal(false);
      expect(seen.asked.includes(form), `${form} in a URL`).to.equal(false);
      expect(seen.stored.includes(form), `${form} stored`).to.equal(false);
    }
}

async function fillCredentials(el: ConnectorWizard, values: Readonly<Record<string, string>>) {
  for (const [key, value] of Object.entries(values)) await type(el, `#field-credentials-${key}`, value);
}

async function testConnection(el: ConnectorWizard) {
  inStep<HTMLButtonElement>(el, '.test-button')!.click();
  const state = () => inStep(el, '#test-result')?.dataset.testState ?? '';
  await waitUntil(() => state() !== '' && state() !== 'testing', 'tested', { timeout: 5000 }).catch(() => {
    throw new Error(`not tested (${state()}): ${stepElement(el)?.shadowRoot?.textContent?.replace(/\s+/gu, ' ')}`);
  });
  await settle(el);
}

describe('a secret typed in each kind of credential reaches no event, storage, URL or console line', () => {
  before(() => freshApi().connectors());

  for (const encrypted of [false, true])
    for (const { kind, system, authType, typed, secrets } of KINDS) {
      it(`${kind} (${system})${encrypted ? ', sealed in the draft' : ''}`, async () => {
        const api = freshApi();
        const database = uniqueDatabase();
        const values: Record<string, string> = secrets;
        const said = await watched(async () => {
          const el = await wizardFixture({ system, groups: GROUPS, draftDatabase: database, endpoint: api.endpoint, testEndpoint: api.testEndpoint, encrypted });
          await advanceTo(el, 'auth');
          if (inStep(el, `#auth-${authType}`)) await choose(el, `#auth-${authType}`);
          await pressContinue(el);
          await fillCredentials(el, { ...typed, ...secrets });
          await testConnection(el);
          await pressContinue(el);
          await advanceTo(el, 'review');
          await waitUntil(async () => (await readDraft(database, `default:${system}`))?.step === 'review', 'the draft saved on Review', { timeout: 5000 });
          const stored = await everythingStored();
          for (const value of Object.values(values)) for (const form of canaryForms(value)) expect(stored.includes(form), `${form} stored`).to.equal(false);
          // Refused first, the server quoting what it was sent; then made.
          const quoted = Object.values(values).join(' and ');
          await api.faults({
            kind: 'status',
            method: 'POST',
            status: 400,
            type: 'application/problem+json',
            json: { type: '/problems/upstream', title: `Upstream refused ${quoted}` },
          });
          expect(await el.submit()).to.equal(false);
          await settle(el);
          expect(await el.submit()).to.equal(true);
          await settle(el);
        });
        const asked = await urls(api);
        const stored = await everythingStored();
        expect(said).to.contain('connector-created');
        nowhere(Object.values(values), { said, asked, stored });
      });
    }

  it('an edit that replaces a Basic password, tested (answered and refused with it quoted), refused with the password quoted and then saved: the new and the old password are nowhere', async () => {
    const api = freshApi();
    const database = uniqueDatabase();
    const [old, typed] = ['Pw-old-Zx4vB1', 'Pw-new-Hj8kN3'];
    const payload = { ...shopifyPayload(), name: 'Mintsoft UK', system: 'mintsoft', authType: 'username-password', credentials: { username: 'ops-admin', password: old } };
    const stored = (await api.create(payload)) as EditableConnector;
    const said = await watched(async () => {
      const el = await wizardFixture({ groups: GROUPS, draftDatabase: database, endpoint: api.endpoint, testEndpoint: api.testEndpoint, encrypted: true });
      el.connector = stored;
      await settle(el);
      await el.goTo('credentials');
      await settle(el);
      await type(el, '#field-credentials-username', 'ops-admin');
      await type(el, '#field-credentials-password', typed);
      // A connection test of the edit, the test endpoint quoting the new password as the account and in a check, then refusing it quoted.
      const account = `ops-admin:${typed}`;
      await api.faults({
        kind: 'status',
        method: 'POST',
        status: 200,
        json: { ok: true, account, checks: [{ id: typed, label: `Signed in as ${account}`, status: 'passed' }] },
      });
      await testConnection(el);
      expect(inStep(el, '#test-result')!.textContent).to.contain('ops-admin:•••');
      await api.faults({
        kind: 'status',
        method: 'POST',
        status: 422,
        type: 'application/problem+json',
        json: { type: '/problems/credentials-rejected', title: `Rejected ${account}`, detail: account },
      });
      await testConnection(el);
      await pressContinue(el);
      await advanceTo(el, 'review');
      const detail = `Upstream refused ops-admin:${typed}`;
      await api.faults({
        kind: 'status',
        method: 'PATCH',
        status: 422,
        type: 'application/problem+json',
        json: { type: '/problems/invalid', title: detail, errors: [{ pointer: '/credentials/password', detail }] },
      });
      expect(await el.submit()).to.equal(false);
      await settle(el);
      await el.goTo('review');
      await settle(el);
      expect(await el.submit()).to.equal(true);
      await settle(el);
    });
    const asked = await urls(api);
    const kept = await everythingStored();
    expect(said).to.contain('connector-updated');
    nowhere([typed, old], { said, asked, stored: kept });
  });

  it('a paste that fills the keys, its Undo and the paste again: neither the text pasted nor a key reaches an event, storage, URL or console line', async () => {
    const api = freshApi();
    const database = uniqueDatabase();
    const key = `ck_${hex('pasted-key')}`;
    const secret = `cs_${hex('pasted-secret')}`;
    const pasted = `WOOCOMMERCE_CONSUMER_KEY=${key}\nWOOCOMMERCE_CONSUMER_SECRET=${secret}\n# copied 2026-12-05`;
    const said = await watched(async () => {
      const el = await wizardFixture({ system: 'woocommerce', groups: GROUPS, draftDatabase: database, endpoint: api.endpoint });
      await advanceTo(el, 'credentials');
      await type(el, '#field-credentials-storeUrl', 'https://shop.example.com');
      await pasteInto(el, '#field-credentials-consumerKey', pasted);
      expect(inStep<HTMLInputElement>(el, '#field-credentials-consumerSecret')!.value).to.equal(secret);
      await waitUntil(async () => (await readDraft(database, 'default:woocommerce'))?.data?.secretsEntered, 'the draft saved after the paste', { timeout: 5000 });
      inStep<HTMLButtonElement>(el, '[data-paste-undo]')!.click();
      await waitUntil(() => inStep<HTMLInputElement>(el, '#field-credentials-consumerSecret')!.value === '', 'the fill undone', { timeout: 5000 });
      await pasteInto(el, '#field-credentials-consumerKey', pasted);
      await pressContinue(el);
      await advanceTo(el, 'review');
      await waitUntil(async () => (await readDraft(database, 'default:woocommerce'))?.step === 'review', 'the draft saved on Review', { timeout: 5000 });
      const stored = await everythingStored();
      for (const value of [key, secret, 'copied 2026-12-05']) expect(stored.includes(value), `${value} stored`).to.equal(false);
    });
    const asked = await urls(api);
    for (const value of [key, secret, 'WOOCOMMERCE_CONSUMER', 'copied 2026-12-05']) {
      expect(said.includes(value), `${value} said`).to.equal(false);
      expect(asked.includes(value), `${value} in a URL`).to.equal(false);
    }
  });
});
