const RealDate = Date;

/**
 * A clock a test sets, from `at` (an ISO time): until `restore()`, `new Date()` and `Date.now()`
 * give its time; every other use of Date is the real one. Call `restore()` in a `finally`.
 */
export function fakeClock(at: string) {
  let now = RealDate.parse(at);
  class FakeDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now);
      else super(...(args as [number]));
    }
    static override now() {
      return now;
    }
  }
  (globalThis as { Date: DateConstructor }).Date = FakeDate as DateConstructor;
  return {
    set(iso: string) {
      now = RealDate.parse(iso);
    },
    restore() {
      (globalThis as { Date: DateConstructor }).Date = RealDate;
    },
  };
}
