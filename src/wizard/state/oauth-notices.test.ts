/** What a same-tab sign-in's return said of the draft the connector began with goes with that connector: Start over, Add another connector, an edit opened. */
import { expect } from '@open-wc/testing';
import { clearSession, draftNoticed, startOver } from './transitions.js';
import { initialState, type DraftNotice } from './wizard-state.js';

const said = (notice: DraftNotice) => draftNoticed(initialState(), notice, (msg) => msg.draftNotices[notice]);

describe('the notices of a sign-in return', () => {
  for (const notice of ['cleared', 'changed-while-away', 'cleared-reloaded'] as const) {
    it(`${notice} goes with the connector it is about`, () => {
      expect(said(notice).draftNotice, 'said on the return').to.equal(notice);
      expect(startOver(said(notice), 'xero').draftNotice, 'Start over').to.equal(undefined);
      expect(clearSession(said(notice)).draftNotice, 'created, saved, or an edit opened').to.equal(undefined);
    });
  }

  it('a notice about this device, not the draft, stays for the next connector', () => {
    expect(clearSession(said('secrets-in-memory')).draftNotice).to.equal('secrets-in-memory');
    expect(startOver(said('upgraded'), 'xero').draftNotice).to.equal('upgraded');
  });
});
