/**
 * A page that loads only the standalone file gets what the package entry gives a bundler's page for
 * drafts and same-tab sign-ins: `listDrafts()` (loaded when asked) and `oauthReturnDraftId()` /
 * `oauthReturnConnectorId()`. This page loads dist/connector-wizard.js and nothing from src.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './test/wait.js';

type Standalone = {
  listDrafts(database?: string): Promise<{ id: string; system: string; name: string }[]>;
  oauthReturnDraftId(): string | undefined;
  oauthReturnConnectorId(): string | undefined;
};
type Wizard = HTMLElement & { draftDatabase: string };

const bundle = '/dist/connector-wizard.js';
const load = () => import(/* @vite-ignore */ bundle) as Promise<Standalone>;

describe('the standalone file', () => {
  afterEach(() => {
    sessionStorage.clear();
    history.replaceState(history.state, '', location.pathname + location.search);
  });

  it('lists the drafts kept in this browser, as the package entry does', async function () {
    this.timeout(20000);
    const { listDrafts } = await load();
    const database = `standalone-exports-${Date.now()}`;
    expect(await listDrafts(database), 'none yet').to.deep.equal([]);
    const el = document.createElement('connector-wizard') as Wizard;
    el.draftDatabase = database;
    el.setAttribute('system', 'xero');
    el.setAttribute('draft-id', 'from-standalone');
    el.setAttribute('catalogue-src', '/demo/sample-catalogue.json');
    document.body.append(el);
    try {
      const field = () => el.shadowRoot?.querySelector('[data-step="general"]')?.shadowRoot?.querySelector<HTMLInputElement>('#field-name');
      await waitUntil(field, 'General shows its name field', { timeout: 8000 });
      const name = field();
      name!.value = 'Xero from the standalone file';
      name!.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await waitUntil(async () => (await listDrafts(database)).length === 1, 'the draft is saved', { timeout: 5000 });
      const [draft] = await listDrafts(database);
      expect(draft).to.include({ id: 'from-standalone', system: 'xero', name: 'Xero from the standalone file' });
    } finally {
      el.remove();
    }
  });

  it('says which draft and which edit a same-tab sign-in came back to', async () => {
    const { oauthReturnDraftId, oauthReturnConnectorId } = await load();
    expect(oauthReturnDraftId(), 'no return in the address').to.equal(undefined);
    const state = 'S'.repeat(43);
    sessionStorage.setItem('connector-wizard:oauth-state:connector-7', JSON.stringify({ state, system: 'xero', authType: 'oauth', draftId: 'connector-7', editing: 'c-7' }));
    const message = { type: 'connector-wizard:oauth', state, ok: true, connectionId: 'conn_7' };
    history.replaceState(history.state, '', `${location.pathname}${location.search}#connector-wizard-oauth=${encodeURIComponent(JSON.stringify(message))}`);
    expect(oauthReturnDraftId()).to.equal('connector-7');
    expect(oauthReturnConnectorId()).to.equal('c-7');
  });
});
