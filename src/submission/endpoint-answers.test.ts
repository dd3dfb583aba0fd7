/**
 * Endpoint mode: answers real servers and proxies give (a redirect, ...), from the reference API
 * served by the test runner with faults injected by the server, never by stubbing fetch.
 */
import { expect } from '@open-wc/testing';
import { currentStepId, errorSummary, freshApi, inStep, settle } from '../test/fixtures.js';
import { atReview, listToldToHost, testAnswered } from '../test/waits-endpoint-redirects.js';

const posts = async (api: ReturnType<typeof freshApi>) => (await api.log()).filter((e) => e.method === 'POST').length;

describe('endpoint mode: a redirect', function () {
  this.timeout(60_000);

  // A redirect (a login page for a session that ended, a moved endpoint) was taken for no answer: POSTed three times, said as a lost answer, kind `network`. At 5d6c2ff, 3 POSTs.
  for (const status of [302, 307]) {
    it(`a ${status} is sent once and said as a redirect, never as no answer`, async () => {
      const api = freshApi();
      const { el, created, errors } = await atReview(api);
      await api.faults(...[1, 2, 3].map(() => ({ kind: 'status', status, headers: { Location: '/login' } })));
      const before = await posts(api);
      await el.submit();
      await settle(el);
      expect((await posts(api)) - before, 'one POST: the same request gets the same redirect').to.equal(1);
      expect(created).to.have.length(0);
      expect(errors.map((e) => e.kind)).to.deep.equal(['config']);
      expect(errors[0]!.message).to.contain('redirect');
      const said = el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent!;
      expect(said).to.contain('redirect').and.not.contain('did not answer');
    });
  }
});

describe('endpoint mode: Create again after a redirect', function () {
  this.timeout(60_000);

  it('sends the same key and body, so a create the redirect hid is replayed, never made twice', async () => {
    const api = freshApi();
    const { el, created } = await atReview(api);
    await api.faults({ kind: 'status', status: 303, headers: { Location: '/login' } });
    await el.submit();
    await settle(el);
    expect(currentStepId(el), 'the answers kept').to.equal('review');
    await el.submit();
    await settle(el);
    expect(created).to.have.length(1);
    const sent = (await api.log()).filter((e) => e.method === 'POST');
    expect(sent).to.have.length(2);
    expect(sent[1]!.idempotencyKey).to.equal(sent[0]!.idempotencyKey);
    expect(sent[1]!.bodySha256).to.equal(sent[0]!.bodySha256);
  });
});

describe('endpoint mode: a 422 with pointers in URI fragment form', function () {
  this.timeout(60_000);

  // RFC 9457's own example writes its pointers as URI fragments (`#/age`, RFC 6901 section 6): each was listed as text on no field, and the host told it named no answer. At 5d6c2ff, the name not marked.
  it('a pointer written #/name (or percent-encoded) marks its field, as /name does', async () => {
    const api = freshApi();
    const { el, errors } = await atReview(api);
    await api.faults({
      kind: 'invalid',
      errors: [
        { pointer: '#/name', detail: 'A connector with this name exists' },
        { pointer: '#/credentials/access%54oken', detail: 'This token was revoked' },
      ],
    });
    await el.submit();
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
    expect(inStep(el, '#field-name-error')?.textContent).to.contain('A connector with this name exists');
    expect(errorSummary(el)).to.deep.equal(['Connector name: A connector with this name exists', 'Credentials: \u2068This token was revoked\u2069']);
    expect(errors, 'an answer named: nothing for the host to mend').to.have.length(0);
  });
});

describe('endpoint mode: the list answered with a redirect', function () {
  this.timeout(60_000);

  // A GET of the list met by a redirect (a login page for a session that ended) was told to the host as kind `network`, "no answer", so an integrator looked at the network, not at the endpoint or the session.
  it('is told to the host as the endpoint or the session to mend, never as no answer', async () => {
    const api = freshApi();
    const errors = await listToldToHost(api, { kind: 'status', status: 302, headers: { Location: '/login' } });
    expect(errors.map((e) => e.kind)).to.deep.equal(['config']);
    expect(errors[0]!.message).to.contain('redirect').and.not.contain('no answer');
    expect(
      (await api.log()).filter((e) => e.method === 'GET'),
      'asked once',
    ).to.have.length(1);
  });
});

describe('endpoint mode: a connection test answered with a redirect', function () {
  this.timeout(60_000);

  it('never follows it with the credentials, and tests once', async () => {
    const api = freshApi();
    const elsewhere = freshApi();
    await testAnswered(api, { kind: 'status', status: 307, headers: { Location: elsewhere.testEndpoint } });
    expect(await elsewhere.log()).to.have.length(0);
    expect((await api.log()).filter((e) => e.method === 'POST')).to.have.length(1);
  });

  // A test met by a redirect (a sign-in page for an ended session, a moved test endpoint) was said as no answer: "try again in a moment", though the same redirect comes back each time, and kind `network` to the host.
  it('says the redirect, never to try again in a moment, and tells the host it is the page to mend', async () => {
    const api = freshApi();
    const { el, errors } = await testAnswered(api, { kind: 'status', status: 302, headers: { Location: '/login' } });
    const said = inStep(el, '#test-result')!.textContent!;
    expect(said).to.contain('redirect').and.not.contain('try again in a moment');
    expect(errors.map((e) => e.kind)).to.deep.equal(['config']);
    expect(errors[0]!.message).to.contain('redirect');
  });
});
