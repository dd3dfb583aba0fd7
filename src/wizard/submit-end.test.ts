/**
 * Where a submit's wait for its request ends (WizardState.submitting): once the answer is there (after a 412, once the list is read), before
 * its outcome is shown and told, so a listener of that outcome may start again (reset()); and never later than the submit itself.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { advanceTo, button, currentStepId, freshApi, GROUPS, settle, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { holdDrafts, readDraft } from '../test/stored.js';
import { renamedOnReview } from '../test/edit-fixtures.js';
import type { ConnectorWizard } from './connector-wizard.js';

/** A connector the server has, opened for editing with the endpoint, renamed to `name` on Review; `elsewhere` changes it as another person would. */
async function onReviewRenamed(name: string) {
  const api = freshApi();
  const { el, stored } = await renamedOnReview(api, name);
  expect(currentStepId(el)).to.equal('review');
  const elsewhere = async (changes: Record<string, unknown>) => {
    const r = await fetch(`${api.endpoint}/${String(stored.id)}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(changes) });
    expect(r.status).to.equal(200);
  };
  return { api, el, elsewhere };
}

/** Back, as it is offered on Review once the submit ended: not waiting, and it leaves Review. */
async function backWorks(el: ConnectorWizard, what: string) {
  await settle(el);
  expect(button(el, 'back').getAttribute('aria-disabled'), `${what}: Back waits no more`).to.not.equal('true');
  button(el, 'back').click();
  await settle(el);
  expect(currentStepId(el), `${what}: Back leaves Review`).to.not.equal('review');
}

describe('A submit ends before its outcome is told', function () {
  this.timeout(60_000);

  it('a 412 whose list shows the person changes made elsewhere: a connector-updated listener that calls reset() starts again', async () => {
    const { el, elsewhere } = await onReviewRenamed('Same');
    await elsewhere({ name: 'Same' });
    let heard = 0;
    el.addEventListener('connector-updated', () => (heard++, void el.reset()), { once: true });
    expect(await el.submit(), 'saved').to.equal(true);
    await settle(el);
    expect({ heard, success: el.shadowRoot!.querySelector('.success') === null }).to.deep.equal({ heard: 1, success: true });
  });

  it('a 412 whose list no longer has the connector: a connector-wizard-error listener that calls reset() starts again', async () => {
    const { api, el, elsewhere } = await onReviewRenamed('Mine');
    await elsewhere({ name: 'Theirs' });
    await api.faults({ kind: 'status', method: 'GET', status: 200, json: [] });
    const errors: string[] = [];
    el.addEventListener('connector-wizard-error', (e) => (errors.push(e.detail.kind), void el.reset()), { once: true });
    expect(await el.submit(), 'not saved').to.equal(false);
    await settle(el);
    expect({ errors, step: currentStepId(el), alert: el.shadowRoot!.textContent!.includes('no longer exists') }).to.deep.equal({
      errors: ['server'],
      step: 'general',
      alert: false,
    });
  });
});

describe('Back once a submit ended without its outcome', function () {
  this.timeout(60_000);

  it('after a create the server refused (403), Back waits no more', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase() });
    await advanceTo(el, 'review');
    await api.faults({ kind: 'status', method: 'POST', status: 403, json: { title: 'Forbidden' } });
    expect(await el.submit(), 'not created').to.equal(false);
    await backWorks(el, '403');
  });

  it('after a create aborted by taking the wizard out of the page before its request, Back waits no more once it is back', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase() });
    await advanceTo(el, 'review');
    const parent = el.parentElement!;
    const submitted = el.submit();
    el.remove();
    expect(await submitted, 'not created').to.equal(false);
    parent.append(el);
    expect(
      (await api.log()).filter((e) => e.method === 'POST'),
      'nothing sent',
    ).to.deep.equal([]);
    await backWorks(el, 'aborted');
  });

  it('after a 412 whose list cannot be read, Back waits no more', async () => {
    const { api, el, elsewhere } = await onReviewRenamed('Mine');
    await elsewhere({ name: 'Theirs' });
    await api.faults({ kind: 'status', method: 'GET', status: 200, json: { not: 'a list' } });
    expect(await el.submit(), 'not saved').to.equal(false);
    await backWorks(el, '412');
  });
});

describe('A create sent while another tab holds the drafts', function () {
  this.timeout(60_000);

  it('its key lands in the draft once the drafts are free, while the request is still unanswered: a reload then knows it', async () => {
    const api = freshApi();
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase });
    await advanceTo(el, 'review');
    expect(await el.saveDraft(), 'the draft is written once').to.equal(true);
    const release = await holdDrafts(draftDatabase);
    await api.faults({ kind: 'slow', method: 'POST', held: true });
    const submitted = el.submit();
    try {
      await waitUntil(async () => (await api.log()).some((e) => e.method === 'POST'), 'the create is sent while the drafts are held', { timeout: 15_000 });
      const sent = (await api.log()).find((e) => e.method === 'POST')!.idempotencyKey;
      await release();
      await waitUntil(async () => (await readDraft(draftDatabase))?.data.submission?.key === sent, 'the key sent lands in the draft', { timeout: 10_000 });
      expect(
        (await api.log()).filter((e) => e.method === 'POST').map((e) => e.status),
        'still unanswered',
      ).to.deep.equal([0]);
    } finally {
      await api.releaseIfHeld();
      await release();
    }
    expect(await submitted, 'created').to.equal(true);
  });
});
