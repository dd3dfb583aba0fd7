import { expect } from '@open-wc/testing';
import type { WizardErrorEvent } from './events/error-event.js';
import { advanceTo, choose, freshApi, GROUPS, pressContinue, settle, type, wizardFixture } from './test/fixtures.js';

/** Mintsoft, signed in with a user name and `password`, on Review; its connector-wizard-error messages collected. */
async function mintsoftOnReview(endpoint: string, password: string) {
  const el = await wizardFixture({ system: 'mintsoft', groups: GROUPS, endpoint, noDrafts: true });
  const errors: string[] = [];
  el.addEventListener('connector-wizard-error', (e) => errors.push((e as WizardErrorEvent).detail.message));
  await advanceTo(el, 'auth');
  await choose(el, '#auth-username-password');
  await pressContinue(el);
  await type(el, '#field-credentials-username', 'ops@example.com');
  await type(el, '#field-credentials-password', password);
  await pressContinue(el);
  await advanceTo(el, 'review');
  return { el, errors };
}

describe('review security: a secret an endpoint repeats URL-encoded by another writer', () => {
  const password = 'Pa55!w0rd/2026*(x)';
  for (const [writer, encoded] of [
    // urllib.parse.quote(password, safe=''): `!`, `*`, `(` and `)` as %XX, which encodeURIComponent leaves.
    ['Python', 'Pa55%21w0rd%2F2026%2A%28x%29'],
    // HttpUtility.UrlEncode: the hex digits in lower case.
    ['.NET', 'Pa55!w0rd%2f2026*(x)'],
  ] as const)
    it(`as ${writer} writes it in an upstream URL quoted in a title, is masked on screen and in the event`, async () => {
      const api = freshApi();
      const { el, errors } = await mintsoftOnReview(api.endpoint, password);
      const title = `Upstream https://api.example/Auth?UserName=ops%40example.com&Password=${encoded} refused the login`;
      await api.faults({ kind: 'status', method: 'POST', status: 400, type: 'application/problem+json', json: { type: '/problems/upstream', title } });
      const ok = await el.submit();
      expect(ok, JSON.stringify(await api.log())).to.equal(false);
      await settle(el);
      const shown = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
      expect(shown).to.contain('Password=••• refused the login');
      expect(shown + errors.join('\n')).to.not.contain(encoded);
    });
});

describe('review security: a secret holding a lone surrogate', () => {
  it('a create the endpoint answers is read: the person sees it made, and connector-created fires', async () => {
    const api = freshApi();
    const { el } = await mintsoftOnReview(api.endpoint, 'Pa55\ud800word');
    const created: unknown[] = [];
    el.addEventListener('connector-created', (e) => created.push((e as CustomEvent).detail));
    const made = await el.submit().catch((error: unknown) => String(error));
    await settle(el);
    expect(made).to.equal(true);
    expect(created).to.have.length(1);
    expect(el.currentStep).to.equal('done');
  });
});

describe('review security: a requestHeaders value an endpoint repeats', () => {
  it('a bearer token quoted in a refused create’s title is masked on screen and in the event, as a secret sent is', async () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.c2Vzc2lvbi00MjE3.Qm9yZWFsaXM';
    const api = freshApi();
    const { el, errors } = await mintsoftOnReview(api.endpoint, 'Pa55-w0rd-2026');
    el.requestHeaders = { Authorization: `Bearer ${token}` };
    const title = `Session token ${token} has expired`;
    await api.faults({ kind: 'status', method: 'POST', status: 400, type: 'application/problem+json', json: { type: '/problems/session', title } });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    const shown = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
    expect(shown).to.contain('Session token ••• has expired');
    expect(shown + errors.join('\n')).to.not.contain(token.slice(0, 20));
  });
});
