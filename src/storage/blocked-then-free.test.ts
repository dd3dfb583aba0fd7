/**
 * Another tab holds an older version of the drafts database open and does not let go: the
 * wizard gives up after 3 s and goes on in memory, saying so. Once that tab lets go, the open
 * still pending goes through, and drafts work again for the rest of the visit.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { openDB } from 'idb';
import { emptyWizardData } from '../schemas/wizard-data.js';
import { inStep, sampleCatalogue, settle, type, uniqueDatabase } from '../test/fixtures.js';
import { readDraft } from '../test/stored.js';
import type { WizardErrorEvent } from '../events/error-event.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

const notices = (el: ConnectorWizard) => [...el.shadowRoot!.querySelectorAll('[data-notice]')].map((n) => n.getAttribute('data-notice'));

/** An "old tab" holding version 1 (with `stored` in it, if given) that ignores `versionchange`. */
const oldTab = (name: string, stored?: object) =>
  openDB(name, 1, {
    upgrade: (db) => {
      const drafts = db.createObjectStore('drafts', { keyPath: 'id' });
      if (stored) void drafts.put(stored);
    },
  });

async function givenUp(draftDatabase: string) {
  const errors: WizardErrorEvent['detail'][] = [];
  const el = await fixture<ConnectorWizard>(html`<connector-wizard
    .draftDatabase=${draftDatabase}
    .catalogue=${await sampleCatalogue()}
    system="shopify"
    @connector-wizard-error=${(e: WizardErrorEvent) => errors.push(e.detail)}
  ></connector-wizard>`);
  await waitUntil(() => notices(el).includes('storage'), 'gave up waiting', { timeout: 5000 });
  await settle(el);
  return { el, errors };
}

describe('drafts: an open blocked by another tab for over 3 s, which then lets go', () => {
  it('drafts work again: said politely, and the answers typed meanwhile are saved', async () => {
    const draftDatabase = uniqueDatabase();
    const old = await oldTab(draftDatabase);
    const { el, errors } = await givenUp(draftDatabase);
    await type(el, '#field-name', 'Typed meanwhile');
    old.close();
    await waitUntil(() => notices(el).includes('saving-again'), 'drafts back', { timeout: 5000 });
    expect(notices(el), 'the storage notice went').to.deep.equal(['saving-again']);
    await waitUntil(async () => (await readDraft(draftDatabase))?.data?.name === 'Typed meanwhile', 'the answers saved', { timeout: 5000 });
    await type(el, '#field-name', 'Then changed');
    expect(await el.saveDraft(), 'saved like any draft').to.equal(true);
    expect((await readDraft(draftDatabase))?.data?.name).to.equal('Then changed');
    expect(errors.map((e) => e.kind)).to.deep.equal(['storage']);
  });

  it('a draft stored there is not written over the answers typed meanwhile: the person chooses', async () => {
    const draftDatabase = uniqueDatabase();
    const stored = {
      id: 'default:shopify',
      revision: 1,
      step: 'general',
      updatedAt: Date.now(),
      format: 2,
      keys: 2,
      data: { ...emptyWizardData(), system: 'shopify', name: 'Stored' },
    };
    const old = await oldTab(draftDatabase, stored);
    const { el } = await givenUp(draftDatabase);
    await type(el, '#field-name', 'Typed meanwhile');
    old.close();
    await waitUntil(() => notices(el).includes('conflict'), 'the person is asked', { timeout: 5000 });
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value, 'still on screen').to.equal('Typed meanwhile');
    expect((await readDraft(draftDatabase))?.data?.name, 'not written over').to.equal('Stored');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-conflict="mine"]')!.click();
    await waitUntil(async () => (await readDraft(draftDatabase))?.data?.name === 'Typed meanwhile', 'kept mine', { timeout: 5000 });
  });
});
