/** Real pastes (Ctrl+V) as people copy them: a big key file, a value holding a no-break space, a note that puts each label above its value, Windows line ends, a BOM, a spreadsheet's tabs, comments, values holding `=` or `:`. */
import { expect } from '@open-wc/testing';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { advanceTo, inStep, pasteInto, wizardFixture } from '../test/fixtures.js';

/** A system whose one way to sign in asks for `fields`. */
const oneAuthType = (fields: Record<string, unknown>[]) => ({
  version: 1,
  systems: [{ id: 'acme', name: 'Acme', defaultTimeZone: 'UTC', authTypes: [{ id: 'keys', label: 'Keys', kind: 'api-key', fields }] }],
});

/** A login: a username shown in clear, a masked password. */
const LOGIN = [
  { key: 'username', label: 'Username', type: 'text', normalize: 'trim' },
  { key: 'password', label: 'Password', type: 'secret', normalize: 'trim' },
];

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
