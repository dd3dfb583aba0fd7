/**
 * "Connect with {system}" against the reference API's stand-in provider (demo/api): a real popup,
 * a real consent page, a real callback posting to the opener.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import type { WizardErrorEvent } from '../events/error-event.js';
import { emptyWizardData, type ConnectorPayload } from '../schemas/wizard-data.js';
import { DraftStore } from '../storage/draft-store.js';
import { audit } from '../test/audit.js';
import { readDraft } from '../test/stored.js';
import { choose, currentStepId, deepActiveElement, inStep, pressContinue, sampleCatalogue, settle, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import {
  atConnect as connectAt,
  broadcast,
  clickWithPopupsBlocked,
  closePopup,
  connect,
  oauthMessage,
  oauthMessagesHeard,
  popup,
  navigationsWhile,
  oauthStatus as status,
  toOAuthCredentials,
} from '../test/oauth-fixtures.js';

const atConnect = (startUrl = '/api/oauth/start', draftDatabase = uniqueDatabase()) => connectAt({ startUrl, draftDatabase });

/** Clicks `button` while the browser blocks popups (window.open answers null), and lets the wizard settle. */
describe('OAuth: connect with a system', () => {
  it('connects through the popup, shows the account, and sends only the connection reference', async () => {
    const el = await atConnect();
    await audit(el, 'connect step');
    const created: ConnectorPayload[] = [];
    el.addEventListener('connector-created', (e) => created.push(e.detail.connector as ConnectorPayload));
    inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
    const win = await popup();
    expect(win.name, 'the window s name, which the provider s pages can read, names no draft').to.match(/^connector-wizard-oauth-[a-z0-9]+$/);
    expect(new URL(win.location.href).searchParams.get('state')).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect(new URL(win.location.href).searchParams.get('system')).to.equal('xero');
    await waitUntil(() => status(el).dataset.oauth === 'waiting', 'waiting', { timeout: 5_000 });
    (win.document.querySelector('#allow') as HTMLAnchorElement).click();
    await waitUntil(() => status(el).textContent!.includes('Connected to Xero as demo-account@xero.example'), 'connected', { timeout: 5000 });
    await waitUntil(() => win.closed, 'popup closed by the callback', { timeout: 5_000 });
    await audit(el, 'connected');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
    expect(inStep(el, '.row[data-key="connection"] dd.value')!.textContent).to.contain('demo-account@xero.example');
    await el.submit();
    expect(created).to.have.length(1);
    expect(Object.keys(created[0]!.credentials)).to.deep.equal(['connectionRef']);
    expect(created[0]!.credentials.connectionRef).to.match(/^conn_/);
  });

  it('what the live region said of a sign-in names the system as the catalogue does in the language switched to', async () => {
    const catalogue = structuredClone(await sampleCatalogue());
    Object.assign(
      catalogue.systems.find((s) => s.id === 'xero')!,
      { l10n: { de: { name: 'Xero Buchhaltung' } } },
    );
    const el = await wizardFixture({ catalogue, system: 'xero', draftDatabase: uniqueDatabase() });
    el.setAttribute('oauth-start-url', '/api/oauth/start');
    await toOAuthCredentials(el);
    const { win, state } = await connect(el);
    const said = () => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();
    await waitUntil(() => said().includes('Finish signing in to Xero'), 'waiting said', { timeout: 5_000 });
    el.setAttribute('lang', 'de');
    await waitUntil(() => status(el).textContent!.includes('Xero Buchhaltung'), 'the step in German', { timeout: 5000 });
    expect(said(), 'waiting, said in German').to.contain('Xero Buchhaltung');
    broadcast(oauthMessage(state, 'conn_de', 'de@xero.example'));
    await waitUntil(() => status(el).dataset.oauth === 'connected', 'connected', { timeout: 5_000 });
    await settle(el);
    expect(said(), 'connected, said in German').to.contain('Xero Buchhaltung');
    el.setAttribute('lang', 'en');
    await waitUntil(() => status(el).textContent!.includes('Connected to Xero as'), 'the step in English', { timeout: 5000 });
    expect(said(), 'connected, said again in English').to.contain('Connected to Xero as de@xero.example');
    win.close();
  });

  it('connecting another account without a name says no name, never the earlier account', async () => {
    const el = await atConnect();
    inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
    let win = await popup();
    broadcast(oauthMessage(new URL(win.location.href).searchParams.get('state')!, 'conn_first', 'first@xero.example'));
    await waitUntil(() => status(el).textContent!.includes('first@xero.example'), 'first account', { timeout: 5_000 });
    inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
    await waitUntil(() => status(el).dataset.oauth === 'waiting', 'signing in again', { timeout: 5_000 });
    win = await popup();
    broadcast({ type: 'connector-wizard-oauth', state: new URL(win.location.href).searchParams.get('state')!, ok: true, connection: { ref: 'conn_second' } });
    await waitUntil(() => status(el).dataset.oauth === 'connected', 'connected again', { timeout: 5_000 });
    await settle(el);
    expect(status(el).textContent).to.not.contain('first@xero.example');
    await pressContinue(el);
    expect(inStep(el, '.row[data-key="connection"] dd.value')!.textContent).to.not.contain('first@xero.example');
    win.close();
  });

  it('keeps the start URL query exactly as written and adds its own parameters after it', async () => {
    const { win } = await connect(await atConnect('/api/oauth/start?sig=a%20b+c&flag'));
    const search = new URL(win.location.href).search;
    expect(search.startsWith('?sig=a%20b+c&flag&system=xero&authType=oauth&environment=live&state='), search).to.equal(true);
    win.close();
  });

  it('a start URL that names system or state itself has them replaced, never sent twice', async () => {
    const { win } = await connect(await atConnect('/api/oauth/start?state=stale&tenant=acme&system=other'));
    const params = new URL(win.location.href).searchParams;
    expect(params.getAll('state')).to.have.length(1);
    expect(params.get('state')).to.not.equal('stale');
    expect(params.getAll('system')).to.deep.equal(['xero']);
    expect(params.get('tenant')).to.equal('acme');
    win.close();
  });

  it('a sign-in under way survives another tab saving the same draft: the popup stays open and its result lands', async () => {
    const draftDatabase = uniqueDatabase();
    const a = await connectAt({ draftDatabase, draftId: 'shared', system: 'shopify' });
    // The store the sign-in is for: changing it would end the sign-in (oauth-start-fields.test.ts), saving it again does not.
    await type(a, '#field-credentials-shop', 'my-store');
    expect(await a.saveDraft()).to.equal(true);
    const b = await wizardFixture({ draftDatabase, draftId: 'shared', system: 'shopify' });
    await waitUntil(() => currentStepId(b) === 'credentials', 'the other tab follows to Credentials', { timeout: 5_000 });
    inStep<HTMLButtonElement>(a, '[part~="connect"]')!.click();
    const win = await popup('shared');
    await waitUntil(() => status(a).dataset.oauth === 'waiting', 'waiting', { timeout: 5_000 });
    await type(b, '#field-credentials-shop', 'my-store');
    expect(await b.saveDraft()).to.equal(true);
    // What would end the sign-in: A following that save (none when B wrote nothing new: A holds that revision already).
    const revision = (el: typeof a) => (el as unknown as { draft: { revision: number } }).draft.revision;
    const saved = revision(b);
    await waitUntil(() => revision(a) >= saved, 'A holds the revision B saved', { timeout: 5000 });
    await settle(a);
    expect(inStep<HTMLInputElement>(a, '#field-credentials-shop')?.value).to.equal('my-store');
    expect(win.closed, 'the popup stays open').to.equal(false);
    expect(status(a).dataset.oauth).to.equal('waiting');
    (win.document.querySelector('#allow') as HTMLAnchorElement).click();
    await waitUntil(() => status(a).dataset.oauth === 'connected', 'connected', { timeout: 5_000 });
  });

  it('a connected sign-in survives the host setting the environment preset', async () => {
    const el = await connectAt();
    const { win, state } = await connect(el);
    broadcast(oauthMessage(state, 'conn_keep', 'keep@xero.example'));
    await waitUntil(() => status(el).textContent!.includes('keep@xero.example'), 'connected', { timeout: 5_000 });
    win.close();
    el.setAttribute('environment', 'test');
    await settle(el);
    expect(status(el).textContent).to.contain('keep@xero.example');
  });

  it('a connected sign-in comes back with the draft on the next visit', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await connectAt({ draftDatabase });
    const { win, state } = await connect(el);
    broadcast(oauthMessage(state, 'conn_keep2', 'keep2@xero.example'));
    await waitUntil(() => status(el).textContent!.includes('keep2@xero.example'), 'connected', { timeout: 5_000 });
    win.close();
    await waitUntil(async () => JSON.stringify((await readDraft(draftDatabase, 'default:xero')) ?? {}).includes('conn_keep2'), 'the connection saved', { timeout: 5000 });
    el.remove();
    // Kept with the answers, in clear, as docs/drafts-and-secrets.md says: a reference, never a token.
    expect(JSON.stringify(await readDraft(draftDatabase, 'default:xero')), 'the connection kept in the draft').to.contain('conn_keep2');
    const again = await wizardFixture({ system: 'xero', draftDatabase });
    again.setAttribute('oauth-start-url', '/api/oauth/start');
    await settle(again);
    expect(currentStepId(again)).to.equal('credentials');
    expect(status(again).textContent).to.contain('keep2@xero.example');
  });

  /** Two wizards on a page, each with its sign-in window open (A's first), and A's state. */
  async function twoSigningIn() {
    const a = await connectAt({ draftId: 'wizard-a' });
    const b = await connectAt({ draftId: 'wizard-b' });
    inStep<HTMLButtonElement>(a, '[part~="connect"]')!.click();
    const winA = await popup('wizard-a');
    const stateA = new URL(winA.location.href).searchParams.get('state')!;
    inStep<HTMLButtonElement>(b, '[part~="connect"]')!.click();
    const winB = await popup('wizard-b');
    return { a, b, winA, stateA, winB };
  }

  it('two wizards on a page each sign in in a window of their own', async () => {
    const { a, b, winA, stateA, winB } = await twoSigningIn();
    expect(winB === winA, 'another window').to.equal(false);
    expect(new URL(winA.location.href).searchParams.get('state'), 'the first sign-in still in its window').to.equal(stateA);
    (winA.document.querySelector('#allow') as HTMLAnchorElement).click();
    await waitUntil(() => status(a).dataset.oauth === 'connected', 'the first connected', { timeout: 5_000 });
    expect(status(b).dataset.oauth).to.equal('waiting');
    winB.close();
  });

  it('two wizards, each with its window open: a result posted from one wizard s window with the other s state is taken by neither, and each then takes its own', async () => {
    const { a, b, winA, stateA, winB } = await twoSigningIn();
    const stateB = new URL(winB.location.href).searchParams.get('state')!;
    // B s window (same origin as the start URL) posts a connection for A s state: not from A s window, not B s state.
    const heard = oauthMessagesHeard(a);
    (winB as Window & { eval(code: string): unknown }).eval(
      `opener.postMessage(${JSON.stringify(oauthMessage(stateA, 'conn_crossed', 'crossed@xero.example'))}, location.origin)`,
    );
    await heard;
    await settle(b);
    expect(status(a).dataset.oauth, 'A takes nothing from B s window').to.equal('waiting');
    expect(status(b).dataset.oauth, 'B takes nothing of A s state').to.equal('waiting');
    expect(winA.closed || winB.closed, 'both windows still open').to.equal(false);
    broadcast(oauthMessage(stateB, 'conn_b', 'b@xero.example'));
    await waitUntil(() => status(b).dataset.oauth === 'connected', 'B connected', { timeout: 5_000 });
    expect(status(a).dataset.oauth, 'A still waits for its own').to.equal('waiting');
    (winA.document.querySelector('#allow') as HTMLAnchorElement).click();
    await waitUntil(() => status(a).dataset.oauth === 'connected', 'A connected', { timeout: 5_000 });
    expect(status(a).textContent).to.not.contain('crossed@xero.example');
    expect(status(b).textContent).to.contain('b@xero.example');
    if (!winB.closed) winB.close();
  });

  it('two wizards preset to different systems, with the default draft-id, each sign in in a window of their own', async () => {
    const draftDatabase = uniqueDatabase();
    const xero = await connectAt({ draftDatabase, system: 'xero' });
    const bigcommerce = await connectAt({ draftDatabase, system: 'bigcommerce' });
    inStep<HTMLButtonElement>(xero, '[part~="connect"]')!.click();
    const winXero = await popup('default:xero');
    expect(winXero.document.querySelector('h1')!.textContent).to.contain('Xero');
    inStep<HTMLButtonElement>(bigcommerce, '[part~="connect"]')!.click();
    const winBigCommerce = await popup('default:bigcommerce');
    expect(winBigCommerce === winXero, 'another window').to.equal(false);
    expect(winXero.document.querySelector('h1')!.textContent, 'the window the Xero wizard waits on').to.contain('Xero');
    expect(status(xero).dataset.oauth).to.equal('waiting');
    winXero.close();
    winBigCommerce.close();
  });

  for (const [variant, what] of [
    ['wrong-state', 'a message with another state'],
    ['malformed', 'a malformed message'],
    ['foreign', 'a message from another origin'],
  ] as const)
    it(`ignores ${what}`, async () => {
      const el = await atConnect(`/api/oauth/start?variant=${variant}`);
      inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
      const win = await popup();
      const heard = oauthMessagesHeard(el);
      (win.document.querySelector('#allow') as HTMLAnchorElement).click();
      await heard;
      expect(status(el).dataset.oauth).to.equal('waiting');
      win.close();
      // The popup looks closed: the result could still come by BroadcastChannel (the start URL is on this origin).
      await waitUntil(() => status(el).dataset.oauth === 'detached', 'closed noticed', { timeout: 5_000 });
      expect(status(el).textContent).to.contain('Waiting for you to finish signing in to Xero');
      // Without a result URL nothing can be asked: "I've finished" says plainly that it has not.
      inStep<HTMLButtonElement>(el, '[data-oauth-finished]')!.click();
      await waitUntil(() => status(el).dataset.oauth === 'unfinished', 'not finished', { timeout: 5_000 });
      expect(status(el).textContent).to.contain('Signing in to Xero has not finished');
      expect(inStep(el, '[part~="connect"]')!.textContent).to.contain('Start again');
      await pressContinue(el);
      expect(currentStepId(el)).to.equal('credentials');
    });

  it('spends the state: a second message from the same popup is ignored', async () => {
    const el = await atConnect('/api/oauth/start?variant=replay');
    inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
    const win = await popup();
    // The result, then its replay.
    const heard = oauthMessagesHeard(el, 2);
    (win.document.querySelector('#allow') as HTMLAnchorElement).click();
    await waitUntil(() => status(el).dataset.oauth === 'connected', 'connected', { timeout: 5000 });
    await heard;
    await pressContinue(el);
    expect(inStep(el, '.row[data-key="connection"] dd.value')!.textContent).to.not.contain('someone-else');
    win.close();
  });

  it('ignores a message with the right state that does not come from the popup', async () => {
    const el = await atConnect();
    inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
    const win = await popup();
    const state = new URL(win.location.href).searchParams.get('state')!;
    const heard = oauthMessagesHeard(el);
    window.postMessage({ type: 'connector-wizard-oauth', state, ok: true, connection: { ref: 'conn_forged', account: 'forger' } }, location.origin);
    await heard;
    expect(status(el).dataset.oauth).to.equal('waiting');
    win.close();
    await waitUntil(() => status(el).dataset.oauth === 'detached', 'out of touch', { timeout: 5_000 });
  });

  it('says when access is denied', async () => {
    const el = await atConnect();
    inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
    const win = await popup();
    (win.document.querySelector('#deny') as HTMLAnchorElement).click();
    await waitUntil(() => status(el).dataset.oauth === 'denied', 'denied', { timeout: 5_000 });
    expect(status(el).textContent).to.contain('Xero did not allow the connection');
    // The provider's words once, without a second full stop.
    expect(status(el).textContent!.trim()).to.match(/did not allow the connection: [^.]+\. You can try again\.$/u);
  });

  it('a refusal of one way to sign in is not said on another way to sign in of the same system', async () => {
    const catalogue = structuredClone(await sampleCatalogue());
    const xero = catalogue.systems.find((s) => s.id === 'xero')!;
    // Xero's payroll API is a second OAuth app of its own, with its own consent.
    xero.authTypes.push({ id: 'payroll', label: 'Sign in to Xero Payroll', kind: 'oauth2-authorization-code', fields: [] });
    const el = await wizardFixture({ catalogue, system: 'xero' });
    el.setAttribute('oauth-start-url', '/api/oauth/start');
    await toOAuthCredentials(el);
    const { win, state } = await connect(el);
    broadcast({ type: 'connector-wizard-oauth', state, ok: false, error: 'You denied access.' });
    await waitUntil(() => status(el).dataset.oauth === 'denied', 'refused', { timeout: 5_000 });
    win.close();
    await el.goTo('auth');
    await settle(el);
    await choose(el, '#auth-payroll');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('credentials');
    expect(inStep(el, '.hint strong')!.textContent).to.contain('Xero Payroll');
    expect(status(el).textContent, 'nothing was tried with Xero Payroll').to.not.contain('did not allow');
  });

  it('a refusal or an account name the provider words at length is still said, shortened', async () => {
    const error = `AADSTS65004: User declined to consent. Trace ID: ${'0'.repeat(36)} Correlation ID: ${'1'.repeat(36)}. `.repeat(6);
    const refused = await atConnect();
    const first = await connect(refused);
    broadcast({ type: 'connector-wizard-oauth', state: first.state, ok: false, error });
    await waitUntil(() => status(refused).dataset.oauth === 'denied', `a refusal of ${error.length} characters said as one`, { timeout: 5_000 });
    expect(status(refused).textContent).to.contain('AADSTS65004').and.to.contain('…');
    first.win.close();
    refused.remove();
    const account = `${'very.long.name.'.repeat(30)}@xero.example`;
    const connected = await atConnect();
    const second = await connect(connected);
    broadcast(oauthMessage(second.state, 'conn_long', account));
    await waitUntil(() => status(connected).dataset.oauth === 'connected', 'connected with a long account name', { timeout: 5_000 });
    expect(status(connected).textContent).to.contain('very.long.name.').and.to.contain('…');
    second.win.close();
    connected.remove();
    // Counted in characters: 250 emoji (500 UTF-16 units) are under 300.
    const emoji = `${'🙂'.repeat(250)}@xero.example`;
    const third = await atConnect();
    const signIn = await connect(third);
    broadcast(oauthMessage(signIn.state, 'conn_emoji', emoji));
    await waitUntil(() => status(third).dataset.oauth === 'connected', 'connected with an emoji account name', { timeout: 5_000 });
    expect(status(third).textContent).to.contain(emoji).and.not.contain('…');
    signIn.win.close();
  });

  it('closes the popup and stops listening when the element is removed', async () => {
    const el = await atConnect();
    inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
    const win = await popup();
    el.remove();
    await waitUntil(() => win.closed, 'popup closed', { timeout: 5_000 });
  });

  it('a blocked popup: says so and offers another try or this tab', async () => {
    const el = await atConnect();
    await clickWithPopupsBlocked(el, inStep<HTMLButtonElement>(el, '[part~="connect"]')!);
    expect(inStep(el, '.notice-blocked')!.textContent).to.contain('blocked the sign-in window');
    expect(inStep(el, '[data-oauth-tab]')!.textContent).to.contain('Continue in this tab');
    await audit(el, 'popup blocked');
    // Said once, by the alert (not by the polite region as well), and said again on another blocked try: a new alert.
    const polite = () => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!;
    expect(polite()).to.not.contain('blocked the sign-in window');
    const alert = inStep(el, '.notice-blocked');
    const said = inStep(el, '.notice-blocked p');
    const tryAgain = inStep<HTMLButtonElement>(el, '.notice-blocked button')!;
    tryAgain.focus();
    await clickWithPopupsBlocked(el, tryAgain);
    expect(inStep(el, '.notice-blocked')!.textContent).to.contain('blocked the sign-in window');
    expect(inStep(el, '.notice-blocked') === alert, 'the same alert').to.equal(true);
    expect(inStep(el, '.notice-blocked p') !== said, 'with a new text in it, which is announced').to.equal(true);
    expect(deepActiveElement() === tryAgain, 'the focus stays on Try again').to.equal(true);
    expect(polite()).to.not.contain('blocked the sign-in window');
    // Allowed this time: the alert goes, and the focus its Try again had goes to Connect.
    tryAgain.click();
    await waitUntil(() => status(el).dataset.oauth === 'waiting', 'the popup opened', { timeout: 5_000 });
    expect(inStep(el, '.notice-blocked') === null, 'the alert is gone').to.equal(true);
    expect(deepActiveElement() === inStep(el, '[part~="connect"]'), 'the focus went to Connect, not to the page').to.equal(true);
    (await popup()).close();
  });

  it('Continue in this tab stays on the page, and says why, when the answers cannot be saved first (no storage)', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    try {
      const el = await connectAt();
      await clickWithPopupsBlocked(el, inStep<HTMLButtonElement>(el, '[part~="connect"]')!);
      expect(inStep(el, '.notice-blocked')!.textContent, 'no promise that nothing is lost').to.not.contain('nothing is lost');
      const here = location.href;
      for (const press of ['first', 'second']) {
        const went = await navigationsWhile(window, el, () => inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click());
        await waitUntil(() => el.shadowRoot!.querySelector('[part="submit-error"]'), 'said why', { timeout: 5_000 });
        expect(el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent, press).to.contain('could not be saved on this device');
        expect(went, `no navigation started by the ${press} press`).to.deep.equal([]);
        expect(location.href, `still here after the ${press} press`).to.equal(here);
      }
      expect(currentStepId(el)).to.equal('credentials');
    } finally {
      Object.defineProperty(window, 'indexedDB', original);
    }
  });

  it('Continue in this tab stays on the page, says why and tells the page, when sessionStorage cannot keep the sign-in (full), not blaming the answers the draft holds', async () => {
    const el = await atConnect();
    expect(await el.saveDraft(), 'the answers in the draft first').to.equal(true);
    await clickWithPopupsBlocked(el, inStep<HTMLButtonElement>(el, '[part~="connect"]')!);
    const kinds: string[] = [];
    const rejections: unknown[] = [];
    const onError = (e: Event) => kinds.push((e as WizardErrorEvent).detail.kind);
    const onRejection = (e: PromiseRejectionEvent) => {
      rejections.push(e.reason);
      e.preventDefault();
    };
    el.addEventListener('connector-wizard-error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    // The host's page filled this origin's session storage.
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const here = location.href;
    try {
      inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part="submit-error"]') || rejections.length, 'said why, or failed', { timeout: 5000 });
      // Said in the same turn as the error event; a rejection left unhandled would be reported by the tasks settling runs.
      await settle(el);
    } finally {
      Storage.prototype.setItem = setItem;
      window.removeEventListener('unhandledrejection', onRejection);
      el.removeEventListener('connector-wizard-error', onError);
    }
    expect(rejections.map(String), 'no unhandled rejection').to.deep.equal([]);
    expect(location.href, 'still here').to.equal(here);
    const said = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
    expect(said).to.contain('could not keep the sign-in for your return, so this page stays open');
    expect(await el.saveDraft(), 'the answers are in the draft').to.equal(true);
    expect(said, 'so they are not said to be lost').to.not.contain('could not be saved');
    expect(kinds).to.deep.equal(['storage']);
    expect(currentStepId(el)).to.equal('credentials');
  });

  it('Continue in this tab on a page with no-drafts says that leaving loses the answers, not that the device failed (the second press goes: see oauth-return)', async () => {
    const el = await connectAt({ noDrafts: true });
    await clickWithPopupsBlocked(el, inStep<HTMLButtonElement>(el, '[part~="connect"]')!);
    expect(inStep(el, '.notice-blocked')!.textContent, 'no promise that nothing is lost').to.not.contain('nothing is lost');
    const here = location.href;
    inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="submit-error"]'), 'said why', { timeout: 5_000 });
    const said = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
    expect(said).to.contain('This page keeps no drafts, so leaving it loses the answers you typed here');
    expect(said).to.not.contain('could not be saved on this device');
    expect(location.href, 'still here').to.equal(here);
  });

  it('the same-tab hint promises nothing is lost where the draft keeps the answers, not where another s draft is kept, and Continue in this tab there says why it stays', async () => {
    const el = await atConnect();
    await clickWithPopupsBlocked(el, inStep<HTMLButtonElement>(el, '[part~="connect"]')!);
    expect(inStep(el, '.notice-blocked')!.textContent).to.contain('nothing is lost');
    // A Shopify draft under this draft-id: kept as it is, so what is typed for Xero here is not saved.
    const draftDatabase = uniqueDatabase();
    const store = new DraftStore(draftDatabase);
    await store.put({ id: 'shared', step: 'general', updatedAt: Date.now(), data: { ...emptyWizardData(), system: 'shopify', name: 'The Shopify draft' } }, 0);
    await store.close();
    const kept = await connectAt({ draftDatabase, draftId: 'shared', system: 'xero' });
    await waitUntil(() => kept.shadowRoot!.querySelector('[data-notice="kept"]'), 'kept', { timeout: 5_000 });
    await clickWithPopupsBlocked(kept, inStep<HTMLButtonElement>(kept, '[part~="connect"]')!);
    expect(inStep(kept, '.notice-blocked')!.textContent).to.not.contain('nothing is lost');
    // Continue in this tab stays, points to the notice that says why, and does not blame the device.
    const here = location.href;
    inStep<HTMLButtonElement>(kept, '[data-oauth-tab]')!.click();
    await waitUntil(() => kept.shadowRoot!.querySelector('[part="submit-error"]'), 'said why', { timeout: 5_000 });
    const said = kept.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
    expect(said).to.contain('not being saved as a draft (the notice above says why)').and.not.contain('could not be saved on this device');
    expect(location.href, 'still here').to.equal(here);
    expect((await readDraft(draftDatabase, 'shared'))?.data.name, 'the kept draft untouched').to.equal('The Shopify draft');
  });

  it('in a conflict with another tab, points to the conflict notice and does not blame the device', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ system: 'xero', draftDatabase });
    el.setAttribute('oauth-start-url', '/api/oauth/start');
    await type(el, '#field-name', 'Xero here');
    await waitUntil(async () => (await readDraft(draftDatabase, 'default:xero'))?.data.name === 'Xero here', 'saved', { timeout: 5000 });
    const { revision } = (await readDraft(draftDatabase, 'default:xero'))!;
    const other = new DraftStore(draftDatabase);
    const data = { ...emptyWizardData(), system: 'xero', name: 'Renamed in the other tab', group: 'uk', environment: 'live' as const };
    expect((await other.put({ id: 'default:xero', step: 'general', updatedAt: Date.now(), data }, revision as number)).ok, 'the other tab saved').to.equal(true);
    await other.close();
    await type(el, '#field-name', 'Xero typed again');
    await waitUntil(() => el.shadowRoot!.querySelector('[data-notice="conflict"]'), 'told of the conflict', { timeout: 5000 });
    await toOAuthCredentials(el);
    await settle(el);
    const here = location.href;
    await clickWithPopupsBlocked(el);
    inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="submit-error"]'), 'said why', { timeout: 5_000 });
    expect(location.href, 'still here').to.equal(here);
    const said = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
    expect(said).to.contain('not being saved as a draft (the notice above says why)').and.not.contain('could not be saved on this device');
    expect(el.shadowRoot!.querySelector('[data-notice="conflict"]'), 'the notice that says why is there').to.not.equal(null);
    expect((await readDraft(draftDatabase, 'default:xero'))?.data.name, 'the other tab s draft untouched').to.equal('Renamed in the other tab');
  });

  it('the callback page refuses hostile input: no script injection, no open redirect', async () => {
    const evil = await fetch(`/api/oauth/callback?system=xero&result=allow&state=${encodeURIComponent('</script><script>alert(1)</script>')}`);
    expect(evil.status).to.equal(400);
    const state = 'A'.repeat(43);
    // A raw tab is dropped by URL parsers, so "/\t/evil.example" would become "//evil.example".
    for (const target of ['/\t/evil.example', '//evil.example', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)']) {
      const page = await (await fetch(`/api/oauth/callback?system=xero&result=allow&state=${state}&return=${encodeURIComponent(target)}`)).text();
      expect(page, target).to.not.contain('evil.example');
      expect(page, target).to.not.contain('location.replace');
    }
    const good = await (await fetch(`/api/oauth/callback?system=xero&result=allow&state=${state}&return=${encodeURIComponent(`${location.origin}/back`)}`)).text();
    expect(good).to.contain('location.replace');
    expect(good).to.not.match(/<\/script>[\s\S]*<\/script>/);
  });

  it('the reference API brings a same-tab sign-in back to a widget page on another loopback origin it posts to, and to no other origin', async () => {
    // The reference API on this origin, the widget page on another loopback one (as with `npm run api` on 127.0.0.1:8787).
    const widget = `http://${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
    const state = 'B'.repeat(43);
    const callback = (opener: string, back: string) =>
      fetch(`/api/oauth/callback?${new URLSearchParams({ state, system: 'xero', result: 'allow', opener, return: back })}`).then((r) => r.text());
    expect(await callback(widget, `${widget}/page?x=1`)).to.contain(`location.replace("${widget}/page?x=1"`);
    // Not the widget's origin, though loopback: another port, or the opener not checked (another host).
    for (const [opener, back] of [
      [widget, 'http://127.0.0.2:1/page'],
      ['https://evil.example', 'https://evil.example/page'],
      ['', `${widget}/page`],
    ]) {
      const page = await callback(opener!, back!);
      expect(page, `${opener} ${back}`).to.not.contain('location.replace');
    }
  });

  it('the reference API started from a page on another loopback origin brings its same-tab sign-in back to that page', async function () {
    this.timeout(20_000);
    const api = `http://${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
    const back = `${location.origin}/src/test/oauth-frame.html?landed`;
    const frame = document.createElement('iframe');
    const query = new URLSearchParams({ state: 'R'.repeat(43), system: 'xero', authType: 'oauth', result: 'allow', opener: location.origin, return: back });
    frame.src = `${api}/api/oauth/callback?${query}`;
    document.body.append(frame);
    try {
      const landed = () => {
        try {
          return frame.contentWindow!.location.href.startsWith(back);
        } catch {
          return false;
        }
      };
      await waitUntil(landed, 'back on the page that left for the sign-in, not on "You can close this window"', { timeout: 8000 });
    } finally {
      frame.remove();
    }
  });
  it('with no-drafts, what Continue in this tab said goes once Try again opens the window, and stays gone after it closes', async () => {
    const el = await wizardFixture({ system: 'xero', noDrafts: true });
    el.setAttribute('oauth-start-url', '/api/oauth/start');
    await toOAuthCredentials(el);
    await clickWithPopupsBlocked(el);
    await waitUntil(() => status(el).dataset.oauth === 'blocked', 'blocked', { timeout: 5000 });
    inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click();
    const said = () => el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent?.trim();
    await waitUntil(() => said(), 'warned', { timeout: 5_000 });
    expect(said()).to.contain('This page keeps no drafts');
    // Pop-ups allowed now: Try again opens the window.
    [...inStep(el, '.notice-blocked')!.querySelectorAll('button')].find((b) => !b.hasAttribute('data-oauth-tab'))!.click();
    const win = await popup();
    await settle(el);
    expect(inStep(el, '.notice-blocked') === null, 'the blocked notice went').to.equal(true);
    expect(said(), 'its warning went with it').to.equal(undefined);
    await closePopup(win);
    await waitUntil(() => ['closed', 'detached'].includes(status(el).dataset.oauth ?? ''), 'closed', { timeout: 6000 });
    await settle(el);
    expect(said(), 'and does not come back').to.equal(undefined);
  });
});
