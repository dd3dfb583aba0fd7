/** The demo page's test result, drawn on its own: words from the API stay in their place in its sentences. */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { testResult } from '../demo/page/test-result.js';

const drawn = (account: string) => {
  const host = document.createElement('div');
  render(testResult('card', { state: 'done', outcome: { kind: 'passed', account, checks: [] } }), host);
  return host.querySelector('.account')!;
};

describe('the demo page: a test result', () => {
  it('isolates a right-to-left account in its Connected as sentence', () => {
    const account = 'שלום בע״מ 42';
    const line = drawn(account);
    expect(line.querySelector('bdi')?.textContent).to.equal(account);
    expect(line.textContent).to.equal(`Connected as ${account}.`);
  });

  it('says a left-to-right account as before', () => {
    expect(drawn('my-store.myshopify.com').textContent).to.equal('Connected as my-store.myshopify.com.');
  });
});
