/**
 * Drafts of edits on one origin, talking to two endpoints (a staging and a production API, each
 * with a connector `42`): each endpoint's edit keeps its own draft, and its key holds no address.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { freshApi, GROUPS, inStep, settle, shopifyPayload, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { readDraft } from '../test/stored.js';
import { draftKey } from '../storage/draft-key.js';
import { EDITED, editing } from '../test/edit-fixtures.js';
import { listDrafts } from '../storage/draft-store.js';
import type { EditableConnector } from './connector-wizard.js';

const CONNECTOR = { ...EDITED, id: '42' } as unknown as EditableConnector;

/** A wizard on `endpoint` (sharing `draftDatabase`) with connector 42 open: the name on screen. */
async function openedOn(endpoint: string, draftDatabase: string) {
  const el = await wizardFixture({ groups: GROUPS, endpoint, draftDatabase });
  el.connector = CONNECTOR;
  await settle(el);
  return el;
}

describe('drafts of edits on two endpoints', () => {
  it('an edit typed against staging is never restored against production, and comes back against staging', async () => {
    const draftDatabase = uniqueDatabase();
    const staging = freshApi().endpoint;
    // A query may hold a token: it never shows in the draft's key.
    const production = `${freshApi().endpoint}?token=query-secret-7`;
    const first = await openedOn(staging, draftDatabase);
    await type(first, '#field-name', 'Typed on staging');
    expect(await first.saveDraft()).to.equal(true);
    first.remove();

    const second = await openedOn(production, draftDatabase);
    expect(inStep<HTMLInputElement>(second, '#field-name')!.value, 'production opens the connector as it is').to.equal('Shop before');
    second.remove();

    const third = await openedOn(staging, draftDatabase);
    expect(inStep<HTMLInputElement>(third, '#field-name')!.value, 'staging keeps its draft').to.equal('Typed on staging');
    third.remove();
    const ids = (await listDrafts(draftDatabase)).map((d) => d.id).join(' ');
    expect(ids).to.not.match(/api|ns|token|query-secret/);
  });

  for (const [before, after] of [
    [undefined, ''],
    ['?token=one', '?token=two'],
  ] as const)
    it(`an edit keeps what was typed on screen, and in a draft, when the endpoint changes (${before ?? 'none'} to ${after || 'set'})`, async () => {
      const api = freshApi();
      const draftDatabase = uniqueDatabase();
      const el = await wizardFixture({ groups: GROUPS, draftDatabase, ...(before ? { endpoint: `${api.endpoint}${before}` } : {}) });
      el.connector = CONNECTOR;
      await settle(el);
      await type(el, '#field-name', 'Typed before the change');
      el.endpoint = `${api.endpoint}${after}`;
      const newKey = draftKey('default', { editing: '42', endpoint: el.endpoint });
      await waitUntil(async () => (await readDraft(draftDatabase, newKey))?.data.name === 'Typed before the change', 'saved under the new endpoint', { timeout: 3000 });
      await settle(el);
      expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('Typed before the change');
    });
});

describe('an edit saved while the host switches endpoint', () => {
  it('a save whose answers are lost after the switch is said as a save with no answer, never as a create to press again', async () => {
    const a = freshApi();
    const b = freshApi();
    await a.create(shopifyPayload({ name: 'Shop before' }));
    const [stored] = await a.connectors();
    const { el } = await editing(stored!, a.endpoint);
    await type(el, '#field-name', 'Shop renamed');
    await el.goTo('review');
    await settle(el);
    await a.faults({ kind: 'drop', method: 'PATCH', held: true }, { kind: 'drop', method: 'PATCH' }, { kind: 'drop', method: 'PATCH' });
    const done = el.submit();
    await waitUntil(async () => (await a.log()).some((e) => e.method === 'PATCH'), 'the PATCH reached A');
    el.endpoint = b.endpoint;
    await a.release();
    expect(await done).to.equal(false);
    await settle(el);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert).to.contain('we cannot tell whether the changes were saved').and.to.not.contain('Create connector');
  });
});
