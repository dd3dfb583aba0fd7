/**
 * A test-server command that may take longer than the 20 s the runner waits for an answer
 * (starting Node, Vite or PGlite on a loaded machine). The commands of
 * demo/api/test-server-commands.mjs answer within a few seconds: with their result, or with
 * `{ pending: id }` while the work goes on; this asks again with `server-command-result` until
 * the work has ended, and gives its result (or throws its error). It gives up after `timeout`
 * (2 minutes unless given, more than any test here allows itself), so a test that mocha has
 * already failed does not go on asking.
 */
import { executeServerCommand } from '@web/test-runner-commands';

type Pending = { pending: string };
const isPending = (answer: unknown): answer is Pending =>
  typeof answer === 'object' && answer !== null && typeof (answer as Partial<Pending>).pending === 'string' && Object.keys(answer).length === 1;

export async function serverCommand<T>(name: string, payload?: unknown, { timeout = 120_000 }: { timeout?: number } = {}): Promise<T> {
  const deadline = performance.now() + timeout;
  let answer = await executeServerCommand<unknown, unknown>(name, payload);
  while (isPending(answer)) {
    if (performance.now() >= deadline) throw new Error(`serverCommand: ${name} was still at work after ${timeout / 1000} s (pending as ${answer.pending}); gave up asking`);
    answer = await executeServerCommand<unknown, unknown>('server-command-result', { pending: answer.pending });
  }
  return answer as T;
}
