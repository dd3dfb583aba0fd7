import { expect } from '@open-wc/testing';
import { advanceTo, allInStep, inStep, settle, type, wizardFixture } from './test/fixtures.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';

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

const optionOffset = (el: ConnectorWizard, zone: string) =>
  allInStep(el, '[role="option"]')
    .find((o) => o.firstElementChild!.textContent === zone)
    ?.querySelector('.offset')?.textContent;

describe('review dates', () => {
  it('the zone list opened after a daylight saving change gives the offsets of the moment its step opened, as the line under the box does', async () => {
    fake.now = RealDate.parse('2026-03-29T00:50:00Z'); // London: GMT until 01:00 UTC, then BST
    (globalThis as { Date: DateConstructor }).Date = FakeDate as DateConstructor;
    try {
      const first = await wizardFixture({ system: 'shopify' });
      await advanceTo(first, 'timezone');
      inStep<HTMLInputElement>(first, '#field-timeZone')!.click();
      await settle(first);
      expect(optionOffset(first, 'Europe/London'), 'before the change').to.equal('GMT+00:00');
      first.remove();
      fake.now = RealDate.parse('2026-03-29T01:20:00Z');
      const el = await wizardFixture({ system: 'shopify' });
      await advanceTo(el, 'timezone');
      const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
      input.click();
      await settle(el);
      expect(optionOffset(el, 'Europe/London'), 'Europe/London in the list, after the change').to.equal('GMT+01:00');
      await type(el, '#field-timeZone', '+1');
      await settle(el);
      const listed = allInStep(el, '[role="option"]').map((o) => o.firstElementChild!.textContent);
      expect(listed, '+1 finds London, at +01:00 now').to.include('Europe/London');
    } finally {
      (globalThis as { Date: DateConstructor }).Date = RealDate;
    }
  });
});
