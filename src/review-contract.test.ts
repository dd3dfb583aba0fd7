import { expect, fixture, html } from '@open-wc/testing';
import type { WizardErrorEvent } from './events/error-event.js';
import { advanceTo, currentStepId, sampleCatalogue, settle, uniqueDatabase, wizardFixture } from './test/fixtures.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';

describe('review contract', () => {
  it('steps is the host s own list: reversing it in place changes neither this wizard nor another', async () => {
    const el = await wizardFixture({ noDrafts: true });
    const order = ['system', 'general', 'timezone', 'auth', 'credentials', 'review'];
    (el.steps as string[]).reverse();
    expect(el.steps, 'read again').to.deep.equal(order);
    const other = await wizardFixture({ noDrafts: true });
    expect(other.steps, 'another wizard').to.deep.equal(order);
    await advanceTo(el, 'general');
    expect(currentStepId(el)).to.equal('general');
  });

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
