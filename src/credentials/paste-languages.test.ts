/**
 * A note of labels and values pasted (a real Ctrl+V) in the wizard's other languages: a full-width colon, a right-to-left mark before a
 * colon, a label in accented words; and long runs of those marks, each read in one pass.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { advanceTo, GROUPS, inStep, pasteInto, type, wizardFixture } from '../test/fixtures.js';
import { everythingStored } from '../test/stored.js';
import { atCredentials } from '../test/credentials-fixtures.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

const value = (el: ConnectorWizard, key: string) => inStep<HTMLInputElement>(el, `#field-credentials-${key}`)!.value;
const notice = (el: ConnectorWizard) => (inStep(el, '[data-paste-notice]')?.textContent ?? '').replace(/\s+/gu, ' ').trim();
const canary = (prefix: string) => `${prefix}${crypto.randomUUID().replace(/-/gu, '')}`;

/** An account shown in clear, an API key and a client secret, labelled in French and Arabic too. */
const fields = [
  { key: 'account', label: 'Account', type: 'text', normalize: 'trim', l10n: { fr: { label: 'Compte' }, ar: { label: 'الحساب' } } },
  { key: 'apiKey', label: 'API key', type: 'secret', normalize: 'trim', l10n: { fr: { label: 'Clé API' }, ar: { label: 'مفتاح API' } } },
  { key: 'clientSecret', label: 'Client secret', type: 'secret', normalize: 'trim', l10n: { fr: { label: 'Secret client' }, ar: { label: 'سر العميل' } } },
];
const catalogue = { version: 1, systems: [{ id: 'acme', name: 'Acme', authTypes: [{ id: 'keys', label: 'Keys', kind: 'api-key', fields }] }] };

/** The Credentials step of that catalogue, in `lang`, its labels shown in it. */
async function inLanguage(lang: string): Promise<ConnectorWizard> {
  const el = await atCredentials('acme', 'keys', { catalogue: catalogue as never });
  el.setAttribute('lang', lang);
  const label = fields[1]!.l10n[lang as 'fr']?.label ?? 'API key';
  await waitUntil(() => inStep(el, 'label[for="field-credentials-apiKey"]')?.textContent?.includes(label), `the ${lang} label`);
  return el;
}

describe('a note of labels and values pasted in the wizard s languages', function () {
  this.timeout(60_000);

  it('fills the fields its labels name after a full-width colon, as after a colon, never the whole note into the field pasted into', async () => {
    for (const [lang, keyLabel, secretLabel] of [
      ['en', 'API key', 'Client secret'],
      ['fr', 'Clé API', 'Secret client'],
      ['ar', 'مفتاح API', 'سر العميل'],
    ] as const)
      for (const colon of ['：', '\u202F: ', ' ： ']) {
        const [key, secret] = [canary('sk_'), canary('cs_')];
        const el = await inLanguage(lang);
        await pasteInto(el, '#field-credentials-apiKey', `${keyLabel}${colon}${key}\n${secretLabel}${colon}${secret}`);
        expect([lang, colon, value(el, 'apiKey'), value(el, 'clientSecret')]).to.deep.equal([lang, colon, key, secret]);
        el.remove();
      }
  });

  it('fills the fields its labels name where a right-to-left mark stands before each colon, as an Arabic editor writes it', async () => {
    for (const [lang, labels, mark] of [
      ['en', ['Account', 'API key', 'Client secret'], '\u200F'],
      ['ar', ['الحساب', 'مفتاح API', 'سر العميل'], '\u200F'],
      ['ar', ['الحساب', 'مفتاح API', 'سر العميل'], '\u061C'],
      ['en', ['Account', 'API key', 'Client secret'], '\u200E'],
    ] as const) {
      const [key, secret] = [canary('sk_'), canary('cs_')];
      const el = await inLanguage(lang);
      // The account's line without a mark: it alone once filled, the two secrets dropped unsaid.
      await pasteInto(el, '#field-credentials-account', `${labels[0]}: acme\n${labels[1]}${mark}: ${key}\n${labels[2]}${mark}: ${secret}`);
      expect([lang, mark, value(el, 'account'), value(el, 'apiKey'), value(el, 'clientSecret')]).to.deep.equal([lang, mark, 'acme', key, secret]);
      await el.saveDraft();
      el.remove();
      expect(await everythingStored(), 'the secrets in storage')
        .to.not.contain(key)
        .and.not.contain(secret);
    }
  });

  it('says a line no field takes when its label is in accented words or after a full-width colon', async () => {
    const el = await inLanguage('fr');
    await pasteInto(el, '#field-credentials-apiKey', `Clé API : ${canary('sk_')}\nSecret client : ${canary('cs_')}\nClé publique : pk_1\nRégion：eu`);
    expect(notice(el)).to.contain('Clé publique').and.contain('Région').and.not.contain('pk_1');
  });
});

describe('a label with a right-to-left mark before its colon, pasted into the connector name', function () {
  this.timeout(60_000);
  for (const [what, paste] of [
    ['an English label', (secret: string) => `API key\u200F: ${secret}`],
    ['an Arabic label', (secret: string) => `كلمة المرور\u200F: ${secret}`],
    ['an Arabic label with an Arabic letter mark', (secret: string) => `كلمة المرور\u061C: ${secret}`],
    ['a login on one line', (secret: string) => `Username\u200F: ops Password\u200F: ${secret}`],
  ] as const)
    it(`is refused: ${what}`, async () => {
      const secret = canary('x7');
      const el = await wizardFixture({ system: 'shopify', noDrafts: true });
      await advanceTo(el, 'general');
      await pasteInto(el, '#field-name', paste(secret));
      expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('');
      expect(inStep(el, '#field-name ~ [role="status"]')!.textContent).to.contain('looks like credentials, not a name');
    });
});

describe('pastes of long runs of marks into the name', function () {
  this.timeout(60_000);
  it('are each read in one pass, and taken as pasted', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, noDrafts: true });
    await advanceTo(el, 'general');
    for (const pasted of [`API key${'\u200F'.repeat(99_000)}!`, `Clé${'：'.repeat(99_000)}!`, 'Bearer Ab1 '.repeat(9_000), `${'\u200F'.repeat(99_000)}x`]) {
      await pasteInto(el, '#field-name', pasted);
      expect(inStep<HTMLInputElement>(el, '#field-name')!.value.length, 'taken as pasted').to.equal(pasted.length);
      await type(el, '#field-name', '');
    }
  });

  it('refuse a run of capitalised pairs and a digit after Bearer, a token as a name never is, read in one pass', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, noDrafts: true });
    await advanceTo(el, 'general');
    await pasteInto(el, '#field-name', `Bearer ${'Ab'.repeat(49_000)}1`);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('');
    expect(inStep(el, '#field-name ~ [role="status"]')!.textContent).to.contain('looks like credentials, not a name');
  });
});
