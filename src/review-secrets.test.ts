/**
 * Review of secrets, drafts and storage: each test asserts what the docs promise and fails today.
 * Real IndexedDB, real WebCrypto, real BroadcastChannel in headless Chromium.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openDB } from 'idb';
import { readDraft } from './test/stored.js';
import { advanceTo, currentStepId, GROUPS, inStep, settle, SHOPIFY_TOKEN, type, uniqueDatabase, wizardFixture } from './test/fixtures.js';

describe('review: the words for a secret to enter again', () => {
  it('after Cancel on a page still open, the field does not say secrets are kept while the page is open', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    expect(await el.saveDraft()).to.equal(true);
    const cancel = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel"]')!;
    cancel.click();
    await settle(el);
    await waitUntil(() => inStep<HTMLInputElement>(el, '#field-credentials-accessToken')?.value === '', 'the token left memory with Cancel');
    const note = inStep(el, '[data-field="accessToken"] [data-testid="reenter"]')?.textContent ?? '';
    expect(note, 'the page never closed: the note must not blame it').to.not.contain('kept only while this page is open');
  });
});

describe('review: Review words for a sealed secret that expired', () => {
  it('Review does not say secrets are not kept after the page closes when the encrypted draft kept it for 24 hours', async () => {
    const draftDatabase = uniqueDatabase();
    const first = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, encrypted: true });
    await advanceTo(first, 'review');
    await waitUntil(async () => Boolean((await readDraft(draftDatabase))?.secrets?.values['access-token']?.accessToken), 'sealed in the draft');
    first.remove();
    await new Promise((r) => setTimeout(r, 100));
    const db = await openDB(draftDatabase);
    const record = await db.get('drafts', 'default:shopify');
    await db.put('drafts', { ...record, secrets: { ...record.secrets, expiresAt: Date.now() - 1000 } });
    db.close();
    const second = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, encrypted: true });
    expect(currentStepId(second)).to.equal('review');
    const said = inStep(second, '.row[data-key="credentials.accessToken"] dd.value')!.textContent!;
    expect(said).to.contain('Not provided: enter it again');
    expect(said, 'the credentials field says it expired; Review must not contradict it').to.not.contain('not kept after the page closes');
  });
});
