/** Review diff: findings in the thirty-sixth session's own fixes. */
import { expect } from '@open-wc/testing';
import { advanceTo, choose, freshApi, GROUPS, pressContinue, settle, type, wizardFixture } from './test/fixtures.js';

describe('review diff', () => {
  it('a password that is also a word of the answer in another case (summer, Summer) masks only the password as typed: the words stay', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'mintsoft', groups: GROUPS, endpoint: api.endpoint, noDrafts: true });
    const errors: string[] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail.message));
    await advanceTo(el, 'auth');
    await choose(el, '#auth-username-password');
    await pressContinue(el);
    await type(el, '#field-credentials-username', 'ops@example.com');
    await type(el, '#field-credentials-password', 'Summer');
    await pressContinue(el);
    await advanceTo(el, 'review');
    const title = 'The summer schedule blocks SUMMER logins; Summer refused';
    await api.faults({ kind: 'status', method: 'POST', status: 400, type: 'application/problem+json', json: { type: '/problems/upstream', title } });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    const shown = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
    expect(shown).to.contain('The summer schedule blocks SUMMER logins; ••• refused');
    expect(errors.join('\n')).to.contain('The summer schedule blocks SUMMER logins; ••• refused');
  });
});
