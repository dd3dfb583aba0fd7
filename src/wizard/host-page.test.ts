/** The wizard as host pages embed it: in the containers they put it in, with the properties frameworks set. */
import { expect, fixture, html } from '@open-wc/testing';
import { sampleCatalogue, settle, uniqueDatabase } from '../test/fixtures.js';
import type { ConnectorWizard } from './connector-wizard.js';

const CONTAINERS: [string, string][] = [
  ['a flex row', 'display: flex; width: 600px'],
  ['a centred flex column', 'display: flex; flex-direction: column; align-items: center; width: 600px'],
  ['a centred grid', 'display: grid; place-items: center; width: 600px'],
  ['a grid column sized auto', 'display: grid; grid-template-columns: auto 1fr; width: 600px'],
  ['an inline-block', 'display: inline-block'],
  ['a float', 'float: left'],
];

describe('the wizard in host layouts', () => {
  for (const [name, style] of CONTAINERS)
    it(`takes room for its content in ${name}`, async () => {
      const host = await fixture<HTMLElement>(html`<div style=${style}>
        <connector-wizard no-drafts .draftDatabase=${uniqueDatabase()} .catalogue=${await sampleCatalogue()}></connector-wizard>
      </div>`);
      const el = host.querySelector('connector-wizard') as ConnectorWizard;
      await settle(el);
      expect(el.getBoundingClientRect().width).to.be.greaterThan(280);
    });

  it('takes room for its content in a modal dialog', async () => {
    const host = await fixture<HTMLElement>(html`<div><dialog>
      <connector-wizard no-drafts .draftDatabase=${uniqueDatabase()} .catalogue=${await sampleCatalogue()}></connector-wizard>
    </dialog></div>`);
    const dialog = host.querySelector('dialog')!;
    dialog.showModal();
    try {
      const el = host.querySelector('connector-wizard') as ConnectorWizard;
      await settle(el);
      expect(el.getBoundingClientRect().width).to.be.greaterThan(280);
    } finally {
      dialog.close();
    }
  });
});
