/** Review of the demo area (session 39): what the reference API, its stand-in provider and the package give integrators. */
import { waitUntil } from '@open-wc/testing';
import { openAdd, openPage, text } from './test/demo-frame.js';
import { freshApi } from './test/fixtures.js';

describe('review demo', () => {
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
