/** How pasted text is read as named values, and which fields of an auth type those fill. */
import { expect } from '@open-wc/testing';
import type { AuthTypeDefinition } from '../catalogue/catalogue-schema.js';
import { localizeCatalogue } from '../catalogue/localize-catalogue.js';
import { parseCatalogue } from '../catalogue/parse-catalogue.js';
import { namesCredentials as credentials, namesSecret, namesSeveral as several, pasteFill, readFill as fill, readPaste } from './paste-fill.js';
import ar from '../messages/locales/ar.js';
import { readPasted } from './read-pasted.js';
import { chooseOption, listAlike } from '../test/alike.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { advanceTo, inStep, pasteInto, settle, wizardFixture } from '../test/fixtures.js';

const entries = (text: string) => Object.fromEntries(readPasted(text));
// The rules, each asked of text as a paste event reads it (readPaste).
const namesSeveral = (text: string) => several(readPaste(text));
const namesCredentials = (text: string) => credentials(readPaste(text));
const readFill = (authType: AuthTypeDefinition, text: string) => fill(authType, readPaste(text));

/** An account, a secret key named by `keyAliases` too, and a checkbox. */
const acmeKeys = (keyAliases: string[]) =>
  ({
    id: 'keys',
    label: 'Keys',
    kind: 'api-key',
    fields: [
      { key: 'account', label: 'Account', type: 'text', required: true, normalize: 'trim', aliases: ['ACME_ACCOUNT'] },
      { key: 'apiKey', label: 'API key', type: 'secret', required: true, normalize: 'trim', aliases: keyAliases },
      { key: 'sandbox', label: 'Sandbox', type: 'boolean', required: false, normalize: 'trim' },
    ],
  }) as unknown as AuthTypeDefinition;

describe('readPasted', () => {
  it('tells a block of credentials from a long value wrapped over lines', () => {
    for (const block of ['Shopify admin (EU)\nAccess token: abc', 'Access token:\nabc', 'A=1\nB=2', 'Store: x\r\nToken: y']) expect(namesSeveral(block), block).to.equal(true);
    for (const wrapped of ['abc', 'my-\nstore', 'QUJDREVG\nR0hJSg==', 'https://a.example\nhttps://b.example', 'A=\nB=', 'Note: one line only'])
      expect(namesSeveral(wrapped), wrapped).to.equal(false);
  });

  it('ends a quoted value at its closing quote, as dotenv does: a comment after it holding the same quote is not the value', () => {
    expect(entries(['ID=ABCDEF', "SECRET='s3cr3t-value' # don't commit this", 'TOKEN="abc" # the "admin" token', 'ESC="a\\"b" # "c"'].join('\n'))).to.deep.equal({
      id: 'ABCDEF',
      secret: 's3cr3t-value',
      token: 'abc',
      esc: 'a"b',
    });
  });

  it('reads Windows shells (set, $env:) and old Mac line ends', () => {
    expect(entries('set SHOP=my-store\r\nset TOKEN=abc\r\n')).to.deep.equal({ shop: 'my-store', token: 'abc' });
    expect(entries('$env:SHOP="my-store"\r\n$env:TOKEN="abc"\r\n')).to.deep.equal({ shop: 'my-store', token: 'abc' });
    expect(entries('SHOP=my-store\rTOKEN=abc')).to.deep.equal({ shop: 'my-store', token: 'abc' });
  });

  it('reads JSON with a trailing comma or in a Markdown code block, and its numbers as written', () => {
    expect(entries('{\n  "shop": "my-store",\n  "token": "abc",\n}')).to.deep.equal({ shop: 'my-store', token: 'abc' });
    expect(entries('{\n  "shop": "my-store",\n  "token": "p4ss,}w0rd \\",]",\n}'), 'a comma before a brace inside a value stays').to.deep.equal({
      shop: 'my-store',
      token: 'p4ss,}w0rd ",]',
    });
    expect(entries('```json\n{ "shop": "my-store", "token": "abc" }\n```')).to.deep.equal({ shop: 'my-store', token: 'abc' });
    expect(entries('{"id": 12345678901234567890, "price": 1.50, "n": 1e3, "ok": true}')).to.deep.equal({ id: '12345678901234567890', price: '1.50', n: '1e3', ok: 'true' });
  });

  it('reads .env lines: export, quotes, comments, CRLF; names lower-cased, the later of two kept, as dotenv does', () => {
    const text = [
      '# a comment line',
      'export API_KEY=overridden below',
      'SECRET="two\\nlines \\"quoted\\""',
      "LITERAL='no \\n escapes here'",
      'PLAIN=value   # an inline comment',
      'HASH_INSIDE="a # is kept in quotes"',
      'SPACED = around the sign ',
      'api_key=abc123',
      'EMPTY=',
      'HASH_START=#Pa55word',
      'COMMENTED= # none yet',
      'EMPTY_QUOTED=""',
      'ESCAPED="c:\\\\new"',
      'not a line at all',
      '',
    ].join('\r\n');
    expect(entries(text)).to.deep.equal({
      api_key: 'abc123',
      secret: 'two\nlines "quoted"',
      literal: 'no \\n escapes here',
      plain: 'value',
      hash_inside: 'a # is kept in quotes',
      spaced: 'around the sign',
      escaped: 'c:\\new',
      empty: '',
      empty_quoted: '',
      hash_start: '#Pa55word',
      commented: '',
    });
  });

  it('reads KEY: value lines as YAML and HTTP headers write them, and prose still gives no names', () => {
    const text = ['# config.yml', 'client_id: abc', 'client_secret: "s3cr:et # kept"', 'X-Auth-Token:  tok-1 ', 'url: https://example.com/a=b'].join('\n');
    expect(entries(text)).to.deep.equal({ client_id: 'abc', client_secret: 's3cr:et # kept', 'x-auth-token': 'tok-1', url: 'https://example.com/a=b' });
    expect(entries('KEY=a:b\nOTHER:c=d')).to.deep.equal({ key: 'a:b', other: 'c=d' });
    expect(entries('Here is my key: abc123\nNote that: it works')).to.deep.equal({});
  });

  it('reads a YAML block as its lines: a private key written under `private_key: |`, never the bar itself', () => {
    const text = [
      'client_id: abc',
      'private_key: |',
      '  -----BEGIN PRIVATE KEY-----',
      '  MIIEvQIBADANBgkqhkiG9w0BAQEFAASC',
      '',
      '  -----END PRIVATE KEY-----',
      'certificate_id: c1',
      'note: >-',
      '    folded',
      '    text',
      'empty: |',
    ].join('\n');
    expect(entries(text)).to.deep.equal({
      client_id: 'abc',
      private_key: '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n\n-----END PRIVATE KEY-----',
      certificate_id: 'c1',
      note: 'folded text',
      empty: '',
    });
    expect(entries('PIPE=|\nNEXT=1'), 'in a .env line a bar is a value').to.deep.equal({ pipe: '|', next: '1' });
    // Nested, as in a Kubernetes secret or a file's indented excerpt: the block ends at a line no deeper than its key.
    const nested = ['stringData:', '  private_key: |- # the key', '    -----BEGIN', '    abc', '', '  client_id: x', '  client_secret: y'].join('\r\n');
    expect(entries(nested)).to.deep.equal({ stringdata: '', private_key: '-----BEGIN\nabc', client_id: 'x', client_secret: 'y' });
    expect(entries('  private_key: |\n    k1\n    k2\n  client_id: x\n  certificate_id: c')).to.deep.equal({ private_key: 'k1\nk2', client_id: 'x', certificate_id: 'c' });
    expect(entries('note: >\n  one\n  two\n\n  three\nnext: 1')).to.deep.equal({ note: 'one two\nthree', next: '1' });
  });

  it('reads a quoted value over several lines, as a private key is written in a .env file', () => {
    const key = ['-----BEGIN PRIVATE KEY-----', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', '-----END PRIVATE KEY-----'].join('\n');
    const text = ['NETSUITE_CLIENT_ID=abc', `PRIVATE_KEY="${key}"`, 'CERTIFICATE_ID=cert-1', "SINGLE='one", "two'"].join('\n');
    expect(entries(text)).to.deep.equal({ netsuite_client_id: 'abc', private_key: key, certificate_id: 'cert-1', single: 'one\ntwo' });
    // A quote that never closes is read as the line it is on, as before.
    expect(entries('A="open\nB=2')).to.deep.equal({ a: '"open', b: '2' });
  });

  it('a private key in quotes over several lines on a `Key: value` line keeps its line breaks (folded, the key would not work)', () => {
    // A note or a compose file: `private_key: "-----BEGIN…` with the key's own line breaks. Read until 0f237a0 as the .env line is;
    // YAML's folding makes it one line with spaces, a key no server reads (and no longer a private key block to the paste's checks).
    const key = ['-----BEGIN PRIVATE KEY-----', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', '-----END PRIVATE KEY-----'].join('\n');
    for (const quote of ['"', "'"])
      expect(entries(['client_id: abc', `private_key: ${quote}${key}${quote}`, 'certificate_id: c1'].join('\n')), quote).to.deep.equal({
        client_id: 'abc',
        private_key: key,
        certificate_id: 'c1',
      });
  });

  it('keeps a quoted PEM block on a `Key: value` line (a certificate, an indented or encrypted key) over its lines, each without its indentation; other quoted values still fold', () => {
    const cert = ['-----BEGIN CERTIFICATE-----', 'MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkq', 'hkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ', '-----END CERTIFICATE-----'];
    const legacy = [
      '-----BEGIN RSA PRIVATE KEY-----',
      'Proc-Type: 4,ENCRYPTED',
      'DEK-Info: AES-128-CBC,3F17F5316E2BAC89',
      '',
      'MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyu',
      '-----END RSA PRIVATE KEY-----',
    ];
    for (const [lines, quote] of [
      [cert, '"'],
      [legacy, "'"],
    ] as const) {
      // A compose file's environment, indented, its closing quote on a line of its own, and Windows line breaks.
      const text = [
        'services:',
        '  app:',
        '    environment:',
        `      tls_pem: ${quote}${lines[0]}`,
        ...lines.slice(1).map((line) => `        ${line}`),
        `      ${quote}`,
        '      region: eu',
      ].join('\r\n');
      expect(entries(text), lines[0]).to.deep.equal({ services: '', app: '', environment: '', tls_pem: lines.join('\n'), region: 'eu' });
    }
    // The nearest values that are no PEM block fold as YAML reads them: a password over lines, a note quoting a key's first line.
    expect(entries('password: "correct horse\n  battery staple"\nnote: "-----BEGIN PRIVATE KEY-----\n  goes in the key field"')).to.deep.equal({
      password: 'correct horse battery staple',
      note: '-----BEGIN PRIVATE KEY----- goes in the key field',
    });
  });

  it('a double-quoted value that is no PEM block reads its \\n escapes at a line end as YAML does, and a key PyYAML wrapped with a \\ is read whole', () => {
    const key = ['-----BEGIN PRIVATE KEY-----', 'MIIEvQIBADANBgkq', '-----END PRIVATE KEY-----'];
    expect(
      entries(
        [
          'password: "correct horse\\n',
          '  battery staple\\n"',
          `private_key: "${key[0]}\\n${key[1]}\\n\\`,
          `  ${key[2]}\\n"`,
          'note: "-----BEGIN PRIVATE KEY-----\\n',
          '  goes in the key field\\n"',
        ].join('\n'),
      ),
    ).to.deep.equal({
      password: 'correct horse\n battery staple\n',
      private_key: `${key.join('\n')}\n`,
      note: '-----BEGIN PRIVATE KEY-----\n goes in the key field\n',
    });
  });

  it('reads a JSON object: text, numbers and true/false members, and those of an object in it, nothing deeper', () => {
    expect(entries(JSON.stringify({ Account: 'acme', port: 8443, sandbox: true, nested: { a: 1, deeper: { b: 2 } }, list: ['x'], none: null }))).to.deep.equal({
      account: 'acme',
      port: '8443',
      sandbox: 'true',
      a: '1',
    });
  });

  it('reads shell lines, tables, curly quotes and Python dicts as their writers meant them', () => {
    expect(entries('A=1 B="x y" C=3 npm start'), 'a shell line').to.deep.equal({ a: '1', b: 'x y', c: '3' });
    expect(entries('export A=1;\nexport B=two words'), 'export, as a shell reads it').to.deep.equal({ a: '1', b: 'two' });
    expect(entries('PASSWORD=correct horse battery'), 'one .env line keeps its spaces, as dotenv reads it').to.deep.equal({ password: 'correct horse battery' });
    expect(entries('A=“curly”\nB=‘single’')).to.deep.equal({ a: 'curly', b: 'single' });
    expect(entries("{'a': 'it\\'s', “b”: “2”}")).to.deep.equal({ a: "it's", b: '2' });
    expect(entries('User name,Access key ID,Secret access key\nbob,AKIA1,wJal/K7+b==')).to.deep.equal({
      'user name': 'bob',
      'access key id': 'AKIA1',
      'secret access key': 'wJal/K7+b==',
    });
    expect(entries('a\tb\n1\t2')).to.deep.equal({ a: '1', b: '2' });
    expect(entries('a,b\n1,2,3'), 'a row that does not fit its header').to.deep.equal({});
    expect(entries('\u200BA=1\n\u2060B=2')).to.deep.equal({ a: '1', b: '2' });
    expect(entries('Password: correct horse #battery'), 'a note keeps its #').to.deep.equal({ password: 'correct horse #battery' });
    expect(entries('K="a\\r\\nb\\nc"')).to.deep.equal({ k: 'a\nb\nc' });
    expect(entries('client_id, client_secret\nabc, xyz'), 'cells trimmed').to.deep.equal({ client_id: 'abc', client_secret: 'xyz' });
    expect(entries('client_id: abc123  # from the dashboard\nclient_secret: xyz'), 'a YAML comment: # and a space').to.deep.equal({
      client_id: 'abc123',
      client_secret: 'xyz',
    });
    expect(entries('TOKEN=abc== SECRET=x'), 'base64 padding before another assignment').to.deep.equal({ token: 'abc==', secret: 'x' });
    // A value with key=value parts of its own (a connection string) is read whole, as dotenv reads it.
    expect(entries('DATABASE_URL=Server=tcp:db,1433;Initial Catalog=app;User ID=svc')).to.deep.equal({ database_url: 'Server=tcp:db,1433;Initial Catalog=app;User ID=svc' });
    expect(entries('DATABASE_URL=host=db port=5432')).to.deep.equal({ database_url: 'host=db port=5432' });
    for (const quote of ['', '"', "'"])
      expect(
        readPasted(Array.from({ length: 8_000 }, (_, i) => `a${i}=${quote}1${quote}`).join(' ')).size,
        `at most 50 assignments after the first, ${quote || 'unquoted'}`,
      ).to.equal(51);
    expect(entries(`{'a': 'x', 'b': ${"'\\'".repeat(3)}`), 'a broken dict names nothing').to.deep.equal({});
    for (const block of ["{'a': 1, 'b': 2}", '[{"a": 1, "b": 2}]']) expect(namesSeveral(block), block).to.equal(true);
    // Pasted into one field, these go in as they are.
    for (const one of ['TOKEN=abc==', 'A= B=', 'host=db port=5432 user=svc', 'Server=tcp:db;Initial Catalog=app', 'read_orders, write_orders\nread_products, write_products'])
      expect(namesSeveral(one), one).to.equal(false);
  });

  it('reads an export line s quoted and unquoted pieces as one word, as a shell does', () => {
    expect(entries("export MINTSOFT_USERNAME=ops\nexport MINTSOFT_PASSWORD='it'\\''s-a-secret'")).to.deep.equal({
      mintsoft_username: 'ops',
      mintsoft_password: "it's-a-secret",
    });
    expect(entries('export A="x y"\'z\' B=2'), 'a double and a single quoted piece').to.deep.equal({ a: 'x yz', b: '2' });
    expect(entries("export A=it\\'s"), 'an escaped quote outside quotes').to.deep.equal({ a: "it's" });
    expect(entries("A='x'y B=2 npm start"), 'a shell line').to.deep.equal({ a: 'xy', b: '2' });
    // Quoted alone, or not on a shell line, a value is read as dotenv reads it.
    expect(entries("PASSWORD='it'\\''s'")).to.deep.equal({ password: 'it' });
    expect(entries('export K="a\\nb"')).to.deep.equal({ k: 'a\nb' });
  });

  it('keeps a backslash outside quotes before a character a shell does not treat specially, as dotenv does', () => {
    expect(entries('export DIR=C:\\Users\\ops')).to.deep.equal({ dir: 'C:\\Users\\ops' });
    expect(entries('set A=1 B=C:\\x'), 'Windows cmd').to.deep.equal({ a: '1', b: 'C:\\x' });
    expect(entries('A=1\tSECRET=ab\\cd'), 'lines joined by a tab').to.deep.equal({ a: '1', secret: 'ab\\cd' });
    expect(entries('export USER=DOMAIN\\ops RE=^a\\d+$'), 'a domain login and a regex').to.deep.equal({ user: 'DOMAIN\\ops', re: '^a\\d+$' });
    // Before a character a shell treats specially, it escapes it.
    expect(entries('export A=a\\ b\\;c\\\\d\\$e B=2')).to.deep.equal({ a: 'a b;c\\d$e', b: '2' });
  });

  it('continues an unquoted KEY= value ending in a backslash on the next line, as a shell does, never onto a line naming its own value', () => {
    expect(entries('TOKEN=ab\\\ncd\\\r\nef\nSHOP=s')).to.deep.equal({ token: 'abcdef', shop: 's' });
    expect(entries('export TOKEN=ab\\\ncd')).to.deep.equal({ token: 'abcd' });
    expect(entries('DIR=C:\\temp\\\nNEXT=1'), 'a path ending in a backslash').to.deep.equal({ dir: 'C:\\temp\\', next: '1' });
    expect(entries('A=x\\\\\nB=2'), 'an escaped backslash').to.deep.equal({ a: 'x\\\\', b: '2' });
    expect(entries('token: ab\\\ncd'), 'not on a Key: value line').to.deep.equal({ token: 'ab\\' });
    expect(entries('TOKEN=ab\\\n  cd'), 'an indented piece, its indentation taken off').to.deep.equal({ token: 'abcd' });
    // Never onto what ends or annotates the block: a code fence, a comment, a rule, a line of words.
    expect(entries('```\nUSER=ops\nPASSWORD=p4ss\\\n```'), 'a closing code fence').to.deep.equal({ user: 'ops', password: 'p4ss\\' });
    expect(entries('PASSWORD=p4ss\\\n# Shopify\nUSER=ops'), 'a comment').to.deep.equal({ password: 'p4ss\\', user: 'ops' });
    expect(entries('PASSWORD=p4ss\\\n---'), 'a rule').to.deep.equal({ password: 'p4ss\\' });
    expect(entries('PASSWORD=p4ss\\\nsee the wiki'), 'a line of words').to.deep.equal({ password: 'p4ss\\' });
  });

  it('reads a YAML single-quoted value’s doubled quote as one, and a value in backticks without them', () => {
    expect(entries("password: 'it''s'\nuser: 'o''brien' # x")).to.deep.equal({ password: "it's", user: "o'brien" });
    expect(entries("PASSWORD='it''s'"), 'not in a .env line').to.deep.equal({ password: 'it' });
    expect(entries('TOKEN=`abc def`\ntoken2: `x`')).to.deep.equal({ token: 'abc def', token2: 'x' });
    // A backtick closes on its own line only (inline code never spans lines): an unclosed one is kept, and the next line is read.
    expect(entries('Password: `x9!k\nUsername: ops\n```'), 'a Key: value line').to.deep.equal({ password: '`x9!k', username: 'ops' });
    expect(entries('```\nPASSWORD=`x9!k\nUSERNAME=ops\n```'), 'a .env line').to.deep.equal({ password: '`x9!k', username: 'ops' });
  });

  it('reads a shell line whose first value is a URL with a query string as a shell does', () => {
    expect(entries('SHOP_URL=https://shop.example/?lang=en&x=1 KEY=ck_1 SECRET=cs_2 node sync.js')).to.deep.equal({
      shop_url: 'https://shop.example/?lang=en&x=1',
      key: 'ck_1',
      secret: 'cs_2',
    });
    expect(entries('TOKEN=abc== SECRET=x'), 'base64 padding').to.deep.equal({ token: 'abc==', secret: 'x' });
    // A connection string is still read whole.
    expect(entries('DATABASE_URL=host=db port=5432 password=x')).to.deep.equal({ database_url: 'host=db port=5432 password=x' });
  });

  it('reads a connection string whole, up to a later part naming a field of the form', () => {
    const login = (text: string) => Object.fromEntries(readPasted(text, ['username', 'password']));
    expect(login('username=ops;password=S3cret;'), 'its last ; ends the value').to.deep.equal({ username: 'ops', password: 'S3cret' });
    expect(login('username=ops&password=p&ss'), 'a & in the value stays').to.deep.equal({ username: 'ops', password: 'p&ss' });
    expect(login('DATABASE_URL=host=db password=x node run.js'), 'after a space, read as a shell line').to.deep.equal({ database_url: 'host=db', password: 'x' });
    expect(login('Server=db;Pwd=x'), 'names the form does not know').to.deep.equal({ server: 'db;Pwd=x' });
    expect(entries('username=ops;password=S3cret'), 'no form: whole').to.deep.equal({ username: 'ops;password=S3cret' });
    // From a part naming a field on, each part of the list is a value, whatever its name; a `&` or `;` in a password that starts no part stays.
    expect(login('username=ops;password=Tr0ub4dor&3;Timeout=30')).to.deep.equal({ username: 'ops', password: 'Tr0ub4dor&3', timeout: '30' });
    expect(login('Username=ops;Timeout=30;Password=x;'), 'the first part too').to.deep.equal({ username: 'ops', timeout: '30', password: 'x' });
    expect(login('username=ops&password=a;b&Timeout=30'), 'a & list').to.deep.equal({ username: 'ops', password: 'a;b', timeout: '30' });
    const netsuite = ['account', 'consumer_key', 'consumer_secret', 'token_id', 'token_secret'];
    expect(Object.fromEntries(readPasted('account=123;consumer_key=ck;consumer_secret=cs;token_id=ti;token_secret=ts', netsuite))).to.deep.equal({
      account: '123',
      consumer_key: 'ck',
      consumer_secret: 'cs',
      token_id: 'ti',
      token_secret: 'ts',
    });
    // Never inside a URL: its query's `&` parts are its own; in a `;` list it ends at the next part.
    const url = 'postgres://h/db?sslmode=require&schema=public';
    expect(Object.fromEntries(readPasted(`DATABASE_URL=${url}`, ['database_url', 'schema']))).to.deep.equal({ database_url: url });
    expect(login('username=ops;url=https://x.example/?a=1&b=2;password=x')).to.deep.equal({ username: 'ops', url: 'https://x.example/?a=1&b=2', password: 'x' });
  });

  it('reads a JSON list of key or name and value pairs, as dashboards export them; the later of two names kept', () => {
    expect(entries('[{"key": "SHOP", "value": "my-store"}, {"key": "TOKEN", "value": "abc"}]')).to.deep.equal({ shop: 'my-store', token: 'abc' });
    expect(
      entries('[\n  {"name": "SHOP", "value": "my-store"},\n  {"name": "TOKEN", "value": "abc", "secure": true},\n  {"name": "TOKEN", "value": "def"},\n]'),
    ).to.deep.equal({
      shop: 'my-store',
      token: 'def',
    });
    expect(entries('[{"key": "SHOP", "value": "my-store"}, {"key": "TOKEN", "value": null}]'), 'a value the export left out').to.deep.equal({ shop: 'my-store', token: '' });
    expect(entries('[default]\naws_access_key_id = AKIA1\naws_secret_access_key = abc'), 'an INI file s section is no list').to.deep.equal({
      aws_access_key_id: 'AKIA1',
      aws_secret_access_key: 'abc',
    });
  });

  it('reads a two-column table aligned by a run of tabs, or with an empty cell after each value, as a pair a line; a header and row keep their empty cells', () => {
    expect(entries('SHOP\t\tmy-store\r\nTOKEN\t\tabc\r\n')).to.deep.equal({ shop: 'my-store', token: 'abc' });
    expect(entries('SHOP\tmy-store\t\nTOKEN\tabc\t')).to.deep.equal({ shop: 'my-store', token: 'abc' });
    expect(entries('shop\tregion\ttoken\nmy-store\t\tabc')).to.deep.equal({ shop: 'my-store', region: '', token: 'abc' });
  });

  it('reads a two-column table of names and values (a spreadsheet, a password manager) as a pair a line', () => {
    expect(entries('Username\tops\nPassword\tS3cret')).to.deep.equal({ username: 'ops', password: 'S3cret' });
    expect(entries('Host\tdb.example\nClient ID\tabc\nAPI key\tk-1')).to.deep.equal({ host: 'db.example', 'client id': 'abc', 'api key': 'k-1' });
    expect(Object.fromEntries(readPasted('Account\tacme\nRegion\teu', ['account', 'region'])), 'names the form knows').to.deep.equal({ account: 'acme', region: 'eu' });
    // A header and a row: the second line names nothing, or the first line's second cell names a value.
    expect(entries('Username\tPassword\nops\tS3cret')).to.deep.equal({ username: 'ops', password: 'S3cret' });
    expect(entries('client_id\tclient_secret\npassword\tx')).to.deep.equal({ client_id: 'password', client_secret: 'x' });
    for (const block of ['Username\tops\nPassword\tS3cret', 'Login\tops\nPassphrase\tx']) expect(namesSeveral(block), block).to.equal(true);
    expect(namesSeveral('read_orders\twrite_orders\nread_products\twrite_products')).to.equal(false);
    // One row: a secret's name (or a name the form knows) and its value; never a header, nor a row of values.
    expect(entries('Password\tS3cret')).to.deep.equal({ password: 'S3cret' });
    expect(Object.fromEntries(readPasted('Region\teu', ['region'])), 'a name the form knows').to.deep.equal({ region: 'eu' });
    for (const row of ['Username\tPassword', 'ops\tS3cret', 'Acme\tEU', 'Password\ta\tb']) expect(entries(row), row).to.deep.equal({});
    expect(namesCredentials('Passphrase\tS3cret')).to.equal(true);
    expect(namesCredentials('Acme\tEU')).to.equal(false);
  });

  it('a label names its field only before a colon (Password1 pasted alone names nothing)', () => {
    const at = {
      id: 'a',
      label: 'A',
      kind: 'api-key',
      fields: [{ key: 'pwd', label: 'Password', type: 'secret', required: true, normalize: 'none' }],
    } as unknown as AuthTypeDefinition;
    expect(pasteFill(at, 'Password1')).to.equal(undefined);
    expect(pasteFill(at, 'Password: Password1')?.map((f) => f.value)).to.deep.equal(['Password1']);
    // Its value is read as any `Key: value` line's: quotes and a comment are not the value.
    const secret = { ...at, fields: [{ ...at.fields[0]!, label: 'Client secret' }] } as AuthTypeDefinition;
    expect(pasteFill(secret, 'Client secret: "s3cr3t" # from the dashboard')?.map((f) => f.value)).to.deep.equal(['s3cr3t']);
  });

  it('gives no names for text that is neither: broken JSON, a JSON list of other objects, prose, a whole file', () => {
    expect(entries('{"account": "acme", ')).to.deep.equal({});
    expect(entries('[{"account": "acme"}]')).to.deep.equal({});
    expect(entries('[{"key": "account", "value": "acme"}, {"id": 7}]'), 'a list not all of pairs').to.deep.equal({});
    expect(entries('[{"key": "account", "value": {"a": 1}}]'), 'a pair whose value is no text').to.deep.equal({});
    expect(entries('Here is my key: abc123')).to.deep.equal({});
    expect(entries(`A=1\nB=2\n${'#'.repeat(100_000)}`)).to.deep.equal({});
  });
});

describe('pasteFill', () => {
  const authType = acmeKeys(['ACME_KEY', 'ACME_ACCOUNT']);
  const filled = (text: string) => (pasteFill(authType, text) ?? []).map(({ field, value }) => [field.key, value]);

  it('fills each field named by its key or an alias, case-insensitively, each name once, in the fields’ order', () => {
    expect(filled('acme_key=k-1\nAccount=acme\nSANDBOX=yes')).to.deep.equal([
      ['account', 'acme'],
      ['apiKey', 'k-1'],
      ['sandbox', true],
    ]);
    // ACME_ACCOUNT is an alias of both (a catalogue as read never has that: see parseCatalogue): the
    // secret field takes it, so a secret never lands in a field shown in clear.
    expect(filled('ACME_ACCOUNT=acme\nsandbox=0')).to.deep.equal([
      ['apiKey', 'acme'],
      ['sandbox', false],
    ]);
    // Two names of one field: a block all the same, never pasted as text; the first name the field lists fills it.
    expect(filled('ACME_KEY=k-1\napiKey=k-2')).to.deep.equal([['apiKey', 'k-2']]);
    // Copied from a YAML file or a list of headers.
    expect(filled('Account: acme\nAcme-Key: k-2'), 'Acme-Key is no alias: one field named among other values, an ordinary paste').to.deep.equal([]);
    expect(filled('account: acme\nacme_key: k-2')).to.deep.equal([
      ['account', 'acme'],
      ['apiKey', 'k-2'],
    ]);
  });

  it('fills the field one named value names; a value with no name, or one named among other values, is an ordinary paste', () => {
    expect(filled('apiKey=k-1')).to.deep.equal([['apiKey', 'k-1']]);
    expect(filled('{"ACME_KEY": "k-1"}')).to.deep.equal([['apiKey', 'k-1']]);
    // A key file holding one name the form knows among others is pasted whole (into its own field).
    expect(pasteFill(authType, 'apiKey=k-1\nunrelated=x')).to.equal(undefined);
    expect(pasteFill(authType, '{"type": "service_account", "account": "acme", "private_key": "k"}')).to.equal(undefined);
    expect(pasteFill(authType, 'k-1'), 'an ordinary paste').to.equal(undefined);
    expect(pasteFill(authType, 'unrelated=x')).to.equal(undefined);
  });

  it('never fills a field shown in clear with a value holding a secret s name=value part', () => {
    expect(filled('account=a=b ACME_KEY=k-1'), 'a value with = parts, then a field s name').to.deep.equal([
      ['account', 'a=b'],
      ['apiKey', 'k-1'],
    ]);
    expect(filled('account=acme;apiKey=k-1'), 'split at a field s name').to.deep.equal([
      ['account', 'acme'],
      ['apiKey', 'k-1'],
    ]);
    for (const text of ['account=Server=db;Password=x', 'account=https://acme.example/?access_token=t', 'account=a=b DB_PASSWORD=x'])
      expect(
        (pasteFill(authType, text) ?? []).filter(({ field }) => field.key === 'account'),
        text,
      ).to.deep.equal([]);
    for (const text of ['Server=db;Password=x', 'username=ops;password=x', 'URL=https://x.example/?a=1&token=t']) expect(namesCredentials(text), text).to.equal(true);
    for (const text of ['https://x.example/?access_token=t', 'a=1;consumer_secret=x', 'Endpoint=sb://x/;SharedAccessKey=k', 'https://x.example/?api-key=k&sort_key=a'])
      expect(namesCredentials(text), text).to.equal(true);
    // A part named with `auth` or `key` in another sense is no secret's: an ordinary URI.
    for (const text of ['mongodb://db.example:27017/app?authSource=admin&replicaSet=rs0', 'https://x.example/?sort_key=a&authMechanism=PLAIN'])
      expect(namesCredentials(text), text).to.equal(false);
  });

  it('names two fields even when one value is empty: never pasted as text, the empty one left as it is', () => {
    // `KEY=` and `KEY= # a comment` name the field with nothing to fill it with.
    expect(pasteFill(authType, 'account=\napiKey=k-1')?.map(({ field, value }) => [field.key, value])).to.deep.equal([['apiKey', 'k-1']]);
    expect(pasteFill(authType, 'ACME_ACCOUNT=  # none yet\nACME_KEY=""')).to.deep.equal([]);
  });

  it('fills a list only with one of its options, matched by value or label, case-insensitively', () => {
    const withList = {
      ...authType,
      fields: [
        authType.fields[0]!,
        {
          key: 'region',
          label: 'Region',
          type: 'select',
          required: true,
          normalize: 'trim',
          options: [
            { value: 'eu-1', label: 'Europe' },
            { value: 'us-1', label: 'United States' },
          ],
        },
        authType.fields[1]!,
      ],
    } as unknown as AuthTypeDefinition;
    const fillList = (text: string) => (pasteFill(withList, text) ?? []).map(({ field, value }) => [field.key, value]);
    expect(fillList('account=acme\nREGION=EU-1')).to.deep.equal([
      ['account', 'acme'],
      ['region', 'eu-1'],
    ]);
    expect(fillList('{"account":"acme","region":"united states"}')).to.deep.equal([
      ['account', 'acme'],
      ['region', 'us-1'],
    ]);
    // Not one of its options: the list is left as it is; the paste still names two fields, so it is not pasted as text.
    expect(pasteFill(withList, 'account=acme\nregion=mars-1')?.map(({ field }) => field.key)).to.deep.equal(['account']);
    expect(fillList('account=acme\nregion=mars-1\napiKey=k-1')).to.deep.equal([
      ['account', 'acme'],
      ['apiKey', 'k-1'],
    ]);
  });
});

describe('pasteFill and a list whose options are labelled alike', () => {
  const region = (options: { value: string; label: string }[]) =>
    ({
      id: 'key',
      label: 'Key',
      kind: 'none',
      fields: [
        { key: 'account', label: 'Account', type: 'text', required: true, normalize: 'trim' },
        { key: 'region', label: 'Region', type: 'select', required: true, normalize: 'trim', options },
      ],
    }) as unknown as AuthTypeDefinition;
  const alike = region([
    { value: 'eu-1', label: 'Europe' },
    { value: 'eu-2', label: 'Europe' },
  ]);
  const filled = (type: AuthTypeDefinition, text: string) => (pasteFill(type, text) ?? []).map(({ field, value }) => [field.key, value]);

  it('a label two options share chooses neither: the list stays as it was, the other values fill', () => {
    expect(filled(alike, 'account=acme\nregion=Europe')).to.deep.equal([['account', 'acme']]);
  });

  it('a value chooses its option, and a label of one option only still chooses it', () => {
    expect(filled(alike, 'account=acme\nregion=eu-2')).to.deep.equal([
      ['account', 'acme'],
      ['region', 'eu-2'],
    ]);
    const own = region([
      { value: 'eu-1', label: 'Europe' },
      { value: 'us-1', label: 'United States' },
    ]);
    expect(filled(own, 'account=acme\nregion=europe')).to.deep.equal([
      ['account', 'acme'],
      ['region', 'eu-1'],
    ]);
  });
});

describe('a real paste naming a list', () => {
  /** A wizard on Credentials with an account and a region list (eu-1 and eu-2 labelled Europe, us labelled US), after `text` is pasted into the account. */
  async function pasted(text: string, options?: Parameters<typeof listAlike>[0]) {
    const el = await wizardFixture({ catalogue: listAlike(options, true), system: 'acme' });
    await advanceTo(el, 'credentials');
    await pasteInto(el, '#field-credentials-account', text);
    return {
      el,
      account: inStep<HTMLInputElement>(el, '#field-credentials-account')!.value,
      region: inStep<HTMLSelectElement>(el, '#field-credentials-region')!.value,
      notice: noticeOf(el),
    };
  }
  const noticeOf = (el: ConnectorWizard) => inStep(el, '[data-paste-notice]')!.textContent!.replace(/\s+/gu, ' ').trim();
  /** The notice's line of names not used, as a node: the same node is not said again. */
  const notUsedLine = (el: ConnectorWizard) => [...inStep(el, '[data-paste-notice]')!.querySelectorAll('p')].find((p) => p.textContent!.includes('Not used'));

  it('choosing in the list a paste left unchosen takes its line away, and the fields filled are still said with Undo', async () => {
    const { el } = await pasted('account=acme\nregion=Europe');
    await chooseOption(el, '#field-credentials-region', 'eu-2');
    expect(noticeOf(el)).to.equal('Filled 1 field from what you pasted: Account. Undo');
  });

  it('choosing in a list leaves the line of names not used the same node, so the live region does not say it again', async () => {
    const { el } = await pasted('account=acme\nregion=Europe\nCLIENT_ID=abc');
    const before = notUsedLine(el);
    expect(before, 'said after the paste').to.not.equal(undefined);
    await chooseOption(el, '#field-credentials-region', 'eu-2');
    expect(noticeOf(el)).to.not.contain('Region was left as it was');
    expect(notUsedLine(el)).to.equal(before);
  });

  it('choosing in a list the paste did not leave unchosen changes nothing said', async () => {
    const { el } = await pasted('account=acme\nregion=us\nCLIENT_ID=abc');
    const before = notUsedLine(el);
    expect(before, 'said after the paste').to.not.equal(undefined);
    await chooseOption(el, '#field-credentials-region', 'eu-1');
    expect(notUsedLine(el)).to.equal(before);
  });

  it('Undo takes the unchosen list and the names not used with it, and a paste that fills nothing after is still said', async () => {
    const { el } = await pasted('account=acme\nregion=Europe\nCLIENT_ID=abc');
    inStep<HTMLButtonElement>(el, '[data-paste-undo]')!.click();
    await settle(el);
    expect(noticeOf(el)).to.equal('Put back what was there before the paste.');
    await pasteInto(el, '#field-credentials-account', 'region: Europe');
    expect(noticeOf(el)).to.contain('Region was left as it was');
  });

  it('a paste after the choice that again names the list ambiguously says its line again', async () => {
    const { el } = await pasted('account=acme\nregion=Europe');
    await chooseOption(el, '#field-credentials-region', 'eu-2');
    await pasteInto(el, '#field-credentials-account', 'account=acme2\nregion=Europe');
    expect(noticeOf(el)).to.contain('Region was left as it was');
  });

  it('a label two options share leaves the list unchosen, and the notice says so beside the fields filled', async () => {
    const { account, region, notice } = await pasted('account=acme\nregion=Europe');
    expect(account).to.equal('acme');
    expect(region).to.equal('');
    expect(notice).to.contain('Filled 1 field from what you pasted: Account.');
    expect(notice).to.contain('Region was left as it was');
  });

  it('a list named alone by a label two options share is said unchosen, not pasted as text into the field', async () => {
    const { account, region, notice } = await pasted('region: Europe');
    expect(account).to.equal('');
    expect(region).to.equal('');
    expect(notice).to.contain('Region was left as it was');
  });

  it('an option as the list shows it, Europe (eu-2), chooses that option', async () => {
    const { region, notice } = await pasted('account=acme\nregion=Europe (eu-2)');
    expect(region).to.equal('eu-2');
    expect(notice).to.equal('Filled 2 fields from what you pasted: Account and Region. Undo');
  });

  it('a value in any case, or a label of one option, still chooses its option, and nothing is said unchosen', async () => {
    for (const [text, chosen] of [
      ['account=acme\nregion=EU-1', 'eu-1'],
      ['account=acme\nregion=us', 'us'],
      ['account=acme\nregion=us (us)', ''],
    ]) {
      const { region, notice } = await pasted(text!);
      expect(region, text).to.equal(chosen);
      if (chosen) expect(notice, text).to.not.contain('left as it was');
    }
    const { region } = await pasted('account=acme\nregion=asia pacific', [
      { value: 'ap-1', label: 'Asia Pacific' },
      { value: 'eu-1', label: 'Europe' },
    ]);
    expect(region).to.equal('ap-1');
  });
});

describe('pasteFill in a wizard in another language', () => {
  it('knows a field and an option also by the label the catalogue wrote, not only by its translation', () => {
    const region = { key: 'region', label: 'Region', type: 'select', options: [{ value: 'eu-1', label: 'Europe', l10n: { de: { label: 'Europa' } } }] };
    const secret = { key: 'secret', label: 'Client secret', type: 'secret', l10n: { de: { label: 'Client-Geheimnis' } } };
    const parsed = parseCatalogue({
      version: 1,
      systems: [{ id: 'acme', name: 'Acme', authTypes: [{ id: 'key', label: 'Key', kind: 'api-key', fields: [region, secret] }] }],
    });
    if (!parsed.ok) throw new Error('the catalogue is read');
    const inGerman = localizeCatalogue(parsed.catalogue, 'de').systems[0]!.authTypes[0]!;
    const filled = (text: string) => pasteFill(inGerman, text)?.map(({ field, value }) => [field.key, value]);
    for (const text of ['Client secret: s-1\nRegion: Europe', 'Client-Geheimnis: s-1\nRegion: Europa'])
      expect(filled(text), text).to.deep.equal([
        ['region', 'eu-1'],
        ['secret', 's-1'],
      ]);
  });
});

describe('a paste of lines that open a quote and never close it', () => {
  // Each line once looked up to 199 lines ahead for its closing quote, and again for the next
  // line: seconds for one such paste of 100,000 characters (these reads then ran out of time).
  // Now each line is searched once per quote; how fast is measured in `npm run bench`.
  const authType = acmeKeys(['ACME_KEY']);
  const filled = (text: string) => pasteFill(authType, text)?.map(({ field, value }) => [field.key, value]);

  it('reads each of four 100,000-character pastes as it read a short one', () => {
    const shell = `${'a=\u201C\n'.repeat(24_900)}account=acme\nacme_key=k-1`;
    expect(shell.length).to.be.below(100_000);
    expect(entries(shell)).to.deep.equal({ a: '\u201C', account: 'acme', acme_key: 'k-1' });
    expect(filled(shell)).to.deep.equal([
      ['account', 'acme'],
      ['apiKey', 'k-1'],
    ]);
    expect(namesSecret(authType, readPaste(shell))).to.equal(true);

    const note = `${'k: \u2018x\n'.repeat(16_000)}Account: acme\nAPI key: k-2`;
    expect(entries(note)).to.deep.equal({ k: '\u2018x', account: 'acme' });
    expect(filled(note)).to.deep.equal([
      ['account', 'acme'],
      ['apiKey', 'k-2'],
    ]);
    expect(namesSecret(authType, readPaste(note))).to.equal(false);

    const exports = `${'export A=\u201Cx y\n'.repeat(7_000)}B=2`;
    expect(entries(exports)).to.deep.equal({ a: '\u201Cx', b: '2' });
    expect(filled(exports)).to.equal(undefined);

    const switches = `${'sandbox=\u2018\n'.repeat(9_000)}sandbox=yes`;
    expect(entries(switches)).to.deep.equal({ sandbox: 'yes' });
    expect(filled(switches)).to.deep.equal([['sandbox', true]]);
    for (const text of [shell, note, exports, switches]) expect(namesSeveral(text)).to.equal(true);
  });

  it('still reads a quoted value over the lines up to its closing quote, within 200 lines, as before', () => {
    expect(entries('KEY="line 1\nline 2"\nB=2')).to.deep.equal({ key: 'line 1\nline 2', b: '2' });
    expect(entries(`A=\u201Cx\n${'\n'.repeat(198)}y\u201D\nB=2`)).to.deep.equal({ a: `x\n${'\n'.repeat(198)}y`, b: '2' });
    // Its closing quote 200 lines down is too far: the value is read as a shell reads a word.
    expect(entries(`A=\u201Cx\n${'\n'.repeat(199)}y\u201D\nB=2`)).to.deep.equal({ a: '\u201Cx', b: '2' });
    // Two values open, one closing quote: the first takes it, the second is read up to its line.
    expect(entries('A=\u201Cx\nB=\u2018y\nz\u201D\nC=3')).to.deep.equal({ a: 'x\nB=\u2018y\nz', c: '3' });
    expect(entries('A=\u2018x\nB=\u201Cy\nz\u201D\nC=3')).to.deep.equal({ a: '\u2018x', b: 'y\nz', c: '3' });
    // Unclosed, with an assignment on the last line read: it is read as one of its own, as a shell line.
    expect(entries('A=\u201Cx\n \nB=2')).to.deep.equal({ a: '\u201Cx', b: '2' });
  });
});

describe('namesCredentials', () => {
  it('tells credentials on one line, whose names no form knows, from a name with = or : in it', () => {
    const credentials = [
      '{"password": "x"}',
      "{'host': 'db'}",
      '[{"token": "x"}]',
      'DB_PASSWORD=x',
      'export clientSecret="x"',
      'X-Api-Key: x',
      'accesstoken: x',
      'user=admin password=x',
      'host=db port=5432',
    ];
    for (const text of credentials) expect(namesCredentials(text), text).to.equal(true);
    const names = [
      'Shopify (EU=live)',
      'Xero: UK',
      'Acme 2 = new',
      'Shop: acme-uk',
      'Keys: EU accounts',
      'Monkey: business',
      'Passport: EU',
      'Tokens: 3',
      'PASSWORD=',
      'A= B=',
      '[2024] Shopify',
      'read_orders, write_orders\nread_products, write_products',
    ];
    for (const text of names) expect(namesCredentials(text), text).to.equal(false);
  });

  it('Key:/Auth0:/Pass: names and host:port values are not credentials', () => {
    for (const t of ['Key: EU accounts', 'Auth0: production', 'Pass: EU', 'auth.example.com:8443', 'token.shop.example:443', 'Acme: EU: Live', 'Xero: UK ledger'])
      expect(namesCredentials(t), t).to.equal(false);
    for (const t of ['API key: abc123', 'DB_PASSWORD=x', 'password: hunter2', 'clientSecret: abc', 'DB_PASS=x', 'x-api-key: x', 'Access token: x', 'Mintsoft password: x'])
      expect(namesCredentials(t), t).to.equal(true);
  });

  it('a login on one line with colons is two values, the password never read as part of the username', () => {
    expect(namesCredentials('Username: ops@example.com Password: Tr0ub4dor&3')).to.equal(true);
    expect(namesCredentials('Account: acme, API key: abc123')).to.equal(true);
    expect(entries('Username: ops@example.com Password: Tr0ub4dor&3')).to.deep.equal({ username: 'ops@example.com', password: 'Tr0ub4dor&3' });
    // A quoted value is read whole.
    expect(entries('Note: "see Password: below"')).to.deep.equal({ note: 'see Password: below' });
  });
});

describe('the names a paste left unused', () => {
  /** An account and a secret key, no aliases. */
  const acme = acmeKeys([]);
  const unusedOf = (text: string) => {
    const read = readFill(acme, text)!;
    return { unused: read.unused, unsaid: read.unsaid };
  };

  for (const line of ['password_sunshine_token=x', 'Password-sunshine token: x', 'password.sunshine.token=x', 'Password sunshine token: x']) {
    it(`counts "${line}", a password joined into its name, and never says it`, () => {
      expect(unusedOf(`account=acme\napiKey=x\n${line}`)).to.deep.equal({ unused: [], unsaid: 1 });
    });
  }

  it('says a name whose word after its secret word says what it is about the secret (hash, hint, lifetime), never its value', () => {
    const text = 'account=acme\napiKey=x\nPASSWORD_HASH=$2b$12$abc\npassword_hint=first pet\nAccess token lifetime: 3600\nsecret-rotation-date=2030';
    expect(unusedOf(text)).to.deep.equal({ unused: ['PASSWORD_HASH', 'password_hint', 'Access token lifetime', 'secret-rotation-date'], unsaid: 0 });
  });

  it('still counts a name with a word of its own after such a word: password_hint_sunshine, Password lifetime sunshine', () => {
    expect(unusedOf('account=acme\napiKey=x\npassword_hint_sunshine=x\nPassword lifetime sunshine: x\nPassword sunshine hint: x')).to.deep.equal({ unused: [], unsaid: 3 });
  });

  it('still says a name whose word after its secret word names a part of it, joined by _ - or .', () => {
    const text =
      'account=acme\napiKey=x\nwebhook_secret=a\naccount-id=42\nACCESS_TOKEN_URL=https://example.com/token\napi.key.id=7\nrefresh_token_expires_in=3600\ntoken-expiry-date=2030';
    const unused = ['webhook_secret', 'account-id', 'ACCESS_TOKEN_URL', 'api.key.id', 'refresh_token_expires_in', 'token-expiry-date'];
    expect(unusedOf(text)).to.deep.equal({ unused, unsaid: 0 });
  });

  it('a JSON paste of 10,000 members still fills its fields and says the others as written', () => {
    // Just under MAX_PASTE (98,923 characters): read as named values.
    const members = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`X${i}`, 1]));
    const read = readFill(acme, JSON.stringify({ Account: 'acme', ...members, apiKey: 'k-1' }))!;
    expect(read.fill.map(({ field, value }) => [field.key, value])).to.deep.equal([
      ['account', 'acme'],
      ['apiKey', 'k-1'],
    ]);
    expect(read.unused.length).to.equal(10_000);
    expect(read.unused[0]).to.equal('X0');
    expect(read.unused.at(-1)).to.equal('X9999');
  });

  it('a JSON member in curly or single quotes is said as written', () => {
    expect(unusedOf('{“account”: “acme”, “apiKey”: “x”, “Region_Name”: “eu”}').unused).to.deep.equal(['Region_Name']);
    expect(unusedOf("{'account': 'acme', 'apiKey': 'x', 'Region_Name': 'eu'}").unused).to.deep.equal(['Region_Name']);
  });

  it('a nested JSON object that fills nothing is said by its own name, not by the names inside it', () => {
    expect(unusedOf(JSON.stringify({ account: 'acme', apiKey: 'x', nested: { a: 1 } })).unused).to.deep.equal(['nested']);
  });

  it('a JSON list or an object holding something is said by its name; an empty one, like an empty value, is not', () => {
    expect(unusedOf(JSON.stringify({ account: 'acme', apiKey: 'x', Scopes: ['read'], none: [], empty: {}, blank: ' ', off: null })).unused).to.deep.equal(['Scopes']);
  });

  it('a nested JSON object that fills fields says the members inside it no field takes, not its own name', () => {
    expect(unusedOf(JSON.stringify({ credentials: { account: 'acme', apiKey: 'x', Region: 'eu' } })).unused).to.deep.equal(['Region']);
  });

  it('in Arabic the count of lines left unused takes its plural form: the dual for 2, then 3 to 10, 11 to 99 and 100', () => {
    expect(ar.pasteLinesNotUsed(1)).to.contain('سطر واحد');
    expect(ar.pasteLinesNotUsed(2)).to.contain('سطران');
    expect(ar.pasteLinesNotUsed(2)).to.not.contain('(');
    expect(ar.pasteLinesNotUsed(3)).to.match(/[3٣] أسطر/u);
    expect(ar.pasteLinesNotUsed(11)).to.match(/(?:11|١١) سطرًا/u);
    expect(ar.pasteLinesNotUsed(100)).to.match(/(?:100|١٠٠) سطر[^ًا]/u);
  });
});
