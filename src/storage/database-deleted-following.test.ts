/** The drafts database deleted by the page while two wizards follow one draft: the tabs' channel outlives it, so each follows the other's next change, and neither finds a false conflict. */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import type { WizardErrorEvent } from '../events/error-event.js';
import { GROUPS, inStep, sampleCatalogue, settle, type, uniqueDatabase } from '../test/fixtures.js';
import { readDraft } from '../test/stored.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

const deleteDatabase = (name: string) =>
  new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });

async function wizard(draftDatabase: string) {
  // Two wizards on one draft in one page are told apart as a programming slip (kind config): here they stand for two tabs.
  const errors: WizardErrorEvent['detail'][] = [];
  const el = await fixture<ConnectorWizard>(html`<connector-wizard
    .draftDatabase=${draftDatabase}
    .catalogue=${await sampleCatalogue()}
    .groups=${GROUPS}
    system="shopify"
    @connector-wizard-error=${(e: WizardErrorEvent) => errors.push(e.detail)}
  ></connector-wizard>`);
  await settle(el);
  await el.goTo('general');
  await settle(el);
  return { el, errors };
}

const notices = (el: ConnectorWizard) => [...el.shadowRoot!.querySelectorAll('[data-notice]')].map((n) => n.getAttribute('data-notice'));
const nameIn = (el: ConnectorWizard) => inStep<HTMLInputElement>(el, '#field-name')?.value;

describe('the drafts database deleted by the page, two wizards on one draft', function () {
  this.timeout(60_000);

  it('each follows the other after it, and the last change typed is the one stored, with nothing said', async () => {
    const draftDatabase = uniqueDatabase();
    const a = await wizard(draftDatabase);
    const b = await wizard(draftDatabase);
    await type(a.el, '#field-name', 'Before');
    expect(await a.el.saveDraft()).to.equal(true);
    await waitUntil(() => nameIn(b.el) === 'Before', 'B follows A', { timeout: 5000 });
    await deleteDatabase(draftDatabase);
    await type(a.el, '#field-name', 'A after the delete');
    expect(await a.el.saveDraft(), 'A saved').to.equal(true);
    await waitUntil(() => nameIn(b.el) === 'A after the delete', 'B follows A after the delete', { timeout: 5000 });
    await type(b.el, '#field-name', 'B after that');
    expect(await b.el.saveDraft(), 'B saved').to.equal(true);
    await waitUntil(() => nameIn(a.el) === 'B after that', 'A follows B', { timeout: 5000 });
    await settle(a.el);
    expect({ notices: [...notices(a.el), ...notices(b.el)], errors: [...a.errors, ...b.errors].filter((e) => e.kind !== 'config') }).to.deep.equal({
      notices: [],
      errors: [],
    });
    expect((await readDraft(draftDatabase))?.data.name).to.equal('B after that');
  });
});
