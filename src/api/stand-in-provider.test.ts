/**
 * The reference API's stand-in OAuth provider (demo/api/oauth-provider.mjs) as a person meets it:
 * its pages, in a window or a tab of their own, and what the test endpoint says of its sign-ins.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { AXE_TAGS } from '../test/audit.js';
import { freshApi } from '../test/fixtures.js';

/** Loads `src` in a same-origin frame and runs axe over the whole page, page-level rules included. */
async function auditProviderPage(src: string, state: string) {
  const frame = document.createElement('iframe');
  frame.title = 'A page of the stand-in provider';
  frame.src = src;
  document.body.append(frame);
  try {
    await waitUntil(() => frame.contentDocument?.readyState === 'complete' && frame.contentWindow?.location.pathname.includes('/oauth/'), 'the page loads', { timeout: 5000 });
    const doc = frame.contentDocument!;
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    doc.head.append(script);
    await loaded;
    const result = await (frame.contentWindow as Window).axe.run(doc.documentElement, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${state}: ${v.id} (${v.help})`);
  } finally {
    frame.remove();
  }
}

describe('the stand-in provider', () => {
  it('the stand-in provider’s pages pass axe with page-level rules: a main landmark and an h1', async () => {
    const state = 'R'.repeat(43);
    const start = await auditProviderPage(`/api/oauth/start?system=xero&authType=oauth&state=${state}`, 'consent page');
    const callback = await auditProviderPage(`/api/oauth/callback?system=xero&authType=oauth&state=${state}&result=allow&broadcast=0&variant=wrong-state`, 'callback page');
    expect([...start, ...callback]).to.deep.equal([]);
  });

  it('the test of a testing sign-in names the account as the stand-in provider named it', async () => {
    const state = 'T'.repeat(43);
    const start = await (await fetch(`/api/oauth/start?system=xero&authType=oauth&environment=test&state=${state}`)).text();
    const allow = new DOMParser().parseFromString(start, 'text/html').querySelector<HTMLAnchorElement>('#allow')!.getAttribute('href')!;
    expect((await fetch(allow)).status).to.equal(200);
    const message = (await (await fetch(`/api/oauth/result?state=${state}`)).json()) as { connection: { ref: string; account: string } };
    expect(message.connection.account).to.include('(sandbox)');
    const api = freshApi();
    const answer = await fetch(api.testEndpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: 'Xero sandbox',
        system: 'xero',
        group: 'uk',
        environment: 'test',
        timeZone: 'Europe/London',
        dateFormat: 'yyyy-MM-dd',
        authType: 'oauth',
        credentials: { connectionRef: message.connection.ref },
      }),
    });
    expect(answer.status).to.equal(200);
    expect(((await answer.json()) as { account: string }).account).to.equal(message.connection.account);
  });
});
