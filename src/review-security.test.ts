/** Review (security): hostile input and secrets. */
import { expect, waitUntil } from '@open-wc/testing';
import { everythingStored } from './test/stored.js';
import { freshApi, GROUPS, sampleCatalogue, settle, shopifyPayload, SHOPIFY_TOKEN, type, uniqueDatabase, wizardFixture } from './test/fixtures.js';
import type { EditableConnector } from './wizard/connector-wizard.js';

const PIN = '48151623';

/** The sample catalogue, Shopify's token also asking for a numeric secret (a store PIN). */
async function withPin() {
  const catalogue = await sampleCatalogue();
  const shopify = (catalogue as any).systems.find((s: { id: string }) => s.id === 'shopify');
  shopify.authTypes[0].fields.push({ key: 'pin', label: 'Store PIN', type: 'number', secret: true, required: false });
  return catalogue;
}

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

  it('a numeric secret a careless host passes in the connector to edit is never written to the draft', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ catalogue: await withPin(), groups: GROUPS, draftDatabase });
    el.connector = {
      id: 'c-1',
      name: 'Shop before',
      system: 'shopify',
      group: 'uk',
      environment: 'live',
      timeZone: 'UTC',
      dateFormat: "yyyy-MM-dd'T'HH:mm:ssXXX",
      authType: 'access-token',
      credentials: { shop: 'my-store', pin: Number(PIN) },
    } as unknown as EditableConnector;
    await settle(el);
    await type(el, '#field-name', 'Shop renamed');
    await el.goTo('credentials');
    await settle(el);
    await waitUntil(async () => (await everythingStored()).includes('Shop renamed'), 'saved', { timeout: 5000 });
    expect(await everythingStored()).to.not.contain(PIN);
  });
});
