/** Real pastes (Ctrl+V) as people copy them: a big key file, a value holding a no-break space, a note that puts each label above its value, Windows line ends, a BOM, a spreadsheet's tabs, comments, values holding `=` or `:`. */
import { expect } from '@open-wc/testing';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { advanceTo, inStep, pasteInto, type, wizardFixture } from '../test/fixtures.js';
import { LOGIN, NETSUITE, oneAuthType } from '../test/paste-forms.js';
import { readPaste } from './paste-fill.js';

/** A wizard on Credentials for `fields`, after `text` is pasted with Ctrl+V into the field `into`: each field's value, and the paste notice. */
async function pasted(fields: Record<string, unknown>[], into: string, text: string) {
  const el = await wizardFixture({ catalogue: oneAuthType(fields), system: 'acme' });
  await advanceTo(el, 'credentials');
  await pasteInto(el, `#field-credentials-${into}`, text);
  return { el, values: valuesOf(el, fields), notice: noticeOf(el) };
}

const valuesOf = (el: ConnectorWizard, fields: Record<string, unknown>[]) =>
  Object.fromEntries(fields.map(({ key }) => [key, inStep<HTMLInputElement>(el, `#field-credentials-${String(key)}`)!.value]));
const noticeOf = (el: ConnectorWizard) => inStep(el, '[data-paste-notice]')!.textContent!.replace(/\s+/gu, ' ').trim();

describe('a big key file pasted', function () {
  this.timeout(60_000);
  const SERVICE = [
    { key: 'client_email', label: 'Client email', type: 'text', normalize: 'trim' },
    { key: 'private_key', label: 'Private key', type: 'secret', normalize: 'trim' },
  ];
  const MARK = 'service_account';
  /** A service account's key file, with a long description as a console may add (about 30 kB). */
  const keyFile = JSON.stringify(
    {
      type: MARK,
      project_id: 'acme-prod',
      private_key_id: 'a'.repeat(40),
      private_key: `-----BEGIN PRIVATE KEY-----\n${'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n'.repeat(50)}-----END PRIVATE KEY-----\n`,
      client_email: 'sync@acme-prod.iam.gserviceaccount.com',
      client_id: '123456789012345678901',
      description: 'x'.repeat(28_000),
    },
    null,
    2,
  );

  it('is parsed once, its fields still filled', async () => {
    const parse = JSON.parse;
    let parses = 0;
    JSON.parse = function (text: string, reviver?: Parameters<typeof JSON.parse>[1]) {
      if (typeof text === 'string' && text.includes(MARK)) parses++;
      return parse.call(JSON, text, reviver) as unknown;
    };
    try {
      const { values } = await pasted(SERVICE, 'client_email', keyFile);
      expect(values.client_email).to.equal('sync@acme-prod.iam.gserviceaccount.com');
      expect(values.private_key).to.contain('-----BEGIN PRIVATE KEY-----');
    } finally {
      JSON.parse = parse;
    }
    expect(parses, 'parses of the pasted text').to.equal(1);
  });
});

describe('a login on one line holding a no-break space', function () {
  this.timeout(60_000);

  it('keeps the no-break space inside the password as pasted', async () => {
    const { values } = await pasted(LOGIN, 'username', 'Username: ops Password: Tr0ub\u00a0dor&3');
    expect(values).to.deep.equal({ username: 'ops', password: 'Tr0ub\u00a0dor&3' });
  });

  it('keeps one inside the username too, and still reads a label written with one', async () => {
    const { values } = await pasted(LOGIN, 'username', 'Username: o\u00a0ps Password:\u00a0s3cr\u00a0et');
    expect(values).to.deep.equal({ username: 'o\u00a0ps', password: 's3cr\u00a0et' });
  });
});

describe('a login on one line holding a zero-width character', function () {
  this.timeout(60_000);

  it('keeps it inside the password and says so beside the field, as for a typed value', async () => {
    const { el, values } = await pasted(LOGIN, 'username', 'Username: ops Password: Tr0ub\u200bdor');
    expect(values).to.deep.equal({ username: 'ops', password: 'Tr0ub\u200bdor' });
    expect(inStep(el, '#field-credentials-password-note')?.textContent).to.contain('invisible character');
  });
});

describe('a note that puts each label on its own line and its value on the next', function () {
  this.timeout(60_000);

  it('fills the fields a password manager note labels, value under label', async () => {
    const note = ['Consumer key', 'ck_0123456789abcdef', 'Consumer secret', 'cs_fedcba9876543210'].join('\n');
    const { values } = await pasted(NETSUITE, 'consumerKey', note);
    expect(values).to.include({ consumerKey: 'ck_0123456789abcdef', consumerSecret: 'cs_fedcba9876543210' });
  });

  it('fills NetSuite token page text copied without colons, blank lines and Windows line ends between', async () => {
    const page = ['Token ID', '', '1a2b3c4d5e6f', '', 'Token Secret', '', '7a8b9c0d1e2f', ''].join('\r\n');
    const { values } = await pasted(NETSUITE, 'accountId', page);
    expect(values).to.deep.equal({ accountId: '', consumerKey: '', consumerSecret: '', tokenId: '1a2b3c4d5e6f', tokenSecret: '7a8b9c0d1e2f' });
  });

  it('fills labels with a colon alone on their line too', async () => {
    const { values } = await pasted(NETSUITE, 'consumerKey', 'Consumer key:\nck_1\nConsumer secret:\ncs_2');
    expect(values).to.include({ consumerKey: 'ck_1', consumerSecret: 'cs_2' });
  });

  it('never fills a field from a line that is only prose', async () => {
    // An ordinary paste: a masked field takes text on several lines as the browser pastes it.
    const { values } = await pasted(NETSUITE, 'consumerKey', 'Token ID\nis shown once, copy it now\nToken Secret\nis shown once too');
    expect(values).to.include({ tokenId: '', tokenSecret: '' });
    expect(values.consumerKey).to.equal('Token ID is shown once, copy it now Token Secret is shown once too');
  });

  /** A form asking for a subdomain and an email shown in clear, and a masked API token. */
  const HELPDESK = [
    { key: 'subdomain', label: 'Subdomain', type: 'text', normalize: 'trim' },
    { key: 'email', label: 'Email', type: 'text', normalize: 'trim' },
    { key: 'apiToken', label: 'API token', type: 'secret', normalize: 'trim' },
  ];

  it('never takes the next label as the value of a label the note leaves empty', async () => {
    const { values } = await pasted(HELPDESK, 'subdomain', 'Subdomain\nacme\nEmail\nPassword:\nhunter2x\nAPI token\nabc123');
    expect(values).to.deep.equal({ subdomain: 'acme', email: '', apiToken: 'abc123' });
  });

  it('never puts a secret named on the next line into a field shown in clear', async () => {
    const { values } = await pasted(HELPDESK, 'subdomain', 'Subdomain\nacme\nEmail\nPassword:hunter2x\nAPI token\nabc123');
    expect(values).to.deep.equal({ subdomain: 'acme', email: '', apiToken: 'abc123' });
  });

  it('one label and its value alone is an ordinary paste', async () => {
    const { values } = await pasted(NETSUITE, 'accountId', 'Token ID\n1a2b3c');
    expect(values.tokenId).to.equal('');
  });
});

describe('JSON with comments pasted', function () {
  this.timeout(60_000);

  it('fills the fields an appsettings.json with comments names, a trailing comma before a comment too', async () => {
    const settings = ['{', '  // from the vault, rotated monthly', '  "username": "ops", /* the admin */', '  "password": "a//b /* kept */", // the password', '}'].join(
      '\r\n',
    );
    const { values } = await pasted(LOGIN, 'username', settings);
    expect(values).to.deep.equal({ username: 'ops', password: 'a//b /* kept */' });
    // Read as the object it is, not only line by line.
    expect(readPaste(settings).objectMembers).to.equal(2);
  });

  it('fills the fields of one on a line with two block comments, the comma between them no trailing one', async () => {
    const { values } = await pasted(LOGIN, 'username', '{ "username": "ops", /* the admin */ "password": "s3cret" /* rotated */ }');
    expect(values).to.deep.equal({ username: 'ops', password: 's3cret' });
  });

  it('reads a comma before a comment as trailing, with Windows line ends or a long comment', () => {
    const lines = ['{', '  "username": "ops",', '  "password": "x", // rotated monthly', '}'];
    expect(readPaste(lines.join('\r\n')).objectMembers, 'Windows line ends').to.equal(2);
    const long = ['{', '  "username": "ops",', '  "password": "x",', `  /* ${'an old password, kept for a while; '.repeat(10)} */`, '}'];
    expect(readPaste(long.join('\n')).objectMembers, 'a long block comment').to.equal(2);
  });
});

describe('a paste whose values have spaces or invisible characters at their ends', function () {
  this.timeout(60_000);
  const KEYS = [
    { key: 'accountId', label: 'Account ID', type: 'text', normalize: 'trim', aliases: ['ACCOUNT_ID'] },
    { key: 'apiKey', label: 'API key', type: 'secret', normalize: 'trim', aliases: ['API_KEY'] },
  ];
  const noteOf = (el: ConnectorWizard, key: string) => inStep(el, `#field-credentials-${key}-note`)?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';
  /** The note beside the field `key` of a wizard on Credentials for `fields` after `value` is typed into it. */
  async function typedNote(fields: Record<string, unknown>[], key: string, value: string) {
    const el = await wizardFixture({ catalogue: oneAuthType(fields), system: 'acme' });
    await advanceTo(el, 'credentials');
    await type(el, `#field-credentials-${key}`, value);
    return noteOf(el, key);
  }

  it('trims a JSON string value and says so beside its field as typing it does, never showing the secret', async () => {
    const { el, values } = await pasted(LOGIN, 'username', '{"username": "ops", "password": " s3cret\u00a0"}');
    expect(values).to.deep.equal({ username: 'ops', password: 's3cret' });
    const typed = await typedNote(LOGIN, 'password', ' s3cret\u00a0');
    expect(typed, 'typed').to.contain('We removed a leading space');
    expect(noteOf(el, 'password'), 'pasted').to.equal(typed);
    expect(noteOf(el, 'password')).not.to.contain('s3cret');
    expect(noteOf(el, 'username')).to.equal('');
  });

  it('trims a quoted .env value and says so beside its field as typing it does', async () => {
    const { el, values } = await pasted(KEYS, 'accountId', 'ACCOUNT_ID=acme\nAPI_KEY=" abc123 "');
    expect(values).to.deep.equal({ accountId: 'acme', apiKey: 'abc123' });
    const typed = await typedNote(KEYS, 'apiKey', ' abc123 ');
    expect(typed, 'typed').to.contain('We removed a leading space and a trailing space');
    expect(noteOf(el, 'apiKey'), 'pasted').to.equal(typed);
    expect(noteOf(el, 'apiKey')).not.to.contain('abc123');
  });

  it('says a zero-width character at a JSON value end was removed, as typing it does', async () => {
    const { el, values } = await pasted(LOGIN, 'username', '{"username": "\u200bops", "password": "s3cret"}');
    expect(values).to.deep.equal({ username: 'ops', password: 's3cret' });
    const typed = await typedNote(LOGIN, 'username', '\u200bops');
    expect(typed, 'typed').to.contain('invisible character');
    expect(noteOf(el, 'username'), 'pasted').to.equal(typed);
  });

  it('reads the whitespace around an unquoted .env value as the line syntax: taken off, nothing said', async () => {
    const { el, values } = await pasted(KEYS, 'accountId', 'ACCOUNT_ID = acme\u00a0\nAPI_KEY=abc123');
    expect(values).to.deep.equal({ accountId: 'acme', apiKey: 'abc123' });
    expect(noteOf(el, 'accountId')).to.equal('');
  });
});
