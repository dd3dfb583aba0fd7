/**
 * A same-tab return's message as callbacks really write it: a provider's `error_description` passed through, already
 * percent-encoded or not, in any script and of any length. What the provider said is read, as text, shortened.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { currentStepId, inStep, settle, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { atConnect, broadcastDelivered, oauthMessage, oauthStatus as status, toOAuthCredentials } from '../test/oauth-fixtures.js';
import { readDraft } from '../test/stored.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { oauthReturnConnectorId, oauthReturnDraftId } from './oauth-return-draft.js';

const STORED = 'connector-wizard:oauth-state:';
/** What is read out, without the marks that isolate the provider s words. */
const said = (element: Element) =>
  element
    .textContent!.replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Back from a same-tab sign-in of `state` whose callback wrote `fragment` after `#connector-wizard-oauth=`; the wizard on Credentials. */
async function backWith(state: string, fragment: string): Promise<ConnectorWizard> {
  sessionStorage.setItem(`${STORED}default:xero`, JSON.stringify({ state, system: 'xero', authType: 'oauth' }));
  history.replaceState(history.state, '', `${location.pathname}${location.search}#connector-wizard-oauth=${fragment}`);
  const el = await wizardFixture({ system: 'xero', noDrafts: true });
  el.setAttribute('oauth-start-url', '/api/oauth/start');
  await settle(el);
  await toOAuthCredentials(el);
  return el;
}

const refusal = (state: string, error: string) => JSON.stringify({ type: 'connector-wizard-oauth', state, ok: false, error });

describe('OAuth: what a callback writes into a same-tab return', () => {
  afterEach(() => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(STORED)) sessionStorage.removeItem(key);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  });

  it('a message written unencoded, whose error_description holds a lone %, is still said as the provider s refusal', async () => {
    const state = 'P'.repeat(43);
    // The browser encodes the spaces and quotes; the lone % stays, which decodeURIComponent refuses.
    const el = await backWith(state, refusal(state, 'Only 100% of admins may approve'));
    await waitUntil(() => status(el).dataset.oauth === 'denied', 'the refusal said', { timeout: 5_000 });
    expect(said(status(el))).to.contain('Xero did not allow the connection: Only 100% of admins may approve.');
    expect(location.hash, 'taken').to.equal('');
    expect(sessionStorage.getItem(`${STORED}default:xero`), 'spent').to.equal(null);
  });

  it('a callback that appends a second error_description after the message: the message is still read, and the refusal said', async () => {
    const state = 'R'.repeat(43);
    const el = await backWith(state, `${encodeURIComponent(refusal(state, 'The user denied the request'))}&error_description=${encodeURIComponent('access_denied')}`);
    await waitUntil(() => status(el).dataset.oauth === 'denied', 'the refusal said', { timeout: 5_000 });
    expect(said(status(el))).to.contain('Xero did not allow the connection: The user denied the request.');
    expect(location.hash, 'taken').to.equal('');
  });

  it('words of the provider that close the message early in one written unencoded never make a refusal a connection', async () => {
    const state = 'S'.repeat(43);
    // Quotes the browser encodes as it encodes the message's own, and a } followed by & where a cut is tried.
    const words = 'x%22,%22ok%22:true,%22connection%22:{%22ref%22:%22conn_forged%22,%22account%22:%22forged@xero.example%22}}&';
    const el = await backWith(state, refusal(state, words));
    await waitUntil(() => location.hash === '', 'the return read', { timeout: 5_000 });
    await settle(el);
    expect(status(el).dataset.oauth, 'no connection made of the provider s words').to.not.equal('connected');
    expect(said(status(el))).to.not.contain('forged@xero.example');
  });

  it('a success appended after a refusal is not taken: the refusal, which comes first, is said', async () => {
    const state = 'T'.repeat(43);
    const success = { type: 'connector-wizard-oauth', state, ok: true, connection: { ref: 'conn_appended', account: 'appended@xero.example' } };
    const el = await backWith(state, `${encodeURIComponent(refusal(state, 'The user denied the request'))}&${encodeURIComponent(JSON.stringify(success))}`);
    await waitUntil(() => status(el).dataset.oauth === 'denied', 'the refusal said', { timeout: 5_000 });
    expect(said(status(el))).to.not.contain('appended@xero.example');
  });

  it('an error_description already percent-encoded, with +, in Arabic, and 10 kB long, is said as the provider wrote it, as text, shortened', async () => {
    const state = 'Q'.repeat(43);
    const words = 'a%25b+c %E2%9C%93 <b>رفض المستخدم الإذن</b> ' + 'x'.repeat(10_000);
    const el = await backWith(state, encodeURIComponent(refusal(state, words)));
    await waitUntil(() => status(el).dataset.oauth === 'denied', 'the refusal said', { timeout: 5_000 });
    const text = said(status(el));
    expect(text).to.contain('Xero did not allow the connection: a%25b+c %E2%9C%93 <b>رفض المستخدم الإذن</b> xxx');
    expect(status(el).querySelector('b'), 'never markup').to.equal(null);
    expect(text.length, 'shortened').to.be.below(800);
    expect(text).to.contain('…');
  });
});

describe('OAuth: a same-tab return whose message cannot be read', () => {
  afterEach(() => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(STORED)) sessionStorage.removeItem(key);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  });

  const UNREADABLE = 'The answer from signing in to Xero could not be read, so no connection was made. Choose Connect with Xero to try again.';
  const message = (state: string) => JSON.stringify({ type: 'connector-wizard-oauth', state, ok: true, connection: { ref: 'conn_cut', account: 'cut@xero.example' } });

  it('a message cut short after its state: said that the answer could not be read, spent, and Connect offered again', async () => {
    const state = 'U'.repeat(43);
    const el = await backWith(state, encodeURIComponent(message(state)).slice(0, -40));
    await waitUntil(() => said(status(el)).includes(UNREADABLE), `the unreadable answer said (saw: ${said(status(el))})`, { timeout: 5_000 });
    expect(location.hash, 'taken').to.equal('');
    expect(sessionStorage.getItem(`${STORED}default:xero`), 'spent').to.equal(null);
    expect(said(status(el))).to.not.contain('cut@xero.example');
  });

  it('a message in another encoding (base64), whose state cannot be read at all, is said to this wizard whose sign-in came back', async () => {
    const el = await backWith('V'.repeat(43), btoa(message('V'.repeat(43))));
    await waitUntil(() => said(status(el)).includes(UNREADABLE), `the unreadable answer said (saw: ${said(status(el))})`, { timeout: 5_000 });
    expect(location.hash, 'taken').to.equal('');
    expect(sessionStorage.getItem(`${STORED}default:xero`), 'spent').to.equal(null);
  });

  it('a message with the state of this sign-in and no other field is said as an answer that could not be read', async () => {
    const state = 'W'.repeat(43);
    const el = await backWith(state, encodeURIComponent(JSON.stringify({ type: 'connector-wizard-oauth', state })));
    await waitUntil(() => said(status(el)).includes(UNREADABLE), `the unreadable answer said (saw: ${said(status(el))})`, { timeout: 5_000 });
    expect(location.hash, 'taken').to.equal('');
  });

  it('with a draft: back on Credentials with every answer typed, told the answer could not be read', async () => {
    const draftDatabase = uniqueDatabase();
    const first = await atConnect({ draftDatabase });
    await waitUntil(async () => (await readDraft(draftDatabase, 'default:xero'))?.step === 'credentials', 'the draft saved at Connect', { timeout: 5_000 });
    first.remove();
    const state = 'X'.repeat(43);
    sessionStorage.setItem(`${STORED}default:xero`, JSON.stringify({ state, system: 'xero', authType: 'oauth' }));
    history.replaceState(history.state, '', `${location.pathname}${location.search}#connector-wizard-oauth=${encodeURIComponent(message(state)).slice(0, 30)}`);
    const el = await wizardFixture({ system: 'xero', draftDatabase });
    el.setAttribute('oauth-start-url', '/api/oauth/start');
    await settle(el);
    await waitUntil(() => currentStepId(el) === 'credentials', 'back on Credentials', { timeout: 5_000 });
    await waitUntil(() => said(status(el)).includes(UNREADABLE), `the unreadable answer said (saw: ${said(status(el))})`, { timeout: 5_000 });
    await el.goTo('general');
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value, 'the name typed').to.equal('Shopify UK');
  });

  it('an unreadable return with the state of another wizard s sign-in is left for that wizard', async () => {
    const state = 'Y'.repeat(43);
    sessionStorage.setItem(`${STORED}other`, JSON.stringify({ state, system: 'xero', authType: 'oauth', draftId: 'other' }));
    const el = await backWith('Z'.repeat(43), encodeURIComponent(JSON.stringify({ type: 'connector-wizard-oauth', state })));
    await settle(el);
    expect(location.hash, 'left for its wizard').to.contain('connector-wizard-oauth');
    expect(said(status(el))).to.not.contain(UNREADABLE);
  });
});

describe('OAuth: a same-tab return with no state to read, when more than one sign-in was left for', () => {
  const OPEN = 'connector-wizard:oauth-open:';
  const UNREADABLE = 'The answer from signing in to Xero could not be read, so no connection was made. Choose Connect with Xero to try again.';
  const unreadable = (state: string) => btoa(JSON.stringify({ type: 'connector-wizard-oauth', state, ok: true, connection: { ref: 'conn_b64' } }));
  const made: ConnectorWizard[] = [];
  afterEach(() => {
    for (const el of made.splice(0)) el.remove();
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(STORED) || key.startsWith(OPEN)) sessionStorage.removeItem(key);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  });

  it('a popup sign-in started after this wizard left the page (then came Back) is still taken up, and its result connects', async () => {
    const popupState = 'Q'.repeat(43);
    const request = { startUrl: '/api/oauth/start', timeoutMs: 30_000, system: 'xero', authType: 'oauth', draftId: 'default', key: 'default:xero' };
    sessionStorage.setItem(`${OPEN}default:xero`, JSON.stringify({ request, state: popupState, at: Date.now() }));
    const el = await backWith('R'.repeat(43), unreadable('R'.repeat(43)));
    made.push(el);
    await waitUntil(() => status(el).dataset.oauth === 'detached', `the popup sign-in taken up (saw: ${status(el).dataset.oauth})`, { timeout: 5_000 });
    await broadcastDelivered(el, oauthMessage(popupState));
    await waitUntil(() => status(el).dataset.oauth === 'connected', 'the popup s result taken', { timeout: 5_000 });
    expect(said(status(el))).to.not.contain(UNREADABLE);
  });

  it('two wizards, each left the page once: the page is told the draft-id and the connector of the one that left last, which takes it', async () => {
    sessionStorage.setItem(`${STORED}last`, JSON.stringify({ state: 'D'.repeat(43), system: 'xero', authType: 'oauth', draftId: 'last', editing: 'c-9', at: Date.now() }));
    sessionStorage.setItem(`${STORED}first`, JSON.stringify({ state: 'C'.repeat(43), system: 'xero', authType: 'oauth', draftId: 'first', at: Date.now() - 60_000 }));
    history.replaceState(history.state, '', `${location.pathname}${location.search}#connector-wizard-oauth=${unreadable('D'.repeat(43))}`);
    expect(oauthReturnDraftId(), 'the draft to open').to.equal('last');
    expect(oauthReturnConnectorId(), 'the connector to edit').to.equal('c-9');
    // Kept without the draft-id beside it (an earlier version): its key.
    sessionStorage.setItem(`${STORED}last`, JSON.stringify({ state: 'D'.repeat(43), system: 'xero', authType: 'oauth', at: Date.now() }));
    expect(oauthReturnDraftId(), 'the key it was kept under').to.equal('last');
    expect(oauthReturnConnectorId(), 'a new connector').to.equal(undefined);
  });

  it('two wizards, each left the page once: the one that left last says it, the other keeps its sign-in', async () => {
    sessionStorage.setItem(`${STORED}first`, JSON.stringify({ state: 'A'.repeat(43), system: 'xero', authType: 'oauth', draftId: 'first', at: Date.now() - 60_000 }));
    sessionStorage.setItem(`${STORED}last`, JSON.stringify({ state: 'B'.repeat(43), system: 'xero', authType: 'oauth', draftId: 'last', at: Date.now() }));
    history.replaceState(history.state, '', `${location.pathname}${location.search}#connector-wizard-oauth=${unreadable('B'.repeat(43))}`);
    const first = await wizardFixture({ system: 'xero', noDrafts: true, draftId: 'first' });
    made.push(first);
    first.setAttribute('oauth-start-url', '/api/oauth/start');
    await settle(first);
    await toOAuthCredentials(first);
    const last = await wizardFixture({ system: 'xero', noDrafts: true, draftId: 'last' });
    made.push(last);
    last.setAttribute('oauth-start-url', '/api/oauth/start');
    await settle(last);
    await toOAuthCredentials(last);
    await waitUntil(() => said(status(last)).includes(UNREADABLE), `the wizard that left last says it (saw: ${said(status(last))})`, { timeout: 5_000 });
    expect(said(status(first)), 'the other').to.not.contain(UNREADABLE);
    expect(sessionStorage.getItem(`${STORED}first`), 'the other s sign-in kept').to.contain('A'.repeat(43));
  });
});
