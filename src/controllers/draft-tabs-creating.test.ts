/**
 * Two tabs on one draft while one of them creates the connector: two wizards on one page sharing
 * a draft database (as two tabs do), a real endpoint with its faults, real IndexedDB.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { advanceTo, currentStepId, errorSummary, freshApi, GROUPS, inStep, settle, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { holdDrafts, readDraft, withTabsDeaf } from '../test/stored.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

const notice = (el: ConnectorWizard, kind: string) => el.shadowRoot!.querySelector(`[data-notice="${kind}"]`);
const alertText = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim() ?? '';
/** The revision of the draft on screen as `el` last read it (see DraftHandle.revisionRead). */
const revisionRead = (el: ConnectorWizard) => (el as unknown as { draft: { revisionRead: number } }).draft.revisionRead;

/** Two wizards for Shopify in one company's groups, on one draft, with a fresh endpoint. */
async function twoTabs() {
  const api = freshApi();
  const draftDatabase = uniqueDatabase();
  const options = { system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase };
  const a = await wizardFixture(options);
  const b = await wizardFixture(options);
  return { api, draftDatabase, a, b };
}

/** B follows A onto Review. */
async function bothOnReview(a: ConnectorWizard, b: ConnectorWizard) {
  await advanceTo(a, 'review');
  await waitUntil(() => currentStepId(b) === 'review', 'B on Review', { timeout: 5000 });
  await settle(b);
}

/** A's create gets no answer (the server made it) while B, frozen, types `name`; B then keeps its version, and A follows it. */
async function lostCreateThenKeepMine({ api, draftDatabase, a, b }: Awaited<ReturnType<typeof twoTabs>>, name: string) {
  await withTabsDeaf(async () => {
    await advanceTo(a, 'review');
    await api.faults({ kind: 'lose-response' }, { kind: 'lose-response' }, { kind: 'lose-response' });
    expect(await a.submit()).to.equal(false);
    await settle(a);
    expect(await api.connectors(), 'the server made it').to.have.length(1);
    // B, frozen meanwhile, types; its save meets A's newer draft.
    await type(b, '#field-name', name);
    await waitUntil(() => notice(b, 'conflict'), 'B told of the conflict', { timeout: 5000 });
  });
  (notice(b, 'conflict')!.querySelector('[data-conflict="mine"]') as HTMLButtonElement).click();
  await waitUntil(async () => (await readDraft(draftDatabase))?.data.name === name, 'B wrote its version', { timeout: 5000 });
  await waitUntil(() => currentStepId(a) === 'general', 'A followed B', { timeout: 5000 });
  await settle(a);
}

describe('two tabs on one draft, one of them creating', () => {
  it('a tab on Review that follows another tab creating the connector says it was saved there, while its form starts again', async () => {
    const { a, b } = await twoTabs();
    await bothOnReview(a, b);
    expect(await a.submit()).to.equal(true);
    await waitUntil(() => currentStepId(b) !== 'review', 'B followed', { timeout: 5000 });
    await settle(b);
    expect(notice(b, 'finished')?.textContent, 'B says why its answers went').to.contain('saved in another tab');
    expect(b.shadowRoot!.querySelector('[role="status"][aria-live]')!.textContent, 'and says it aloud').to.contain('saved in another tab');
    // The person starts the next one there: the notice stays until that one is created or started over.
    await type(b, '#field-name', 'Shopify US');
    expect(notice(b, 'finished') !== null).to.equal(true);
    await b.reset();
    await settle(b);
    expect(notice(b, 'finished') === null, 'about the draft the form started from, gone with the next').to.equal(true);
  });

  it('a tab that follows a draft discarded in another tab (Start over) starts again without that notice', async () => {
    const { a, b } = await twoTabs();
    await bothOnReview(a, b);
    await a.reset();
    await waitUntil(() => currentStepId(b) !== 'review', 'B followed', { timeout: 5000 });
    await settle(b);
    expect(notice(b, 'finished') === null).to.equal(true);
  });

  it('a tab creating the connector does not follow another tab starting over: it is told, and its answers stay with the outcome', async () => {
    const { api, draftDatabase, a, b } = await twoTabs();
    await bothOnReview(b, a);
    // The server makes it; every answer is lost, the first one once A has started over.
    await api.faults({ kind: 'lose-response', held: true }, { kind: 'lose-response' }, { kind: 'lose-response' });
    const done = b.submit();
    try {
      await waitUntil(async () => (await api.log()).some((e) => e.method === 'POST'), 'B s create sent', { timeout: 5000 });
      await a.reset();
    } finally {
      await api.release();
    }
    expect(await done).to.equal(false);
    await settle(b);
    expect(await api.connectors(), 'the server made it').to.have.length(1);
    expect(currentStepId(b), 'the answers the alert says are kept are on screen').to.equal('review');
    expect(alertText(b)).to.contain('Your answers are kept');
    expect(notice(b, 'conflict')?.textContent, 'the draft gone elsewhere is said').to.contain('finished or discarded in another tab');
    // Kept: the create sent again under its key is the one the server made.
    (notice(b, 'conflict')!.querySelector('[data-conflict="mine"]') as HTMLButtonElement).click();
    await waitUntil(async () => (await readDraft(draftDatabase))?.data.submission?.unsure !== undefined, 'kept with its unsure slot', { timeout: 5000 });
    expect(await b.submit()).to.equal(true);
    expect(await api.connectors(), 'still one').to.have.length(1);
  });

  it('Keep my version in another tab keeps what the server may hold: the same answers sent again under that key are replayed', async () => {
    const tabs = await twoTabs();
    const { api, draftDatabase, a } = tabs;
    await lostCreateThenKeepMine(tabs, 'Shopify UK');
    expect((await readDraft(draftDatabase))!.data.submission?.unsure, 'the unsure slot stays in the draft').to.be.a('string');
    await advanceTo(a, 'review');
    // The same answers: sent again under the key of the create that got no answer, and so replayed.
    expect(await a.submit(), [...errorSummary(a), alertText(a)].join(' | ')).to.equal(true);
    expect(await api.connectors(), 'still one connector').to.have.length(1);
  });

  it('Keep my version in another tab with other answers keeps the unsure slot: that create, sent again, says the connector may be its own', async () => {
    const tabs = await twoTabs();
    const { api, a } = tabs;
    await lostCreateThenKeepMine(tabs, 'Shopify UK (B)');
    expect(inStep<HTMLInputElement>(a, '#field-name')!.value).to.equal('Shopify UK (B)');
    await advanceTo(a, 'review');
    await a.goTo('general');
    await settle(a);
    await type(a, '#field-name', 'Shopify UK (B)');
    expect(await a.goTo('review')).to.equal(true);
    await settle(a);
    expect(await a.submit()).to.equal(false);
    await settle(a);
    expect(await api.connectors(), 'still one connector').to.have.length(1);
    expect([...errorSummary(a), alertText(a)].join(' | ')).to.contain('It may be the one an earlier try made');
  });

  it('a rename saved in one tab while the other creates the connector: that tab says the connector was saved there', async () => {
    const { api, draftDatabase, a, b } = await twoTabs();
    await bothOnReview(a, b);
    await api.faults({ kind: 'late', held: true, method: 'POST' });
    const done = a.submit();
    try {
      await waitUntil(async () => (await api.connectors()).length > 0, 'the server made it', { timeout: 5000 });
      await b.goTo('general');
      await settle(b);
      await type(b, '#field-name', 'Renamed in B');
      expect(await b.saveDraft(), 'B saved its rename').to.equal(true);
      await waitUntil(() => notice(a, 'conflict'), 'A, creating, is told of the newer version', { timeout: 5000 });
    } finally {
      await api.release();
    }
    expect(await done).to.equal(true);
    await settle(a);
    expect(Boolean(a.shadowRoot!.querySelector('[part~="success"]')), 'A shows its success panel').to.equal(true);
    expect(notice(a, 'conflict') === null, 'and no conflict over a draft it finished').to.equal(true);
    await waitUntil(() => notice(b, 'finished'), 'B says the connector was saved elsewhere', { timeout: 5000 });
    expect((await api.connectors()).map((c) => c.name)).to.deep.equal(['Shopify UK']);
    expect((await readDraft(draftDatabase))?.deleted, 'the draft finished').to.equal(true);
    expect(inStep<HTMLInputElement>(b, '#field-name')?.value ?? '').to.equal('');
  });

  it('the tab that created the connector says nothing of another tab after Add another connector', async () => {
    const { api, draftDatabase, a } = await twoTabs();
    a.endpoint = api.endpoint;
    await advanceTo(a, 'review');
    expect(await a.submit()).to.equal(true);
    await waitUntil(async () => (await readDraft(draftDatabase))?.deleted === true, 'the draft finished', { timeout: 5000 });
    const finished = (await readDraft(draftDatabase))!.revision as number;
    (a.shadowRoot!.querySelector('[part~="success"] button') as HTMLButtonElement).click();
    // What would say it: the finished draft read again for the next connector.
    await waitUntil(() => revisionRead(a) >= finished, 'A read the finished draft again', { timeout: 5000 });
    await settle(a);
    expect(currentStepId(a)).to.equal('general');
    expect(notice(a, 'finished') === null).to.equal(true);
  });

  it('Use the other version after a create that got no answer keeps the unsure slot: sent again, it says the connector may be its own', async () => {
    const { api, draftDatabase, a, b } = await twoTabs();
    await bothOnReview(a, b);
    // A creates: the server makes it, every answer lost, the retry held until B has saved.
    await api.faults({ kind: 'lose-response', method: 'POST' }, { kind: 'lose-response', held: true, method: 'POST' }, { kind: 'lose-response', method: 'POST' });
    const done = a.submit();
    try {
      await waitUntil(async () => (await api.connectors()).length > 0, 'the server made it', { timeout: 5000 });
      await b.goTo('general');
      await settle(b);
      await type(b, '#field-name', 'Renamed in B');
      expect(await b.saveDraft()).to.equal(true);
      await waitUntil(() => notice(a, 'conflict'), 'A told', { timeout: 5000 });
    } finally {
      await api.release();
    }
    expect(await done).to.equal(false);
    await settle(a);
    (notice(a, 'conflict')!.querySelector('[data-conflict="theirs"]') as HTMLButtonElement).click();
    await waitUntil(() => inStep<HTMLInputElement>(a, '#field-name')?.value === 'Renamed in B', 'A took B version', { timeout: 5000 });
    expect(await a.goTo('review')).to.equal(true);
    await settle(a);
    expect(await a.submit()).to.equal(false);
    await settle(a);
    expect(await api.connectors(), 'still one').to.have.length(1);
    expect([...errorSummary(a), alertText(a)].join(' | ')).to.contain('It may be the one an earlier try made');
    await waitUntil(async () => typeof (await readDraft(draftDatabase))?.data.submission?.unsure === 'string', 'and the draft keeps it', { timeout: 5000 });
  });
});

describe('two tabs on one draft: a tab with unsaved edits when the other created the connector', () => {
  it('is told the connector was saved there, not that the draft was finished or discarded, before it chooses', async () => {
    const { api, a, b } = await twoTabs();
    await bothOnReview(a, b);
    await withTabsDeaf(async () => {
      expect(await a.submit()).to.equal(true);
      await b.goTo('general');
      await settle(b);
      // B, which has not heard of the create, types: its save meets the tombstone A's create left.
      await type(b, '#field-name', 'Shopify UK, renamed');
      await waitUntil(() => notice(b, 'conflict'), 'B told its changes were not saved', { timeout: 5000 });
    });
    expect(notice(b, 'conflict')!.textContent, 'what happened there: Keep my version would add it again').to.contain('This connector was saved in another tab or window.');
    expect(inStep<HTMLInputElement>(b, '#field-name')!.value, 'B keeps its changes until it chooses').to.equal('Shopify UK, renamed');
    expect(await api.connectors()).to.have.length(1);
  });
});

describe('two tabs on one draft: a tab that was not following when the other created the connector', () => {
  it('with no-drafts while the other created it, then drafts on with changes typed meanwhile: it is told the connector was saved there', async () => {
    const { api, draftDatabase, a, b } = await twoTabs();
    await bothOnReview(a, b);
    b.noDrafts = true;
    await settle(b);
    expect(await a.submit()).to.equal(true);
    await waitUntil(async () => (await readDraft(draftDatabase))?.deleted === true, 'the draft finished', { timeout: 5000 });
    await b.goTo('general');
    await settle(b);
    await type(b, '#field-name', 'Shopify UK, renamed');
    b.noDrafts = false;
    await waitUntil(() => notice(b, 'conflict'), 'B told its changes were not saved', { timeout: 5000 });
    expect(notice(b, 'conflict')!.textContent, 'what happened there: Keep my version would add it again').to.contain('This connector was saved in another tab or window.');
    expect(inStep<HTMLInputElement>(b, '#field-name')!.value, 'B keeps its changes until it chooses').to.equal('Shopify UK, renamed');
    expect(await api.connectors()).to.have.length(1);
  });
});

/** A connector created here, then the next one begun in its draft by another tab unheard of, then Add another connector with that draft held (`typed`: typed meanwhile). */
async function anotherAfterTheirs(typed?: string) {
  const draftDatabase = uniqueDatabase();
  const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase });
  await advanceTo(el, 'review');
  expect(await el.submit()).to.equal(true);
  await settle(el);
  // The other tab begins after this draft is finished: on a loaded machine it could read it before, and show its answers.
  await waitUntil(async () => (await readDraft(draftDatabase))?.deleted === true, 'the draft finished', { timeout: 5000 });
  await withTabsDeaf(async () => {
    const other = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase });
    await type(other, '#field-name', 'Theirs');
    expect(await other.saveDraft()).to.equal(true);
    other.remove();
  });
  const release = await holdDrafts(draftDatabase);
  const again = el.reset();
  await settle(el);
  if (typed) await type(el, '#field-name', typed);
  await release();
  await again;
  await settle(el);
  return el;
}

describe('Add another connector while another tab started a draft there', () => {
  it('what the person types before that draft is read is not replaced by it unsaid', async function () {
    this.timeout(20_000);
    const el = await anotherAfterTheirs('Mine');
    await waitUntil(() => notice(el, 'conflict'), 'told of the other version', { timeout: 5000 }).catch(() => undefined);
    expect({ onScreen: inStep<HTMLInputElement>(el, '#field-name')?.value, conflict: notice(el, 'conflict') !== null }).to.deep.equal({ onScreen: 'Mine', conflict: true });
  });

  it('nothing typed: the draft begun there shows, and nothing is asked', async function () {
    this.timeout(20_000);
    const el = await anotherAfterTheirs();
    await waitUntil(() => inStep<HTMLInputElement>(el, '#field-name')?.value === 'Theirs', 'the other draft on screen', { timeout: 5000 });
    expect(notice(el, 'conflict')).to.equal(null);
  });
});
