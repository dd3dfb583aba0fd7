import { expect } from '@open-wc/testing';
import { audit } from '../../test/audit.js';
import type { ConnectorPayload } from '../../schemas/wizard-data.js';
import type { ConnectorWizard, EditableConnector } from '../../wizard/connector-wizard.js';
import { sendKeys } from '@web/test-runner-commands';
import {
  advanceTo,
  allInStep,
  choose,
  currentStepId,
  errorSummary,
  freshApi,
  GROUPS,
  inStep,
  pasteInto,
  pressContinue,
  sampleCatalogue,
  SHOPIFY_TOKEN,
  settle,
  type,
  wizardFixture,
} from '../../test/fixtures.js';
import { stepSuite } from '../../test/step-suite.js';
import { cutInMiddle, listAlike, V1, V2 } from '../../test/alike.js';

async function atCredentials(system = 'shopify', authType?: string): Promise<ConnectorWizard> {
  const el = await wizardFixture({ system });
  await advanceTo(el, 'auth');
  if (authType) await choose(el, `#auth-${authType}`);
  else if (inStep(el, 'input[name="auth-type"]')) await choose(el, 'input[name="auth-type"]');
  await pressContinue(el);
  expect(currentStepId(el)).to.equal('credentials');
  return el;
}

stepSuite('credentials', {
  open: () => atCredentials('shopify', 'access-token'),
  errors: 2,
  keeps: { selector: '#field-credentials-accessToken', value: 'shpat_NOT-VALID' },
  next: 'review',
});

async function createAndCapture(el: ConnectorWizard): Promise<ConnectorPayload> {
  let payload: ConnectorPayload | undefined;
  el.addEventListener('connector-created', (e) => (payload = e.detail.connector as ConnectorPayload));
  await pressContinue(el);
  expect(currentStepId(el), errorSummary(el).join('; ')).to.equal('review');
  await el.submit();
  return payload!;
}

describe('credentials step', () => {
  it('the way to sign in it names says its id where another is labelled alike, as the Authentication step does', async () => {
    const type = (id: string, label = 'API key') => ({ id, label, kind: 'none', fields: [{ key: 'key', label: 'Key', type: 'text' }] });
    const catalogue = { version: 1, systems: [{ id: 'acme', name: 'Acme', defaultTimeZone: 'UTC', authTypes: [type(V1), type(V2), type('other', 'Other')] }] };
    const el = await wizardFixture({ catalogue, system: 'acme' });
    await advanceTo(el, 'auth');
    const named = async (id: string) => {
      await el.goTo('auth');
      await settle(el);
      await choose(el, `[id="auth-${id}"]`);
      await pressContinue(el);
      return inStep(el, 'p.hint > strong')?.textContent?.replace(/\s+/gu, ' ').trim();
    };
    expect(await named(V2)).to.equal(`API key (${cutInMiddle(V2)})`);
    expect(await named('other'), 'a label of its own').to.equal('Other');
  });

  it('a list whose options are labelled alike says their values beside them; an option labelled alone reads its label', async () => {
    const el = await wizardFixture({ catalogue: listAlike(), system: 'acme' });
    await advanceTo(el, 'credentials');
    const texts = allInStep<HTMLOptionElement>(el, '#field-credentials-region option').map((o) => o.textContent!.trim());
    expect(texts.slice(1)).to.deep.equal(['Europe (eu-1)', 'Europe (eu-2)', 'US']);
  });

  it('renders secrets as password inputs that do not autofill, spellcheck or capitalise', async () => {
    const el = await atCredentials('shopify', 'access-token');
    const token = inStep<HTMLInputElement>(el, '#field-credentials-accessToken')!;
    expect(token.type).to.equal('password');
    expect(token.getAttribute('autocomplete')).to.equal('new-password');
    expect(token.getAttribute('spellcheck')).to.equal('false');
    expect(token.getAttribute('autocapitalize')).to.equal('off');
  });

  it('shows and hides a secret with a toggle', async () => {
    const el = await atCredentials('shopify', 'access-token');
    const toggle = inStep<HTMLButtonElement>(el, '.toggle')!;
    expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Show Admin API access token');
    toggle.click();
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-credentials-accessToken')!.type).to.equal('text');
    expect(inStep(el, '.toggle')!.textContent!.trim()).to.match(/^Hide/);
    inStep<HTMLButtonElement>(el, '.toggle')!.click();
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-credentials-accessToken')!.type).to.equal('password');
  });

  it('shows prefix and suffix around the input, and help and examples', async () => {
    const el = await atCredentials('shopify', 'access-token');
    const row = inStep(el, '[data-field="shop"] .input-row')!;
    expect(row.querySelector('.prefix')!.textContent).to.equal('https://');
    expect(row.querySelector('.suffix')!.textContent).to.equal('.myshopify.com');
    expect(inStep(el, '[data-field="accessToken"]')!.textContent).to.contain('shpat_');
  });

  it("uses the catalogue's pattern message", async () => {
    const el = await atCredentials('shopify', 'access-token');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', 'shpat_tooShort');
    await pressContinue(el);
    expect(errorSummary(el)).to.have.length(1);
    expect(errorSummary(el)[0]).to.contain('shpat_');
    expect(inStep(el, '#field-credentials-accessToken')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('removes edge whitespace from keys and tokens, says so, and keeps case', async () => {
    const el = await atCredentials('shopify', 'client-credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-clientId', '  AbCdEf123 ');
    expect(inStep<HTMLInputElement>(el, '#field-credentials-clientId')!.value).to.equal('AbCdEf123');
    expect(inStep(el, '#field-credentials-clientId-note')!.textContent).to.equal('We removed 2 leading spaces and a trailing space from what you entered.');
    // Single-line inputs drop pasted line breaks themselves; a tab survives and is trimmed here.
    await type(el, '#field-credentials-clientSecret', 'SeCrEt-With-CASE\t');
    expect(inStep(el, '#field-credentials-clientSecret-note')!.textContent).to.contain('a trailing tab');
    const payload = await createAndCapture(el);
    expect(payload.credentials).to.deep.equal({ shop: 'my-store', clientId: 'AbCdEf123', clientSecret: 'SeCrEt-With-CASE' });
  });

  it('Ctrl+Z after a trimmed paste, which cannot take back a value the form set, leaves the note saying what was trimmed, by the field and on Review', async () => {
    const el = await atCredentials('shopify', 'client-credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await pasteInto(el, '#field-credentials-clientId', '  AbCdEf123  ');
    await sendKeys({ press: 'Tab' });
    await settle(el);
    const said = 'We removed 2 leading spaces and 2 trailing spaces from what you entered.';
    expect(inStep(el, '#field-credentials-clientId-note')!.textContent).to.equal(said);
    inStep<HTMLInputElement>(el, '#field-credentials-clientId')!.focus();
    // The browser's Undo, as Ctrl+Z runs it: the value it would take back was replaced by the form's, so it changes nothing.
    document.execCommand('undo');
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-credentials-clientId')!.value).to.equal('AbCdEf123');
    expect(inStep(el, '#field-credentials-clientId-note')?.textContent).to.equal(said);
    await type(el, '#field-credentials-clientSecret', 'SeCrEt');
    await pressContinue(el);
    expect(inStep(el, '.row[data-key="credentials.clientId"] [data-note]')?.textContent).to.equal(said);
  });

  it('trims on Continue even without leaving the field', async () => {
    const el = await atCredentials('shopify', 'access-token');
    await type(el, '#field-credentials-shop', 'my-store');
    const token = inStep<HTMLInputElement>(el, '#field-credentials-accessToken')!;
    token.value = `\t${SHOPIFY_TOKEN}  `;
    token.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const payload = await createAndCapture(el);
    expect(payload.credentials.accessToken).to.equal(SHOPIFY_TOKEN);
  });

  it('Enter straight after typing: what the trim removed is said on Review, and shown by the value there', async () => {
    const el = await atCredentials('shopify', 'access-token');
    await type(el, '#field-credentials-shop', 'my-store');
    const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    const said: string[] = [];
    new MutationObserver(() => said.push(region.textContent!.trim())).observe(region, { childList: true, characterData: true, subtree: true });
    inStep<HTMLInputElement>(el, '#field-credentials-accessToken')!.focus();
    await sendKeys({ type: `${SHOPIFY_TOKEN} ` }); // a trailing space, as a copy from a web page often brings
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(currentStepId(el)).to.equal('review');
    // The last thing the live region holds, after the move: not emptied by it.
    expect(region.textContent!.trim(), `live region said: ${JSON.stringify(said)}`).to.equal(
      '\u2068Admin API access token\u2069: We removed a trailing space from what you entered.',
    );
    expect(inStep(el, '.row[data-key="credentials.accessToken"] dd.value')!.textContent).to.contain('Provided');
    expect(inStep(el, '.row[data-key="credentials.accessToken"] [data-note]')!.textContent).to.equal('We removed a trailing space from what you entered.');
    // A value its rule did not change has no note on Review.
    expect(inStep(el, '.row[data-key="credentials.shop"] [data-note]') === null).to.equal(true);
    await audit(el, 'review with a note');
  });

  it('lower-cases hostnames that ask for it, and says so', async () => {
    const el = await atCredentials('shopify', 'access-token');
    await type(el, '#field-credentials-shop', 'My-Store');
    expect(inStep<HTMLInputElement>(el, '#field-credentials-shop')!.value).to.equal('my-store');
    expect(inStep(el, '#field-credentials-shop-note')!.textContent).to.equal('We changed this to lower case.');
  });

  it('keeps a normalize:none password byte for byte and flags its whitespace', async () => {
    const el = await atCredentials('mintsoft', 'username-password');
    await type(el, '#field-credentials-username', 'Ops.User');
    await type(el, '#field-credentials-password', ' Pa ss ');
    expect(inStep(el, '#field-credentials-password-note')!.textContent).to.contain('a leading space and a trailing space');
    expect(inStep(el, '#field-credentials-password-note')!.textContent).to.contain('kept exactly as typed');
    const payload = await createAndCapture(el);
    expect(payload.credentials).to.deep.equal({ username: 'Ops.User', password: ' Pa ss ' });
  });

  it('keeps what was typed for each type when switching type and back', async () => {
    const el = await atCredentials('shopify', 'access-token');
    await type(el, '#field-credentials-shop', 'first-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    await el.goTo('auth');
    await settle(el);
    await choose(el, '#auth-client-credentials');
    await pressContinue(el);
    await type(el, '#field-credentials-clientId', 'client-1');
    await el.goTo('auth');
    await settle(el);
    await choose(el, '#auth-access-token');
    await pressContinue(el);
    expect(inStep<HTMLInputElement>(el, '#field-credentials-shop')!.value).to.equal('first-store');
    expect(inStep<HTMLInputElement>(el, '#field-credentials-accessToken')!.value).to.equal(SHOPIFY_TOKEN);
    await el.goTo('auth');
    await settle(el);
    await choose(el, '#auth-client-credentials');
    await pressContinue(el);
    expect(inStep<HTMLInputElement>(el, '#field-credentials-clientId')!.value).to.equal('client-1');
  });

  it('handles selects, secret text areas, booleans, numbers and defaults', async () => {
    const el = await atCredentials('netsuite', 'oauth2-client-credentials');
    const select = inStep<HTMLSelectElement>(el, '#field-credentials-signingAlgorithm')!;
    expect(select.value).to.equal('PS256');
    const key = inStep<HTMLTextAreaElement>(el, '#field-credentials-privateKey')!;
    expect(key.classList.contains('masked')).to.equal(true);
    await type(el, '#field-credentials-accountId', '1234567_SB1');
    await type(el, '#field-credentials-clientId', 'abc');
    await type(el, '#field-credentials-certificateId', 'cert');
    const pem = `-----BEGIN PRIVATE KEY-----\n${'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC'.repeat(4)}\n-----END PRIVATE KEY-----`;
    await type(el, '#field-credentials-privateKey', `${pem}\n`);
    const payload = await createAndCapture(el);
    expect(payload.credentials.privateKey).to.equal(pem);
    expect(payload.credentials.signingAlgorithm).to.equal('PS256');

    const woo = await atCredentials('woocommerce');
    expect(inStep<HTMLInputElement>(woo, 'input[type="checkbox"]')!.checked).to.equal(false);
    const magento = await atCredentials('adobe-commerce', 'admin-credentials');
    expect(inStep<HTMLInputElement>(magento, '#field-credentials-tokenLifetimeHours')!.value).to.equal('4');
    await type(magento, '#field-credentials-tokenLifetimeHours', 'four');
    await pressContinue(magento);
    expect(errorSummary(magento).join()).to.contain('must be a number');
    // Only what reads as a decimal number, sent as it reads (Number() takes hex and exponents, and loses digits).
    for (const notDecimal of ['0x10', '1e3', '12345678901234567890', '0.0000001', '900719925474099.15']) {
      await type(magento, '#field-credentials-tokenLifetimeHours', notDecimal);
      await pressContinue(magento);
      expect(errorSummary(magento).join(), notDecimal).to.contain('must be a number');
    }
  });

  it('a checkbox default is taken only as true or false: "false" as text ticks nothing', async () => {
    for (const [given, ticked] of [
      ['false', false],
      [true, true],
    ] as const) {
      const catalogue = await sampleCatalogue();
      const field = catalogue.systems.find((s) => s.id === 'woocommerce')!.authTypes[0]!.fields.find((f) => f.key === 'queryStringAuth')!;
      (field as { default?: unknown }).default = given;
      const el = await wizardFixture({ system: 'woocommerce', catalogue });
      await advanceTo(el, 'credentials');
      expect(inStep<HTMLInputElement>(el, '#field-credentials-queryStringAuth')!.checked, String(given)).to.equal(ticked);
    }
  });

  it('a required value kept byte for byte (normalize none) is not given by white space alone', async () => {
    const el = await atCredentials('mintsoft', 'username-password');
    await type(el, '#field-credentials-username', 'Ops.User');
    await type(el, '#field-credentials-password', '   ');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('credentials');
    expect(errorSummary(el)).to.have.length(1);
    expect(errorSummary(el)[0]).to.match(/^Enter the/u);
  });

  it('a select shows the value held, after the person picked from it and a paste or Undo changed it', async () => {
    const el = await atCredentials('brightpearl', 'private-app-staff-token');
    const list = () => inStep<HTMLSelectElement>(el, '#field-credentials-datacentre')!;
    list().focus();
    // Picked by the person, with the keyboard: the options picked are "dirty" to the browser.
    const before = list().value;
    for (const key of ['ArrowDown', 'ArrowUp']) await sendKeys({ press: key });
    await settle(el);
    const picked = list().value;
    expect(picked, `picked with the keyboard (from "${before}")`).to.not.equal('');
    const other = ['euw1', 'use1', 'usw1'].find((v) => v !== picked)!;
    await pasteInto(el, '#field-credentials-accountCode', `datacentre=${other}\naccountCode=acme`);
    expect(list().value, 'shown as held').to.equal(other);
    inStep<HTMLButtonElement>(el, '[data-paste-undo]')!.click();
    await settle(el);
    expect(list().value, 'Undo puts back what was there').to.equal(picked);
  });

  it('in an edit, Undo of a paste that ticked a kept (mixed) checkbox puts it back to kept, not to cleared', async () => {
    const el = await wizardFixture({ groups: GROUPS });
    el.connector = { id: 'w-1', name: 'Woo', system: 'woocommerce', group: 'uk', environment: 'live', timeZone: 'UTC', authType: 'rest-api-keys' } as EditableConnector;
    await settle(el);
    await el.goTo('credentials');
    await settle(el);
    const box = () => inStep<HTMLInputElement>(el, '#field-credentials-queryStringAuth')!;
    expect(box().indeterminate, 'mixed before the paste').to.equal(true);
    await pasteInto(el, '#field-credentials-storeUrl', 'WOOCOMMERCE_URL=https://other.example.com\nqueryStringAuth=true');
    expect(box().checked, 'ticked by the paste').to.equal(true);
    inStep<HTMLButtonElement>(el, '[data-paste-undo]')!.click();
    await settle(el);
    expect(box().indeterminate, 'mixed again after Undo: the current setting is kept').to.equal(true);
    expect(inStep<HTMLInputElement>(el, '#field-credentials-storeUrl')!.value, 'the URL back as it was').to.equal('');
  });

  it('marks optional fields and accepts them empty', async () => {
    const el = await atCredentials('bigcommerce', 'store-api-account');
    const label = inStep(el, 'label[for="field-credentials-clientId"]')!;
    expect(label.textContent).to.contain('(optional)');
    await type(el, '#field-credentials-storeHash', 'abc123');
    await type(el, '#field-credentials-accessToken', 'tok');
    const payload = await createAndCapture(el);
    expect('clientId' in payload.credentials).to.equal(false);
  });

  it('after Cancel on a page still open, the field does not say secrets are kept while the page is open', async () => {
    const el = await atCredentials('shopify', 'access-token');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel"]')!.click();
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-credentials-accessToken')!.value, 'the token left memory with Cancel').to.equal('');
    const note = inStep(el, '[data-field="accessToken"] [data-testid="reenter"]')!.textContent!;
    expect(note, 'the page never closed: the note must not blame it').to.contain('Enter this again: secret values are not kept.');
  });

  it('is accessible with every kind of field and with errors', async () => {
    for (const [system, auth] of [
      ['netsuite', 'oauth2-client-credentials'],
      ['woocommerce', undefined],
      ['adobe-commerce', 'admin-credentials'],
      ['brightpearl', 'private-app-staff-token'],
    ] as const) {
      const el = await atCredentials(system, auth);
      await audit(el, `${system} credentials`);
      await pressContinue(el);
      expect(allInStep(el, '.error-message').length).to.be.greaterThan(0);
      await audit(el, `${system} credentials with errors`);
    }
  });

  it('a 422 naming the sign-in connection of another way to sign in lists it as text, not as a link to a field that is not there', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    await advanceTo(el, 'review');
    await api.faults({ kind: 'invalid', errors: [{ pointer: '/credentials/connectionRef', detail: 'This connection was revoked' }] });
    await el.submit();
    await settle(el);
    expect(currentStepId(el)).to.equal('credentials');
    // Said after the name of the way to sign in that makes it: the message alone does not say which value it is about.
    expect(errorSummary(el)).to.deep.equal(['Sign in with Shopify: This connection was revoked']);
    // Shopify's access token has no sign-in panel: a link there would go nowhere when pressed.
    expect(inStep(el, '.error-summary a')?.outerHTML, 'a link that leads nowhere').to.equal(undefined);
  });
});

describe('credentials step: formats', () => {
  it('matches catalogue patterns against the whole value', async () => {
    const catalogue = await (await import('../../test/fixtures.js')).sampleCatalogue();
    const field = catalogue.systems.find((s) => s.id === 'shopify')!.authTypes[0]!.fields[0]!;
    field.pattern = '[a-z0-9-]+';
    const el = await wizardFixture({ system: 'shopify', catalogue });
    await advanceTo(el, 'auth');
    await choose(el, '#auth-access-token');
    await pressContinue(el);
    await type(el, '#field-credentials-shop', 'my-store/../admin');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('credentials');
    expect(errorSummary(el)).to.have.length(1);
  });

  it('a list with a prefix or suffix shows none (they are not for a list): nothing it is described by is missing', async () => {
    const catalogue = await (await import('../../test/fixtures.js')).sampleCatalogue();
    const authType = catalogue.systems.find((s) => s.id === 'brightpearl')!.authTypes.find((a) => a.id === 'private-app-staff-token')!;
    Object.assign(
      authType.fields.find((f) => f.key === 'datacentre')!,
      { prefix: 'https://', suffix: '.example.com' },
    );
    const el = await wizardFixture({ system: 'brightpearl', catalogue });
    await advanceTo(el, 'auth');
    if (inStep(el, 'input[name="auth-type"]')) await choose(el, `#auth-${authType.id}`);
    await pressContinue(el);
    const list = inStep<HTMLSelectElement>(el, '#field-credentials-datacentre')!;
    const root = list.getRootNode() as ShadowRoot;
    const described = (list.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    expect(
      described.filter((id) => !root.getElementById(id)),
      'ids that are not there',
    ).to.deep.equal([]);
    expect(list.closest('.field')!.querySelectorAll('.affix').length).to.equal(0);
  });

  it('says both when it trims and lower-cases', async () => {
    const el = await atCredentials('shopify', 'access-token');
    await type(el, '#field-credentials-shop', ' My-Store ');
    expect(inStep(el, '#field-credentials-shop-note')!.textContent).to.equal('We removed a leading space and a trailing space and changed this to lower case.');
  });

  it('keeps edge whitespace of URL fields visible to the trim rule', async () => {
    const el = await atCredentials('woocommerce');
    const url = inStep<HTMLInputElement>(el, '#field-credentials-storeUrl')!;
    expect(url.type).to.equal('text');
    expect(url.inputMode).to.equal('url');
    await type(el, '#field-credentials-storeUrl', ' https://shop.example.com ');
    expect(inStep(el, '#field-credentials-storeUrl-note')!.textContent).to.contain('a leading space and a trailing space');
  });
});
