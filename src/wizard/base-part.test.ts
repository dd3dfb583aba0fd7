/** `part="base"` and `--cw-space` theme every state the wizard shows, not only the steps. */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { moduleFault } from '../test/module-fault.js';
import { en } from '../messages/english.js';
import { advanceTo, settle, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import type { ConnectorWizard } from './connector-wizard.js';

const catalogueFault = moduleFault('/demo/sample-catalogue.json');

/** What a host page writes: the box, and the space inside it. */
const HOST_STYLE = 'connector-wizard { --cw-space: 7px; } connector-wizard::part(base) { outline: 3px solid rgb(1, 2, 3); }';

/** Where `selector` shows, and whether the host's base style and space reach it. */
function themed(el: ConnectorWizard, selector: string) {
  const shown = el.shadowRoot!.querySelector(selector);
  const base = el.shadowRoot!.querySelector('[part~="base"]');
  const style = base && getComputedStyle(base);
  return {
    shown: shown !== null,
    inBase: Boolean(shown && base?.contains(shown)),
    outline: style?.outlineColor,
    space: style?.paddingTop,
  };
}

const STYLED = { shown: true, inBase: true, outline: 'rgb(1, 2, 3)', space: '7px' };

describe('part="base" wraps every state', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = HOST_STYLE;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  it('the catalogue loading text', async () => {
    await catalogueFault('delay=3000');
    try {
      const el = await fixture<ConnectorWizard>(
        html`<connector-wizard .draftDatabase=${uniqueDatabase()} catalogue-src="/demo/sample-catalogue.json?base-part"></connector-wizard>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[data-loading]'), 'loading');
      expect(themed(el, '[data-loading]')).to.deep.equal(STYLED);
    } finally {
      await catalogueFault();
    }
  });

  it('a catalogue with problems, and no catalogue at all', async () => {
    const broken = await fixture<ConnectorWizard>(html`<connector-wizard .draftDatabase=${uniqueDatabase()} .catalogue=${{ systems: 'none' }}></connector-wizard>`);
    await waitUntil(() => broken.shadowRoot!.querySelector('[part~="catalogue-error"]'), 'problems shown', { timeout: 5000 });
    expect(themed(broken, '[part~="catalogue-error"] li')).to.deep.equal(STYLED);
    expect(themed(broken, '[part~="cancel"]')).to.deep.equal(STYLED);
    const none = await fixture<ConnectorWizard>(html`<connector-wizard .draftDatabase=${uniqueDatabase()}></connector-wizard>`);
    await waitUntil(() => none.shadowRoot!.querySelector('.catalogue-error'), 'no catalogue said', { timeout: 5000 });
    expect(themed(none, '.catalogue-error')).to.deep.equal(STYLED);
  });

  it('a step, and the success panel after a create', async () => {
    const el = await wizardFixture({ system: 'shopify' });
    expect(themed(el, '[data-step]')).to.deep.equal(STYLED);
    await advanceTo(el, 'review');
    expect(await el.submit()).to.equal(true);
    await settle(el);
    expect(themed(el, '[part~="success"]')).to.deep.equal(STYLED);
  });
});

describe('part="catalogue-error" on every alert that stops the wizard before its steps', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = 'connector-wizard::part(catalogue-error) { outline: 3px solid rgb(4, 5, 6); }';
    document.head.append(style);
  });
  afterEach(() => style.remove());

  /** The outline the host gave the part, on the alert shown. */
  const styled = (el: ConnectorWizard) => {
    const alert = el.shadowRoot!.querySelector('[role="alert"]');
    return alert && getComputedStyle(alert).outlineColor;
  };

  it('a catalogue with problems, no catalogue, a system the catalogue does not offer, a connector that cannot be opened', async () => {
    const broken = await fixture<ConnectorWizard>(html`<connector-wizard .draftDatabase=${uniqueDatabase()} .catalogue=${{ systems: 'none' }}></connector-wizard>`);
    await settle(broken);
    expect(styled(broken), 'a catalogue with problems').to.equal('rgb(4, 5, 6)');
    const none = await fixture<ConnectorWizard>(html`<connector-wizard .draftDatabase=${uniqueDatabase()}></connector-wizard>`);
    await settle(none);
    expect(styled(none), 'no catalogue').to.equal('rgb(4, 5, 6)');
    const unknown = await wizardFixture({ system: 'sap' });
    expect(unknown.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.contain(en.unknownSystem('sap'));
    expect(styled(unknown), 'a system preset the catalogue does not offer').to.equal('rgb(4, 5, 6)');
    const unopened = await wizardFixture();
    unopened.connector = { id: '', name: 'Shop live', system: 'shopify', environment: 'live', timeZone: 'UTC', dateFormat: 'yyyy-MM-dd', authType: 'access-token' };
    await settle(unopened);
    expect(unopened.shadowRoot!.querySelector('[data-unopened]')?.textContent).to.contain('This connector cannot be opened');
    expect(styled(unopened), 'a connector that cannot be opened').to.equal('rgb(4, 5, 6)');
  });
});
