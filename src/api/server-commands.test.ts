/**
 * The test-server commands of demo/api/test-server-commands.mjs side by side: a command still at
 * work (answered `{ pending }`) while others come keeps what is its own.
 */
import { expect } from '@open-wc/testing';
import { serverCommand } from '../test/server-command.js';

type Started = { started: true; id: string; url: string } | { started: false; error: string };

describe('test-server commands side by side', function () {
  this.timeout(60_000);

  it('a start that fails says its own reason even when other commands fail while it is at work', async () => {
    let done = false;
    const starting = serverCommand<Started>('reference-api-instance', { database: 'pglite', staleLock: 'other-host' }).finally(() => (done = true));
    // Other commands while the start is at work: stops of no instance, each failing at once.
    while (!done) await serverCommand('reference-api-instance-stop', { id: 'none' }).catch(() => undefined);
    const started = await starting;
    if (started.started) await serverCommand('reference-api-instance-stop', { id: started.id });
    expect(started.started, 'the start failed').to.equal(false);
    expect((started as { error?: string }).error, 'the reason the start failed').to.contain('on other-host');
  });

  it('gives up asking after its timeout, naming the command, and the work still ends on the server', async () => {
    // 8 s of injected slowness: past the 5 s after which the command answers pending, and past the 1 s timeout.
    const gaveUp = await serverCommand('vite-dev-start', { delayMs: 8000 }, { timeout: 1000 }).then(
      () => undefined,
      (error: Error) => error,
    );
    // The stop waits for the start still at work on the server, then stops what it started.
    const stopped = await serverCommand<{ stopped: boolean; waitedForStart?: boolean }>('vite-dev-stop');
    expect(gaveUp?.message).to.match(/^serverCommand: vite-dev-start was still at work after 1 s/);
    expect(stopped).to.include({ stopped: true, waitedForStart: true });
  });
});
