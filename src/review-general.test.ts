/**
 * Review of the General, Time zone and Date format steps and of Review's rendering of them, in
 * the six languages and right to left. Each test here failed when it was written: it proves a
 * problem, and passes once the problem is mended.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  advanceTo,
  allInStep,
  choose,
  currentStepId,
  errorSummary,
  inStep,
  pressContinue,
  sampleCatalogue,
  settle,
  stepElement,
  type,
  uniqueDatabase,
  wizardFixture,
} from './test/fixtures.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';

const stepText = (el: ConnectorWizard) => stepElement(el)?.shadowRoot?.textContent ?? '';
const rowText = (el: ConnectorWizard, key: string) => inStep(el, `.row[data-key="${key}"]`)?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';

/** A clock the test sets: `new Date()` and `Date.now()` give `fake.now`; every other use of Date is the real one. */
const RealDate = Date;
const fake = { now: 0 };
class FakeDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(fake.now);
    else super(...(args as [number]));
  }
  static override now() {
    return fake.now;
  }
}

describe('review: General, Time zone and Date format', () => {
  it('a group preset the groups do not offer is reported, not replaced silently by the only group offered', async () => {
    const errors: string[] = [];
    const created: { group?: string }[] = [];
    const el = await fixture<ConnectorWizard>(html`<connector-wizard
      .draftDatabase=${uniqueDatabase()}
      .catalogue=${await sampleCatalogue()}
      .groups=${[{ id: 'uk', name: 'UK' }]}
      system="shopify"
      group="us"
      @connector-wizard-error=${(e: Event & { detail: { kind: string; message: string } }) => errors.push(`${e.detail.kind}: ${e.detail.message}`)}
      @connector-created=${(e: CustomEvent<{ connector: { group?: string } }>) => created.push(e.detail.connector)}
    ></connector-wizard>`);
    await settle(el);
    await advanceTo(el, 'review');
    await el.submit();
    await settle(el);
    const said = errors.some((e) => e.startsWith('config') && /group/iu.test(e) && e.includes('us'));
    expect(said, `preset group "us", created in ${JSON.stringify(created.map((c) => c.group))}, errors: ${JSON.stringify(errors)}`).to.equal(true);
  });
});
