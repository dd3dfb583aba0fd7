/**
 * A write of the draft held up: neither done nor failed, queued behind another tab's long write
 * transaction on the drafts (see holdDrafts). The person is told their latest changes are not
 * saved yet, and told again once they are.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { GROUPS, settle, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { holdDrafts, readDraft } from '../test/stored.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

const noticeIn = (el: HTMLElement) => el.shadowRoot!.querySelector('[data-notice]')?.getAttribute('data-notice');

/** A wizard on General with its draft written once, so the next write is the person's change. */
async function onGeneral() {
  const draftDatabase = uniqueDatabase();
  const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase });
  await el.goTo('general');
  await settle(el);
  await type(el, '#field-name', 'First');
  expect(await el.saveDraft()).to.equal(true);
  return { el, draftDatabase };
}

const nameStored = async (el: ConnectorWizard) => (await readDraft(el.draftDatabase))?.data.name;

describe('drafts: a write held up by another tab', () => {
  it('says the latest changes are not saved yet while the write is held, and that they are saved once it lands', async () => {
    const { el, draftDatabase } = await onGeneral();
    const release = await holdDrafts(draftDatabase);
    await type(el, '#field-name', 'Typed while held');
    const saved = el.saveDraft();
    await waitUntil(() => noticeIn(el) === 'held', 'said not saved yet', { timeout: 8000 });
    await release();
    expect(await saved).to.equal(true);
    await waitUntil(() => noticeIn(el) === 'saving-again', 'said saved again', { timeout: 3000 });
    expect(await nameStored(el)).to.equal('Typed while held');
  });

  // The nearest case: a write that lands at once says nothing.
  it('says nothing of a write that lands at once', async () => {
    const { el } = await onGeneral();
    await type(el, '#field-name', 'Typed');
    expect(await el.saveDraft()).to.equal(true);
    await settle(el);
    expect(noticeIn(el)).to.equal(undefined);
    expect(await nameStored(el)).to.equal('Typed');
  });
});
