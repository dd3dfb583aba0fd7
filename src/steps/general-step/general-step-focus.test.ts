import { expect } from '@open-wc/testing';
import { allInStep, choose, deepActiveElement, inStep, settle, wizardFixture } from '../../test/fixtures.js';
import type { ConnectorWizard } from '../../wizard/connector-wizard.js';

const THREE_GROUPS = [
  { id: 'uk', name: 'UK' },
  { id: 'us', name: 'US' },
  { id: 'de', name: 'DE' },
];

/** The element that has the focus, through shadow roots (`body` when the page took it). */
const focused = () => deepActiveElement() as HTMLElement | null;
const inTheWizard = (el: ConnectorWizard) => {
  const a = focused();
  return (
    a !== null && a !== document.body && a.getRootNode() !== document && el.shadowRoot!.contains(a.getRootNode() === el.shadowRoot ? a : (a.getRootNode() as ShadowRoot).host)
  );
};

describe('general step: the focus when the host changes its questions', () => {
  it('a group radio with the focus that the host’s new groups drop hands it to the group question, never the page', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: THREE_GROUPS });
    await choose(el, '#group-us');
    inStep<HTMLInputElement>(el, '#group-us')!.focus();
    el.groups = THREE_GROUPS.filter((g) => g.id !== 'us');
    await settle(el);
    expect(inTheWizard(el), `focus on ${focused()?.tagName}`).to.equal(true);
    expect(focused()!.getAttribute('name')).to.equal('group');
    // Focus alone chooses nothing.
    expect(allInStep<HTMLInputElement>(el, 'input[name="group"]').filter((r) => r.checked).length).to.equal(0);
  });

  it('groups that grow beyond six while a group radio has the focus hand it to the select that replaces the radios', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: THREE_GROUPS });
    inStep<HTMLInputElement>(el, '#group-uk')!.focus();
    el.groups = [...THREE_GROUPS, ...['fr', 'es', 'it', 'nl'].map((id) => ({ id, name: id.toUpperCase() }))];
    await settle(el);
    expect(inTheWizard(el), `focus on ${focused()?.tagName}`).to.equal(true);
    expect(focused()!.tagName).to.equal('SELECT');
  });

  it('groups that shrink to six or fewer while the group select has the focus hand it to the radios that replace it, never the page', async () => {
    const seven = [...THREE_GROUPS, ...['fr', 'es', 'it', 'nl'].map((id) => ({ id, name: id.toUpperCase() }))];
    const el = await wizardFixture({ system: 'shopify', groups: seven });
    inStep<HTMLSelectElement>(el, 'select')!.focus();
    el.groups = THREE_GROUPS;
    await settle(el);
    expect(inTheWizard(el), `focus on ${focused()?.tagName}`).to.equal(true);
    expect(focused()!.getAttribute('name')).to.equal('group');
  });

  it('the environment radio with the focus that a new existing connector takes hands the focus to the other environment', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: THREE_GROUPS });
    await choose(el, '#group-uk');
    await choose(el, '#environment-live');
    inStep<HTMLInputElement>(el, '#environment-live')!.focus();
    el.existingConnectors = [{ name: 'Shop live', system: 'shopify', group: 'uk', environment: 'live' }];
    await settle(el);
    // Chromium takes the focus from a control once it is disabled, at its next rendering.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(inTheWizard(el), `focus on ${focused()?.tagName}`).to.equal(true);
    expect(focused()!.id).to.equal('environment-test');
    expect(inStep<HTMLInputElement>(el, '#environment-test')!.checked).to.equal(false);
  });
});
