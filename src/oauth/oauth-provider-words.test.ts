/**
 * The provider's own words (the account signed in to, a refusal's `error`) become clauses of the
 * wizard's sentences: trimmed, read as absent when blank, and ending in the sentence's one full
 * stop however the provider ends them; on Credentials and on Review, from the popup or back in this tab.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { currentStepId, inStep, pressContinue, settle, wizardFixture } from '../test/fixtures.js';
import { atConnect, broadcast, connect, oauthMessage, oauthStatus as status, toOAuthCredentials } from '../test/oauth-fixtures.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

const STORED = 'connector-wizard:oauth-state:';
const said = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();
const reviewConnection = (el: ConnectorWizard) => said(inStep(el, '.row[data-key="connection"] dd.value')!);

/** Connect pressed, and the callback's `message` (for the state in flight) brought on the BroadcastChannel. */
async function signedIn(message: (state: string) => object, outcome: 'connected' | 'denied' = 'connected'): Promise<ConnectorWizard> {
  const el = await atConnect();
  const { win, state } = await connect(el);
  broadcast(message(state));
  await waitUntil(() => status(el).dataset.oauth === outcome, outcome, { timeout: 5_000 });
  if (!win.closed) win.close();
  return el;
}

describe('OAuth: the provider s words in the wizard s sentences', () => {
  afterEach(() => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(STORED)) sessionStorage.removeItem(key);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  });

  it('an account name of only spaces is no name: never "as ." on Credentials nor on Review', async () => {
    const el = await signedIn((state) => oauthMessage(state, 'conn_blank', ' \t '));
    expect(said(status(el))).to.equal('Connected to Xero.');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
    expect(reviewConnection(el)).to.equal('Connected to Xero.');
  });

  it('an account name that ends in its own full stop (Acme Inc.) is said with one, trimmed, on Credentials and on Review', async () => {
    const el = await signedIn((state) => oauthMessage(state, 'conn_inc', '  Acme Inc. '));
    expect(said(status(el))).to.equal('Connected to Xero as Acme Inc.');
    await pressContinue(el);
    expect(reviewConnection(el)).to.equal('Connected to Xero as Acme Inc.');
  });

  it('a refusal worded in HTML (a provider page passed through as error_description) is said as text: nothing of it becomes an element or runs', async () => {
    const error = '<p>Access <b>denied</b></p><img src="/__oauth/never-loaded.png" onerror="window.__oauthMarkupRan = true">';
    const el = await signedIn((state) => ({ type: 'connector-wizard-oauth', state, ok: false, error }), 'denied');
    await settle(el);
    expect(status(el).children.length, 'no element made of it').to.equal(0);
    expect(said(status(el))).to.equal(`Xero did not allow the connection: ${error}. You can try again.`);
    expect((window as Window & { __oauthMarkupRan?: boolean }).__oauthMarkupRan, 'nothing ran').to.equal(undefined);
  });

  it('a refusal whose error is only spaces says no empty clause', async () => {
    const el = await signedIn((state) => ({ type: 'connector-wizard-oauth', state, ok: false, error: '  \n ' }), 'denied');
    expect(said(status(el))).to.equal('Xero did not allow the connection. You can try again.');
  });

  it('a refusal whose words end in !, ? or a shortening … keeps that mark and gets no full stop after it', async () => {
    const saidFor: string[] = [];
    for (const error of ['Access denied!', 'Did you cancel?', `AADSTS65004: User declined to consent. ${'x'.repeat(600)}`, 'Access denied', 'Access denied.']) {
      const el = await signedIn((state) => ({ type: 'connector-wizard-oauth', state, ok: false, error }), 'denied');
      saidFor.push(said(status(el)));
      el.remove();
    }
    expect(
      saidFor.filter((text) => /[!?…]\./u.test(text)),
      'never "!.", "?." or "…."',
    ).to.deep.equal([]);
    expect(saidFor[0]).to.equal('Xero did not allow the connection: Access denied! You can try again.');
    expect(saidFor[1]).to.equal('Xero did not allow the connection: Did you cancel? You can try again.');
    expect(saidFor[2]).to.match(/: AADSTS65004: User declined to consent\. x+… You can try again\.$/u);
    expect(saidFor.slice(3), 'words without a mark of their own end in one full stop').to.deep.equal(
      Array(2).fill('Xero did not allow the connection: Access denied. You can try again.'),
    );
  });

  it('an account name that ends in its own ! (Yahoo!) is said without a full stop after it, on Credentials and on Review', async () => {
    const el = await signedIn((state) => oauthMessage(state, 'conn_yahoo', 'Yahoo!'));
    expect(said(status(el))).to.equal('Connected to Xero as Yahoo!');
    await pressContinue(el);
    expect(reviewConnection(el)).to.equal('Connected to Xero as Yahoo!');
  });

  it('words that end in an invisible character are said as those that show: no "as ." and no "!." nor ".."', async () => {
    let el = await signedIn((state) => oauthMessage(state, 'conn_zw', '\u200b'));
    expect(said(status(el)).replace(/\u200b/gu, '')).to.equal('Connected to Xero.');
    el = await signedIn((state) => oauthMessage(state, 'conn_zw_yahoo', 'Yahoo!\u200b\ufeff'));
    expect(said(status(el)).replace(/[\u200b\ufeff]/gu, '')).to.equal('Connected to Xero as Yahoo!');
    el = await signedIn((state) => oauthMessage(state, 'conn_zw_inc', 'Acme Inc.\u200b'));
    expect(said(status(el)).replace(/\u200b/gu, '')).to.equal('Connected to Xero as Acme Inc.');
  });

  it('back in this tab, the account is said the same way', async () => {
    const state = 'W'.repeat(43);
    sessionStorage.setItem(`${STORED}default:xero`, JSON.stringify({ state, system: 'xero', authType: 'oauth' }));
    const message = oauthMessage(state, 'conn_tab_inc', 'Acme Inc. ');
    history.replaceState(history.state, '', `${location.pathname}${location.search}#connector-wizard-oauth=${encodeURIComponent(JSON.stringify(message))}`);
    const el = await wizardFixture({ system: 'xero', noDrafts: true });
    el.setAttribute('oauth-start-url', '/api/oauth/start');
    await settle(el);
    expect(location.hash, 'taken').to.equal('');
    await toOAuthCredentials(el);
    await waitUntil(() => said(status(el)).startsWith('Connected'), 'connected', { timeout: 5_000 });
    expect(said(status(el))).to.equal('Connected to Xero as Acme Inc.');
  });
});
