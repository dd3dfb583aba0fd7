/** The demo page at its edges: Try again at work, outcomes said while another wizard is open, twin names (of cards and of untitled drafts), a test then a delete, a draft being sent, drafts the browser refuses. */
import { expect } from '@open-wc/testing';
import { waitUntil } from './test/wait.js';
import { card, lateAnswersIn, openAdd, openPage, text } from './test/demo-frame.js';
import { advanceTo, choose, currentStepId, freshApi, GROUPS, inStep, pressContinue, settle, shopifyPayload, type, wizardFixture } from './test/fixtures.js';
import { DEFAULT_DRAFT_DATABASE, DraftStore, listDrafts } from './index.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';
import type { Page } from './test/demo-frame.js';

const wizardOf = (page: Page) => page.$<ConnectorWizard>('#wizard-host connector-wizard')!;

describe('the demo page at its edges', () => {
  it('Try again says it is loading the list again, and the focus stays on it', async () => {
    const api = freshApi();
    await api.create(shopifyPayload());
    // groups ok, list fails; then the retry is slow.
    await api.faults({ kind: 'status', status: 500, method: 'GET', delayMs: 0 }, { kind: 'status', status: 500, method: 'GET' });
    const page = await openPage(api, { waitForList: false });
    await waitUntil(() => page.$('#list-error') && !page.$('#list-error')!.hidden, 'the error', { timeout: 8000 });
    await api.faults({ kind: 'slow', method: 'GET', held: true });
    const before = text(page.$('main'));
    page.$<HTMLButtonElement>('#list-retry')!.focus();
    page.$<HTMLButtonElement>('#list-retry')!.click();
    try {
      await waitUntil(() => text(page.$('main')) !== before, 'something on the page says the list is being loaded again', { timeout: 5000 });
      expect(text(page.$('#list-retry'))).to.equal('Loading connectors…');
      expect(page.doc().activeElement === page.$('#list-retry'), 'the focus stays on it').to.equal(true);
    } finally {
      await api.release();
    }
  });

  it('the outcome of a wizard left while sending, said while another wizard is open, is said in a live region that is not hidden', async () => {
    const api = freshApi();
    const page = await openPage(api);
    const wizard = await openAdd(page);
    await advanceTo(wizard, 'review');
    await api.faults({ kind: 'slow', held: true });
    void wizard.submit();
    try {
      await waitUntil(() => wizard.sending, 'sending', { timeout: 5000 });
      page.$<HTMLButtonElement>('#close-wizard')!.click();
      // The person goes on to add another one at once.
      page.$<HTMLButtonElement>('#panel-live .add-tile')!.click();
    } finally {
      await api.release();
    }
    await waitUntil(() => text(page.$('#status')) !== '', 'the outcome is said', { timeout: 6000 });
    expect(text(page.$('#status'))).to.equal('“Shopify UK” was created in Live.');
    expect(page.$('#status')!.closest('[hidden]') === null, 'the live region that said it is not hidden (a hidden live region is not announced)').to.equal(true);
  });

  it('two connectors with the same name: each Delete button has a name that tells them apart', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shopify', group: 'uk' }));
    await api.create(shopifyPayload({ name: 'Shopify', group: 'us' }));
    const page = await openPage(api);
    const names = page.$$('#panel-live [data-action="delete"]').map(text);
    expect(names.length).to.equal(2);
    expect(new Set(names).size, `accessible names: ${names.join(' | ')}`).to.equal(2);
  });

  it('Test started, then the connector deleted by this person: the status keeps saying it was deleted', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shopify UK' }));
    await api.create(shopifyPayload({ name: 'Shopify US', group: 'us' }));
    const page = await openPage(api);
    const cardOf = (n: string) => card(page, n)!;
    await api.faults({ kind: 'slow', method: 'POST', held: true });
    cardOf('Shopify UK').querySelector<HTMLButtonElement>('[data-action="test"]')!.click();
    try {
      cardOf('Shopify UK').querySelector<HTMLButtonElement>('[data-action="delete"]')!.click();
      page.$<HTMLButtonElement>('[data-delete-confirm]')!.click();
      await waitUntil(() => text(page.$('#status')) === '“Shopify UK” was deleted.', 'deleted', { timeout: 5000 });
    } finally {
      // The test is answered only now, after the delete.
      await lateAnswersIn(page.win(), api);
    }
    expect(text(page.$('#status'))).to.equal('“Shopify UK” was deleted.');
  });

  it('a draft whose create is still being sent is not offered under Continue (continuing it would make a second create)', async function () {
    this.timeout(30_000);
    const api = freshApi();
    // Another draft, listed with the page: a language chosen lists the drafts again, its date then said in that language.
    const other = `Beside ${crypto.randomUUID().slice(0, 8)}`;
    const beside = await wizardFixture({ system: 'shopify', draftDatabase: DEFAULT_DRAFT_DATABASE, draftId: `beside-${crypto.randomUUID()}` });
    await type(beside, '#field-name', other);
    await beside.saveDraft();
    beside.remove();
    const page = await openPage(api);
    const listedIn = (lang: string) =>
      page
        .$$('#draft-list li')
        .find((li) => text(li).startsWith(other))
        ?.querySelector('span[lang]')
        ?.getAttribute('lang') === lang;
    /** The drafts listed again now, as the page lists them: once the other draft's date is in `lang`. */
    const listedAgain = async (lang: string) => {
      const language = page.$<HTMLSelectElement>('#language')!;
      language.value = lang;
      language.dispatchEvent(new Event('change'));
      await waitUntil(() => listedIn(lang), `the drafts listed again (${lang})`, { timeout: 5000 });
    };
    const wizard = await openAdd(page);
    await advanceTo(wizard, 'review');
    const name = `Sent ${crypto.randomUUID().slice(0, 8)}`;
    await wizard.goTo('general');
    await type(wizard, '#field-name', name);
    await wizard.goTo('review');
    await settle(wizard);
    await api.faults({ kind: 'slow', method: 'POST', held: true });
    void wizard.submit();
    const offered = () => page.$$('#draft-list li').filter((li) => text(li).startsWith(name)).length;
    try {
      await waitUntil(() => wizard.sending, 'sending', { timeout: 5000 });
      page.$<HTMLButtonElement>('#close-wizard')!.click();
      await listedAgain('de');
      expect(offered(), 'offered while sending').to.equal(0);
    } finally {
      await api.release();
    }
    await waitUntil(() => text(page.$('#status')).includes('was created'), 'created', { timeout: 6000 });
    // The wizard left leaves the page, and the drafts are listed again after that.
    await waitUntil(() => !wizard.isConnected, 'the wizard left is gone', { timeout: 5000 });
    await listedAgain('fr');
    expect(offered(), 'nor once created').to.equal(0);
    const store = new DraftStore(DEFAULT_DRAFT_DATABASE);
    await store.delete((await listDrafts()).find((d) => d.name === other)!.id);
    await store.close();
  });

  it('a refused test that names the account says the credentials were accepted and a check failed, never failed and connected at once', async () => {
    const api = freshApi();
    await api.create(
      shopifyPayload({ name: 'Read only', authType: 'client-credentials', credentials: { shop: 'my-store', clientId: 'abc', clientSecret: 'readonly-secret' } }),
    );
    const page = await openPage(api);
    card(page, 'Read only')!.querySelector<HTMLButtonElement>('[data-action="test"]')!.click();
    const region = card(page, 'Read only')!.querySelector('.test-result')!;
    await waitUntil(() => region.getAttribute('data-test-state') === 'failed', 'a result', { timeout: 5000 });
    const said = text(region);
    expect(said).to.contain('The credentials were accepted, but a check failed.');
    expect(said).to.contain('my-store.myshopify.com');
    expect(said).to.not.contain('The connection failed');
  });

  it('lists connectors with whole-number ids, which the endpoint protocol allows', async () => {
    const api = freshApi();
    const listed = [42, -7].map((id) => ({ ...shopifyPayload({ name: `Number ${id}` }), id, credentials: undefined }));
    // The first GET is the groups (answered as usual), the second the connectors.
    await api.faults({ kind: 'slow', delayMs: 0, method: 'GET' }, { kind: 'status', status: 200, json: listed, method: 'GET' });
    const page = await openPage(api);
    expect(text(page.$('#tab-live'))).to.equal('Live (2)');
    expect(card(page, 'Number 42'), 'its card').to.not.equal(undefined);
    expect(card(page, 'Number -7'), 'a negative one is a whole number too').to.not.equal(undefined);
  });

  it('Add connector works on a page that is not a secure context (no crypto.randomUUID, as on a plain-http intranet host)', async () => {
    const page = await openPage(freshApi());
    const { crypto } = page.win();
    // What such a page lacks: randomUUID is [SecureContext]; getRandomValues stays.
    const proto = Object.getPrototypeOf(crypto) as { randomUUID?: unknown };
    const randomUUID = Object.getOwnPropertyDescriptor(proto, 'randomUUID')!;
    delete proto.randomUUID;
    try {
      const wizard = await openAdd(page);
      expect(wizard.draftId).to.match(/^draft-[\w-]{8,}$/u);
    } finally {
      Object.defineProperty(proto, 'randomUUID', randomUUID);
    }
  });

  it('Back to connectors after typing, with drafts refused by the browser: the person is asked before the answers are lost', async function () {
    this.timeout(30000);
    const page = await openPage(freshApi());
    // This browser refuses IndexedDB from now on (a private window, a sandbox, a policy).
    page.win().IDBFactory.prototype.open = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const wizard = await openAdd(page);
    await waitUntil(() => wizard.shadowRoot!.querySelector('[data-notice="storage"]'), 'the wizard says drafts are not saved', { timeout: 5000 });
    await advanceTo(wizard, 'general');
    const name = 'Typed while storage is refused';
    await type(wizard, '#field-name', name);
    const back = page.$<HTMLButtonElement>('#close-wizard')!;
    back.focus();
    back.click();
    const dialog = page.$<HTMLDialogElement>('#leave-dialog')!;
    expect({ asked: dialog.open, onStay: page.doc().activeElement === page.$('[data-leave-stay]') }).to.deep.equal({ asked: true, onStay: true });
    page.$<HTMLButtonElement>('[data-leave-stay]')!.click();
    expect({ open: dialog.open, kept: wizard.isConnected, name: inStep<HTMLInputElement>(wizard, '#field-name')?.value }).to.deep.equal({ open: false, kept: true, name });
    expect(page.doc().activeElement === back, 'the focus back on Back to connectors').to.equal(true);
    back.click();
    page.$<HTMLButtonElement>('[data-leave-confirm]')!.click();
    expect({ removed: !wizard.isConnected, list: !page.$('#list-view')!.hidden }).to.deep.equal({ removed: true, list: true });
  });

  it('two untitled drafts (Shopify, Xero): their Continue buttons have names that tell them apart', async () => {
    const page = await openPage(freshApi());
    for (const system of ['shopify', 'xero']) {
      const wizard = await openAdd(page);
      await choose(wizard, `#system-${system}`);
      await pressContinue(wizard);
      page.$<HTMLButtonElement>('#close-wizard')!.click();
      await waitUntil(() => !page.$('#list-view')!.hidden, 'back', { timeout: 5000 });
    }
    await waitUntil(async () => (await listDrafts()).filter((d) => !d.name).length >= 2, 'both kept', { timeout: 5000 });
    const untitled = () => page.$$('#draft-list li').filter((li) => text(li).startsWith('Untitled'));
    await waitUntil(() => untitled().length >= 2, 'both listed', { timeout: 5000 });
    const names = untitled().map((li) => text(li.querySelector('button')));
    expect(new Set(names).size, `accessible names: ${names.join(' | ')}`).to.equal(names.length);
  });
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
    expect(text(item.querySelector('button'))).to.contain(`(Shopify, Authentication type, saved`);
  });

  it('Edit from the demo page sends the connector revision as If-Match, so a rename made elsewhere is not silently overwritten', async function () {
    this.timeout(25_000);
    const api = freshApi();
    const created = (await api.create(shopifyPayload({ name: 'Original name' }))) as { id: string; revision: string };
    expect(created.revision).to.equal('1');
    const page = await openPage(api);
    // Someone else renames it after the page listed it (revision 2 now).
    const other = await fetch(`${api.endpoint}/${created.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Renamed by a colleague' }),
    });
    expect(other.status).to.equal(200);
    card(page, 'Original name')!.querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
    const wizard = wizardOf(page);
    await waitUntil(() => currentStepId(wizard) === 'general', 'the edit opens', { timeout: 5000 });
    await settle(wizard);
    await type(wizard, '#field-name', 'My new name');
    await wizard.goTo('review');
    await settle(wizard);
    await wizard.submit();
    await waitUntil(async () => (await api.log()).some((e) => e.method === 'PATCH' && e.status === 412), 'the save answered', { timeout: 5000 });
    const patches = (await api.log()).filter((e) => e.method === 'PATCH');
    const mine = patches[patches.length - 1]!;
    const stored = (await api.connectors()).map((c) => c.name);
    expect(
      { ifMatch: mine.ifMatch, status: mine.status, stored },
      'the edit was based on revision 1: it must be sent conditionally and refused (412), keeping the colleague rename',
    ).to.deep.equal({ ifMatch: '"1"', status: 412, stored: ['Renamed by a colleague'] });
  });

  it('a draft of an edit kept in this browser is not offered as a new connector that would open empty, and stays stored', async function () {
    this.timeout(20_000);
    const api = freshApi();
    const created = (await api.create(shopifyPayload({ name: 'Edited elsewhere' }))) as Record<string, unknown> & { id: string };
    const { credentials: _c, ...connector } = { ...created, credentials: undefined };
    // Another page of this origin (the README embed) edits it with the default draft-id, keeping a draft.
    const el = await wizardFixture({ groups: GROUPS, draftDatabase: DEFAULT_DRAFT_DATABASE, endpoint: api.endpoint });
    el.connector = connector as never;
    await settle(el);
    const name = `Edit draft ${crypto.randomUUID().slice(0, 8)}`;
    await type(el, '#field-name', name);
    await el.saveDraft();
    el.remove();
    await waitUntil(async () => (await listDrafts()).some((d) => d.name === name), 'the edit draft is stored', { timeout: 5000 });
    // A new connector's draft beside it is listed: the list was read after both were stored.
    const other = `New draft ${crypto.randomUUID().slice(0, 8)}`;
    const added = await wizardFixture({ system: 'shopify', draftDatabase: DEFAULT_DRAFT_DATABASE, draftId: `new-${crypto.randomUUID()}` });
    await type(added, '#field-name', other);
    await added.saveDraft();
    added.remove();
    const page = await openPage(api);
    await waitUntil(() => page.$$('#draft-list li').some((li) => text(li).startsWith(other)), 'the new draft listed', { timeout: 8000 });
    expect(
      page
        .$$('#draft-list li')
        .map((li) => text(li))
        .filter((t) => t.startsWith(name)),
      'the edit draft not offered',
    ).to.deep.equal([]);
    expect(
      (await listDrafts()).some((d) => d.name === name && d.editing === created.id),
      'and still stored',
    ).to.equal(true);
  });

  it('company groups answered 200 with no list are said above the wizard, as groups that fail to load', async () => {
    const api = freshApi();
    // The page's first API request is GET groups, and the wizard's opening asks again: both answer an object.
    await api.faults({ kind: 'status', status: 200, json: { groups: [{ id: 'uk', name: 'UK' }] }, method: 'GET' });
    const page = await openPage(api);
    await api.faults({ kind: 'status', status: 200, json: { groups: [{ id: 'uk', name: 'UK' }] }, method: 'GET' });
    await openAdd(page);
    const alert = () => page.$$('#wizard-view [role="alert"]').find((a) => !a.closest('[hidden]') && /company groups could not be loaded/u.test(text(a)));
    await waitUntil(alert, 'the wizard view says the groups could not be loaded', { timeout: 5000 });
    expect(text(alert())).to.contain('the server did not send a list');
  });
});
