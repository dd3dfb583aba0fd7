/**
 * A block of several values pasted into a one-line credential field whose names this form does not know: refused, in words that fit
 * what was pasted (JSON or `KEY=value` lines), naming what the fields are called and never a value pasted.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../test/wait.js';
import { inStep, pasteInto, SHOPIFY_TOKEN } from '../../test/fixtures.js';
import { atCredentials } from '../../test/credentials-fixtures.js';
import type { ConnectorWizard } from '../../wizard/connector-wizard.js';
import { en } from '../../messages/english.js';
import ar from '../../messages/locales/ar.js';
import de from '../../messages/locales/de.js';
import es from '../../messages/locales/es.js';
import fr from '../../messages/locales/fr.js';
import nl from '../../messages/locales/nl.js';

const locales = { en, ar, de, es, fr, nl };

const notice = (el: ConnectorWizard) => inStep(el, '[data-paste-notice]')!.textContent!.trim();
const value = (el: ConnectorWizard, key: string) => inStep<HTMLInputElement>(el, `#field-credentials-${key}`)!.value;

/** Shopify's access token way on Credentials, `text` pasted into its Store subdomain field. */
async function pastedIntoShop(text: string) {
  const el = await atCredentials('shopify', 'access-token');
  await pasteInto(el, '#field-credentials-shop', text);
  return el;
}

describe('a paste of several values that names no field', () => {
  it('as JSON is refused in words about JSON, naming the fields and no value', async () => {
    const el = await pastedIntoShop(JSON.stringify({ store: 'my-store', token: SHOPIFY_TOKEN }, null, 2));
    expect([value(el, 'shop'), value(el, 'accessToken')]).to.deep.equal(['', '']);
    expect(notice(el)).to.equal(
      'Nothing was pasted: the JSON holds more than one value, and this field takes one. Paste each value on its own, or JSON whose members are named as these fields are. The fields here are named shop and accessToken.',
    );
    expect(notice(el), 'no value echoed').to.not.contain('my-store');
    el.remove();
  });

  it('as KEY=value lines is still refused in words about lines, now naming the fields', async () => {
    const el = await pastedIntoShop(`STORE=my-store\nTOKEN=${SHOPIFY_TOKEN}`);
    expect([value(el, 'shop'), value(el, 'accessToken')]).to.deep.equal(['', '']);
    expect(notice(el)).to.equal(
      'Nothing was pasted: the text holds more than one value, and this field takes one. Paste each value on its own, or a block of KEY=value lines that names these fields. The fields here are named shop and accessToken.',
    );
    expect(notice(el), 'no value echoed').to.not.contain(SHOPIFY_TOKEN);
    el.remove();
  });

  it('JSON naming the fields still fills them, with no refusal', async () => {
    const el = await pastedIntoShop(JSON.stringify({ shop: 'my-store', access_token: SHOPIFY_TOKEN }));
    expect([value(el, 'shop'), value(el, 'accessToken')]).to.deep.equal(['my-store', SHOPIFY_TOKEN]);
    expect(notice(el)).to.not.contain('Nothing was pasted');
    el.remove();
  });

  it('as a pretty-printed JSON object of one member is refused as one named value, not as several', async () => {
    const el = await pastedIntoShop(JSON.stringify({ store_name: 'my-store' }, null, 2));
    expect(value(el, 'shop')).to.equal('');
    expect(notice(el)).to.contain('Nothing was pasted');
    expect(notice(el)).to.contain('with its name');
    expect(notice(el)).to.not.contain('more than one value');
    el.remove();
  });

  it('as a pretty-printed JSON object of one member into a masked field is refused as one named value too', async () => {
    const el = await atCredentials('shopify', 'access-token');
    await pasteInto(el, '#field-credentials-accessToken', JSON.stringify({ secret_token: SHOPIFY_TOKEN }, null, 2));
    expect(value(el, 'accessToken')).to.equal('');
    expect(notice(el)).to.contain('with its name');
    expect(notice(el)).to.not.contain('more than one value');
    el.remove();
  });

  it('as a JSON list of objects is refused in words about JSON, not about lines', async () => {
    const el = await pastedIntoShop(JSON.stringify([{ store: 'my-store', token: SHOPIFY_TOKEN }]));
    expect(value(el, 'shop')).to.equal('');
    expect(notice(el)).to.contain('Nothing was pasted');
    expect(notice(el)).to.contain('the JSON holds');
    expect(notice(el)).to.not.contain('KEY=value');
    el.remove();
  });

  it('as a JSON list of name and value pairs is still refused in words about JSON', async () => {
    const el = await pastedIntoShop(
      JSON.stringify([
        { key: 'STORE', value: 'my-store' },
        { key: 'TOKEN', value: SHOPIFY_TOKEN },
      ]),
    );
    expect(value(el, 'shop')).to.equal('');
    expect(notice(el)).to.contain('the JSON holds');
    el.remove();
  });

  it('as a Python dict is not called JSON', async () => {
    const el = await pastedIntoShop(`{'store': 'my-store', 'token': '${SHOPIFY_TOKEN}'}`);
    expect(value(el, 'shop')).to.equal('');
    expect(notice(el)).to.contain('Nothing was pasted');
    expect(notice(el)).to.not.contain('JSON');
    el.remove();
  });

  it('as a Python dict naming the fields still fills them', async () => {
    const el = await pastedIntoShop(`{'shop': 'my-store', 'access_token': '${SHOPIFY_TOKEN}'}`);
    expect([value(el, 'shop'), value(el, 'accessToken')]).to.deep.equal(['my-store', SHOPIFY_TOKEN]);
    expect(notice(el)).to.not.contain('Nothing was pasted');
    el.remove();
  });

  it('as JSON in a Markdown code block is still refused in words about JSON', async () => {
    const el = await pastedIntoShop(`\`\`\`json\n${JSON.stringify({ store: 'my-store', token: SHOPIFY_TOKEN }, null, 2)}\n\`\`\``);
    expect(value(el, 'shop')).to.equal('');
    expect(notice(el)).to.contain('the JSON holds more than one value');
    el.remove();
  });
});

/**
 * `text` pasted into the field of `key` as the browser sends a paste (a ClipboardEvent holding a DataTransfer), or dropped on it
 * (`as`: a DragEvent): whether the form took it over (a paste it leaves to the browser is the browser's to put in).
 */
async function clipboardPaste(el: ConnectorWizard, key: string, text: string, as: 'paste' | 'drop' = 'paste') {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const init = { bubbles: true, cancelable: true, composed: true };
  const event = as === 'paste' ? new ClipboardEvent('paste', { ...init, clipboardData: data }) : new DragEvent('drop', { ...init, dataTransfer: data });
  const field = inStep<HTMLInputElement>(el, `#field-credentials-${key}`)!;
  field.focus();
  field.dispatchEvent(event);
  await waitUntil(() => notice(el) !== '' || !event.defaultPrevented, 'the paste is read', { timeout: 5000 });
  return event.defaultPrevented;
}

describe('a paste of one named value', () => {
  it('as a JSON object of one member into a masked field is not said to go into a field that shows what it holds', async () => {
    const el = await atCredentials('shopify', 'access-token');
    await pasteInto(el, '#field-credentials-accessToken', JSON.stringify({ secret_token: SHOPIFY_TOKEN }, null, 2));
    expect(value(el, 'accessToken')).to.equal('');
    expect(notice(el)).to.contain('with its name');
    expect(notice(el)).to.not.contain('shows what it holds');
    expect(notice(el)).to.contain('takes the value alone');
    expect(notice(el), 'no value echoed').to.not.contain(SHOPIFY_TOKEN);
    el.remove();
  });

  it('as a JSON object of one member into a field shown in clear still says that field shows what it holds', async () => {
    const el = await pastedIntoShop(JSON.stringify({ store_name: 'my-store' }, null, 2));
    expect(notice(el)).to.contain('this field shows what it holds');
    el.remove();
  });

  it('as a JSON object of one member whose value holds a quote and a colon is refused as one value, not as several', async () => {
    const el = await atCredentials('shopify', 'access-token');
    expect(await clipboardPaste(el, 'shop', JSON.stringify({ store_name: 'my "best": store' }))).to.equal(true);
    expect(value(el, 'shop')).to.equal('');
    expect(notice(el)).to.contain('with its name');
    expect(notice(el)).to.not.contain('more than one value');
    el.remove();
  });

  it('a JSON object of two members, one value holding a quote and a colon, is still refused as several', async () => {
    const el = await atCredentials('shopify', 'access-token');
    expect(await clipboardPaste(el, 'shop', JSON.stringify({ store_name: 'my "best": store', region: 'eu' }))).to.equal(true);
    expect(value(el, 'shop')).to.equal('');
    expect(notice(el)).to.contain('the JSON holds more than one value');
    el.remove();
  });

  it('as a one-line JSON object of one member into a masked field is refused the same way, never pasted in with its name', async () => {
    const el = await atCredentials('shopify', 'access-token');
    expect(await clipboardPaste(el, 'accessToken', JSON.stringify({ secret_token: SHOPIFY_TOKEN }))).to.equal(true);
    expect(value(el, 'accessToken')).to.equal('');
    expect(notice(el)).to.contain('takes the value alone');
    expect(notice(el), 'no value echoed').to.not.contain(SHOPIFY_TOKEN);
    el.remove();
  });

  it('as a one-line JSON object of one member dropped on a masked field is said as a drop, to drop or paste the value alone', async () => {
    const el = await atCredentials('shopify', 'access-token');
    expect(await clipboardPaste(el, 'accessToken', JSON.stringify({ secret_token: SHOPIFY_TOKEN }), 'drop')).to.equal(true);
    expect(value(el, 'accessToken')).to.equal('');
    expect(notice(el)).to.equal(
      'Nothing was dropped: that looks like a value with its name, and this field takes the value alone. Drop or paste only the value, without its name.',
    );
    el.remove();
  });

  it('a token that only starts like JSON, a JSON string or a number, into a masked field, is still an ordinary paste', async () => {
    const el = await atCredentials('shopify', 'access-token');
    for (const text of ['{abc123', '"abc"', '12345', '{}']) expect(await clipboardPaste(el, 'accessToken', text), text).to.equal(false);
    expect(notice(el)).to.equal('');
    el.remove();
  });

  it('as a one-line JSON object of one member into a masked text area is an ordinary paste, as a key file is', async () => {
    const el = await atCredentials('netsuite', 'oauth2-client-credentials');
    expect(await clipboardPaste(el, 'privateKey', JSON.stringify({ secret_token: SHOPIFY_TOKEN }))).to.equal(false);
    expect(notice(el)).to.equal('');
    el.remove();
  });

  it('as a one-line Python dict of one member into a masked field is refused as its JSON is, never pasted in with its name', async () => {
    const el = await atCredentials('shopify', 'access-token');
    for (const text of [`{'secret_token': '${SHOPIFY_TOKEN}'}`, `{‘secret_token’: ‘${SHOPIFY_TOKEN}’}`]) {
      expect(await clipboardPaste(el, 'accessToken', text), text).to.equal(true);
      expect(value(el, 'accessToken'), text).to.equal('');
      expect(notice(el), text).to.contain('takes the value alone');
      expect(notice(el), 'no value echoed').to.not.contain(SHOPIFY_TOKEN);
    }
    el.remove();
  });

  it('as a one-line Python dict naming the masked field fills it, as its JSON does', async () => {
    const el = await atCredentials('shopify', 'access-token');
    expect(await clipboardPaste(el, 'accessToken', `{'access_token': '${SHOPIFY_TOKEN}'}`)).to.equal(true);
    await waitUntil(() => value(el, 'accessToken') === SHOPIFY_TOKEN, 'the field is filled', { timeout: 5000 });
    expect(notice(el)).to.not.contain('Nothing was pasted');
    el.remove();
  });

  it('a password only shaped like a dict (braces, a quote before a colon) into a masked field is still an ordinary paste', async () => {
    const el = await atCredentials('shopify', 'access-token');
    for (const text of ["{Tr0ub4'dor':x}", '{"x":"y"']) expect(await clipboardPaste(el, 'accessToken', text), text).to.equal(false);
    expect(notice(el)).to.equal('');
    el.remove();
  });

  it('as a one-line JSON object naming the masked field still fills it', async () => {
    const el = await atCredentials('shopify', 'access-token');
    expect(await clipboardPaste(el, 'accessToken', JSON.stringify({ access_token: SHOPIFY_TOKEN }))).to.equal(true);
    await waitUntil(() => value(el, 'accessToken') === SHOPIFY_TOKEN, 'the field is filled', { timeout: 5000 });
    expect(notice(el)).to.not.contain('Nothing was pasted');
    el.remove();
  });
});

describe('the words for a value with its name dropped on a masked field', () => {
  it('in every language say to drop or paste it, not only to paste it', async () => {
    const last = (words: string) => words.slice(words.lastIndexOf('. ', words.length - 3));
    for (const [language, msg] of Object.entries(locales)) expect(last(msg.dropNamedMasked), language).to.not.equal(last(msg.pasteNamedMasked));
  });
});

describe('a pasted JSON object read by several rules', () => {
  it('is parsed once per paste, however many rules read it', async () => {
    const el = await atCredentials('shopify', 'access-token');
    const text = JSON.stringify({ secret_token: SHOPIFY_TOKEN, note: 'parsed once' });
    const parse = JSON.parse;
    let parsed = 0;
    JSON.parse = (json: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
      // Each parse of the paste, by whichever rule reads it: the event's, refusal's and fill's alike.
      if (json === text) parsed++;
      return parse(json, reviver);
    };
    try {
      expect(await clipboardPaste(el, 'shop', text)).to.equal(true);
    } finally {
      JSON.parse = parse;
    }
    expect(notice(el)).to.contain('the JSON holds more than one value');
    expect(parsed).to.equal(1);
    el.remove();
  });
});
