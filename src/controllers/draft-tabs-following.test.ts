/**
 * A tab with no unsaved edits follows the draft another tab saved (docs/drafts-and-secrets.md);
 * when that moves it to another step, the move is a step change like any other: asked of the
 * host, said, and the focus goes to the new heading if it was in the wizard. The other tab is a
 * DraftStore writing the same database and telling this one on the wizard's BroadcastChannel, so
 * the focus stays on this page's wizard. Real IndexedDB.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import type { StepChangeEvent } from '../events/step-change-event.js';
import { emptyWizardData, type StepId } from '../schemas/wizard-data.js';
import { DraftStore } from '../storage/draft-store.js';
import { currentStepId, deepActiveElement, GROUPS, inStep, settle, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { openDB } from 'idb';
import { readDraft } from '../test/stored.js';
import { withFirstReadHeld } from '../test/waits-held-read.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

const FOLLOWED = 'This draft was changed in another tab or window, so this form now shows that version.';
const politeRegion = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;

function record(el: ConnectorWizard): { said: string[]; changes: StepChangeEvent['detail'][] } {
  const region = politeRegion(el);
  const said: string[] = [];
  new MutationObserver(() => said.push(region.textContent!.trim())).observe(region, { childList: true, characterData: true, subtree: true });
  const changes: StepChangeEvent['detail'][] = [];
  el.addEventListener('connector-wizard-step-change', (e) => changes.push(e.detail));
  return { said, changes };
}

/** A Shopify wizard on General with `name` typed and saved, nothing left unsaved. */
async function savedOnGeneral(draftDatabase: string, name = 'Shopify UK') {
  const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase });
  await type(el, '#field-name', name);
  expect(await el.saveDraft()).to.equal(true);
  return el;
}

/** Another tab saves the draft on `step` with `name`, and says so on the channel; this tab follows. */
async function otherTabSaves(draftDatabase: string, step: StepId, name: string) {
  const revision = (await readDraft(draftDatabase))!.revision as number;
  const other = new DraftStore(draftDatabase);
  const data = { ...emptyWizardData(), system: 'shopify', name, group: 'uk', environment: 'live' as const };
  const put = await other.put({ id: 'default:shopify', step, updatedAt: Date.now(), data }, revision);
  await other.close();
  expect(put.ok, 'the other tab saved').to.equal(true);
  const channel = new BroadcastChannel(`connector-wizard:${draftDatabase}`);
  channel.postMessage({ type: 'saved', id: 'default:shopify', revision: (put as { revision: number }).revision, from: 'other-tab' });
  channel.close();
}

describe('drafts: following another tab onto another step', () => {
  it('fires the step change, moves the focus from the step left to the new heading, and says why, politely', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await savedOnGeneral(draftDatabase);
    inStep<HTMLInputElement>(el, '#field-name')!.focus();
    const { said, changes } = record(el);
    await otherTabSaves(draftDatabase, 'timezone', 'Shopify UK');
    await waitUntil(() => currentStepId(el) === 'timezone', 'followed the other tab', { timeout: 5000 });
    await settle(el);
    await waitUntil(() => deepActiveElement()?.classList.contains('heading'), `focus on the new heading, not ${deepActiveElement()?.tagName}`);
    expect(deepActiveElement()!.textContent!.trim()).to.equal(inStep(el, '.heading')!.textContent!.trim());
    expect(changes).to.deep.equal([{ from: 'general', to: 'timezone' }]);
    expect(politeRegion(el).textContent!.trim()).to.equal(FOLLOWED);
    expect(
      said.filter((s) => s === FOLLOWED),
      'said once',
    ).to.have.length(1);
  });

  it('leaves the focus where the person put it outside the wizard (still said, still a step change)', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await savedOnGeneral(draftDatabase);
    const outside = await fixture<HTMLButtonElement>(html`<button>The page's own button</button>`);
    outside.focus();
    const { changes } = record(el);
    await otherTabSaves(draftDatabase, 'timezone', 'Shopify UK');
    await waitUntil(() => currentStepId(el) === 'timezone', 'followed the other tab', { timeout: 5000 });
    await settle(el);
    expect(deepActiveElement(), 'the page keeps its focus').to.equal(outside);
    expect(changes).to.deep.equal([{ from: 'general', to: 'timezone' }]);
    expect(politeRegion(el).textContent!.trim()).to.equal(FOLLOWED);
  });

  it('a host that prevents the step change keeps the step, with the other tab’s answers, and nothing is said', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await savedOnGeneral(draftDatabase);
    inStep<HTMLInputElement>(el, '#field-name')!.focus();
    const { said, changes } = record(el);
    el.addEventListener('connector-wizard-step-change', (e) => e.preventDefault());
    await otherTabSaves(draftDatabase, 'timezone', 'Renamed in the other tab');
    await waitUntil(() => inStep<HTMLInputElement>(el, '#field-name')?.value === 'Renamed in the other tab', 'followed the answers', { timeout: 5000 });
    await settle(el);
    expect(currentStepId(el), 'the step kept').to.equal('general');
    expect(changes).to.deep.equal([{ from: 'general', to: 'timezone' }]);
    expect(deepActiveElement(), 'the focus stays in the field').to.equal(inStep(el, '#field-name'));
    expect(said.filter((s) => s === FOLLOWED)).to.deep.equal([]);
  });

  it('following on the same step moves nothing and says nothing: the focus stays in the field', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await savedOnGeneral(draftDatabase);
    const name = inStep<HTMLInputElement>(el, '#field-name')!;
    name.focus();
    const { said, changes } = record(el);
    await otherTabSaves(draftDatabase, 'general', 'Renamed in the other tab');
    await waitUntil(() => inStep<HTMLInputElement>(el, '#field-name')?.value === 'Renamed in the other tab', 'followed', { timeout: 5000 });
    await settle(el);
    expect(deepActiveElement()).to.equal(inStep(el, '#field-name'));
    expect(changes).to.deep.equal([]);
    expect(said.filter((s) => s === FOLLOWED)).to.deep.equal([]);
  });
});

const THEIRS = 'This form now shows the other version.';

/** Another tab, whose message never arrives (a frozen tab), saves the draft on `step`; this tab then types, and its save finds the conflict. */
async function conflictWithOtherTab(el: ConnectorWizard, draftDatabase: string, step: StepId) {
  const revision = (await readDraft(draftDatabase))!.revision as number;
  const other = new DraftStore(draftDatabase);
  const data = { ...emptyWizardData(), system: 'shopify', name: 'Renamed in the other tab', group: 'uk', environment: 'live' as const };
  const put = await other.put({ id: 'default:shopify', step, updatedAt: Date.now(), data }, revision);
  await other.close();
  expect(put.ok, 'the other tab saved').to.equal(true);
  await type(el, '#field-name', 'Typed here');
  const notice = () => el.shadowRoot!.querySelector('[data-notice="conflict"]');
  await waitUntil(() => notice(), 'told of the conflict', { timeout: 5000 });
  return notice()!.querySelector<HTMLButtonElement>('[data-conflict="theirs"]')!;
}

describe('drafts: Use the other version, onto another step', () => {
  it('fires the step change, moves the focus to the new heading, and says the other version is shown', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await savedOnGeneral(draftDatabase);
    const theirs = await conflictWithOtherTab(el, draftDatabase, 'timezone');
    const { said, changes } = record(el);
    theirs.focus();
    theirs.click();
    await waitUntil(() => currentStepId(el) === 'timezone', 'took the other version');
    await settle(el);
    await waitUntil(() => deepActiveElement()?.classList.contains('heading'), `focus on the new heading, not ${deepActiveElement()?.tagName}`);
    expect(deepActiveElement()!.textContent!.trim()).to.equal(inStep(el, '.heading')!.textContent!.trim());
    expect(changes).to.deep.equal([{ from: 'general', to: 'timezone' }]);
    expect(politeRegion(el).textContent!.trim()).to.equal(THEIRS);
    expect(said.filter((s) => s === THEIRS)).to.have.length(1);
  });

  it('a host that prevents the step change keeps the step, with the other version, and the choice is still said', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await savedOnGeneral(draftDatabase);
    const theirs = await conflictWithOtherTab(el, draftDatabase, 'timezone');
    const { changes } = record(el);
    el.addEventListener('connector-wizard-step-change', (e) => e.preventDefault());
    theirs.focus();
    theirs.click();
    await waitUntil(() => inStep<HTMLInputElement>(el, '#field-name')?.value === 'Renamed in the other tab', 'took the other version', { timeout: 5000 });
    await settle(el);
    expect(currentStepId(el), 'the step kept').to.equal('general');
    expect(changes).to.deep.equal([{ from: 'general', to: 'timezone' }]);
    await waitUntil(() => deepActiveElement()?.classList.contains('heading'), `focus on the heading, not ${deepActiveElement()?.tagName}`);
    expect(politeRegion(el).textContent!.trim()).to.equal(THEIRS);
  });

  it('on the same step: no step change, the focus on the heading, and the choice said', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await savedOnGeneral(draftDatabase);
    const theirs = await conflictWithOtherTab(el, draftDatabase, 'general');
    const { changes } = record(el);
    theirs.focus();
    theirs.click();
    await waitUntil(() => inStep<HTMLInputElement>(el, '#field-name')?.value === 'Renamed in the other tab', 'took the other version', { timeout: 5000 });
    await settle(el);
    await waitUntil(() => deepActiveElement()?.classList.contains('heading'), `focus on the heading, not ${deepActiveElement()?.tagName}`);
    expect(changes).to.deep.equal([]);
    expect(politeRegion(el).textContent!.trim()).to.equal(THEIRS);
  });
});

describe('drafts: a version from another tab that cannot be read', () => {
  it('is not followed: the answers on screen stay, said nowhere as gone, and are saved over it', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await savedOnGeneral(draftDatabase, 'Shopify UK, kept');
    // Another tab (damaged, or other code) writes a record this version cannot read, and says so on the channel.
    const revision = ((await readDraft(draftDatabase))!.revision as number) + 1;
    const db = await openDB(draftDatabase);
    await db.put('drafts', { id: 'default:shopify', revision, step: 'general', updatedAt: Date.now(), format: 2, data: { name: 42 } });
    db.close();
    const channel = new BroadcastChannel(`connector-wizard:${draftDatabase}`);
    channel.postMessage({ type: 'saved', id: 'default:shopify', revision, from: 'other-tab' });
    channel.close();
    const name = () => inStep<HTMLInputElement>(el, '#field-name')?.value;
    const savedOver = async () => ((await readDraft(draftDatabase))?.revision as number) > revision;
    await waitUntil(async () => name() !== 'Shopify UK, kept' || (await savedOver()), 'the tab answered the message', { timeout: 5000 });
    expect(name(), 'nothing typed is dropped').to.equal('Shopify UK, kept');
    await waitUntil(savedOver, 'the answers on screen saved over it', { timeout: 5000 });
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
    expect(name()).to.equal('Shopify UK, kept');
    expect((await readDraft(draftDatabase))!.data.name).to.equal('Shopify UK, kept');
    expect(el.shadowRoot!.querySelector('[data-notice="conflict"]'), 'no choice to make: there is no other version to show').to.equal(null);
  });
});

describe('drafts: typing while the version another tab saved is read', () => {
  it('never mixes the two: the read one is not put on screen, the person is asked, and Keep my version writes only what this tab holds', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await savedOnGeneral(draftDatabase, 'Shopify UK');
    const mine = (await readDraft(draftDatabase))!.data;
    expect({ group: mine.group, environment: mine.environment }, 'answers of its own besides the name').to.not.deep.equal({ group: 'uk', environment: 'live' });
    // This tab's read of the other tab's version (its first read of the draft from now on) is held until the person has typed.
    await withFirstReadHeld('default:shopify', async (read) => {
      await otherTabSaves(draftDatabase, 'general', 'Saved in the other tab');
      await waitUntil(() => read.asked(), 'this tab reads the other tab version', { timeout: 5000 });
      await type(el, '#field-name', 'Typed here while it was read');
      read.release();
      await waitUntil(() => read.answered(), 'the read answered', { timeout: 5000 });
      await waitUntil(() => el.shadowRoot!.querySelector('[data-notice="conflict"]') !== null, 'the person is asked which version to keep', { timeout: 5000 });
    });
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-name')?.value, 'what was typed stays on screen').to.equal('Typed here while it was read');
    expect((await readDraft(draftDatabase))!.data.name, 'and is not written over the other tab version unasked').to.equal('Saved in the other tab');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-notice="conflict"] [data-conflict="mine"]')!.click();
    await waitUntil(async () => (await readDraft(draftDatabase))?.data?.name === 'Typed here while it was read', 'Keep my version saved', { timeout: 5000 });
    const { group, environment } = (await readDraft(draftDatabase))!.data;
    expect({ group, environment }, 'nothing of the other tab version under this tab name').to.deep.equal({ group: mine.group, environment: mine.environment });
  });
});
