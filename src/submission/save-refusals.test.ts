/** What a save of changes says when the server's last answer is one that passes (429) or one that does not (400). */
import { expect } from '@open-wc/testing';
import { freshApi, settle } from '../test/fixtures.js';
import { renamedOnReview } from '../test/edit-fixtures.js';

/** A stored connector opened for editing and renamed on Review; `answers`: what the server says to each PATCH, then the save. */
async function savedWith(...answers: { status: number; retryAfter?: string }[]) {
  const api = freshApi();
  const { el } = await renamedOnReview(api, 'Shop after');
  await api.faults(...answers.map((answer) => ({ kind: 'status', method: 'PATCH', ...answer }) as const));
  const saved = await el.submit();
  await settle(el);
  const patches = (await api.log()).filter((e) => e.method === 'PATCH').map((e) => e.status);
  return { saved, patches, said: el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent ?? '' };
}

describe('a save refused', () => {
  // 429, not 408: Chromium resends a request answered 408 by itself, so the server's count would not be the wizard's.
  it('answered 429 at every attempt: said as the server for now, to try again in a moment, never as a refusal for good', async () => {
    const { saved, patches, said } = await savedWith({ status: 429 }, { status: 429 }, { status: 429 });
    expect(saved).to.equal(false);
    expect(patches).to.deep.equal([429, 429, 429]);
    expect(said).to.contain('The server could not save the changes');
    expect(said).to.contain('try again in a moment');
    expect(said).to.not.contain('not a temporary problem');
  });

  it('answered 400: said as a refusal that trying again will not mend, sent once', async () => {
    const { saved, patches, said } = await savedWith({ status: 400 });
    expect(saved).to.equal(false);
    expect(patches).to.deep.equal([400]);
    expect(said).to.contain('The server refused to save the changes');
    expect(said).to.contain('not a temporary problem');
  });

  it('answered 429 with a wait it asks for at the last attempt: that wait is said', async () => {
    const busy = { status: 429, retryAfter: '1' };
    const { patches, said } = await savedWith(busy, busy, busy);
    expect(patches).to.deep.equal([429, 429, 429]);
    expect(said).to.contain('asked us to wait 1 second.');
  });
});
