/**
 * A key pasted (Ctrl+V) into NetSuite's masked Consumer key field as a chat, an email reply or a
 * spreadsheet carries it: its marks taken off and said, invisible characters a PDF leaves inside a
 * key taken off (a password keeps them, said), a table's rows and quoted lines filling the fields they name.
 */
import { expect } from '@open-wc/testing';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { advanceTo, inStep, pasteInto, settle, wizardFixture } from '../test/fixtures.js';
import { LOGIN, NETSUITE, oneAuthType } from '../test/paste-forms.js';

const KEY = 'ck0123456789abcdef0123456789abcdef';

const valueOf = (el: ConnectorWizard, key: string) => inStep<HTMLInputElement>(el, `#field-credentials-${key}`)!.value;
const noteOf = (el: ConnectorWizard, key: string) => inStep(el, `#field-credentials-${key}-note`)?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';
const noticeOf = (el: ConnectorWizard) => inStep(el, '[data-paste-notice]')?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';

/** A wizard on Credentials for `fields` after `text` is pasted with Ctrl+V into the field `into`, then left. */
async function pastedAndLeft(fields: Record<string, unknown>[], into: string, text: string) {
  const el = await wizardFixture({ catalogue: oneAuthType(fields), system: 'acme' });
  await advanceTo(el, 'credentials');
  await pasteInto(el, `#field-credentials-${into}`, text);
  const input = inStep<HTMLInputElement>(el, `#field-credentials-${into}`)!;
  input.blur();
  input.dispatchEvent(new Event('change'));
  await settle(el);
  return el;
}

describe('a key pasted with the marks a chat or an email reply puts around it', function () {
  this.timeout(60_000);

  for (const [what, text] of [
    ['in backticks', `\`${KEY}\``],
    ['in double backticks', `\`\`${KEY}\`\``],
    ['in a code fence', `\`\`\`\n${KEY}\n\`\`\``],
    ['in a code fence naming a language', `\`\`\`text\n${KEY}\n\`\`\`\n`],
    ['quoted in an email reply', `> ${KEY}`],
    ['quoted twice in an email reply', `>> ${KEY}`],
  ] as const)
    it(`is the key itself, ${what}, and the note beside it says what was taken off, never the key`, async () => {
      const el = await pastedAndLeft(NETSUITE, 'consumerKey', text);
      expect(valueOf(el, 'consumerKey')).to.equal(KEY);
      const note = noteOf(el, 'consumerKey');
      expect(note).to.match(/took off/u);
      expect(note).not.to.contain(KEY.slice(2, 12));
    });

  it('a fenced key a chat wrapped over lines is the key, its marks taken off and its lines joined', async () => {
    const el = await pastedAndLeft(NETSUITE, 'consumerKey', `\`\`\`\n${KEY.slice(0, 17)}\n${KEY.slice(17)}\n\`\`\``);
    expect(valueOf(el, 'consumerKey')).to.equal(KEY);
    expect(noteOf(el, 'consumerKey'))
      .to.match(/took off/u)
      .and.to.contain('joined');
  });

  it('keeps a value of words in backticks as pasted: a passphrase is no code', async () => {
    const el = await pastedAndLeft(LOGIN, 'password', '`correct horse battery`');
    expect(valueOf(el, 'password')).to.equal('`correct horse battery`');
  });
});

describe('invisible characters and no-break spaces inside a pasted key or password', function () {
  this.timeout(60_000);

  for (const [what, mark] of [
    ['a no-break space', '\u00a0'],
    ['a zero-width space', '\u200b'],
    ['a soft hyphen', '\u00ad'],
  ] as const) {
    it(`takes ${what} out of a key, and says so`, async () => {
      const el = await pastedAndLeft(NETSUITE, 'consumerKey', `${KEY.slice(0, 16)}${mark}${KEY.slice(16)}`);
      expect(valueOf(el, 'consumerKey')).to.equal(KEY);
      expect(noteOf(el, 'consumerKey')).to.contain('We removed');
    });

    it(`keeps ${what} inside a password as pasted`, async () => {
      const el = await pastedAndLeft(LOGIN, 'password', `Tr0ub${mark}dor&3`);
      expect(valueOf(el, 'password')).to.equal(`Tr0ub${mark}dor&3`);
      // An invisible one is said, as typed; a no-break space is a space, said no more than an ordinary one inside a password.
      if (mark !== '\u00a0') expect(noteOf(el, 'password')).to.contain('kept as typed');
    });
  }
});

describe('a table or quoted lines naming the fields, pasted into a key', function () {
  this.timeout(60_000);

  it('fills the fields a spreadsheet copy names under its key and value header', async () => {
    const table = ['key\tvalue', 'consumer_key\tckA1', 'consumer_secret\tcsB2', 'token_id\ttiC3', 'token_secret\ttsD4'].join('\n');
    const el = await pastedAndLeft(NETSUITE, 'consumerKey', table);
    expect(['consumerKey', 'consumerSecret', 'tokenId', 'tokenSecret'].map((k) => valueOf(el, k))).to.deep.equal(['ckA1', 'csB2', 'tiC3', 'tsD4']);
    expect(noticeOf(el)).to.contain('Consumer key');
  });

  for (const [what, table] of [
    ['labels under Key and Value, Windows line ends', ['Key\tValue', 'Consumer key\tckA1', 'Consumer secret\tcsB2', 'Token ID\ttiC3', 'Token secret\ttsD4', ''].join('\r\n')],
    [
      'names under Name and Value, an Account ID row first',
      ['Name\tValue', 'account_id\t1234567', 'consumer_key\tckA1', 'consumer_secret\tcsB2', 'token_id\ttiC3', 'token_secret\ttsD4'].join('\n'),
    ],
    ['a third, empty column', ['key\tvalue\t', 'consumer_key\tckA1\t', 'consumer_secret\tcsB2\t', 'token_id\ttiC3\t', 'token_secret\ttsD4\t'].join('\n')],
    ['one row under its header', ['key\tvalue', 'consumer_key\tckA1'].join('\n')],
  ] as const)
    it(`fills the fields a spreadsheet copy names: ${what}`, async () => {
      const el = await pastedAndLeft(NETSUITE, 'consumerKey', table);
      const values = ['consumerKey', 'consumerSecret', 'tokenId', 'tokenSecret'].map((k) => valueOf(el, k));
      expect(values.slice(0, table.split('\n').length - 1), noticeOf(el)).to.deep.equal(['ckA1', 'csB2', 'tiC3', 'tsD4'].slice(0, table.split('\n').length - 1));
    });

  it('fills the fields labelled lines quoted in an email reply name', async () => {
    const el = await pastedAndLeft(NETSUITE, 'consumerKey', '> Consumer key: ckA1\n> Consumer secret: csB2');
    expect([valueOf(el, 'consumerKey'), valueOf(el, 'consumerSecret')]).to.deep.equal(['ckA1', 'csB2']);
  });
});
