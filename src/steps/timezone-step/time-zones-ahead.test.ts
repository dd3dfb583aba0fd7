/** The time zone list is built in idle time once its step shows, so its first opening in a language builds nothing. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../test/wait.js';
import { advanceTo, inStep, settle, wizardFixture } from '../../test/fixtures.js';
import { zonesBuilt } from './time-zones.js';

/** Counts the formatters made with a zone name or offset (the list's own), while `during` runs. */
async function zoneFormattersDuring(during: () => Promise<void>): Promise<number> {
  const Real = Intl.DateTimeFormat;
  let made = 0;
  const Counting = function (this: unknown, locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    if (options?.timeZoneName) made++;
    return new Real(locales, options);
  } as unknown as typeof Intl.DateTimeFormat;
  Object.assign(Counting, { supportedLocalesOf: Real.supportedLocalesOf });
  Intl.DateTimeFormat = Counting;
  try {
    await during();
  } finally {
    Intl.DateTimeFormat = Real;
  }
  return made;
}

/** Idle callbacks the page has run: the build ahead gets every one of them. */
const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve()));

describe('time zone list built ahead', () => {
  it('is not built before its step shows, is built in idle time once it does, and its first opening then builds no formatter', async () => {
    const el = await wizardFixture({ system: 'shopify' });
    el.setAttribute('lang', 'fr');
    await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('lang') === 'fr', 'French arrives', { timeout: 5000 });
    await advanceTo(el, 'general');
    for (let i = 0; i < 5; i++) await idle();
    expect(zonesBuilt('fr'), 'not before the time zone step').to.equal(false);
    await advanceTo(el, 'timezone');
    await waitUntil(() => zonesBuilt('fr'), 'built in idle time', { timeout: 8000 });
    const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
    const made = await zoneFormattersDuring(async () => {
      input.click();
      await settle(el);
    });
    expect(inStep(el, '[role="listbox"]')?.querySelectorAll('[role="option"]').length, 'the list is open').to.be.greaterThan(10);
    expect(made, 'formatters made by the first opening').to.equal(0);
  });

  it('a language chosen on the step gets its own list built ahead', async () => {
    const el = await wizardFixture({ system: 'shopify' });
    await advanceTo(el, 'timezone');
    expect(zonesBuilt('es')).to.equal(false);
    el.setAttribute('lang', 'es');
    await waitUntil(() => zonesBuilt('es'), 'built in idle time', { timeout: 8000 });
  });
});
