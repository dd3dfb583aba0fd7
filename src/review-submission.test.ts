/**
 * Review of sending in endpoint mode: failing tests, each for one defect a person or a host meets.
 */
import { expect } from '@open-wc/testing';
import { advanceTo, currentStepId, errorSummary, freshApi, GROUPS, inStep, settle, wizardFixture } from './test/fixtures.js';

describe('review: submission', () => {
  it('a 422 naming the sign-in connection of another way to sign in lists it as text, not as a link to a field that is not there', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    await advanceTo(el, 'review');
    await api.faults({ kind: 'invalid', errors: [{ pointer: '/credentials/connectionRef', detail: 'This connection was revoked' }] });
    await el.submit();
    await settle(el);
    expect(currentStepId(el)).to.equal('credentials');
    expect(errorSummary(el)).to.deep.equal(['This connection was revoked']);
    // Shopify's access token has no sign-in panel: a link there would go nowhere when pressed.
    expect(inStep(el, '.error-summary a')?.outerHTML, 'a link that leads nowhere').to.equal(undefined);
  });
});
