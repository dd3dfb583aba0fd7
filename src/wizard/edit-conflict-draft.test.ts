/** An edit refused as changed elsewhere (412) keeps the version it read in its draft: a host’s connector older than that version brings nothing back. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { currentStepId, freshApi, GROUPS, inStep, settle, shopifyPayload, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import type { ConnectorWizard, EditableConnector } from './connector-wizard.js';

/** The connector set opens once its draft is read (a busy machine takes its time): a wait, not a measure. */
async function opened(el: Awaited<ReturnType<typeof wizardFixture>>) {
  await waitUntil(() => currentStepId(el), 'the edit opened', { timeout: 8000 });
  await settle(el);
}

/** Connector `a` (revision 1) renamed on Review, its time zone changed elsewhere meanwhile (revision 2), and Save refused with a 412. */
async function refusedOnce() {
  const api = freshApi();
  await api.create(shopifyPayload({ name: 'Shop before' }));
  await api.create(shopifyPayload({ name: 'Other', environment: 'test' }));
  const [a, b] = (await api.connectors()) as unknown as EditableConnector[];
  const draftDatabase = uniqueDatabase();
  const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint, draftDatabase });
  el.connector = a!;
  await opened(el);
  await type(el, '#field-name', 'Mine');
  await el.goTo('review');
  await settle(el);
  await api.change(a!.id, { timeZone: 'Europe/Paris' });
  expect(await el.submit()).to.equal(false);
  await settle(el);
  /** The saves that carried If-Match, with their answers. */
  const sent = async () => (await api.log()).filter((e) => e.method === 'PATCH' && e.ifMatch !== undefined).map((p) => [p.ifMatch, p.status]);
  /** The page reloaded: a new element over the same drafts, the host passing `a` as its list still gives it (revision 1). */
  const reloaded = async () => {
    el.remove();
    const again = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint, draftDatabase });
    again.connector = { ...a! };
    await opened(again);
    return again;
  };
  /** Save on `el`, then what came of it: whether it saved, the saves sent, and the connector's name and time zone on the server. */
  const saveOn = async (on: ConnectorWizard) => {
    const saved = await on.submit();
    await settle(on);
    const [after] = await api.connectors();
    return { saved, patches: await sent(), name: after!.name, timeZone: after!.timeZone };
  };
  return { api, el, a: a!, b: b!, sent, reloaded, saveOn };
}

describe('an edit after a 412, its draft and an older connector from the host', () => {
  it('after a 412, leaving the edit for another connector and coming back keeps the version the 412 read: the next save is not refused again', async function () {
    this.timeout(30_000);
    const { el, a, b, sent } = await refusedOnce();
    el.connector = b;
    await opened(el);
    // The other connector shown (as the host passed it: its draft may still be being read, the window draft-switch-window.test.ts holds open): then the host comes back.
    await waitUntil(() => (inStep<HTMLInputElement>(el, '#field-name')?.value ?? inStep(el, '[data-key="name"] .value')?.textContent ?? '').includes('Other'), 'b opened', {
      timeout: 8000,
    });
    await settle(el);
    el.connector = { ...a };
    await opened(el);
    await el.goTo('review');
    await settle(el);
    expect(currentStepId(el)).to.equal('review');
    // A step is on screen all along (the one before the switch), so wait for a's draft itself: Review names the connector as typed there.
    await waitUntil(() => inStep(el, '[data-key="name"] .value')?.textContent?.includes('Mine'), 'the draft of a read again', { timeout: 8000 });
    const saved = await el.submit();
    await settle(el);
    expect({ saved, patches: await sent() }).to.deep.equal({
      saved: true,
      patches: [
        ['"1"', 412],
        ['"2"', 200],
      ],
    });
  });

  it('after a 412 and a reload, the host passing the connector as it was opened (revision 1): the draft keeps the version the 412 read, its values shown and its revision sent', async function () {
    this.timeout(30_000);
    const { reloaded, saveOn } = await refusedOnce();
    const el = await reloaded();
    await el.goTo('timezone');
    await settle(el);
    const zone = inStep<HTMLInputElement>(el, '#field-timeZone')!.value;
    await el.goTo('review');
    await settle(el);
    expect({ zone, ...(await saveOn(el)) }).to.deep.equal({
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
    const { reloaded, saveOn } = await refusedOnce();
    const el = await reloaded();
    await el.reset();
    await settle(el);
    await type(el, '#field-name', 'Mine again');
    expect(await saveOn(el)).to.deep.equal({
      saved: true,
      patches: [
        ['"1"', 412],
        ['"2"', 200],
      ],
      name: 'Mine again',
      timeZone: 'Europe/Paris',
    });
  });
  it('after a 412 and a reload, the host passing a newer revision than the one the 412 read: the answers left alone follow it, and its revision is sent', async function () {
    this.timeout(30_000);
    const { api, a, reloaded, saveOn } = await refusedOnce();
    await api.change(a.id, { timeZone: 'Asia/Tokyo' });
    const el = await reloaded();
    el.connector = (await api.connectors())[0] as unknown as EditableConnector;
    await settle(el);
    await el.goTo('review');
    await settle(el);
    expect(await saveOn(el)).to.deep.equal({
      saved: true,
      patches: [
        ['"1"', 412],
        ['"3"', 200],
      ],
      name: 'Mine',
      timeZone: 'Asia/Tokyo',
    });
  });
});
