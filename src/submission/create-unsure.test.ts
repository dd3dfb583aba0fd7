/**
 * A create whose outcome the wizard cannot know (no answer, or the element taken out of the page
 * while it was sent): its slot may hold the connector it made. The local one-live-one-testing rule
 * never calls that connector someone else's, Create sends again under the same key (the server
 * replays it as created), and a 409 for that slot says it may be the earlier try's, in any language.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import * as z from 'zod/mini';
import { loadMessages } from '../messages/locale.js';
import {
  advanceTo,
  choose,
  currentStepId,
  errorSummary,
  freshApi,
  GROUPS,
  inStep,
  pressContinue,
  settle,
  SHOPIFY_TOKEN,
  shopifyPayload,
  type,
  uniqueDatabase,
  wizardFixture,
} from '../test/fixtures.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { readDraft } from '../test/stored.js';

type Api = ReturnType<typeof freshApi>;
const posts = async (api: Api) => (await api.log()).filter((e) => e.method === 'POST');
const liveRegion = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[role="status"][aria-live]')!.textContent!.trim();

/** Back at A: Create replays the same answers as created (one `connector-created`), under the key A saw first. */
async function replayedAtA(el: ConnectorWizard, a: Api, created: unknown[]) {
  expect(await el.submit(), errorSummary(el).join(' | ')).to.equal(true);
  expect(created).to.have.length(1);
  const log = await posts(a);
  expect(log.at(-1)!.idempotencyKey, 'A s key again').to.equal(log[0]!.idempotencyKey);
}

/** General refuses the slot as taken, by someone else: never said as maybe the earlier try's. */
async function takenBySomeoneElse(el: ConnectorWizard) {
  await el.goTo('general');
  await settle(el);
  await pressContinue(el);
  expect(currentStepId(el)).to.equal('general');
  expect(errorSummary(el).join(' | ')).to.contain('already exists').and.to.not.contain('It may be the one an earlier try made');
}

async function retypeToken(el: ConnectorWizard) {
  await el.goTo('credentials');
  await settle(el);
  await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
  await pressContinue(el);
  expect(currentStepId(el), errorSummary(el).join('; ')).to.equal('review');
}

/** A create the server made, whose three answers were all lost. */
async function lostCreate(el: ConnectorWizard, api: Api) {
  await advanceTo(el, 'review');
  await api.faults({ kind: 'lose-response' }, { kind: 'lose-response' }, { kind: 'lose-response' });
  await el.submit();
  await settle(el);
  expect(await api.connectors(), 'the server made it').to.have.length(1);
}

/** Then another name (another body: the server cannot replay it) is sent, and refused with a 409 that says it may be the earlier try's. */
async function lostCreateThen409(el: ConnectorWizard, api: Api) {
  await lostCreate(el, api);
  await renamedAndRefused(el);
}

/** Renamed and created again: the server refuses the slot a lost create took, said as maybe the earlier try's. */
async function renamedAndRefused(el: ConnectorWizard) {
  await el.goTo('general');
  await settle(el);
  await type(el, '#field-name', 'Shopify UK main');
  await el.goTo('review');
  await settle(el);
  await el.submit();
  await settle(el);
  expect(errorSummary(el).join(' | ')).to.contain('It may be the one an earlier try made');
}

describe('a create whose outcome is unknown', () => {
  it('taken out of the page while it was sent, then put back: it says the outcome is unknown, and Create is replayed as created', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase() });
    const created: unknown[] = [];
    el.addEventListener('connector-created', (e) => created.push(e));
    await advanceTo(el, 'review');
    // Handled at once, answered late: the server makes it, and its answer is still on the way.
    await api.faults({ kind: 'late', held: true, method: 'POST' });
    const done = el.submit();
    const parent = el.parentElement!;
    try {
      // The server makes it; its answer is still on the way (held until the test releases it).
      await waitUntil(async () => (await api.connectors()).length > 0, 'the server made it', { timeout: 5000 });
      expect(await api.connectors(), 'the server made it').to.have.length(1);
      el.remove(); // The host closes its dialog.
    } finally {
      await api.release();
    }
    expect(await done).to.equal(false);
    parent.append(el); // And opens it again; the list, read again, names the new connector.
    await settle(el);
    expect(liveRegion(el), 'nothing is being created').to.not.contain('Creating');
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '').to.contain('we cannot tell whether the connector was created');
    // The secrets left memory with the removal: typed again, the same answers are the same create.
    await retypeToken(el);
    expect(await el.submit()).to.equal(true);
    await settle(el);
    expect(errorSummary(el), 'never "choose the other environment"').to.deep.equal([]);
    expect(created, 'connector-created once').to.have.length(1);
    expect(await api.connectors(), 'one connector').to.have.length(1);
    const log = await posts(api);
    expect(log.at(-1)!.idempotencyKey, 'sent again under the same key').to.equal(log[0]!.idempotencyKey);
  });

  /**
   * Taken out of the page before its create reached fetch (its key still being saved, or the
   * host's requestHeaders still pending), then put back: nothing was sent, so nothing is said to be
   * unknown, and the slot counts as the list has it (a connector someone else made there since is
   * "choose the other environment", never "it may be the one an earlier try made").
   */
  async function removedBeforeSent(hold: (el: ConnectorWizard) => Promise<void>) {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase() });
    await advanceTo(el, 'review');
    await settle(el);
    const gets = async () => (await api.log()).filter((e) => e.method === 'GET').length;
    const listed = await gets();
    const done = el.submit();
    await hold(el);
    const parent = el.parentElement!;
    el.remove();
    expect(await done).to.equal(false);
    expect(await posts(api), 'nothing was sent').to.have.length(0);
    // Meanwhile someone else makes the live UK connector.
    await api.create(shopifyPayload());
    parent.append(el);
    await waitUntil(async () => (await gets()) > listed, 'the list read again', { timeout: 5000 });
    await settle(el);
    expect(liveRegion(el), 'nothing is being created').to.not.contain('Creating');
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '', 'no false alarm').to.not.contain('cannot tell whether');
    await retypeToken(el);
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(errorSummary(el).join(' | ')).to.contain('choose the other environment');
    expect(errorSummary(el).join(' | ')).to.not.contain('It may be the one an earlier try made');
    expect(await posts(api), 'only the other person s create').to.have.length(1);
  }

  it('taken out of the page while its requestHeaders function is pending: nothing was sent, so the outcome is not unknown', async () => {
    let release: (headers: Record<string, string>) => void = () => {};
    await removedBeforeSent(async (el) => {
      let asked = false;
      // The create's call waits for a token; the list's, once the wizard is back, has it at once.
      el.requestHeaders = () => {
        if (asked) return { 'X-CSRF-Token': 'token-1' };
        asked = true;
        return new Promise((resolve) => (release = resolve));
      };
      await waitUntil(() => asked, 'the headers asked for');
    });
    // The token comes after all: too late, nothing is sent.
    release({ 'X-CSRF-Token': 'token-1' });
  });

  it('taken out of the page before its create started: nothing was sent, so the outcome is not unknown', async () => {
    await removedBeforeSent(async () => {});
  });

  it('no answer, then a reload whose list names the connector: Create sends again under the same key, not "choose the other environment"', async () => {
    const api = freshApi();
    const draftDatabase = uniqueDatabase();
    const first = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase });
    await lostCreate(first, api);
    first.remove();
    const second = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase });
    const created: unknown[] = [];
    second.addEventListener('connector-created', (e) => created.push(e));
    await settle(second);
    await retypeToken(second);
    expect(await second.submit()).to.equal(true);
    await settle(second);
    expect(created).to.have.length(1);
    expect(await api.connectors()).to.have.length(1);
  });

  it('a page reloaded (or closed) while its create is sent: the draft it leaves knows the connector may exist, and the same answers are answered as created', async function () {
    this.timeout(30000);
    const api = freshApi();
    const draftDatabase = uniqueDatabase();
    // A page of its own (src/test/sending-frame.html): removing the frame ends it as a reload does, with nothing more run.
    const frame = document.createElement('iframe');
    frame.src = `/src/test/sending-frame.html?db=${encodeURIComponent(draftDatabase)}&endpoint=${encodeURIComponent(api.endpoint)}`;
    document.body.append(frame);
    const framed = () => frame.contentDocument?.querySelector('connector-wizard') as ConnectorWizard | null;
    await waitUntil(() => framed()?.shadowRoot?.querySelector('[data-step]') && currentStepId(framed()!) === 'general', 'the framed wizard shows General', {
      timeout: 10000,
    });
    await advanceTo(framed()!, 'review');
    // The server makes it at once; its answer is slow, and the page goes long before it comes.
    await api.faults({ kind: 'late', held: true, method: 'POST' });
    void framed()!.submit();
    try {
      await waitUntil(async () => (await api.connectors()).length === 1, 'the server made it', { timeout: 10000 });
      frame.remove();
    } finally {
      // The frame gone, its connection closed and the server gave the held answer up (nothing left to release).
      await api.releaseIfHeld();
    }
    const lists = async () => (await api.log()).filter((e) => e.method === 'GET').length;
    const listed = await lists();

    const again = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase });
    const created: unknown[] = [];
    again.addEventListener('connector-created', (e) => created.push(e));
    // The list, read again, names the connector in the live UK slot.
    await waitUntil(async () => (await lists()) > listed, 'the list read again', { timeout: 5000 });
    await settle(again);
    await retypeToken(again);
    expect(await again.submit(), errorSummary(again).join(' | ')).to.equal(true);
    await settle(again);
    expect(errorSummary(again), 'never "choose the other environment"').to.deep.equal([]);
    expect(created, 'connector-created once').to.have.length(1);
    expect(await api.connectors(), 'one connector').to.have.length(1);
    const log = await posts(api);
    expect(
      log.map((e) => e.idempotencyKey),
      'sent again under the same key',
    ).to.deep.equal([log[0]!.idempotencyKey, log[0]!.idempotencyKey]);
  });

  it('an answer lost, then a 403 on the retry (a CSRF token used up): the connector may exist, so it is said as unknown, and a later 409 as maybe the person s own', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase() });
    await advanceTo(el, 'review');
    // Attempt 1 is handled (the connector is made) but its answer is lost; attempt 2 meets the auth check first.
    await api.faults({ kind: 'lose-response', method: 'POST' }, { kind: 'status', status: 403, method: 'POST' });
    await el.submit();
    await settle(el);
    await waitUntil(async () => (await api.connectors()).length === 1, 'the server made it', { timeout: 5000 });
    const said = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
    expect(said).to.contain('cannot tell whether the connector was created').and.to.contain('(HTTP 403)').and.to.contain('without changing them');
    // Signed in again, the person renames the connector and creates: the server refuses the slot the lost create took.
    await renamedAndRefused(el);
  });

  it('two creates in a row with no answer (live, then testing): the first slot is still known to be maybe the person s own', async () => {
    const api = freshApi();
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase });
    const created: unknown[] = [];
    el.addEventListener('connector-created', (e) => created.push(e.detail));
    const lost = () => api.faults(...[1, 2, 3].map(() => ({ kind: 'lose-response', method: 'POST' })));
    const changedAndSentAgain = async (change: () => Promise<void>) => {
      await el.goTo('general');
      await settle(el);
      await change();
      await el.goTo('review');
      await settle(el);
      await el.submit();
      await settle(el);
    };
    await advanceTo(el, 'review');
    await lost();
    await el.submit();
    await settle(el);
    // The person tries the testing slot instead; that answer is lost too.
    await lost();
    await changedAndSentAgain(() => choose(el, '#environment-test'));
    await waitUntil(async () => (await api.connectors()).length === 2, 'the server made both', { timeout: 5000 });
    await waitUntil(async () => Array.isArray((await readDraft(draftDatabase))?.data.submission?.unsure), 'both slots kept in the draft', { timeout: 5000 });
    const record = (await readDraft(draftDatabase))!;
    // Lists, which the version before this one cannot read: a record of format 3, which that version keeps as a later one's.
    expect({ unsure: record.data.submission.unsure.length, format: record.format }).to.deep.equal({ unsure: 2, format: 3 });
    // Back to live, renamed: the live slot holds the connector the first lost create made.
    await changedAndSentAgain(async () => {
      await choose(el, '#environment-live');
      await type(el, '#field-name', 'Shopify UK main');
    });
    expect(created).to.have.length(0);
    const said = errorSummary(el).join(' | ');
    expect(said).to.contain('already exists').and.to.contain('It may be the one an earlier try made');
  });

  it('a 409 for that slot is said as maybe the earlier try s again in German, and after another answer is edited', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    await lostCreateThen409(el, api);
    expect(currentStepId(el)).to.equal('general');
    await type(el, '#field-name', 'Shopify UK main 2');
    expect(inStep(el, '[part~="field"].has-error')?.textContent ?? '').to.contain('It may be the one an earlier try made');
    el.setAttribute('lang', 'de');
    await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('lang') === 'de', 'German', { timeout: 8000 });
    await settle(el);
    const de = (await loadMessages('de'))!;
    expect(errorSummary(el).join(' | ')).to.contain(de.duplicateMaybeOwn('live', 'Shopify', 'UK'));
    expect(errorSummary(el).join(' | ')).to.not.contain(de.environmentTaken('live', 'Shopify', 'UK'));
  });

  it('after the 409, a connector deleted from that slot frees it: the list read again is what counts', async () => {
    const api = freshApi();
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase });
    await lostCreateThen409(el, api);
    // The person finds it in the list and deletes it (it was set up wrong), then reloads.
    const [made] = await api.connectors();
    expect((await fetch(`${api.endpoint}/${String(made!.id)}`, { method: 'DELETE' })).status).to.be.below(300);
    el.remove();
    const again = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase });
    await settle(again);
    await waitUntil(async () => (await api.log()).filter((e) => e.method === 'GET').length >= 3, 'the list read again', { timeout: 5000 });
    await settle(again);
    await again.goTo('general');
    await settle(again);
    await choose(again, '#environment-live');
    await pressContinue(again);
    expect(errorSummary(again), 'the slot is free').to.deep.equal([]);
    expect(currentStepId(again)).to.not.equal('general');
  });

  it('a draft holding an unsure slot is still readable by the previous release, or marked with a higher format it keeps', async () => {
    const api = freshApi();
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase });
    await advanceTo(el, 'review');
    await api.faults({ kind: 'lose-response' }, { kind: 'lose-response' }, { kind: 'lose-response' });
    await el.submit();
    await settle(el);
    await waitUntil(async () => (await readDraft(draftDatabase))?.data?.submission?.unsure !== undefined, 'the unsure slot is in the draft', { timeout: 5000 });
    const record = (await readDraft(draftDatabase))!;
    // The submission as the previous release (2c68f3c, src/storage/draft-record-schema.ts) reads it: a record that fails it is
    // "malformed" there and deleted ("A saved draft could not be read"), unless its `format` is above that release's 2 (then kept as newer).
    const previousSubmission = z.object({
      key: z.string(),
      fingerprint: z.string(),
      unsure: z.optional(z.string()),
      unsureExists: z.optional(z.boolean()),
      sending: z.optional(z.string()),
    });
    const readByPrevious = previousSubmission.safeParse(record.data.submission).success;
    expect({ readByPrevious, keptAsNewer: (record.format as number) > 2 }, `stored submission ${JSON.stringify(record.data.submission)}, format ${record.format}`).to.satisfy(
      (r: { readByPrevious: boolean; keptAsNewer: boolean }) => r.readByPrevious || r.keptAsNewer,
    );
  });
});

/** A create at endpoint A got no answer; then the host points the element at endpoint B (another server, another tenant). */
describe('a create with no answer, then another endpoint', () => {
  async function lostThenSwitched() {
    const a = freshApi();
    const b = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: a.endpoint, draftDatabase: uniqueDatabase() });
    await lostCreate(el, a);
    const listed = async () => (await b.log()).filter((e) => e.method === 'GET').length;
    return { a, b, el, listed };
  }

  it('sends a new Idempotency-Key to B, never the one A saw, and says nothing of A there', async () => {
    const { a, b, el, listed } = await lostThenSwitched();
    el.endpoint = b.endpoint;
    await waitUntil(async () => (await listed()) > 0, 'B listed', { timeout: 5000 });
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '', 'A s outcome is not said at B').to.not.contain('will not be created twice');
    expect(await el.submit(), errorSummary(el).join(' | ')).to.equal(true);
    const [sentToA] = await posts(a);
    const [sentToB] = await posts(b);
    expect(sentToB!.idempotencyKey, 'a key of its own').to.not.equal(sentToA!.idempotencyKey);
  });

  it('counts the connector B lists in that slot as taken, said as someone else s', async () => {
    const { b, el, listed } = await lostThenSwitched();
    await b.create(shopifyPayload());
    el.endpoint = b.endpoint;
    await waitUntil(async () => (await listed()) > 0, 'B listed', { timeout: 5000 });
    await settle(el);
    await takenBySomeoneElse(el);
  });

  it('its draft opened again with B: B s listed connector in that slot is taken, and back with A the same answers are replayed as created', async () => {
    const a = freshApi();
    const b = freshApi();
    const draftDatabase = uniqueDatabase();
    const first = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: a.endpoint, draftDatabase });
    await lostCreate(first, a);
    first.remove();
    await b.create(shopifyPayload({ name: 'Someone else s' }));
    const atB = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: b.endpoint, draftDatabase });
    await waitUntil(async () => (await b.log()).some((e) => e.method === 'GET'), 'B listed', { timeout: 5000 });
    await settle(atB);
    await takenBySomeoneElse(atB);
    atB.remove();
    const atA = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: a.endpoint, draftDatabase });
    const created: unknown[] = [];
    atA.addEventListener('connector-created', (e) => created.push(e));
    await settle(atA);
    await retypeToken(atA);
    await replayedAtA(atA, a, created);
  });

  it('a create to A whose answer is lost after the host switched to B: B says it was not created here, never to press Create again without changing anything, and A keeps its key for a switch back', async () => {
    const a = freshApi();
    const b = freshApi();
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: a.endpoint, draftDatabase });
    const created: unknown[] = [];
    el.addEventListener('connector-created', (e) => created.push(e));
    await advanceTo(el, 'review');
    // A makes it and loses every answer; the first is held until B is the endpoint, whatever the machine's speed.
    await a.faults({ kind: 'lose-response', held: true }, { kind: 'lose-response' }, { kind: 'lose-response' });
    const done = el.submit();
    await waitUntil(async () => (await posts(a)).length === 1, 'the POST reached A', { timeout: 5000 });
    el.endpoint = b.endpoint;
    await waitUntil(async () => (await b.log()).some((e) => e.method === 'GET'), 'B listed', { timeout: 5000 });
    await a.release();
    expect(await done).to.equal(false);
    await settle(el);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert, 'the same key would not replay it at B').to.not.contain('will not be created twice');
    expect(alert).to.contain('No answer came back from where it was sent first, so it may have been created there. It was not created here.');
    await waitUntil(async () => (await readDraft(draftDatabase))?.data?.submission?.unsure !== undefined, 'A s slot is kept in the draft', { timeout: 5000 });
    expect((await readDraft(draftDatabase))!.data.submission.endpoint, 'the record is A s').to.equal(new URL(a.endpoint, location.href).href);
    // Back at A, the same answers are replayed as created, under A's key.
    el.endpoint = a.endpoint;
    await settle(el);
    await replayedAtA(el, a, created);
    expect(await a.connectors()).to.have.length(1);
    expect(await posts(b), 'nothing was sent to B').to.have.length(0);
  });

  it('A s record outlives creates refused at B and then at C (a tenant picker): back at A, the same answers are replayed as created under A s key', async () => {
    const { a, b, el } = await lostThenSwitched();
    const c = freshApi();
    const created: unknown[] = [];
    el.addEventListener('connector-created', (e) => created.push(e));
    // B and C each refuse the create (an answer: nothing was made there, nothing of theirs to keep).
    for (const api of [b, c]) {
      await api.faults({ kind: 'status', status: 400, method: 'POST' });
      el.endpoint = api.endpoint;
      await settle(el);
      expect(await el.submit()).to.equal(false);
      expect(await posts(api)).to.have.length(1);
    }
    el.endpoint = a.endpoint;
    await settle(el);
    expect(await el.submit(), errorSummary(el).join(' | ')).to.equal(true);
    expect(created, 'A s connector, replayed').to.have.length(1);
    const log = await posts(a);
    expect(log.at(-1)!.idempotencyKey, 'A s key again').to.equal(log[0]!.idempotencyKey);
    expect(await a.connectors()).to.have.length(1);
  });

  it('a 409 from B is never said as maybe the earlier try s, and back at A the same answers are replayed as created under A s key', async () => {
    const { a, b, el, listed } = await lostThenSwitched();
    el.endpoint = b.endpoint;
    await waitUntil(async () => (await listed()) > 0, 'B listed', { timeout: 5000 });
    await settle(el);
    // Someone else fills B's live slot after B's list was read.
    await b.create(shopifyPayload({ name: 'Someone else s' }));
    expect(await el.submit()).to.equal(false);
    await settle(el);
    const said = errorSummary(el).join(' | ');
    expect(said).to.contain('already exists').and.to.not.contain('It may be the one an earlier try made');
    // Back to A: what A may hold is still known there.
    const created: unknown[] = [];
    el.addEventListener('connector-created', (e) => created.push(e));
    el.endpoint = a.endpoint;
    await settle(el);
    await el.goTo('general');
    await settle(el);
    await choose(el, '#environment-live');
    await el.goTo('review');
    await settle(el);
    await replayedAtA(el, a, created);
    expect(await a.connectors()).to.have.length(1);
  });
});
