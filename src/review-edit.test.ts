/** Review of editing a connector end to end (endpoint mode, reference API): failing tests for what a person or integrator meets. */
import { expect } from '@open-wc/testing';
import { freshApi, GROUPS, settle, shopifyPayload, type, uniqueDatabase, wizardFixture } from './test/fixtures.js';
import type { EditableConnector } from './wizard/connector-wizard.js';

describe('review edit', () => {
  it('after a 412, the host passing the connector again as changed once more elsewhere: Save never sends back the value the 412 read', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shop before' }));
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase() });
    el.connector = stored!;
    await settle(el);
    const elsewhere = async (changes: Record<string, unknown>) => {
      const r = await fetch(`${api.endpoint}/${String(stored!.id)}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(changes) });
      expect(r.status).to.equal(200);
    };
    await type(el, '#field-name', 'Mine');
    await el.goTo('review');
    await settle(el);
    await elsewhere({ timeZone: 'Europe/Paris' });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    // Changed again elsewhere; the host's list, fetched again, passes the connector as it is now.
    await elsewhere({ timeZone: 'Asia/Tokyo' });
    const [now] = (await api.connectors()) as unknown as EditableConnector[];
    el.connector = now!;
    await settle(el);
    const review = el.shadowRoot!.querySelector('connector-wizard-review-step')!.shadowRoot!;
    const zone = review.querySelector('[data-key="timeZone"] .value')!.textContent!.replace(/\s+/gu, ' ').trim();
    expect(await el.submit()).to.equal(true);
    await settle(el);
    const [after] = await api.connectors();
    expect({ zone: zone.startsWith('Asia/Tokyo (GMT+09:00)'), name: after!.name, timeZone: after!.timeZone }).to.deep.equal({
      zone: true,
      name: 'Mine',
      timeZone: 'Asia/Tokyo',
    });
  });
});
