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
