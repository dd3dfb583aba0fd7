/**
 * A page that is not a secure context (an intranet admin page on plain `http:`) has no
 * `crypto.subtle` and no `crypto.randomUUID`; the endpoint rules allow a same-origin endpoint
 * there. The create still makes its Idempotency-Key, keeps it while the answers stay the same, and
 * finishes. The test page is on this machine (a secure context), so the two APIs are taken away.
 */
import { expect } from '@open-wc/testing';
import { advanceTo, freshApi, GROUPS, settle, shopifyPayload, type, wizardFixture } from '../test/fixtures.js';
import type { EditableConnector } from '../wizard/connector-wizard.js';
import { withoutSecureContext } from '../test/patched.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u;

describe('endpoint mode without a secure context', () => {
  it('creates, with one random key for the same answers over retries and a second press, and a new key for changed answers', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    const created: unknown[] = [];
    el.addEventListener('connector-created', (e) => created.push(e.detail));
    await withoutSecureContext(async () => {
      await advanceTo(el, 'review');
      await api.faults({ kind: 'drop' }, { kind: 'drop' }, { kind: 'drop' });
      expect(await el.submit(), 'three lost answers').to.equal(false);
      // Pressed again with the same answers: the same key, so a create the server made is not made twice.
      await api.faults({ kind: 'drop' }, { kind: 'drop' }, { kind: 'drop' });
      expect(await el.submit(), 'three more').to.equal(false);
      // Other answers: another key.
      await el.goTo('general');
      await settle(el);
      await type(el, '#field-name', 'Shopify UK renamed');
      expect(await el.goTo('review')).to.equal(true);
      await settle(el);
      expect(await el.submit(), 'created').to.equal(true);
      const keys = (await api.log()).filter((e) => e.method === 'POST').map((e) => e.idempotencyKey);
      expect(keys).to.have.length(7);
      expect(new Set(keys.slice(0, 6)).size, 'one key for the same answers').to.equal(1);
      expect(keys[0]).to.match(UUID_V4);
      expect(keys[6]).to.match(UUID_V4).and.not.equal(keys[0]);
      expect(created).to.have.length(1);
      expect(await api.connectors()).to.have.length(1);
    });
  });

  it('a new secret an edit sent is gone from memory after Cancel, though the save key made from it is the text itself here', async () => {
    const token = 'shpat_feedfacefeedfacefeedfacefeedface';
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shop before' }));
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint });
    el.connector = stored!;
    await settle(el);
    await withoutSecureContext(async () => {
      await el.goTo('credentials');
      await settle(el);
      await type(el, '#field-credentials-accessToken', token);
      await el.goTo('review');
      await settle(el);
      el.retryPolicy = { attempts: 0 };
      await api.faults({ kind: 'status', status: 500, method: 'PATCH' });
      expect(await el.submit()).to.equal(false);
      const held = JSON.stringify((el as unknown as { store: { state: object } }).store.state).includes(token);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel"]')!.click();
      await settle(el);
      const state = JSON.stringify((el as unknown as { store: { state: object } }).store.state);
      expect({ held, after: state.includes(token) }).to.deep.equal({ held: true, after: false });
    });
  });
});
