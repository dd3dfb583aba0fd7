import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';

/** The delays waitUntil hands to setTimeout while `run` starts it (the first is how long it waits at most). */
async function delaysOf(run: () => Promise<void>): Promise<number[]> {
  const real = window.setTimeout;
  const delays: number[] = [];
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    delays.push(delay ?? 0);
    return real(handler, delay, ...args);
  }) as typeof window.setTimeout;
  try {
    await run();
  } finally {
    window.setTimeout = real;
  }
  return delays;
}

describe('waitUntil', () => {
  it('gives up after 5 s when told nothing, or only an interval, or a timeout left undefined', async () => {
    const timeout: number | undefined = undefined;
    expect((await delaysOf(() => waitUntil(() => true)))[0], 'no options').to.equal(5_000);
    expect((await delaysOf(() => waitUntil(() => true, 'ready', { interval: 10 })))[0], 'an interval only').to.equal(5_000);
    expect((await delaysOf(() => waitUntil(() => true, 'ready', { interval: 10, timeout })))[0], 'a timeout passed on undefined').to.equal(5_000);
  });

  it('waits as long as it is told', async () => {
    expect((await delaysOf(() => waitUntil(() => true, 'ready', { timeout: 8_000 })))[0]).to.equal(8_000);
  });
});
