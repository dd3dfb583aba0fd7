import { expect, waitUntil } from '@open-wc/testing';
import { emptyWizardData } from '../schemas/wizard-data.js';
import { DraftStore } from '../storage/draft-store.js';
import { readDraft } from '../test/stored.js';
import { inStep, settle, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { atConnect, clickWithPopupsBlocked, toOAuthCredentials } from '../test/oauth-fixtures.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

/** Continue in this tab, pressed where the answers are not written to the draft: it stays, and says why as it is. */
async function pressContinueHere(el: ConnectorWizard): Promise<string> {
  const here = location.href;
  await clickWithPopupsBlocked(el);
  inStep<HTMLButtonElement>(el, '[data-oauth-tab]')!.click();
  await waitUntil(() => el.shadowRoot!.querySelector('[part="submit-error"]'), 'said why');
  expect(location.href, 'still here').to.equal(here);
  return el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
}

describe('OAuth: Continue in this tab where the draft is not written', () => {
  it('with a draft kept for another system, points to that notice and does not blame the device', async () => {
    const draftDatabase = uniqueDatabase();
    const store = new DraftStore(draftDatabase);
    await store.put({ id: 'shared', step: 'general', updatedAt: Date.now(), data: { ...emptyWizardData(), system: 'shopify', name: 'The Shopify draft' } }, 0);
    await store.close();
    const el = await atConnect({ draftDatabase, draftId: 'shared', system: 'xero' });
    await waitUntil(() => el.shadowRoot!.querySelector('[data-notice="kept"]'), 'kept');
    const said = await pressContinueHere(el);
    expect(said).to.contain('not being saved as a draft (the notice above says why)').and.not.contain('could not be saved on this device');
    expect((await readDraft(draftDatabase, 'shared'))?.data.name, 'the kept draft untouched').to.equal('The Shopify draft');
  });

  it('in a conflict with another tab, points to the conflict notice and does not blame the device', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ system: 'xero', draftDatabase });
    el.setAttribute('oauth-start-url', '/api/oauth/start');
    await type(el, '#field-name', 'Xero here');
    await waitUntil(async () => (await readDraft(draftDatabase, 'default:xero'))?.data.name === 'Xero here', 'saved', { timeout: 4000 });
    const { revision } = (await readDraft(draftDatabase, 'default:xero'))!;
    const other = new DraftStore(draftDatabase);
    const data = { ...emptyWizardData(), system: 'xero', name: 'Renamed in the other tab', group: 'uk', environment: 'live' as const };
    expect((await other.put({ id: 'default:xero', step: 'general', updatedAt: Date.now(), data }, revision as number)).ok, 'the other tab saved').to.equal(true);
    await other.close();
    await type(el, '#field-name', 'Xero typed again');
    await waitUntil(() => el.shadowRoot!.querySelector('[data-notice="conflict"]'), 'told of the conflict', { timeout: 4000 });
    await toOAuthCredentials(el);
    await settle(el);
    const said = await pressContinueHere(el);
    expect(said).to.contain('not being saved as a draft (the notice above says why)').and.not.contain('could not be saved on this device');
    expect(el.shadowRoot!.querySelector('[data-notice="conflict"]'), 'the notice that says why is there').to.not.equal(null);
    expect((await readDraft(draftDatabase, 'default:xero'))?.data.name, 'the other tab s draft untouched').to.equal('Renamed in the other tab');
  });
});
