/** A sign-in window the person leaves open once the wizard has the result: the wizard closes it, wherever the result came from. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { advanceTo, inStep, settle } from '../test/fixtures.js';
import { atConnect, broadcastDelivered, connect, framedWizard, oauthMessage, oauthStatus as status } from '../test/oauth-fixtures.js';

describe('OAuth: a sign-in window left open after the result', function () {
  this.timeout(30_000);

  it('the result brought on the BroadcastChannel while the window is in touch closes that window', async () => {
    const el = await atConnect();
    const { win, state } = await connect(el);
    try {
      await broadcastDelivered(el, oauthMessage(state));
      await waitUntil(() => status(el).dataset.oauth === 'connected', 'connected', { timeout: 5000 });
      expect(win.closed, 'the window closed').to.equal(true);
    } finally {
      win.close();
    }
  });

  it('after a reload, the window whose callback posts and stays open is closed once its result is taken', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 800px';
    frame.src = `/src/test/oauth-frame.html?draft-id=left-open-${crypto.randomUUID()}`;
    document.body.append(frame);
    // `variant=replay`: the callback posts its result (and a copy) and leaves its window open, as a callback page without window.close() does.
    const startUrl = '/api/oauth/start?variant=replay';
    const opened: Window[] = [];
    try {
      const before = await framedWizard(frame);
      before.setAttribute('oauth-start-url', startUrl);
      await advanceTo(before, 'credentials');
      const open = frame.contentWindow!.open.bind(frame.contentWindow);
      frame.contentWindow!.open = (...args: Parameters<typeof window.open>) => {
        const win = open(...args);
        if (win) opened.push(win);
        return win;
      };
      inStep<HTMLButtonElement>(before, '[part~="connect"]')!.click();
      await waitUntil(() => opened[0]?.document?.querySelector('#allow'), 'the consent page', { timeout: 5000 });
      expect(await before.saveDraft()).to.equal(true);
      const page = frame.contentDocument;
      frame.contentWindow!.location.reload();
      await waitUntil(() => frame.contentDocument !== page && frame.contentDocument?.readyState === 'complete', 'reloaded', { timeout: 8000 });
      const el = await framedWizard(frame);
      el.setAttribute('oauth-start-url', startUrl);
      await waitUntil(() => status(el)?.dataset.oauth === 'detached', 'the sign-in taken up again', { timeout: 8000 });
      opened[0]!.document.querySelector<HTMLAnchorElement>('#allow')!.click();
      await waitUntil(() => status(el).dataset.oauth === 'connected', 'connected after the reload', { timeout: 8000 });
      await settle(el);
      expect(opened[0]!.closed, 'the window the result came from closed').to.equal(true);
    } finally {
      for (const win of opened) win.close();
      frame.remove();
    }
  });
});
