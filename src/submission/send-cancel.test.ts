/**
 * A request stopped between its tries, against the real test server: a cancel in the gap between
 * two attempts (as a retry is announced, as its attempt starts, or during its wait) sends nothing
 * more, waits no more, and is never said as an attempt that may have gone out; and a request's
 * waits in turn leave no listener behind on its signal.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { advanceTo, freshApi, GROUPS, settle, shopifyPayload, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import type { EditableConnector } from '../wizard/connector-wizard.js';
import { createConnector } from './connector-client.js';
import { DEFAULT_RETRY_POLICY } from './retry-policy.js';
import { send } from './send-request.js';

type Api = ReturnType<typeof freshApi>;
const posts = async (api: Api) => (await api.log()).filter((e) => e.method === 'POST');

/** A create whose first attempt is answered 503 with `Retry-After: 1`, cancelled from its `onRetry` when `stopAt` says so: what it returns, and every `onRetry` call. */
async function cancelledFromOnRetry(api: Api, stopAt: (attempt: number, delayMs: number) => boolean) {
  await api.faults({ kind: 'status', status: 503, retryAfter: '1' });
  const stop = new AbortController();
  const told: [number, number][] = [];
  const result = await createConnector(api.endpoint, shopifyPayload() as never, crypto.randomUUID(), {
    signal: stop.signal,
    timeoutMs: 10_000,
    onRetry: (attempt, delayMs) => {
      told.push([attempt, delayMs]);
      if (stopAt(attempt, delayMs)) stop.abort();
    },
  });
  return { result, told };
}

describe('a request stopped between its tries', function () {
  this.timeout(30_000);

  it('a cancel as a retry is announced neither waits its Retry-After nor starts that attempt, and nothing is said to have gone out unanswered', async () => {
    const api = freshApi();
    const { result, told } = await cancelledFromOnRetry(api, (_, delayMs) => delayMs > 0);
    expect(told, 'the attempt after the wait never starts').to.deep.equal([[2, 1000]]);
    expect(result, 'the only attempt was answered').to.deep.equal({ kind: 'aborted', unanswered: false });
    expect(await posts(api), 'one request reached the server').to.have.length(1);
  });

  it('a cancel as the next attempt starts sends nothing, so that attempt is not said as one that may have gone out', async () => {
    const api = freshApi();
    const { result, told } = await cancelledFromOnRetry(api, (_, delayMs) => delayMs === 0);
    expect(told).to.deep.equal([
      [2, 1000],
      [2, 0],
    ]);
    expect(result, 'fetch was never asked: nothing went out').to.deep.equal({ kind: 'aborted', unanswered: false });
    expect(await posts(api), 'one request reached the server').to.have.length(1);
  });

  it('retries leave no abort listener on any signal the request used once it is answered (each attempt s own, of the caller s signal and its timeout, too)', async () => {
    const api = freshApi();
    await api.faults({ kind: 'status', status: 503, retryAfter: '0' }, { kind: 'status', status: 503, retryAfter: '0' });
    const stop = new AbortController();
    // Each attempt listens on a signal it makes (AbortSignal.any of the caller's and its timeout): those are kept to be counted too.
    const made: AbortSignal[] = [];
    const any = AbortSignal.any;
    AbortSignal.any = (signals: AbortSignal[]) => {
      const signal = any.call(AbortSignal, signals);
      made.push(signal);
      return signal;
    };
    const g = globalThis as Record<string, unknown>;
    try {
      const result = await send(
        api.endpoint,
        { method: 'GET', headers: { Accept: 'application/json' } },
        { signal: stop.signal, timeoutMs: 10_000, policy: DEFAULT_RETRY_POLICY, headers: async () => [] },
      );
      expect('response' in result && result.response.status, 'answered on the third attempt').to.equal(200);
      expect(
        (await api.log()).filter((e) => e.method === 'GET'),
        'three attempts',
      ).to.have.length(3);
      expect(made, 'one signal per attempt').to.have.length(3);
      const left: unknown[] = [];
      for (const signal of [stop.signal, ...made]) {
        g.__requestSignal = signal;
        left.push(await executeServerCommand('abort-listeners', { global: '__requestSignal' }));
      }
      expect(left, 'abort listeners left on the caller s signal, then on each attempt s').to.deep.equal([0, 0, 0, 0]);
    } finally {
      AbortSignal.any = any;
      delete g.__requestSignal;
    }
  });

  it('a wizard taken out of the page during a retry s wait sends no other attempt, and, put back, says nothing was left unsure', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase() });
    await advanceTo(el, 'review');
    await api.faults({ kind: 'status', status: 503, retryAfter: '30' });
    const progress = () => el.shadowRoot!.querySelector('[data-progress]')?.textContent?.trim();
    const done = el.submit();
    await waitUntil(() => progress() === 'Retrying in 30 seconds… (attempt 2 of 3)', `the wait said, not ${progress()}`, { timeout: 5000 });
    const parent = el.parentElement!;
    el.remove();
    expect(await done, 'stopped, not created').to.equal(false);
    parent.append(el);
    await settle(el);
    expect(await posts(api), 'no attempt after the wait').to.have.length(1);
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '', 'the one attempt was answered').to.not.contain('cannot tell whether');
    expect(el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent, 'nothing is being created').to.not.contain('Creating');
  });

  it('a wizard taken out of the page as Save changes is pressed sends no PATCH, as a create sends no POST', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shop live' }));
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase() });
    const updated: unknown[] = [];
    el.addEventListener('connector-updated', (e) => updated.push(e));
    el.connector = stored!;
    await settle(el);
    await el.goTo('general');
    await settle(el);
    await type(el, '#field-name', 'Shop renamed');
    await el.goTo('review');
    await settle(el);
    const done = el.submit();
    el.remove(); // The host closes its dialog while the save's key is still being made.
    expect(await done, 'not saved').to.equal(false);
    expect(updated, 'no connector-updated').to.have.length(0);
    expect(
      (await api.log()).filter((e) => e.method === 'PATCH'),
      'no PATCH sent',
    ).to.have.length(0);
    expect(
      (await api.connectors()).map((c) => c.name),
      'the connector as it was',
    ).to.deep.equal(['Shop live']);
  });
});
