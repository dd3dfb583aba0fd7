/** The drafts database deleted by the page while two wizards follow one draft: the tabs' channel outlives it, so each follows the other's next change, and neither finds a false conflict. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { inStep, settle, type, uniqueDatabase } from '../test/fixtures.js';
import { deleteDatabase, draftsWizard, notices } from '../test/waits-drafts-database.js';
import { readDraft } from '../test/stored.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

/** Two wizards on one draft in one page are told apart as a programming slip (kind config): here they stand for two tabs. */
async function wizard(draftDatabase: string) {
  const opened = await draftsWizard(draftDatabase);
  await settle(opened.el);
  await opened.el.goTo('general');
  await settle(opened.el);
  return opened;
}

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
