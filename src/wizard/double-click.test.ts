/** A double click on Back, Continue, Create, Cancel or a Change button of Review is one press, wherever its second click lands (docs/behaviour.md). */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { advanceTo, button, currentStepId, fillStep, freshApi, GROUPS, inStep, settle, wizardFixture } from '../test/fixtures.js';
import type { ConnectorWizard } from './connector-wizard.js';

/**
 * A double click as the browser gives it: a real click at the button's middle, then the second
 * click (detail 2) on whatever is under the pointer once the first one's change has rendered
 * (`rendered`: a wizard still loading is waited for only until it has rendered).
 */
async function doubleClick(el: ConnectorWizard, target: HTMLElement, rendered: (el: ConnectorWizard) => Promise<unknown> = settle) {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  const [x, y] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
  await sendMouse({ type: 'click', position: [x, y] });
  await rendered(el);
  let under = el.shadowRoot!.elementFromPoint(x, y);
  // Into the step's own shadow root, as the browser's hit test goes.
  while (under?.shadowRoot) {
    const inner = under.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === under) break;
    under = inner;
  }
  under?.dispatchEvent(new MouseEvent('click', { detail: 2, bubbles: true, composed: true, clientX: x, clientY: y }));
  await rendered(el);
}

/** A host that pins the action bar at the bottom (its `actions` part), as a dialog's footer: the buttons stay where the pointer is from step to step. */
function pinnedActions() {
  const style = document.createElement('style');
  style.textContent = 'connector-wizard::part(actions) { position: fixed; inset-inline: 0; bottom: 0; background: white; }';
  document.head.append(style);
  return () => style.remove();
}

describe('a double click on Back, Continue, Create or Cancel is one press', () => {
  it('Continue on General opens Time zone and stays there (the second click falls on Back)', async () => {
    const unpin = pinnedActions();
    try {
      const el = await wizardFixture({ groups: GROUPS, system: 'shopify' });
      await advanceTo(el, 'general');
      await fillStep.general(el);
      await doubleClick(el, button(el, 'continue'));
      expect(currentStepId(el)).to.equal('timezone');
    } finally {
      unpin();
    }
  });

  it('Continue on Credentials opens Review and sends nothing (the second click falls on Create)', async () => {
    const unpin = pinnedActions();
    try {
      const api = freshApi();
      const el = await wizardFixture({ groups: GROUPS, system: 'shopify', endpoint: api.endpoint });
      const created: unknown[] = [];
      el.addEventListener('connector-created', (e) => created.push(e));
      await advanceTo(el, 'credentials');
      await fillStep.credentials(el);
      await doubleClick(el, button(el, 'continue'));
      await settle(el);
      // A request of the test's own, made now: a create the second click had started would be logged before it.
      await fetch(`${api.endpoint}?probe=1`);
      const log = await api.log();
      const posts = log
        .slice(
          0,
          log.findIndex((entry) => entry.query.includes('probe')),
        )
        .filter((entry) => entry.method === 'POST');
      expect({ step: el.currentStep, created: created.length, posts: posts.length }).to.deep.equal({ step: 'review', created: 0, posts: 0 });
    } finally {
      unpin();
    }
  });

  it('a tap on Continue is a press; a double tap on it is one press', async () => {
    const el = await wizardFixture({ groups: GROUPS, system: 'shopify' });
    await advanceTo(el, 'general');
    await fillStep.general(el);
    const tap = async (times: number) => {
      const continueButton = button(el, 'continue');
      continueButton.scrollIntoView({ block: 'center' });
      const box = continueButton.getBoundingClientRect();
      await executeServerCommand('tap', { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2), times });
      await settle(el);
    };
    await tap(1);
    expect(currentStepId(el)).to.equal('timezone');
    await tap(2);
    expect(currentStepId(el)).to.equal('auth');
  });

  it('Back on Credentials goes back one step, to Auth', async () => {
    const el = await wizardFixture({ groups: GROUPS, system: 'shopify' });
    await advanceTo(el, 'credentials');
    await doubleClick(el, button(el, 'back'));
    expect(currentStepId(el)).to.equal('auth');
  });

  it('Cancel fires connector-wizard-cancel once (a host that goes back on it goes back once)', async () => {
    const el = await wizardFixture({ groups: GROUPS, system: 'shopify' });
    await advanceTo(el, 'timezone');
    let cancels = 0;
    el.addEventListener('connector-wizard-cancel', () => cancels++);
    await doubleClick(el, button(el, 'cancel'));
    expect(cancels).to.equal(1);
  });

  it('Cancel beside “No catalogue” fires connector-wizard-cancel once; Enter on it (detail 0) still fires it', async () => {
    const el = await fixture<ConnectorWizard>(html`<connector-wizard no-drafts></connector-wizard>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.catalogue-error'), 'no catalogue said', { timeout: 5000 });
    let cancels = 0;
    el.addEventListener('connector-wizard-cancel', () => cancels++);
    await doubleClick(el, button(el, 'cancel'));
    expect(cancels).to.equal(1);
    button(el, 'cancel').focus();
    await sendKeys({ press: 'Enter' });
    expect(cancels).to.equal(2);
  });

  it('Cancel beside the loading text fires connector-wizard-cancel once', async () => {
    const el = await fixture<ConnectorWizard>(
      html`<connector-wizard no-drafts .requestTimeout=${60_000} catalogue-src="/__faults/trickle?every=50&stallAfter=3"></connector-wizard>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[data-loading]'), 'the catalogue is loading', { timeout: 5000 });
    let cancels = 0;
    el.addEventListener('connector-wizard-cancel', () => cancels++);
    await doubleClick(el, button(el, 'cancel'), (wizard) => wizard.updateComplete);
    expect(el.shadowRoot!.querySelector('[data-loading]'), 'still loading').to.not.equal(null);
    expect(cancels).to.equal(1);
  });
});

describe('a double click on a Change button of Review is one press, at 320 px', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 1280, height: 900 }));

  // The date format's preview ("Now: …") moves on with the clock: left out.
  const reviewText = (el: ConnectorWizard) =>
    inStep(el, 'dl')!
      .textContent!.replace(/\(Now: [^)]*\)/g, '')
      .replace(/\s+/g, ' ');
  for (const key of ['name', 'group', 'environment', 'timeZone', 'dateFormat', 'authType', 'credentials.shop', 'credentials.accessToken']) {
    it(`Change beside ${key} opens its step and changes nothing there`, async () => {
      const el = await wizardFixture({ groups: GROUPS, system: 'shopify' });
      await advanceTo(el, 'review');
      await settle(el);
      const before = reviewText(el);
      const change = inStep(el, `[data-key="${key}"] [part~="change"]`);
      expect(change, key).to.not.equal(null);
      await doubleClick(el, change!);
      expect(currentStepId(el)).to.not.equal('review');
      expect(await el.goTo('review')).to.equal(true);
      await settle(el);
      expect(reviewText(el)).to.equal(before);
    });
  }
});
