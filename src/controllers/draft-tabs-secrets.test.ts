/**
 * Two tabs on one draft with `secret-persistence="encrypted"`: two wizards on one page sharing a
 * draft database (as two tabs do), real IndexedDB, real WebCrypto, the real BroadcastChannel.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { openDB } from 'idb';
import { DraftStore } from '../storage/draft-store.js';
import { advanceTo, button, choose, currentStepId, GROUPS, inStep, settle, SHOPIFY_TOKEN, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { readDraft, withTabsDeaf, withTransactionsSeen } from '../test/stored.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

const notice = (el: ConnectorWizard, kind: string) => el.shadowRoot!.querySelector(`[data-notice="${kind}"]`);
const tokenIn = (el: ConnectorWizard) => inStep<HTMLInputElement>(el, '#field-credentials-accessToken')?.value;
const shopIn = (el: ConnectorWizard) => inStep<HTMLInputElement>(el, '#field-credentials-shop')?.value;
/** The fields whose secrets the stored draft holds sealed. */
const sealedFields = async (draftDatabase: string, id?: string) => Object.keys((await readDraft(draftDatabase, id))?.secrets?.values['access-token'] ?? {});
/** The revision of the draft on screen as `el` last read or wrote it, and as it last read it (see DraftHandle). */
const revisions = (el: ConnectorWizard) => (el as unknown as { draft: { revision: number; revisionRead: number } }).draft;

/** Two encrypted wizards for Shopify on one draft (preset to it, or chosen: `default`); A typed the store and the token and saved, B followed onto Credentials with both. */
async function bothWithTheToken({ preset = true } = {}) {
  const draftDatabase = uniqueDatabase();
  const options = { ...(preset ? { system: 'shopify' } : {}), groups: GROUPS, draftDatabase, encrypted: true };
  const a = await wizardFixture(options);
  const b = await wizardFixture(options);
  await advanceTo(a, 'credentials');
  await type(a, '#field-credentials-shop', 'my-store');
  await type(a, '#field-credentials-accessToken', SHOPIFY_TOKEN);
  expect(await a.saveDraft()).to.equal(true);
  await waitUntil(() => currentStepId(b) === 'credentials' && tokenIn(b) === SHOPIFY_TOKEN, 'B followed A, token included', { timeout: 5000 });
  return { draftDatabase, a, b };
}

describe('two tabs on one encrypted draft: secrets', () => {
  it('a token cleared in one tab is cleared in the tab that follows it, and no later save there seals it again', async () => {
    const { draftDatabase, a, b } = await bothWithTheToken();
    await type(a, '#field-credentials-accessToken', '');
    expect(await a.saveDraft()).to.equal(true);
    expect(await sealedFields(draftDatabase), 'cleared in the draft').to.deep.equal([]);
    await waitUntil(() => tokenIn(b) === '', 'B follows A and clears the token it only had from the draft', { timeout: 5000 });
    // An unrelated edit in B later: its save holds no token, and A does not get one back.
    await type(b, '#field-credentials-shop', 'my-store-2');
    expect(await b.saveDraft()).to.equal(true);
    await waitUntil(() => shopIn(a) === 'my-store-2', 'A follows B', { timeout: 5000 });
    expect({ sealed: await sealedFields(draftDatabase), inA: tokenIn(a), inB: tokenIn(b) }).to.deep.equal({ sealed: [], inA: '', inB: '' });
  });

  it('a token typed and saved in one tab stays there when another tab, which never saw it, keeps its own version', async function () {
    this.timeout(20000);
    const draftDatabase = uniqueDatabase();
    const options = { system: 'shopify', groups: GROUPS, draftDatabase, encrypted: true };
    const a = await wizardFixture(options);
    const b = await wizardFixture(options);
    await advanceTo(a, 'credentials');
    await type(a, '#field-credentials-shop', 'my-store');
    expect(await a.saveDraft()).to.equal(true);
    await waitUntil(() => currentStepId(b) === 'credentials' && shopIn(b) === 'my-store', 'B followed A', { timeout: 5000 });
    await withTabsDeaf(async () => {
      // A types the token and saves it sealed; B, which never hears of it, changes the store.
      await type(a, '#field-credentials-accessToken', SHOPIFY_TOKEN);
      expect(await a.saveDraft()).to.equal(true);
      await type(b, '#field-credentials-shop', 'my-store-b');
      await b.saveDraft();
    });
    await waitUntil(() => notice(b, 'conflict'), 'B is in conflict', { timeout: 5000 });
    (notice(b, 'conflict')!.querySelector('[data-conflict="mine"]') as HTMLButtonElement).click();
    await settle(b);
    await waitUntil(() => shopIn(a) === 'my-store-b', 'A follows the version B kept', { timeout: 5000 });
    // What would clear the token: A taking B's last version, whichever write of B's it was.
    expect(await b.saveDraft(), 'B wrote the version it kept').to.equal(true);
    const kept = revisions(b).revision;
    await waitUntil(() => revisions(a).revisionRead >= kept, 'A read the last version B wrote', { timeout: 5000 });
    await settle(a);
    expect(tokenIn(a), 'the token typed in A (B never had it)').to.equal(SHOPIFY_TOKEN);
  });

  it('"Use the other version" in a tab that only had the token from the draft takes that version without it', async () => {
    const { draftDatabase, a, b } = await bothWithTheToken();
    await withTabsDeaf(async () => {
      await type(a, '#field-credentials-accessToken', '');
      expect(await a.saveDraft()).to.equal(true);
      // B, frozen meanwhile, edits another field; its save meets A's newer draft.
      await type(b, '#field-credentials-shop', 'edited-in-b');
      await waitUntil(() => notice(b, 'conflict'), 'B told of the conflict', { timeout: 5000 });
    });
    (notice(b, 'conflict')!.querySelector('[data-conflict="theirs"]') as HTMLButtonElement).click();
    await waitUntil(() => notice(b, 'conflict') === null, 'B took the other version');
    await waitUntil(() => shopIn(b) === 'my-store', 'the other version on screen');
    // Anything B would still write (a token kept by mistake, sealed) is written before the draft is read.
    await b.saveDraft();
    expect({ inB: tokenIn(b), sealed: await sealedFields(draftDatabase) }).to.deep.equal({ inB: '', sealed: [] });
  });

  it('"Use the other version" still keeps a token typed in this tab, sealed with the next save', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, encrypted: true });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    expect(await el.saveDraft()).to.equal(true);
    const stored = (await readDraft(draftDatabase))!;
    // Another tab (its message never arriving, as a frozen tab's) renames the connector; its version holds no token.
    const other = new DraftStore(draftDatabase);
    await other.put({ id: 'default:shopify', step: 'credentials', updatedAt: Date.now(), data: { ...stored.data, name: 'Renamed in the other tab' } }, stored.revision);
    await other.close();
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    await waitUntil(() => notice(el, 'conflict'), 'told of the conflict', { timeout: 5000 });
    (notice(el, 'conflict')!.querySelector('[data-conflict="theirs"]') as HTMLButtonElement).click();
    await waitUntil(() => notice(el, 'conflict') === null, 'took the other version');
    expect(tokenIn(el), 'the token typed here').to.equal(SHOPIFY_TOKEN);
    await type(el, '#field-credentials-shop', 'my-store-2');
    expect(await el.saveDraft()).to.equal(true);
    expect(await sealedFields(draftDatabase)).to.deep.equal(['accessToken']);
  });
});

describe('two tabs on one encrypted draft: a tab still opening it', () => {
  it('follows a version another tab saved while it was opening the sealed secrets, with no false conflict', async () => {
    const draftDatabase = uniqueDatabase();
    const options = { system: 'shopify', groups: GROUPS, draftDatabase, encrypted: true };
    const a = await wizardFixture(options);
    await advanceTo(a, 'credentials');
    await type(a, '#field-credentials-shop', 'my-store');
    await type(a, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    expect(await a.saveDraft()).to.equal(true);
    // Something else (another tab's vault, a slow disk) holds the keys store: B reads the draft, then waits to open its secrets.
    const db = await openDB(draftDatabase);
    const tx = db.transaction('keys', 'readwrite');
    let hold = true;
    const holding = (async () => {
      while (hold) await tx.store.get('nothing');
    })();
    let opening: Promise<ConnectorWizard> | undefined;
    await withTransactionsSeen(draftDatabase, async (seen) => {
      opening = wizardFixture(options);
      await waitUntil(() => seen.indexOf('keys readonly') > seen.indexOf('drafts readonly'), 'B read the draft, waiting for the key', { timeout: 5000 });
    });
    // Meanwhile A (its key already read) renames the connector and saves; B hears it while still loading.
    await a.goTo('general');
    await settle(a);
    await type(a, '#field-name', 'Renamed in A');
    expect(await a.saveDraft()).to.equal(true);
    hold = false;
    await holding;
    await tx.done;
    db.close();
    const b = await opening!;
    await waitUntil(() => b.shadowRoot!.querySelector('[data-step]') && currentStepId(b) === 'general', 'B followed A onto General', { timeout: 5000 });
    await settle(b);
    const stored = (await readDraft(draftDatabase))!;
    // A step change in B saves without a false "changed in another tab", and loses nothing of A's.
    await b.goTo('credentials');
    await settle(b);
    expect(await b.saveDraft()).to.equal(true);
    expect({
      name: (await readDraft(draftDatabase))!.data.name,
      newer: ((await readDraft(draftDatabase))!.revision as number) > (stored.revision as number),
      notices: [...b.shadowRoot!.querySelectorAll('[data-notice]')].map((n) => n.getAttribute('data-notice')),
      token: tokenIn(b),
    }).to.deep.equal({ name: 'Renamed in A', newer: true, notices: [], token: SHOPIFY_TOKEN });
  });

  it('a token cleared in one tab is cleared in a tab that went to another system and back before', async function () {
    this.timeout(20000);
    const { draftDatabase, a, b } = await bothWithTheToken({ preset: false });
    // B goes back to System, picks another system, then Shopify again (its answers come back from the set-aside ones).
    for (let i = 0; i < 6 && currentStepId(b) !== 'system'; i++) {
      button(b, 'back').click();
      await settle(b);
    }
    expect(currentStepId(b)).to.equal('system');
    await choose(b, '#system-xero');
    expect(await b.saveDraft()).to.equal(true);
    await choose(b, '#system-shopify');
    expect(await b.saveDraft()).to.equal(true);
    await advanceTo(b, 'credentials');
    expect(tokenIn(b), 'B has the token back from its set-aside answers').to.equal(SHOPIFY_TOKEN);
    expect(await b.saveDraft()).to.equal(true);
    // A follows B, back on Shopify with the token sealed.
    await waitUntil(() => (readDraft(draftDatabase, 'default') as Promise<{ data: { system?: string } } | undefined>).then((d) => d?.data.system === 'shopify'), 'saved', {
      timeout: 5000,
    });
    const back = revisions(b).revision;
    await waitUntil(() => revisions(a).revisionRead >= back, 'A read what B saved', { timeout: 5000 });
    await settle(a);
    if (currentStepId(a) !== 'credentials') await advanceTo(a, 'credentials');
    await waitUntil(() => tokenIn(a) === SHOPIFY_TOKEN, 'A has the token from the draft', { timeout: 5000 });
    await type(a, '#field-credentials-accessToken', '');
    expect(await a.saveDraft()).to.equal(true);
    expect(await sealedFields(draftDatabase, 'default'), 'cleared in the draft').to.deep.equal([]);
    await waitUntil(() => tokenIn(b) === '', 'B follows A: the token cleared', { timeout: 5000 });
    await settle(b);
    await type(b, '#field-credentials-shop', 'my-store-2');
    expect(await b.saveDraft()).to.equal(true);
    expect({ inB: tokenIn(b), sealed: await sealedFields(draftDatabase, 'default') }).to.deep.equal({ inB: '', sealed: [] });
  });
});
