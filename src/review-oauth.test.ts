/** Review of the OAuth flow as real providers behave. */
import { expect, waitUntil } from '@open-wc/testing';
import { type } from './test/fixtures.js';
import { atConnect, broadcast, connect, connectButton, oauthMessage, oauthStatus as status, popup, sleep } from './test/oauth-fixtures.js';

describe('Review oauth', () => {
  it('a callback whose connection reference is only blanks is no connection: never said as connected, nor sent', async () => {
    const el = await atConnect();
    const { win, state } = await connect(el);
    broadcast(oauthMessage(state, ' \u200b\n ', 'x@xero.example'));
    await sleep(500);
    win.close();
    expect(status(el).dataset.oauth).to.not.equal('connected');
    expect(status(el).textContent).to.not.contain('Connected to Xero');
  });

  it('the store changed while the first sign-in is under way says that sign-in stopped, never that a connection was removed', async () => {
    const el = await atConnect({ system: 'shopify' });
    await type(el, '#field-credentials-shop', 'store-a');
    connectButton(el).click();
    const win = await popup('default:shopify');
    await waitUntil(() => status(el).dataset.oauth === 'waiting', 'waiting');
    await type(el, '#field-credentials-shop', 'store-b');
    await waitUntil(() => win.closed, 'the window for store A closes');
    const said = status(el).textContent!;
    expect(said).to.contain('Store subdomain changed');
    expect(said, 'no connection was made').to.not.contain('connection made for the earlier value was removed');
  });
});
