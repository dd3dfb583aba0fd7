/**
 * Review of drafts across tabs and page life: failing tests for defects found by reading
 * src/controllers/draft-*.ts and src/storage/*.ts. Real IndexedDB in headless Chromium; a second
 * tab is a DraftStore writing the same database (its message missed or not yet delivered).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { WizardErrorEvent } from './events/error-event.js';
import { emptyWizardData } from './schemas/wizard-data.js';
import { DraftStore } from './storage/draft-store.js';
import { advanceTo, currentStepId, GROUPS, inStep, settle, SHOPIFY_TOKEN, type, uniqueDatabase, wizardFixture } from './test/fixtures.js';
import { readDraft } from './test/stored.js';
import { withPatched } from './test/patched.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';

const notice = (el: ConnectorWizard, kind: string) => el.shadowRoot!.querySelector(`[data-notice="${kind}"]`);
const nameOn = (el: ConnectorWizard) => inStep<HTMLInputElement>(el, '#field-name')?.value;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('review: drafts', () => {
  it('Start over in a tab that has not yet heard of a newer draft saved in another tab does not delete that newer work', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase });
    await type(el, '#field-name', 'Stale answers in this tab');
    expect(await el.saveDraft()).to.equal(true);
    const revision = (await readDraft(draftDatabase))!.revision as number;
    // Another tab saves a newer version (an hour of work there); its message has not reached this tab (a frozen background tab).
    const other = new DraftStore(draftDatabase);
    const data = { ...emptyWizardData(), system: 'shopify', name: 'An hour of work in the other tab', group: 'uk', environment: 'live' as const };
    const put = await other.put({ id: 'default:shopify', step: 'credentials', updatedAt: Date.now(), data }, revision);
    await other.close();
    expect(put.ok).to.equal(true);
    // The person, looking at the stale answers here, starts over.
    await el.reset();
    await settle(el);
    const stored = await readDraft(draftDatabase);
    expect(stored?.deleted, 'the newer draft saved in the other tab was deleted by a discard based on an older revision').to.equal(undefined);
    expect(stored?.data?.name).to.equal('An hour of work in the other tab');
  });


  it('a token typed in draft a survives the host switching to draft b and back while the save of a is still being written', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, draftId: 'a' });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    // A list of drafts on the page: the person opens draft b, then comes straight back to a.
    el.draftId = 'b';
    await el.updateComplete;
    el.draftId = 'a';
    await el.updateComplete;
    await pause(600);
    await settle(el);
    await waitUntil(() => currentStepId(el) === 'credentials', `back on Credentials, not ${currentStepId(el)}`, { timeout: 3000 });
    expect(inStep<HTMLInputElement>(el, '#field-credentials-shop')?.value).to.equal('my-store');
    expect(inStep<HTMLInputElement>(el, '#field-credentials-accessToken')?.value, 'the token typed in draft a').to.equal(SHOPIFY_TOKEN);
  });

  it('a token typed in draft a comes back when the host opens b, then c, then a again, though it moved on while a was still being saved', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, draftId: 'a' });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    el.draftId = 'b';
    await el.updateComplete;
    el.draftId = 'c';
    await el.updateComplete;
    await pause(600);
    await settle(el);
    el.draftId = 'a';
    await settle(el);
    await waitUntil(() => currentStepId(el) === 'credentials', `back on Credentials, not ${currentStepId(el)}`, { timeout: 3000 });
    expect(inStep<HTMLInputElement>(el, '#field-credentials-shop')?.value).to.equal('my-store');
    expect(inStep<HTMLInputElement>(el, '#field-credentials-accessToken')?.value, 'the token typed in draft a').to.equal(SHOPIFY_TOKEN);
  });

  it('a connector created in a tab whose drafts stopped (disk full) tells the tab still showing that draft it was saved there, so it is not added twice', async () => {
    const draftDatabase = uniqueDatabase();
    const a = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, draftId: 'shared' });
    const b = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, draftId: 'shared' });
    await advanceTo(a, 'review');
    await waitUntil(() => currentStepId(b) === 'review', 'B follows A onto Review', { timeout: 3000 });
    await settle(b);
    // A save in A meets a full disk: A goes on in memory.
    await a.goTo('general');
    await settle(a);
    await withPatched(
      IDBObjectStore.prototype,
      'put',
      (() => {
        throw new DOMException('full', 'QuotaExceededError');
      }) as never,
      async () => {
        await type(a, '#field-name', 'Shopify UK, renamed');
        await waitUntil(() => notice(a, 'storage'), 'A says drafts are not saved', { timeout: 3000 });
      },
    );
    await a.goTo('review');
    await settle(a);
    expect(await a.submit(), 'A created the connector').to.equal(true);
    await waitUntil(() => currentStepId(b) !== 'review', 'B follows the draft A finished', { timeout: 3000 });
    await settle(b);
    expect((await readDraft(draftDatabase, 'shared'))?.finished, 'the tombstone says the connector was made').to.equal(true);
    expect(notice(b, 'finished')?.textContent ?? '', 'B says why its answers went').to.contain('saved in another tab');
  });
});
