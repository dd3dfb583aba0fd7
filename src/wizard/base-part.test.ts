/** `part="base"` and `--cw-space` theme every state the wizard shows, not only the steps. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { moduleFault } from '../test/module-fault.js';
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
    await waitUntil(() => broken.shadowRoot!.querySelector('[part~="catalogue-error"]'), 'problems shown');
    expect(themed(broken, '[part~="catalogue-error"] li')).to.deep.equal(STYLED);
    expect(themed(broken, '[part~="cancel"]')).to.deep.equal(STYLED);
    const none = await fixture<ConnectorWizard>(html`<connector-wizard .draftDatabase=${uniqueDatabase()}></connector-wizard>`);
    await waitUntil(() => none.shadowRoot!.querySelector('.catalogue-error'), 'no catalogue said');
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
