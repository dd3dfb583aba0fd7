/** Review (security): hostile input and secrets. */
import { expect } from '@open-wc/testing';
import { freshApi, GROUPS, settle, shopifyPayload, SHOPIFY_TOKEN, type, uniqueDatabase, wizardFixture } from './test/fixtures.js';
import type { EditableConnector } from './wizard/connector-wizard.js';

describe('review security', () => {
  it('an edit saved after a 412, whose list repeats the stored credentials, fires connector-updated without them', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shop before' }));
    const [stored] = (await api.connectors()) as unknown as (EditableConnector & Record<string, unknown>)[];
    const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase() });
    const updated: string[] = [];
    el.addEventListener('connector-updated', (e) => updated.push(JSON.stringify((e as CustomEvent).detail)));
    el.connector = stored!;
    await settle(el);
    await type(el, '#field-name', 'Same');
    await el.goTo('review');
    await settle(el);
    // Changed elsewhere to what the person chose; this server lists connectors with their credentials.
    const listed = [{ ...stored, name: 'Same', revision: '2', credentials: { shop: 'my-store', accessToken: SHOPIFY_TOKEN } }];
    await api.faults({ kind: 'status', method: 'PATCH', status: 412, json: {} }, { kind: 'status', method: 'GET', status: 200, json: listed });
    expect(await el.submit()).to.equal(true);
    await settle(el);
    expect(updated).to.have.length(1);
    expect(updated[0]).to.not.contain(SHOPIFY_TOKEN);
    expect(JSON.parse(updated[0]!).connector).to.not.have.property('credentials');
  });
});
