/**
 * Drafts of edits on one origin, talking to two endpoints (a staging and a production API, each
 * with a connector `42`): each endpoint's edit keeps its own draft, and its key holds no address.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { currentStepId, errorSummary, freshApi, GROUPS, inStep, settle, shopifyPayload, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { holdDrafts, readDraft } from '../test/stored.js';
import { draftKey } from '../storage/draft-key.js';
import { EDITED, editing } from '../test/edit-fixtures.js';
import { listDrafts } from '../storage/draft-store.js';
import type { EditableConnector } from './connector-wizard.js';

const CONNECTOR = { ...EDITED, id: '42' } as unknown as EditableConnector;

/** A wizard on `endpoint` (sharing `draftDatabase`) with connector 42 open: the name on screen. */
async function openedOn(endpoint: string, draftDatabase: string) {
  const el = await wizardFixture({ groups: GROUPS, endpoint, draftDatabase });
  el.connector = CONNECTOR;
  await settle(el);
  return el;
}

describe('drafts of edits on two endpoints', () => {
  it('an edit typed against staging is never restored against production, and comes back against staging', async () => {
    const draftDatabase = uniqueDatabase();
    const staging = freshApi().endpoint;
    // A query may hold a token: it never shows in the draft's key.
    const production = `${freshApi().endpoint}?token=query-secret-7`;
    const first = await openedOn(staging, draftDatabase);
    await type(first, '#field-name', 'Typed on staging');
    expect(await first.saveDraft()).to.equal(true);
    first.remove();

    const second = await openedOn(production, draftDatabase);
    expect(inStep<HTMLInputElement>(second, '#field-name')!.value, 'production opens the connector as it is').to.equal('Shop before');
    second.remove();

    const third = await openedOn(staging, draftDatabase);
    expect(inStep<HTMLInputElement>(third, '#field-name')!.value, 'staging keeps its draft').to.equal('Typed on staging');
    third.remove();
    const ids = (await listDrafts(draftDatabase)).map((d) => d.id).join(' ');
    expect(ids).to.not.match(/api|ns|token|query-secret/);
  });

  for (const [before, after] of [
    [undefined, ''],
    ['?token=one', '?token=two'],
  ] as const)
    it(`an edit keeps what was typed on screen, and in a draft, when the endpoint changes (${before ?? 'none'} to ${after || 'set'})`, async () => {
      const api = freshApi();
      const draftDatabase = uniqueDatabase();
      const el = await wizardFixture({ groups: GROUPS, draftDatabase, ...(before ? { endpoint: `${api.endpoint}${before}` } : {}) });
      el.connector = CONNECTOR;
      await settle(el);
      await type(el, '#field-name', 'Typed before the change');
      el.endpoint = `${api.endpoint}${after}`;
      const newKey = draftKey('default', { editing: '42', endpoint: el.endpoint });
      await waitUntil(async () => (await readDraft(draftDatabase, newKey))?.data.name === 'Typed before the change', 'saved under the new endpoint', { timeout: 5000 });
      await settle(el);
      expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('Typed before the change');
    });
});

/** An edit of A's connector renamed and saved, its PATCH held at A (`fault`) until the host has switched to B and B has listed. */
async function savedBeforeSwitch(fault: Record<string, unknown>, ...retries: Record<string, unknown>[]) {
  const a = freshApi();
  const b = freshApi();
  await a.create(shopifyPayload({ name: 'Shop before' }));
  const [stored] = await a.connectors();
  const { el, updated } = await editing(stored!, a.endpoint);
  await type(el, '#field-name', 'Shop renamed');
  await el.goTo('review');
  await settle(el);
  await a.faults({ ...fault, method: 'PATCH', held: true }, ...retries);
  const done = el.submit();
  await waitUntil(async () => (await a.log()).some((e) => e.method === 'PATCH'), 'the PATCH reached A', { timeout: 5000 });
  el.endpoint = b.endpoint;
  await waitUntil(async () => (await b.log()).some((e) => e.method === 'GET'), 'B listed', { timeout: 5000 });
  await a.release();
  const saved = await done;
  await settle(el);
  return { a, b, el, updated, saved, stored: stored! };
}

const alertText = (el: HTMLElement) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '';
const panelText = (el: HTMLElement) => (el.shadowRoot!.querySelector('[part~="success"]')?.textContent ?? '').replace(/\s+/g, ' ');

describe('an edit saved while the host switches endpoint', () => {
  it('a save with no answer from the old endpoint is said as maybe saved there, not here, and Save sends it to the new one under a key of its own', async () => {
    const { a, b, el, saved } = await savedBeforeSwitch({ kind: 'drop' }, { kind: 'drop', method: 'PATCH' }, { kind: 'drop', method: 'PATCH' });
    expect(saved).to.equal(false);
    // "save them again" would send them to B, which never saw them: the person is told where they went, and that they were not saved here.
    expect(alertText(el)).to.contain('may have been saved there').and.to.contain('not saved here').and.to.not.contain('Create connector');
    await el.submit();
    const keyAtA = (await a.log()).find((e) => e.method === 'PATCH')?.idempotencyKey;
    const keyAtB = (await b.log()).find((e) => e.method === 'PATCH')?.idempotencyKey;
    expect(keyAtB, 'sent to B').to.be.a('string');
    // A server that keeps keys across tenants could replay A's save as B's: B never sees A's key.
    expect(keyAtB).to.not.equal(keyAtA);
  });

  it('a 422 from the old endpoint answered after the switch marks no field at the new one, where nothing was sent', async () => {
    const { el, saved } = await savedBeforeSwitch({ kind: 'invalid', errors: [{ pointer: '/name', detail: 'Names at A are reserved' }] });
    expect(saved).to.equal(false);
    expect(errorSummary(el).join(' | '), 'A s refusal is not B s').to.not.contain('reserved');
    expect(inStep<HTMLInputElement>(el, '#field-name')?.getAttribute('aria-invalid') ?? null).to.not.equal('true');
    expect(currentStepId(el)).to.equal('review');
    expect(alertText(el)).to.contain('not saved here');
  });

  it('a 404 from the old endpoint answered after the switch never says the connector no longer exists at the new one', async () => {
    const { el, saved } = await savedBeforeSwitch({ kind: 'status', status: 404, json: { type: '/problems/not-found', title: 'Not found', status: 404 } });
    expect(saved).to.equal(false);
    expect(alertText(el)).to.contain('not saved here');
    expect(alertText(el)).to.not.contain('no longer exists');
  });

  it('a 412 from the old endpoint answered after the switch reads no list there and says nothing of a change made elsewhere at the new one', async () => {
    const { a, el, saved } = await savedBeforeSwitch({ kind: 'status', status: 412, json: { type: '/problems/changed', title: 'Changed', status: 412 } });
    expect(saved).to.equal(false);
    const log = await a.log();
    const patchedAt = log.findIndex((e) => e.method === 'PATCH');
    expect(
      log.slice(patchedAt).filter((e) => e.method === 'GET'),
      'A s list is not read for B',
    ).to.have.length(0);
    expect(alertText(el)).to.contain('not saved here');
    expect(alertText(el)).to.not.contain('Someone changed');
  });

  it('a save answered 200 by the old endpoint after the switch: connector-updated once, with its connector, and the panel says it was saved where it was sent, not here', async () => {
    const { el, updated, saved, stored } = await savedBeforeSwitch({ kind: 'slow', delayMs: 0 });
    expect(saved).to.equal(true);
    expect(updated.map((d) => [d.connector.id, d.connector.name])).to.deep.equal([[stored.id, 'Shop renamed']]);
    expect(panelText(el)).to.contain('where they were sent').and.to.contain('not here');
  });

  it('a save answered 204 by the old endpoint after the switch: the panel says the changes were saved where they were sent, not to check the list here', async () => {
    const { el, updated, saved } = await savedBeforeSwitch({ kind: 'status', status: 204 });
    expect(saved).to.equal(true);
    expect(updated).to.have.length(0);
    expect(panelText(el)).to.contain('where they were sent');
  });

  it('a save with no answer at the endpoint it still has is said as before, and Save sends the same key again', async () => {
    const a = freshApi();
    await a.create(shopifyPayload({ name: 'Shop before' }));
    const [stored] = await a.connectors();
    const { el } = await editing(stored!, a.endpoint);
    await type(el, '#field-name', 'Shop renamed');
    await el.goTo('review');
    await settle(el);
    await a.faults({ kind: 'drop', method: 'PATCH' }, { kind: 'drop', method: 'PATCH' }, { kind: 'drop', method: 'PATCH' });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(alertText(el)).to.contain('we cannot tell whether the changes were saved');
    expect(await el.submit()).to.equal(true);
    const keys = new Set((await a.log()).filter((e) => e.method === 'PATCH').map((e) => e.idempotencyKey));
    expect(keys.size).to.equal(1);
  });
});

describe('an edit whose endpoint is switched away and back', () => {
  /** An edit at A renamed "Shop renamed" and saved there with no answer (A made it), then saved at B (refused: B has no such connector), then the host back at A. */
  async function savedAtAThenB() {
    const a = freshApi();
    const b = freshApi();
    await a.create(shopifyPayload({ name: 'Shop before' }));
    const [stored] = await a.connectors();
    const { el, updated } = await editing(stored!, a.endpoint);
    el.retryPolicy = { attempts: 0 };
    await type(el, '#field-name', 'Shop renamed');
    await el.goTo('review');
    await settle(el);
    // A makes the save, but its answer never comes.
    await a.faults({ kind: 'lose-response', method: 'PATCH' });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect((await a.connectors())[0]!.name, 'made at A').to.equal('Shop renamed');
    el.endpoint = b.endpoint;
    await waitUntil(async () => (await b.log()).some((e) => e.method === 'GET'), 'B listed', { timeout: 5000 });
    // B has no such connector: its save is refused, and the edit stays open.
    expect(await el.submit()).to.equal(false);
    el.endpoint = a.endpoint;
    await settle(el);
    return { a, b, el, updated };
  }

  it('a save at A with no answer, a save at B, then back at A: a 412 caused by that first save is the person s own, not a change made elsewhere', async () => {
    const { a, el, updated } = await savedAtAThenB();
    // The edit's draft switches to A's: typed before A's stored draft is read, the name goes to the draft left and A's draft shows (docs/drafts-and-secrets.md).
    await waitUntil(() => (el as unknown as { draft: { settled: boolean } }).draft.settled, 'the draft at A settled', { timeout: 5000 });
    await el.goTo('general');
    await settle(el);
    await type(el, '#field-name', 'Shop final');
    await el.goTo('review');
    await settle(el);
    const saved = await el.submit();
    await settle(el);
    expect(alertText(el)).to.not.contain('Someone changed');
    expect(saved).to.equal(true);
    expect((await a.connectors())[0]!.name).to.equal('Shop final');
    expect(updated.map((d) => d.connector.name)).to.deep.equal(['Shop final']);
  });

  it('back at A with the same changes, the save sends the key of the one with no answer there, and A replays it', async () => {
    const { a, b, el, updated } = await savedAtAThenB();
    expect(await el.submit()).to.equal(true);
    const keys = (await a.log()).filter((e) => e.method === 'PATCH').map((e) => [e.idempotencyKey, e.status]);
    expect(keys).to.have.length(2);
    expect(keys[1]).to.deep.equal([keys[0]![0], 200]);
    const keyAtB = (await b.log()).find((e) => e.method === 'PATCH')?.idempotencyKey;
    expect(keyAtB, 'B never sees A s key').to.not.equal(keys[0]![0]);
    expect(updated.map((d) => d.connector.name)).to.deep.equal(['Shop renamed']);
  });
});

describe('a 412 whose list is read while the host switches endpoint', () => {
  /** An edit at A renamed, A's connector renamed elsewhere (so the save gets a 412), and the list read after it held at A; `lost`: a first save whose answer never came. */
  async function conflictListHeld(lost = false) {
    const a = freshApi();
    const b = freshApi();
    await a.create(shopifyPayload({ name: 'Shop before' }));
    const [stored] = await a.connectors();
    const { el, updated } = await editing(stored!, a.endpoint);
    await type(el, '#field-name', 'Mine');
    await el.goTo('review');
    await settle(el);
    if (lost) {
      el.retryPolicy = { attempts: 0 };
      await a.faults({ kind: 'lose-response', method: 'PATCH' });
      expect(await el.submit()).to.equal(false);
      await settle(el);
      // Other changes (the same ones would replay the first save under its key).
      await el.goTo('general');
      await settle(el);
      await type(el, '#field-name', 'Mine again');
      await el.goTo('review');
      await settle(el);
    }
    await a.change(stored!.id, { name: 'Theirs' });
    await a.faults({ kind: 'slow', delayMs: 0, held: true, method: 'GET' });
    const done = el.submit();
    await waitUntil(
      async () => {
        const log = await a.log();
        const at = log.findIndex((e) => e.method === 'PATCH' && e.status === 412);
        return at >= 0 && log.slice(at).some((e) => e.method === 'GET');
      },
      'the 412, then A s list asked',
      { timeout: 5000 },
    );
    return { a, b, el, updated, done };
  }

  it('the host switches endpoint meanwhile: the person is told the changes were not saved here, and that Save changes saves them here', async () => {
    const { a, b, el, updated, done } = await conflictListHeld();
    el.endpoint = b.endpoint;
    await waitUntil(async () => (await b.log()).some((e) => e.method === 'GET'), 'B listed', { timeout: 5000 });
    await a.release();
    expect(await done).to.equal(false);
    await settle(el);
    expect(alertText(el)).to.contain('not saved here').and.to.contain('press Save changes to save them here');
    expect(alertText(el), 'no save of theirs went unanswered at A').to.not.contain('may have been saved there');
    expect(alertText(el)).to.not.contain('Someone changed');
    expect(updated).to.have.length(0);
  });

  it('the host switches endpoint meanwhile after an earlier save got no answer at A: the person is told the changes may have been saved there, not here', async () => {
    const { a, b, el, updated, done } = await conflictListHeld(true);
    el.endpoint = b.endpoint;
    await waitUntil(async () => (await b.log()).some((e) => e.method === 'GET'), 'B listed', { timeout: 5000 });
    await a.release();
    expect(await done).to.equal(false);
    await settle(el);
    expect(alertText(el)).to.contain('may have been saved there').and.to.contain('not saved here').and.to.contain('press Save changes to save them here');
    expect(updated).to.have.length(0);
  });

  it('the host passes the same endpoint again meanwhile: the change made elsewhere is said as before', async () => {
    const { a, el, done } = await conflictListHeld();
    el.endpoint = `${a.endpoint}`;
    await settle(el);
    await a.release();
    expect(await done).to.equal(false);
    await settle(el);
    expect(alertText(el)).to.contain('Someone changed this connector since you opened it');
  });
});

describe('typing while the host switches an edit back to an endpoint with a draft of it', () => {
  /** Connector 42 renamed `Shop renamed` at A and saved there, then the host switches to B (the same answers kept there) and back to A while A's draft is held unread. */
  async function backToAHeld() {
    const draftDatabase = uniqueDatabase();
    const a = freshApi().endpoint;
    const b = freshApi().endpoint;
    const el = await openedOn(a, draftDatabase);
    await type(el, '#field-name', 'Shop renamed');
    expect(await el.saveDraft()).to.equal(true);
    el.endpoint = b;
    const atB = draftKey('default', { editing: '42', endpoint: b });
    await waitUntil(async () => (await readDraft(draftDatabase, atB))?.data.name === 'Shop renamed', 'kept under B', { timeout: 5000 });
    await waitUntil(() => (el as unknown as { draft: { settled: boolean } }).draft.settled, 'the draft at B settled', { timeout: 5000 });
    await settle(el);
    const release = await holdDrafts(draftDatabase);
    el.endpoint = a;
    await el.updateComplete;
    return { el, draftDatabase, release, atB, atA: draftKey('default', { editing: '42', endpoint: a }) };
  }

  it('what is typed before A s draft is read is saved in the draft left, as typing in a switch is, and A s draft shows', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, release, atA, atB } = await backToAHeld();
    await type(el, '#field-name', 'Shop final');
    await release();
    await settle(el);
    await waitUntil(async () => (await readDraft(draftDatabase, atB))?.data.name === 'Shop final', 'B holds what was typed', { timeout: 5000 }).catch(() => undefined);
    expect({
      atB: (await readDraft(draftDatabase, atB))?.data.name,
      atA: (await readDraft(draftDatabase, atA))?.data.name,
      onScreen: inStep<HTMLInputElement>(el, '#field-name')?.value,
    }).to.deep.equal({ atB: 'Shop final', atA: 'Shop renamed', onScreen: 'Shop renamed' });
  });

  it('nothing typed meanwhile: A s draft shows, and the draft left keeps what it had', async function () {
    this.timeout(20_000);
    const { el, draftDatabase, release, atA, atB } = await backToAHeld();
    await release();
    await settle(el);
    await waitUntil(() => (el as unknown as { draft: { settled: boolean } }).draft.settled, 'the draft at A settled', { timeout: 5000 });
    // A save of A's own, made now, is written after anything the switch had left to write to B.
    expect(await el.saveDraft()).to.equal(true);
    expect({
      atB: (await readDraft(draftDatabase, atB))?.data.name,
      atA: (await readDraft(draftDatabase, atA))?.data.name,
      onScreen: inStep<HTMLInputElement>(el, '#field-name')?.value,
    }).to.deep.equal({ atB: 'Shop renamed', atA: 'Shop renamed', onScreen: 'Shop renamed' });
  });
});
