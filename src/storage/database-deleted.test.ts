/** The drafts database deleted under the wizard by its page (storage cleared at sign-out): let go at once, and the next write starts it again. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { WizardErrorEvent } from '../events/error-event.js';
import { advanceTo, GROUPS, sampleCatalogue, settle, SHOPIFY_TOKEN, type, uniqueDatabase } from '../test/fixtures.js';
import { readDraft } from '../test/stored.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { DraftStore } from './draft-store.js';
import { SecretVault } from './secret-vault.js';

/** Resolves once deleted: a wizard that did not let go would hold it (a write under way finishes first, as the browser reports with `blocked`). */
const deleteDatabase = (name: string) =>
  new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });

async function wizard(draftDatabase: string, encrypted = false) {
  const errors: WizardErrorEvent['detail'][] = [];
  const el = await fixture<ConnectorWizard>(html`<connector-wizard
    .draftDatabase=${draftDatabase}
    .catalogue=${await sampleCatalogue()}
    .groups=${GROUPS}
    system="shopify"
    secret-persistence=${encrypted ? 'encrypted' : 'memory'}
    @connector-wizard-error=${(e: WizardErrorEvent) => errors.push(e.detail)}
  ></connector-wizard>`);
  await settle(el);
  return { el, errors };
}

const notices = (el: ConnectorWizard) => [...el.shadowRoot!.querySelectorAll('[data-notice]')].map((n) => n.textContent!.trim());

describe('the drafts database deleted by the page', () => {
  it('is let go at once, said as nothing else, and the next change is saved in a new one', async () => {
    const draftDatabase = uniqueDatabase();
    const { el, errors } = await wizard(draftDatabase);
    await type(el, '#field-name', 'Before the delete');
    expect(await el.saveDraft()).to.equal(true);
    await deleteDatabase(draftDatabase);
    await settle(el);
    expect(await readDraft(draftDatabase), 'gone').to.equal(undefined);
    await type(el, '#field-name', 'After the delete');
    expect(await el.saveDraft(), 'saveDraft() after the delete').to.equal(true);
    await settle(el);
    expect({ notices: notices(el), errors }).to.deep.equal({ notices: [], errors: [] });
    expect((await readDraft(draftDatabase))?.data.name).to.equal('After the delete');
  });

  it('a write under way when the page deletes it went into the old one: the next change is saved, with no conflict', async () => {
    const draftDatabase = uniqueDatabase();
    const { el, errors } = await wizard(draftDatabase);
    await type(el, '#field-name', 'First');
    expect(await el.saveDraft()).to.equal(true);
    await type(el, '#field-name', 'Second');
    const saving = el.saveDraft();
    const deleted = deleteDatabase(draftDatabase);
    await saving;
    await deleted;
    await settle(el);
    await type(el, '#field-name', 'Third');
    const saved = await el.saveDraft();
    await settle(el);
    expect({ saved, notices: notices(el), errors }).to.deep.equal({ saved: true, notices: [], errors: [] });
    expect((await readDraft(draftDatabase))?.data.name).to.equal('Third');
  });

  it('with secret-persistence="encrypted", secrets sealed after it open after a reload (the key went with the database)', async () => {
    const draftDatabase = uniqueDatabase();
    const { el } = await wizard(draftDatabase, true);
    await advanceTo(el, 'review');
    await waitUntil(async () => (await readDraft(draftDatabase))?.secrets?.values['access-token']?.accessToken, 'sealed before');
    await deleteDatabase(draftDatabase);
    await settle(el);
    await el.goTo('general');
    await settle(el);
    await type(el, '#field-name', 'After the delete');
    expect(await el.saveDraft()).to.equal(true);
    const record = (await readDraft(draftDatabase))!;
    expect(record.secrets?.values['access-token']?.accessToken, 'sealed into the new database').to.not.equal(undefined);
    el.remove();
    // A reload: a new vault on the same database.
    const opened = await new SecretVault(new DraftStore(draftDatabase)).decrypt(record.secrets, record.id);
    expect(opened['access-token']?.accessToken).to.equal(SHOPIFY_TOKEN);
  });
});
