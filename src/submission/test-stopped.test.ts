/** A connection test cleared while it runs (Cancel) and stopped by the next test: the next one's answer is shown. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { advanceTo, freshApi, GROUPS, inStep, settle, SHOPIFY_TOKEN, type, wizardFixture } from '../test/fixtures.js';
import { watchingFetches, withLateDispatch } from '../test/page-fetches.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

const result = (el: ConnectorWizard) => inStep(el, '#test-result')!;
const testButton = (el: ConnectorWizard) => inStep<HTMLButtonElement>(el, '.test-button')!;

/** Tests once (held), Cancels it, tests again: the second test's outcome is shown, before and after the first one answers. */
const cancelThenTestAgain = () =>
  watchingFetches('/connectors/test', async (arrived) => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, testEndpoint: api.testEndpoint });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    await api.faults({ kind: 'slow', held: true });
    testButton(el).click();
    try {
      await waitUntil(() => result(el).dataset.testState === 'testing', 'first test running', { timeout: 5000 });
      await api.waitHeld();
      // Cancel: the secrets leave memory and the outcome goes; the host kept the wizard on screen.
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel"]')!.click();
      await settle(el);
      expect(result(el).dataset.testState, 'outcome cleared by Cancel').to.equal(undefined);
      await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
      testButton(el).click();
      await waitUntil(() => result(el).dataset.testState === 'ok', 'the second test answers ok', { timeout: 5000 });
    } finally {
      // The first test is answered only now, after the second.
      await api.releaseIfHeld();
    }
    await api.answered();
    await arrived();
    await settle(el);
    expect(result(el).dataset.testState, 'still the second test s outcome once the first would have answered').to.equal('ok');
  });

describe('a test stopped by the next one', () => {
  it('after Cancel during a slow test, a second test shows its own outcome', cancelThenTestAgain);

  it('the same when the first test leaves the page late, as on a busy machine', () => withLateDispatch('/connectors/test', cancelThenTestAgain));
});

describe('a test stopped by the removal of the element', () => {
  it('removed during a test and put back: the live region no longer says the connection is being tested, nor does the step', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, testEndpoint: api.testEndpoint });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    await api.faults({ kind: 'slow', held: true });
    testButton(el).click();
    const live = () => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
    try {
      await waitUntil(() => result(el).dataset.testState === 'testing', 'the test running', { timeout: 5000 });
      await api.waitHeld();
      expect(live(), 'said as it starts').to.equal('Testing the connection…');
      const parent = el.parentNode!;
      el.remove();
      // Removed for good (past the task in which a move puts it back): the test is stopped, its request given up.
      await api.waitGivenUp();
      parent.appendChild(el);
      await settle(el);
      expect(result(el).dataset.testState, 'no test shown as running').to.equal(undefined);
      expect(live(), 'nothing is being tested any more').to.equal('');
    } finally {
      await api.releaseIfHeld();
    }
  });
});
