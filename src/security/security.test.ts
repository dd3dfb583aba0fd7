import { expect } from '@open-wc/testing';
import { freshApi } from '../test/fixtures.js';

describe('security: a strict Content-Security-Policy', () => {
  it('the standalone bundle completes the whole flow with no violation', async () => {
    const api = freshApi();
    const ns = api.endpoint.split('/')[3]!;
    const frame = document.createElement('iframe');
    const result = new Promise<{ done: boolean; error?: string; violations: string[] }>((resolve) => {
      window.addEventListener('message', function listener(e: MessageEvent) {
        if (e.source !== frame.contentWindow || e.data?.type !== 'csp-result') return;
        window.removeEventListener('message', listener);
        resolve(e.data);
      });
    });
    frame.src = `/__csp/page.html?ns=${ns}`;
    document.body.append(frame);
    const { done, error, violations } = await result;
    frame.remove();
    expect(error).to.equal(undefined);
    expect(done).to.equal(true);
    expect(violations).to.deep.equal([]);
    expect(await api.connectors()).to.have.length(1);
  });
});
