/**
 * Text the catalogue, the host or a server writes, shown inside sentences of the language in use:
 * in an Arabic (right-to-left) wizard, English text keeps its own order (its full stop at its end),
 * and the punctuation the wizard writes between a label and its text follows the language.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import '../define.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { advanceTo, allInStep, choose, freshApi, GROUPS, inStep, pressContinue, settle, shopifyPayload, type, uniqueDatabase } from '../test/fixtures.js';
import { drawnEdges } from '../test/drawn.js';
import { loadMessages } from './locale.js';
import { isolated } from './messages.js';

/** English text is drawn left to right: its last character to the right of its first. */
function expectWrittenOrder(root: Node, text: string) {
  const at = drawnEdges(root, text);
  expect(at.last, `"${text}" drawn as written`).to.be.above(at.first);
}

const catalogue = {
  version: 1,
  systems: [
    {
      id: 'shopify',
      name: 'Shopify',
      authTypes: [
        {
          id: 'access-token',
          label: 'Access token',
          kind: 'token',
          fields: [
            { key: 'shop', label: 'Store subdomain', type: 'text', pattern: '^[a-z0-9-]+$', patternMessage: 'Only lowercase letters, digits and hyphens.' },
            { key: 'accessToken', label: 'Admin API access token', type: 'secret', example: 'shpat_...' },
            { key: 'sandbox', label: 'Use the sandbox?', type: 'boolean', required: false },
          ],
        },
      ],
    },
  ],
};

async function wizardIn(lang: string, options: { endpoint?: string; groups?: { id: string; name: string }[]; catalogue?: unknown } = {}) {
  const el = await fixture<ConnectorWizard>(
    html`<connector-wizard lang=${lang} .draftDatabase=${uniqueDatabase()} .groups=${options.groups ?? GROUPS} .catalogue=${options.catalogue ?? catalogue} system="shopify"></connector-wizard>`,
  );
  if (options.endpoint) el.setAttribute('endpoint', options.endpoint);
  await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('lang') === lang, lang, { timeout: 5000 });
  await settle(el);
  return el;
}

const SHOP_TOKEN = 'shpat_0123456789abcdef0123456789abcdef';

describe('English catalogue and server text in an Arabic wizard', () => {
  it('a field example (shpat_..., not ...shpat_)', async () => {
    const el = await wizardIn('ar');
    await advanceTo(el, 'credentials');
    expectWrittenOrder(inStep(el, 'code')!, 'shpat_...');
  });

  it('a catalogue patternMessage, on its field and in the error summary', async () => {
    const el = await wizardIn('ar');
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'My_Store');
    await type(el, '#field-credentials-accessToken', SHOP_TOKEN);
    await pressContinue(el);
    expectWrittenOrder(inStep(el, '.error-message')!, 'Only lowercase letters, digits and hyphens.');
    expectWrittenOrder(inStep(el, '.error-summary a')!, 'Only lowercase letters, digits and hyphens.');
  });

  it('a server 422 detail on its field', async () => {
    const api = freshApi();
    const el = await wizardIn('ar', { endpoint: api.endpoint });
    await advanceTo(el, 'review');
    await api.faults({ kind: 'invalid', method: 'POST', errors: [{ pointer: '/credentials/accessToken', detail: 'Token revoked.' }] });
    await el.submit();
    await waitUntil(() => inStep(el, '.error-message'), 'the field error', { timeout: 5000 });
    expectWrittenOrder(inStep(el, '.error-message')!, 'Token revoked.');
  });

  it('a server 422 detail for a later step, listed after that step s name in the first step s summary', async () => {
    const api = freshApi();
    const el = await wizardIn('ar', { endpoint: api.endpoint });
    await advanceTo(el, 'review');
    const errors = [
      { pointer: '/name', detail: 'Name taken.' },
      { pointer: '/credentials/accessToken', detail: 'Token revoked.' },
    ];
    await api.faults({ kind: 'invalid', method: 'POST', errors });
    await el.submit();
    await waitUntil(() => allInStep(el, '.error-summary li').length === 2, 'both in the summary', { timeout: 5000 });
    expectWrittenOrder(allInStep(el, '.error-summary li')[1]!, 'Token revoked.');
  });

  it('a yes/no field label on Review (Use the sandbox?, not ?Use the sandbox)', async () => {
    const el = await wizardIn('ar');
    await advanceTo(el, 'review');
    expectWrittenOrder(inStep(el, '[data-key="credentials.sandbox"] dt')!, 'Use the sandbox?');
  });

  it('the only company group on General (Acme Ltd., not .Acme Ltd)', async () => {
    const el = await wizardIn('ar', { groups: [{ id: 'acme', name: 'Acme Ltd.' }] });
    expectWrittenOrder(inStep(el, 'p.label')!, 'Acme Ltd.');
  });

  it('the lost replacement secret names its field isolated, as every Arabic sentence with a label does', async () => {
    const ar = (await loadMessages('ar'))!;
    expect(ar.fieldRequired('Token!'), 'the others do').to.contain(isolated('Token!'));
    expect(ar.replacementLost('Token!')).to.contain(isolated('Token!'));
  });
});

/** The pixels of `char` drawn alone in a line of `direction`. */
function glyph(char: string, direction: CanvasDirection): string {
  const canvas = document.createElement('canvas');
  canvas.width = 60;
  canvas.height = 60;
  const ctx = canvas.getContext('2d')!;
  ctx.font = '40px sans-serif';
  ctx.direction = direction;
  ctx.textAlign = 'center';
  ctx.fillText(char, 30, 45);
  return canvas.toDataURL();
}

describe('the separator between the step links', () => {
  it('points the way the steps go: right in English, left in Arabic (the browser mirrors it)', async () => {
    for (const [lang, direction, looks] of [
      ['en', 'ltr', '›'],
      ['ar', 'rtl', '‹'],
    ] as const) {
      const el = await wizardIn(lang);
      await advanceTo(el, 'timezone');
      const style = getComputedStyle(el.shadowRoot!.querySelectorAll('nav li')[1]!, '::before');
      expect(style.direction).to.equal(direction);
      const char = /"(.)"/u.exec(style.content)![1]!;
      expect(glyph(char, direction) === glyph(looks, 'ltr'), `${lang}: drawn as ${looks}`).to.equal(true);
      el.remove();
    }
  });
});

describe('the colon between a label and its text', () => {
  it('is the language s: French writes a space before it', async () => {
    const el = await wizardIn('fr', { groups: [{ id: 'acme', name: 'Acme' }] });
    expect(inStep(el, 'p.label strong')!.textContent).to.equal('Groupe de sociétés\u00a0:');
    await advanceTo(el, 'credentials');
    expect(inStep(el, 'p.hint')!.textContent).to.contain('Type d’authentification\u00a0: Access token');
    const en = await wizardIn('en', { groups: [{ id: 'acme', name: 'Acme' }] });
    expect(inStep(en, 'p.label strong')!.textContent).to.equal('Company group:');
  });
});

describe('catalogue names inside sentences of another language', () => {
  /** The texts marked lang="en" inside `root`. */
  const markedEnglish = (root: Element) => [...root.querySelectorAll('[lang="en"]')].map((e) => e.textContent);
  /** Credentials, Continue pressed with nothing typed: both required fields in error. */
  async function unanswered(lang: string, options: { catalogue?: unknown } = {}) {
    const el = await wizardIn(lang, options);
    await advanceTo(el, 'credentials');
    await pressContinue(el);
    await waitUntil(() => inStep(el, '#field-credentials-shop-error'), 'the error on the field');
    return el;
  }

  it('a field label in German errors and the system name in the intro are marked lang="en" where shown as written', async () => {
    const el = await unanswered('de');
    const error = inStep(el, '#field-credentials-shop-error')!;
    expect(error.textContent).to.contain('„Store subdomain“');
    expect(markedEnglish(error)).to.deep.equal(['Store subdomain']);
    expect(markedEnglish(inStep(el, '.error-summary')!)).to.deep.equal(['Store subdomain', 'Admin API access token']);
    expect(markedEnglish(inStep(el, 'p')!)).to.deep.equal(['Shopify']);
  });

  /** A German wizard sent from Review, the server answering 422 with `detail` on the Store subdomain: the error on that field. */
  async function refused(detail: string) {
    const api = freshApi();
    const el = await wizardIn('de', { endpoint: api.endpoint });
    await advanceTo(el, 'review');
    await api.faults({ kind: 'invalid', method: 'POST', errors: [{ pointer: '/credentials/shop', detail }] });
    await el.submit();
    await waitUntil(() => inStep(el, '#field-credentials-shop-error'), 'the server error on the field', { timeout: 5000 });
    return el;
  }

  it('a server 422 detail is never marked: not the system name after a typed value holding it, nor a label it quotes', async () => {
    const quoted = await refused('Der Shop „Shopify Outlet“ wurde bei Shopify nicht gefunden.');
    expect(inStep(quoted, '#field-credentials-shop-error')!.textContent).to.contain('„Shopify Outlet“ wurde bei Shopify');
    expect(markedEnglish(inStep(quoted, '#field-credentials-shop-error')!), 'nothing in the value').to.deep.equal([]);
    expect(markedEnglish(inStep(quoted, '.error-summary')!), 'in the summary, only the label of its field, said before it').to.deep.equal(['Store subdomain']);
    const label = await refused(`„${isolated('Store subdomain')}“ ist bei Shopify unbekannt.`);
    expect(markedEnglish(inStep(label, '#field-credentials-shop-error')!), 'nor a label the server isolated as the wizard does').to.deep.equal([]);
    expect(markedEnglish(inStep(label, '.error-summary')!), 'in the summary, only the label of its field, said before it').to.deep.equal(['Store subdomain']);
  });

  /** The catalogue without the field the reference API does not know (sandbox), as a create it accepts needs. */
  const asServed = () => {
    const served = structuredClone(catalogue) as typeof catalogue;
    served.systems[0]!.authTypes[0]!.fields.pop();
    return served;
  };

  /** A wizard in `lang` sent from Review after another made its live Shopify connector in UK (409): back on General with the sentence on the environment. */
  async function taken(lang: string, options: { catalogue?: unknown } = {}) {
    const api = freshApi();
    const el = await wizardIn(lang, { endpoint: api.endpoint, catalogue: options.catalogue ?? asServed() });
    await advanceTo(el, 'review');
    await api.create({ ...shopifyPayload({ name: 'Theirs' }), credentials: { shop: 'theirs', accessToken: SHOP_TOKEN } });
    await el.submit();
    await waitUntil(() => inStep(el, '.error-summary'), 'the 409 said on General', { timeout: 5000 });
    return el;
  }

  it('the 409 sentence on the environment marks the system name lang="en" in a German wizard', async () => {
    const el = await taken('de');
    const summary = inStep(el, '.error-summary')!;
    expect(summary.textContent).to.contain('Live-Connector für Shopify in UK');
    expect(markedEnglish(summary)).to.deep.equal(['Shopify']);
  });

  it('the 409 sentence marks nothing in an English wizard, nor a system name translated for German', async () => {
    const en = await taken('en');
    expect(inStep(en, '.error-summary')!.textContent).to.contain('A live Shopify connector already exists in UK; it was added after you started');
    expect(markedEnglish(inStep(en, '.error-summary')!)).to.deep.equal([]);
    const translated = asServed();
    (translated.systems[0] as { l10n?: unknown }).l10n = { de: { name: 'Shopify DE' } };
    const de = await taken('de', { catalogue: translated });
    expect(inStep(de, '.error-summary')!.textContent).to.contain('Live-Connector für Shopify DE in UK');
    expect(markedEnglish(inStep(de, '.error-summary')!)).to.deep.equal([]);
  });

  /** The served catalogue with a second system named Shopify (id `shopify-eu`), so each is told apart by its id. */
  const withTwin = () => {
    const served = asServed();
    served.systems.push({ ...structuredClone(served.systems[0]!), id: 'shopify-eu' });
    return served;
  };

  it('the 409 sentence marks the name of a system told apart by its id lang="en" in a German wizard, and nothing in an English one', async () => {
    const summary = inStep(await taken('de', { catalogue: withTwin() }), '.error-summary')!;
    expect(summary.textContent!.replace(/[\u2066-\u2069]/gu, '')).to.contain('Live-Connector für Shopify (shopify) in UK');
    expect(markedEnglish(summary)).to.deep.equal(['Shopify']);
    const en = inStep(await taken('en', { catalogue: withTwin() }), '.error-summary')!;
    expect(en.textContent!.replace(/[\u2066-\u2069]/gu, '')).to.contain('A live Shopify (shopify) connector already exists in UK');
    expect(markedEnglish(en)).to.deep.equal([]);
  });

  /** A wizard in `lang` on General whose endpoint lists `environments` of Shopify in UK as taken, UK chosen. */
  async function slotsTaken(lang: string, environments: string[]) {
    const api = freshApi();
    for (const environment of environments)
      await api.create({ ...shopifyPayload({ name: `Theirs ${environment}`, environment }), credentials: { shop: 'theirs', accessToken: SHOP_TOKEN } });
    const el = await wizardIn(lang, { endpoint: api.endpoint, catalogue: asServed() });
    await advanceTo(el, 'general');
    await choose(el, '#group-uk');
    await waitUntil(() => inStep<HTMLInputElement>(el, '#environment-live')?.disabled, 'the list read', { timeout: 5000 });
    return el;
  }

  it('General says a taken slot, both taken and Continue refused with the system name marked lang="en" in a German wizard', async () => {
    const one = await slotsTaken('de', ['live']);
    expect(markedEnglish(inStep(one, '#environment-live--hint')!)).to.deep.equal(['Shopify']);
    const both = await slotsTaken('de', ['live', 'test']);
    expect(markedEnglish(inStep(both, '[data-rule="both-taken"]')!)).to.deep.equal(['Shopify']);
    await pressContinue(both);
    await waitUntil(() => inStep(both, '.error-summary'), 'Continue refused');
    expect(markedEnglish(inStep(both, '.error-summary')!)).to.deep.equal(['Shopify']);
  });

  it('General in English says a taken slot as before, marking nothing', async () => {
    const en = await slotsTaken('en', ['live']);
    expect(inStep(en, '#environment-live--hint')!.textContent).to.equal('A live Shopify connector already exists in UK.');
    expect(markedEnglish(inStep(en, '#environment-live--hint')!)).to.deep.equal([]);
  });

  it('a translated label is not marked, nor is anything in an English wizard', async () => {
    const translated = structuredClone(catalogue) as typeof catalogue;
    const shop = translated.systems[0]!.authTypes[0]!.fields[0]! as (typeof translated.systems)[number]['authTypes'][number]['fields'][number] & { l10n?: unknown };
    shop.l10n = { de: { label: 'Shop-Subdomain' } };
    const de = await unanswered('de', { catalogue: translated });
    expect(inStep(de, '#field-credentials-shop-error')!.textContent).to.contain('„Shop-Subdomain“');
    expect(markedEnglish(inStep(de, '#field-credentials-shop-error')!)).to.deep.equal([]);
    expect(markedEnglish(inStep(de, '#field-credentials-accessToken-error')!), 'the one left as written still is').to.deep.equal(['Admin API access token']);
    const en = await unanswered('en');
    expect(markedEnglish(inStep(en, '.error-summary')!)).to.deep.equal([]);
    expect(markedEnglish(inStep(en, 'p')!)).to.deep.equal([]);
  });
});
