/**
 * A Shopify wizard on a drafts database, with what it says, and that database deleted as a page deletes it (at sign-out): the
 * set-up of the tests of a database deleted or held under the wizard (database-deleted*.test.ts, queued-open.test.ts).
 */
import { fixture, html } from '@open-wc/testing';
import type { WizardErrorEvent } from '../events/error-event.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { GROUPS, sampleCatalogue } from './fixtures.js';

/** A wizard preset to Shopify on `draftDatabase`, and the errors it fires (not yet settled: its open may be held). */
export async function draftsWizard(draftDatabase: string) {
  const errors: WizardErrorEvent['detail'][] = [];
  const el = await fixture<ConnectorWizard>(html`<connector-wizard
    .draftDatabase=${draftDatabase}
    .catalogue=${await sampleCatalogue()}
    .groups=${GROUPS}
    system="shopify"
    @connector-wizard-error=${(e: WizardErrorEvent) => errors.push(e.detail)}
  ></connector-wizard>`);
  return { el, errors };
}

/** The notices the wizard shows, by kind. */
export const notices = (el: ConnectorWizard) => [...el.shadowRoot!.querySelectorAll('[data-notice]')].map((n) => n.getAttribute('data-notice'));

/** Resolves once deleted: a wizard that did not let go would hold it (a write under way finishes first, as the browser reports with `blocked`). */
export const deleteDatabase = (name: string) =>
  new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
