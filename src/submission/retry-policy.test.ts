import { expect } from '@open-wc/testing';
import { backoffDelay, DEFAULT_RETRY_POLICY, isRetryableStatus, parseRetryAfter } from './retry-policy.js';
import { configUrl, endpointUrl } from '../config/url-policy.js';
import { placeProblem, stepForPointer } from './server-feedback.js';
import { STEP_IDS } from '../schemas/wizard-data.js';

describe('retry policy', () => {
  it('retries only network-ish statuses', () => {
    expect([408, 429, 500, 502, 503, 504, 507, 520, 522, 524, 599].every(isRetryableStatus)).to.equal(true);
    expect([400, 401, 403, 404, 409, 422, 501, 505].some(isRetryableStatus)).to.equal(false);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-11-27T10:00:00Z');
    expect(parseRetryAfter('120', now)).to.equal(120_000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 10:00:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 09:00:00 GMT', now)).to.equal(0);
    // The two older forms a recipient must read too (RFC 9110): RFC 850 and asctime, both in GMT.
    expect(parseRetryAfter('Friday, 27-Nov-26 10:00:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Fri Nov 27 10:01:00 2026', now)).to.equal(60_000);
    expect(parseRetryAfter('Sun Nov  6 08:49:37 1994', now)).to.equal(0);
    expect(parseRetryAfter('Sunday, 06-Nov-94 08:49:37 GMT', now), 'a two-digit year 50 years ahead is the last century').to.equal(0);
    expect(parseRetryAfter('Fri, 27 Xyz 2026 10:00:30 GMT', now), 'no such month').to.equal(undefined);
    expect(parseRetryAfter('1.5', now)).to.equal(undefined);
    expect(parseRetryAfter('Fri, 27 Nov 2026 25:00:30 GMT', now), 'hour 25').to.equal(undefined);
    expect(parseRetryAfter('Fri, 27 Nov 2026 10:60:30 GMT', now), 'minute 60').to.equal(undefined);
    expect(parseRetryAfter('Mon, 31 Feb 2027 10:00:00 GMT', now), 'no 31 February').to.equal(undefined);
    expect(parseRetryAfter('-1', now)).to.equal(undefined);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
    // Delta-seconds too large to hold count as 2^31 (RFC 9111), never Infinity.
    expect(parseRetryAfter('9'.repeat(400), now)).to.equal(2 ** 31 * 1000);
  });

  it('a wait asked for is said in the largest unit it fills, rounded up, in every language; past a year as a long time', async () => {
    const { loadMessages } = await import('../messages/locale.js');
    const { en } = await import('../messages/english.js');
    const said = (m: typeof en) => [45, 90, 3600, 172_800, 2 ** 31].map((s) => m.serverBusy(s));
    expect(said(en).map((text) => /wait (.*?)\./u.exec(text)![1])).to.deep.equal(['45 seconds', '2 minutes', '1 hour', '2 days', 'a long time']);
    for (const lang of ['de', 'es', 'fr', 'nl', 'ar']) {
      const texts = said((await loadMessages(lang))!);
      expect(
        texts.filter((text) => /\d{3}|∞/u.test(text)),
        lang,
      ).to.deep.equal([]);
      expect(new Set(texts).size, `${lang}: each wait said in its own words`).to.equal(5);
    }
    expect(said((await loadMessages('de'))!)[3]).to.contain('2 Tage');
  });

  it('backs off exponentially with jitter, capped', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffDelay(1, policy, () => 0)).to.equal(50);
    expect(backoffDelay(1, policy, () => 1)).to.equal(100);
    expect(backoffDelay(3, policy, () => 1)).to.equal(400);
    expect(backoffDelay(10, policy, () => 1)).to.equal(1000);
    expect(backoffDelay(10, policy, () => 0)).to.equal(500);
  });
});

describe('endpoint URLs', () => {
  it('accepts https, local http and same-origin paths only', () => {
    expect(endpointUrl('https://api.example.com/connectors').ok).to.equal(true);
    expect(endpointUrl('http://localhost:3000/c').ok).to.equal(true);
    expect(endpointUrl('http://127.0.0.2/c').ok).to.equal(true);
    expect(endpointUrl('http://[::1]/c').ok).to.equal(true);
    expect(endpointUrl('/api/connectors').ok, 'same-origin').to.equal(true);
    expect(endpointUrl('http://example.com/c').ok).to.equal(false);
    expect(endpointUrl('https://u:p@example.com/c').ok).to.equal(false);
    expect(endpointUrl('data:text/plain,x').ok).to.equal(false);
    expect(endpointUrl(undefined).ok).to.equal(false);
  });

  it('is the one policy for every configured URL: same-origin and loopback http on any port, naming the attribute when it refuses', () => {
    expect(configUrl('oauth-start-url', `http://127.0.0.1:${Number(location.port) + 1}/oauth/start`).ok).to.equal(true);
    expect(configUrl('oauth-result-url', '/api/oauth/result')).to.deep.equal({ ok: true, url: `${location.origin}/api/oauth/result` });
    const refused = configUrl('oauth-start-url', 'http://example.com/oauth/start');
    expect(refused.ok).to.equal(false);
    expect(!refused.ok && refused.reason).to.match(/^oauth-start-url must be https:.*not http:\/\/example\.com$/u);
    expect(!refused.ok && configUrl('oauth-result-url', 'javascript:alert(1)').ok).to.equal(false);
  });

  it('an endpoint or test-endpoint of control characters alone is refused as white space: credentials would be posted to the page itself', () => {
    expect(configUrl('endpoint', '\u0001')).to.deep.equal({ ok: false, reason: 'endpoint is only white space or control characters' });
    expect(configUrl('test-endpoint', ' \u0000\u0010')).to.deep.equal({ ok: false, reason: 'test-endpoint is only white space or control characters' });
  });

  it('in a sandboxed frame, whose origin is opaque ("null"), a data: or javascript: URL is not taken as same-origin', async () => {
    // The module runs in the frame, as on the page of an integrator who sandboxes the wizard; the frame says what it saw.
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    const seen = new Promise<Record<string, unknown>>((resolve) => {
      addEventListener('message', function told(event) {
        if (event.source !== frame.contentWindow) return;
        removeEventListener('message', told);
        resolve(event.data);
      });
    });
    const policy = new URL('../config/url-policy.ts', import.meta.url).href; // the source, as the test server serves it (a .js name resolves only from a module that imports it)
    frame.srcdoc = `<!doctype html><script type="module">
const said = { origin: location.origin };
try {
  const { configUrl } = await import(${JSON.stringify(policy)});
  said.https = configUrl('endpoint', 'https://api.example.com/connectors').ok;
  said.data = configUrl('endpoint', 'data:application/json,{}').ok;
  said.javascript = configUrl('oauth-start-url', 'javascript:parent.__pwned=1').ok;
  said.blank = configUrl('oauth-result-url', 'about:blank').ok;
} catch (error) { said.error = String(error); }
parent.postMessage(said, '*');
</script>`;
    document.body.append(frame);
    try {
      expect(await seen).to.deep.equal({ origin: 'null', https: true, data: false, javascript: false, blank: false });
    } finally {
      frame.remove();
    }
  });
});

describe('server feedback placement', () => {
  it('maps pointers to steps', () => {
    expect(stepForPointer('/credentials/accessToken', STEP_IDS)).to.equal('credentials');
    expect(stepForPointer('/timeZone', STEP_IDS)).to.equal('timezone');
    expect(
      stepForPointer(
        '/system',
        STEP_IDS.filter((s) => s !== 'system'),
      ),
    ).to.equal(undefined);
    expect(stepForPointer('/nope', STEP_IDS)).to.equal(undefined);
    // Each member of the payload, nested or not; a name an object has of its own (`__proto__`, `constructor`) and no pointer name none.
    const steps = ['/name', '/group', '/environment', '/dateFormat', '/authType', '/credentials', '/credentials/x/y', '/system/id'].map((p) => stepForPointer(p, STEP_IDS));
    expect(steps).to.deep.equal(['general', 'general', 'general', 'timezone', 'auth', 'credentials', 'credentials', 'system']);
    expect(['/__proto__', '/constructor', '/toString', '/hasOwnProperty', '', '/', 'name', '/Name'].map((p) => stepForPointer(p, STEP_IDS))).to.deep.equal(
      Array(8).fill(undefined),
    );
  });

  it('goes to the earliest step and keeps unplaceable errors', () => {
    const placed = placeProblem(
      {
        errors: [
          { pointer: '/credentials/a', detail: 'A' },
          { pointer: '/dateFormat', detail: 'D' },
          { pointer: '/x', detail: 'X' },
        ],
      },
      STEP_IDS,
      'review',
    );
    expect(placed).to.deep.equal({ step: 'timezone', feedback: { '/dateFormat': 'D', '/x': 'X' } });
    expect(placeProblem({ errors: [], detail: 'Only a detail' }, STEP_IDS, 'review')).to.deep.equal({ step: 'review', feedback: { '': 'Only a detail' } });
  });
});
