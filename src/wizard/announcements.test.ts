/** What the polite live region says, and says again: the same outcome twice is said twice (docs/accessibility.md). */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { emptyWizardData } from '../schemas/wizard-data.js';
import { DraftStore } from '../storage/draft-store.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import {
  advanceTo,
  choose,
  currentStepId,
  deepActiveElement,
  fillStep,
  freshApi,
  GROUPS,
  inStep,
  pasteInto,
  pressContinue,
  sampleCatalogue,
  settle,
  SHOPIFY_TOKEN,
  stepElement,
  type,
  uniqueDatabase,
  wizardFixture,
} from '../test/fixtures.js';
import { readDraft } from '../test/stored.js';

const politeRegion = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
function record(el: ConnectorWizard): string[] {
  const region = politeRegion(el);
  const said: string[] = [];
  new MutationObserver(() => said.push(region.textContent!.trim())).observe(region, { childList: true, characterData: true, subtree: true });
  return said;
}

/** Every live region in the wizard and its step: polite, status, alert. */
const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
function liveRegions(el: ConnectorWizard): Element[] {
  const roots = [el.shadowRoot!, stepElement(el)?.shadowRoot].filter(Boolean) as ShadowRoot[];
  return roots.flatMap((r) => [...r.querySelectorAll(LIVE)]);
}

/** A wizard on the `draft-id` "shared", preset to `system`. */
async function sharedWizard(draftDatabase: string, system: string) {
  const el = await fixture<ConnectorWizard>(
    html`<connector-wizard .draftDatabase=${draftDatabase} .catalogue=${await sampleCatalogue()} .groups=${GROUPS} system=${system} draft-id="shared"></connector-wizard>`,
  );
  await settle(el);
  return el;
}

describe('announcements: said once, and again when they happen again', () => {
  it('a second connector created with the same name is announced as the first was', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, noDrafts: true });
    const said = record(el);
    await advanceTo(el, 'review');
    await el.submit();
    await settle(el);
    expect(said.at(-1)).to.equal('Shopify UK (Shopify) has been created.');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.success button')!.click();
    await settle(el);
    // The same name in the testing slot (the live one is taken by the first).
    await type(el, '#field-name', 'Shopify UK');
    await choose(el, '#group-uk');
    await choose(el, '#environment-test');
    await pressContinue(el);
    for (const step of ['timezone', 'auth', 'credentials'] as const) {
      await fillStep[step](el);
      await pressContinue(el);
    }
    expect(currentStepId(el)).to.equal('review');
    said.length = 0;
    await el.submit();
    await settle(el);
    expect(el.shadowRoot!.querySelector('.success') !== null, 'created again').to.equal(true);
    expect(said, 'the second success is said').to.include('Shopify UK (Shopify) has been created.');
  });

  it('a second conflict with another tab is announced as the first was', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await fixture<ConnectorWizard>(html`<connector-wizard
      .draftDatabase=${draftDatabase}
      .catalogue=${await sampleCatalogue()}
      .groups=${GROUPS}
      system="shopify"
    ></connector-wizard>`);
    await settle(el);
    const said = record(el);
    const conflictNotice = () => el.shadowRoot!.querySelector('[data-notice="conflict"]');
    const overwrite = async (revision: number) => {
      const other = new DraftStore(draftDatabase);
      const put = await other.put(
        { id: 'default:shopify', step: 'general', updatedAt: Date.now(), data: { ...emptyWizardData(), system: 'shopify', name: `Other tab ${revision}` } },
        revision,
      );
      await other.close();
      expect(put.ok, `the other tab saved over ${revision}`).to.equal(true);
    };
    const editHere = (name: string) => {
      const input = inStep<HTMLInputElement>(el, '#field-name')!;
      input.value = name;
      input.dispatchEvent(new Event('input'));
    };
    await type(el, '#field-name', 'Saved here first');
    await waitUntil(async () => (await readDraft(draftDatabase))?.revision === 1, 'saved', { timeout: 5000 });
    await overwrite(1);
    editHere('Edited here');
    await waitUntil(() => conflictNotice(), 'first conflict', { timeout: 5000 });
    await settle(el);
    const conflictText = conflictNotice()!.querySelector('p')!.textContent!.trim();
    expect(said, 'the first conflict is said').to.include(conflictText);
    // Its two buttons, reached by Tab, are in a group named by the notice: a screen reader says what they answer.
    expect(conflictNotice()!.getAttribute('role'), 'the notice groups its buttons').to.equal('group');
    expect(el.shadowRoot!.getElementById(conflictNotice()!.getAttribute('aria-labelledby') ?? '')?.textContent?.trim(), 'named by its text').to.equal(conflictText);
    conflictNotice()!.querySelector<HTMLButtonElement>('[data-conflict="mine"]')!.click();
    await waitUntil(async () => (await readDraft(draftDatabase))?.data.name === 'Edited here', 'kept mine', { timeout: 5000 });
    await settle(el);
    const revision = (await readDraft(draftDatabase))!.revision as number;
    said.length = 0;
    await overwrite(revision);
    editHere('Edited here again');
    await waitUntil(() => conflictNotice(), 'second conflict', { timeout: 5000 });
    await settle(el);
    expect(said, 'the second conflict is said').to.include(conflictText);
  });

  it('what was said belongs to its step: moving on empties it, so a change of language never says it again', async () => {
    const draftDatabase = uniqueDatabase();
    const first = await wizardFixture({ draftDatabase, system: 'shopify' });
    await type(first, '#field-name', 'Shop');
    expect(await first.saveDraft()).to.equal(true);
    first.remove();
    const el = await wizardFixture({ draftDatabase, system: 'shopify' });
    const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    expect(region.textContent).to.contain('We restored the answers');
    await advanceTo(el, 'timezone');
    expect(region.textContent!.trim(), 'emptied on moving on').to.equal('');
    el.setAttribute('lang', 'de');
    await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('lang') === 'de', 'German', { timeout: 5000 });
    await settle(el);
    expect(region.textContent!.trim(), 'nothing long past said again').to.equal('');
  });

  it('catalogue problems in English are marked as English inside a German wizard', async () => {
    const el = await wizardFixture({ catalogue: { version: 1, systems: [{ id: 'x' }] } });
    el.setAttribute('lang', 'de');
    await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('lang') === 'de', 'German');
    await settle(el);
    const item = el.shadowRoot!.querySelector('[part~="catalogue-error"] li')!;
    expect(item.closest('[lang]')!.getAttribute('lang'), `language of "${item.textContent}"`).to.equal('en');
  });

  it('a page that stops saving because another tab took its draft says so, not only shows it', async () => {
    const draftDatabase = uniqueDatabase();
    const xero = await sharedWizard(draftDatabase, 'xero');
    const shopify = await sharedWizard(draftDatabase, 'shopify');
    const region = shopify.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    const said: string[] = [];
    new MutationObserver(() => said.push(region.textContent!.trim())).observe(region, { childList: true, characterData: true, subtree: true });
    await type(xero, '#field-name', 'Xero, typed first');
    await waitUntil(() => shopify.shadowRoot!.querySelector('[data-notice="kept"]'), 'the Shopify page keeps it');
    await settle(shopify);
    const shown = shopify.shadowRoot!.querySelector('[data-notice="kept"]')!;
    expect(said, 'the notice is said').to.include(shown.textContent!.trim());
  });

  it('the same note on a second field, or on the same field again, is said again', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, noDrafts: true });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store ');
    const note = inStep(el, '#field-credentials-shop-note')!.textContent!.trim();
    expect(politeRegion(el).textContent!.trim()).to.equal(note);
    const said = record(el);
    await type(el, '#field-credentials-accessToken', `${SHOPIFY_TOKEN} `);
    await settle(el);
    expect(said, 'the second field').to.include(note);
    said.length = 0;
    await type(el, '#field-credentials-shop', 'my-store ');
    await settle(el);
    expect(said, 'the first field again').to.include(note);
  });

  it('what a paste changed in the values it filled is said, naming each field', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, noDrafts: true });
    await advanceTo(el, 'credentials');
    await pasteInto(el, '#field-credentials-accessToken', `SHOPIFY_STORE_DOMAIN=My-Store.myshopify.com\nSHOPIFY_ACCESS_TOKEN=" ${SHOPIFY_TOKEN} "`);
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-credentials-shop')!.value).to.equal('my-store');
    const shopNote = inStep(el, '#field-credentials-shop-note')!.textContent!.trim();
    const tokenNote = inStep(el, '#field-credentials-accessToken-note')!.textContent!.trim();
    const said = politeRegion(el).textContent!.trim();
    expect(said).to.contain(`\u2068Store subdomain\u2069: ${shopNote}`).and.to.contain(`\u2068Admin API access token\u2069: ${tokenNote}`);
  });

  it('a credential note is said when its field is left and on the next move to Review, not again on later moves that changed nothing (Back and Continue, Change and Continue)', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, noDrafts: true });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    await type(el, '#field-credentials-shop', 'my-store '); // left: the note shows and is said
    const note = inStep(el, '#field-credentials-shop-note')!.textContent!.trim();
    expect(politeRegion(el).textContent!.trim(), 'said when the field was left').to.equal(note);
    // To Review: said again, after the label (docs/accessibility.md: Enter straight after typing would not be heard otherwise).
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
    expect(politeRegion(el).textContent!.trim()).to.equal(`\u2068Store subdomain\u2069: ${note}`);
    expect(inStep(el, '.row[data-key="credentials.shop"] [data-note]')!.textContent, 'still shown on Review').to.equal(note);
    const said = record(el);
    await el.back();
    await settle(el);
    expect(currentStepId(el)).to.equal('credentials');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
    inStep<HTMLButtonElement>(el, '.row[data-key="credentials.shop"] button')!.click();
    await settle(el);
    expect(currentStepId(el)).to.equal('credentials');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
    expect(
      said.filter((s) => s.includes(note)),
      'a note about a value changed long ago, said again on a later visit',
    ).to.deep.equal([]);
  });

  it('a note kept byte for byte (normalize none) is said when its field is left, not again on every move to Review', async () => {
    const el = await wizardFixture({ system: 'mintsoft', groups: GROUPS, noDrafts: true });
    await advanceTo(el, 'auth');
    await choose(el, '#auth-username-password');
    await pressContinue(el);
    await type(el, '#field-credentials-username', 'Ops.User');
    await type(el, '#field-credentials-password', ' Pa ss ');
    const note = inStep(el, '#field-credentials-password-note')!.textContent!.trim();
    expect(politeRegion(el).textContent!.trim(), 'said when the field was left').to.equal(note);
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
    expect(politeRegion(el).textContent!.trim(), 'said on Review').to.contain(note);
    const said = record(el);
    await el.back();
    await settle(el);
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
    expect(said.filter((s) => s.includes(note))).to.deep.equal([]);
  });

  it('a note made by a Continue that the step refused is said on Review once the step is fixed, and only then', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, noDrafts: true });
    await advanceTo(el, 'credentials');
    inStep<HTMLInputElement>(el, '#field-credentials-accessToken')!.focus();
    await sendKeys({ type: `${SHOPIFY_TOKEN} ` });
    await sendKeys({ press: 'Enter' }); // no store subdomain yet: refused, the token trimmed without a word
    await settle(el);
    expect(currentStepId(el)).to.equal('credentials');
    const said = record(el);
    await type(el, '#field-credentials-shop', 'my-store');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
    const labelled = '\u2068Admin API access token\u2069: We removed a trailing space from what you entered.';
    expect(
      said.filter((s) => s.includes('trailing space')),
      'said once, on Review',
    ).to.deep.equal([labelled]);
    said.length = 0;
    await el.back();
    await settle(el);
    await pressContinue(el);
    expect(
      said.filter((s) => s.includes('trailing space')),
      'not again',
    ).to.deep.equal([]);
  });

  it('a connection test refused on Credentials with a failed check on a field says the failure in one live region, not in two', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, testEndpoint: api.testEndpoint });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    const checks = [{ id: 'token', label: 'Token accepted', status: 'failed', detail: 'Token revoked', pointer: '/credentials/accessToken' }];
    const json = { type: '/problems/credentials-rejected', title: 'Credentials rejected', status: 422, account: 'my-store.myshopify.com', checks };
    await api.faults({ kind: 'status', method: 'POST', status: 422, type: 'application/problem+json', json });
    inStep<HTMLButtonElement>(el, '[part~="test"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'rejected', 'tested', { timeout: 5000 });
    await settle(el);
    // The error summary takes the focus (it is read then), so a request that ends on a field empties the polite region (docs/accessibility.md).
    expect(deepActiveElement()?.textContent, 'the summary has the focus').to.contain('There is a problem');
    const saying = liveRegions(el)
      .filter((r) => r.textContent!.includes('Token revoked'))
      .map((r) => `${r.getAttribute('role') ?? `aria-live=${r.getAttribute('aria-live')}`}: ${r.textContent!.trim().replace(/\s+/g, ' ')}`);
    expect(saying, 'live regions saying the failed check').to.have.length(1);
    expect(politeRegion(el).textContent!.trim(), 'the polite region, emptied').to.equal('');
    // What the person needs stays on the step, read with the Test button: as whom it connected.
    expect(inStep(el, '[data-account]')?.textContent, 'the account shown').to.contain('my-store.myshopify.com');
  });

  it('Use the other version, on another step: the focus goes to that step heading, never to the page', async () => {
    const draftDatabase = uniqueDatabase();
    const make = async () => {
      const el = await fixture<ConnectorWizard>(
        html`<connector-wizard .draftDatabase=${draftDatabase} .catalogue=${await sampleCatalogue()} .groups=${GROUPS} system="shopify"></connector-wizard>`,
      );
      await settle(el);
      return el;
    };
    const a = await make();
    const b = await make();
    const bName = inStep<HTMLInputElement>(b, '#field-name')!;
    bName.value = 'B draft';
    bName.dispatchEvent(new Event('input'));
    await type(a, '#field-name', 'A version');
    await choose(a, '#group-uk');
    await choose(a, '#environment-live');
    await pressContinue(a);
    const notice = () => b.shadowRoot!.querySelector('[data-notice="conflict"]');
    await waitUntil(() => notice(), 'B told of the conflict', { timeout: 5000 });
    const theirs = notice()!.querySelector<HTMLButtonElement>('[data-conflict="theirs"]')!;
    theirs.focus();
    theirs.click();
    await waitUntil(() => currentStepId(b) === 'timezone', 'B took the other version');
    await settle(b);
    await waitUntil(
      () => deepActiveElement()?.isConnected && deepActiveElement()?.classList.contains('heading'),
      `focus on the new heading, not ${deepActiveElement()?.tagName}`,
    );
    expect(deepActiveElement()!.textContent!.trim()).to.equal(inStep(b, '.heading')!.textContent!.trim());
  });
});

describe('the error summary (an alert) while a field is typed in', () => {
  it('after a failed Continue, an error keeps its words while its field is typed in, and goes once fixed; new words wait for the next Continue', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, noDrafts: true });
    await advanceTo(el, 'credentials');
    await pressContinue(el);
    const summary = () => inStep(el, '.error-summary')!.textContent!.replace(/\s+/g, ' ').trim();
    const inline = () => inStep(el, '#field-credentials-accessToken-error')?.textContent?.replace(/\s+/g, ' ').trim();
    const before = summary();
    const inlineBefore = inline();
    expect(before).to.contain('Enter the Admin API access token');
    const changes: string[] = [];
    new MutationObserver(() => changes.push(summary())).observe(inStep(el, '.error-summary')!, { childList: true, characterData: true, subtree: true });
    inStep<HTMLInputElement>(el, '#field-credentials-accessToken')!.focus();
    await sendKeys({ type: 'shpat_' });
    await settle(el);
    expect(summary(), 'the alert spoke again mid-typing with a new error').to.equal(before);
    expect(inline(), 'the error by the field').to.equal(inlineBefore);
    expect(changes, 'the summary never changed while typing').to.deep.equal([]);
    // Fixed: it goes (the summary keeps the other field error).
    await sendKeys({ type: SHOPIFY_TOKEN.slice('shpat_'.length) });
    await settle(el);
    expect(summary()).to.not.contain('Admin API access token');
    expect(summary()).to.contain('Enter the Store subdomain');
    // Broken again while typing: a new error, which waits for Continue.
    await sendKeys({ press: 'Backspace' });
    await settle(el);
    expect(summary()).to.not.contain('Admin API access token');
    await pressContinue(el);
    expect(summary()).to.contain('Starts with shpat_');
  });
});
