/** Cancel and reset() while a save is under way but not yet sent (its payload is checked and its key made first): refused, as while it is sent. */
import { expect } from '@open-wc/testing';
import { button, currentStepId, freshApi, settle, shopifyPayload, type } from '../test/fixtures.js';
import { editing } from '../test/edit-fixtures.js';
import type { ConnectorWizard, EditableConnector } from './connector-wizard.js';

const editedId = (el: ConnectorWizard) => (el as unknown as { store: { state: { editing?: EditableConnector } } }).store.state.editing?.id;

/** An existing connector opened for editing with an endpoint, renamed, on Review, its next PATCH held by the server. */
async function renamedOnReview() {
  const api = freshApi();
  await api.create(shopifyPayload({ name: 'Shop A' }));
  const [a] = (await api.connectors()) as unknown as EditableConnector[];
  const { el, updated } = await editing(a!, api.endpoint);
  const cancels: Event[] = [];
  el.addEventListener('connector-wizard-cancel', (e) => cancels.push(e));
  await type(el, '#field-name', 'Shop A renamed');
  await el.goTo('review');
  await settle(el);
  expect(currentStepId(el)).to.equal('review');
  await api.faults({ kind: 'slow', held: true, method: 'PATCH' });
  return { api, el, updated, cancels, id: a!.id };
}

describe('Cancel while an edit is saved, before its request goes out', function () {
  this.timeout(60_000);

  it('Cancel pressed right after Save is refused: the host never hears cancelled, then updated', async () => {
    const { api, el, updated, cancels } = await renamedOnReview();
    const saving = el.submit();
    // The save is checked and its key digested before the PATCH goes out: nothing is being sent yet.
    button(el, 'cancel').click();
    try {
      await api.waitHeld();
      await el.updateComplete;
      expect(button(el, 'cancel').getAttribute('aria-disabled'), 'Cancel says it waits').to.equal('true');
    } finally {
      await api.releaseIfHeld();
    }
    expect(await saving, 'saved').to.equal(true);
    await settle(el);
    expect({ cancels: cancels.length, updated: updated.length }).to.deep.equal({ cancels: 0, updated: 1 });
  });

  it('reset() called right after submit() is refused: the edit being saved stays until it is answered', async () => {
    const { api, el, updated, id } = await renamedOnReview();
    const saving = el.submit();
    await el.reset();
    try {
      await api.waitHeld();
      await settle(el);
      expect({ editing: editedId(el), step: currentStepId(el) }, 'while held').to.deep.equal({ editing: id, step: 'review' });
    } finally {
      await api.releaseIfHeld();
    }
    expect(await saving, 'saved').to.equal(true);
    await settle(el);
    expect(updated.map((u) => u.connector.name)).to.deep.equal(['Shop A renamed']);
  });
});
