/** The drafts database deleted under the wizard by its page (storage cleared at sign-out): let go at once, and the next write starts it again. */
import { expect, fixture, html } from '@open-wc/testing';
import type { WizardErrorEvent } from '../events/error-event.js';
import { GROUPS, sampleCatalogue, settle, type, uniqueDatabase } from '../test/fixtures.js';
import { readDraft } from '../test/stored.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

const deleteDatabase = (name: string) =>
  new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('the wizard held the database open'));
  });

describe('the drafts database deleted by the page', () => {
  it('is let go at once, said as nothing else, and the next change is saved in a new one', async () => {
    const draftDatabase = uniqueDatabase();
    const errors: WizardErrorEvent['detail'][] = [];
    const el = await fixture<ConnectorWizard>(html`<connector-wizard
      .draftDatabase=${draftDatabase}
      .catalogue=${await sampleCatalogue()}
      .groups=${GROUPS}
      system="shopify"
      @connector-wizard-error=${(e: WizardErrorEvent) => errors.push(e.detail)}
    ></connector-wizard>`);
    await settle(el);
    await type(el, '#field-name', 'Before the delete');
    expect(await el.saveDraft()).to.equal(true);
    await deleteDatabase(draftDatabase);
    await settle(el);
    expect(await readDraft(draftDatabase), 'gone').to.equal(undefined);
    await type(el, '#field-name', 'After the delete');
    expect(await el.saveDraft(), 'saveDraft() after the delete').to.equal(true);
    await settle(el);
    const notices = [...el.shadowRoot!.querySelectorAll('[data-notice]')].map((n) => n.textContent!.trim());
    expect({ notices, errors }).to.deep.equal({ notices: [], errors: [] });
    expect((await readDraft(draftDatabase))?.data.name).to.equal('After the delete');
  });
});
