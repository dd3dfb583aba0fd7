/**
 * Two sign-ins of one wizard live at once (Connect pressed again once a provider on another origin cut the first window off),
 * and one result brought more than once (a callback that answers on every channel, a backend that repeats it): only the
 * latest sign-in's result is taken, and once.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { settle, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { atConnect, broadcastDelivered, closePopup, connect, connectButton, oauthMessage, oauthStatus as status, toOAuthCredentials } from '../test/oauth-fixtures.js';

const STORED = 'connector-wizard:oauth-state:';
const elsewhere = async (): Promise<{ provider: number; held: number }> => (await fetch('/__oauth/elsewhere', { cache: 'no-store' })).json();
/** This server under its other loopback name: another origin. */
const otherOrigin = () => `http://${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;

/** Presses Connect; resolves with the window it opened and the state on its start URL, once the provider elsewhere cut it off. */
async function connectCutOff(el: ConnectorWizard, held: number): Promise<{ win: Window; state: string }> {
  const open = window.open;
  let opened: { win: Window | null; url: string } | undefined;
  window.open = (...args: Parameters<typeof window.open>) => (opened = { win: open.apply(window, args), url: String(args[0]) }).win;
  try {
    connectButton(el).click();
  } finally {
    window.open = open;
  }
  expect(opened?.win, 'a window opened').to.not.equal(null);
  await waitUntil(async () => (await elsewhere()).held === held, 'at the provider elsewhere, the way back held', { timeout: 8000 });
  await waitUntil(() => opened!.win!.closed, 'the window reads closed (cut off)', { timeout: 5000 });
  await waitUntil(() => status(el).dataset.oauth === 'detached', `still listening (saw: ${status(el).dataset.oauth})`, { timeout: 5000 });
  return { win: opened!.win!, state: new URL(opened!.url, location.href).searchParams.get('state')! };
}

/** Each text the live region of `el` takes from now on, until `stop()`. */
function announced(el: ConnectorWizard) {
  const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
  const texts: string[] = [];
  const observer = new MutationObserver(() => texts.at(-1) !== region.textContent && texts.push(region.textContent ?? ''));
  observer.observe(region, { subtree: true, childList: true, characterData: true });
  return Object.assign(() => texts, { stop: () => observer.disconnect() });
}

describe('OAuth: two sign-ins live, and one result brought twice', function () {
  this.timeout(40_000);

  beforeEach(async () => {
    await fetch('/__oauth/elsewhere', { method: 'POST' });
  });
  afterEach(async () => {
    await fetch('/__oauth/elsewhere', { method: 'POST' });
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(STORED)) sessionStorage.removeItem(key);
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  });

  it('Connect pressed again once the first window was cut off: the first sign-in s result, coming later, is not taken; the latest one s is', async () => {
    // Its callback keeps the result for a result URL the page has not set: only what this test posts on the channel comes.
    const el = await atConnect({ startUrl: `/__oauth/elsewhere/first?provider=${encodeURIComponent(otherOrigin())}&broadcast=0` });
    const first = await connectCutOff(el, 1);
    const second = await connectCutOff(el, 2);
    expect(second.state, 'a new sign-in').to.not.equal(first.state);
    await broadcastDelivered(el, oauthMessage(first.state, 'conn_first', 'first@xero.example'));
    await settle(el);
    expect(status(el).dataset.oauth, 'the first sign-in s result not taken').to.not.equal('connected');
    expect(status(el).textContent).to.not.contain('first@xero.example');
    await broadcastDelivered(el, oauthMessage(second.state, 'conn_second', 'second@xero.example'));
    await waitUntil(() => status(el).dataset.oauth === 'connected', 'the latest sign-in s result taken', { timeout: 5000 });
    expect(status(el).textContent).to.contain('second@xero.example');
    // The first one again, after: still not taken.
    await broadcastDelivered(el, oauthMessage(first.state, 'conn_first', 'first@xero.example'));
    expect(status(el).textContent).to.contain('second@xero.example');
    for (const win of [first.win, second.win]) if (!win.closed) win.close();
  });

  it('the person closes the sign-in window by hand while a callback on this origin may still answer on the channel: not said closed, and the result is taken', async () => {
    const el = await atConnect();
    const { win, state } = await connect(el);
    await closePopup(win);
    await waitUntil(() => status(el).dataset.oauth !== 'waiting', 'the wizard saw the window closed', { timeout: 5000 });
    expect(status(el).dataset.oauth, 'still listening').to.equal('detached');
    expect(status(el).textContent).to.not.match(/closed|lost touch/u);
    await broadcastDelivered(el, oauthMessage(state, 'conn_late', 'late@xero.example'));
    await waitUntil(() => status(el).dataset.oauth === 'connected', 'the result taken', { timeout: 5000 });
    expect(status(el).textContent).to.contain('late@xero.example');
  });

  it('a result said on the channel three times and then brought back in this tab with its state is taken once, and said once', async () => {
    const el = await atConnect({ startUrl: `/__oauth/elsewhere/first?provider=${encodeURIComponent(otherOrigin())}&broadcast=0` });
    const said = announced(el);
    const { win, state } = await connectCutOff(el, 1);
    try {
      const result = oauthMessage(state, 'conn_once', 'once@xero.example');
      await broadcastDelivered(el, result, result, { ...result, connection: { ref: 'conn_again', account: 'again@xero.example' } });
      await waitUntil(() => status(el).dataset.oauth === 'connected', 'taken', { timeout: 5000 });
      // The same result in the address bar too (a callback that also returned to the page): no wizard left for it.
      history.replaceState(history.state, '', `${location.pathname}${location.search}#connector-wizard-oauth=${encodeURIComponent(JSON.stringify(result))}`);
      const other = await wizardFixture({ system: 'xero', draftDatabase: uniqueDatabase() });
      other.setAttribute('oauth-start-url', '/api/oauth/start');
      await settle(other);
      await toOAuthCredentials(other);
      await waitUntil(() => location.hash === '', 'the return no wizard started removed', { timeout: 5000 });
      expect(status(other).dataset.oauth, 'not taken by another wizard').to.not.equal('connected');
      other.remove();
    } finally {
      said.stop();
      if (!win.closed) win.close();
    }
    expect(status(el).textContent).to.contain('once@xero.example');
    expect(status(el).textContent).to.not.contain('again@xero.example');
    expect(
      said().filter((text) => text.includes('Connected to Xero as')),
      'said connected once',
    ).to.have.length(1);
  });
});
