/** A provider whose very first page sends Cross-Origin-Opener-Policy: the start URL leads straight to it, and the popup is cut off before this page ever saw a page of the sign-in in it. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { advanceTo, currentStepId, inStep, type } from '../test/fixtures.js';
import { atConnect, connectButton, framedWizard, oauthStatus as status, sayings } from '../test/oauth-fixtures.js';

describe('OAuth: cut off by the first page of the sign-in', function () {
  this.timeout(20_000);

  it('with a result URL: never said as a blocked window, and the result is taken', async () => {
    // The stand-in provider's COOP page as the start URL: it sends the header, then goes on to the callback, which posts nothing here.
    const el = await atConnect({ startUrl: '/api/oauth/consent?result=allow&broadcast=0', resultUrl: '/api/oauth/result' });
    connectButton(el).click();
    await waitUntil(
      () => ['connected', 'blocked'].includes(status(el).dataset.oauth ?? '') || el.shadowRoot!.querySelector('[data-step]')!.shadowRoot!.querySelector('[data-oauth-tab]'),
      'an outcome',
      { timeout: 10000 },
    );
    expect(el.shadowRoot!.querySelector('[data-step]')!.shadowRoot!.querySelector('[data-oauth-tab]'), 'not said as blocked').to.equal(null);
    expect(status(el).textContent).to.contain('Connected to Xero as demo-account@xero.example');
  });

  it('on another origin with no result URL, no result can come back: this tab is offered, beside Connect', async () => {
    const el = await atConnect({ startUrl: `${otherOrigin()}/api/oauth/consent?result=allow&broadcast=0` });
    const said = sayings(el);
    try {
      connectButton(el).click();
      await waitUntil(() => ['closed', 'blocked'].includes(status(el).dataset.oauth ?? ''), 'an outcome', { timeout: 10000 });
    } finally {
      said.stop();
    }
    expect(status(el).dataset.oauth, 'said as closed or out of touch, not blocked').to.equal('closed');
    expect(
      said().some((text) => text.includes('lost touch')),
      'said so',
    ).to.equal(true);
    expect(inStep(el, '[data-oauth-tab]'), 'Continue in this tab offered').to.not.equal(null);
  });

  it('in this tab from there, with a secret typed: told first that the secret is lost, then back connected', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 800px';
    frame.src = `/src/test/oauth-frame.html?draft-id=coop-tab-${crypto.randomUUID()}`;
    document.body.append(frame);
    const wizard = () => framedWizard(frame);
    let win: Window | null = null;
    try {
      const el = await wizard();
      // The provider on another origin; its callback may return to this page's origin (`opener`, as its start page learns it).
      el.setAttribute('oauth-start-url', `${otherOrigin()}/api/oauth/consent?result=allow&broadcast=0&opener=${encodeURIComponent(location.origin)}`);
      await advanceTo(el, 'credentials');
      await type(el, '#field-credentials-webhookSecret', 'whsec_typed_before');
      const open = frame.contentWindow!.open.bind(frame.contentWindow);
      frame.contentWindow!.open = (...args: Parameters<typeof window.open>) => (win = open(...args));
      inStep<HTMLButtonElement>(el, '[part~="connect"]')!.click();
      await waitUntil(() => status(el).dataset.oauth === 'closed', 'cut off', { timeout: 10000 });
      const page = frame.contentDocument;
      inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent?.includes('loses what you typed in Webhook secret'), 'told first', {
        timeout: 5_000,
      });
      expect(frame.contentDocument === page, 'still on the page').to.equal(true);
      inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click();
      // Away at the provider's origin the frame cannot be read: not back yet.
      const backHere = () => {
        try {
          return frame.contentDocument !== page && frame.contentWindow!.location.pathname.endsWith('oauth-frame.html') && frame.contentWindow!.location.hash === '';
        } catch {
          return false;
        }
      };
      await waitUntil(backHere, 'back', { timeout: 8000 });
      const back = await wizard();
      await waitUntil(() => currentStepId(back) === 'credentials', 'on Credentials', { timeout: 5000 });
      await waitUntil(() => status(back).textContent!.includes('Connected to Xero as demo-account@xero.example'), 'connected', { timeout: 5_000 });
      expect(inStep<HTMLInputElement>(back, '#field-credentials-webhookSecret')!.value, 'typed again').to.equal('');
    } finally {
      (win as Window | null)?.close();
      frame.remove();
    }
  });
});

/** This server under its other loopback name: another origin. */
function otherOrigin(): string {
  return `http://${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
}
