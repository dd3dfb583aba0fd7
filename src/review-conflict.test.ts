/** Review of an edit after a 412 (session 38): failing tests for what the review found. */
import { expect } from '@open-wc/testing';
import { freshApi, GROUPS, inStep, settle, shopifyPayload, type, uniqueDatabase, wizardFixture } from './test/fixtures.js';
import type { EditableConnector } from './wizard/connector-wizard.js';

describe('conflict review', () => {
  it('after a 412, leaving the edit for another connector and coming back keeps the version the 412 read: the next save is not refused again', async function () {
    this.timeout(30_000);
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shop before' }));
    await api.create(shopifyPayload({ name: 'Other', environment: 'test' }));
    const [a, b] = (await api.connectors()) as unknown as EditableConnector[];
    const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase() });
    el.connector = a!;
    await settle(el);
    await type(el, '#field-name', 'Mine');
    await el.goTo('review');
    await settle(el);
    const r = await fetch(`${api.endpoint}/${String(a!.id)}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ timeZone: 'Europe/Paris' }),
    });
    expect(r.status).to.equal(200);
    expect(await el.submit()).to.equal(false);
    await settle(el);
    el.connector = b!;
    await settle(el);
    el.connector = { ...a! };
    await settle(el);
    await el.goTo('review');
    await settle(el);
    const saved = await el.submit();
    await settle(el);
    const patches = (await api.log()).filter((e) => e.method === 'PATCH' && e.ifMatch !== undefined).map((p) => [p.ifMatch, p.status]);
    expect({ saved, patches }).to.deep.equal({
      saved: true,
      patches: [
        ['"1"', 412],
        ['"2"', 200],
      ],
    });
  });
  it('after a 412 and a reload, the host passing the connector as it was opened (revision 1): the draft keeps the version the 412 read, its values shown and its revision sent', async function () {
    this.timeout(30_000);
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shop before' }));
    const [a] = (await api.connectors()) as unknown as EditableConnector[];
    const draftDatabase = uniqueDatabase();
    const first = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint, draftDatabase });
    first.connector = a!;
    await settle(first);
    await type(first, '#field-name', 'Mine');
    await first.goTo('review');
    await settle(first);
    const r = await fetch(`${api.endpoint}/${String(a!.id)}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ timeZone: 'Europe/Paris' }),
    });
    expect(r.status).to.equal(200);
    expect(await first.submit()).to.equal(false);
    await settle(first);
    first.remove();
    const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint, draftDatabase });
    el.connector = { ...a! };
    await settle(el);
    await el.goTo('timezone');
    await settle(el);
    const zone = inStep<HTMLInputElement>(el, '#field-timeZone')!.value;
    await el.goTo('review');
    await settle(el);
    const saved = await el.submit();
    await settle(el);
    const [after] = await api.connectors();
    const patches = (await api.log()).filter((e) => e.method === 'PATCH' && e.ifMatch !== undefined).map((p) => [p.ifMatch, p.status]);
    expect({ zone, saved, patches, name: after!.name, timeZone: after!.timeZone }).to.deep.equal({
      zone: 'Europe/Paris',
      saved: true,
      patches: [
        ['"1"', 412],
        ['"2"', 200],
      ],
      name: 'Mine',
      timeZone: 'Europe/Paris',
    });
  });
  it('after a 412 and a reload over the connector as it was opened, Discard draft starts again from the version the 412 read: the next save is not refused again', async function () {
    this.timeout(30_000);
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shop before' }));
    const [a] = (await api.connectors()) as unknown as EditableConnector[];
    const draftDatabase = uniqueDatabase();
    const first = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint, draftDatabase });
    first.connector = a!;
    await settle(first);
    await type(first, '#field-name', 'Mine');
    await first.goTo('review');
    await settle(first);
    const r = await fetch(`${api.endpoint}/${String(a!.id)}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ timeZone: 'Europe/Paris' }),
    });
    expect(r.status).to.equal(200);
    expect(await first.submit()).to.equal(false);
    await settle(first);
    first.remove();
    const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint, draftDatabase });
    el.connector = { ...a! };
    await settle(el);
    await el.reset();
    await settle(el);
    await type(el, '#field-name', 'Mine again');
    const saved = await el.submit();
    await settle(el);
    const [after] = await api.connectors();
    const patches = (await api.log()).filter((e) => e.method === 'PATCH' && e.ifMatch !== undefined).map((p) => [p.ifMatch, p.status]);
    expect({ saved, patches, name: after!.name, timeZone: after!.timeZone }).to.deep.equal({
      saved: true,
      patches: [
        ['"1"', 412],
        ['"2"', 200],
      ],
      name: 'Mine again',
      timeZone: 'Europe/Paris',
    });
  });
});
