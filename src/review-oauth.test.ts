/**
 * Review (oauth): failing tests for defects found in the OAuth sign-in.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { GROUPS, freshApi, pressContinue, settle, currentStepId, wizardFixture } from './test/fixtures.js';
import { broadcast, connect, oauthMessage, oauthStatus as status, sleep, toOAuthCredentials } from './test/oauth-fixtures.js';

describe('review oauth', function () {
  this.timeout(20_000);

  it('a second sign-in whose result lands while Create is being sent: the connector is created with the account the wizard last said it is connected as', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'xero', groups: GROUPS, endpoint: api.endpoint });
    el.setAttribute('oauth-start-url', '/api/oauth/start');
    await toOAuthCredentials(el);
    const first = await connect(el);
    broadcast(oauthMessage(first.state, 'conn_first', 'first@xero.example'));
    await waitUntil(() => status(el).textContent!.includes('first@xero.example'), 'connected');
    const second = await connect(el);
    await waitUntil(() => status(el).dataset.oauth === 'waiting', 'waiting');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
    const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(region.textContent!.trim()));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    const created: any[] = [];
    el.addEventListener('connector-created', (e) => created.push((e as CustomEvent).detail));
    await api.faults({ kind: 'slow', method: 'POST', delayMs: 1500 });
    const sent: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method === 'POST' && typeof init.body === 'string') sent.push(init.body);
      else if (input instanceof Request && input.method === 'POST') void input.clone().text().then((t) => sent.push(t));
      return realFetch(input, init);
    };
    try {
      const submitting = el.submit();
      await sleep(300);
      broadcast(oauthMessage(second.state, 'conn_second', 'second@xero.example'));
      await submitting;
    } finally {
      window.fetch = realFetch;
    }
    await settle(el);
    observer.disconnect();
    if (!second.win.closed) second.win.close();
        const lastConnected = said.filter((s) => s.includes('Connected to Xero as')).at(-1) ?? '';
    await sleep(50);
    const sentRef = sent.join(' ');
    expect(lastConnected.includes('second@') ? sentRef.includes('conn_second') : true, `said: ${lastConnected}; sent: ${sentRef}`).to.equal(true);
  });

  it('the reference API started from a page on another loopback origin (npm run api) brings a same-tab sign-in back to that page, as it posts to it', async () => {
    // The widget page is on this origin; the reference API on another loopback origin, as with `npm run api` on 127.0.0.1:8787.
    const api = `http://${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
    const back = `${location.origin}/src/test/oauth-frame.html?landed`;
    const state = 'R'.repeat(43);
    const frame = document.createElement('iframe');
    frame.src = `${api}/api/oauth/callback?${new URLSearchParams({ state, system: 'xero', authType: 'oauth', result: 'allow', opener: location.origin, return: back })}`;
    document.body.append(frame);
    try {
      const landed = () => {
        try {
          return frame.contentWindow!.location.href.startsWith(back);
        } catch {
          return false;
        }
      };
      await sleep(3000);
      expect(landed(), 'the callback went back to the page that left for the sign-in, not stranding the person on "You can close this window"').to.equal(true);
    } finally {
      frame.remove();
    }
  });
});
