/**
 * The gap between Create (or Save changes) and its request: the payload is checked, its key made and, for a create, written to the
 * draft before the request goes out. Nothing is sent yet (`sending` is false), but the submit is under way (WizardState.submitting).
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { advanceTo, allInStep, button, currentStepId, freshApi, GROUPS, settle, shopifyPayload, stepElement, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { editing } from '../test/edit-fixtures.js';
import { holdDrafts } from '../test/stored.js';
import type { ConnectorWizard, EditableConnector } from './connector-wizard.js';

const cancelIn = (el: ConnectorWizard) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel"]')!;
const posts = async (api: ReturnType<typeof freshApi>) => (await api.log()).filter((e) => e.method === 'POST').length;

/** A create on Review with an endpoint and a draft, whose drafts another tab then holds (a long transaction): the key cannot land in the draft. */
async function createWithDraftsHeld() {
  const api = freshApi();
  const draftDatabase = uniqueDatabase();
  const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase });
  await advanceTo(el, 'review');
  expect(await el.saveDraft(), 'the draft is written once').to.equal(true);
  const events: string[] = [];
  for (const name of ['connector-wizard-cancel', 'connector-created']) el.addEventListener(name, () => events.push(name));
  const release = await holdDrafts(draftDatabase);
  return { api, el, events, release };
}

/** An existing connector opened for editing with an endpoint, renamed, on Review, its next PATCH held by the server. */
async function renamedOnReview() {
  const api = freshApi();
  await api.create(shopifyPayload({ name: 'Shop A' }));
  const [a] = (await api.connectors()) as unknown as EditableConnector[];
  const { el, updated } = await editing(a!, api.endpoint);
  await type(el, '#field-name', 'Shop A renamed');
  await el.goTo('review');
  await settle(el);
  expect(currentStepId(el)).to.equal('review');
  await api.faults({ kind: 'slow', held: true, method: 'PATCH' });
  return { api, el, updated };
}

describe('Between Create and its request', function () {
  this.timeout(60_000);

  it('a create is sent though another tab holds the drafts, and its Cancel is refused only until the answer', async () => {
    const { api, el, events, release } = await createWithDraftsHeld();
    await api.faults({ kind: 'slow', method: 'POST', held: true });
    const submitted = el.submit();
    try {
      await waitUntil(async () => (await posts(api)) === 1, 'the create is sent while the drafts are held', { timeout: 15_000 });
      await api.release();
      expect(await submitted, 'created').to.equal(true);
    } finally {
      await api.releaseIfHeld();
      await release();
    }
    await settle(el);
    expect({ events, step: el.currentStep }).to.deep.equal({ events: ['connector-created'], step: 'done' });
  });
});

describe('Between Save changes and its PATCH', function () {
  this.timeout(60_000);

  it('the Cancel beside a notice says it waits while the changes are not sent yet, and is refused', async () => {
    const { api, el, updated } = await renamedOnReview();
    const cancels: Event[] = [];
    el.addEventListener('connector-wizard-cancel', (e) => cancels.push(e));
    const saving = el.submit();
    // The host takes the catalogue away while the changes are digested for their key: a notice with its own Cancel takes the steps' place.
    el.catalogue = null as never;
    try {
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[data-step]'), 'the steps gave way').to.equal(null);
      expect(cancelIn(el).getAttribute('aria-disabled'), 'before the PATCH').to.equal('true');
      cancelIn(el).click();
      await api.waitHeld();
    } finally {
      await api.releaseIfHeld();
    }
    expect(await saving, 'saved').to.equal(true);
    expect({ cancels: cancels.length, updated: updated.length }).to.deep.equal({ cancels: 0, updated: 1 });
  });

  it('Back, the step links and Change on Review say they wait while the changes are not sent yet', async () => {
    const { api, el } = await renamedOnReview();
    const saving = el.submit();
    try {
      await el.updateComplete;
      await stepElement(el)!.updateComplete;
      const links = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="step-link"][part~="button"]')];
      expect(links.length, 'step links').to.be.greaterThan(0);
      const changes = allInStep<HTMLButtonElement>(el, '[part~="change"]');
      expect(changes.length, 'Change buttons').to.be.greaterThan(0);
      expect({
        back: button(el, 'back').getAttribute('aria-disabled'),
        links: links.map((l) => l.getAttribute('aria-disabled')),
        changes: changes.map((c) => c.getAttribute('aria-disabled')),
      }).to.deep.equal({ back: 'true', links: links.map(() => 'true'), changes: changes.map(() => 'true') });
      changes[0]!.click();
      links[0]!.click();
      await api.waitHeld();
      expect(currentStepId(el)).to.equal('review');
    } finally {
      await api.releaseIfHeld();
    }
    expect(await saving, 'saved').to.equal(true);
  });

  it('Back pressed right after Save changes is refused: the changes sent are the ones Review shows, and Review stays', async () => {
    const { api, el, updated } = await renamedOnReview();
    const saving = el.submit();
    // The changes are digested for their key before the PATCH goes out: nothing is being sent yet.
    button(el, 'back').click();
    const went = await el.goTo('general');
    try {
      await api.waitHeld();
      await el.updateComplete;
      expect({ went, step: currentStepId(el) }, 'while held').to.deep.equal({ went: false, step: 'review' });
    } finally {
      await api.releaseIfHeld();
    }
    expect(await saving, 'saved').to.equal(true);
    await settle(el);
    expect(updated.map((u) => u.connector.name)).to.deep.equal(['Shop A renamed']);
  });
});
