/**
 * A write of the draft held up: neither done nor failed, queued behind another tab's long write
 * transaction on the drafts (see holdDrafts). The person is told their latest changes are not
 * saved yet, and told again once they are.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { GROUPS, inStep, sampleCatalogue, settle, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { heldWrite, noticesIn, onGeneral, politeIn } from '../test/held.js';
import { holdDrafts, readDraft, storedShopifyDraft } from '../test/stored.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { en } from '../messages/english.js';

const noticeIn = (el: HTMLElement) => el.shadowRoot!.querySelector('[data-notice]')?.getAttribute('data-notice');
const noticeText = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('[data-notice]')].map((n) => n.textContent).join(' ');

/** While another tab holds the drafts, the person types `value` in `field` and the write is said to be held; the function returned lets it land. */
async function heldWhileTyping(el: ConnectorWizard, draftDatabase: string, field: string, value: string) {
  const { release, saved } = await heldWrite(el, draftDatabase, field, value);
  return async () => {
    await release();
    expect(await saved).to.equal(true);
    await waitUntil(() => !noticesIn(el).includes('held'), 'the held notice gone', { timeout: 5000 });
    await settle(el);
  };
}

const WEBHOOK = 'whsec_moved0123456789';

/** The sample catalogue with a webhook signing secret beside Shopify's access token: `secret`, or plain text (an older registry entry). */
async function withWebhook(secret: boolean) {
  const catalogue = (await sampleCatalogue()) as { systems: { id: string; authTypes: { id: string; fields: object[] }[] }[] };
  const fields = catalogue.systems.find((s) => s.id === 'shopify')!.authTypes.find((a) => a.id === 'access-token')!.fields;
  fields.push({ key: 'webhookSecret', label: 'Webhook signing secret', type: secret ? 'secret' : 'text', required: false });
  return catalogue;
}

/** A tab showing the webhook value in clear (its field plain there) follows another that marks it secret, and says so, naming the field; the other tab then closes. */
async function saidElsewhere() {
  const draftDatabase = uniqueDatabase();
  await storedShopifyDraft(
    draftDatabase,
    [
      ['shop', 'my-store'],
      ['webhookSecret', WEBHOOK],
    ],
    { id: 'x', record: { keys: 2, format: 2 } },
  );
  const older = await wizardFixture({ catalogue: await withWebhook(false), system: 'shopify', groups: GROUPS, draftDatabase, draftId: 'x' });
  await older.goTo('credentials');
  await settle(older);
  const other = await wizardFixture({ catalogue: await withWebhook(true), system: 'shopify', groups: GROUPS, draftDatabase, draftId: 'x' });
  await waitUntil(() => noticeIn(older) === 'secret-elsewhere', 'said once followed', { timeout: 5000 });
  other.remove();
  expect(noticeText(older)).to.contain('Webhook signing secret');
  return { older, draftDatabase };
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
    await waitUntil(() => noticeIn(el) !== 'held', 'the held notice gone', { timeout: 5000 });
    expect(await nameStored(el)).to.equal('Typed while held');
    expect(politeIn(el)).to.equal(en.draftHeldSaved);
  });

  it('says the changes are saved now once a held write lands, not that saving started again', async () => {
    const { el, draftDatabase } = await onGeneral();
    await (
      await heldWhileTyping(el, draftDatabase, '#field-name', 'Typed while held')
    )();
    expect(noticesIn(el)).to.deep.equal([]);
    expect(politeIn(el)).to.not.contain(en.draftNotices['saving-again']);
    expect(politeIn(el)).to.equal(en.draftHeldSaved);
  });

  it('a held write leaves the notice that a value left the draft in place, its field still named, once it lands', async () => {
    const { older, draftDatabase } = await saidElsewhere();
    const land = await heldWhileTyping(older, draftDatabase, '#field-credentials-shop', 'my-other-store');
    expect(noticesIn(older), 'said beside it while held').to.deep.equal(['held', 'secret-elsewhere']);
    await land();
    expect(inStep<HTMLInputElement>(older, '#field-credentials-webhookSecret')!.value, 'the field is still empty').to.equal('');
    expect(noticesIn(older)).to.deep.equal(['secret-elsewhere']);
    expect(noticeText(older), 'the empty field is still named').to.contain('Webhook signing secret');
  });

  // The nearest case: the notice that a value left the draft still goes once the person types the value again, the held write landed.
  it('after a held write lands, typing the emptied value again still ends the notice that it left the draft', async () => {
    const { older, draftDatabase } = await saidElsewhere();
    await (
      await heldWhileTyping(older, draftDatabase, '#field-credentials-shop', 'my-other-store')
    )();
    await type(older, '#field-credentials-webhookSecret', 'whsec_again');
    await settle(older);
    expect(noticesIn(older)).to.deep.equal([]);
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
