/** Labels and secret names as a catalogue, a chat or a word processor writes them (a non-breaking space, a zero-width character), and passwords with braces and quotes pasted into a masked field. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import type { AuthTypeDefinition } from '../catalogue/catalogue-schema.js';
import { pasteFill, readPaste } from './paste-fill.js';
import { advanceTo, inStep, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { atCredentials } from '../test/credentials-fixtures.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

/** A client id shown in clear under `idLabel`, and a client secret. */
const clientCredentials = (idLabel: string) =>
  ({
    id: 'cc',
    label: 'Client credentials',
    kind: 'oauth2-client-credentials',
    fields: [
      { key: 'clientId', label: idLabel, type: 'text', required: true, normalize: 'trim' },
      { key: 'clientSecret', label: 'Client secret', type: 'secret', required: true, normalize: 'trim' },
    ],
  }) as unknown as AuthTypeDefinition;

const filled = (authType: AuthTypeDefinition, text: string) => Object.fromEntries((pasteFill(authType, text) ?? []).map(({ field, value }) => [field.key, value]));

describe('a label line as the catalogue writes the label', () => {
  it('a plain label fills its field (the baseline)', () => {
    expect(filled(clientCredentials('Client ID'), 'Client ID: abc123\nClient secret: s3cr3t-XYZ')).to.deep.equal({ clientId: 'abc123', clientSecret: 's3cr3t-XYZ' });
  });

  it('a label the catalogue writes with a non-breaking space, pasted exactly as written, still fills its field', () => {
    expect(filled(clientCredentials('Client\u00A0ID'), 'Client\u00A0ID: abc123\nClient secret: s3cr3t-XYZ')).to.deep.equal({
      clientId: 'abc123',
      clientSecret: 's3cr3t-XYZ',
    });
  });

  it('a label the catalogue writes with a non-breaking space, pasted with an ordinary space, fills its field as the paste s NBSP does', () => {
    expect(filled(clientCredentials('Client\u00A0ID'), 'Client ID: abc123\nClient secret: s3cr3t-XYZ')).to.deep.equal({
      clientId: 'abc123',
      clientSecret: 's3cr3t-XYZ',
    });
  });
});

const notice = (el: ConnectorWizard) => inStep(el, '[data-paste-notice]')!.textContent!.trim();
async function clipboardPaste(el: ConnectorWizard, key: string, text: string) {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: data });
  const field = inStep<HTMLInputElement>(el, `#field-credentials-${key}`)!;
  field.focus();
  field.dispatchEvent(event);
  await waitUntil(() => notice(el) !== '' || !event.defaultPrevented, 'the paste is read', { timeout: 5000 });
  return event.defaultPrevented;
}

describe('real-looking passwords with braces and quotes into a masked field', () => {
  const passwords = ['{Tr0ub4dor&3}', "[x'Y':9]", "{'}", '{"a":', '[None]', '{True:1}', "p{'a':'b'}", "{{'s3cr3t'}}", '[`q`]', "{'hunter2'}"];
  it('each is an ordinary paste', async () => {
    for (const pw of passwords) expect(readPaste(pw).objectMembers, pw).to.equal(0);
    const el = await atCredentials('shopify', 'access-token');
    for (const pw of passwords) expect(await clipboardPaste(el, 'accessToken', pw), pw).to.equal(false);
    el.remove();
  });
});

describe('a secret named with a non-breaking space, pasted into the connector name', () => {
  /** `text` pasted (as a ClipboardEvent carries it) into the name field: whether it was refused. */
  async function pastedIntoName(text: string) {
    const el = await wizardFixture({ system: 'shopify', draftDatabase: uniqueDatabase() });
    await advanceTo(el, 'general');
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: data });
    const field = inStep<HTMLInputElement>(el, '#field-name')!;
    field.focus();
    field.dispatchEvent(event);
    el.remove();
    return event.defaultPrevented;
  }
  it('is refused as the same line with an ordinary space is', async () => {
    // The baseline: refused (namesCredentials: a secret's name, `API key`, `Client secret`).
    for (const text of ['API key: 9f8e7d6c5b4a39281706', 'Client secret: 9f8e7d6c5b4a39281706']) expect(await pastedIntoName(text), text).to.equal(true);
    // A chat or a word processor writes the label with a non-breaking space, as a label is read when it fills: it would go into the name, shown and saved.
    for (const text of ['API\u00A0key: 9f8e7d6c5b4a39281706', 'Client\u00A0secret: 9f8e7d6c5b4a39281706'])
      expect(await pastedIntoName(text), JSON.stringify(text)).to.equal(true);
  });
});
