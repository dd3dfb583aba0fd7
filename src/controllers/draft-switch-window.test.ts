/**
 * The host asks for another connector while the answers of the one on screen are still being
 * written (another tab's long write holds the drafts, see holdDrafts). Until the switch has read
 * the next draft, what the screen shows is the connector the host passed, not the draft left:
 * a step change then (which saves at once) writes nothing of it over the draft left, and coming
 * back to that connector brings its answers back.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { openDB } from 'idb';
import { EDITED } from '../test/edit-fixtures.js';
import { listDrafts } from '../storage/draft-store.js';
import { advanceTo, choose, currentStepId, freshApi, GROUPS, inStep, pressContinue, settle, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { holdDrafts, readDraft, storeUnreadable, withTabsDeaf } from '../test/stored.js';
import { withPatched } from '../test/patched.js';
import type { ConnectorWizard, EditableConnector } from '../wizard/connector-wizard.js';

const a = EDITED as unknown as EditableConnector;
const b = { ...EDITED, id: 'c-2', name: 'Other' } as unknown as EditableConnector;

/** The name each stored draft of an edit holds, by the connector it edits. */
async function storedNames(database: string): Promise<Record<string, unknown>> {
  const db = await openDB(database);
  try {
    const drafts = (await db.getAll('drafts')) as { data?: { editing?: string; name?: string } }[];
    return Object.fromEntries(drafts.filter((d) => d.data?.editing).map((d) => [d.data!.editing, d.data!.name]));
  } finally {
    db.close();
  }
}

/** `a` opened, renamed `Mine` (not yet written), and the drafts held by another connection: returns the wizard and the release. */
async function renamedWhileHeld() {
  const draftDatabase = uniqueDatabase();
  const el = await wizardFixture({ groups: GROUPS, draftDatabase });
  el.connector = a;
  await settle(el);
  await type(el, '#field-name', 'Mine');
  const release = await holdDrafts(draftDatabase);
  return { el, draftDatabase, release };
}

/** The name Review shows (with what it was, when changed), once it names `expected` (or whatever it shows after the wait). */
async function reviewName(el: ConnectorWizard, expected: string) {
  await el.goTo('review');
  await settle(el);
  const shown = () => inStep(el, '[data-key="name"] .value')?.textContent?.trim();
  await waitUntil(() => shown()?.startsWith(expected), `Review names ${expected}`, { timeout: 5000 }).catch(() => undefined);
  return shown();
}

describe('drafts: a switch of connector while the answers left are still being written', () => {
  it('a step change before the next draft was read writes nothing of the next connector over the draft left', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, release } = await renamedWhileHeld();
    el.connector = b;
    await el.updateComplete;
    // Saves at once (a step change): the screen shows `b` as the host passed it, the draft being left is `a`'s.
    void el.goTo('review');
    await release();
    await settle(el);
    await waitUntil(async () => (await storedNames(draftDatabase))['c-2'] === 'Other', 'b written to its own draft', { timeout: 5000 }).catch(() => undefined);
    expect(await storedNames(draftDatabase)).to.deep.equal({ 'c-1': 'Mine', 'c-2': 'Other' });
    el.connector = { ...a };
    await settle(el);
    expect(await reviewName(el, 'Mine')).to.equal('Mine (was: Shop before)');
  });

  it('coming back to the connector left before its answers were written, then a step change: its answers come back, and stay in its draft', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, release } = await renamedWhileHeld();
    el.connector = b;
    await el.updateComplete;
    // Back to `a` as a new object (a host's list fetched again) while the switch to `b` still waits for the write.
    el.connector = { ...a };
    await el.updateComplete;
    void el.goTo('review');
    await release();
    await settle(el);
    // The draft read lands on its step (General, where `Mine` was typed): the step moved to before it was read is not its.
    await waitUntil(() => inStep<HTMLInputElement>(el, '#field-name')?.value === 'Mine', 'the draft of a restored', { timeout: 5000 });
    expect(await reviewName(el, 'Mine')).to.equal('Mine (was: Shop before)');
    expect((await storedNames(draftDatabase))['c-1']).to.equal('Mine');
  });

  it('Discard draft before the next draft was read discards the connector on screen, never the draft left', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, release } = await renamedWhileHeld();
    el.connector = b;
    await el.updateComplete;
    const reset = el.reset();
    await release();
    await reset;
    await settle(el);
    expect((await storedNames(draftDatabase))['c-1']).to.equal('Mine');
    el.connector = { ...a };
    await settle(el);
    await waitUntil(() => inStep<HTMLInputElement>(el, '#field-name')?.value === 'Mine', 'the draft of a restored', { timeout: 5000 });
  });
});

/** No preset, Shopify chosen and a name typed (`saved`: written, so the first switch waits on its read, not on a write), then a `group` preset and, before its draft was read, a `system` preset naming Shopify. */
async function groupThenSystem(saved: boolean) {
  const draftDatabase = uniqueDatabase();
  const el = await wizardFixture({ groups: GROUPS, draftDatabase });
  await choose(el, '#system-shopify');
  await pressContinue(el);
  await type(el, '#field-name', 'Typed before the presets');
  if (saved) expect(await el.saveDraft()).to.equal(true);
  const release = await holdDrafts(draftDatabase);
  el.group = 'uk';
  await el.updateComplete;
  el.system = 'shopify';
  await el.updateComplete;
  await release();
  await settle(el);
  return draftDatabase;
}

describe('drafts: a preset switch while the answers left are still being written', () => {
  for (const [saved, when] of [
    [false, 'written'],
    [true, 'read'],
  ] as const)
    it(`a group preset, then a system preset naming the system chosen, while the first switch waits for a draft to be ${when}: the answers move once, and the draft of no preset goes`, async function () {
      this.timeout(20_000);
      const draftDatabase = await groupThenSystem(saved);
      await waitUntil(async () => (await readDraft(draftDatabase, 'default:shopify:group:uk'))?.data.name === 'Typed before the presets', 'moved to the UK Shopify draft', {
        timeout: 5000,
      });
      await waitUntil(async () => (await readDraft(draftDatabase, 'default'))?.deleted === true, 'the draft of no preset gone', { timeout: 5000 }).catch(() => undefined);
      expect((await listDrafts(draftDatabase)).map(({ id, name }) => ({ id, name }))).to.deep.equal([{ id: 'default:shopify:group:uk', name: 'Typed before the presets' }]);
    });
});

/** Draft `a` (every step complete), renamed `name` on General, then `draft-id` switched to `b` while another connection holds the drafts: returns the wizard and the release. */
async function draftIdSwitchHeld(name: string) {
  const draftDatabase = uniqueDatabase();
  const el = await wizardFixture({ groups: GROUPS, draftDatabase, draftId: 'a', system: 'shopify' });
  await advanceTo(el, 'review');
  await el.goTo('general');
  await settle(el);
  await type(el, '#field-name', name);
  const release = await holdDrafts(draftDatabase);
  el.draftId = 'b';
  await el.updateComplete;
  return { el, draftDatabase, release };
}

describe('drafts: no-drafts set while a switch of draft-id waits for the answers left to be written', () => {
  it('the answers stay on screen, and a create from them deletes the draft they were saved in', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, release } = await draftIdSwitchHeld('Created from a');
    // Before draft b was read: the answers on screen are still draft a's.
    el.noDrafts = true;
    await el.updateComplete;
    await release();
    await settle(el);
    await waitUntil(async () => (await readDraft(draftDatabase, 'a'))?.data?.name === 'Created from a', 'a written', { timeout: 5000 });
    expect(inStep<HTMLInputElement>(el, '#field-name')?.value, 'on screen').to.equal('Created from a');
    const created: { name: string }[] = [];
    el.addEventListener('connector-created', (e) => created.push(e.detail.connector as { name: string }));
    expect(await el.submit()).to.equal(true);
    expect(created.map((c) => c.name)).to.deep.equal(['Created from a']);
    // Never restored later as a connector still to add.
    await waitUntil(async () => (await readDraft(draftDatabase, 'a'))?.deleted === true, 'a deleted', { timeout: 5000 }).catch(() => undefined);
    expect(await readDraft(draftDatabase, 'a')).to.include({ deleted: true });
  });
});

describe('drafts: a switch of draft-id while the answers left are still being written', () => {
  // A `draft-id` leaves the answers on screen: they are still the draft left's, and the person may go on.
  it('what the person types and a step change made meanwhile are saved in the draft they are of, and the draft switched to is not written empty', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, release } = await draftIdSwitchHeld('Mine');
    await type(el, '#field-name', 'Mine and more');
    void el.goTo('review');
    await release();
    await settle(el);
    await waitUntil(async () => (await readDraft(draftDatabase, 'a'))?.data?.name === 'Mine and more', 'a holds what was typed', { timeout: 5000 }).catch(() => undefined);
    expect((await readDraft(draftDatabase, 'a'))?.data?.name).to.equal('Mine and more');
    // A save still waiting for typing to pause (400 ms) is written now: a write of draft b would have landed.
    await el.saveDraft();
    expect((await listDrafts(draftDatabase)).map(({ id, name }) => ({ id, name }))).to.deep.equal([{ id: 'a', name: 'Mine and more' }]);
  });

  it('what the person types meanwhile, with no step change, is saved in the draft it is of', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, release } = await draftIdSwitchHeld('Mine');
    await type(el, '#field-name', 'Mine, typed on');
    await release();
    await settle(el);
    await waitUntil(async () => (await readDraft(draftDatabase, 'a'))?.data?.name === 'Mine, typed on', 'a holds what was typed', { timeout: 5000 }).catch(() => undefined);
    expect((await readDraft(draftDatabase, 'a'))?.data?.name).to.equal('Mine, typed on');
  });
});

/** Shopify's default draft with a name typed, its writes held, and the `group` preset `uk` set: the group's draft not yet read. */
async function groupPresetHeld() {
  const draftDatabase = uniqueDatabase();
  const el = await wizardFixture({ groups: GROUPS, draftDatabase, system: 'shopify' });
  await type(el, '#field-name', 'Typed before the group');
  const release = await holdDrafts(draftDatabase);
  el.group = 'uk';
  await el.updateComplete;
  return { el, draftDatabase, release };
}

/** The held writes released: the group the draft left holds once its name is written. */
async function groupOfDraftLeft(el: ConnectorWizard, draftDatabase: string, release: () => Promise<void>, name: string) {
  await release();
  await settle(el);
  await waitUntil(async () => (await readDraft(draftDatabase))?.data?.name === name, 'the draft left written', { timeout: 5000 });
  return (await readDraft(draftDatabase))?.data?.group;
}

describe('drafts: a group preset while the answers left are still being written', () => {
  // Its form is shown only once the group's draft is read: until then the answers on screen are still the draft left's.
  it('what the person types meanwhile is kept in the draft left, with the answers typed before', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, release } = await groupPresetHeld();
    await type(el, '#field-name', 'Typed meanwhile');
    await release();
    await settle(el);
    await waitUntil(async () => (await readDraft(draftDatabase))?.data?.name === 'Typed meanwhile', 'the draft left holds what was typed', { timeout: 5000 }).catch(
      () => undefined,
    );
    expect({
      left: (await readDraft(draftDatabase))?.data?.name,
      notice: el.shadowRoot!.querySelector('[data-notice]')?.getAttribute('data-notice'),
    }).to.deep.equal({ left: 'Typed meanwhile', notice: 'set-aside' });
  });
});

describe('drafts: the group of the draft a group preset leaves', () => {
  // The preset's group is the new draft's: the draft left is a page's with no group preset, and keeps the group its person chose (none here).
  it('the answers written to the draft left keep its own group, not the preset one', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, release } = await groupPresetHeld();
    expect(await groupOfDraftLeft(el, draftDatabase, release, 'Typed before the group'), 'the draft left').to.equal(undefined);
    await waitUntil(() => inStep<HTMLInputElement>(el, '#group-uk')?.checked, `the preset group on screen (on ${currentStepId(el)})`, { timeout: 5000 });
  });

  it('typed on after the preset, before the group draft is read: the draft left still keeps its own group', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, release } = await groupPresetHeld();
    await type(el, '#field-name', 'Typed meanwhile');
    expect(await groupOfDraftLeft(el, draftDatabase, release, 'Typed meanwhile'), 'the draft left').to.equal(undefined);
  });
});

describe('drafts: a group chosen before a group preset naming it', () => {
  // The nearest case the fix must not change: the same group, the person's own choice, stays in the draft left.
  it('the draft left keeps the group its person chose, though the preset names it too', async function () {
    this.timeout(20_000);
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ groups: GROUPS, draftDatabase, system: 'shopify' });
    await choose(el, '#group-uk');
    await type(el, '#field-name', 'Chosen UK before the preset');
    const release = await holdDrafts(draftDatabase);
    el.group = 'uk';
    await el.updateComplete;
    expect(await groupOfDraftLeft(el, draftDatabase, release, 'Chosen UK before the preset'), 'the draft left').to.equal('uk');
  });
});

describe('drafts: a group chosen while a group preset waits for the answers left to be written', () => {
  it('the group draft holds the preset group, and the one chosen meanwhile stays with the answers left', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, release } = await groupPresetHeld();
    // On the answers still shown: another group than the preset, and a name.
    await choose(el, '#group-us');
    await type(el, '#field-name', 'Typed for US');
    await release();
    await settle(el);
    await waitUntil(async () => (await readDraft(draftDatabase))?.data?.group === 'us', 'the draft left holds the group chosen', { timeout: 5000 }).catch(() => undefined);
    expect((await readDraft(draftDatabase))?.data, 'the draft left').to.include({ name: 'Typed for US', group: 'us' });
    expect(inStep<HTMLInputElement>(el, '#group-uk')?.checked, 'the preset group on screen').to.equal(true);
    await type(el, '#field-name', 'UK connector');
    expect(await el.saveDraft()).to.equal(true);
    expect((await readDraft(draftDatabase, 'default:shopify:group:uk'))?.data, 'the group draft').to.include({ name: 'UK connector', group: 'uk' });
  });
});

describe('drafts: the preset group picked while a group preset waits for the answers left to be written', () => {
  // The person picks another group, then the preset one: their own pick, as any other group would be, not the preset applied.
  it('the draft left keeps the group the person picked, though the preset names it too', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, release } = await groupPresetHeld();
    await choose(el, '#group-us');
    await choose(el, '#group-uk');
    await type(el, '#field-name', 'Picked UK meanwhile');
    expect(await groupOfDraftLeft(el, draftDatabase, release, 'Picked UK meanwhile'), 'the draft left').to.equal('uk');
  });
});

describe('drafts: a system preset a create held, applied while the answers sent are still being written', () => {
  it('the form of the new system is never written over the draft of the one sent, however long that write takes', async function () {
    this.timeout(20_000);
    const api = freshApi();
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase });
    await advanceTo(el, 'review');
    await api.faults({ kind: 'invalid', errors: [{ pointer: '/credentials/accessToken', detail: 'Token revoked.' }], held: true, method: 'POST' });
    const sending = el.submit();
    await waitUntil(() => el.sending, 'sending');
    el.system = 'xero';
    await settle(el);
    // The refusal comes while another connection holds the drafts: the Shopify answers wait to be written, and Xero's form is applied meanwhile.
    const release = await holdDrafts(draftDatabase);
    await api.release();
    expect(await sending).to.equal(false);
    await waitUntil(() => el.system === 'xero' && inStep<HTMLInputElement>(el, '#field-name')?.value === '', 'the Xero form on screen', { timeout: 5000 }).catch(
      () => undefined,
    );
    // The save the Xero form waits for (400 ms after a change) is asked for now, while the drafts are held, as it comes when the write takes longer.
    const saved = el.saveDraft();
    await release();
    await settle(el);
    await waitUntil(() => currentStepId(el) === 'general', 'a new Xero connector', { timeout: 5000 });
    await saved;
    await el.saveDraft();
    expect((await readDraft(draftDatabase, 'default:shopify'))?.data, 'the Shopify draft').to.include({ system: 'shopify', name: 'Shopify UK' });
  });
});

describe('drafts: a system picked while a switch of draft-id waits for the answers left to be written', () => {
  // The pick is the person's own change on the answers still shown (draft a's), as typing is: never a host's preset.
  it('is saved in the draft left, as typing is, and never written to the draft switched to', async function () {
    this.timeout(20_000);
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ groups: GROUPS, draftDatabase, draftId: 'a' });
    await choose(el, '#system-shopify');
    expect(await el.saveDraft()).to.equal(true);
    expect((await readDraft(draftDatabase, 'a'))?.data?.system).to.equal('shopify');
    const release = await holdDrafts(draftDatabase);
    el.draftId = 'b';
    await el.updateComplete;
    // The person, on the answers still shown (draft a's), picks another system: their own change, not the host's.
    await choose(el, '#system-xero');
    await release();
    await settle(el);
    await waitUntil(async () => (await readDraft(draftDatabase, 'a'))?.data?.system === 'xero', 'a holds the system picked', { timeout: 5000 }).catch(() => undefined);
    // A save still waiting for typing to pause (400 ms) is written now: a write of draft b would have landed.
    await el.saveDraft();
    expect((await listDrafts(draftDatabase)).map(({ id, system }) => ({ id, system }))).to.deep.equal([{ id: 'a', system: 'xero' }]);
  });
});

/** Draft `b` stored with a name; draft `a` on screen, renamed `Mine` and written; then `draft-id` switched to `b` while its read is held. */
async function draftIdReadHeld() {
  const draftDatabase = uniqueDatabase();
  const other = await wizardFixture({ groups: GROUPS, draftDatabase, draftId: 'b', system: 'shopify' });
  await type(other, '#field-name', 'Stored in b');
  expect(await other.saveDraft()).to.equal(true);
  other.remove();
  const el = await wizardFixture({ groups: GROUPS, draftDatabase, draftId: 'a', system: 'shopify' });
  await type(el, '#field-name', 'Mine');
  expect(await el.saveDraft()).to.equal(true);
  const before = (await readDraft(draftDatabase, 'a'))?.revision;
  const release = await holdDrafts(draftDatabase);
  el.draftId = 'b';
  await el.updateComplete;
  return { el, draftDatabase, release, before };
}

describe('drafts: a switch of draft-id to a stored draft while it is read', () => {
  it('what the person types before it is read is saved in the draft left, and the draft switched to shows', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, release } = await draftIdReadHeld();
    await type(el, '#field-name', 'Typed meanwhile');
    await release();
    await settle(el);
    await waitUntil(async () => (await readDraft(draftDatabase, 'a'))?.data?.name === 'Typed meanwhile', 'a holds what was typed', { timeout: 5000 }).catch(() => undefined);
    expect({
      a: (await readDraft(draftDatabase, 'a'))?.data?.name,
      b: (await readDraft(draftDatabase, 'b'))?.data?.name,
      onScreen: inStep<HTMLInputElement>(el, '#field-name')?.value,
    }).to.deep.equal({ a: 'Typed meanwhile', b: 'Stored in b', onScreen: 'Stored in b' });
  });

  it('nothing typed meanwhile: the draft switched to shows, and the draft left is not written again', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, release, before } = await draftIdReadHeld();
    await release();
    await settle(el);
    // Whatever is still to be written lands first.
    await el.saveDraft();
    expect({
      a: (await readDraft(draftDatabase, 'a'))?.data?.name,
      revision: (await readDraft(draftDatabase, 'a'))?.revision,
      b: (await readDraft(draftDatabase, 'b'))?.data?.name,
      onScreen: inStep<HTMLInputElement>(el, '#field-name')?.value,
    }).to.deep.equal({ a: 'Mine', revision: before, b: 'Stored in b', onScreen: 'Stored in b' });
  });

  it('reset() before it is read discards the draft switched to, and writes nothing over the draft left', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, release, before } = await draftIdReadHeld();
    el.reset();
    await release();
    await settle(el);
    // Whatever is still to be written lands first.
    await el.saveDraft();
    const left = await readDraft(draftDatabase, 'a');
    expect({ a: left?.data?.name, revision: left?.revision, b: (await readDraft(draftDatabase, 'b'))?.deleted }).to.deep.equal({ a: 'Mine', revision: before, b: true });
  });
});

/** Draft `a` saved here (then, `theirs`, saved again by another tab this one has not heard of), then `draft-id` switched to `b` (`unreadable`: holding a record no version can read) while its read is held, and the host presets `environment` on the answers still those of `a`, once that read is done. */
async function hostChangeWhileSwitching(theirs: boolean, around = (run: () => Promise<void>) => run(), unreadable = false) {
  const draftDatabase = uniqueDatabase();
  const el = await wizardFixture({ groups: GROUPS, draftDatabase, draftId: 'a', system: 'shopify' });
  await type(el, '#field-name', 'Mine');
  expect(await el.saveDraft()).to.equal(true);
  if (unreadable) await storeUnreadable(draftDatabase, 'b');
  if (theirs)
    await withTabsDeaf(async () => {
      const other = await wizardFixture({ groups: GROUPS, draftDatabase, draftId: 'a', system: 'shopify' });
      await type(other, '#field-name', 'Theirs');
      expect(await other.saveDraft()).to.equal(true);
      other.remove();
    });
  const release = await holdDrafts(draftDatabase);
  el.draftId = 'b';
  await el.updateComplete;
  // The host's change, not the person's: never a question to them.
  el.environment = 'test';
  await el.updateComplete;
  await around(async () => {
    await release();
    await settle(el);
  });
  return { el, draftDatabase };
}

const noticeOf = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[data-notice]')?.getAttribute('data-notice');

describe('drafts: the host changes the answers left while a switch of draft-id reads the next', () => {
  it('another tab saved the draft left: its version stays, and the person is told the last changes there were not saved', async function () {
    this.timeout(20_000);
    const { el, draftDatabase } = await hostChangeWhileSwitching(true);
    await waitUntil(() => noticeOf(el) !== undefined, 'a notice', { timeout: 5000 }).catch(() => undefined);
    expect({ a: (await readDraft(draftDatabase, 'a'))?.data?.name, notice: noticeOf(el), onScreen: inStep<HTMLInputElement>(el, '#field-name')?.value }).to.deep.equal({
      a: 'Theirs',
      notice: 'left-unsaved',
      onScreen: '',
    });
  });

  it('the notice is about the switch this connector began with: starting the next one, it goes', async function () {
    this.timeout(20_000);
    const { el } = await hostChangeWhileSwitching(true);
    await waitUntil(() => noticeOf(el) === 'left-unsaved', 'the notice', { timeout: 5000 });
    await el.reset();
    await settle(el);
    expect(noticeOf(el)).to.equal(undefined);
  });

  it('the draft switched to could not be read either: the person is told both, not only that the draft left was not saved', async function () {
    this.timeout(20_000);
    const { el, draftDatabase } = await hostChangeWhileSwitching(true, undefined, true);
    await waitUntil(() => noticeOf(el) !== undefined, 'a notice', { timeout: 5000 }).catch(() => undefined);
    expect({
      a: (await readDraft(draftDatabase, 'a'))?.data?.name,
      b: (await readDraft(draftDatabase, 'b'))?.deleted,
      notice: noticeOf(el),
      onScreen: inStep<HTMLInputElement>(el, '#field-name')?.value,
    }).to.deep.equal({ a: 'Theirs', b: true, notice: 'malformed-left-unsaved', onScreen: '' });
    // About the switch this connector began with, as each of the two alone is: starting the next one, it goes.
    await el.reset();
    await settle(el);
    expect(noticeOf(el)).to.equal(undefined);
  });

  it('no other tab saved it: the change is written to the draft left, and nothing is said', async function () {
    this.timeout(20_000);
    const { el, draftDatabase } = await hostChangeWhileSwitching(false);
    await waitUntil(async () => (await readDraft(draftDatabase, 'a'))?.data?.environment === 'test', 'a written', { timeout: 5000 });
    expect((await readDraft(draftDatabase, 'a'))?.data?.name).to.equal('Mine');
    expect(noticeOf(el)).to.equal(undefined);
    // Drafts go on in the draft switched to.
    await type(el, '#field-name', 'Typed in b');
    expect(await el.saveDraft(), 'saved as a draft').to.equal(true);
    expect((await readDraft(draftDatabase, 'b'))?.data?.name).to.equal('Typed in b');
  });
});

describe('drafts: storage fails writing the answers left once a switch of draft-id read the next', () => {
  it('drafts stay off, as the notice says: the answers left stay on screen, and nothing typed after is saved as a draft', async function () {
    this.timeout(20_000);
    const full = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const { el, draftDatabase } = await hostChangeWhileSwitching(false, (run) => withPatched(IDBObjectStore.prototype, 'put', full as never, run));
    await waitUntil(() => el.shadowRoot!.querySelector('[data-notice="storage"]'), 'drafts said unavailable', { timeout: 5000 });
    expect(inStep<HTMLInputElement>(el, '#field-name')?.value, 'on screen').to.equal('Mine');
    // Storage works again (space freed), and the notice is still up.
    await type(el, '#field-name', 'Typed in b');
    expect(await el.saveDraft(), 'saved as a draft').to.equal(false);
    expect(await readDraft(draftDatabase, 'b'), 'draft b').to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[data-notice="storage"]'), 'the notice').to.not.equal(null);
  });
});

/** Draft `a` saved, then `draft-id` switched to `b` and, before it was read, to `c` (`environment`: preset by the host in between, on the answers still those of `a`): returns a's revision before. */
async function twoSwitchesWhileRead(environment?: 'test') {
  const draftDatabase = uniqueDatabase();
  const el = await wizardFixture({ groups: GROUPS, draftDatabase, draftId: 'a', system: 'shopify' });
  await type(el, '#field-name', 'Mine');
  expect(await el.saveDraft()).to.equal(true);
  const before = (await readDraft(draftDatabase, 'a'))?.revision;
  const release = await holdDrafts(draftDatabase);
  el.draftId = 'b';
  await el.updateComplete;
  el.environment = environment;
  await el.updateComplete;
  el.draftId = 'c';
  await el.updateComplete;
  await release();
  await settle(el);
  return { el, draftDatabase, before };
}

describe('drafts: a second switch of draft-id before the first one read the next', () => {
  it('what the host changed on the answers left while the first one read is still written to the draft left', async function () {
    this.timeout(20_000);
    const { draftDatabase } = await twoSwitchesWhileRead('test');
    await waitUntil(async () => (await readDraft(draftDatabase, 'a'))?.data?.environment === 'test', 'a written', { timeout: 5000 }).catch(() => undefined);
    expect((await readDraft(draftDatabase, 'a'))?.data).to.include({ name: 'Mine', environment: 'test' });
  });

  it('nothing changed meanwhile: the draft left is not written again, and the last draft asked for shows', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, before } = await twoSwitchesWhileRead();
    await type(el, '#field-name', 'Typed in c');
    expect(await el.saveDraft()).to.equal(true);
    expect({ a: (await readDraft(draftDatabase, 'a'))?.revision, c: (await readDraft(draftDatabase, 'c'))?.data?.name }).to.deep.equal({ a: before, c: 'Typed in c' });
  });
});

describe('drafts: another tab upgrades the database while a switch of draft-id reads the next', () => {
  it('drafts stay off, as the notice says: nothing typed after is saved as a draft', async function () {
    this.timeout(20_000);
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ groups: GROUPS, draftDatabase, draftId: 'a', system: 'shopify' });
    const errors: string[] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push((e as CustomEvent).detail.kind));
    await type(el, '#field-name', 'Mine');
    expect(await el.saveDraft()).to.equal(true);
    const release = await holdDrafts(draftDatabase);
    el.draftId = 'b';
    await el.updateComplete;
    // A newer version of the form, in another tab: it waits for the held drafts, as the read of b does.
    const upgrading = openDB(draftDatabase, 3, { upgrade: () => undefined });
    await waitUntil(() => noticeOf(el) === 'upgraded', 'told of the upgrade', { timeout: 5000 });
    await release();
    (await upgrading).close();
    await settle(el);
    await type(el, '#field-name', 'Typed after');
    expect({ saved: await el.saveDraft(), notice: noticeOf(el), errors }).to.deep.equal({ saved: false, notice: 'upgraded', errors: ['storage'] });
    // Still true of the next connector, unlike a notice about the draft this one began with: it stays.
    await el.reset();
    await settle(el);
    expect(noticeOf(el)).to.equal('upgraded');
  });
});
