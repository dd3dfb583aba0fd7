/** A reload in a tab whose storage refused to remove a spent popup sign-in: the first step comes without the later code. */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { currentStepId } from '../test/fixtures.js';
import { framedWizard } from '../test/oauth-fixtures.js';

const OPEN = 'connector-wizard:oauth-open:';

/**
 * A page of a wizard of its own `draft-id`, with no system preset (its first step, System, needs no later code; the
 * wizard fetches it ahead once that step is on screen), opened with `kept` left for its sign-in: how long before the
 * first step showed the later code was asked for (negative: after it).
 */
async function laterAskedAheadBy(kept: (id: string) => string): Promise<number> {
  const id = `spent-${crypto.randomUUID()}`;
  sessionStorage.setItem(OPEN + id, kept(id));
  await executeServerCommand('clear-browser-cache');
  const frame = document.createElement('iframe');
  frame.src = `/src/test/oauth-frame.html?no-system&draft-id=${id}`;
  document.body.append(frame);
  try {
    // Looked for at each frame the page draws, before the wizard's own idle fetch ahead can start.
    const shownAt = await new Promise<number>((resolve) => {
      const look = () =>
        frame.contentDocument?.querySelector('connector-wizard')?.shadowRoot?.querySelector('[data-step]')
          ? resolve(frame.contentWindow!.performance.now())
          : requestAnimationFrame(look);
      requestAnimationFrame(look);
    });
    const el = await framedWizard(frame);
    expect(currentStepId(el), 'the first step').to.equal('system');
    const later = () => frame.contentWindow!.performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/src/wizard/later.'));
    await waitUntil(() => later().length, 'the later code fetched (ahead, at the latest)', { timeout: 8000 });
    return shownAt - Math.min(...later().map((entry) => entry.startTime));
  } finally {
    frame.remove();
    sessionStorage.removeItem(OPEN + id);
  }
}

describe('OAuth: a spent popup sign-in written over where storage refused to remove it', () => {
  it('a reload asks for the later code only once the first step shows', async () => {
    // What spend() writes where sessionStorage refuses removeItem.
    expect(await laterAskedAheadBy(() => 'null'), 'asked before the first step showed by (ms)').to.be.below(0);
  });

  it('a sign-in still under way still has the later code asked for before the first step shows, to take it up', async () => {
    const open = (id: string) =>
      JSON.stringify({
        request: { startUrl: '/api/oauth/start', timeoutMs: 30_000, system: 'xero', authType: 'oauth', draftId: id, key: id },
        state: 'F'.repeat(43),
        at: Date.now(),
      });
    expect(await laterAskedAheadBy(open), 'asked before the first step showed by (ms)').to.be.above(0);
  });
});
