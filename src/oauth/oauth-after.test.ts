/**
 * A second sign-in ("Connect a different account") that does not end as planned: the connector
 * created meanwhile, its create or save sent while the window is open, or the provider refusing.
 * The stand-in provider and its callback page are the test server's.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import type { ConnectorWizard, EditableConnector } from '../wizard/connector-wizard.js';
import { currentStepId, freshApi, GROUPS, inStep, pressContinue, settle, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { readDraft } from '../test/stored.js';
import { atConnect, broadcast, broadcastDelivered, connect, connectButton, oauthMessage, oauthStatus as status, toOAuthCredentials } from '../test/oauth-fixtures.js';

/** Connected as first@xero.example, then a new sign-in under way in its window. */
async function connectedThenAgain(options: Parameters<typeof atConnect>[0] = {}, wizard?: ConnectorWizard) {
  const el = wizard ?? (await atConnect(options));
  const first = await connect(el);
  broadcast(oauthMessage(first.state, 'conn_first', 'first@xero.example'));
  await waitUntil(() => status(el).textContent!.includes('first@xero.example'), 'connected', { timeout: 5_000 });
  const second = await connect(el);
  await waitUntil(() => status(el).dataset.oauth === 'waiting', 'waiting', { timeout: 5_000 });
  return { el, second };
}

describe('a second sign-in that does not end as planned', () => {
  it('the connector created while its window is open ends it: the window closes, and its result never brings the connector back as a draft', async () => {
    const draftDatabase = uniqueDatabase();
    const { el, second } = await connectedThenAgain({ draftDatabase });
    const created: unknown[] = [];
    el.addEventListener('connector-created', (e) => created.push((e as CustomEvent).detail));
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
    expect(await el.submit()).to.equal(true);
    await waitUntil(() => second.win.closed, 'the sign-in window closes with the create', { timeout: 5000 });
    await waitUntil(async () => (await readDraft(draftDatabase, 'default:xero'))?.deleted === true, 'the draft left as a tombstone', { timeout: 5_000 });
    // Its result, had it come anyway (a callback page posting on the channel), is no answer now: delivered, then any save it made written.
    // No endpoint here, so no send ends the sign-in (endSignIn): the connector created does (OAuthController.hostUpdated), its listening stopped with its window.
    await broadcastDelivered(el, oauthMessage(second.state, 'conn_second', 'second@xero.example'));
    await el.saveDraft();
    await settle(el);
    expect(created).to.have.length(1);
    expect((await readDraft(draftDatabase, 'default:xero'))?.deleted, 'the created connector stays finished').to.equal(true);
    expect(el.currentStep).to.equal('done');
  });

  it('a refusal says the connection there was is kept, as Review and the payload have it, in one sentence each', async () => {
    const { el, second } = await connectedThenAgain();
    broadcast({ type: 'connector-wizard-oauth', state: second.state, ok: false, error: 'You denied access.' });
    await waitUntil(() => status(el).dataset.oauth === 'denied', 'denied', { timeout: 5_000 });
    await settle(el);
    const said = status(el).textContent!.replace(/\s+/g, ' ').trim();
    expect(said).to.contain('Xero did not allow the connection: You denied access. You can try again.');
    expect(said).to.contain('first@xero.example');
    await pressContinue(el);
    expect(inStep(el, '[data-key="connection"] dd.value')!.textContent).to.contain('first@xero.example');
  });
});

/** The bodies of the POST and PATCH requests `work` makes. */
async function sentBy(work: () => Promise<unknown>): Promise<string> {
  const sent: string[] = [];
  const realFetch = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if ((init?.method === 'POST' || init?.method === 'PATCH') && typeof init.body === 'string') sent.push(init.body);
    return realFetch(input, init);
  };
  try {
    await work();
  } finally {
    window.fetch = realFetch;
  }
  return sent.join(' ');
}

/** Everything the polite live region says while `work` goes. */
/** `send()` goes out against a held fault; while it is out the second sign-in's result comes, and the answer is released once the wizard has heard it. */
async function secondResultWhileSent(el: ConnectorWizard, api: ReturnType<typeof freshApi>, state: string, send: () => Promise<unknown>): Promise<string> {
  return sentBy(async () => {
    const sending = send();
    try {
      await waitUntil(() => el.sending, 'sent', { timeout: 5000 });
      await broadcastDelivered(el, oauthMessage(state, 'conn_second', 'second@xero.example'));
    } finally {
      await api.release();
    }
    await sending;
  });
}

async function saidDuring(el: ConnectorWizard, work: () => Promise<unknown>): Promise<string[]> {
  const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
  const said: string[] = [];
  const observer = new MutationObserver(() => said.push(region.textContent!.trim()));
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  try {
    await work();
    await settle(el);
  } finally {
    observer.disconnect();
  }
  return said;
}

describe('a create or a save sent while a second sign-in is under way', function () {
  this.timeout(20_000);

  /** Create pressed on Review against a server that holds its answer; the second sign-in's result comes while it goes. */
  async function createWhileSigningIn(outcome: { kind: string; method: string; status?: number }) {
    const api = freshApi();
    const el = await wizardFixture({ system: 'xero', groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase() });
    el.setAttribute('oauth-start-url', '/api/oauth/start');
    await toOAuthCredentials(el);
    const { second } = await connectedThenAgain({}, el);
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
    await api.faults({ ...outcome, held: true });
    let body = '';
    const said = await saidDuring(el, async () => {
      body = await secondResultWhileSent(el, api, second.state, () => el.submit());
    });
    return { el, second, body, said };
  }

  it('the sign-in ends as Create is sent: its window closes, and its result is never said as the connection, as the connector is created with the one shown', async () => {
    const { el, second, body, said } = await createWhileSigningIn({ kind: 'slow', method: 'POST' });
    expect(second.win.closed, 'the window closes with the create').to.equal(true);
    expect(body).to.contain('conn_first').and.not.contain('conn_second');
    expect(said.join(' ')).to.not.contain('second@xero.example');
    expect(el.currentStep).to.equal('done');
  });

  it('a create that fails after ending the sign-in leaves the connection it sent, and Connect starts a new sign-in that the next create uses', async () => {
    const { el, body, said } = await createWhileSigningIn({ kind: 'status', status: 400, method: 'POST' });
    expect(body).to.contain('conn_first');
    expect(said.join(' ')).to.not.contain('second@xero.example');
    expect(el.currentStep).to.equal('review');
    await el.goTo('credentials');
    await settle(el);
    expect(status(el).textContent).to.contain('first@xero.example');
    const third = await connect(el);
    broadcast(oauthMessage(third.state, 'conn_third', 'third@xero.example'));
    await waitUntil(() => status(el).textContent!.includes('third@xero.example'), 'connected anew', { timeout: 5_000 });
    await pressContinue(el);
    expect(await sentBy(() => el.submit())).to.contain('conn_third');
    expect(el.currentStep).to.equal('done');
  });

  it('the sign-in ends as an edit s Save changes is sent: the save carries the connection shown, never the result that comes meanwhile', async () => {
    const api = freshApi();
    await api.create({
      name: 'Xero UK',
      system: 'xero',
      group: 'uk',
      environment: 'live',
      timeZone: 'UTC',
      dateFormat: 'yyyy-MM-dd',
      authType: 'oauth',
      credentials: { connectionRef: 'conn_kept' },
    });
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    // A draft-id of its own: the sign-in window is known by it (see oauthKey).
    const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase(), draftId: `edit-${crypto.randomUUID()}` });
    el.setAttribute('oauth-start-url', '/api/oauth/start');
    el.connector = stored!;
    await settle(el);
    await el.goTo('credentials');
    await settle(el);
    expect(connectButton(el).textContent!.trim()).to.equal('Connect a different account');
    const { second } = await connectedThenAgain({}, el);
    await el.goTo('review');
    await settle(el);
    await api.faults({ kind: 'slow', method: 'PATCH', held: true });
    let body = '';
    const said = await saidDuring(el, async () => {
      body = await secondResultWhileSent(el, api, second.state, () => el.submit());
    });
    expect(second.win.closed, 'the window closes with the save').to.equal(true);
    expect(body).to.contain('conn_first').and.not.contain('conn_second');
    expect(said.join(' ')).to.not.contain('second@xero.example');
    expect(el.currentStep).to.equal('done');
  });
});
