/**
 * The catalogue's names (a system's name, a field's label) inside a sentence of another language
 * are marked with their `lang` wherever the sentence is DOM: the connection test's outcome, the
 * polite live region, and the alert a 409 shows when the host keeps the step. The isolate marks
 * (FSI … PDI) give way to the `<bdi>`, so no stray control is left in the text.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { advanceTo, freshApi, GROUPS, inStep, pasteInto, settle, SHOPIFY_TOKEN, shopifyPayload, type, wizardFixture } from '../test/fixtures.js';
import { atCredentials } from '../test/credentials-fixtures.js';
import { unmarked } from '../messages/isolate.js';
import type { ConnectorWizard } from './connector-wizard.js';

/** An isolate control left at the system's name (Arabic isolates every name from elsewhere, a group's or an account's too: those stay in the text). */
const ISOLATES = /[\u2066-\u2069]Shopify|Shopify[\u2066-\u2069]/u;

const polite = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
/** The texts inside `root` marked with `lang`, in order. */
const markedIn = (root: Element, lang = 'en') => [...root.querySelectorAll(`[lang="${lang}"]`)].map((e) => e.textContent);

/** A wizard speaking `lang` on Credentials, filled, with a test endpoint: its Test connection pressed and answered (ok, or with `answer`: `state`). */
/** The outcome and the polite region of a refused test, once each says "Shopify" twice (the wizard's and the server's), each checked to mark only one, in English: resolves to them, named. */
async function bothSayShopify(el: ConnectorWizard) {
  const roots = [
    ['the outcome', inStep(el, '#test-result p')!],
    ['the polite region', polite(el)],
  ] as const;
  for (const [where, root] of roots) {
    await waitUntil(() => root.textContent!.split('Shopify').length === 3, `${where}: both said`, { timeout: 5000 });
    expect(markedIn(root), where).to.deep.equal(['Shopify']);
  }
  return roots;
}

async function testedIn(lang: string, { answer, state = 'ok' }: { answer?: { status: number; json: unknown }; state?: string } = {}) {
  const api = freshApi();
  const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, testEndpoint: api.testEndpoint });
  await advanceTo(el, 'credentials');
  await type(el, '#field-credentials-shop', 'my-store');
  await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
  if (answer) await api.faults({ kind: 'status', method: 'POST', type: 'application/problem+json', ...answer });
  el.lang = lang;
  await waitUntil(
    () =>
      el.shadowRoot!.querySelector('[part="base"]')?.getAttribute('lang') === lang && (lang === 'en' || inStep(el, '.test-button')?.textContent?.trim() !== 'Test connection'),
    `in ${lang}`,
    { timeout: 5000 },
  );
  inStep<HTMLButtonElement>(el, '.test-button')!.click();
  await waitUntil(() => inStep(el, '#test-result')?.dataset.testState === state, 'tested', { timeout: 5000 });
  await settle(el);
  return el;
}

describe('marked names: the connection test sentence and the polite region', () => {
  for (const lang of ['de', 'ar']) {
    it(`in a wizard speaking ${lang}, the test outcome marks the system name lang="en", no isolate left in its text`, async () => {
      const el = await testedIn(lang);
      const result = inStep(el, '#test-result p')!;
      expect(markedIn(result)).to.deep.equal(['Shopify']);
      expect(ISOLATES.test(result.textContent!), JSON.stringify(result.textContent)).to.equal(false);
    });

    it(`in a wizard speaking ${lang}, the polite region says the test outcome with the system name marked lang="en"`, async () => {
      const el = await testedIn(lang);
      await waitUntil(() => polite(el).textContent!.includes('Shopify'), 'said', { timeout: 5000 });
      expect(markedIn(polite(el))).to.deep.equal(['Shopify']);
      expect(ISOLATES.test(polite(el).textContent!), JSON.stringify(polite(el).textContent)).to.equal(false);
    });
  }

  // The nearest case: in English the name is in the wizard's language, so nothing is marked and the words are as they were.
  it('in an English wizard, the test outcome and the polite region mark nothing and read as before', async () => {
    const el = await testedIn('en');
    expect(inStep(el, '#test-result p')!.textContent).to.equal('Shopify accepted these credentials.');
    expect(inStep(el, '#test-result p [lang]') === null, 'nothing marked').to.equal(true);
    await waitUntil(() => polite(el).textContent!.includes('Shopify'), 'said', { timeout: 5000 });
    expect(polite(el).textContent!.trim()).to.equal('Shopify accepted these credentials. Connected as my-store.myshopify.com.');
    expect(polite(el).querySelector('[lang]') === null, 'nothing marked').to.equal(true);
  });
});

describe('marked names: never in the words a test endpoint sent', () => {
  /** The server quoting, word for word, the label of a field on the step: as a failed check's detail (a 200), as a refusal's detail (a 422). */
  const LABEL = 'Admin API access token';
  const ANSWERS = {
    'a failed check detail': {
      status: 200,
      json: { ok: true, account: 'my-store.myshopify.com', checks: [{ id: 'scopes', label: 'Scopes granted', status: 'failed', detail: LABEL }] },
    },
    'a refusal detail': { status: 422, json: { type: '/problems/credentials-rejected', title: 'Credentials rejected', status: 422, detail: LABEL } },
  };

  for (const [what, answer] of Object.entries(ANSWERS))
    for (const lang of ['de', 'ar'])
      it(`in a wizard speaking ${lang}, ${what} that reads as a field label is left unmarked; the system name is still marked`, async () => {
        const el = await testedIn(lang, { answer, state: 'rejected' });
        const result = inStep(el, '#test-result p')!;
        expect(result.textContent).to.contain(LABEL);
        expect(markedIn(result), 'the outcome').to.deep.equal(['Shopify']);
        await waitUntil(() => polite(el).textContent!.includes(LABEL), 'said', { timeout: 5000 });
        expect(markedIn(polite(el)), 'the polite region').to.deep.equal(['Shopify']);
      });

  // A refusal whose detail is the system name itself: the wizard's own mention is still marked (once), the server's never.
  for (const lang of ['de', 'ar'])
    it(`in a wizard speaking ${lang}, a refusal detail that is the system name leaves it unmarked and still marks the wizard naming the system`, async () => {
      const answer = { status: 422, json: { type: '/problems/credentials-rejected', title: 'Credentials rejected', status: 422, detail: 'Shopify' } };
      const el = await testedIn(lang, { answer, state: 'rejected' });
      for (const [where, root] of await bothSayShopify(el)) {
        // The one marked is the wizard's, the first: the server's follows it, unmarked.
        const marked = root.querySelector('[lang="en"]')!;
        const range = document.createRange();
        range.setStartAfter(marked);
        range.setEndAfter(root.lastChild!);
        expect(range.toString(), `${where}: the server's words after the mark`).to.contain('Shopify');
      }
    });
});

describe('marked names: a server s own noncharacter marks', () => {
  // A server that sends the marks the wizard puts around its words (a lone U+FDD1 closing them early, a U+FDD0 opening more) must not unmark the wizard's naming or mark its own.
  for (const detail of ['no\ufdd1 Shopify \ufdd0here', 'no\ufdd1 \u2068Shopify\u2069 \ufdd0here', '\ufdd0\ufdd0no\ufdd1\ufdd1\ufdd1 Shopify'])
    for (const lang of ['de', 'ar'])
      it(`in a wizard speaking ${lang}, a refusal detail ${JSON.stringify(detail)} marks only the wizard naming the system, and shows no mark`, async () => {
        const answer = { status: 422, json: { type: '/problems/credentials-rejected', title: 'Credentials rejected', status: 422, detail } };
        const el = await testedIn(lang, { answer, state: 'rejected' });
        for (const [where, root] of await bothSayShopify(el)) {
          expect(root.textContent!.replace(/[\u2066-\u2069]/gu, ''), where).to.contain('no Shopify');
          expect(unmarked(root.textContent!), `${where}: no mark shown`).to.equal(root.textContent);
        }
      });
});

describe('marked names: the alert of a 409 while the host keeps the step', () => {
  /** A wizard speaking `lang` whose create meets a 409 (the slot taken by another) while the host refuses every step change. */
  async function refusedIn(lang: string) {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    await advanceTo(el, 'review');
    el.lang = lang;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="base"]')?.getAttribute('lang') === lang, `in ${lang}`, { timeout: 5000 });
    await api.create(shopifyPayload({ name: 'Theirs' }));
    el.addEventListener('connector-wizard-step-change', (e) => e.preventDefault());
    await el.submit();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent?.includes('Shopify'), 'the 409 said', { timeout: 5000 });
    await settle(el);
    return el.shadowRoot!.querySelector('[part="submit-error"]')!;
  }

  for (const lang of ['de', 'ar']) {
    it(`in a wizard speaking ${lang}, the alert marks the system name lang="en" and holds no isolate control`, async () => {
      const alert = await refusedIn(lang);
      expect(markedIn(alert)).to.deep.equal(['Shopify']);
      expect(ISOLATES.test(alert.textContent!), JSON.stringify(alert.textContent)).to.equal(false);
    });
  }

  // The nearest case: an English alert is the sentence it always was, nothing marked.
  it('in an English wizard, the alert marks nothing', async () => {
    const alert = await refusedIn('en');
    expect(alert.textContent).to.contain('A live Shopify connector already exists in UK');
    expect(alert.querySelector('[lang]') === null, 'nothing marked').to.equal(true);
  });
});

describe('marked names: never in the words a create refusal quotes', () => {
  // A refusal whose title reads, word for word, as a field label: the server's words (isolated in Arabic), not the wizard's naming of the field.
  for (const lang of ['de', 'ar']) {
    it(`in a wizard speaking ${lang}, a refused create whose title reads as a field label is said in the alert unmarked`, async () => {
      const api = freshApi();
      const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
      await advanceTo(el, 'review');
      el.lang = lang;
      await waitUntil(() => el.shadowRoot!.querySelector('[part="base"]')?.getAttribute('lang') === lang, `in ${lang}`, { timeout: 5000 });
      await api.faults({
        kind: 'status',
        method: 'POST',
        status: 400,
        type: 'application/problem+json',
        json: { type: '/problems/upstream', title: 'Admin API access token' },
      });
      await el.submit();
      await waitUntil(() => el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent?.includes('Admin API access token'), 'the refusal said', { timeout: 5000 });
      await settle(el);
      expect(markedIn(el.shadowRoot!.querySelector('[part="submit-error"]')!)).to.deep.equal([]);
    });
  }
});

describe('marked names: the fields a paste filled', () => {
  /** A Xero wizard speaking `lang` on Credentials, its two fields filled by one paste (a real Ctrl+V). */
  async function pastedIn(lang: string) {
    const el = await atCredentials('xero', 'custom-connection');
    el.lang = lang;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="base"]')?.getAttribute('lang') === lang, `in ${lang}`, { timeout: 5000 });
    await pasteInto(el, '#field-credentials-clientId', 'XERO_CLIENT_ID=ABCDEF0123\nXERO_CLIENT_SECRET=cs-0123456789abcdef');
    await waitUntil(() => inStep(el, '[data-paste-notice] [role="status"]')?.textContent?.includes('Client secret'), 'the fill said', { timeout: 5000 });
    return el;
  }
  const said = (el: ConnectorWizard) => inStep(el, '[data-paste-notice] [role="status"]')!;

  for (const lang of ['de', 'ar'])
    it(`in a wizard speaking ${lang}, the notice of a paste marks the labels it names lang="en", and so does its line after a field is typed in`, async () => {
      const el = await pastedIn(lang);
      expect(markedIn(said(el))).to.deep.equal(['Client ID', 'Client secret']);
      expect(/[\u2066-\u2069]/u.test(said(el).textContent!), JSON.stringify(said(el).textContent)).to.equal(false);
      await type(el, '#field-credentials-clientId', 'ABCDEF0124');
      await waitUntil(() => said(el).querySelectorAll('p').length === 2, 'the typed field said', { timeout: 5000 });
      expect(markedIn(said(el).querySelectorAll('p')[1]!)).to.deep.equal(['Client ID', 'Client secret']);
    });

  // The nearest case: in English the labels are in the wizard's language, so nothing is marked and the words are as they were.
  it('in an English wizard, the notice of a paste marks nothing and reads as before', async () => {
    const el = await pastedIn('en');
    expect(said(el).textContent!.trim()).to.equal('Filled 2 fields from what you pasted: Client ID and Client secret.');
    expect(said(el).querySelector('[lang]') === null, 'nothing marked').to.equal(true);
  });
});
