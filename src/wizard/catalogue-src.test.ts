/** What a host sets as `catalogue-src`, read as a host means it. */
import { expect, fixture, html } from '@open-wc/testing';
import type { WizardErrorEvent } from '../events/error-event.js';
import { settle, uniqueDatabase } from '../test/fixtures.js';
import type { ConnectorWizard } from './connector-wizard.js';

describe('catalogue-src as a host sets it', () => {
  it('of white space alone is no catalogue-src: the page itself is never fetched as one', async () => {
    const errors: string[] = [];
    const el = await fixture<ConnectorWizard>(
      html`<connector-wizard
        .draftDatabase=${uniqueDatabase()}
        no-drafts
        catalogue-src="  "
        @connector-wizard-error=${(e: WizardErrorEvent) => errors.push(e.detail.message)}
      ></connector-wizard>`,
    );
    await new Promise((r) => setTimeout(r, 300));
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.contain('No catalogue');
    expect(errors.join(' ')).to.not.contain('JSON');
  });
});
