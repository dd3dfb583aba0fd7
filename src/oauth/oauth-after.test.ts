/**
 * A second sign-in ("Connect a different account") that does not end as planned: the connector
 * created meanwhile, or the provider refusing. The stand-in provider and its callback page are
 * the test server's.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { currentStepId, inStep, pressContinue, settle, uniqueDatabase } from '../test/fixtures.js';
import { readDraft } from '../test/stored.js';
import { atConnect, broadcast, connect, oauthMessage, oauthStatus as status, sleep } from '../test/oauth-fixtures.js';

/** Connected as first@xero.example, then a new sign-in under way in its window. */
async function connectedThenAgain(options: Parameters<typeof atConnect>[0] = {}) {
  const el = await atConnect(options);
  const first = await connect(el);
  broadcast(oauthMessage(first.state, 'conn_first', 'first@xero.example'));
  await waitUntil(() => status(el).textContent!.includes('first@xero.example'), 'connected');
  const second = await connect(el);
  await waitUntil(() => status(el).dataset.oauth === 'waiting', 'waiting');
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
    await waitUntil(() => second.win.closed, 'the sign-in window closes with the create', { timeout: 2000 });
    // Its result, had it come anyway (a callback page posting on the channel), is no answer now.
    broadcast(oauthMessage(second.state, 'conn_second', 'second@xero.example'));
    await sleep(500);
    await settle(el);
    expect(created).to.have.length(1);
    expect((await readDraft(draftDatabase, 'default:xero'))?.deleted, 'the created connector stays finished').to.equal(true);
    expect(el.currentStep).to.equal('done');
  });

  it('a refusal says the connection there was is kept, as Review and the payload have it, in one sentence each', async () => {
    const { el, second } = await connectedThenAgain();
    broadcast({ type: 'connector-wizard-oauth', state: second.state, ok: false, error: 'You denied access.' });
    await waitUntil(() => status(el).dataset.oauth === 'denied', 'denied');
    await settle(el);
    const said = status(el).textContent!.replace(/\s+/g, ' ').trim();
    expect(said).to.contain('Xero did not allow the connection: You denied access. You can try again.');
    expect(said).to.contain('first@xero.example');
    await pressContinue(el);
    expect(inStep(el, '[data-key="connection"] dd.value')!.textContent).to.contain('first@xero.example');
  });
});
