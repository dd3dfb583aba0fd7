import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { localOffsetLabel } from '../date-format/date-format.js';
import { audit } from '../test/audit.js';
import {
  advanceTo,
  errorSummary,
  freshApi,
  GROUPS,
  inStep,
  pressContinue,
  sampleCatalogue,
  settle,
  SHOPIFY_TOKEN,
  stepElement,
  type,
  uniqueDatabase,
  wizardFixture,
} from '../test/fixtures.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { localizeCatalogue } from '../catalogue/localize-catalogue.js';
import { loadMessages, requestedLanguage, SUPPORTED_LOCALES, supportedLocale } from './locale.js';
import { en } from './english.js';
import { resolveMessages, type Messages } from './messages.js';

async function wizardIn(lang: string | undefined, wrapperLang?: string, messages?: Partial<Messages>) {
  const catalogue = await sampleCatalogue();
  const wrapper = await fixture<HTMLElement>(html`<div lang=${wrapperLang ?? ''}>
    <connector-wizard .draftDatabase=${uniqueDatabase()} .catalogue=${catalogue} .messages=${messages} system="shopify" lang=${lang ?? ''}></connector-wizard>
  </div>`);
  if (!wrapperLang) wrapper.removeAttribute('lang');
  const el = wrapper.querySelector('connector-wizard')!;
  if (!lang) el.removeAttribute('lang');
  await settle(el);
  return el;
}

/** A wizard speaking Arabic on `catalogue` (Shopify preset), once right to left with its first step there. */
async function arabicWizard(catalogue: unknown): Promise<ConnectorWizard> {
  const el = await fixture<ConnectorWizard>(html`<connector-wizard .draftDatabase=${uniqueDatabase()} .catalogue=${catalogue} system="shopify" lang="ar"></connector-wizard>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('dir') === 'rtl', 'rtl');
  await settle(el);
  await waitUntil(() => stepElement(el), 'the first step');
  return el;
}

/** A locale's messages; `loadMessages` answers `undefined` for the built-in English. */
const messagesOf = async (locale: string): Promise<Messages> => (await loadMessages(locale)) ?? en;

const heading = (el: ConnectorWizard) => inStep(el, 'h2')!.textContent!.trim();

describe('localisation', () => {
  it('ships English, German, French, Spanish, Dutch and Arabic, each complete', async () => {
    expect([...SUPPORTED_LOCALES].sort()).to.deep.equal(['ar', 'de', 'en', 'es', 'fr', 'nl']);
    const shape = (m: object): string[] =>
      Object.entries(m).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? shape(v).map((n) => `${k}.${n}`) : [`${k}:${typeof v}`]));
    for (const locale of SUPPORTED_LOCALES) {
      const messages = await messagesOf(locale);
      expect(shape(messages).sort(), locale).to.deep.equal(shape(en).sort());
      if (locale !== 'en') expect(messages.generalTitle === en.generalTitle && messages.continue === en.continue, `${locale} is translated`).to.equal(false);
    }
  });

  it('Undo and Cancel, shown together under a paste notice, read differently in every locale', async () => {
    for (const locale of SUPPORTED_LOCALES) {
      const messages = await messagesOf(locale);
      expect(messages.pasteUndo.toLocaleLowerCase(locale), locale).to.not.equal(messages.cancel.toLocaleLowerCase(locale));
      // Its names say what it undoes and hold the word shown, so they stay its names (see paste-notice.ts).
      for (const name of [messages.pasteUndoName, messages.dropUndoName])
        expect(name.toLocaleLowerCase(locale), locale).to.contain(messages.pasteUndo.toLocaleLowerCase(locale));
    }
  });

  it('picks the locale from lang, then the nearest lang up the tree, then the browser', async () => {
    expect(supportedLocale('de-AT')).to.equal('de');
    expect(supportedLocale('pt-BR')).to.equal('en');
    const german = await messagesOf('de');
    const de = await wizardIn('de');
    await waitUntil(() => heading(de) === german.generalTitle, 'German');
    const fr = await wizardIn(undefined, 'fr');
    await waitUntil(() => heading(fr) !== en.generalTitle, 'French from the wrapper');
    expect(heading(fr)).to.equal((await messagesOf('fr')).generalTitle);
    expect(requestedLanguage(fr)).to.equal('fr');
    const inner = document.createElement('span');
    fr.shadowRoot!.append(inner);
    expect(requestedLanguage(inner), 'crosses shadow roots').to.equal('fr');
  });

  it('follows a change of lang at run time', async () => {
    const el = await wizardIn('en');
    expect(heading(el)).to.equal(en.generalTitle);
    el.setAttribute('lang', 'nl');
    const dutch = await messagesOf('nl');
    await waitUntil(() => heading(el) === dutch.generalTitle, 'Dutch');
  });

  it('follows a change of lang on a container inside another component shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const container = document.createElement('section');
    container.lang = 'en';
    host.attachShadow({ mode: 'open' }).append(container);
    const el = document.createElement('connector-wizard') as ConnectorWizard;
    el.draftDatabase = uniqueDatabase();
    el.catalogue = await sampleCatalogue();
    el.system = 'shopify';
    container.append(el);
    await settle(el);
    await waitUntil(() => stepElement(el), 'the first step');
    expect(heading(el)).to.equal(en.generalTitle);
    container.lang = 'de';
    const german = await messagesOf('de');
    await waitUntil(() => heading(el) === german.generalTitle, 'German from a container in a shadow root');
  });

  it('follows a change of lang on the element it sits in, as a language switch may set it', async () => {
    const el = await wizardIn(undefined, 'en');
    expect(heading(el)).to.equal(en.generalTitle);
    el.parentElement!.lang = 'de';
    const german = await messagesOf('de');
    await waitUntil(() => heading(el) === german.generalTitle, 'German from the container');
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('de');
  });

  it('problems on screen are said again in a new language, beside the fields and in the summary', async () => {
    const el = await wizardIn('en');
    await pressContinue(el);
    expect(errorSummary(el)).to.include(en.nameRequired);
    el.setAttribute('lang', 'de');
    const de = await messagesOf('de');
    await waitUntil(() => inStep(el, '.heading')!.textContent!.trim() === de.generalTitle, 'German');
    await settle(el);
    expect(errorSummary(el)).to.include(de.nameRequired).and.not.include(en.nameRequired);
    const inline = inStep(el, '[part~="field"].has-error')!.textContent!;
    expect(inline).to.contain(de.nameRequired).and.not.contain(en.nameRequired);
  });

  /** Credentials after a Continue with empty fields, then a Store subdomain typed that breaks its pattern: the summary still says it is empty. */
  async function emptyThenBadShop(catalogue?: unknown) {
    const el = await wizardFixture({ system: 'shopify', noDrafts: true, ...(catalogue ? { catalogue } : {}) });
    await advanceTo(el, 'credentials');
    await pressContinue(el);
    const before = errorSummary(el);
    await type(el, '#field-credentials-shop', 'BAD SHOP');
    expect(errorSummary(el), 'typing keeps the words').to.deep.equal(before);
    return { el, before };
  }

  it('an error still shown keeps its words when the host passes equal messages or an equal catalogue again', async () => {
    const catalogue = await sampleCatalogue();
    const { el, before } = await emptyThenBadShop(catalogue);
    expect(before).to.include('Enter the Store subdomain');
    el.messages = {};
    await settle(el);
    expect(errorSummary(el), 'equal messages').to.deep.equal(before);
    el.catalogue = structuredClone(catalogue);
    await settle(el);
    expect(errorSummary(el), 'an equal catalogue').to.deep.equal(before);
  });

  it('a new language says the problems shown, not the ones the values have now', async () => {
    const de = await messagesOf('de');
    const { el, before } = await emptyThenBadShop();
    el.lang = 'de';
    await waitUntil(() => inStep(el, '.heading')!.textContent!.trim() === de.credentialsTitle, 'German');
    await settle(el);
    expect(errorSummary(el)).to.deep.equal(before.map((said) => said.replace(/^Enter the (.*)$/u, (_, label: string) => de.fieldRequired(label))));
  });

  it('a server error listed under a later step keeps its words, and its step is named in the new language', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    await advanceTo(el, 'review');
    await api.faults({
      kind: 'invalid',
      errors: [
        { pointer: '/credentials/accessToken', detail: 'This token was revoked' },
        { pointer: '/name', detail: 'A connector with this name exists' },
      ],
    });
    await el.submit();
    await settle(el);
    expect(errorSummary(el)).to.deep.equal(['Connector name: A connector with this name exists', 'Credentials: \u2068This token was revoked\u2069']);
    el.setAttribute('lang', 'de');
    const de = await messagesOf('de');
    await waitUntil(() => inStep(el, '.heading')!.textContent!.trim() === de.generalTitle, 'German');
    await settle(el);
    expect(errorSummary(el)).to.deep.equal([`${de.name}${de.colon} A connector with this name exists`, `${de.stepLabels.credentials}: \u2068This token was revoked\u2069`]);
  });

  it('English says one character, and writes large numbers as English does', () => {
    expect(en.fieldTooShort('Token', 1)).to.equal('Token must be at least 1 character');
    expect(en.fieldTooLong('Token', 1)).to.equal('Token must be 1 character or fewer');
    expect(en.fieldTooLong('Token', 2)).to.equal('Token must be 2 characters or fewer');
    expect(en.systemShowing(250, 1200)).to.equal('Showing 250 of 1,200 systems. Type to narrow the list.');
    expect(en.systemCount(1200)).to.equal('1,200 systems');
  });

  it('messages override any string, in any locale', async () => {
    const el = await wizardIn('es', undefined, { generalTitle: 'Datos del conector (host)' });
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="continue"]')!.textContent!.trim() !== en.continue, 'Spanish');
    expect(heading(el)).to.equal('Datos del conector (host)');
  });

  it('an override of one message of a group (a step label) keeps the rest of the group, in the locale', async () => {
    const el = await wizardIn('de', undefined, { stepLabels: { general: 'Details (host)' } });
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="continue"]')!.textContent!.trim() !== en.continue, 'German');
    const de = await messagesOf('de');
    const labels = [...el.shadowRoot!.querySelectorAll('[part~="step-link"]')].map((link) => link.textContent!.trim());
    expect(labels).to.deep.equal(['Details (host)', de.stepLabels.timezone, de.stepLabels.auth, de.stepLabels.credentials, de.stepLabels.review]);
  });

  it('a message of a group given as undefined or null (an i18n lookup before its strings load) keeps the locale’s, as a message outside a group does', async () => {
    const el = await wizardIn('en', undefined, { stepLabels: { general: undefined, timezone: 'Zone (host)', auth: null } } as never);
    const labels = [...el.shadowRoot!.querySelectorAll('[part~="step-link"]')].map((link) => link.textContent!.trim());
    expect(labels).to.deep.equal([en.stepLabels.general, 'Zone (host)', en.stepLabels.auth, en.stepLabels.credentials, en.stepLabels.review]);
  });

  it('catalogue text shown as written takes its own direction (English help reads left to right in Arabic); a translation follows the wizard', async () => {
    const catalogue = await sampleCatalogue();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
    const [shop, token] = shopify.authTypes[0]!.fields;
    (shop as { l10n?: unknown }).l10n = { ar: { help: 'اسم المتجر الدائم في myshopify.com.' } };
    const el = await arabicWizard(catalogue);
    await advanceTo(el, 'auth');
    const description = inStep(el, `[id="${inStep(el, 'input[name="auth-type"]')!.getAttribute('aria-describedby')}"] span`)!;
    expect(description.getAttribute('dir'), 'an authentication type described as written').to.equal('auto');
    await advanceTo(el, 'credentials');
    const help = (key: string) => inStep(el, `#field-credentials-${key}-hint p.hint`)!;
    expect(help(shop!.key).textContent).to.contain('اسم المتجر');
    expect(help(shop!.key).hasAttribute('dir'), 'translated: the wizard direction').to.equal(false);
    expect(help(token!.key).getAttribute('dir'), 'as written').to.equal('auto');
    expect(getComputedStyle(help(token!.key)).direction).to.equal('ltr');
  });

  it('catalogue text shown as written in a wizard of another language is marked as the catalogue English, so a screen reader reads it in that voice; a translation is not', async () => {
    const catalogue = await sampleCatalogue();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
    const [shop, token] = shopify.authTypes[0]!.fields;
    (shop as { l10n?: unknown }).l10n = { de: { label: 'Shop-Subdomain', help: 'Steht in der Adresszeile.' } };
    const [written, other] = shopify.authTypes;
    (other as { l10n?: unknown }).l10n = { de: { label: 'Anderer Zugang' } };
    const options = [
      { value: 'eu', label: 'Europe', l10n: { de: { label: 'Europa' } } },
      { value: 'us', label: 'United States' },
    ];
    (shopify.authTypes[0]!.fields as unknown[]).push({ key: 'region', label: 'Region', type: 'select', default: 'eu', options });
    const langs = async (lang: string) => {
      const el = await fixture<ConnectorWizard>(html`<connector-wizard .draftDatabase=${uniqueDatabase()} .catalogue=${catalogue} lang=${lang}></connector-wizard>`);
      await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('lang') === lang, 'the language');
      await settle(el);
      const name = inStep(el, 'label[for$="shopify"] .name')!;
      await advanceTo(el, 'auth');
      const description = inStep(el, `[id="${inStep(el, 'input[name="auth-type"]')!.getAttribute('aria-describedby')}"] span`)!;
      const authLabel = (id: string) => inStep(el, `label[for="auth-${id}"] bdi`)!.getAttribute('lang');
      const said = [name.getAttribute('lang'), description.getAttribute('lang'), authLabel(written!.id), authLabel(other!.id)];
      await advanceTo(el, 'credentials');
      const label = (key: string) => inStep(el, `label[for$="${key}"] bdi`)!.getAttribute('lang');
      const help = (key: string) => inStep(el, `#field-credentials-${key}-hint p.hint`)!.getAttribute('lang');
      const choices = [...inStep<HTMLSelectElement>(el, 'select[id$="region"]')!.options].map((o) => o.getAttribute('lang'));
      const intro = inStep(el, 'p.hint strong bdi')!.getAttribute('lang');
      const fields = [intro, label(shop!.key), help(shop!.key), label(token!.key), help(token!.key), ...choices];
      await advanceTo(el, 'review');
      const review = (key: string) => inStep(el, `.row[data-key="${key}"] .value bdi`)!.getAttribute('lang');
      const term = (key: string) => inStep(el, `.row[data-key="credentials.${key}"] dt bdi`)!.getAttribute('lang');
      return [...said, ...fields, review('system'), review('authType'), term(shop!.key), term(token!.key)];
    };
    // The list's first option ("Choose …") is a sentence of the wizard's: not marked.
    expect(await langs('de'), 'German: the translated label and help follow the wizard').to.deep.equal([
      'en',
      'en',
      'en',
      null,
      'en',
      null,
      null,
      'en',
      'en',
      null,
      null,
      'en',
      'en',
      'en',
      null,
      'en',
    ]);
    expect(await langs('en'), 'English: nothing to mark').to.deep.equal(Array(16).fill(null));
  });

  it('on Review in Arabic, what the person typed reads in its own direction: a Latin name keeps its brackets in place', async () => {
    const el = await wizardIn('ar');
    await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('dir') === 'rtl', 'rtl');
    await advanceTo(el, 'review');
    await el.goTo('general');
    await settle(el);
    await type(el, '#field-name', '');
    expect(getComputedStyle(inStep(el, '#field-name')!).direction, 'empty, the box is right to left, as the wizard').to.equal('rtl');
    await type(el, '#field-name', 'Shop <b>UK</b>');
    expect(getComputedStyle(inStep(el, '#field-name')!).direction, 'typed, it reads in its own direction too').to.equal('ltr');
    await el.goTo('review');
    await settle(el);
    const name = inStep(el, '[data-key="name"] dd.value bdi')!;
    expect(name.textContent).to.equal('Shop <b>UK</b>');
    expect(getComputedStyle(name).direction).to.equal('ltr');
    expect(inStep(el, '[data-key="credentials.shop"] dd.value bdi')!.textContent).to.equal('https://my-store.myshopify.com');
    expect(inStep(el, '[data-key="environment"] dd.value bdi'), 'words of the wizard are not data').to.equal(null);
  });

  it('on Review in Arabic, a translated catalogue name that starts with a Latin brand follows the wizard direction', async () => {
    const catalogue = await sampleCatalogue();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
    (shopify as { l10n?: unknown }).l10n = { ar: { name: 'Shopify متجر' } };
    const el = await arabicWizard(catalogue);
    await advanceTo(el, 'review');
    const value = inStep(el, '[data-key="system"] dd.value')!;
    expect(value.textContent!.trim()).to.equal('Shopify متجر');
    expect(Boolean(value.querySelector('bdi')), 'no isolate of its own').to.equal(false);
    expect(Boolean(inStep(el, '[data-key="authType"] dd.value bdi')), 'an untranslated label is isolated').to.equal(true);
  });

  it('in Arabic, date patterns, what they write, and time zone names read left to right', async () => {
    const el = await wizardIn('ar');
    await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('dir') === 'rtl', 'rtl');
    await advanceTo(el, 'timezone');
    const ltr = (selector: string) => getComputedStyle(inStep(el, selector)!).direction;
    expect(ltr('label[for="date-format-iso"] code')).to.equal('ltr');
    expect(ltr('#date-format-iso--hint bdi'), 'the preview').to.equal('ltr');
    expect(inStep(el, '#date-format-iso--hint bdi')!.textContent).to.match(/^\d{4}-\d{2}-\d{2}T/u);
    expect(ltr('#field-timeZone'), 'a zone name').to.equal('ltr');
    await advanceTo(el, 'review');
    expect(ltr('[data-key="dateFormat"] dd.value bdi'), 'on Review').to.equal('ltr');
  });

  it('Arabic is right to left, mirrored, and accessible; keys and URLs stay left to right', async () => {
    const el = await wizardIn('ar');
    await waitUntil(() => el.shadowRoot!.querySelector('.root')!.getAttribute('dir') === 'rtl', 'rtl');
    await settle(el);
    const root = el.shadowRoot!.querySelector('.root')!;
    expect(root.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(inStep(el, 'h2')!).direction).to.equal('rtl');
    // Mirrored: the input (narrower than its question) hugs the right edge, and Continue sits right of Cancel.
    const input = inStep(el, '#field-name')!.getBoundingClientRect();
    const question = inStep(el, '#field-name')!.closest('.field')!.getBoundingClientRect();
    expect(input.width).to.be.lessThan(question.width);
    expect(Math.abs(question.right - input.right)).to.be.lessThan(2);
    expect(Math.abs(question.left - input.left)).to.be.greaterThan(10);
    const continueButton = el.shadowRoot!.querySelector('[part~="continue"]')!.getBoundingClientRect();
    const cancel = el.shadowRoot!.querySelector('[part~="cancel"]')!.getBoundingClientRect();
    expect(continueButton.left).to.be.greaterThan(cancel.right);
    await audit(el, 'Arabic, general step');
    await advanceTo(el, 'credentials');
    expect(getComputedStyle(inStep(el, '.input-row')!).direction).to.equal('ltr');
    await pressContinue(el);
    await audit(el, 'Arabic, credentials with errors');
  });

  it('Arabic isolates names from elsewhere, so a left-to-right name keeps its place and a bidi control in one stays inside it', async () => {
    const ar = await messagesOf('ar');
    expect(ar.createdBody('Shopify UK 2', 'Shopify')).to.equal('تم إنشاء \u2068Shopify UK 2\u2069 (\u2068Shopify\u2069).');
    expect(ar.oauthConnected('Xero', 'me@xero.example')).to.equal('تم الربط بـ \u2068Xero\u2069 باسم \u2068me@xero.example\u2069.');
    expect(ar.slotTaken('live', '\u202EevilCo', 'UK'))
      .to.contain('\u2068\u202EevilCo\u2069')
      .and.to.contain('\u2068UK\u2069');
    expect(ar.pasteFilled(['Store name', 'Access token']))
      .to.contain('\u2068Store name\u2069')
      .and.to.contain('\u2068Access token\u2069');
  });

  it('notes about removed whitespace are worded wholly in the locale', async () => {
    const de = await messagesOf('de');
    const note = de.trimmed(de.whitespace({ leading: { count: 2, kind: 'space' }, trailing: { count: 1, kind: 'tab' } }));
    expect(note).to.contain('2 führende Leerzeichen');
    expect(note).to.contain('ein abschließender Tabulator');
    expect(note).to.not.match(/leading|trailing|space/);
  });

  it('what is wrong with a custom date pattern is said in the locale, beside the field and in the summary', async () => {
    const el = await wizardIn('de');
    const de = await messagesOf('de');
    await waitUntil(() => inStep(el, '.heading')?.textContent?.trim() === de.generalTitle, 'German');
    await advanceTo(el, 'timezone');
    inStep<HTMLInputElement>(el, '#date-format-custom')!.click();
    await settle(el);
    const custom = inStep<HTMLInputElement>(el, '#custom-date-format')!;
    custom.value = 'yyyy-MM-ddTHH';
    custom.dispatchEvent(new Event('input'));
    await settle(el);
    const said = de.datePatternProblem({ kind: 'letter', letter: 'T' });
    expect(said).to.contain('kein Buchstabe');
    expect(inStep(el, '#custom-date-format-preview')!.textContent!.trim()).to.equal(said);
    await pressContinue(el);
    expect(inStep(el, '.error-summary')!.textContent).to.contain(said).and.not.contain('not a date pattern letter');
    for (const locale of ['fr', 'es', 'nl', 'ar']) {
      const m = await messagesOf(locale);
      for (const problem of [{ kind: 'quote' }, { kind: 'no-field' }, { kind: 'length' }, { kind: 'width', text: 'yyy', allowed: ['y', 'yy', 'yyyy'] }] as const)
        expect(m.datePatternProblem(problem as never), `${locale} ${problem.kind}`).to.not.equal(en.datePatternProblem(problem as never));
    }
  });

  it('offsets and numbers go through Intl in the locale', async () => {
    expect(localOffsetLabel('Asia/Kolkata', 'en')).to.equal('GMT+05:30');
    expect(localOffsetLabel('Asia/Kolkata', 'ar')).to.not.equal('GMT+05:30');
    const el = await wizardIn('ar');
    await waitUntil(() => el.shadowRoot!.querySelector('.root')!.getAttribute('dir') === 'rtl', 'rtl');
    const progress = el.shadowRoot!.querySelector('.progress')!.textContent!.trim();
    const arabic = await messagesOf('ar');
    expect(progress).to.equal(arabic.stepOf(1, 5));
    expect(progress).to.contain(new Intl.NumberFormat('ar').format(5));
  });

  it('numbers follow the region of lang where the wizard speaks its language: ar-EG writes Arabic-Indic digits, de-CH its own thousands', async () => {
    const el = await wizardIn('ar-EG');
    await waitUntil(() => el.shadowRoot!.querySelector('.root')!.getAttribute('dir') === 'rtl', 'rtl');
    const progress = el.shadowRoot!.querySelector('.progress')!.textContent!.trim();
    expect(progress).to.contain(new Intl.NumberFormat('ar-EG').format(5));
    expect(progress).to.not.contain('5');
    const de = await messagesOf('de');
    expect(resolveMessages(undefined, de, 'de-ch').systemCount(1200)).to.equal(`${new Intl.NumberFormat('de-CH').format(1200)} Systeme`);
    // A lang in capitals (DE-CH, as some CMSs write it) keeps its region.
    expect(resolveMessages(undefined, de, 'DE-CH').systemCount(1200)).to.equal(`${new Intl.NumberFormat('de-CH').format(1200)} Systeme`);
    expect(resolveMessages(undefined, en, 'en-in').systemShowing(250, 1_200_000)).to.contain('12,00,000');
    // The wizard speaking English (an unshipped language, or one whose file has not come), or a message called on its own: the language's numbers.
    expect(resolveMessages(undefined, en, 'it-ch').systemCount(1200)).to.equal('1,200 systems');
    expect(resolveMessages(undefined, en, 'de-ch').systemCount(1200)).to.equal('1,200 systems');
    expect(resolveMessages(undefined, en, 'DE-CH').systemCount(1200)).to.equal('1,200 systems');
    expect(de.systemCount(1200)).to.equal('1.200 Systeme');
    // A lang Intl cannot read is its language.
    expect(resolveMessages(undefined, de, 'de-bogus!').systemCount(1200)).to.equal('1.200 Systeme');
    const plain = await wizardIn('ar');
    await waitUntil(() => plain.shadowRoot!.querySelector('.root')!.getAttribute('dir') === 'rtl', 'rtl');
    expect(plain.shadowRoot!.querySelector('.progress')!.textContent).to.contain(new Intl.NumberFormat('ar').format(5));
  });

  it('other locales are separate files, loaded on demand, not in the default bundle', async () => {
    const bundle = await (await fetch('/dist/connector-wizard.js', { cache: 'no-store' })).text();
    const de = await messagesOf('de');
    // ASCII strings, so the check does not depend on how the file escapes other characters.
    expect(bundle).to.not.contain(de.conflictLoadTheirs);
    expect(bundle).to.contain(en.conflictLoadTheirs);
    const chunk = /import\(\s*["'`]\.\/(connector-wizard-de\.js)["'`]\s*\)/.exec(bundle)?.[1];
    expect(chunk, 'German chunk referenced by dynamic import').to.be.a('string');
    const loaded = (await import(/* @vite-ignore */ `/dist/${chunk}`)) as { default: Messages };
    expect(loaded.default.discardConfirm).to.equal(de.discardConfirm);
  });

  it('catalogue text can carry per-locale variants', async () => {
    const catalogue = await sampleCatalogue();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')! as (typeof catalogue.systems)[number] & { l10n?: unknown };
    const field = shopify.authTypes[0]!.fields[0]! as (typeof shopify.authTypes)[number]['fields'][number] & { l10n?: unknown };
    field.l10n = { de: { label: 'Shop-Subdomain', help: 'Steht in der Adresszeile des Shopify-Admins.' } };
    const el = await fixture<ConnectorWizard>(
      html`<connector-wizard lang="de" .draftDatabase=${uniqueDatabase()} .catalogue=${catalogue} system="shopify"></connector-wizard>`,
    );
    await settle(el);
    await waitUntil(() => heading(el) !== en.generalTitle, 'German');
    await advanceTo(el, 'auth');
    await el.goTo('credentials').catch(() => false);
    if (inStep(el, '#auth-access-token')) {
      inStep<HTMLInputElement>(el, '#auth-access-token')!.click();
      await settle(el);
      await pressContinue(el);
    }
    await settle(el);
    expect(stepElement(el)!.dataset.step).to.equal('credentials');
    expect(inStep(el, 'label[for="field-credentials-shop"]')!.textContent).to.contain('Shop-Subdomain');
    expect(inStep(el, '[data-field="shop"]')!.textContent).to.contain('Adresszeile');
    await pressContinue(el);
    expect(inStep(el, '.error-summary')!.textContent, 'errors name the localised field').to.contain('Shop-Subdomain');
  });

  it('catalogue variants match language tags whatever their case, and only in a language the interface speaks', async () => {
    const catalogue = await sampleCatalogue();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')! as (typeof catalogue.systems)[number] & { l10n?: unknown };
    shopify.l10n = { 'fr-CA': { name: 'Shopify Québec' }, fr: { name: 'Shopify France' }, it: { name: 'Shopify Italia' } };
    const nameIn = async (lang: string, expected: string) => {
      const el = await fixture<ConnectorWizard>(html`<connector-wizard lang=${lang} .draftDatabase=${uniqueDatabase()} .catalogue=${catalogue}></connector-wizard>`);
      await settle(el);
      const name = () => inStep(el, '#system-shopify')!.parentElement!.querySelector('.name')!.textContent!.trim();
      await waitUntil(() => name() === expected, `lang="${lang}" shows ${expected}, not ${name()}`, { timeout: 5000 });
      return el;
    };
    await nameIn('fr-ca', 'Shopify Québec');
    // A regional variant holding only what differs takes the rest from its language, text by text.
    const accessToken = shopify.authTypes.find((a) => a.id === 'access-token')! as (typeof shopify.authTypes)[number] & { l10n?: unknown };
    accessToken.l10n = { fr: { label: 'Jeton d’accès', description: 'Créez-le dans Réglages.' }, 'fr-CA': { description: 'Créez-le dans Paramètres.' } };
    const inCanada = localizeCatalogue(catalogue as Catalogue, 'fr-CA')
      .systems.find((s) => s.id === 'shopify')!
      .authTypes.find((a) => a.id === 'access-token')!;
    expect({ label: inCanada.label, description: inCanada.description }).to.deep.equal({ label: 'Jeton d’accès', description: 'Créez-le dans Paramètres.' });
    await nameIn('FR', 'Shopify France');
    await nameIn('FR-fr', 'Shopify France');
    // A longer tag falls back one subtag at a time (RFC 4647 lookup): zh-Hant-TW takes zh-Hant, then zh.
    shopify.l10n = { zh: { name: 'Shopify 中文' }, 'zh-Hant': { name: 'Shopify 繁體' }, 'de-DE': { name: 'Shopify Deutschland' } };
    expect(localizeCatalogue(catalogue as Catalogue, 'zh-Hant-TW').systems.find((s) => s.id === 'shopify')!.name).to.equal('Shopify 繁體');
    expect(localizeCatalogue(catalogue as Catalogue, 'de-DE-1996').systems.find((s) => s.id === 'shopify')!.name).to.equal('Shopify Deutschland');
    shopify.l10n = { 'fr-CA': { name: 'Shopify Québec' }, fr: { name: 'Shopify France' }, it: { name: 'Shopify Italia' } };
    // No Italian interface: the system's name stays in the catalogue's own language, as the text around it.
    const italian = await nameIn('it', 'Shopify');
    expect(heading(italian)).to.equal(en.systemTitle);
  });

  it('a catalogue that writes only regional variants (de-DE, fr-FR, as many registries do) speaks them in a wizard of that language given without a region', async () => {
    const catalogue = await sampleCatalogue();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')! as (typeof catalogue.systems)[number] & { l10n?: unknown };
    shopify.l10n = { 'de-DE': { name: 'Shopify Deutschland' }, 'fr-FR': { name: 'Shopify France' } };
    const nameIn = async (lang: string) => {
      const el = await fixture<ConnectorWizard>(html`<connector-wizard lang=${lang} .draftDatabase=${uniqueDatabase()} .catalogue=${catalogue}></connector-wizard>`);
      await settle(el);
      await waitUntil(() => lang === 'en' || (inStep(el, 'h2') && heading(el) !== en.systemTitle), 'the interface in its language', { timeout: 5000 });
      return inStep(el, '#system-shopify')!.parentElement!.querySelector('.name')!.textContent!.trim();
    };
    expect(await nameIn('de'), 'a German wizard').to.equal('Shopify Deutschland');
    expect(await nameIn('fr')).to.equal('Shopify France');
    expect(await nameIn('en'), 'never in another language').to.equal('Shopify');
    // Another region of the language is nearer than the catalogue's English in a German interface.
    expect(await nameIn('de-AT'), 'an Austrian wizard').to.equal('Shopify Deutschland');
    // A tag written as Java and ICU write locales is that tag: a German wizard, in German.
    expect(await nameIn('de_DE'), 'lang="de_DE"').to.equal('Shopify Deutschland');
    // The language's own variant comes first, text by text.
    shopify.l10n = { 'de-CH': { name: 'Shopify Schweiz' }, de: { name: 'Shopify' } };
    const accessToken = shopify.authTypes.find((a) => a.id === 'access-token')! as (typeof shopify.authTypes)[number] & { l10n?: unknown };
    accessToken.l10n = { 'de-CH': { label: 'Zugriffstoken (CH)', description: 'Erstellen Sie es in den Einstellungen.' }, de: { label: 'Zugriffstoken' } };
    const inGerman = localizeCatalogue(catalogue as Catalogue, 'de').systems.find((s) => s.id === 'shopify')!;
    expect(inGerman.name).to.equal('Shopify');
    const token = inGerman.authTypes.find((a) => a.id === 'access-token')!;
    expect({ label: token.label, description: token.description }).to.deep.equal({ label: 'Zugriffstoken', description: 'Erstellen Sie es in den Einstellungen.' });
  });

  it('a catalogue that cannot be reached is said in the wizard language, with no browser words in it', async () => {
    const el = await fixture<ConnectorWizard>(
      html`<connector-wizard lang="de" .draftDatabase=${uniqueDatabase()} catalogue-src="https://127.0.0.1:9/catalogue.json"></connector-wizard>`,
    );
    const german = await messagesOf('de');
    const item = () => el.shadowRoot!.querySelector('[part~="catalogue-error"] li');
    await waitUntil(() => item()?.textContent?.trim() === german.catalogueUnreachable, 'said in German', { timeout: 8000 });
    expect(item()!.closest('[lang]')!.getAttribute('lang')).to.equal('de');
  });

  it('a change of lang to another region of the same language shows that region variant at once', async () => {
    const catalogue = structuredClone(await sampleCatalogue());
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')! as (typeof catalogue.systems)[number] & { l10n?: unknown };
    shopify.l10n = { 'en-GB': { name: 'Shopify GB' } };
    const el = await fixture<ConnectorWizard>(html`<connector-wizard lang="en-US" no-drafts .draftDatabase=${uniqueDatabase()} .catalogue=${catalogue}></connector-wizard>`);
    await settle(el);
    const name = () => inStep(el, '#system-shopify')!.parentElement!.querySelector('.name')!.textContent!.trim();
    expect(name()).to.equal('Shopify');
    el.setAttribute('lang', 'en-GB');
    await waitUntil(() => name() === 'Shopify GB', 'the British variant, with nothing else rendering', { timeout: 5000 });
    el.setAttribute('lang', 'en-US');
    await waitUntil(() => name() === 'Shopify', 'and back', { timeout: 5000 });
  });

  it('a test outcome names the system as the catalogue names it in the person language, and again after a change of language', async () => {
    const catalogue = structuredClone(await sampleCatalogue());
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')! as (typeof catalogue.systems)[number] & { l10n?: unknown };
    shopify.l10n = { de: { name: 'Shopify-Shop' }, fr: { name: 'Boutique Shopify' } };
    const api = freshApi();
    const el = await fixture<ConnectorWizard>(
      html`<connector-wizard .draftDatabase=${uniqueDatabase()} .catalogue=${catalogue} .groups=${[{ id: 'uk', name: 'UK' }]} test-endpoint=${api.testEndpoint} system="shopify" lang="de"></connector-wizard>`,
    );
    await settle(el);
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
    await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'ok', 'tested', { timeout: 5000 });
    expect(inStep(el, '#test-result p')!.textContent).to.equal('Shopify-Shop hat diese Zugangsdaten akzeptiert.');
    el.setAttribute('lang', 'fr');
    await waitUntil(() => inStep(el, '#test-result p')?.textContent === 'Boutique Shopify a accepté ces identifiants.', 'said again in French, with its French name', {
      timeout: 5000,
    });
  });
});
