import { expect } from '@open-wc/testing';
import { advanceTo, allInStep, inStep, settle, wizardFixture } from './test/fixtures.js';

describe('review dates', () => {
  it('another spelling of a listed zone typed in full (US/Eastern, Etc/UTC, Europe/Uzhgorod) lists the zone Enter takes, never "No time zone matches"', async () => {
    const el = await wizardFixture({ system: 'shopify' });
    await advanceTo(el, 'timezone');
    const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
    const found: Record<string, unknown> = {};
    for (const typed of ['US/Eastern', 'Etc/UTC', 'Europe/Uzhgorod']) {
      input.focus();
      input.value = typed;
      input.dispatchEvent(new Event('input'));
      await settle(el);
      found[typed] = {
        listed: allInStep(el, '[role="option"]').map((o) => o.firstElementChild!.textContent),
        said: inStep(el, '.no-match')!.textContent!.trim(),
        highlighted: inStep(el, '[role="option"].active')?.firstElementChild!.textContent,
      };
    }
    expect(found).to.deep.equal({
      'US/Eastern': { listed: ['America/New York'], said: '1 time zone.', highlighted: 'America/New York' },
      'Etc/UTC': { listed: ['UTC'], said: '1 time zone.', highlighted: 'UTC' },
      'Europe/Uzhgorod': { listed: ['Europe/Kyiv'], said: '1 time zone.', highlighted: 'Europe/Kyiv' },
    });
  });
});
