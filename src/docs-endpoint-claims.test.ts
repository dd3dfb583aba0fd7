/**
 * docs/endpoint-protocol.md, "Retries" and "Answers from the server", status by status against
 * the test server's faults: "network errors, timeouts, 408, 429 and 5xx (a proxy's 520 to 524
 * included) but 501 and 505 ... Other 4xx are never retried", and a refusal that is no passing
 * problem is said as such, "a conflict or a lock, 409, 423 or 425, aside, which may pass".
 */
import { expect } from '@open-wc/testing';
import { EDITED, editing } from './test/edit-fixtures.js';
import { advanceTo, freshApi, GROUPS, settle, type, wizardFixture } from './test/fixtures.js';

/** One create at a fresh namespace whose first POST answers `status`: the statuses the POSTs got, whether it was created, and what the person was told. */
async function createAnswered(status: number) {
  const api = freshApi();
  const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
  el.retryPolicy = { attempts: 2, baseDelayMs: 20, maxDelayMs: 50 };
  let created = 0;
  el.addEventListener('connector-created', () => created++);
  await advanceTo(el, 'review');
  await api.faults({ kind: 'status', status, method: 'POST' });
  await el.submit();
  await settle(el);
  const posts = (await api.log()).filter((entry) => entry.method === 'POST').map((entry) => entry.status);
  const said = el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent ?? '';
  return { posts, created, said };
}

/** How a refusal is said: as one that passes ("try again in a moment"), or one no retry mends ("will not help"). */
const passing = (said: string) => (said.includes('try again in a moment') ? 'passing' : said.includes('will not help') ? 'final' : `neither: ${said}`);

describe('docs: the endpoint protocol, status by status', () => {
  for (const status of [408, 429, 500, 502, 503, 504, 507, 520, 521, 522, 523, 524])
    it(`retries a ${status} with the same create, which then is made once`, async () => {
      const { posts, created } = await createAnswered(status);
      expect({ posts, created }).to.deep.equal({ posts: [status, 201], created: 1 });
    });

  for (const status of [400, 403, 404, 405, 409, 415, 422, 423, 425, 501, 505])
    it(`never retries a ${status}`, async () => {
      const { posts, created } = await createAnswered(status);
      expect({ posts, created }).to.deep.equal({ posts: [status], created: 0 });
    });

  it('says a 400, 415, 501 or 505 will not pass, and a 423 or 425 (a lock) as one that may', async function () {
    this.timeout(20000);
    const told: Record<number, string> = {};
    for (const status of [400, 415, 501, 505, 423, 425]) told[status] = passing((await createAnswered(status)).said);
    expect(told).to.deep.equal({ 400: 'final', 415: 'final', 501: 'final', 505: 'final', 423: 'passing', 425: 'passing' });
  });

  // No 408 here: Chromium sends a request again by itself after a 408 on a reused connection, so the server's next answer is the one read.
  it('says an edit whose every try got a 429 (or a 503) as one that may pass, and a 400 or 501 as one that will not', async function () {
    this.timeout(20000);
    const told: Record<number, string> = {};
    for (const status of [429, 503, 400, 501]) {
      const api = freshApi();
      const { el, updated } = await editing(EDITED, api.endpoint);
      el.retryPolicy = { attempts: 1 };
      await type(el, '#field-name', 'Shop renamed');
      await api.faults({ kind: 'status', status, method: 'PATCH' });
      expect(await el.submit(), `${status}: not saved`).to.equal(false);
      await settle(el);
      expect(updated, `${status}: no connector-updated`).to.have.length(0);
      told[status] = passing(el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent ?? '');
    }
    expect(told).to.deep.equal({ 429: 'passing', 503: 'passing', 400: 'final', 501: 'final' });
  });
});
