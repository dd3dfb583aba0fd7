/**
 * submit() again while a save is under way, after a Cancel it refuses: the same submit, and a new `connector` waits for its answer (WizardState.submitting).
 * Two submits under way at once (the count) needed a Cancel or a new connector between them; both now wait for the first (its transition test checks the count).
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { button, currentStepId, freshApi, inStep, settle, shopifyPayload, type } from '../test/fixtures.js';
import { editing } from '../test/edit-fixtures.js';
import type { ConnectorWizard, EditableConnector } from './connector-wizard.js';

const editedId = (el: ConnectorWizard) => (el as unknown as { store: { state: { editing?: EditableConnector } } }).store.state.editing?.id;

describe('submit() again after a Cancel while the first save is under way', () => {
  it('the Cancel is refused and the second is the first: another connector waits until that save is answered', async function () {
    this.timeout(20000);
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shop A' }));
    await api.create(shopifyPayload({ name: 'Shop B', environment: 'test' }));
    const [a, b] = (await api.connectors()) as unknown as EditableConnector[];
    const { el, updated } = await editing(a!, api.endpoint);
    await type(el, '#field-name', 'Shop A renamed');
    await el.goTo('credentials');
    await settle(el);
    await type(el, '#field-credentials-accessToken', `shpat_${'b'.repeat(32)}`);
    await el.goTo('review');
    await settle(el);
    expect(currentStepId(el)).to.equal('review');
    await api.faults({ kind: 'slow', held: true, method: 'PATCH' });
    // The save is checked and its key made before it is sent: a Cancel pressed then is refused (it would drop the new token), so a submit() again is the same one.
    const first = el.submit();
    button(el, 'cancel').click();
    const second = el.submit();
    expect(second === first, 'the same submit').to.equal(true);
    try {
      await api.waitHeld();
      el.connector = b!;
      await settle(el);
      expect({ sending: el.sending, editing: editedId(el) }, 'while the first save is held').to.deep.equal({ sending: true, editing: a!.id });
    } finally {
      await api.release();
    }
    expect(await first).to.equal(true);
    await settle(el);
    expect(updated.map((u) => u.connector.name)).to.deep.equal(['Shop A renamed']);
    await waitUntil(() => editedId(el) === b!.id, 'then the other connector opens', { timeout: 5000 });
    await settle(el);
    expect({ step: currentStepId(el), name: inStep<HTMLInputElement>(el, '#field-name')?.value }).to.deep.equal({ step: 'general', name: 'Shop B' });
  });
});
