/**
 * The test server's module fault (web-test-runner.config.mjs): requests under `prefix` fail
 * (`fail=1`, or `fail=html` for a page that is not the file) or are held (`delay=<ms>`, or
 * `held=1` until `releaseModules`); `''`
 * clears the fault and keeps counting. It imports nothing, so a test can arm it before it
 * imports anything the fault holds back.
 */
export const moduleFault =
  (prefix: string) =>
  (query = ''): Promise<Response> =>
    fetch(`/__faults/module?prefix=${encodeURIComponent(prefix)}&${query}`, { method: 'POST' });

/** Requests under the armed prefix since it was last set. */
export const moduleFaultHits = async (): Promise<number> => ((await (await fetch('/__faults/module')).json()) as { hits: number }).hits;

/** Answers the module requests a `held=1` fault holds, once one has come (waiting for it, up to 5 s). */
export async function releaseModules(): Promise<void> {
  for (const started = performance.now(); performance.now() - started < 5000; await new Promise((r) => setTimeout(r, 20))) {
    const r = await fetch('/__faults/module/release', { method: 'POST' });
    if (((await r.json()) as { released: number }).released > 0) return;
  }
  throw new Error('releaseModules: no module request was held');
}
