/**
 * The test server's module fault (web-test-runner.config.mjs): requests under `prefix` fail
 * (`fail=1`, or `fail=html` for a page that is not the file) or are held (`delay=<ms>`); `''`
 * clears the fault and keeps counting. It imports nothing, so a test can arm it before it
 * imports anything the fault holds back.
 */
export const moduleFault =
  (prefix: string) =>
  (query = ''): Promise<Response> =>
    fetch(`/__faults/module?prefix=${encodeURIComponent(prefix)}&${query}`, { method: 'POST' });

/** Requests under the armed prefix since it was last set. */
export const moduleFaultHits = async (): Promise<number> => ((await (await fetch('/__faults/module')).json()) as { hits: number }).hits;
