/**
 * Credentials as people copy them from real places (a shell line, a spreadsheet, a console's CSV,
 * Python, a chat's curly quotes, a wiki's zero-width characters, a password manager's note),
 * pasted with a real Ctrl+V.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import type { ConnectorPayload } from '../schemas/wizard-data.js';
import {
  advanceTo,
  choose,
  currentStepId,
  errorSummary,
  GROUPS,
  inStep,
  pasteInto,
  pressContinue,
  sampleCatalogue,
  settle,
  type,
  uniqueDatabase,
  wizardFixture,
} from '../test/fixtures.js';
import { everythingStored } from '../test/stored.js';
import { atCredentials } from '../test/credentials-fixtures.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

const value = (el: ConnectorWizard, key: string) => inStep<HTMLInputElement | HTMLTextAreaElement>(el, `#field-credentials-${key}`)!.value;
const notice = (el: ConnectorWizard) => inStep(el, '[data-paste-notice]')!.textContent!.replace(/\s+/gu, ' ').trim();
const hex = (n: number) => Array.from(crypto.getRandomValues(new Uint8Array(n / 2)), (b) => b.toString(16).padStart(2, '0')).join('');
const canary = () => `cs-${crypto.randomUUID().replace(/-/gu, '')}`;
/** The draft written now, what is on screen in it: a check of storage after it is against a write that happened. */
const saved = async (el: ConnectorWizard) => expect(await el.saveDraft(), 'the answers on screen are in the draft').to.equal(true);

async function created(el: ConnectorWizard): Promise<ConnectorPayload> {
  let payload: ConnectorPayload | undefined;
  el.addEventListener('connector-created', (e) => (payload = (e as CustomEvent<{ connector: ConnectorPayload }>).detail.connector));
  await pressContinue(el);
  expect(currentStepId(el), errorSummary(el).join('; ')).to.equal('review');
  await el.submit();
  return payload!;
}

describe('pasting credentials in the shapes people copy them', () => {
  const shapes: [string, (secret: string) => string][] = [
    ['a shell line (values before a command)', (s) => `XERO_CLIENT_ID=ABCDEF0123 XERO_CLIENT_SECRET=${s} npm start`],
    ['two .env lines joined by a tab', (s) => `XERO_CLIENT_ID=ABCDEF0123\tXERO_CLIENT_SECRET=${s}`],
    ['a dict as Python prints one', (s) => `{'client_id': 'ABCDEF0123', 'client_secret': '${s}'}`],
    ['JSON with curly quotes (a word processor, a chat)', (s) => `{“client_id”: “ABCDEF0123”, “client_secret”: “${s}”}`],
    ['a dict with curly single quotes (a word processor, a chat)', (s) => `{‘client_id’: ‘ABCDEF0123’, ‘client_secret’: ‘${s}’}`],
    ['a spreadsheet copy (a header row and a row, tab-separated)', (s) => `client_id\tclient_secret\nABCDEF0123\t${s}`],
    ['a credentials CSV download', (s) => `client_id,client_secret\r\nABCDEF0123,${s}\r\n`],
    ['.env lines after zero-width spaces (a wiki, a chat)', (s) => `\u200BXERO_CLIENT_ID=ABCDEF0123\n\u200BXERO_CLIENT_SECRET=${s}`],
    ['export lines ending in ;', (s) => `export XERO_CLIENT_ID=ABCDEF0123;\nexport XERO_CLIENT_SECRET=${s};`],
    ['.env values in curly quotes', (s) => `XERO_CLIENT_ID=“ABCDEF0123”\nXERO_CLIENT_SECRET=“${s}”`],
    ['a dashboard s labels after zero-width spaces (a wiki, a chat), Windows line ends', (s) => `\u200BClient ID: ABCDEF0123\r\n\u2060Client secret: ${s}\r\n`],
    ['labels with non-breaking spaces in them (a chat, a word processor)', (s) => `Client\u00A0ID: ABCDEF0123\nClient\u00A0secret: ${s}\n`],
    ['a dict as Python prints one, with True, False and None in it', (s) => `{'client_id': 'ABCDEF0123', 'client_secret': '${s}', 'sandbox': False, 'tenant': None}`],
  ];
  for (const [shape, write] of shapes)
    it(`${shape}, pasted into the visible Client ID: each field gets its value alone, the secret masked and never stored`, async () => {
      const secret = canary();
      const el = await atCredentials('xero', 'custom-connection');
      await pasteInto(el, '#field-credentials-clientId', write(secret));
      expect([value(el, 'clientId'), value(el, 'clientSecret')]).to.deep.equal(['ABCDEF0123', secret]);
      expect(notice(el)).to.contain('Filled 2 fields from what you pasted');
      await saved(el);
      expect((await everythingStored()).includes(secret), 'the secret in storage').to.equal(false);
      expect((await created(el)).credentials).to.deep.equal({ clientId: 'ABCDEF0123', clientSecret: secret });
    });

  it('a 100,000-character paste whose lines open curly quotes and never close them still fills the fields it names', async () => {
    const secret = canary();
    const el = await atCredentials('xero', 'custom-connection');
    const text = `${'NOTE=\u201C\n'.repeat(14_140)}XERO_CLIENT_ID=ABCDEF0123\nXERO_CLIENT_SECRET=${secret}`;
    expect(text.length).to.be.within(99_000, 100_000);
    await pasteInto(el, '#field-credentials-clientId', text);
    expect([value(el, 'clientId'), value(el, 'clientSecret')]).to.deep.equal(['ABCDEF0123', secret]);
    expect(notice(el)).to.contain('Filled 2 fields from what you pasted');
  });

  it('a one-line shell command whose URL has a query string fills each field, never the secrets after it into the visible URL field', async () => {
    const [key, secret] = [`ck_${hex(40)}`, `cs_${hex(40)}`];
    const el = await atCredentials('woocommerce', 'rest-api-keys');
    const line = `WOOCOMMERCE_URL=https://shop.example/?lang=en WOOCOMMERCE_CONSUMER_KEY=${key} WOOCOMMERCE_CONSUMER_SECRET=${secret} node sync.js`;
    await pasteInto(el, '#field-credentials-storeUrl', line);
    expect([value(el, 'storeUrl'), value(el, 'consumerKey'), value(el, 'consumerSecret')]).to.deep.equal(['https://shop.example/?lang=en', key, secret]);
    await saved(el);
    expect((await everythingStored()).includes(secret), 'the consumer secret in storage').to.equal(false);
  });

  it('a JSON list of one object, pasted into a one-line field, is not pasted, and the notice says why', async () => {
    const secret = canary();
    const el = await atCredentials('xero', 'custom-connection');
    await pasteInto(el, '#field-credentials-clientId', JSON.stringify([{ id: 'ABCDEF0123', secret }]));
    expect(value(el, 'clientId')).to.equal('');
    expect(notice(el)).to.contain('Nothing was pasted');
    await saved(el);
    expect((await everythingStored()).includes(secret)).to.equal(false);
  });

  for (const line of [
    (s: string) => `XERO_CLIENT_SECRET=${s} PORT=3000 npm start`,
    (s: string) => `XERO_CLIENT_SECRET=${s}\tNODE_ENV=production`,
    (s: string) => `export XERO_CLIENT_SECRET=${s} DEBUG=1`,
  ])
    it(`a line naming the secret among names the form does not know is not pasted into the visible Client ID: ${line('…')}`, async () => {
      const secret = canary();
      const el = await atCredentials('xero', 'custom-connection');
      await pasteInto(el, '#field-credentials-clientId', line(secret));
      expect(value(el, 'clientId')).to.equal('');
      expect(notice(el)).to.contain('Nothing was pasted');
      await saved(el);
      expect((await everythingStored()).includes(secret)).to.equal(false);
    });

  it('a value pasted with its label (a dashboard, a note) fills the field of that label with the value alone', async () => {
    const el = await atCredentials('xero', 'custom-connection');
    await type(el, '#field-credentials-clientId', 'ABCDEF0123');
    await pasteInto(el, '#field-credentials-clientSecret', 'Client secret: s3cr3t-value');
    expect(value(el, 'clientSecret')).to.equal('s3cr3t-value');
    expect((await created(el)).credentials).to.deep.equal({ clientId: 'ABCDEF0123', clientSecret: 's3cr3t-value' });
  });

  it('a bare token pasted into a field shown in clear fills its own masked field: never shown in clear, never in the draft', async () => {
    const token = `shpat_${crypto.randomUUID().replace(/-/gu, '')}`;
    const el = await atCredentials('shopify', 'access-token');
    await type(el, '#field-credentials-shop', 'my-store');
    await pasteInto(el, '#field-credentials-shop', token);
    expect([value(el, 'shop'), value(el, 'accessToken')]).to.deep.equal(['my-store', token]);
    expect(inStep<HTMLInputElement>(el, '#field-credentials-accessToken')!.type, 'masked').to.equal('password');
    expect(notice(el)).to.contain('Filled 1 field from what you pasted: Admin API access token.');
    await saved(el);
    expect((await everythingStored()).includes(token), 'the token in clear in storage').to.equal(false);
    // WooCommerce: a consumer key pasted into the store URL goes to its own field too.
    const woo = await atCredentials('woocommerce', 'rest-api-keys');
    const key = `ck_${'0123456789abcdef'.repeat(2)}01234567`;
    await pasteInto(woo, '#field-credentials-storeUrl', key);
    expect([value(woo, 'storeUrl'), value(woo, 'consumerKey')]).to.deep.equal(['', key]);
  });

  it('a private key (PEM) pasted into the visible Certificate ID goes to its masked Private key field: never in clear, never in the draft; nor is it taken as a name', async () => {
    const body = hex(64);
    const pem = `-----BEGIN PRIVATE KEY-----\n${body}\n${hex(40)}==\n-----END PRIVATE KEY-----\n`;
    const el = await atCredentials('netsuite', 'oauth2-client-credentials');
    await type(el, '#field-credentials-certificateId', 'cert-1');
    await pasteInto(el, '#field-credentials-certificateId', pem);
    await saved(el);
    expect({
      certificateId: value(el, 'certificateId'),
      privateKey: value(el, 'privateKey'),
      masked: inStep(el, '#field-credentials-privateKey')!.classList.contains('masked'),
      inDraft: (await everythingStored()).includes(body),
    }).to.deep.equal({ certificateId: 'cert-1', privateKey: pem.trim(), masked: true, inDraft: false });
    expect(notice(el)).to.contain('Filled 1 field from what you pasted: Private key (PEM).');
    const named = await wizardFixture({ system: 'netsuite', draftDatabase: uniqueDatabase() });
    await advanceTo(named, 'general');
    await pasteInto(named, '#field-name', pem);
    expect(inStep<HTMLInputElement>(named, '#field-name')!.value, 'the name').to.equal('');
  });

  it('another auth type s token pasted bare into a field shown in clear is refused; a value such a field could take too is left where it was pasted', async () => {
    const catalogue = await sampleCatalogue();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
    const clientCredentials = shopify.authTypes.find((a) => a.id === 'client-credentials')!;
    const clientSecret = clientCredentials.fields.find((f) => f.key === 'clientSecret')!;
    clientSecret.pattern = '^shpss_[a-f0-9]{32}$';
    const el = await atCredentials('shopify', 'access-token', { catalogue });
    await pasteInto(el, '#field-credentials-shop', `shpss_${'0123456789abcdef'.repeat(2)}`);
    expect([value(el, 'shop'), value(el, 'accessToken')]).to.deep.equal(['', '']);
    expect(notice(el)).to.contain('Nothing was pasted: that is a secret of another authentication type, Dev Dashboard app (client ID and secret).');
    await pasteInto(el, '#field-credentials-shop', 'my-store');
    expect(value(el, 'shop')).to.contain('my-store');
    // A visible field whose own specific pattern takes the value too: it could be either, so it stays where it was pasted.
    const overlapping = await sampleCatalogue();
    const accessToken = overlapping.systems.find((s) => s.id === 'shopify')!.authTypes.find((a) => a.id === 'access-token')!;
    accessToken.fields.find((f) => f.key === 'shop')!.pattern = '^[a-z0-9_]{20,40}$';
    const either = await atCredentials('shopify', 'access-token', { catalogue: overlapping });
    // (Not the shared test token: this one is kept in clear, as the shop's value, by design.)
    const token = `shpat_${crypto.randomUUID().replace(/-/gu, '')}`;
    await pasteInto(either, '#field-credentials-shop', token);
    expect([value(either, 'shop'), value(either, 'accessToken')]).to.deep.equal([token, '']);
  });

  it('a bare token copied with a zero-width space before it (a wiki, a chat) pasted into the visible Store subdomain goes to its masked field, never in clear nor in the draft', async () => {
    const token = `shpat_${hex(32)}`;
    const el = await atCredentials('shopify', 'access-token');
    await pasteInto(el, '#field-credentials-shop', `\u200B${token}`);
    await saved(el);
    expect({
      shopHoldsToken: value(el, 'shop').includes(token.slice(6)),
      accessToken: value(el, 'accessToken').replace(/\u200B/gu, ''),
      inDraft: (await everythingStored()).includes(token.slice(6)),
    }).to.deep.equal({ shopHoldsToken: false, accessToken: token, inDraft: false });
  });

  it('a Client ID pasted into Client ID, which its own pattern accepts, stays there, not moved over the Client secret', async () => {
    const catalogue = await sampleCatalogue();
    const cc = catalogue.systems.find((s) => s.id === 'shopify')!.authTypes.find((a) => a.id === 'client-credentials')!;
    // Older Shopify apps: client ID and API secret key are both 32 hex digits.
    cc.fields.find((f) => f.key === 'clientSecret')!.pattern = '^[a-f0-9]{32}$';
    cc.fields.find((f) => f.key === 'clientId')!.pattern = '^[a-f0-9]+$';
    const el = await atCredentials('shopify', 'client-credentials', { catalogue });
    const secret = hex(32);
    await type(el, '#field-credentials-clientSecret', secret);
    const clientId = hex(32);
    await pasteInto(el, '#field-credentials-clientId', clientId);
    expect([value(el, 'clientId'), value(el, 'clientSecret')]).to.deep.equal([clientId, secret]);
  });

  it('a Client ID pasted into its own field is not refused as another auth type s secret when that field s own specific pattern takes it (NetSuite)', async () => {
    const catalogue = await sampleCatalogue();
    const netsuite = catalogue.systems.find((s) => s.id === 'netsuite')!;
    // An integration record's consumer key (TBA) and client ID (OAuth 2.0) are the same 64 hex digits.
    netsuite.authTypes.find((a) => a.id === 'token-based-auth')!.fields.find((f) => f.key === 'consumerKey')!.pattern = '^[a-f0-9]{64}$';
    netsuite.authTypes.find((a) => a.id === 'oauth2-client-credentials')!.fields.find((f) => f.key === 'clientId')!.pattern = '^[a-f0-9]{64}$';
    const el = await atCredentials('netsuite', 'oauth2-client-credentials', { catalogue });
    const clientId = hex(64);
    await pasteInto(el, '#field-credentials-clientId', clientId);
    expect({ clientId: value(el, 'clientId'), notice: (inStep(el, '[data-paste-notice]')?.textContent ?? '').replace(/\s+/gu, ' ').trim() }).to.deep.equal({
      clientId,
      notice: '',
    });
  });

  it('in German, a value pasted with the label the catalogue wrote (Client secret: …) into the visible Client ID fills the secret field, as in English', async function () {
    this.timeout(20000);
    const secret = canary();
    const fields = [
      { key: 'clientId', label: 'Client ID', type: 'text' },
      { key: 'clientSecret', label: 'Client secret', type: 'secret', l10n: { de: { label: 'Client-Geheimnis' } } },
    ];
    const catalogue = { version: 1, systems: [{ id: 'acme', name: 'Acme', authTypes: [{ id: 'key', label: 'Key', kind: 'api-key', fields }] }] };
    for (const lang of ['en', 'de']) {
      const el = await atCredentials('acme', 'key', { catalogue: catalogue as never });
      el.setAttribute('lang', lang);
      const label = lang === 'de' ? 'Client-Geheimnis' : 'Client secret';
      await waitUntil(() => inStep(el, 'label[for="field-credentials-clientSecret"]')?.textContent?.includes(label), `the ${lang} label`);
      await pasteInto(el, '#field-credentials-clientId', `Client secret: ${secret}`);
      expect([lang, value(el, 'clientId'), value(el, 'clientSecret')]).to.deep.equal([lang, '', secret]);
      await el.saveDraft();
      el.remove();
    }
    expect((await everythingStored()).includes(secret), 'the secret in storage').to.equal(false);
  });

  it('a password holding " #" in a Username and Password note is kept whole', async () => {
    const el = await atCredentials('mintsoft', 'username-password');
    await pasteInto(el, '#field-credentials-username', 'Username: ops@example.com\nPassword: correct horse #battery staple');
    expect((await created(el)).credentials).to.deep.equal({ username: 'ops@example.com', password: 'correct horse #battery staple' });
  });

  it('a private key in a .env file with Windows \\r\\n escapes has line breaks, no backslash-r', async () => {
    const el = await atCredentials('netsuite', 'oauth2-client-credentials');
    await pasteInto(
      el,
      '#field-credentials-clientId',
      'NETSUITE_CLIENT_ID=c1\nNETSUITE_ACCOUNT_ID=1234567\nNETSUITE_CERTIFICATE_ID=k1\nPRIVATE_KEY="-----BEGIN PRIVATE KEY-----\\r\\nMIIE\\r\\n-----END PRIVATE KEY-----\\r\\n"',
    );
    // The last line break is trimmed, as when typed.
    expect(value(el, 'privateKey')).to.equal('-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----');
  });

  it('a private key in curly quotes (a document turned its straight quotes curly) keeps its line breaks: over indented lines in a note, or with \\n escapes in a .env line', async () => {
    const key = ['-----BEGIN PRIVATE KEY-----', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7', '-----END PRIVATE KEY-----'];
    const pasted: [string, string][] = [
      ['a note', `client_id: c1\ncertificate_id: k1\nprivate_key: “${key.join('\n    ')}”\n`],
      ['a note in single quotes', `client_id: c1\ncertificate_id: k1\nprivate_key: ‘${key.join('\n    ')}’\n`],
      ['a .env line', `NETSUITE_CLIENT_ID=c1\nNETSUITE_CERTIFICATE_ID=k1\nPRIVATE_KEY=“${key.join('\\n')}\\n”`],
    ];
    for (const [shape, text] of pasted) {
      const el = await atCredentials('netsuite', 'oauth2-client-credentials');
      await pasteInto(el, '#field-credentials-clientId', text);
      expect([value(el, 'clientId'), value(el, 'privateKey')], shape).to.deep.equal(['c1', key.join('\n')]);
    }
  });

  it('a password in curly quotes in a note keeps its backslashes as written: a note is no YAML', async () => {
    const el = await atCredentials('mintsoft', 'username-password');
    await pasteInto(el, '#field-credentials-username', 'Username: ops@example.com\nPassword: “C:\\temp\\new\\x41”');
    expect((await created(el)).credentials).to.deep.equal({ username: 'ops@example.com', password: 'C:\\temp\\new\\x41' });
  });

  it('a value in curly single quotes keeps an apostrophe inside a word (a document curls both): a .env line, a note, a dict; a quoted value without one is read as before', async () => {
    const secret = `it’s-${canary()}`;
    const pasted: [string, string, string][] = [
      ['a .env line', `XERO_CLIENT_ID=‘ABCDEF0123’\nXERO_CLIENT_SECRET=‘${secret}’ # production`, secret],
      ['a note', `Client ID: ‘ABCDEF0123’\nClient secret: ‘${secret}’`, secret],
      ['a dict', `{‘client_id’: ‘ABCDEF0123’, ‘client_secret’: ‘${secret}’}`, secret],
      ['two values on a shell line', `XERO_CLIENT_ID=‘ABCDEF0123’ XERO_CLIENT_SECRET=‘rock’n’roll’`, 'rock’n’roll'],
      ['no apostrophe', `XERO_CLIENT_ID=‘ABCDEF0123’\nXERO_CLIENT_SECRET=‘abc’`, 'abc'],
    ];
    for (const [shape, text, meant] of pasted) {
      const el = await atCredentials('xero', 'custom-connection');
      await pasteInto(el, '#field-credentials-clientId', text);
      expect([value(el, 'clientId'), value(el, 'clientSecret')], shape).to.deep.equal(['ABCDEF0123', meant]);
    }
  });

  it('two .env lines joined by a tab keep a backslash in a value (a shell keeps one before an ordinary character too)', async () => {
    const secret = `${canary()}\\${hex(8)}`;
    const el = await atCredentials('xero', 'custom-connection');
    await pasteInto(el, '#field-credentials-clientId', `XERO_CLIENT_ID=ABCDEF0123\tXERO_CLIENT_SECRET=${secret}`);
    expect([value(el, 'clientId'), value(el, 'clientSecret')]).to.deep.equal(['ABCDEF0123', secret]);
  });
});

describe('connection strings, which hold key=value parts of their own', () => {
  const catalogue = {
    version: 1,
    systems: [
      {
        id: 'pg',
        name: 'Postgres',
        authTypes: [
          {
            id: 'dsn',
            label: 'Connection string',
            kind: 'basic',
            fields: [
              { key: 'connectionString', label: 'Connection string', type: 'secret', aliases: ['DATABASE_URL'] },
              { key: 'schema', label: 'Schema', type: 'text', required: false },
            ],
          },
          // Its parts name this auth type's secret (`password=…`): a masked field still takes the string as one value.
          {
            id: 'login',
            label: 'User and password',
            kind: 'basic',
            fields: [
              { key: 'user', label: 'User', type: 'text' },
              { key: 'password', label: 'Password', type: 'secret' },
            ],
          },
        ],
      },
    ],
  };
  const atDsn = () => atCredentials('pg', 'dsn', { catalogue: catalogue as never });
  const ado = 'Server=tcp:db.example.net,1433;Initial Catalog=app;User ID=svc;Password=s3cret;';

  for (const dsn of [
    'host=db.example.com port=5432 dbname=app user=svc password=s3cret',
    'password=s3cret host=db.example port=5432 dbname=app user=me',
    'Password=s3cret;Server=db.example;User Id=me',
    ado,
  ])
    it(`pasted into its own field, goes in as it is: ${dsn.slice(0, 24)}…`, async () => {
      const el = await atDsn();
      await pasteInto(el, '#field-credentials-connectionString', dsn);
      expect({ value: value(el, 'connectionString'), notice: notice(el) }).to.deep.equal({ value: dsn, notice: '' });
    });

  it('as a .env value with spaces and ; in it, fills its field whole', async () => {
    const el = await atDsn();
    await pasteInto(el, '#field-credentials-schema', `DATABASE_URL=${ado}\nSCHEMA=public`);
    expect([value(el, 'connectionString'), value(el, 'schema')]).to.deep.equal([ado, 'public']);
  });

  it('a URL as a .env value is never split at its query s parts, even one named as a field of the form', async () => {
    const url = 'postgres://svc:s3cret@db.example/app?sslmode=require&schema=public';
    const el = await atDsn();
    await pasteInto(el, '#field-credentials-schema', `DATABASE_URL=${url}`);
    expect([value(el, 'connectionString'), value(el, 'schema')]).to.deep.equal([url, '']);
  });

  const mongo = {
    version: 1,
    systems: [
      {
        id: 'mongo',
        name: 'MongoDB',
        authTypes: [
          {
            id: 'login',
            label: 'User and password',
            kind: 'basic',
            fields: [
              { key: 'uri', label: 'Connection URI (without the password)', type: 'text' },
              { key: 'user', label: 'User', type: 'text' },
              { key: 'password', label: 'Password', type: 'secret' },
            ],
          },
        ],
      },
    ],
  };
  for (const uri of ['mongodb://db.example:27017/app?authSource=admin&replicaSet=rs0', 'https://api.example/v1/items?sort_key=name&authMechanism=SCRAM-SHA-256'])
    it(`a URI with no secret in it pasted into its clear field goes in as it is: ${uri.slice(0, 40)}`, async () => {
      const el = await atCredentials('mongo', 'login', { catalogue: mongo as never });
      await pasteInto(el, '#field-credentials-uri', uri);
      expect({ value: value(el, 'uri'), notice: notice(el) }).to.deep.equal({ value: uri, notice: '' });
    });

  it('a URI with a password in its query is still refused in its clear field', async () => {
    const el = await atCredentials('mongo', 'login', { catalogue: mongo as never });
    await pasteInto(el, '#field-credentials-uri', 'mongodb://db.example/app?authSource=admin&password=s3cret');
    expect(value(el, 'uri')).to.equal('');
    expect(notice(el)).to.contain('Nothing was pasted');
  });
});

describe('pasting credentials into the connector name', () => {
  for (const [shape, text] of [
    ['a .env block', (s: string) => `XERO_CLIENT_ID=ABCDEF0123\nXERO_CLIENT_SECRET=${s}\n`],
    ['one value this system s credentials name', (s: string) => `XERO_CLIENT_SECRET=${s}`],
    ['a shell line naming a secret among other names', (s: string) => `XERO_CLIENT_SECRET=${s} PORT=3000 npm start`],
  ] as const)
    it(`${shape} is not pasted into the name, nor kept in the draft, and the person is told where it goes`, async () => {
      const secret = canary();
      const el = await wizardFixture({ system: 'xero', draftDatabase: uniqueDatabase() });
      await advanceTo(el, 'general');
      await pasteInto(el, '#field-name', text(secret));
      expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('');
      const status = inStep(el, '#field-name ~ [role="status"]')!;
      expect(status.textContent).to.contain('looks like credentials, not a name');
      await saved(el);
      expect((await everythingStored()).includes(secret)).to.equal(false);
      // A name pasted next is taken, and the notice goes.
      await pasteInto(el, '#field-name', 'Xero: UK ledger');
      await settle(el);
      expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('Xero: UK ledger');
      expect(status.textContent!.trim()).to.equal('');
    });

  it('a long token pasted by mistake (100,000 characters, the paste limit; no spaces) is read once and pasted, the step still answering', async () => {
    const el = await wizardFixture({ system: 'shopify', noDrafts: true });
    await advanceTo(el, 'general');
    // A base64url blob, and one with dots (a JWT): letters, digits, "-", "_" and ".", never a space.
    for (const alphabet of ['abcdefghijklmnopqrstuvwxyz0123456789-_', 'ab.']) {
      const token = Array.from({ length: 100_000 }, (_, i) => alphabet[i % alphabet.length]).join('');
      await type(el, '#field-name', '');
      await pasteInto(el, '#field-name', token);
      expect(token.startsWith(inStep<HTMLInputElement>(el, '#field-name')!.value), 'pasted as a name (no name and value in it)').to.equal(true);
      expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.not.equal('');
    }
    await type(el, '#field-name', 'Shopify UK');
    await choose(el, '#environment-live');
    await pressContinue(el);
    expect(currentStepId(el), errorSummary(el).join('; ')).to.not.equal('general');
  });

  for (const [system, name] of [
    ['shopify', 'Shop: acme-uk'],
    ['netsuite', 'Account: Acme Europe'],
  ] as const)
    it(`a name that reads as one of the system s values, not a secret, pastes as a name: ${name}`, async () => {
      const el = await wizardFixture({ system, draftDatabase: uniqueDatabase() });
      await advanceTo(el, 'general');
      await pasteInto(el, '#field-name', name);
      expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal(name);
    });
});

describe('credentials no form knows, pasted into the name or a field shown in clear', () => {
  const shapes = [
    (s: string) => `{"password": "${s}"}`,
    (s: string) => `DB_PASSWORD=${s}`,
    (s: string) => `user=admin password=${s}`,
    (s: string) => `dbPassword: ${s}`,
    (s: string) => `[{"password": "${s}"}]`,
  ];
  for (const text of shapes)
    it(`pasted into the connector name, is refused and kept nowhere: ${text('…')}`, async () => {
      const secret = canary();
      const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase: uniqueDatabase() });
      await pasteInto(el, '#field-name', text(secret));
      expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('');
      expect(inStep(el, '#field-name ~ [role="status"]')!.textContent).to.contain('Nothing was pasted: that looks like credentials, not a name');
      await el.saveDraft();
      expect((await everythingStored()).includes(secret)).to.equal(false);
    });

  for (const text of shapes)
    it(`pasted into the visible Store field, is refused and kept nowhere: ${text('…')}`, async () => {
      const secret = canary();
      const el = await atCredentials('shopify', 'access-token');
      await pasteInto(el, '#field-credentials-shop', text(secret));
      expect(value(el, 'shop')).to.equal('');
      expect(notice(el)).to.contain('Nothing was pasted');
      await saved(el);
      expect((await everythingStored()).includes(secret)).to.equal(false);
    });

  for (const name of ['Shopify (EU=live)', 'Xero: UK', 'Acme 2 = new', 'Keys: EU accounts'])
    it(`a name with = or : in it that names no secret pastes as a name: ${name}`, async () => {
      const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase: uniqueDatabase() });
      await pasteInto(el, '#field-name', name);
      expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal(name);
      expect(inStep(el, '#field-name ~ [role="status"]')!.textContent!.trim()).to.equal('');
    });

  it('a store with a colon in it still pastes into the visible Store field', async () => {
    const el = await atCredentials('shopify', 'access-token');
    await pasteInto(el, '#field-credentials-shop', 'https://my-store.myshopify.com');
    expect(value(el, 'shop')).to.contain('my-store');
    expect(notice(el)).to.not.contain('Nothing was pasted');
  });
});

describe('a login or a named secret on one line, pasted into the name or a field shown in clear', () => {
  /** Mintsoft, its username and password, on Credentials. */
  const atLogin = async () => {
    const el = await wizardFixture({ system: 'mintsoft', groups: GROUPS, noDrafts: true });
    await advanceTo(el, 'auth');
    await choose(el, '#auth-username-password');
    await pressContinue(el);
    return el;
  };

  it('a username and password on one line pasted into the clear Username field puts no password in clear', async () => {
    const el = await atLogin();
    await pasteInto(el, '#field-credentials-username', 'Username: ops@example.com Password: Tr0ub4dor&3');
    expect(value(el, 'username')).to.not.contain('Tr0ub4dor&3');
    // Each value fills its own field.
    expect(value(el, 'username')).to.equal('ops@example.com');
    expect(value(el, 'password')).to.equal('Tr0ub4dor&3');
  });

  for (const [shape, text] of [
    ['a connection string', 'username=ops@example.com;password=Tr0ub4dor&3'],
    ['a connection string with a part after the password', 'username=ops@example.com;password=Tr0ub4dor&3;Timeout=30'],
    ['a connection string with parts the form does not know around them', 'Server=db.example;Username=ops@example.com;Password=Tr0ub4dor&3;Database=app'],
    ['a two-column table (a spreadsheet copy)', 'Username\tops@example.com\nPassword\tTr0ub4dor&3'],
  ])
    it(`a username and password as ${shape} pasted into the clear Username field fill their own fields`, async () => {
      const el = await atLogin();
      await pasteInto(el, '#field-credentials-username', text);
      expect([value(el, 'username'), value(el, 'password')]).to.deep.equal(['ops@example.com', 'Tr0ub4dor&3']);
    });

  for (const [shape, text] of [
    ['a connection string', 'Login=ops;Pwd=Tr0ub4dor&3'],
    ['a two-column table', 'Login\tops\nPassphrase\tTr0ub4dor&3'],
    ['a URL with a token in its query', 'URL=https://x.example/?access_token=Tr0ub4dor&3'],
  ])
    it(`a secret in ${shape} whose names this form does not know is not pasted into the clear Username field`, async () => {
      const el = await atLogin();
      await pasteInto(el, '#field-credentials-username', text);
      expect(value(el, 'username')).to.equal('');
      expect(notice(el)).to.contain('Nothing was pasted');
    });

  it('one row of a two-column table (Password, a tab, the password) pasted into the clear Username field fills the Password field', async () => {
    const el = await atLogin();
    await pasteInto(el, '#field-credentials-username', 'Password\tTr0ub4dor&3');
    expect([value(el, 'username'), value(el, 'password')]).to.deep.equal(['', 'Tr0ub4dor&3']);
  });

  it('one row of a two-column table naming a secret this form does not know is not pasted into the clear Username field', async () => {
    const el = await atLogin();
    await pasteInto(el, '#field-credentials-username', 'Passphrase\tTr0ub4dor&3');
    expect(value(el, 'username')).to.equal('');
    expect(notice(el)).to.contain('Nothing was pasted');
  });

  it('a username and password on one line, named by their labels, fill their own fields', async () => {
    const el = await atLogin();
    await pasteInto(el, '#field-credentials-username', 'Mintsoft username: ops@example.com, Mintsoft password: Tr0ub4dor&3');
    expect(value(el, 'username')).to.equal('ops@example.com');
    expect(value(el, 'password')).to.equal('Tr0ub4dor&3');
  });

  it('a username and password on one line is refused in the connector name', async () => {
    const el = await wizardFixture({ system: 'mintsoft', groups: GROUPS, noDrafts: true });
    await advanceTo(el, 'general');
    await pasteInto(el, '#field-name', 'Username: ops@example.com Password: Tr0ub4dor&3');
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.not.contain('Tr0ub4dor&3');
  });

  it('one row of a two-column table naming a secret is refused in the connector name', async () => {
    const el = await wizardFixture({ system: 'mintsoft', groups: GROUPS, noDrafts: true });
    await advanceTo(el, 'general');
    await pasteInto(el, '#field-name', 'Password\tTr0ub4dor&3');
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.not.contain('Tr0ub4dor&3');
  });

  it('a private key pasted into the connector name is refused, though no auth type of the system has a field for one', async () => {
    // Xero takes no key file: the key is still a secret, never a name shown in clear and kept in the draft.
    const el = await wizardFixture({ system: 'xero', groups: GROUPS, noDrafts: true });
    await advanceTo(el, 'general');
    await pasteInto(el, '#field-name', `-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7${hex(16)}\n-----END PRIVATE KEY-----\n`);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.not.contain('MIIEvQIBADANBgkq');
  });

  for (const name of ['Key: EU accounts', 'Auth0: production', 'Acme: EU: Live', 'Acme\tEU'])
    it(`a name with a colon naming no secret pastes as a name: ${name}`, async () => {
      const el = await wizardFixture({ system: 'mintsoft', groups: GROUPS, noDrafts: true });
      await advanceTo(el, 'general');
      await pasteInto(el, '#field-name', name);
      expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal(name);
    });

  it('a single named secret pasted into a clear field is not told it holds more than one value', async () => {
    const el = await atLogin();
    await pasteInto(el, '#field-credentials-username', 'MINTSOFT_PASSWORD=hunter22');
    expect(value(el, 'username')).to.equal('');
    const said = notice(el);
    expect(said).to.contain('Nothing was pasted');
    expect(said).to.not.contain('more than one value');
  });
});

describe('a value wrapped over lines, pasted into a one-line field', () => {
  it('a secret wrapped over lines (a PDF, a chat) pasted into a one-line field is joined, not given spaces nobody can see; said, and undone by Ctrl+Z', async () => {
    const el = await atCredentials('xero', 'custom-connection');
    await type(el, '#field-credentials-clientId', 'ABCDEF0123');
    // A PDF leaves a space at the end of a wrapped line; a chat does not.
    const pieces = ['Xk7Qp2Lm9Rt4Vw8Zb', 'N3Hc6Jd1Fg5Ks0Ya ', 'Ue2Wq'];
    await pasteInto(el, '#field-credentials-clientSecret', pieces.join('\n'));
    expect(value(el, 'clientSecret')).to.equal(pieces.join('').replace(/ /gu, ''));
    expect(inStep(el, '#field-credentials-clientSecret-note')!.textContent).to.contain('joined');
    // Ctrl+Z takes the paste back, as for any paste.
    document.execCommand('undo');
    await settle(el);
    expect(value(el, 'clientSecret')).to.equal('');
    await pasteInto(el, '#field-credentials-clientSecret', pieces.join('\r\n'));
    const payload = await created(el);
    expect(payload.credentials.clientSecret).to.equal('Xk7Qp2Lm9Rt4Vw8ZbN3Hc6Jd1Fg5Ks0YaUe2Wq');
  });

  it('a secret a PDF wrapped with a soft hyphen or a non-breaking space at the break is joined without them: nothing invisible is left inside', async () => {
    const el = await atCredentials('xero', 'custom-connection');
    // A PDF hyphenates a long word at the break with a soft hyphen; a chat may leave a zero-width space at a line start.
    await pasteInto(el, '#field-credentials-clientSecret', 'Xk7Qp2Lm9Rt4Vw8Zb\u00AD\nN3Hc6Jd1Fg5Ks0Ya\u00A0\n\u200BUe2Wq');
    expect(value(el, 'clientSecret')).to.equal('Xk7Qp2Lm9Rt4Vw8ZbN3Hc6Jd1Fg5Ks0YaUe2Wq');
    expect(inStep(el, '#field-credentials-clientSecret-note')!.textContent).to.contain('joined');
  });

  it('a token wrapped over lines, pasted into a field shown in clear, goes to its own masked field, as on one line: never joined in clear, never in the draft', async () => {
    const token = `shpat_${hex(32)}`;
    const el = await atCredentials('shopify', 'access-token');
    await type(el, '#field-credentials-shop', 'my-store');
    // Wrapped by a chat or a PDF: the token on two lines.
    await pasteInto(el, '#field-credentials-shop', `${token.slice(0, 20)}\n${token.slice(20)}`);
    await settle(el);
    await el.saveDraft();
    expect({
      shopHoldsToken: value(el, 'shop').includes(token.slice(6)),
      accessToken: value(el, 'accessToken'),
      inDraft: (await everythingStored()).includes(token.slice(6)),
    }).to.deep.equal({ shopHoldsToken: false, accessToken: token, inDraft: false });
  });

  it('lines joined from a wrapped paste are noted beside the field and on Review, as a trim is, and the note goes with Ctrl+Z', async () => {
    const el = await atCredentials('xero', 'custom-connection');
    await type(el, '#field-credentials-clientId', 'ABCDEF0123');
    await pasteInto(el, '#field-credentials-clientSecret', 'Xk7Qp2Lm9Rt4Vw8Zb \nN3Hc6Jd1Fg5Ks0Ya\nUe2Wq');
    const note = () => inStep(el, '#field-credentials-clientSecret-note')?.textContent ?? '';
    expect(note(), 'beside the field').to.contain('joined');
    document.execCommand('undo');
    await settle(el);
    expect({ value: value(el, 'clientSecret'), note: note() }, 'undone').to.deep.equal({ value: '', note: '' });
    await pasteInto(el, '#field-credentials-clientSecret', 'Xk7Qp2Lm9Rt4Vw8Zb\nN3Hc6Jd1Fg5Ks0Ya\nUe2Wq');
    // Left, then Continue: a commit that changes nothing keeps what the paste did to the value.
    inStep<HTMLInputElement>(el, '#field-credentials-clientSecret')!.blur();
    inStep(el, '#field-credentials-clientSecret')!.dispatchEvent(new Event('change'));
    await pressContinue(el);
    expect(currentStepId(el), errorSummary(el).join('; ')).to.equal('review');
    expect(inStep(el, '.row[data-key="credentials.clientSecret"] [data-note]')?.textContent ?? '', 'on Review').to.contain('joined');
  });

  it('a private key on several lines pasted into a one-line field is refused, never joined with spaces, shown in clear nor kept in the draft', async () => {
    const key = `-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7${hex(16)}\nVJTUt9Us8cKjMzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dV\n-----END PRIVATE KEY-----\n`;
    // Xero's client secret is a one-line masked field, its client ID one shown in clear: neither auth type has a field for a key file.
    const el = await atCredentials('xero', 'custom-connection');
    for (const into of ['clientSecret', 'clientId']) {
      await pasteInto(el, `#field-credentials-${into}`, key);
      expect({ value: value(el, into), said: notice(el).includes('private key') }, into).to.deep.equal({ value: '', said: true });
    }
    await saved(el);
    expect((await everythingStored()).includes('MIIEvQIBADANBgkq'), 'in the draft').to.equal(false);
  });

  /** NetSuite's machine-to-machine sign-in, its private key declared a one-line secret with `pattern`, at Credentials with the other answers typed. */
  async function netsuiteKeyDeclaredOneLine(pattern: string) {
    const catalogue = await sampleCatalogue();
    const m2m = catalogue.systems.find((s) => s.id === 'netsuite')!.authTypes.find((a) => a.id === 'oauth2-client-credentials')!;
    Object.assign(
      m2m.fields.find((f) => f.key === 'privateKey')!,
      { type: 'secret', secret: undefined, pattern },
    );
    const el = await atCredentials('netsuite', 'oauth2-client-credentials', { catalogue });
    for (const [id, typed] of [
      ['accountId', '1234567'],
      ['clientId', 'client-1'],
      ['certificateId', 'cert-1'],
    ])
      await type(el, `#field-credentials-${id}`, typed);
    return el;
  }

  it('a private key pasted into a key field the catalogue declares as a one-line secret with a PEM pattern fills it whole, masked, and is sent as pasted', async () => {
    const key = `-----BEGIN PRIVATE KEY-----\n${hex(64)}\n${hex(40)}==\n-----END PRIVATE KEY-----`;
    const el = await netsuiteKeyDeclaredOneLine(String.raw`^-----BEGIN PRIVATE KEY-----[\s\S]+-----END PRIVATE KEY-----$`);
    await pasteInto(el, '#field-credentials-privateKey', key);
    expect({ value: value(el, 'privateKey'), masked: inStep(el, '#field-credentials-privateKey')!.classList.contains('masked') }).to.deep.equal({ value: key, masked: true });
    expect((await created(el)).credentials['privateKey']).to.equal(key);
  });

  it('a key field declared one line with a PEM pattern too large to check on 10,000 characters is still a masked text area: a pasted key fills it whole and is sent as pasted', async () => {
    const key = `-----BEGIN RSA PRIVATE KEY-----\n${hex(64)}\n${hex(64)}\n${hex(40)}==\n-----END RSA PRIVATE KEY-----`;
    // Every kind of key, no maxLength, case-insensitive: its letters are classes, so its program is too long to check 10,000 characters within budget, and it is ignored.
    const el = await netsuiteKeyDeclaredOneLine(
      String.raw`(?i:^-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----[\s\S]+-----END (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----\s*$)`,
    );
    await pasteInto(el, '#field-credentials-privateKey', key);
    const field = inStep(el, '#field-credentials-privateKey')!;
    expect({ tag: field.localName, value: value(el, 'privateKey'), masked: field.classList.contains('masked') }).to.deep.equal({ tag: 'textarea', value: key, masked: true });
    expect((await created(el)).credentials['privateKey']).to.equal(key);
  });

  it('a key field declared one line with a PEM pattern as registries write it (every kind of key, no maxLength) checks a pasted key with it: a public key is flagged on Continue', async () => {
    const el = await netsuiteKeyDeclaredOneLine(String.raw`^-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----[\s\S]+-----END (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----\s*$`);
    await pasteInto(el, '#field-credentials-privateKey', `-----BEGIN PUBLIC KEY-----\n${hex(64)}\n${hex(40)}==\n-----END PUBLIC KEY-----`);
    await pressContinue(el);
    expect({ step: currentStepId(el), errors: errorSummary(el).filter((line) => line.includes('Private key')).length }).to.deep.equal({ step: 'credentials', errors: 1 });
  });

  it('a private key on several lines pasted into a one-line masked field goes to the auth type s multi-line key field, and the notice says so', async () => {
    const body = hex(64);
    const key = `-----BEGIN ENCRYPTED PRIVATE KEY-----\n${body}\n${hex(40)}==\n-----END ENCRYPTED PRIVATE KEY-----\n`;
    // NetSuite's client credentials with a passphrase for an encrypted key: a one-line masked field beside the key's own.
    const catalogue = await sampleCatalogue();
    const m2m = catalogue.systems.find((s) => s.id === 'netsuite')!.authTypes.find((a) => a.id === 'oauth2-client-credentials')!;
    m2m.fields.splice(4, 0, { key: 'passphrase', label: 'Key passphrase', type: 'secret', required: false } as (typeof m2m.fields)[number]);
    const el = await atCredentials('netsuite', 'oauth2-client-credentials', { catalogue });
    await pasteInto(el, '#field-credentials-passphrase', key);
    await saved(el);
    expect({
      passphrase: value(el, 'passphrase'),
      privateKey: value(el, 'privateKey'),
      inDraft: (await everythingStored()).includes(body),
    }).to.deep.equal({ passphrase: '', privateKey: key.trim(), inDraft: false });
    expect(notice(el)).to.contain('Filled 1 field from what you pasted: Private key (PEM).');
    // Its Undo puts the key field back as it was.
    inStep<HTMLButtonElement>(el, '[data-paste-undo]')!.click();
    await settle(el);
    expect(value(el, 'privateKey'), 'undone').to.equal('');
    // Pasted into the key's own field, it is an ordinary paste there.
    await pasteInto(el, '#field-credentials-privateKey', key);
    expect({ privateKey: value(el, 'privateKey'), filled: notice(el).includes('Filled') }, 'into its own field').to.deep.equal({ privateKey: key, filled: false });
  });
});

describe('a value copied from a terminal, where zsh marks output without a line break at its end with %', () => {
  const note = (el: ConnectorWizard, key: string) => inStep(el, `#field-credentials-${key}-note`)?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';
  /** Shopify's access token field, whose pattern is `^shpat_[a-f0-9]{32}$`, after `pasted` is pasted into it. */
  async function tokenPasted(pasted: (token: string) => string) {
    const token = `shpat_${hex(32)}`;
    const el = await atCredentials('shopify', 'access-token');
    await type(el, '#field-credentials-shop', 'my-store');
    await pasteInto(el, '#field-credentials-accessToken', pasted(token));
    return { el, token };
  }

  it('a token that fits its field but for a last % is kept as pasted, and a note beside it says a terminal may have added the %', async () => {
    const { el, token } = await tokenPasted((t) => `${t}%`);
    expect(value(el, 'accessToken'), 'never dropped silently: it may be real').to.equal(`${token}%`);
    expect(note(el, 'accessToken')).to.equal('This value ends with “%”, which a terminal may have added when it was copied. Remove it if it is not part of the value.');
    // Continue finds it does not fit: the note beside the error says why.
    await pressContinue(el);
    expect(errorSummary(el).join(' '), 'the pattern message').to.contain('Starts with shpat_');
    expect(note(el, 'accessToken')).to.contain('ends with “%”');
    // Taken off, the value fits and the note goes.
    await type(el, '#field-credentials-accessToken', token);
    expect(note(el, 'accessToken')).to.equal('');
  });

  it('Ctrl+Z takes a paste ending with % back with its note, as for any paste', async () => {
    const { el } = await tokenPasted((t) => `${t}%`);
    expect(note(el, 'accessToken')).to.contain('ends with “%”');
    document.execCommand('undo');
    await settle(el);
    expect({ value: value(el, 'accessToken'), note: note(el, 'accessToken') }).to.deep.equal({ value: '', note: '' });
  });

  it('the note with a paste whose line a terminal ended with spaces after the %: both are said', async () => {
    const { el, token } = await tokenPasted((t) => `${t}%  `);
    expect(value(el, 'accessToken')).to.equal(`${token}%`);
    expect(note(el, 'accessToken')).to.contain('We removed 2 trailing spaces').and.to.contain('ends with “%”');
  });

  it('no note for the same token without the %, nor for a % after a value that would not fit its pattern anyway', async () => {
    const { el, token } = await tokenPasted((t) => t);
    expect({ value: value(el, 'accessToken'), note: note(el, 'accessToken') }).to.deep.equal({ value: token, note: '' });
    await type(el, '#field-credentials-accessToken', '');
    await pasteInto(el, '#field-credentials-accessToken', 'shpat_short%');
    expect({ value: value(el, 'accessToken'), note: note(el, 'accessToken') }).to.deep.equal({ value: 'shpat_short%', note: '' });
  });

  it('no note for a % typed, nor for a % pasted into a field with no pattern, where nothing says it does not belong (a password may end with one)', async () => {
    const { el, token } = await tokenPasted((t) => t);
    await type(el, '#field-credentials-accessToken', `${token}%`);
    expect(note(el, 'accessToken'), 'typed').to.equal('');
    const xero = await atCredentials('xero', 'custom-connection');
    await pasteInto(xero, '#field-credentials-clientSecret', 'Xk7Qp2Lm9Rt4Vw8Zb%');
    expect({ value: value(xero, 'clientSecret'), note: note(xero, 'clientSecret') }).to.deep.equal({ value: 'Xk7Qp2Lm9Rt4Vw8Zb%', note: '' });
  });
});

describe('a token copied from a terminal with its % mark, pasted where it would show in clear', () => {
  it('pasted into the visible Store field, goes to its masked field as pasted, with the note: never shown in clear nor in the draft', async () => {
    const token = `shpat_${hex(32)}`;
    const el = await atCredentials('shopify', 'access-token');
    await type(el, '#field-credentials-shop', 'my-store');
    await pasteInto(el, '#field-credentials-shop', `${token}%`);
    expect([value(el, 'shop'), value(el, 'accessToken')]).to.deep.equal(['my-store', `${token}%`]);
    expect(inStep(el, '#field-credentials-accessToken-note')?.textContent ?? '').to.contain('ends with “%”');
    await saved(el);
    expect((await everythingStored()).includes(token.slice(6)), 'the token in clear in storage').to.equal(false);
    // A store name the Store field takes, ending with a %, stays there: no secret has its shape.
    await pasteInto(el, '#field-credentials-shop', 'other-store%');
    expect(value(el, 'accessToken')).to.equal(`${token}%`);
    expect(value(el, 'shop')).to.contain('other-store%');
  });

  it('pasted into the connector name, is refused as the bare token is', async () => {
    const token = `shpat_${hex(32)}`;
    const el = await wizardFixture({ system: 'shopify', draftDatabase: uniqueDatabase() });
    await advanceTo(el, 'general');
    await pasteInto(el, '#field-name', `${token}%`);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('');
    await pasteInto(el, '#field-name', 'Shop 100%');
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('Shop 100%');
  });
});

describe('a JSON list of name and value pairs, and a table with its columns aligned by tabs', () => {
  /** Xero on Credentials after `write(secret)` is pasted into the visible Client ID: what each field holds, and the notice. */
  async function pastedIntoClientId(write: (secret: string) => string) {
    const secret = canary();
    const el = await atCredentials('xero', 'custom-connection');
    await pasteInto(el, '#field-credentials-clientId', write(secret));
    return { el, secret, values: [value(el, 'clientId'), value(el, 'clientSecret')], notice: notice(el) };
  }

  for (const [shape, write] of [
    [
      'key and value (a hosting dashboard s export)',
      (s: string) =>
        JSON.stringify([
          { key: 'XERO_CLIENT_ID', value: 'ABCDEF0123' },
          { key: 'XERO_CLIENT_SECRET', value: s },
        ]),
    ],
    [
      'name and value (a task definition s environment)',
      (s: string) =>
        JSON.stringify(
          [
            { name: 'XERO_CLIENT_ID', value: 'ABCDEF0123' },
            { name: 'XERO_CLIENT_SECRET', value: s },
          ],
          null,
          2,
        ),
    ],
  ] as const)
    it(`a JSON list of ${shape} fills the fields it names, the secret masked and never stored`, async () => {
      const { el, secret, values, notice: said } = await pastedIntoClientId(write);
      expect(values).to.deep.equal(['ABCDEF0123', secret]);
      expect(said).to.contain('Filled 2 fields from what you pasted');
      await saved(el);
      expect((await everythingStored()).includes(secret), 'the secret in storage').to.equal(false);
    });

  it('a JSON list of pairs says the names no field takes, never their values', async () => {
    const { notice: said } = await pastedIntoClientId((s) =>
      JSON.stringify([
        { key: 'XERO_CLIENT_ID', value: 'ABCDEF0123' },
        { key: 'XERO_CLIENT_SECRET', value: s },
        { key: 'NODE_ENV', value: 'production-eu' },
      ]),
    );
    expect(said).to.contain('Not used, as no field here has that name: NODE_ENV.');
    expect(said).to.not.contain('production-eu');
  });

  for (const [shape, write] of [
    ['two tabs between name and value (columns aligned)', (s: string) => `XERO_CLIENT_ID\t\tABCDEF0123\nXERO_CLIENT_SECRET\t\t${s}`],
    ['a tab after each value (a row copied with an empty cell)', (s: string) => `XERO_CLIENT_ID\tABCDEF0123\t\r\nXERO_CLIENT_SECRET\t${s}\t\r\n`],
  ] as const)
    it(`a two-column table with ${shape} fills each field, never the secret in clear`, async () => {
      const { el, secret, values, notice: said } = await pastedIntoClientId(write);
      expect(values).to.deep.equal(['ABCDEF0123', secret]);
      expect(said).to.contain('Filled 2 fields from what you pasted');
      await saved(el);
      expect((await everythingStored()).includes(secret), 'the secret in storage').to.equal(false);
    });
});
