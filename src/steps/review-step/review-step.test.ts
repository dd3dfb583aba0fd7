import { expect } from '@open-wc/testing';
import { waitUntil } from '../../test/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import {
  advanceTo,
  allInStep,
  choose,
  currentStepId,
  freshApi,
  GROUPS,
  inStep,
  pressContinue,
  sampleCatalogue,
  settle,
  SHOPIFY_TOKEN,
  shopifyPayload,
  type,
  wizardFixture,
} from '../../test/fixtures.js';
import { EDITED } from '../../test/edit-fixtures.js';
import { stepSuite } from '../../test/step-suite.js';
import { branchingApart, chooseOption, cutInMiddle, listAlike, radioText, V1, V2 } from '../../test/alike.js';
import type { ConnectorWizard, EditableConnector } from '../../wizard/connector-wizard.js';
import { fakeClock } from '../../test/fake-clock.js';

async function atReview() {
  const el = await wizardFixture({ groups: GROUPS });
  await advanceTo(el, 'review');
  return el;
}

/** A stored connector opened for editing (emit mode), renamed on General, then on Review; what it saves goes in `updated`. */
async function editedAtReview(overrides: Record<string, unknown>) {
  const el = await wizardFixture({ groups: GROUPS });
  const updated: Record<string, unknown>[] = [];
  el.addEventListener('connector-updated', (e) => updated.push((e as CustomEvent).detail.connector));
  el.connector = { ...(shopifyPayload({ credentials: { shop: 'my-store' }, name: 'Shop', ...overrides }) as unknown as EditableConnector), id: 'c9' };
  await settle(el);
  await type(el, '#field-name', 'Shop renamed');
  await el.goTo('review');
  await settle(el);
  return { el, updated };
}

/** The sample catalogue with `copies` of its Shopify (each its own id, name or category) beside it, the sample's category set to `category` where given. */
async function amongCopies(copies: object[], category?: string) {
  const catalogue = await sampleCatalogue();
  const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
  catalogue.systems.push(...copies.map((copy) => ({ ...structuredClone(shopify), ...copy })));
  if (category) shopify.category = category;
  return catalogue;
}

/** At Review for `system`, with `copies` of the sample Shopify beside it (see amongCopies). */
async function atReviewAmong(copies: object[], system: string, category?: string) {
  const el = await wizardFixture({ groups: GROUPS, catalogue: await amongCopies(copies, category), system });
  await advanceTo(el, 'review');
  return el;
}

/**
 * Copies of the sample Shopify that fill the picker to 99 cards, then three of long ids alike: `a` the 100th card, the others beyond
 * the picker's cut (`a` and the next differ at their end, `a` and the last only in their middle), and a twin of another category.
 */
async function pastTheCut() {
  const fillers = Array.from({ length: 99 - (await sampleCatalogue()).systems.length }, (_, i) => ({ id: `filler-${i}`, name: `Filler ${i}` }));
  const [L, R] = ['l'.repeat(40), 'r'.repeat(40)];
  const a = `${L}a${R}`;
  return { a, copies: [...fillers, { id: a }, { id: `${L}a${R.slice(0, -1)}b` }, { id: `${L}c${R}` }, { id: 'shopify-retail', category: 'Retail' }] };
}

/** At Review for a copy of Shopify named `name` in `category` (id `shopify-other`), the sample Shopify beside it in Commerce. */
const atReviewBeside = (name: string, category: string) => atReviewAmong([{ id: 'shopify-other', name, category }], 'shopify-other', 'Commerce');

/** What the success panel says once the connector at Review is created. */
async function successSaid(el: ConnectorWizard) {
  await el.submit();
  await waitUntil(() => el.shadowRoot!.querySelector('.success'), 'the success panel');
  return el.shadowRoot!.querySelector('.success p')!.textContent;
}

const answer = (el: ConnectorWizard, key: string) => inStep(el, `.row[data-key="${key}"] dd.value`)?.textContent?.replace(/\s+/g, ' ').trim();

stepSuite('review', { open: atReview, errors: 0 });

describe('review step', () => {
  it('shows every answer with a Change link', async () => {
    const el = await atReview();
    const rows = allInStep(el, '.row');
    const text = (key: string) => inStep(el, `.row[data-key="${key}"] dd.value`)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(text('system')).to.equal('Shopify');
    expect(text('name')).to.equal('Shopify UK');
    expect(text('group')).to.equal('UK');
    expect(text('environment')).to.equal('Live');
    expect(text('timeZone')).to.match(/^UTC \(GMT(\+00:00)?\)$/);
    expect(text('dateFormat')).to.contain("yyyy-MM-dd'T'HH:mm:ssXXX");
    expect(text('credentials.shop')).to.equal('https://my-store.myshopify.com');
    for (const row of rows) expect(row.querySelector('button.link'), row.dataset.key).to.not.equal(null);
  });

  it('two systems of one name are told apart by their category, as the picker shows them', async () => {
    const el = await atReviewAmong([{ id: 'shopify-plus', category: 'Enterprise commerce' }], 'shopify', 'Commerce');
    expect(inStep(el, '.row[data-key="system"] dd.value')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Shopify (Commerce)');
  });

  it('a system of one name in another category says the same words on its card as on Review, its category without its id', async () => {
    const copies = [{ id: 'shopify-retail', category: 'Retail' }];
    const picker = await wizardFixture({ catalogue: await amongCopies(copies) });
    const el = await atReviewAmong(copies, 'shopify-retail');
    expect(answer(el, 'system')).to.equal('Shopify (Retail)');
    expect(radioText(picker, 'system-shopify-retail')).to.equal('Shopify Retail');
    // Twins of one category still say their ids on their cards, as Review does.
    const twins = await wizardFixture({ catalogue: await amongCopies([{ id: 'shopify-eu' }, ...copies]) });
    expect(radioText(twins, 'system-shopify-eu')).to.equal('Shopify E-commerce (shopify-eu)');
    expect(radioText(twins, 'system-shopify-retail')).to.equal('Shopify Retail');
  });

  it('two systems of one name and one category are told apart by their ids, as the picker shows them', async () => {
    const el = await atReviewAmong([{ id: V1 }, { id: V2 }], V2);
    expect(answer(el, 'system')).to.equal(`Shopify (${(await sampleCatalogue()).systems.find((s) => s.id === 'shopify')!.category}) (${cutInMiddle(V2)})`);
  });

  it('a system of one name with no category is told apart by its id on Review and the success panel, as its card says it', async () => {
    const el = await atReviewAmong([{ id: 'shopify-eu', category: undefined }], 'shopify-eu', 'Commerce');
    expect(answer(el, 'system')).to.equal('Shopify (shopify-eu)');
    expect(await successSaid(el)).to.equal('Shopify UK (Shopify (shopify-eu)) has been created.');
  });

  it('a system of one name whose category is white space alone says its id; its twin in a category still says the category alone', async () => {
    const eu = await atReviewAmong([{ id: 'shopify-eu', category: ' \u200B ' }], 'shopify-eu', 'Commerce');
    expect(answer(eu, 'system')).to.equal('Shopify (shopify-eu)');
    const shopify = await atReviewAmong([{ id: 'shopify-eu', category: undefined }], 'shopify', 'Commerce');
    expect(answer(shopify, 'system')).to.equal('Shopify (Commerce)');
  });

  it('a long id of a system sharing its name and category reads on Review as on its card, a twin of another category beside them', async () => {
    const [a, b, c] = branchingApart(3).map((id) => id.replaceAll('-', 'm')) as [string, string, string];
    const copies = [{ id: a }, { id: b }, { id: c, category: 'Retail' }];
    const el = await atReviewAmong(copies, a);
    const picker = await wizardFixture({ catalogue: await amongCopies(copies) });
    const card = radioText(picker, `system-${a}`);
    expect(card).to.match(/^Shopify E-commerce \(.+\)$/u);
    expect(answer(el, 'system')).to.equal(card.replace(/^Shopify E-commerce /u, 'Shopify (E-commerce) '));
    expect(radioText(picker, `system-${b}`)).to.not.equal(card);
  });

  it('a long id of a system sharing its name and category reads on Review as on its card, its twins beyond the picker cut, found by a search too', async () => {
    const { copies, a } = await pastTheCut();
    const picker = await wizardFixture({ catalogue: await amongCopies(copies) });
    const card = radioText(picker, `system-${a}`);
    const el = await atReviewAmong(copies, a);
    expect(answer(el, 'system')).to.equal(card.replace(/^Shopify E-commerce /u, 'Shopify (E-commerce) '));
    // A search by its id that finds it alone: its card still says its id, as Review does.
    await type(picker, '#search-systems', a);
    await waitUntil(() => allInStep(picker, '.system').length === 1, 'the search found it alone', { timeout: 5000 });
    expect(radioText(picker, `system-${a}`)).to.equal(card);
    // Its twin of another category beyond the cut is told apart by its category alone.
    expect(answer(await atReviewAmong(copies, 'shopify-retail'), 'system')).to.equal('Shopify (Retail)');
  });

  it('a system named with a look-alike letter in another category says its category on Review and the success panel, as the picker tells them apart', async () => {
    const el = await atReviewBeside('\u0405hopify', 'Retail');
    expect(answer(el, 'system')).to.equal('\u0405hopify (Retail)');
    expect(await successSaid(el)).to.equal('Shopify UK (\u0405hopify (Retail)) has been created.');
  });

  it('a system named the same but in capitals, in another category, says its category without its id', async () => {
    const el = await atReviewBeside('SHOPIFY', 'Enterprise commerce');
    expect(answer(el, 'system')).to.equal('SHOPIFY (Enterprise commerce)');
  });

  it('a system named the same but in capitals, in the same category, says its category and its id', async () => {
    const el = await atReviewBeside('SHOPIFY', 'Commerce');
    expect(answer(el, 'system')).to.equal('SHOPIFY (Commerce) (shopify-other)');
  });

  it('a system whose name only begins like another says its name alone, on Review and the success panel', async () => {
    const el = await atReviewBeside('Shopify Plus', 'Enterprise commerce');
    expect(answer(el, 'system')).to.equal('Shopify Plus');
    expect(await successSaid(el)).to.equal('Shopify UK (Shopify Plus) has been created.');
  });

  it('the success panel names a system of one name and another category by its category, without its id', async () => {
    const el = await atReviewAmong([{ id: 'shopify-plus', category: 'Enterprise commerce' }], 'shopify', 'Commerce');
    expect(await successSaid(el)).to.equal('Shopify UK (Shopify (Commerce)) has been created.');
  });

  it('the success panel names a system of one name and category as Review does, with its id', async () => {
    const el = await atReviewAmong([{ id: V1 }, { id: V2 }], V2);
    const reviewed = answer(el, 'system');
    expect(await successSaid(el)).to.equal(`Shopify UK (${reviewed}) has been created.`);
  });

  it('a way to sign in labelled as another says its id, as the Authentication step does; one labelled alone does not', async () => {
    const type = (id: string, label = 'API key') => ({ id, label, kind: 'none', fields: [] });
    const catalogue = { version: 1, systems: [{ id: 'acme', name: 'Acme', defaultTimeZone: 'UTC', authTypes: [type('key-v1'), type(V2), type('oauth', 'Sign in')] }] };
    const el = await wizardFixture({ catalogue, system: 'acme' });
    await advanceTo(el, 'auth');
    await choose(el, `[id="auth-${V2}"]`);
    await pressContinue(el);
    await pressContinue(el);
    expect(answer(el, 'authType')).to.equal(`API key (${cutInMiddle(V2)})`);
    await el.goTo('auth');
    await settle(el);
    await choose(el, '#auth-oauth');
    await el.goTo('review');
    await settle(el);
    expect(answer(el, 'authType')).to.equal('Sign in');
  });

  it('a choice from a list whose options are labelled alike says its value, as the list shows it; one labelled alone does not', async () => {
    const el = await wizardFixture({ catalogue: listAlike(), system: 'acme' });
    await advanceTo(el, 'credentials');
    await chooseOption(el, '#field-credentials-region', 'eu-2');
    await pressContinue(el);
    expect(answer(el, 'credentials.region')).to.equal('Europe (eu-2)');
    await el.goTo('credentials');
    await settle(el);
    await chooseOption(el, '#field-credentials-region', 'us');
    await pressContinue(el);
    expect(answer(el, 'credentials.region')).to.equal('US');
  });

  it('the time zone name is set left to right, as on its step (an Arabic sentence would move its parts round)', async () => {
    const el = await atReview();
    el.setAttribute('lang', 'ar');
    await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('dir') === 'rtl', 'Arabic', { timeout: 5000 });
    await settle(el);
    const zone = inStep(el, '.row[data-key="timeZone"] dd.value bdi[dir="ltr"]');
    expect(zone?.textContent).to.equal('UTC');
  });

  it('a multi-line answer keeps its lines', async () => {
    const catalogue = await sampleCatalogue();
    const token = catalogue.systems.find((s) => s.id === 'shopify')!.authTypes.find((a) => a.id === 'access-token')!;
    token.fields.push({ key: 'notes', label: 'Notes', type: 'textarea', required: false } as (typeof token.fields)[number]);
    const el = await wizardFixture({ groups: GROUPS, catalogue });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-notes', 'First line\nSecond line');
    await pressContinue(el);
    await advanceTo(el, 'review');
    const value = inStep<HTMLElement>(el, '.row[data-key="credentials.notes"] dd.value')!;
    expect(value.innerText.trim()).to.equal('First line\nSecond line');
  });

  it('never shows a secret in clear', async () => {
    const el = await atReview();
    expect(inStep(el, '.row[data-key="credentials.accessToken"] dd.value')!.textContent!.trim()).to.equal('Provided (hidden)');
    expect((inStep(el, 'dl')!.getRootNode() as ShadowRoot).innerHTML).to.not.contain(SHOPIFY_TOKEN);
  });

  it('Change goes to the step and Continue comes back to Review', async () => {
    const el = await atReview();
    inStep<HTMLButtonElement>(el, '.row[data-key="name"] button')!.click();
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
    await type(el, '#field-name', 'Shopify EU');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
    expect(inStep(el, '.row[data-key="name"] dd.value')!.textContent!.trim()).to.equal('Shopify EU');
    inStep<HTMLButtonElement>(el, '.row[data-key="credentials.accessToken"] button')!.click();
    await settle(el);
    expect(currentStepId(el)).to.equal('credentials');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
  });

  it('the name row shows the name as it is sent: composed (NFC), without a pasted zero-width space at its end', async () => {
    const el = await wizardFixture({ groups: GROUPS });
    await advanceTo(el, 'general');
    await choose(el, '#environment-live');
    await choose(el, '#group-uk');
    // Decomposed, as macOS may give it, with a zero-width space a chat left at its end.
    await type(el, '#field-name', 'Socie\u0301te\u0301 UK\u200b');
    await pressContinue(el);
    await advanceTo(el, 'review');
    let sent: string | undefined;
    el.addEventListener('connector-created', (e) => (sent = (e as CustomEvent).detail.connector.name));
    const shown = inStep(el, '.row[data-key="name"] dd.value')!.textContent!.trim();
    await el.submit();
    expect(sent).to.equal('Soci\u00e9t\u00e9 UK');
    expect(JSON.stringify(shown)).to.equal(JSON.stringify(sent));
  });

  it('Change links name what they change for screen readers', async () => {
    const el = await atReview();
    const names = allInStep(el, '.row button').map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(names).to.include('Change Connector name');
    expect(new Set(names).size).to.equal(names.length);
  });
});

describe('review step in an edit: what changed', () => {
  it('each answer changed shows its saved value, a replaced secret says so, and no secret shows', async () => {
    const el = await wizardFixture({ groups: GROUPS, endpoint: freshApi().endpoint });
    el.connector = { ...(shopifyPayload({ credentials: { shop: 'my-store' }, name: 'Shop Europe' }) as unknown as EditableConnector), id: 'c9' };
    await settle(el);
    await type(el, '#field-name', 'Shop EU');
    await choose(el, '#group-us');
    await choose(el, '#environment-test');
    await el.goTo('credentials');
    await settle(el);
    await type(el, '#field-credentials-shop', 'eu-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    await el.goTo('review');
    await settle(el);
    const rows = ['name', 'group', 'environment', 'timeZone', 'authType', 'credentials.shop', 'credentials.accessToken'].map((key) => `${key}: ${answer(el, key)}`);
    expect(rows).to.deep.equal([
      'name: Shop EU (was: Shop Europe)',
      'group: US (was: UK)',
      'environment: Testing (was: Live)',
      'timeZone: UTC (GMT+00:00)',
      'authType: Custom app access token',
      'credentials.shop: https://eu-store.myshopify.com (was: https://my-store.myshopify.com)',
      'credentials.accessToken: Replaced (the new value is hidden)',
    ]);
    const root = inStep(el, 'dl')!.getRootNode() as ShadowRoot;
    expect(root.innerHTML.includes(SHOPIFY_TOKEN), 'no secret in Review').to.equal(false);
    el.setAttribute('lang', 'de');
    await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('lang') === 'de', 'German', { timeout: 5000 });
    await settle(el);
    expect(answer(el, 'name')).to.equal('Shop EU (vorher: Shop Europe)');
  });

  it('a saved value the form only lower-cases (not sent as a change) shows no "(was: …)", as Save sends nothing', async () => {
    const el = await wizardFixture({ groups: GROUPS });
    const updated: unknown[] = [];
    el.addEventListener('connector-updated', (e) => updated.push((e as CustomEvent).detail.connector));
    el.connector = { ...(shopifyPayload({ credentials: { shop: 'My-Store' }, name: 'Shop' }) as unknown as EditableConnector), id: 'c9' };
    await settle(el);
    for (let i = 0; i < 5 && currentStepId(el) !== 'review'; i++) await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
    const shop = inStep(el, '.row[data-key="credentials.shop"] dd.value bdi')?.textContent;
    const was = inStep(el, '.row[data-key="credentials.shop"] [data-was]')?.textContent ?? 'none';
    const saved = await el.submit();
    await settle(el);
    expect({ shop, was, saved, updated }).to.deep.equal({ shop: 'https://my-store.myshopify.com', was: 'none', saved: false, updated: [] });
  });

  it('a number typed 4.0 over a saved 4 shows no "(was: …)", as Save sends nothing', async () => {
    const el = await wizardFixture({ groups: GROUPS });
    const updated: unknown[] = [];
    el.addEventListener('connector-updated', (e) => updated.push((e as CustomEvent).detail.connector));
    const credentials = { baseUrl: 'https://shop.example.com', username: 'admin', tokenLifetimeHours: 4 };
    el.connector = { ...(shopifyPayload({ system: 'adobe-commerce', authType: 'admin-credentials', credentials, name: 'Shop' }) as unknown as EditableConnector), id: 'c9' };
    await settle(el);
    await el.goTo('credentials');
    await settle(el);
    await type(el, '#field-credentials-tokenLifetimeHours', '4.0');
    await el.goTo('review');
    await settle(el);
    const hours = answer(el, 'credentials.tokenLifetimeHours');
    const saved = await el.submit();
    await settle(el);
    expect({ hours, saved, updated }).to.deep.equal({ hours: '4.0', saved: false, updated: [] });
  });
});

describe('review step: what it cannot preview, and the moment it previews', () => {
  const rowText = (el: ConnectorWizard, key: string) => inStep(el, `.row[data-key="${key}"]`)?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';

  it('an edited connector whose zone this browser does not know: every answer shows, the zone as stored with no offset nor preview, and Save works', async () => {
    const { el, updated } = await editedAtReview({ timeZone: 'America/Nowhere_Town' });
    expect(currentStepId(el)).to.equal('review');
    expect(inStep(el, 'h2')?.textContent?.trim()).to.equal('Check your answers');
    expect(answer(el, 'name')).to.equal('Shop renamed (was: Shop)');
    expect(answer(el, 'timeZone')).to.equal('America/Nowhere Town');
    expect(answer(el, 'dateFormat')).to.equal("yyyy-MM-dd'T'HH:mm:ssXXX");
    expect(await el.submit()).to.equal(true);
    expect(updated).to.deep.equal([{ id: 'c9', name: 'Shop renamed' }]);
  });

  it('a kept pattern the form cannot preview (ZZZZZ) shows no empty Now:', async () => {
    const { el } = await editedAtReview({ dateFormat: "yyyy-MM-dd'T'HH:mm:ss.SSSZZZZZ" });
    expect(answer(el, 'dateFormat')).to.equal("yyyy-MM-dd'T'HH:mm:ss.SSSZZZZZ");
  });

  it('previews the moment the Time zone step opened, as the step did, and keeps it on a redraw', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
    await advanceTo(el, 'timezone');
    await choose(el, '#date-format-unix-ms');
    const onStep = inStep(el, '#date-format-unix-ms')!
      .closest('[part~="field"]')!
      .textContent!.match(/\d{13}/)![0];
    await advanceTo(el, 'review');
    expect(answer(el, 'dateFormat')!.match(/\d{13}/)![0]).to.equal(onStep);
    el.setAttribute('lang', 'de');
    await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('lang') === 'de', 'German', { timeout: 5000 });
    await settle(el);
    expect(answer(el, 'dateFormat')!.match(/\d{13}/)![0]).to.equal(onStep);
  });

  it('an edit opened after a create previews its own moment, not the created one s', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
    await advanceTo(el, 'timezone');
    await choose(el, '#date-format-unix-ms');
    await advanceTo(el, 'review');
    const created = answer(el, 'dateFormat')!.match(/\d{13}/)![0];
    expect(await el.submit()).to.equal(true);
    await settle(el);
    // The edit opens at a later millisecond than the create previewed, so the two moments can tell apart.
    await waitUntil(() => Date.now() > Number(created), 'a millisecond after the create');
    el.connector = { ...EDITED, dateFormat: 'unix-ms' } as EditableConnector;
    await settle(el);
    await el.goTo('review');
    await settle(el);
    expect(currentStepId(el)).to.equal('review');
    expect(Number(answer(el, 'dateFormat')!.match(/\d{13}/)![0]), 'a later moment').to.be.greaterThan(Number(created));
  });

  it('Review gives the zone the offset of the moment its preview shows, across a daylight saving change', async () => {
    const clock = fakeClock('2026-03-29T00:58:00Z'); // London: GMT until 01:00 UTC, then BST
    try {
      const el = await wizardFixture({ system: 'shopify' });
      await advanceTo(el, 'timezone');
      const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
      input.focus();
      input.select();
      await sendKeys({ type: 'London' });
      await settle(el);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(input.value).to.equal('Europe/London');
      clock.set('2026-03-29T01:05:00Z');
      await pressContinue(el);
      await advanceTo(el, 'review');
      const zone = rowText(el, 'timeZone');
      const format = rowText(el, 'dateFormat');
      expect(format, 'the preview is the moment the Time zone step opened').to.contain('2026-03-29T00:58:00Z');
      expect(zone, `"${zone}" beside "${format}"`).to.contain('GMT+00:00');
    } finally {
      clock.restore();
    }
  });
});
