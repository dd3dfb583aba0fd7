/** A provider whose very first page sends Cross-Origin-Opener-Policy: the start URL leads straight to it, and the popup is cut off before this page ever saw a page of the sign-in in it. */
import { expect, waitUntil } from '@open-wc/testing';
import { atConnect, connectButton, oauthStatus as status } from '../test/oauth-fixtures.js';

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
});
