/** Values sealed with the old additional data (the parts joined with NUL): how long a draft can still hold one, which says when that way of opening can go. */
import { expect } from '@open-wc/testing';
import { advanceTo, button, GROUPS, inStep, settle, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { readDraft } from '../test/stored.js';
import { DraftStore } from './draft-store.js';

const TOKEN = 'shpat_0123456789abcdef0123456789abcdef';

describe('SecretVault: values sealed the old way', () => {
  it('read and kept by Cancel, one is never stored past the expiry it was sealed with', async () => {
    const draftDatabase = uniqueDatabase();
    const first = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, encrypted: true });
    await advanceTo(first, 'review');
    expect(await first.saveDraft()).to.equal(true);
    first.remove();
    const store = new DraftStore(draftDatabase);
    const { record, revision } = await store.get('default:shopify');
    const key = (await store.getKey('secrets-v1'))!;
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const additionalData = new TextEncoder().encode('connector-wizard\u0000default:shopify\u0000access-token\u0000accessToken');
    const old = { iv, data: await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, new TextEncoder().encode(TOKEN)) };
    const expiresAt = Date.now() + 3600_000;
    await store.put({ ...record!, secrets: { expiresAt, values: { 'access-token': { accessToken: old } } } }, revision);
    await store.close();

    const back = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, encrypted: true });
    expect(inStep(back, '.row[data-key="credentials.accessToken"] dd.value')!.textContent, 'opened').to.contain('Provided');
    const read = (await readDraft(draftDatabase))!.secrets;
    expect([...read.values['access-token'].accessToken.iv].join(), 'reading alone writes nothing').to.equal([...iv].join());
    button(back, 'cancel').click();
    await settle(back);
    await back.saveDraft();
    back.remove();
    const kept = (await readDraft(draftDatabase))!.secrets;
    const same = [...kept.values['access-token'].accessToken.iv].join() === [...iv].join();
    expect(!same || kept.expiresAt <= expiresAt, 'an old value kept keeps its expiry').to.equal(true);
  });
});
