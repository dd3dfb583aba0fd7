/**
 * Cancel while the draft is still being read (the view before the steps offers it): Cancel
 * drops the secrets in memory and keeps the draft, so the secrets that read opens afterwards
 * never come into memory, and stay sealed in the draft. The read is held by another connection
 * with a write transaction on the drafts that it keeps busy, as another tab's long write does.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { advanceTo, button, currentStepId, inStep, sampleCatalogue, settle, SHOPIFY_TOKEN, type, uniqueDatabase } from '../test/fixtures.js';
import { holdDrafts, readDraft } from '../test/stored.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

const open = async (draftDatabase: string) =>
  fixture<ConnectorWizard>(
    html`<connector-wizard .draftDatabase=${draftDatabase} .catalogue=${await sampleCatalogue()} system="shopify" secret-persistence="encrypted"></connector-wizard>`,
  );

const secretsInMemory = (el: ConnectorWizard) => JSON.stringify((el as unknown as { store: { state: { secrets: unknown } } }).store.state.secrets);

describe('drafts: Cancel while the draft is read', () => {
  it('the secrets the read opens after Cancel never come into memory, and stay sealed in the draft', async () => {
    const draftDatabase = uniqueDatabase();
    const first = await open(draftDatabase);
    await settle(first);
    await advanceTo(first, 'credentials');
    await type(first, '#field-credentials-shop', 'my-store');
    await type(first, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    expect(await first.saveDraft()).to.equal(true);
    first.remove();
    const sealed = async () => Object.keys((await readDraft(draftDatabase))?.secrets?.values['access-token'] ?? {});
    expect(await sealed(), 'sealed').to.deep.equal(['accessToken']);

    const release = await holdDrafts(draftDatabase);
    const el = await open(draftDatabase);
    await waitUntil(() => el.shadowRoot!.querySelector('[data-loading]')?.textContent?.includes('saved answers'), 'the draft is read', { timeout: 5000 });
    let cancelled = 0;
    el.addEventListener('connector-wizard-cancel', () => cancelled++);
    button(el, 'cancel').click();
    expect(cancelled).to.equal(1);
    await release();
    // The draft is kept, with its answers: the element shown again carries on where the person was.
    await waitUntil(() => currentStepId(el) === 'credentials', 'the draft opened', { timeout: 5000 });
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-credentials-shop')!.value).to.equal('my-store');
    expect(secretsInMemory(el), 'no secret in memory').to.not.contain('shpat_');
    expect(inStep<HTMLInputElement>(el, '#field-credentials-accessToken')!.value, 'none on screen').to.equal('');
    // Kept sealed in the draft, even by a save of this element.
    await type(el, '#field-credentials-shop', 'my-other-store');
    expect(await el.saveDraft()).to.equal(true);
    expect(await sealed(), 'still sealed').to.deep.equal(['accessToken']);
    el.remove();
    const back = await open(draftDatabase);
    await waitUntil(() => inStep<HTMLInputElement>(back, '#field-credentials-accessToken')?.value === SHOPIFY_TOKEN, 'a new visit opens it');
  });
});
