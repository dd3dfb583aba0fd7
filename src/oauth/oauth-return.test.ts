/**
 * The same-tab fallback for a blocked popup: the state, system and auth type wait in
 * sessionStorage, the draft carries the answers, and the callback comes back with
 * `#connector-wizard-oauth=<message>`. A return is applied only to the system and auth type it
 * was started for, is looked for again once `draft-id` is set, and never stays in the address bar.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { advanceTo, choose, currentStepId, errorSummary, inStep, pressContinue, sampleCatalogue, settle, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { atConnect, framedWizard, navigationsWhile, oauthMessage, oauthStatus as status, toOAuthCredentials } from '../test/oauth-fixtures.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { oauthReturnConnectorId, oauthReturnDraftId } from './oauth-return-draft.js';
import { signInSlot } from './oauth-return.js';
import { readDraft } from '../test/stored.js';
import type { EditableConnector } from '../wizard/connector-wizard.js';

const STORED = 'connector-wizard:oauth-state:';

/** Xero connector c-9, as a page passes it to edit (it signs in with OAuth). */
const XERO_C9 = {
  id: 'c-9',
  name: 'Xero testing',
  system: 'xero',
  group: 'uk',
  environment: 'test',
  timeZone: 'UTC',
  dateFormat: 'yyyy-MM-dd',
  authType: 'oauth',
} as EditableConnector;
const fragment = (message: object) => `#connector-wizard-oauth=${encodeURIComponent(JSON.stringify(message))}`;

/** What `continueInTab` leaves behind under the sign-in's `key` (see oauthKey), and the callback's return to this page. */
function returnFromProvider(
  key: string,
  pending: {
    state: string;
    system: string;
    authType: string;
    at?: number;
    back?: number;
    hash?: string;
    draftId?: string;
    editing?: string;
    environment?: string;
    fields?: Record<string, string>;
  },
  message: object,
) {
  sessionStorage.setItem(STORED + key, JSON.stringify(pending));
  history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment(message)}`);
}

/** A wizard that reached Connect (its draft saved) and left the page, as Continue in this tab does; its draft database. */
async function leftForTheProvider(): Promise<string> {
  const draftDatabase = uniqueDatabase();
  const first = await atConnect({ draftDatabase });
  await waitUntil(async () => (await readDraft(draftDatabase, 'default:xero'))?.step === 'credentials', 'the draft saved at Connect', { timeout: 5000 });
  first.remove();
  return draftDatabase;
}

async function reopened(options: { draftDatabase?: string; draftId?: string; system?: string; noDrafts?: boolean } = {}): Promise<ConnectorWizard> {
  const el = await wizardFixture({ system: options.system ?? 'xero', ...options });
  el.setAttribute('oauth-start-url', '/api/oauth/start');
  await settle(el);
  return el;
}

describe('OAuth: back from signing in in this tab', () => {
  afterEach(() => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(STORED)) sessionStorage.removeItem(key);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  });

  it('with a draft: the answers and the step come back with the connection, and the fragment leaves the address bar', async () => {
    const draftDatabase = await leftForTheProvider();
    const state = 'S'.repeat(43);
    returnFromProvider('default:xero', { state, system: 'xero', authType: 'oauth' }, oauthMessage(state, 'conn_sametab', 'tab@xero.example'));
    const second = await reopened({ draftDatabase });
    expect(location.hash).to.equal('');
    expect(sessionStorage.getItem(`${STORED}default:xero`)).to.equal(null);
    expect(currentStepId(second)).to.equal('credentials');
    expect(status(second).textContent).to.contain('tab@xero.example');
  });

  it('with a page s own draft-id for new connectors and edits alike: a sign-in started in an edit of c-9 is never a new connector s, and the edit then takes it', async () => {
    const state = 'E'.repeat(43);
    returnFromProvider('dialog', { state, system: 'xero', authType: 'oauth', draftId: 'dialog', editing: 'c-9' }, oauthMessage(state, 'conn_edit', 'edit-c9@xero.example'));
    const fresh = await reopened({ noDrafts: true, draftId: 'dialog' });
    await toOAuthCredentials(fresh);
    expect(currentStepId(fresh)).to.equal('credentials');
    expect(status(fresh).textContent, 'the edit s connection on a new connector').to.not.contain('edit-c9@xero.example');
    expect(location.hash, 'left for the edit').to.contain('connector-wizard-oauth');
    // The page then opens the edit in the same wizard.
    fresh.connector = XERO_C9;
    await settle(fresh);
    await fresh.goTo('credentials');
    await settle(fresh);
    await waitUntil(() => status(fresh).textContent!.includes('edit-c9@xero.example'), 'the edit takes its own', { timeout: 5_000 });
    expect(location.hash).to.equal('');
  });

  it('with a page s own draft-id: a sign-in started for a new connector is never taken by an edit, and a new connector then takes it', async () => {
    const state = 'N'.repeat(43);
    returnFromProvider('dialog', { state, system: 'xero', authType: 'oauth', draftId: 'dialog' }, oauthMessage(state, 'conn_new', 'new-connector@xero.example'));
    // The page opens the wizard on the edit at once.
    const el = await fixture<ConnectorWizard>(html`<connector-wizard no-drafts draft-id="dialog" system="xero" oauth-start-url="/api/oauth/start"
      .catalogue=${await sampleCatalogue()} .groups=${[{ id: 'uk', name: 'UK' }]} .connector=${XERO_C9}></connector-wizard>`);
    await settle(el);
    await el.goTo('credentials');
    // Loaded and settled on Credentials: the return was looked at (a return taken clears the fragment) and left.
    await settle(el);
    expect(location.hash, 'the return left for the new connector').to.contain('connector-wizard-oauth');
    expect(status(el).textContent, 'the new connector s connection on the edit of c-9').to.not.contain('new-connector@xero.example');
    el.connector = undefined;
    await settle(el);
    await toOAuthCredentials(el);
    await waitUntil(() => status(el).textContent!.includes('new-connector@xero.example'), 'the new connector takes its own', { timeout: 5_000 });
  });

  it('a refusal brought back in this tab is shown beside Connect, with the provider error, as after a popup', async () => {
    const draftDatabase = await leftForTheProvider();
    const state = 'D'.repeat(43);
    returnFromProvider('default:xero', { state, system: 'xero', authType: 'oauth' }, { type: 'connector-wizard-oauth', state, ok: false, error: 'You denied access.' });
    const second = await reopened({ draftDatabase });
    expect(currentStepId(second)).to.equal('credentials');
    expect(status(second).textContent).to.contain('Xero did not allow the connection: You denied access.');
  });

  it('puts back the fragment the page had when the person left (a hash-routed page keeps its route), and only a fragment', async () => {
    const draftDatabase = await leftForTheProvider();
    const state = 'H'.repeat(43);
    returnFromProvider('default:xero', { state, system: 'xero', authType: 'oauth', hash: '#/connectors/new?tab=live' }, oauthMessage(state, 'conn_hash', 'hash@xero.example'));
    const second = await reopened({ draftDatabase });
    expect(status(second).textContent).to.contain('hash@xero.example');
    expect(location.hash).to.equal('#/connectors/new?tab=live');
    expect(location.search, 'the query as it was').to.equal(new URL(document.baseURI).search);
    second.remove();
    // What sessionStorage holds is put back only as a fragment, and never as another return.
    for (const [i, hash] of ['/elsewhere', `#connector-wizard-oauth=${encodeURIComponent(JSON.stringify(oauthMessage('x')))}`].entries()) {
      const other = `${'IJ'[i]!.repeat(43)}`;
      returnFromProvider('default:xero', { state: other, system: 'xero', authType: 'oauth', hash }, oauthMessage(other, 'conn_other'));
      const again = await reopened({ draftDatabase });
      expect(location.pathname + location.hash, `not put back: ${hash.slice(0, 20)}`).to.equal(new URL(document.baseURI).pathname);
      again.remove();
    }
  });

  it('looks again once the page sets draft-id after the first render', async () => {
    const draftDatabase = uniqueDatabase();
    const first = await atConnect({ draftDatabase, draftId: 'connector-42' });
    await waitUntil(async () => (await readDraft(draftDatabase, 'connector-42'))?.step === 'credentials', 'the draft saved at Connect', { timeout: 5000 });
    first.remove();
    const state = 'L'.repeat(43);
    returnFromProvider('connector-42', { state, system: 'xero', authType: 'oauth' }, oauthMessage(state, 'conn_late', 'late@xero.example'));
    const second = await reopened({ draftDatabase });
    // Stored for another draft-id: left alone (another wizard on the page may own it).
    expect(location.hash).to.contain('connector-wizard-oauth=');
    // The page can ask which draft the return belongs to, and open that one.
    expect(oauthReturnDraftId()).to.equal('connector-42');
    second.draftId = 'connector-42';
    await settle(second);
    expect(location.hash).to.equal('');
    expect(oauthReturnDraftId()).to.equal(undefined);
    expect(currentStepId(second)).to.equal('credentials');
    expect(status(second).textContent).to.contain('late@xero.example');
  });

  it('the page is told the draft of a return its callback wrote unencoded with a lone %, or appended to, and that draft takes it', async () => {
    for (const [state, written] of [
      ['M'.repeat(43), (message: object) => JSON.stringify(message)],
      ['N'.repeat(43), (message: object) => `${encodeURIComponent(JSON.stringify(message))}&error_description=access_denied`],
    ] as const) {
      sessionStorage.setItem(`${STORED}connector-42`, JSON.stringify({ state, system: 'xero', authType: 'oauth', draftId: 'connector-42' }));
      const refusal = { type: 'connector-wizard-oauth', state, ok: false, error: 'Only 100% of admins may approve' };
      history.replaceState(history.state, '', `${location.pathname}${location.search}#connector-wizard-oauth=${written(refusal)}`);
      expect(oauthReturnDraftId(), location.hash).to.equal('connector-42');
      const el = await reopened({ draftId: 'connector-42', noDrafts: true });
      await waitUntil(() => location.hash === '', 'taken by the wizard of that draft', { timeout: 5_000 });
      await toOAuthCredentials(el);
      expect(status(el).dataset.oauth, location.hash).to.equal('denied');
      expect(status(el).textContent).to.contain('100% of admins');
      el.remove();
    }
  });

  it('two wizards preset to different systems with the default draft-id: the return is the Xero one, whichever settles first', async () => {
    const draftDatabase = uniqueDatabase();
    const state = 'Q'.repeat(43);
    returnFromProvider('default:xero', { state, system: 'xero', authType: 'oauth', draftId: 'default' }, oauthMessage(state, 'conn_xero', 'xero@xero.example'));
    expect(oauthReturnDraftId(), 'the draft-id the page set').to.equal('default');
    const shopify = await reopened({ draftDatabase, system: 'shopify' });
    expect(location.hash, 'left for the Xero wizard').to.not.equal('');
    const xero = await reopened({ draftDatabase, system: 'xero' });
    expect(location.hash, 'taken by the Xero wizard').to.equal('');
    await toOAuthCredentials(xero);
    expect(status(xero).textContent).to.contain('xero@xero.example');
    expect(currentStepId(shopify)).to.not.equal('credentials');
  });

  it('a page that sets the system preset after the first render: the return is looked for again, and taken', async () => {
    const state = 'L'.repeat(43);
    returnFromProvider('default:xero', { state, system: 'xero', authType: 'oauth', draftId: 'default' }, oauthMessage(state, 'conn_late', 'late-system@xero.example'));
    const el = await wizardFixture({ draftDatabase: uniqueDatabase() });
    el.setAttribute('oauth-start-url', '/api/oauth/start');
    await settle(el);
    expect(location.hash, 'not this wizard yet').to.not.equal('');
    el.setAttribute('system', 'xero');
    await waitUntil(() => location.hash === '', 'taken once system="xero" is set', { timeout: 5_000 });
    await toOAuthCredentials(el);
    expect(status(el).textContent).to.contain('late-system@xero.example');
  });

  it('is not applied to another system: a Xero sign-in never becomes the BigCommerce connection', async () => {
    const state = 'X'.repeat(43);
    returnFromProvider('shared', { state, system: 'xero', authType: 'oauth' }, oauthMessage(state, 'conn_xero', 'xero@xero.example'));
    const el = await reopened({ system: 'bigcommerce', draftId: 'shared', noDrafts: true });
    expect(location.hash, 'taken by this wizard, so removed').to.equal('');
    await toOAuthCredentials(el);
    expect(currentStepId(el)).to.equal('credentials');
    expect(status(el).dataset.oauth).to.equal('idle');
    expect(status(el).textContent).to.not.contain('xero@xero.example');
    await pressContinue(el);
    expect(currentStepId(el), 'BigCommerce still needs its own connection').to.equal('credentials');
  });

  it('ignores a return whose state is not the stored one, and removes it', async () => {
    returnFromProvider('default:xero', { state: 'T'.repeat(43), system: 'xero', authType: 'oauth' }, oauthMessage('U'.repeat(43), 'conn_x', 'forged@xero.example'));
    const el = await reopened({ noDrafts: true });
    expect(location.hash, 'spent either way').to.equal('');
    await toOAuthCredentials(el);
    expect(currentStepId(el)).to.equal('credentials');
    expect(status(el).textContent, 'not connected by a return of another state').to.not.contain('Connected');
    expect(sessionStorage.getItem(`${STORED}default:xero`), 'the sign-in it waits for is still pending').to.not.equal(null);
  });

  it('a return that came back hours ago and was left unused: the address bar is cleaned, the person told it expired, no connection taken, every answer kept', async () => {
    const draftDatabase = await leftForTheProvider();
    const state = 'H'.repeat(43);
    const back = Date.now() - 3 * 3_600_000;
    returnFromProvider('default:xero', { state, system: 'xero', authType: 'oauth', at: back - 60_000, back }, oauthMessage(state, 'conn_stale', 'stale@xero.example'));
    const el = await reopened({ draftDatabase });
    await waitUntil(() => currentStepId(el) === 'credentials', 'back on Credentials', { timeout: 5000 });
    const EXPIRED =
      'The answer from signing in to Xero came back more than an hour ago and can no longer be used, so no connection was made. Choose Connect with Xero to try again.';
    await waitUntil(() => status(el).textContent!.includes(EXPIRED), `told it expired (saw: ${status(el).textContent})`, { timeout: 5000 });
    expect(location.hash, 'the address bar cleaned').to.equal('');
    expect(sessionStorage.getItem(`${STORED}default:xero`), 'spent').to.equal(null);
    expect(status(el).textContent).to.not.contain('stale@xero.example');
    await el.goTo('general');
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value, 'the name typed').to.equal('Shopify UK');
  });

  it('removes a return that no wizard on the page started', async () => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment(oauthMessage('V'.repeat(43), 'conn_y'))}`);
    await reopened({ noDrafts: true });
    expect(location.hash).to.equal('');
  });

  it('without any draft (no-drafts), the connection waits for its auth type to be chosen again', async () => {
    const state = 'W'.repeat(43);
    returnFromProvider('default:xero', { state, system: 'xero', authType: 'oauth' }, oauthMessage(state, 'conn_z', 'z@xero.example'));
    const el = await reopened({ noDrafts: true });
    expect(location.hash).to.equal('');
    await toOAuthCredentials(el);
    expect(status(el).textContent).to.contain('z@xero.example');
  });

  it('a sign-in started to reconnect a connector being edited is that edit s: never a new connector s, and the page is told which to reopen', async () => {
    const connector = XERO_C9;
    // What the editing wizard keeps when it leaves (the sending side is tested below).
    const state = 'E'.repeat(43);
    returnFromProvider(
      'default:edit:c-9',
      { state, system: 'xero', authType: 'oauth', draftId: 'default', editing: 'c-9' },
      oauthMessage(state, 'conn_edit', 'edit@xero.example'),
    );
    expect([oauthReturnDraftId(), oauthReturnConnectorId()]).to.deep.equal(['default', 'c-9']);
    // A wizard for a new Xero connector, with the draft-id given back, leaves it alone.
    const fresh = await wizardFixture({ noDrafts: true });
    fresh.setAttribute('oauth-start-url', '/api/oauth/start');
    await choose(fresh, '#system-xero');
    await pressContinue(fresh);
    await toOAuthCredentials(fresh);
    expect(status(fresh).textContent).to.not.contain('edit@xero.example');
    expect(location.hash, 'left for the wizard that started it').to.not.equal('');
    // The page reopens the edit: it takes the connection.
    const edit = await wizardFixture({ noDrafts: true, groups: [{ id: 'uk', name: 'UK' }] });
    edit.setAttribute('oauth-start-url', '/api/oauth/start');
    edit.connector = connector;
    await settle(edit);
    await edit.goTo('credentials');
    await settle(edit);
    await waitUntil(() => status(edit).textContent!.includes('edit@xero.example'), 'the edit connected', { timeout: 5_000 });
    expect(location.hash).to.equal('');
  });

  it('without any draft, a system whose one authentication type is OAuth takes the connection when it is picked', async () => {
    const catalogue = await sampleCatalogue();
    const xero = catalogue.systems.find((s) => s.id === 'xero')!;
    xero.authTypes = xero.authTypes.filter((a) => a.id === 'oauth');
    const state = 'Q'.repeat(43);
    returnFromProvider('default', { state, system: 'xero', authType: 'oauth' }, oauthMessage(state, 'conn_waiting', 'waiting@xero.example'));
    const el = await wizardFixture({ catalogue, noDrafts: true });
    el.setAttribute('oauth-start-url', '/api/oauth/start');
    await settle(el);
    expect(location.hash).to.equal('');
    await choose(el, '#system-xero');
    await pressContinue(el);
    await advanceTo(el, 'credentials');
    expect(status(el).textContent).to.contain('waiting@xero.example');
  });
});

describe('OAuth: leaving for a same-tab sign-in with a secret typed', () => {
  /** A page in a frame with a wizard on Xero (sign-in plus a secret), the popup blocked, at Credentials with a secret typed. */
  async function framedAtConnect(persistence?: string, before?: (frame: Window & typeof globalThis) => void, query = '') {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 800px';
    frame.src = `/src/test/oauth-frame.html?draft-id=frame-${crypto.randomUUID()}${persistence ? `&secret-persistence=${persistence}` : ''}${query}`;
    document.body.append(frame);
    const wizard = () => framedWizard(frame);
    const el = await wizard();
    before?.(frame.contentWindow as Window & typeof globalThis);
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-webhookSecret', 'whsec_typed_by_the_person');
    frame.contentWindow!.open = () => null;
    inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
    await settle(el);
    return { frame, el, wizard, page: frame.contentDocument };
  }

  const cameBack = (frame: HTMLIFrameElement, page: Document | null) =>
    waitUntil(
      () => frame.contentDocument !== page && frame.contentWindow!.location.pathname.endsWith('oauth-frame.html') && frame.contentWindow!.location.hash === '',
      'back from the provider',
      {
        timeout: 8000,
      },
    );

  it('no-drafts with a store typed: the record kept for the return holds the store and no secret, and the store comes back with the connection', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 800px';
    const draftId = `frame-${crypto.randomUUID()}`;
    frame.src = `/src/test/oauth-frame.html?draft-id=${draftId}&no-drafts&store`;
    document.body.append(frame);
    const kept = () => Object.keys(frame.contentWindow!.sessionStorage).filter((key) => key.startsWith(STORED));
    try {
      const el = await framedWizard(frame);
      await advanceTo(el, 'credentials');
      await type(el, '#field-credentials-shop', 'my-store');
      await type(el, '#field-credentials-webhookSecret', 'whsec_never_kept');
      frame.contentWindow!.open = () => null;
      inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
      await settle(el);
      const page = frame.contentDocument;
      inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part="submit-error"]'), 'told first: no drafts here', { timeout: 5000 });
      let record: string | null = null;
      let keptAs: string | undefined;
      const watch = setInterval(() => (record ??= kept().length ? frame.contentWindow!.sessionStorage.getItem((keptAs = kept()[0])) : null), 1);
      inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click();
      await waitUntil(() => record, 'kept for the return', { timeout: 5000, interval: 5 });
      clearInterval(watch);
      const pending = JSON.parse(record!);
      expect(keptAs, 'in the default draft database: under the draft-id alone, as ever').to.equal(STORED + draftId);
      expect(pending.fields, 'the store it is started for').to.deep.equal({ shop: 'my-store' });
      expect(record!, 'never a secret').to.not.contain('whsec_never_kept');
      await cameBack(frame, page);
      await waitUntil(() => frame.contentDocument?.querySelector('connector-wizard')?.shadowRoot?.querySelector('[data-step]'), 'the wizard again', { timeout: 8000 });
      const back = frame.contentDocument!.querySelector('connector-wizard') as ConnectorWizard;
      // No draft: the answers are typed again, up to Credentials.
      await advanceTo(back, 'credentials');
      await waitUntil(() => inStep(back, '#oauth-status')?.textContent?.includes('Connected to Xero'), 'connected', { timeout: 5000 });
      expect(inStep<HTMLInputElement>(back, '#field-credentials-shop')!.value, 'the store back with the connection').to.equal('my-store');
      expect(kept(), 'taken').to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('says first that the secret typed will be lost, and goes on the second press: back connected, the secret to type again', async () => {
    const { frame, el, wizard, page } = await framedAtConnect();
    try {
      const went = await navigationsWhile(frame.contentWindow!, el, () => inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click());
      expect(went, 'no navigation started').to.deep.equal([]);
      expect(frame.contentDocument === page, 'still on the page').to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent).to.contain('loses what you typed in Webhook secret').and.to.contain('Continue in this tab');
      // A new connector (Discard draft) is told again: its secret is another.
      await el.reset();
      await settle(el);
      await advanceTo(el, 'credentials');
      await type(el, '#field-credentials-webhookSecret', 'whsec_second');
      inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
      await settle(el);
      const wentAgain = await navigationsWhile(frame.contentWindow!, el, () => inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click());
      expect(wentAgain, 'no navigation started').to.deep.equal([]);
      expect(frame.contentDocument === page, 'told again, still on the page').to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent).to.contain('loses what you typed in Webhook secret');
      inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click();
      await cameBack(frame, page);
      const back = await wizard();
      await waitUntil(() => currentStepId(back) === 'credentials', 'on Credentials', { timeout: 5000 });
      await waitUntil(() => inStep(back, '#oauth-status')!.textContent!.includes('Connected to Xero'), 'connected', { timeout: 5_000 });
      expect(inStep<HTMLInputElement>(back, '#field-credentials-webhookSecret')!.value).to.equal('');
    } finally {
      frame.remove();
    }
  });

  it('a double click on Continue in this tab is one press: the person is told first, and a later press goes', async () => {
    const { frame, el, wizard, page } = await framedAtConnect();
    try {
      const button = inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!;
      // A double click: its second click (detail 2) comes before the person could read anything.
      const went = await navigationsWhile(frame.contentWindow!, el, () => {
        button.dispatchEvent(new MouseEvent('click', { detail: 1, bubbles: true, composed: true }));
        button.dispatchEvent(new MouseEvent('click', { detail: 2, bubbles: true, composed: true }));
      });
      expect(went, 'no navigation started').to.deep.equal([]);
      expect(frame.contentDocument === page, 'still on the page').to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent).to.contain('loses what you typed in Webhook secret');
      expect(inStep<HTMLInputElement>(el, '#field-credentials-webhookSecret')!.value).to.equal('whsec_typed_by_the_person');
      inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.dispatchEvent(new MouseEvent('click', { detail: 1, bubbles: true, composed: true }));
      await cameBack(frame, page);
      await wizard();
    } finally {
      frame.remove();
    }
  });

  it('with no-drafts, says first that leaving loses the answers, and goes on the second press: back, the connection waits for its auth type', async () => {
    const { frame, el, wizard, page } = await framedAtConnect(undefined, undefined, '&no-drafts');
    try {
      const went = await navigationsWhile(frame.contentWindow!, el, () => inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click());
      expect(went, 'no navigation started').to.deep.equal([]);
      expect(frame.contentDocument === page, 'still on the page').to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent).to.contain('This page keeps no drafts');
      inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click();
      await cameBack(frame, page);
      const back = await wizard();
      await advanceTo(back, 'credentials');
      await waitUntil(() => inStep(back, '#oauth-status')?.textContent?.includes('Connected to Xero'), 'connected', { timeout: 5_000 });
    } finally {
      frame.remove();
    }
  });

  it('left with drafts, back on the page with no-drafts: the connection waits for its auth type, and nothing is blamed on another tab', async () => {
    const { frame, el, wizard, page } = await framedAtConnect();
    try {
      // The host page turns drafts off on the way back (its address says so when the provider sends the person back).
      frame.contentWindow!.history.replaceState(null, '', `${frame.contentWindow!.location.href}&no-drafts`);
      // The first press says the secret typed will be lost; the second goes.
      inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent?.includes('loses what you typed'), 'told first', { timeout: 5000 });
      inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click();
      await cameBack(frame, page);
      const back = await wizard();
      expect(back.hasAttribute('no-drafts'), 'back with no-drafts').to.equal(true);
      await advanceTo(back, 'credentials');
      const notices = [...back.shadowRoot!.querySelectorAll('[data-notice], #conflict-text')].map((n) => n.textContent).join(' ');
      expect(notices, 'not blamed on another tab').to.not.contain('another tab or window');
      await waitUntil(() => inStep(back, '#oauth-status')?.textContent?.includes('Connected to Xero'), 'connected', { timeout: 5_000 });
    } finally {
      frame.remove();
    }
  });

  it('an edit that continues in this tab comes back to the edit, connected, and the page is told which connector it was', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 800px';
    const db = uniqueDatabase();
    frame.src = `/src/test/oauth-frame.html?edit=c-9&db=${db}`;
    document.body.append(frame);
    try {
      const el = await framedWizard(frame);
      await el.goTo('credentials');
      await settle(el);
      frame.contentWindow!.open = () => null;
      inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
      await settle(el);
      const page = frame.contentDocument;
      const kept = () => Object.keys(frame.contentWindow!.sessionStorage).filter((key) => key.startsWith(STORED));
      inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click();
      await waitUntil(() => kept().length, 'kept for the return', { timeout: 5000, interval: 5 });
      expect(kept(), 'kept under the edit s own key, and its draft database').to.deep.equal([`${STORED}${signInSlot('default:edit:c-9', db)}`]);
      await cameBack(frame, page);
      await waitUntil(() => frame.contentDocument?.querySelector('connector-wizard')?.shadowRoot?.querySelector('[data-step]'), 'the wizard again', { timeout: 8000 });
      const back = frame.contentDocument!.querySelector('connector-wizard') as ConnectorWizard;
      await back.goTo('credentials');
      await settle(back);
      await waitUntil(() => inStep(back, '#oauth-status')?.textContent?.includes('Connected to Xero'), 'the edit connected', { timeout: 5000 });
      expect(kept(), 'taken').to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('no-drafts, back from a Shopify sign-in made for my-store: the store comes back with the connection, and typing it again keeps it (else the person loops through the provider)', async () => {
    const state = 'R'.repeat(43);
    // Continue in this tab was pressed with shop=my-store on the start URL; the page keeps no drafts.
    returnFromProvider(
      'default:shopify',
      { state, system: 'shopify', authType: 'oauth', draftId: 'default', environment: 'live', fields: { shop: 'my-store' } },
      oauthMessage(state, 'conn_mystore', 'demo-account@shopify.example on my-store.myshopify.com'),
    );
    const el = await reopened({ system: 'shopify', noDrafts: true });
    expect(location.hash, 'the return was taken').to.equal('');
    await advanceTo(el, 'auth');
    await choose(el, '#auth-oauth');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('credentials');
    expect(status(el).textContent, 'the connection waited for its auth type').to.contain('my-store.myshopify.com');
    expect(inStep<HTMLInputElement>(el, '#field-credentials-shop')!.value, 'the store it was made for').to.equal('my-store');
    await type(el, '#field-credentials-shop', 'my-store');
    expect(status(el).textContent!.trim(), 'the connection made for my-store is kept').to.contain('Connected to Shopify');
    await pressContinue(el);
    expect(currentStepId(el), `Continue goes on (said: ${errorSummary(el).join('; ')})`).to.equal('review');
  });

  it('with secrets to keep encrypted that this browser cannot seal, says first that the secret typed will be lost', async () => {
    const { frame, el, page } = await framedAtConnect('encrypted', (win) => {
      const add = win.IDBObjectStore.prototype.add;
      // The vault's key cannot be stored here (as in some private modes): secrets stay in memory.
      win.IDBObjectStore.prototype.add = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        if ((value as { key?: unknown })?.key instanceof win.CryptoKey) throw new win.DOMException('CryptoKey cannot be cloned', 'DataCloneError');
        return add.call(this, value, key);
      };
    });
    try {
      // Pressed at once after typing the secret: no save has tried the vault yet.
      const went = await navigationsWhile(frame.contentWindow!, el, () => inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click());
      expect(went, 'no navigation started').to.deep.equal([]);
      expect(frame.contentDocument === page, 'still on the page').to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent).to.contain('loses what you typed in Webhook secret');
      inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click();
      await cameBack(frame, page);
    } finally {
      frame.remove();
    }
  });

  it('with secrets kept encrypted, leaves at once and the secret comes back with the connection', async () => {
    const { frame, el, wizard, page } = await framedAtConnect('encrypted');
    try {
      inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click();
      await cameBack(frame, page);
      const back = await wizard();
      await waitUntil(() => currentStepId(back) === 'credentials', 'on Credentials', { timeout: 5000 });
      await waitUntil(() => inStep(back, '#oauth-status')!.textContent!.includes('Connected to Xero'), 'connected', { timeout: 5_000 });
      await waitUntil(() => inStep<HTMLInputElement>(back, '#field-credentials-webhookSecret')!.value === 'whsec_typed_by_the_person', 'the secret back', { timeout: 5_000 });
    } finally {
      frame.remove();
    }
  });
});
