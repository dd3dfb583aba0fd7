/**
 * The demo's "manage your connectors" page (demo/index.html), loaded for real in an iframe
 * against the reference API: each test gives the page its own namespace (`?api=/api/ns/<uuid>`).
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './test/wait.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { AXE_TAGS } from './test/audit.js';
import { lateAnswersIn } from './test/demo-frame.js';
import { advanceTo, choose, currentStepId, freshApi, inStep, pressContinue, settle, SHOPIFY_TOKEN, shopifyPayload, type } from './test/fixtures.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';

type Api = ReturnType<typeof freshApi>;
type FrameWindow = Window & typeof globalThis & { axe?: Window['axe'] };

interface DemoPage {
  frame: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  /** Script errors, console.error calls and unhandled rejections in the page. */
  errors: string[];
  /** Whether the listeners were in place before the page's own script ran. */
  watchedFromStart: boolean;
  $<T extends Element = HTMLElement>(selector: string): T | null;
  $$<T extends Element = HTMLElement>(selector: string): T[];
}

const opened: DemoPage[] = [];

/** A turn of the event loop without the 4 ms clamp of nested timers. */
const tick = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * Opens the page on a namespace of the API. The listeners go into the page's window as soon as
 * its document exists: a module script runs only after it has been fetched, later than that.
 */
async function openPage(api: Api, { width = 1024, lang = 'en' } = {}): Promise<DemoPage> {
  localStorage.setItem('connector-wizard-demo:lang', lang);
  const base = api.endpoint.replace(/\/connectors$/u, '');
  const frame = document.createElement('iframe');
  frame.title = 'The demo page';
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  frame.src = `/demo/index.html?api=${encodeURIComponent(base)}`;
  document.body.append(frame);
  const errors: string[] = [];
  let win: FrameWindow | undefined;
  for (let i = 0; i < 20_000 && !win; i++) {
    const w = frame.contentWindow as FrameWindow | null;
    if (w && w.location.pathname.endsWith('/demo/index.html')) win = w;
    else await tick();
  }
  if (!win) throw new Error('The demo page did not start loading');
  const watchedFromStart = !win.customElements.get('connector-wizard');
  const consoleError = win.console.error.bind(win.console);
  win.console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.map(String).join(' ')}`);
    consoleError(...args);
  };
  win.addEventListener('error', (e) => errors.push(`error: ${e.message || (e.target as Element)?.outerHTML?.slice(0, 200)}`), true);
  win.addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${String(e.reason)}`));
  // Waits, not measures: the first page load transforms every module, slow on a busy machine.
  await waitUntil(() => win.document.readyState === 'complete', 'page loaded', { timeout: 15_000 });
  const doc = win.document;
  const page: DemoPage = {
    frame,
    win,
    doc,
    errors,
    watchedFromStart,
    $: (selector) => doc.querySelector(selector),
    $$: (selector) => [...doc.querySelectorAll(selector)] as never,
  };
  opened.push(page);
  await waitUntil(() => /\(\d+\)/u.test(page.$('#tab-live')!.textContent!), 'the list has loaded', { timeout: 15_000 });
  return page;
}

/** What the page showed the person, in one line. */
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';

/** axe over the whole page (its own landmarks and h1), every rule of the tags the repo uses. */
async function auditPage(page: DemoPage, state: string) {
  if (!page.win.axe) {
    const script = page.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    page.doc.head.append(script);
    await loaded;
  }
  const result = await page.win.axe!.run(page.doc.documentElement, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
  const problems = result.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  expect(problems, `axe on the demo page, ${state}`).to.deep.equal([]);
}

/** Every request the page made stayed on its own origin and was answered (no CDN, no 404 logo). */
function expectOnlyLocalRequests(page: DemoPage, { allowFailures = false } = {}) {
  const entries = page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const elsewhere = entries.filter((e) => new URL(e.name).origin !== page.win.location.origin).map((e) => e.name);
  expect(elsewhere, 'requests to other origins').to.deep.equal([]);
  if (allowFailures) return;
  const failed = entries.filter((e) => e.responseStatus >= 400).map((e) => `${e.responseStatus} ${new URL(e.name).pathname}`);
  expect(failed, 'failed requests').to.deep.equal([]);
}

const card = (page: DemoPage, name: string) => page.$$('.card').find((c) => text(c.querySelector('h2')) === name);
const action = (cardEl: Element | undefined, name: 'edit' | 'test' | 'delete') => cardEl!.querySelector<HTMLButtonElement>(`[data-action="${name}"]`)!;
/** A card's facts (its description list), by term. */
const facts = (cardEl: Element | undefined): Record<string, string> =>
  Object.fromEntries([...cardEl!.querySelectorAll('.facts > div')].map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]));
/** Add connector on the Live tab: the wizard it opens, once its System step is there. */
async function openAdd(page: DemoPage): Promise<ConnectorWizard> {
  page.$<HTMLButtonElement>('#panel-live .add-tile')!.click();
  const wizard = page.$<ConnectorWizard>('#wizard-host connector-wizard')!;
  await waitUntil(() => currentStepId(wizard) === 'system', 'the wizard opens', { timeout: 5000 });
  return wizard;
}
const cardNames = (page: DemoPage, env: 'live' | 'test') => page.$$(`#panel-${env} .card h2`).map(text);
const status = (page: DemoPage) => text(page.$('#status'));

const shipstation = (overrides: Record<string, unknown> = {}) => ({
  name: 'ShipStation US',
  system: 'shipstation',
  group: 'us',
  environment: 'live',
  timeZone: 'America/Los_Angeles',
  dateFormat: "yyyy-MM-dd'T'HH:mm:ss.SSSSSSS",
  authType: 'v2-api-key',
  credentials: { apiKey: 'a1b2c3d4e5f6' },
  ...overrides,
});

/** Three connectors: two live (UK, US), one testing. */
async function threeConnectors(api: Api) {
  await api.create(shopifyPayload({ name: 'Shopify UK', group: 'uk', environment: 'live', timeZone: 'Europe/London' }));
  await api.create(shipstation());
  await api.create(shopifyPayload({ name: 'Shopify UK sandbox', group: 'uk', environment: 'test' }));
}

afterEach(() => {
  for (const page of opened.splice(0)) page.frame.remove();
  // The page keeps its language and theme in localStorage, which the other test files share (and check is empty).
  for (const key of ['connector-wizard-demo:lang', 'connector-wizard-demo:theme']) localStorage.removeItem(key);
});

describe('the demo page (manage your connectors)', () => {
  it('has Live and Testing tabs with counts, an empty state on each, and works them by keyboard', async () => {
    const page = await openPage(freshApi());
    const live = page.$('#tab-live')!;
    const testing = page.$('#tab-test')!;
    expect(page.$('[role="tablist"]')).to.exist;
    expect(text(live)).to.equal('Live (0)');
    expect(text(testing)).to.equal('Testing (0)');
    expect(live.getAttribute('aria-selected')).to.equal('true');
    expect(page.$('#panel-live')!.getAttribute('aria-labelledby')).to.equal('tab-live');
    expect(text(page.$('#panel-live [data-empty] h2'))).to.equal('No live connectors yet');
    expect(text(page.$('#panel-live [data-empty] p'))).to.contain('real data');
    expect(text(page.$('#panel-live .add-tile'))).to.equal('+ Add connector');
    await auditPage(page, 'empty, Live tab');

    live.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(page.doc.activeElement).to.equal(testing);
    expect(testing.getAttribute('aria-selected')).to.equal('true');
    expect(testing.tabIndex).to.equal(0);
    expect(live.tabIndex).to.equal(-1);
    expect(page.$('#panel-live')!.hidden).to.equal(true);
    expect(page.$('#panel-test')!.hidden).to.equal(false);
    expect(text(page.$('#panel-test [data-empty] h2'))).to.equal('No testing connectors yet');
    expect(text(page.$('#panel-test [data-empty] p'))).to.contain('sandbox');
    expect(page.$('#panel-test .add-tile')).to.exist;
    await auditPage(page, 'empty, Testing tab');
    await sendKeys({ press: 'ArrowRight' });
    expect(page.doc.activeElement, 'wraps around').to.equal(live);
    await sendKeys({ press: 'End' });
    expect(page.doc.activeElement).to.equal(testing);
    await sendKeys({ press: 'Home' });
    expect(page.doc.activeElement).to.equal(live);
    // Tab leaves the tab list for the panel's content.
    await sendKeys({ press: 'Tab' });
    const tile = page.$('#panel-live .add-tile')!;
    expect(page.doc.activeElement).to.equal(tile);
    const ring = page.win.getComputedStyle(tile);
    expect(ring.outlineStyle, 'a visible focus ring').to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);

    // The Add tile opens the wizard for that tab's environment; Back returns to the tile.
    await sendKeys({ press: 'Enter' });
    const wizard = page.$<ConnectorWizard>('#wizard-host connector-wizard')!;
    expect(page.$('#list-view')!.hidden).to.equal(true);
    expect(text(page.$('#wizard-title'))).to.equal('Add connector');
    expect(page.doc.activeElement).to.equal(page.$('#wizard-title'));
    expect(wizard.environment).to.equal('live');
    expect(wizard.endpoint).to.equal(`${new URL(page.frame.src).searchParams.get('api')}/connectors`);
    page.$('#close-wizard')!.click();
    expect(page.$('#list-view')!.hidden).to.equal(false);
    expect(page.doc.activeElement).to.equal(page.$('#panel-live .add-tile'));
    expect(page.errors).to.deep.equal([]);
    expect(page.watchedFromStart, 'console watched from the start').to.equal(true);
    expectOnlyLocalRequests(page);
  });

  it('shows each connector as a card: logo, name, system, company group, time zone and created date', async () => {
    const api = freshApi();
    await threeConnectors(api);
    const page = await openPage(api);
    // The page's language (German here) formats the dates.
    const language = page.$<HTMLSelectElement>('#language')!;
    language.value = 'de';
    language.dispatchEvent(new Event('change'));
    // The wizard's host speaks it; the page, written in English, stays English (WCAG 3.1.1).
    expect(page.$('#wizard-host')!.lang).to.equal('de');
    expect(page.doc.documentElement.lang).to.equal('en');
    expect(text(page.$('#tab-live'))).to.equal('Live (2)');
    expect(text(page.$('#tab-test'))).to.equal('Testing (1)');
    expect(cardNames(page, 'live')).to.deep.equal(['Shopify UK', 'ShipStation US']);
    expect(cardNames(page, 'test')).to.deep.equal(['Shopify UK sandbox']);

    const shopify = card(page, 'Shopify UK')!;
    expect(text(shopify.querySelector('.system'))).to.equal('Shopify');
    const shown = facts(shopify);
    expect(shown['Company group']).to.equal('UK');
    expect(shown['Time zone']).to.equal('Europe/London');
    const stored = (await api.connectors()).find((c) => c.name === 'Shopify UK')!;
    if (typeof stored.createdAt === 'string') {
      const expected = new Intl.DateTimeFormat('de', { dateStyle: 'medium' }).format(new Date(stored.createdAt));
      expect(shown.Created).to.equal(expected);
      expect(shopify.querySelector('time')!.getAttribute('datetime')).to.equal(new Date(stored.createdAt).toISOString());
    } else {
      // A server that keeps no creation date: the card leaves the line out rather than guess.
      expect(shown).to.not.have.property('Created');
    }
    expect(facts(card(page, 'ShipStation US'))['Company group']).to.equal('US');

    // Logos come from the page's own origin; a system without one shows its initials.
    const logo = shopify.querySelector<HTMLImageElement>('img.logo');
    const monogram = shopify.querySelector('.monogram');
    expect(Boolean(logo) || Boolean(monogram)).to.equal(true);
    if (logo) {
      expect(new URL(logo.src).pathname).to.equal('/logos/shopify.svg');
      expect(logo.alt, 'the name is beside it').to.equal('');
    }
    expect(text(card(page, 'ShipStation US')!.querySelector('.monogram'))).to.equal('SH');
    expect(card(page, 'ShipStation US')!.querySelector('.monogram')!.getAttribute('aria-hidden')).to.equal('true');
    // Each action names its connector for anyone listing the page's buttons.
    expect(text(action(shopify, 'delete'))).to.equal('Delete Shopify UK');
    await auditPage(page, 'three connectors');
    // The wizard speaks the language chosen.
    page.$<HTMLButtonElement>('#panel-live .add-tile')!.click();
    const wizard = page.$<ConnectorWizard>('#wizard-host connector-wizard')!;
    await waitUntil(() => wizard.shadowRoot?.querySelector('.root')?.getAttribute('lang') === 'de', 'the wizard in German', { timeout: 5000 });
    // A switch while the wizard is open reaches it too.
    language.value = 'fr';
    language.dispatchEvent(new Event('change'));
    await waitUntil(() => wizard.shadowRoot?.querySelector('.root')?.getAttribute('lang') === 'fr', 'the open wizard in French', { timeout: 5000 });
    expect(page.errors).to.deep.equal([]);
    expectOnlyLocalRequests(page);
  });

  it('serves the sample systems’ logos from this package, with their licence', async () => {
    const catalogue = (await (await fetch('/demo/sample-catalogue.json')).json()) as { systems: { id: string; logo?: string }[] };
    const logos = catalogue.systems.filter((s) => s.logo).map((s) => s.logo!);
    expect(logos.length).to.be.greaterThan(0);
    for (const logo of logos) {
      expect(logo, 'a local logo').to.match(/^\/logos\/[a-z0-9-]+\.svg$/u);
      // Vite serves demo/public/ at the root.
      const response = await fetch(`/demo/public${logo}`);
      expect(response.status, logo).to.equal(200);
      expect(await response.text()).to.match(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/u);
    }
    const licence = await (await fetch('/demo/public/logos/LICENSE.md')).text();
    expect(licence).to.contain('CC0');
    expect(licence).to.contain('simple-icons');
  });

  it('Edit opens the wizard with the connector; after Save the list and a status message show the change', async () => {
    const api = freshApi();
    await threeConnectors(api);
    const page = await openPage(api);
    // Back to connectors without saving: focus returns to the Edit button that opened it.
    action(card(page, 'ShipStation US'), 'edit').click();
    expect(page.$('#list-view')!.hidden).to.equal(true);
    page.$('#close-wizard')!.click();
    expect(page.doc.activeElement).to.equal(action(card(page, 'ShipStation US'), 'edit'));

    action(card(page, 'ShipStation US'), 'edit').click();
    const wizard = page.$<ConnectorWizard>('#wizard-host connector-wizard')!;
    await waitUntil(() => currentStepId(wizard) === 'general', 'the wizard opens on General', { timeout: 5000 });
    await settle(wizard);
    expect(text(page.$('#wizard-title'))).to.equal('Edit “ShipStation US”');
    expect(wizard.connector).to.include({ name: 'ShipStation US', system: 'shipstation', environment: 'live' });
    expect(wizard.noDrafts, 'an edit keeps no draft').to.equal(true);
    expect(inStep<HTMLInputElement>(wizard, '#field-name')!.value).to.equal('ShipStation US');
    await type(wizard, '#field-name', 'ShipStation North America');
    await wizard.goTo('review');
    await settle(wizard);
    await wizard.submit();
    await waitUntil(() => !page.$('#list-view')!.hidden, 'back on the list', { timeout: 5000 });
    expect(cardNames(page, 'live')).to.deep.equal(['Shopify UK', 'ShipStation North America']);
    expect(status(page)).to.equal('“ShipStation North America” was updated.');
    expect(page.doc.activeElement).to.equal(card(page, 'ShipStation North America'));
    expect(page.$('#wizard-host connector-wizard')).to.equal(null);
    expect((await api.log()).filter((e) => e.method === 'PATCH')).to.have.length(1);
    expect(page.errors).to.deep.equal([]);
    expectOnlyLocalRequests(page);
  });

  it('company groups that failed to load with the page are asked for again when the wizard opens', async () => {
    const api = freshApi();
    // The page's first API request is GET groups: it fails.
    await api.faults({ kind: 'status', status: 503 });
    const page = await openPage(api);
    await waitUntil(async () => (await api.log()).some((e) => e.path.endsWith('/groups') && e.status === 503), 'groups failed', { timeout: 5000 });
    page.$<HTMLButtonElement>('#panel-live .add-tile')!.click();
    const wizard = page.$<ConnectorWizard>('#wizard-host connector-wizard')!;
    await waitUntil(() => wizard.groups.length === 2, 'groups loaded for the wizard', { timeout: 5000 });
    await advanceTo(wizard, 'general');
    expect(inStep(wizard, 'input[name="group"]') !== null, 'a group to choose').to.equal(true);
    expect(page.errors).to.deep.equal([]);
  });

  it('company groups that fail to load again when the wizard opens are said there, with Try again, not only refused at the end', async () => {
    const api = freshApi();
    // The page's first API request is GET groups: it fails, and so does the one the wizard's opening makes.
    await api.faults({ kind: 'status', status: 503 });
    const page = await openPage(api);
    await api.faults({ kind: 'status', status: 503, method: 'GET' });
    const wizard = await openAdd(page);
    const alert = () => page.$$('#wizard-view [role="alert"]').find((a) => !a.closest('[hidden]') && /company groups could not be loaded/u.test(text(a)));
    await waitUntil(alert, 'the wizard view says the groups could not be loaded', { timeout: 5000 });
    await auditPage(page, 'the groups could not be loaded');
    alert()!.querySelector<HTMLButtonElement>('button')!.focus();
    alert()!.querySelector<HTMLButtonElement>('button')!.click();
    await waitUntil(() => wizard.groups.length === 2, 'Try again loads them for the wizard', { timeout: 5000 });
    await waitUntil(() => !alert(), 'the alert goes', { timeout: 5000 });
    expect(page.doc.activeElement, 'the focus the alert had goes to the title').to.equal(page.$('#wizard-title'));
    await advanceTo(wizard, 'general');
    expect(inStep(wizard, 'input[name="group"]') !== null, 'a group to choose').to.equal(true);
    expect(page.errors).to.deep.equal([]);
  });

  it('an edit whose connector was deleted meanwhile says so, and Back to connectors shows the list as it is now', async () => {
    const api = freshApi();
    await threeConnectors(api);
    const page = await openPage(api);
    action(card(page, 'ShipStation US'), 'edit').click();
    const wizard = page.$<ConnectorWizard>('#wizard-host connector-wizard')!;
    await waitUntil(() => currentStepId(wizard) === 'general', 'the wizard opens on General', { timeout: 5000 });
    const gone = (await api.connectors()).find((c) => c.name === 'ShipStation US')!;
    expect((await fetch(`${api.endpoint}/${gone.id as string}`, { method: 'DELETE' })).status).to.equal(204);
    await type(wizard, '#field-name', 'ShipStation US (renamed)');
    await wizard.goTo('review');
    await settle(wizard);
    await wizard.submit();
    await settle(wizard);
    expect(text(wizard.shadowRoot!.querySelector('[part="submit-error"]'))).to.contain('no longer exists');
    page.$<HTMLButtonElement>('#close-wizard')!.click();
    await waitUntil(() => cardNames(page, 'live').length === 1, 'the list as it is now', { timeout: 5000 });
    expect(cardNames(page, 'live')).to.deep.equal(['Shopify UK']);
    expect(page.doc.activeElement !== page.doc.body, 'the focus is somewhere').to.equal(true);
    expect(page.errors).to.deep.equal([]);
  });

  it('Add connector creates one through the wizard: its card appears in its tab, focused, with a status message', async () => {
    const api = freshApi();
    const page = await openPage(api);
    const wizard = await openAdd(page);
    await advanceTo(wizard, 'review');
    await wizard.submit();
    await waitUntil(() => !page.$('#list-view')!.hidden, 'back on the list', { timeout: 5000 });
    expect(text(page.$('#tab-live'))).to.equal('Live (1)');
    expect(cardNames(page, 'live')).to.deep.equal(['Shopify UK']);
    expect(status(page)).to.equal('“Shopify UK” was created in Live.');
    expect(page.doc.activeElement).to.equal(card(page, 'Shopify UK'));
    expect(page.errors).to.deep.equal([]);
  });

  it('Test shows the account and every check in words, and announces the result', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shopify UK' }));
    await api.create(shopifyPayload({ name: 'Shopify unknown', group: 'us', credentials: { shop: 'unknown-store', accessToken: SHOPIFY_TOKEN } }));
    await api.create(shopifyPayload({ name: 'Shopify unreachable', environment: 'test', credentials: { shop: 'unreachable-store', accessToken: SHOPIFY_TOKEN } }));
    const page = await openPage(api);
    const good = card(page, 'Shopify UK')!;
    const region = good.querySelector('.test-result')!;
    expect(region.getAttribute('role'), 'a live region, there before the result').to.equal('status');
    action(good, 'test').click();
    await waitUntil(() => region.getAttribute('data-test-state') && region.getAttribute('data-test-state') !== 'testing', 'a result', { timeout: 5000 });
    expect(region.getAttribute('data-test-state')).to.equal('passed');
    expect(text(region)).to.contain('The connection works.');
    expect(text(region)).to.contain('Connected as my-store.myshopify.com.');
    const checks = [...good.querySelectorAll('.check')];
    expect(checks.length).to.be.greaterThan(0);
    for (const check of checks) {
      expect(text(check)).to.match(/^. (Passed|Failed|Skipped): \S/u);
      expect(check.querySelector('.icon')!.getAttribute('aria-hidden')).to.equal('true');
    }
    expect(checks.map((c) => c.getAttribute('data-check'))).to.include('account');

    const bad = card(page, 'Shopify unknown')!;
    action(bad, 'test').click();
    const badRegion = bad.querySelector('.test-result')!;
    await waitUntil(() => ['failed', 'error'].includes(badRegion.getAttribute('data-test-state') ?? ''), 'a failed result', { timeout: 5000 });
    expect(badRegion.getAttribute('data-test-state')).to.equal('failed');
    expect(text(badRegion)).to.contain('The connection failed.');
    const account = bad.querySelector('[data-check="account"]')!;
    expect(account.getAttribute('data-status')).to.equal('failed');
    expect(text(account)).to.match(/Failed: Account found\. .*unknown-store/u);

    // A test that cannot finish says why, plainly.
    const unreachable = card(page, 'Shopify unreachable')!;
    action(unreachable, 'test').click();
    const unreachableRegion = unreachable.querySelector('.test-result')!;
    await waitUntil(() => ['failed', 'error', 'passed'].includes(unreachableRegion.getAttribute('data-test-state') ?? ''), 'an answer', { timeout: 5000 });
    expect(unreachableRegion.getAttribute('data-test-state')).to.equal('error');
    expect(text(unreachableRegion)).to.match(/^The connection could not be tested: the server answered 5\d\d\b.*\. Try again in a moment\.$/u);
    expect(unreachable.querySelector('.check'), 'no checks to show').to.equal(null);

    // One deleted meanwhile (by someone else) leaves the list, and the page says so.
    const gone = (await api.connectors()).find((c) => c.name === 'Shopify UK')!;
    await fetch(`${api.endpoint}/${gone.id}`, { method: 'DELETE' });
    action(good, 'test').click();
    await waitUntil(() => !card(page, 'Shopify UK'), 'the card goes', { timeout: 5000 });
    expect(status(page)).to.equal('“Shopify UK” no longer exists; someone else may have deleted it.');
    expect(page.doc.activeElement, 'focus moves on').to.equal(card(page, 'Shopify unknown'));
    await auditPage(page, 'test results');
    expect(page.errors).to.deep.equal([]);
    expectOnlyLocalRequests(page, { allowFailures: true });
  });

  it('Delete asks first, naming the connector; Cancel keeps it, Delete removes it and moves focus to the next card', async () => {
    const api = freshApi();
    await threeConnectors(api);
    const page = await openPage(api);
    const dialog = page.$<HTMLDialogElement>('#delete-dialog')!;
    const deleteShopify = action(card(page, 'Shopify UK'), 'delete');
    deleteShopify.focus();
    await sendKeys({ press: 'Enter' });
    expect(dialog.open).to.equal(true);
    expect(text(dialog.querySelector('h2'))).to.equal('Delete “Shopify UK”?');
    expect(text(dialog)).to.contain('the live Shopify connector of UK');
    expect(page.doc.activeElement, 'the safe choice first').to.equal(dialog.querySelector('[data-delete-cancel]'));
    await auditPage(page, 'delete dialog');
    await sendKeys({ press: 'Enter' });
    expect(dialog.open).to.equal(false);
    expect(cardNames(page, 'live')).to.deep.equal(['Shopify UK', 'ShipStation US']);
    expect(page.doc.activeElement, 'back to its Delete button').to.equal(deleteShopify);
    // Escape cancels too.
    await sendKeys({ press: 'Enter' });
    expect(dialog.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.equal(false);
    expect((await api.connectors()).length).to.equal(3);

    await sendKeys({ press: 'Enter' });
    // While it is deleting, Cancel and Escape cannot pretend to keep it.
    await api.faults({ kind: 'slow', held: true });
    dialog.querySelector<HTMLButtonElement>('[data-delete-confirm]')!.click();
    try {
      dialog.querySelector<HTMLButtonElement>('[data-delete-cancel]')!.click();
      expect(dialog.open, 'Cancel while deleting').to.equal(true);
      dialog.querySelector<HTMLButtonElement>('[data-delete-cancel]')!.focus();
      await sendKeys({ press: 'Escape' });
      expect(dialog.open, 'Escape while deleting').to.equal(true);
    } finally {
      await api.release();
    }
    await waitUntil(() => !dialog.open, 'deleted', { timeout: 5000 });
    expect(cardNames(page, 'live')).to.deep.equal(['ShipStation US']);
    expect(text(page.$('#tab-live'))).to.equal('Live (1)');
    expect(status(page)).to.equal('“Shopify UK” was deleted.');
    expect(page.doc.activeElement, 'the next card').to.equal(card(page, 'ShipStation US'));
    expect((await api.connectors()).map((c) => c.name)).to.deep.equal(['ShipStation US', 'Shopify UK sandbox']);

    // The last card of a tab: focus goes to that tab's Add tile.
    action(card(page, 'ShipStation US'), 'delete').focus();
    await sendKeys({ press: 'Enter' });
    dialog.querySelector<HTMLButtonElement>('[data-delete-confirm]')!.click();
    await waitUntil(() => !dialog.open, 'deleted', { timeout: 5000 });
    expect(text(page.$('#tab-live'))).to.equal('Live (0)');
    expect(page.$('#panel-live [data-empty]')).to.exist;
    expect(page.doc.activeElement).to.equal(page.$('#panel-live .add-tile'));
    expect(page.errors).to.deep.equal([]);
    expectOnlyLocalRequests(page);
  });

  it('Delete of the last card in a list moves focus to the previous one', async () => {
    const api = freshApi();
    await threeConnectors(api);
    const page = await openPage(api);
    action(card(page, 'ShipStation US'), 'delete').focus();
    await sendKeys({ press: 'Enter' });
    page.$<HTMLButtonElement>('#delete-dialog [data-delete-confirm]')!.click();
    await waitUntil(() => !page.$<HTMLDialogElement>('#delete-dialog')!.open, 'deleted', { timeout: 5000 });
    expect(page.doc.activeElement).to.equal(card(page, 'Shopify UK'));
  });

  it('a failed delete says so and keeps the card', async () => {
    const api = freshApi();
    await threeConnectors(api);
    const page = await openPage(api);
    await api.faults({ kind: 'status', status: 503 });
    action(card(page, 'Shopify UK'), 'delete').click();
    const dialog = page.$<HTMLDialogElement>('#delete-dialog')!;
    dialog.querySelector<HTMLButtonElement>('[data-delete-confirm]')!.click();
    const error = dialog.querySelector<HTMLElement>('[data-delete-error]')!;
    await waitUntil(() => !error.hidden, 'the error is shown', { timeout: 5000 });
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.match(/^“Shopify UK” could not be deleted: the server answered 503.* It is still there; try again, or cancel\.$/u);
    expect(dialog.open).to.equal(true);
    dialog.querySelector<HTMLButtonElement>('[data-delete-cancel]')!.click();
    expect(cardNames(page, 'live')).to.deep.equal(['Shopify UK', 'ShipStation US']);
    expect(status(page)).to.equal('');
  });

  it('Back from a wizard not sending removes it, and the secrets typed in it with it', async () => {
    const page = await openPage(freshApi());
    const wizard = await openAdd(page);
    await advanceTo(wizard, 'credentials');
    await type(wizard, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    page.$('#close-wizard')!.click();
    // Once the answers are known to be in the draft (see the leave dialog).
    await waitUntil(() => !wizard.isConnected, 'removed');
    expect(page.doc.querySelectorAll('connector-wizard').length).to.equal(0);
  });

  it('Escape pressed twice while deleting: the dialog stays until the outcome', async () => {
    const api = freshApi();
    await threeConnectors(api);
    const page = await openPage(api);
    await api.faults({ kind: 'slow', held: true });
    const dialog = page.$<HTMLDialogElement>('#delete-dialog')!;
    action(card(page, 'Shopify UK'), 'delete').focus();
    await sendKeys({ press: 'Enter' });
    dialog.querySelector<HTMLButtonElement>('[data-delete-confirm]')!.focus();
    await sendKeys({ press: 'Enter' });
    try {
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      expect(dialog.open, 'open while deleting').to.equal(true);
    } finally {
      await api.release();
    }
    await waitUntil(() => !dialog.open, 'deleted, then closed', { timeout: 5000 });
    expect(cardNames(page, 'live')).to.deep.equal(['ShipStation US']);
    expect(status(page)).to.equal('“Shopify UK” was deleted.');
  });

  it('a list asked for before a delete, answering after it, does not bring the deleted card back', async () => {
    const api = freshApi();
    await threeConnectors(api);
    const page = await openPage(api);
    const gets = async () => (await api.log()).filter((e) => e.method === 'GET').length;
    const before = await gets();
    action(card(page, 'ShipStation US'), 'edit').click();
    // The wizard asks for the list itself; then Back asks again: that list is made at once, and comes late.
    await waitUntil(async () => (await gets()) > before, 'the wizard asked', { timeout: 5000 });
    await api.faults({ kind: 'late', held: true, method: 'GET' });
    page.$('#close-wizard')!.click();
    try {
      action(card(page, 'Shopify UK'), 'delete').click();
      page.$<HTMLButtonElement>('[data-delete-confirm]')!.click();
      await waitUntil(() => status(page) === '“Shopify UK” was deleted.', 'deleted', { timeout: 5000 });
    } finally {
      // The late list comes only now, after the delete.
      await lateAnswersIn(page.win, api);
    }
    expect(cardNames(page, 'live'), 'the deleted card stays gone').to.deep.equal(['ShipStation US']);
  });

  it('at 320 px a long unbroken name wraps: the edit title, the delete dialog and the status never scroll sideways', async () => {
    const api = freshApi();
    const long = `Shopify${'X'.repeat(60)}`;
    await api.create(shopifyPayload({ name: long }));
    const page = await openPage(api, { width: 320 });
    const fits = () => page.doc.documentElement.scrollWidth <= 320;
    expect(fits(), 'the list').to.equal(true);
    action(card(page, long), 'edit').click();
    expect(fits(), 'the edit title').to.equal(true);
    page.$('#close-wizard')!.click();
    await waitUntil(() => !page.$('#list-view')!.hidden, 'the list');
    action(card(page, long), 'delete').click();
    const dialog = page.$('#delete-dialog')!;
    expect(dialog.scrollWidth <= dialog.clientWidth, 'the dialog').to.equal(true);
    page.$<HTMLButtonElement>('[data-delete-confirm]')!.click();
    await waitUntil(() => !card(page, long), 'deleted', { timeout: 5000 });
    expect(fits(), 'the status').to.equal(true);
  });

  it('in Arabic, dates in the chosen language carry it: read with that language, not the English of the page', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shopify UK' }));
    const page = await openPage(api, { lang: 'ar' });
    await waitUntil(() => page.$('.card time'), 'a card');
    const time = page.$('.card time')!;
    expect(time.getAttribute('lang')).to.equal('ar');
    expect(page.doc.documentElement.lang, 'the page stays English').to.equal('en');
  });

  it('Follow the system, in a dark system: the page turns dark with the wizard', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const page = await openPage(freshApi());
      expect(page.win.getComputedStyle(page.doc.documentElement).backgroundColor).to.equal('rgb(17, 18, 19)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('says when the list cannot be loaded, and loads it on Try again', async () => {
    const api = freshApi();
    await api.create(shopifyPayload());
    await api.faults({ kind: 'status', status: 500 }, { kind: 'status', status: 500 });
    const frame = document.createElement('iframe');
    frame.src = `/demo/index.html?api=${encodeURIComponent(api.endpoint.replace(/\/connectors$/u, ''))}`;
    document.body.append(frame);
    opened.push({ frame } as DemoPage);
    const doc = () => frame.contentDocument!;
    await waitUntil(() => doc().querySelector<HTMLElement>('#list-error') && !doc().querySelector<HTMLElement>('#list-error')!.hidden, 'the error', { timeout: 5000 });
    expect(text(doc().querySelector('#list-error-text'))).to.match(/^The connectors could not be loaded: the server answered 500/u);
    expect(text(doc().querySelector('#tab-live')), 'no count it does not know').to.equal('Live');
    expect(doc().querySelector('#panel-live [data-empty]'), 'not called empty').to.equal(null);
    for (let i = 0; i < 3 && !/\(1\)/u.test(text(doc().querySelector('#tab-live'))); i++) {
      doc().querySelector<HTMLButtonElement>('#list-retry')!.focus();
      doc().querySelector<HTMLButtonElement>('#list-retry')!.click();
      await waitUntil(() => !doc().querySelector('#list-retry')!.hasAttribute('aria-disabled'), 'the list answered', { timeout: 5000 });
    }
    expect(text(doc().querySelector('#tab-live'))).to.equal('Live (1)');
    expect(doc().querySelector<HTMLElement>('#list-error')!.hidden).to.equal(true);
    expect(doc().activeElement === doc().querySelector('#tab-live'), 'the focus Try again had went to the tab showing the list, not to the page').to.equal(true);
  });

  it('Continue in this tab (a blocked popup): back from the provider, the wizard reopens connected and the address keeps the page’s own fragment', async () => {
    const page = await openPage(freshApi());
    page.win.history.replaceState(null, '', `${page.win.location.pathname}${page.win.location.search}#/connectors/live`);
    const wizard = await openAdd(page);
    await choose(wizard, '#system-xero');
    await pressContinue(wizard);
    await advanceTo(wizard, 'auth');
    await choose(wizard, '#auth-oauth');
    await pressContinue(wizard);
    expect(currentStepId(wizard)).to.equal('credentials');
    // The browser blocks the popup.
    page.win.open = () => null;
    inStep<HTMLButtonElement>(wizard, '[part~="connect"]')!.click();
    await waitUntil(() => inStep(wizard, '[data-oauth-tab]'), 'offered to continue in this tab');
    inStep<HTMLButtonElement>(wizard, '[data-oauth-tab]')!.click();
    const inFrame = () => page.frame.contentWindow!;
    await waitUntil(() => inFrame().location.pathname === '/api/oauth/start' || inFrame().document.querySelector('#allow'), 'at the provider', { timeout: 5000 });
    await waitUntil(() => inFrame().document.readyState === 'complete' && inFrame().document.querySelector('#allow'), 'the consent page', { timeout: 5000 });
    inFrame().document.querySelector<HTMLAnchorElement>('#allow')!.click();
    await waitUntil(() => inFrame().location.pathname.endsWith('/demo/index.html') && inFrame().document.querySelector('#wizard-host connector-wizard'), 'back on the page', {
      timeout: 8000,
    });
    const back = inFrame().document.querySelector<ConnectorWizard>('#wizard-host connector-wizard')!;
    await waitUntil(() => inStep(back, '#oauth-status')?.textContent?.includes('Connected to Xero'), 'connected', { timeout: 8000 });
    expect(currentStepId(back)).to.equal('credentials');
    expect(inFrame().location.hash, 'the page’s own route, the return gone').to.equal('#/connectors/live');
  });

  it('an edit of a sign-in connector, the popup blocked: Continue in this tab (said first to lose the edit s answers) comes back to the edit, connected', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Xero books', system: 'xero', authType: 'oauth', credentials: { connectionRef: 'conn_old' } }));
    const page = await openPage(api);
    action(card(page, 'Xero books'), 'edit').click();
    const wizard = page.$<ConnectorWizard>('#wizard-host connector-wizard')!;
    await waitUntil(() => currentStepId(wizard) === 'general', 'the edit opens', { timeout: 5000 });
    await wizard.goTo('credentials');
    await settle(wizard);
    page.win.open = () => null;
    inStep<HTMLButtonElement>(wizard, '[part~="connect"]')!.click();
    await waitUntil(() => inStep(wizard, '[data-oauth-tab]'), 'offered to continue in this tab');
    inStep<HTMLButtonElement>(wizard, '[data-oauth-tab]')!.click();
    await waitUntil(() => wizard.shadowRoot!.querySelector('[part="submit-error"]'), 'said first');
    expect(text(wizard.shadowRoot!.querySelector('[part="submit-error"]'))).to.contain('This page keeps no drafts');
    inStep<HTMLButtonElement>(wizard, '[data-oauth-tab]')!.click();
    const inFrame = () => page.frame.contentWindow!;
    await waitUntil(() => inFrame().document.readyState === 'complete' && inFrame().document.querySelector('#allow'), 'the consent page', { timeout: 5000 });
    inFrame().document.querySelector<HTMLAnchorElement>('#allow')!.click();
    await waitUntil(
      () => inFrame().location.pathname.endsWith('/demo/index.html') && inFrame().document.querySelector('#wizard-host connector-wizard'),
      'back on the page, in the edit',
      {
        timeout: 8000,
      },
    );
    const back = inFrame().document.querySelector<ConnectorWizard>('#wizard-host connector-wizard')!;
    expect(text(inFrame().document.querySelector('#wizard-title'))).to.equal('Edit “Xero books”');
    await settle(back);
    await back.goTo('credentials');
    await settle(back);
    await waitUntil(() => inStep(back, '#oauth-status')?.textContent?.includes('Connected to Xero'), 'connected', { timeout: 8000 });
  });

  it('Back while a create is being sent: the connector the server makes is listed and said, and leaves no draft behind', async () => {
    const api = freshApi();
    const page = await openPage(api);
    const wizard = await openAdd(page);
    await advanceTo(wizard, 'review');
    const name = `Sent ${crypto.randomUUID().slice(0, 8)}`;
    await wizard.goTo('general');
    await type(wizard, '#field-name', name);
    await wizard.goTo('review');
    await settle(wizard);
    await api.faults({ kind: 'slow', held: true });
    void wizard.submit();
    try {
      await waitUntil(() => wizard.sending, 'sending', { timeout: 5000 });
      page.$('#close-wizard')!.click();
      expect(page.$('#list-view')!.hidden).to.equal(false);
      // Another wizard opened meanwhile does not take the one still sending off the page.
      page.$<HTMLButtonElement>('#panel-live .add-tile')!.click();
      expect(wizard.isConnected, 'kept aside while sending').to.equal(true);
      page.$('#close-wizard')!.click();
    } finally {
      await api.release();
    }
    await waitUntil(() => cardNames(page, 'live').includes(name), 'listed once the server made it', { timeout: 5000 });
    expect(status(page)).to.equal(`“${name}” was created in Live.`);
    expect(text(page.$('#tab-live'))).to.equal('Live (1)');
    await waitUntil(() => !page.$$('#draft-list li').some((li) => text(li).startsWith(name)), 'no draft left to continue', { timeout: 5000 });
    expect(await api.connectors()).to.have.length(1);
    expect(page.errors).to.deep.equal([]);
  });

  it('Back while a create is being sent that the server refuses (a 422): said, the wizard removed, its draft offered', async () => {
    const api = freshApi();
    const page = await openPage(api);
    const wizard = await openAdd(page);
    await advanceTo(wizard, 'review');
    const name = `Refused ${crypto.randomUUID().slice(0, 8)}`;
    await wizard.goTo('general');
    await type(wizard, '#field-name', name);
    await wizard.goTo('review');
    await settle(wizard);
    await api.faults({ kind: 'invalid', method: 'POST', held: true, errors: [{ pointer: '/name', detail: 'That name is reserved' }] });
    void wizard.submit();
    try {
      await waitUntil(() => wizard.sending, 'sending', { timeout: 5000 });
      page.$('#close-wizard')!.click();
      expect(wizard.isConnected, 'kept aside while sending').to.equal(true);
    } finally {
      await api.release();
    }
    await waitUntil(() => !wizard.isConnected, 'removed once the refusal came', { timeout: 5000 });
    expect(status(page)).to.equal('The connector you left was not created: the server asked for changes to it. Its draft is under “Continue where you left off”.');
    await waitUntil(() => page.$$('#draft-list li').some((li) => text(li).startsWith(name)), 'its draft offered', { timeout: 5000 });
    expect(await api.connectors()).to.have.length(0);
  });

  it('Back while an edit is being saved: a save that succeeds is never said to have failed, and a refused one is said as an edit', async () => {
    const api = freshApi();
    await threeConnectors(api);
    const page = await openPage(api);
    const said: string[] = [];
    new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => said.push(n.textContent ?? '')))).observe(page.$('#status')!, {
      childList: true,
      subtree: true,
    });
    const leaveWhileSaving = async (name: string, renamed: string, ...faults: Record<string, unknown>[]) => {
      action(card(page, name), 'edit').click();
      const wizard = page.$<ConnectorWizard>('#wizard-host connector-wizard')!;
      await waitUntil(() => currentStepId(wizard) === 'general', 'opens on General', { timeout: 5000 });
      await settle(wizard);
      await type(wizard, '#field-name', renamed);
      await wizard.goTo('review');
      await settle(wizard);
      // The save is held until Back is pressed; the faults after it (lists) as given.
      const [save, ...after] = faults;
      await api.faults({ ...save, held: true }, ...after);
      void wizard.submit();
      try {
        await waitUntil(() => wizard.sending, 'sending', { timeout: 5000 });
        page.$('#close-wizard')!.click();
      } finally {
        await api.release();
      }
      await waitUntil(() => !wizard.isConnected, 'its answer came', { timeout: 8000 });
    };
    // Slow lists as well: the list asked for after the save is still coming when the save's answer is in.
    const slowList = { kind: 'slow', method: 'GET', delayMs: 1000 };
    await leaveWhileSaving('ShipStation US', 'ShipStation North America', { kind: 'slow', method: 'PATCH' }, slowList, slowList, slowList);
    await waitUntil(() => status(page) === '“ShipStation North America” was updated.', 'said updated', { timeout: 8000 });
    expect(
      said.filter((s) => s.includes('not')),
      'never said to have failed',
    ).to.deep.equal([]);
    const name = cardNames(page, 'live')[0]!;
    await leaveWhileSaving(name, 'Refused rename', { kind: 'invalid', method: 'PATCH', errors: [{ pointer: '/name', detail: 'Taken' }] });
    expect(status(page)).to.equal(`The changes to “${name}” you left were not saved: the server asked for changes to them.`);
  });

  it('Back while an edit is being saved: a save the server answers 204 No Content is never said to have failed', async () => {
    const api = freshApi();
    await threeConnectors(api);
    const page = await openPage(api);
    action(card(page, 'ShipStation US'), 'edit').click();
    const wizard = page.$<ConnectorWizard>('#wizard-host connector-wizard')!;
    await waitUntil(() => currentStepId(wizard) === 'general', 'opens on General', { timeout: 5000 });
    await settle(wizard);
    await type(wizard, '#field-name', 'ShipStation North America');
    await wizard.goTo('review');
    await settle(wizard);
    await api.faults({ kind: 'status', method: 'PATCH', status: 204, held: true });
    void wizard.submit();
    try {
      await waitUntil(() => wizard.sending, 'sending', { timeout: 5000 });
      page.$('#close-wizard')!.click();
    } finally {
      await api.release();
    }
    await waitUntil(() => !wizard.isConnected, 'its answer came', { timeout: 8000 });
    // Done, as the wizard says too: only its answer is unknown.
    expect(status(page)).to.equal('The changes to “ShipStation US” you left were saved, but the server’s answer could not be read: look at it in the list.');
  });

  it('Continue the only draft, discard it, go back: the focus goes to the Add tile, never to the page', async () => {
    const { DEFAULT_DRAFT_DATABASE } = await import('./index.js');
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(DEFAULT_DRAFT_DATABASE);
      request.onsuccess = request.onerror = request.onblocked = resolve;
    });
    const page = await openPage(freshApi());
    const first = await openAdd(page);
    await advanceTo(first, 'general');
    const name = `Draft ${crypto.randomUUID().slice(0, 8)}`;
    await type(first, '#field-name', name);
    page.$('#close-wizard')!.click();
    await waitUntil(() => page.$$('#draft-list li').length === 1, 'the only draft', { timeout: 5000 });
    page.$$('#draft-list li')[0]!.querySelector('button')!.click();
    const again = page.$<ConnectorWizard>('#wizard-host connector-wizard')!;
    await waitUntil(() => inStep<HTMLInputElement>(again, '#field-name')?.value === name, 'restored', { timeout: 5000 });
    await again.reset();
    await settle(again);
    page.$('#close-wizard')!.click();
    await waitUntil(() => page.$('#drafts')!.hidden, 'no drafts left', { timeout: 5000 });
    await waitUntil(() => page.doc.activeElement === page.$('#panel-live .add-tile'), 'the Add tile', { timeout: 5000 });
  });

  it('keeps the drafts list: a connector started and left is offered to continue', async () => {
    const page = await openPage(freshApi());
    const name = `Draft ${crypto.randomUUID().slice(0, 8)}`;
    const wizard = await openAdd(page);
    await advanceTo(wizard, 'general');
    await type(wizard, '#field-name', name);
    page.$('#close-wizard')!.click();
    await waitUntil(() => page.$$('#draft-list li').some((li) => text(li).startsWith(name)), 'the draft is listed', { timeout: 5000 });
    expect(page.$('#drafts')!.hidden).to.equal(false);
    const item = page.$$('#draft-list li').find((li) => text(li).startsWith(name))!;
    expect(text(item)).to.contain(`${name} · Shopify · General · saved`);
    item.querySelector('button')!.click();
    const again = page.$<ConnectorWizard>('#wizard-host connector-wizard')!;
    await waitUntil(() => inStep<HTMLInputElement>(again, '#field-name')?.value === name, 'the draft is restored', { timeout: 5000 });
    await again.reset();
    page.$('#close-wizard')!.click();
    await waitUntil(() => !page.$$('#draft-list li').some((li) => text(li).startsWith(name)), 'the discarded draft is gone', { timeout: 5000 });
  });
});
