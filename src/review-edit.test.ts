/** Review of editing a connector end to end (endpoint mode, reference API): failing tests for what a person or integrator meets. */
import { expect } from '@open-wc/testing';
import { freshApi, GROUPS, inStep, settle, shopifyPayload, type, uniqueDatabase, wizardFixture } from './test/fixtures.js';
import type { EditableConnector } from './wizard/connector-wizard.js';

describe('review edit', () => {
  it('Discard draft after a 412 starts the edit again from the connector as the 412 read it: its values shown, and the next save is not refused again', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shop before' }));
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase() });
    el.connector = stored!;
    await settle(el);
    await type(el, '#field-name', 'Mine');
    await el.goTo('review');
    await settle(el);
    const r = await fetch(`${api.endpoint}/${String(stored!.id)}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Theirs' }),
    });
    expect(r.status).to.equal(200);
    expect(await el.submit()).to.equal(false);
    await settle(el);
    await el.reset();
    await settle(el);
    const shown = inStep<HTMLInputElement>(el, '#field-name')!.value;
    await type(el, '#field-name', 'Theirs, then mine');
    const saved = await el.submit();
    await settle(el);
    const patches = (await api.log()).filter((e) => e.method === 'PATCH').map((e) => [e.ifMatch ?? null, e.status]);
    expect({ shown, saved, patches }).to.deep.equal({
      shown: 'Theirs',
      saved: true,
      patches: [
        [null, 200],
        ['"1"', 412],
        ['"2"', 200],
      ],
    });
  });
});
