/** Real pastes (Ctrl+V) the readers once slipped on: a note with an empty value, `Label = value`, a spreadsheet's header and row, a JSON paste with a no-break space, a note pasted into the name. */
import { expect } from '@open-wc/testing';
import type { AuthTypeDefinition } from '../catalogue/catalogue-schema.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { advanceTo, inStep, pasteInto, settle, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { everythingStored, readDraft } from '../test/stored.js';
import { LOGIN, NETSUITE, oneAuthType } from '../test/paste-forms.js';
import { readFill, readPaste } from './paste-fill.js';

const valuesOf = (el: ConnectorWizard, fields: Record<string, unknown>[]) =>
  Object.fromEntries(fields.map(({ key }) => [key, inStep<HTMLInputElement>(el, `#field-credentials-${String(key)}`)!.value]));

/** A wizard on Credentials for `fields`, after `text` is pasted with Ctrl+V into the field `into`: each field's value. */
async function pasted(fields: Record<string, unknown>[], into: string, text: string) {
  const el = await wizardFixture({ catalogue: oneAuthType(fields), system: 'acme' });
  await advanceTo(el, 'credentials');
  await pasteInto(el, `#field-credentials-${into}`, text);
  return { el, values: valuesOf(el, fields) };
}

/** The auth type of `fields`, as the readers take it. */
const authTypeOf = (fields: Record<string, unknown>[]) => ({ id: 'keys', label: 'Keys', kind: 'api-key', fields }) as unknown as AuthTypeDefinition;

describe('a password manager note copied as text, a value left empty', function () {
  this.timeout(60_000);

  it('never fills a field with the label on the line after its own: Password, then Website', async () => {
    const note = ['Username', 'ops', 'Password', 'Website', 'https://example.com'].join('\n');
    const { values } = await pasted(LOGIN, 'username', note);
    // One value left (the username): the note is no block of two values, and naming a password it is never pasted as text.
    expect(values).to.deep.equal({ username: '', password: '' });
  });

  it('nor with any label a password manager prints, nor a label of the form', () => {
    const withKey = [...LOGIN, { key: 'apiKey', label: 'API key', type: 'secret', normalize: 'trim' }];
    for (const label of ['URL', 'Username', 'Notes', 'Email', 'Title', 'Login', 'Website:']) {
      const read = readFill(authTypeOf(withKey), readPaste(['API key', 'k_123', 'Password', label, 'x'].join('\n')));
      expect(read?.fill.find(({ field }) => field.key === 'password')?.value, label).to.equal(undefined);
    }
  });
});

describe('a password manager note copied as text in another language, a value left empty', () => {
  const LOGINS = {
    de: ['Benutzername', 'Passwort', ['Webseite', 'Notizen', 'Titel', 'Ordner']],
    fr: ['Identifiant', 'Mot de passe', ['Notes', 'Titre', 'Dossier', 'Site']],
    es: ['Usuario', 'Contraseña', ['Notas', 'Título', 'Carpeta', 'Sitio']],
    nl: ['Gebruikersnaam', 'Wachtwoord', ['Notities', 'Titel', 'Map', 'Website']],
    ar: ['اسم المستخدم', 'كلمة المرور', ['ملاحظات', 'الموقع', 'العنوان', 'المجلد']],
  } as const;
  for (const [locale, [user, password, printed]] of Object.entries(LOGINS))
    it(`never fills the password with a label its manager prints (${locale})`, () => {
      const fields = [
        { key: 'username', label: user, type: 'text', normalize: 'trim' },
        { key: 'password', label: password, type: 'secret', normalize: 'trim' },
      ];
      for (const label of printed) {
        const read = readFill(authTypeOf(fields), readPaste([user, 'ops', password, label, 'https://example.com'].join('\n')));
        expect(read?.fill.find(({ field }) => field.key === 'password')?.value, `${locale}: ${label}`).to.equal(undefined);
      }
    });
});

describe('a label of several words and its value, split by =, : or a tab', function () {
  this.timeout(60_000);

  it('reads Consumer key = abc123, Consumer Secret=x, Token ID: x and tabs in one paste', async () => {
    const note = ['Account ID:\t1234567', 'Consumer key = abc123', 'Consumer Secret=def456', 'Token ID: tid789', 'Token secret\tts000'].join('\n');
    const { values } = await pasted(NETSUITE, 'accountId', note);
    expect(values).to.deep.equal({ accountId: '1234567', consumerKey: 'abc123', consumerSecret: 'def456', tokenId: 'tid789', tokenSecret: 'ts000' });
  });
});

describe('a spreadsheet copy of a header row and a value row', function () {
  this.timeout(60_000);

  it('never reads a header of three cells by tabs as a label and the cells after it, with more rows than one', () => {
    const read = readFill(authTypeOf(NETSUITE), readPaste('Account ID\tConsumer key\tConsumer secret\n1234567\tabc\tdef\n7654321\tghi\tjkl'));
    expect(read?.fill.find(({ field }) => field.key === 'accountId')?.value).to.equal(undefined);
  });

  it('reads tab-separated cells whose header names the fields', async () => {
    const { values } = await pasted(NETSUITE, 'accountId', 'Account ID\tConsumer key\tConsumer secret\n1234567\tabc\tdef\n');
    expect(values).to.include({ accountId: '1234567', consumerKey: 'abc', consumerSecret: 'def' });
  });

  it('reads CSV with quoted cells, a comma inside one', async () => {
    const { values } = await pasted(NETSUITE, 'accountId', '"consumer_key","consumer_secret"\n"abc","d,ef"');
    expect(values).to.include({ consumerKey: 'abc', consumerSecret: 'd,ef' });
  });

  it('never reads a header naming fewer than two of the fields', () => {
    for (const text of ['"consumer_key","city"\n"abc","Oslo, NO"', '"name","city"\n"Ann","Oslo, NO"'])
      expect(readFill(authTypeOf(NETSUITE), readPaste(text)), text).to.equal(undefined);
  });
});

describe('a JSON paste holding a no-break space or a zero-width character', function () {
  this.timeout(60_000);
  const MARK = 'acme_marker';

  for (const odd of ['\u00a0', '\u200b'])
    it(`is parsed once, pasted into the name or a field shown in clear (U+${odd.codePointAt(0)!.toString(16)})`, async () => {
      const parse = JSON.parse;
      let parses = 0;
      JSON.parse = function (text: string, reviver?: Parameters<typeof JSON.parse>[1]) {
        if (typeof text === 'string' && text.includes(MARK)) parses++;
        return parse.call(JSON, text, reviver) as unknown;
      };
      const counted: number[] = [];
      try {
        const el = await wizardFixture({ noDrafts: true });
        await advanceTo(el, 'general');
        parses = 0;
        await pasteInto(el, '#field-name', `{"${MARK}_password": "hun${odd}ter2"}`);
        expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('');
        counted.push(parses);
        const login = await wizardFixture({ catalogue: oneAuthType(LOGIN), system: 'acme', noDrafts: true });
        await advanceTo(login, 'credentials');
        parses = 0;
        await pasteInto(login, '#field-credentials-username', `{"${MARK}_token": "hun${odd}ter2"}`);
        expect(inStep<HTMLInputElement>(login, '#field-credentials-username')!.value).to.equal('');
        counted.push(parses);
      } finally {
        JSON.parse = parse;
      }
      expect(counted, 'parses of the pasted text').to.deep.equal([1, 1]);
    });
});

describe('a credentials note pasted into the connector name', function () {
  this.timeout(60_000);
  const notes = [
    ['labels above their values', (secret: string) => `Consumer key\nck_1a2b3c4d5e6f7a8b9c0d\nConsumer secret\n${secret}`],
    ['a password under its label', (secret: string) => `Username\nops\nPassword\n${secret}`],
    ['key: value lines', (secret: string) => `Consumer key: ck_1a2b3c4d5e6f7a8b9c0d\nConsumer secret: ${secret}`],
    ['a passphrase of words under its label', (secret: string) => `Password\ncorrect horse ${secret} staple`],
    ['a spreadsheet header and row', (secret: string) => `Username,Password\nops,${secret}`],
    ['a spreadsheet header and row, quoted', (secret: string) => `"Username","Password"\n"ops","${secret}"`],
    ['a spreadsheet header and row, by tabs', (secret: string) => `Username\tPassword\nops\t${secret}`],
    ['a spreadsheet header and two rows', (secret: string) => `Username,Password\nops,${secret}\nadmin,x${secret}`],
    ['a spreadsheet header and row split by semicolons', (secret: string) => `Username;Password\r\nops;${secret}`],
  ] as const;
  for (const system of ['shopify', 'woocommerce'])
    for (const [shape, note] of notes)
      it(`${shape}, with ${system} chosen, is refused, said, and never reaches the draft`, async () => {
        // Its own secret, so what an earlier test kept cannot be what this one finds.
        const SECRET = `cs_${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
        const draftDatabase = uniqueDatabase();
        const el = await wizardFixture({ system, draftDatabase });
        await advanceTo(el, 'general');
        await pasteInto(el, '#field-name', note(SECRET));
        await settle(el);
        expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('');
        expect(inStep(el, '#field-name ~ [role="status"]')!.textContent).to.contain('looks like credentials, not a name');
        await el.saveDraft();
        expect(JSON.stringify((await readDraft(draftDatabase, `default:${system}`)) ?? {})).to.not.contain(SECRET);
        expect(await everythingStored()).to.not.contain(SECRET);
      });
});
