/**
 * How late a same-tab return may be: the person's time at the provider (an MFA, an admin's approval) never counts, only how
 * long the return has waited on this page unused; and times kept by hand, by an earlier version or under a changed clock
 * neither throw nor refuse a return.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { settle, wizardFixture } from '../test/fixtures.js';
import { connectButton, oauthMessage, oauthStatus as status, toOAuthCredentials } from '../test/oauth-fixtures.js';
import type { ConnectorWizard, EditableConnector } from '../wizard/connector-wizard.js';
import { oauthReturnDraftId } from './oauth-return-draft.js';
import { RETURN_LIFETIME_MS } from './returned-sign-in.js';

const STORED = 'connector-wizard:oauth-state:';
const EXPIRED =
  'The answer from signing in to Xero came back more than an hour ago and can no longer be used, so no connection was made. Choose Connect with Xero to try again.';
const fragment = (message: object) => `#connector-wizard-oauth=${encodeURIComponent(JSON.stringify(message))}`;

/** Back from a same-tab sign-in kept as `kept` under `key`, its callback bringing a connection for `account`. */
function backFrom(key: string, kept: Record<string, unknown>, account: string) {
  const state = kept.state as string;
  sessionStorage.setItem(STORED + key, JSON.stringify({ system: 'xero', authType: 'oauth', ...kept }));
  history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment(oauthMessage(state, `conn_${state.slice(0, 4)}`, account))}`);
}

async function onCredentials(): Promise<ConnectorWizard> {
  const el = await wizardFixture({ system: 'xero', noDrafts: true });
  el.setAttribute('oauth-start-url', '/api/oauth/start');
  await settle(el);
  await toOAuthCredentials(el);
  return el;
}

describe('OAuth: a same-tab return that comes back late', () => {
  const made: ConnectorWizard[] = [];
  afterEach(() => {
    for (const el of made.splice(0)) el.remove();
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(STORED)) sessionStorage.removeItem(key);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  });

  it('a person who spent 70 minutes at the provider (an MFA, an admin approval) comes back connected', async () => {
    backFrom('default:xero', { state: 'L'.repeat(43), at: Date.now() - 70 * 60_000 }, 'slow@xero.example');
    const el = await onCredentials();
    made.push(el);
    await waitUntil(() => status(el).textContent!.includes('slow@xero.example'), `connected (saw: ${status(el).textContent})`, { timeout: 5_000 });
    expect(status(el).textContent).to.not.contain(EXPIRED);
    expect(location.hash).to.equal('');
  });

  it('a return left on the page unused for more than an hour is spent and said expired once in the live region, the focus not taken to it', async () => {
    backFrom('default:xero', { state: 'M'.repeat(43), at: Date.now() - 3 * RETURN_LIFETIME_MS, back: Date.now() - 2 * RETURN_LIFETIME_MS }, 'stale@xero.example');
    const el = await wizardFixture({ system: 'xero', noDrafts: true });
    made.push(el);
    el.setAttribute('oauth-start-url', '/api/oauth/start');
    await settle(el);
    expect(location.hash, 'the address bar cleaned').to.equal('');
    expect(sessionStorage.getItem(`${STORED}default:xero`), 'spent').to.equal(null);
    // What the live region says, each text once as it comes (the return waits for its auth type to be chosen: no-drafts).
    const live = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    const texts: string[] = [];
    const observer = new MutationObserver(() => texts.at(-1) !== live.textContent && texts.push(live.textContent!));
    observer.observe(live, { subtree: true, childList: true, characterData: true });
    await toOAuthCredentials(el);
    await waitUntil(() => status(el).textContent!.includes(EXPIRED), `told it expired (saw: ${status(el).textContent})`, { timeout: 5_000 });
    observer.takeRecords();
    observer.disconnect();
    expect(texts.filter((text) => text.includes(EXPIRED)).length, `said once in the live region (said: ${JSON.stringify(texts)})`).to.equal(1);
    expect(status(el).closest('[role="alert"],[aria-live]'), 'the note beside Connect is not a second live region').to.equal(null);
    expect(status(el).textContent).to.not.contain('stale@xero.example');
    const step = el.shadowRoot!.querySelector('[data-step]')!.shadowRoot!;
    expect([status(el), connectButton(el)], 'the focus stays where Continue put it').to.not.include(step.activeElement);
  });

  it('a return left for the edit it was started in is marked when the page first sees it, and the edit takes it within the hour', async () => {
    const state = 'P'.repeat(43);
    backFrom('dialog', { state, draftId: 'dialog', editing: 'c-9', at: Date.now() - 90 * 60_000 }, 'edit@xero.example');
    const el = await wizardFixture({ system: 'xero', noDrafts: true, draftId: 'dialog' });
    made.push(el);
    el.setAttribute('oauth-start-url', '/api/oauth/start');
    await settle(el);
    await toOAuthCredentials(el);
    expect(location.hash, 'left for the edit').to.contain('connector-wizard-oauth');
    const kept = JSON.parse(sessionStorage.getItem(`${STORED}dialog`)!) as { back?: unknown };
    expect(typeof kept.back, 'when it came back, kept beside it').to.equal('number');
    el.connector = {
      id: 'c-9',
      name: 'Xero testing',
      system: 'xero',
      group: '',
      environment: 'test',
      timeZone: 'UTC',
      dateFormat: 'yyyy-MM-dd',
      authType: 'oauth',
    } as EditableConnector;
    await settle(el);
    await el.goTo('credentials');
    await settle(el);
    await waitUntil(() => status(el).textContent!.includes('edit@xero.example'), `the edit takes it (saw: ${status(el).textContent})`, { timeout: 5_000 });
  });

  for (const [what, times] of [
    ['left and came back in the future (the clock was set back since)', { at: Date.now() + 5 * RETURN_LIFETIME_MS, back: Date.now() + 4 * RETURN_LIFETIME_MS }],
    ['kept as text', { at: 'yesterday', back: String(Date.now() - 2 * RETURN_LIFETIME_MS) }],
    ['kept as NaN (written as null)', { at: Number.NaN, back: Number.NaN }],
    ['kept as an object', { at: {}, back: [] }],
  ] as const)
    it(`times ${what}: the return is taken, connected`, async () => {
      backFrom('default:xero', { state: 'Q'.repeat(43), ...times }, 'clock@xero.example');
      const el = await onCredentials();
      made.push(el);
      await waitUntil(() => status(el).textContent!.includes('clock@xero.example'), `connected (saw: ${status(el).textContent})`, { timeout: 5_000 });
      expect(location.hash).to.equal('');
    });

  it('the page is told the draft of a return even when an entry that is not JSON is kept before it', async () => {
    const state = 'R'.repeat(43);
    backFrom('good', { state, draftId: 'good', at: Date.now() }, 'good@xero.example');
    // sessionStorage keeps no order: broken entries are added until one is read before the good one.
    const order = () => Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.key(i) ?? '');
    const brokenFirst = () =>
      order()
        .slice(0, order().indexOf(`${STORED}good`))
        .some((key) => key.startsWith(`${STORED}broken`));
    for (let i = 0; i < 64 && !brokenFirst(); i++) sessionStorage.setItem(`${STORED}broken-${i}`, '{"state":"cut sh');
    expect(brokenFirst(), 'a broken entry read before the good one').to.equal(true);
    expect(oauthReturnDraftId()).to.equal('good');
  });
});
