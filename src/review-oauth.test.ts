/** Review of the OAuth area (session 39): each test proves a finding. */
import { expect, waitUntil } from '@open-wc/testing';
import { advanceTo, currentStepId, inStep, settle } from './test/fixtures.js';
import { sleep } from './test/oauth-fixtures.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';

describe('review oauth', function () {
  this.timeout(30000);

  it('after the page reloads, Connect opens the sign-in in the window already open for this draft, never a second one', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 800px';
    frame.src = `/src/test/oauth-frame.html?draft-id=reload-${crypto.randomUUID()}`;
    document.body.append(frame);
    const opened: Window[] = [];
    const wizard = async () => {
      await waitUntil(() => frame.contentDocument?.querySelector('connector-wizard')?.shadowRoot?.querySelector('[data-step]'), 'the wizard in the frame', { timeout: 8000 });
      const el = frame.contentDocument!.querySelector('connector-wizard') as ConnectorWizard;
      el.setAttribute('oauth-start-url', '/api/oauth/start');
      await settle(el);
      if (currentStepId(el) !== 'credentials') await advanceTo(el, 'credentials');
      const w = frame.contentWindow!;
      const open = w.open.bind(w);
      w.open = (...args: Parameters<typeof window.open>) => {
        const win = open(...args);
        if (win) opened.push(win);
        return win;
      };
      return el;
    };
    try {
      const el = await wizard();
      inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
      await waitUntil(() => opened[0]?.document?.querySelector('#allow'), 'consent page');
      await sleep(500);
      const page = frame.contentDocument;
      frame.contentWindow!.location.reload();
      await waitUntil(() => frame.contentDocument !== page && frame.contentDocument?.readyState === 'complete', 'reloaded');
      const again = await wizard();
      inStep<HTMLButtonElement>(again, '[part~="connect"]')!.click();
      await waitUntil(() => opened[1], 'Connect opened a window');
      expect(opened[1] === opened[0], 'the same window').to.equal(true);
    } finally {
      for (const win of opened) win.close();
      frame.remove();
    }
  });
});
