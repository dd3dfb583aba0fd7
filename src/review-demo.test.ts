/** Review of the demo area (session 39): what the reference API, its stand-in provider and the package give integrators. */
import { expect, waitUntil } from '@open-wc/testing';
import { openAdd, openPage, text } from './test/demo-frame.js';
import { freshApi } from './test/fixtures.js';

describe('review demo', () => {
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

  it('company groups answered 200 with no list are said above the wizard, as groups that fail to load', async () => {
    const api = freshApi();
    // The page's first API request is GET groups, and the wizard's opening asks again: both answer an object.
    await api.faults({ kind: 'status', status: 200, json: { groups: [{ id: 'uk', name: 'UK' }] }, method: 'GET' });
    const page = await openPage(api);
    await api.faults({ kind: 'status', status: 200, json: { groups: [{ id: 'uk', name: 'UK' }] }, method: 'GET' });
    await openAdd(page);
    const alert = () => page.$$('#wizard-view [role="alert"]').find((a) => !a.closest('[hidden]') && /company groups could not be loaded/u.test(text(a)));
    await waitUntil(alert, 'the wizard view says the groups could not be loaded', { timeout: 3000 });
  });
});
