import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { advanceTo, button, GROUPS, settle, wizardFixture } from './test/fixtures.js';

describe('review: a double click on Cancel', () => {
  it('fires connector-wizard-cancel once (a host that goes back on it goes back once)', async () => {
    const el = await wizardFixture({ groups: GROUPS, system: 'shopify' });
    await advanceTo(el, 'timezone');
    let cancels = 0;
    el.addEventListener('connector-wizard-cancel', () => cancels++);
    const cancel = button(el, 'cancel');
    cancel.scrollIntoView({ block: 'center' });
    const box = cancel.getBoundingClientRect();
    const [x, y] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    await sendMouse({ type: 'click', position: [x, y] });
    await settle(el);
    el.shadowRoot!.elementFromPoint(x, y)?.dispatchEvent(new MouseEvent('click', { detail: 2, bubbles: true, composed: true, clientX: x, clientY: y }));
    await settle(el);
    expect(cancels).to.equal(1);
  });
});
