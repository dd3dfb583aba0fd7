/** Review a11y: the Cancel shown before the steps (beside the loading text or the alert) and a double click. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import './define.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';

const cancelButton = (el: ConnectorWizard) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel"]')!;

/** A real click at the button’s middle, then the second click of a double click (detail 2) on what is under the pointer. */
async function doubleClick(el: ConnectorWizard, target: HTMLElement) {
  const box = target.getBoundingClientRect();
  const [x, y] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
  await sendMouse({ type: 'click', position: [x, y] });
  await el.updateComplete;
  el.shadowRoot!.elementFromPoint(x, y)?.dispatchEvent(new MouseEvent('click', { detail: 2, bubbles: true, composed: true, clientX: x, clientY: y }));
  await el.updateComplete;
}

describe('Review a11y: Cancel before the steps and a double click', () => {
  it('Cancel beside “No catalogue” fires connector-wizard-cancel once for a double click', async () => {
    const el = await fixture<ConnectorWizard>(html`<connector-wizard no-drafts></connector-wizard>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.catalogue-error'), 'no catalogue said');
    let cancels = 0;
    el.addEventListener('connector-wizard-cancel', () => cancels++);
    await doubleClick(el, cancelButton(el));
    expect(cancels).to.equal(1);
  });

  it('Cancel beside the loading text fires connector-wizard-cancel once for a double click', async () => {
    const el = await fixture<ConnectorWizard>(
      html`<connector-wizard no-drafts .requestTimeout=${60_000} catalogue-src="/__faults/trickle?every=50&stallAfter=3"></connector-wizard>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[data-loading]'), 'the catalogue is loading');
    let cancels = 0;
    el.addEventListener('connector-wizard-cancel', () => cancels++);
    await doubleClick(el, cancelButton(el));
    expect(cancels).to.equal(1);
  });
});
