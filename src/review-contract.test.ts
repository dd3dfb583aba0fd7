import { expect, fixture, html } from '@open-wc/testing';
import type { WizardErrorEvent } from './events/error-event.js';
import { sampleCatalogue, settle, uniqueDatabase } from './test/fixtures.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';

describe('review contract', () => {
  it('an environment attribute other than live or test is said to the host once per value, as config', async () => {
    const errors: string[] = [];
    const el = await fixture<ConnectorWizard>(
      html`<connector-wizard
        no-drafts
        .draftDatabase=${uniqueDatabase()}
        .catalogue=${await sampleCatalogue()}
        environment="testing"
        @connector-wizard-error=${(e: WizardErrorEvent) => errors.push(`${e.detail.kind}: ${e.detail.message}`)}
      ></connector-wizard>`,
    );
    await settle(el);
    el.system = 'shopify';
    await settle(el);
    el.environment = 'test';
    await settle(el);
    el.removeAttribute('environment');
    await settle(el);
    el.setAttribute('environment', 'production');
    await settle(el);
    expect(errors).to.have.length(2);
    expect(errors[0]).to.match(/^config: .*environment.*"testing"/u);
    expect(errors[1]).to.match(/^config: .*environment.*"production"/u);
  });
});
