/** Review of the OAuth flow as real providers behave. */
import { expect } from '@open-wc/testing';
import { atConnect, broadcast, connect, oauthMessage, oauthStatus as status, sleep } from './test/oauth-fixtures.js';

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
});
