import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { advanceTo, fillStep, freshApi, GROUPS, inStep, wizardFixture } from './test/fixtures.js';

/** Runs `check` with Chromium emulating forced colors (Windows high contrast), and turns them off again. */
async function inForcedColors(check: () => Promise<void>) {
  await executeServerCommand('forced-colors', { value: 'active' });
  try {
    await waitUntil(() => matchMedia('(forced-colors: active)').matches, 'forced colors on');
    await check();
  } finally {
    await executeServerCommand('forced-colors', { value: 'none' });
  }
}

describe('review a11y: buttons that wait look unusable inside the steps too', () => {
  it('the Change buttons on Review look unusable while the create is sent, as Back does (forced colors ignore opacity)', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    await advanceTo(el, 'review');
    const change = () => inStep<HTMLButtonElement>(el, '[part~="change"]')!;
    await inForcedColors(async () => {
      const usable = getComputedStyle(change()).color;
      await api.faults({ kind: 'slow', method: 'POST', delayMs: 1000 });
      const done = el.submit();
      await waitUntil(() => change().getAttribute('aria-disabled') === 'true', 'sending');
      expect(getComputedStyle(change()).color, 'Change while sending').to.not.equal(usable);
      await done;
    });
  });

  it('Test connection looks unusable while its test runs, in forced colors too', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, testEndpoint: api.testEndpoint });
    await advanceTo(el, 'credentials');
    await fillStep.credentials(el);
    const test = () => inStep<HTMLButtonElement>(el, '[part~="test"]')!;
    await inForcedColors(async () => {
      const usable = getComputedStyle(test()).color;
      await api.faults({ kind: 'slow', delayMs: 1000 });
      test().click();
      await waitUntil(() => test().getAttribute('aria-disabled') === 'true', 'testing');
      expect(getComputedStyle(test()).color, 'Test connection while testing').to.not.equal(usable);
      await waitUntil(() => test().getAttribute('aria-disabled') !== 'true', 'tested', { timeout: 5000 });
    });
  });
});
