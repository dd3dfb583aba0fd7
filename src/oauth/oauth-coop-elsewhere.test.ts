/**
 * A popup that first loads a page of this origin, then is sent to a provider on another origin that answers with
 * Cross-Origin-Opener-Policy: same-origin. Chromium severs the popup there: `closed` reads true while the window is
 * still open, and the result comes back only on the BroadcastChannel (a callback on this origin) or the result URL.
 * The way back is held by the test server (web-test-runner.config.mjs, `/__oauth/elsewhere`) while the person is
 * still at the provider.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { atConnect, connectButton, neverSaidClosed, oauthStatus as status, sayings } from '../test/oauth-fixtures.js';

interface Elsewhere {
  provider: number;
  held: number;
}
const elsewhere = async (): Promise<Elsewhere> => (await fetch('/__oauth/elsewhere', { cache: 'no-store' })).json();
const release = () => fetch('/__oauth/elsewhere/release', { method: 'POST' });

/** This server under its other loopback name: another origin. */
const otherOrigin = () => `http://${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

/** Connect pressed; resolves with the popup once it is at the provider, cut off, and the way back is held. */
async function atProvider(el: ConnectorWizard): Promise<Window> {
  const open = window.open;
  let win: Window | null = null;
  window.open = (...args: Parameters<typeof window.open>) => (win = open.apply(window, args));
  try {
    connectButton(el).click();
  } finally {
    window.open = open;
  }
  expect(win, 'a window opened').to.not.equal(null);
  await waitUntil(async () => (await elsewhere()).held === 1, 'the provider page loaded and went on to the held way back', { timeout: 8000 });
  expect((await elsewhere()).provider, 'through the provider on the other origin').to.equal(1);
  await waitUntil(() => win!.closed, 'the popup reads as closed (cut off)', { timeout: 5000 });
  return win!;
}

describe('OAuth: a popup sent on from this origin to a provider elsewhere that cuts it off', function () {
  this.timeout(30_000);

  beforeEach(async () => {
    await fetch('/__oauth/elsewhere', { method: 'POST' });
  });
  afterEach(async () => {
    await release();
  });

  for (const { title, resultUrl, broadcast } of [
    { title: 'on the BroadcastChannel', resultUrl: undefined, broadcast: '1' },
    { title: 'from the result URL', resultUrl: '/api/oauth/result', broadcast: '0' },
  ]) {
    it(`waits while the person is still signing in, then takes the result ${title}`, async () => {
      const start = `/__oauth/elsewhere/first?provider=${encodeURIComponent(otherOrigin())}&broadcast=${broadcast}`;
      const el = await atConnect({ startUrl: start, resultUrl });
      const said = sayings(el);
      let win: Window | undefined;
      try {
        win = await atProvider(el);
        // The wizard looks at the window every 400 ms: it leaves "waiting" once it has seen it read closed.
        await waitUntil(() => status(el).dataset.oauth !== 'waiting', 'the wizard saw the window read closed', { timeout: 5000 });
        expect(status(el).dataset.oauth, 'still listening, not closed nor blocked').to.equal('detached');
        expect(status(el).textContent).to.contain('other window');
        await release();
        await waitUntil(() => status(el).dataset.oauth === 'connected', 'the result taken', { timeout: 8000 });
      } finally {
        said.stop();
        win?.close();
      }
      expect(status(el).textContent).to.contain('Connected to Xero as demo-account@xero.example');
      neverSaidClosed(said, 'Connected to Xero', 'never said closed while the person was signing in');
    });
  }
});
