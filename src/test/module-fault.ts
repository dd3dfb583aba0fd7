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

type FaultCount = { hits: number; held: number; prefix: string };
const counted = async (): Promise<FaultCount> => (await (await fetch('/__faults/module')).json()) as FaultCount;

/** Requests under the armed prefix since it was last set. */
export const moduleFaultHits = async (): Promise<number> => (await counted()).hits;

/**
 * Answers the module requests a `held=1` fault holds now, and resolves to how many it answered
 * (0 when none had come). It never waits and never throws, so in a `finally` it cannot hide the
 * test's own failure; a test that needs the held file to come uses `releaseHeldModule`.
 */
export async function releaseModules(): Promise<number> {
  const r = await fetch('/__faults/module/release', { method: 'POST' });
  return ((await r.json()) as { released: number }).released;
}

/** Waits until the test server holds a request of the armed `held=1` fault (the code has asked for the file), up to 5 s; fails saying what came under the prefix when nothing is held. */
export async function waitModuleHeld(): Promise<void> {
  let seen: FaultCount = { hits: 0, held: 0, prefix: '' };
  for (const started = performance.now(); !(seen = await counted()).held; await new Promise((r) => setTimeout(r, 20)))
    if (performance.now() - started > 5000) throw new Error(`waitModuleHeld: no request under ${seen.prefix || '(no prefix armed)'} held after 5 s (${seen.hits} came)`);
}

/** Once the test server holds a request of the armed `held=1` fault (see waitModuleHeld), answers it: resolves to how many it answered. */
export async function releaseHeldModule(): Promise<number> {
  await waitModuleHeld();
  return releaseModules();
}
