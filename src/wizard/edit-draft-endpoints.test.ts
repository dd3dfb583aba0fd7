/**
 * Drafts of edits on one origin, talking to two endpoints (a staging and a production API, each
 * with a connector `42`): each endpoint's edit keeps its own draft, and its key holds no address.
 */
import { expect } from '@open-wc/testing';
import { freshApi, GROUPS, inStep, settle, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { EDITED } from '../test/edit-fixtures.js';
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
});
