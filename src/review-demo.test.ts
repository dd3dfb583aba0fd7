/** Review of the demo page: what a person trying it hits. */
import { expect, waitUntil } from '@open-wc/testing';
import { openAdd, openPage, text } from './test/demo-frame.js';
import { advanceTo, freshApi, inStep, settle, type } from './test/fixtures.js';

describe('review demo', () => {
  it('the drafts list names the step a draft was left on as the wizard names it', async function () {
    this.timeout(20_000);
    const page = await openPage(freshApi());
    const wizard = await openAdd(page);
    await advanceTo(wizard, 'auth');
    const name = `Draft ${crypto.randomUUID().slice(0, 8)}`;
    await wizard.goTo('general');
    await type(wizard, '#field-name', name);
    await wizard.goTo('auth');
    await settle(wizard);
    page.$('#close-wizard')!.click();
    await waitUntil(() => page.$$('#draft-list li').some((li) => text(li).startsWith(name)), 'the draft is listed', { timeout: 5000 });
    const item = page.$$('#draft-list li').find((li) => text(li).startsWith(name))!;
    expect(text(item)).to.contain(`${name} · Shopify · Authentication type · saved`);
  });

  it('company groups that fail to load again when the wizard opens are said there, with Try again, not only refused at the end', async () => {
    const api = freshApi();
    // The page's first API request is GET groups: it fails, and so does the one the wizard's opening makes.
    await api.faults({ kind: 'status', status: 503 });
    const page = await openPage(api);
    await api.faults({ kind: 'status', status: 503, method: 'GET' });
    const wizard = await openAdd(page);
    const alert = () => page.$$('#wizard-view [role="alert"]').find((a) => !a.closest('[hidden]') && /company groups could not be loaded/u.test(text(a)));
    await waitUntil(alert, 'the wizard view says the groups could not be loaded', { timeout: 3000 });
    alert()!.querySelector<HTMLButtonElement>('button')!.click();
    await waitUntil(() => wizard.groups.length === 2, 'Try again loads them for the wizard', { timeout: 5000 });
    await waitUntil(() => !alert(), 'the alert goes', { timeout: 3000 });
    await advanceTo(wizard, 'general');
    expect(inStep(wizard, 'input[name="group"]') !== null, 'a group to choose').to.equal(true);
  });
});
