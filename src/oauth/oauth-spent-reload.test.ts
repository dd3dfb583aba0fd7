/** A reload in a tab whose storage refused to remove a spent popup sign-in: the first step comes without the later code. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { currentStepId } from '../test/fixtures.js';
import { moduleFault, moduleFaultHits } from '../test/module-fault.js';
import { framedWizard } from '../test/oauth-fixtures.js';

const OPEN = 'connector-wizard:oauth-open:';
/** The later code, as the frame's page asks the test server for it. */
const LATER = '/src/wizard/later.';

/**
 * A page of a wizard of its own `draft-id`, with no system preset (its first step, System, needs no later code; the
 * wizard fetches it ahead once that step is on screen, when idle), opened with `kept` left for its sign-in and its idle
 * callbacks held: whether the later code was asked for while its fetch ahead could not run, as the test server counted.
 * Then, the idle callbacks run, that it was asked for (ahead, at the latest).
 */
async function laterAskedFirst(kept: (id: string) => string, { asked }: { asked: boolean }): Promise<void> {
  const id = `spent-${crypto.randomUUID()}`;
  sessionStorage.setItem(OPEN + id, kept(id));
  await executeServerCommand('clear-browser-cache');
  await moduleFault(LATER)();
  const frame = document.createElement('iframe');
  frame.src = `/src/test/oauth-frame.html?no-system&hold-idle&draft-id=${id}`;
  document.body.append(frame);
  try {
    const el = await framedWizard(frame);
    expect(currentStepId(el), 'the first step').to.equal('system');
    // Nothing but the sign-in taken up asks for it before the fetch ahead: once asked, the server counts it.
    if (asked) await waitUntil(async () => (await moduleFaultHits()) > 0, 'the later code asked for before its fetch ahead', { timeout: 8000 });
    else expect(await moduleFaultHits(), 'asked for before its fetch ahead').to.equal(0);
    (frame.contentWindow as Window & { runIdle(): void }).runIdle();
    await waitUntil(async () => (await moduleFaultHits()) > 0, 'the later code fetched (ahead, at the latest)', { timeout: 8000 });
  } finally {
    frame.remove();
    sessionStorage.removeItem(OPEN + id);
    await moduleFault('')();
  }
}

describe('OAuth: a spent popup sign-in written over where storage refused to remove it', () => {
  it('a reload asks for the later code only with its fetch ahead, once the first step shows', async () => {
    // What spend() writes where sessionStorage refuses removeItem.
    await laterAskedFirst(() => 'null', { asked: false });
  });

  it('a sign-in still under way still has the later code asked for before its fetch ahead, to take it up', async () => {
    const open = (id: string) =>
      JSON.stringify({
        request: { startUrl: '/api/oauth/start', timeoutMs: 30_000, system: 'xero', authType: 'oauth', draftId: id, key: id },
        state: 'F'.repeat(43),
        at: Date.now(),
      });
    await laterAskedFirst(open, { asked: true });
  });
});
