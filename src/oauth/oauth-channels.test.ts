/**
 * Providers that cut the popup off: the stand-in provider's COOP mode (`coop=1`) sends the popup
 * through a page with `Cross-Origin-Opener-Policy: same-origin`, so the popup loses its opener
 * and looks closed while the person is still signing in. The result comes back through the
 * result URL or a BroadcastChannel, both real, both held to the same checks as postMessage.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import type { WizardErrorEvent } from '../events/error-event.js';
import { en } from '../messages/english.js';
import { audit } from '../test/audit.js';
import { moduleFault, moduleFaultHits } from '../test/module-fault.js';
import { currentStepId, deepActiveElement, inStep, pressContinue, settle } from '../test/fixtures.js';
import { atConnect, broadcastDelivered, closePopup, connect, connectButton, oauthMessage, neverSaidClosed, oauthStatus as status, sayings } from '../test/oauth-fixtures.js';
import { OAUTH_CHANNEL } from './oauth-channels.js';

const finishedButton = (el: HTMLElement) => inStep<HTMLButtonElement>(el as never, '[data-oauth-finished]');
const resultFor = (state: string) => fetch(`/api/oauth/result?state=${encodeURIComponent(state)}`);

/**
 * At Connect with a result URL that never answers (the test server's stalled answer), its window opened and then closed: the
 * host's errors and every ask made, noted as they come. `fetch` is the page's own, for the test to put back.
 */
async function closedWithResultStalled() {
  const el = await atConnect({ resultUrl: '/__faults/trickle?stallAfter=0' });
  const errors: WizardErrorEvent['detail'][] = [];
  el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail));
  const asked: string[] = [];
  const fetch = window.fetch;
  window.fetch = (input, init) => (asked.push(String(input)), fetch(input, init));
  try {
    const { win } = await connect(el);
    win.close();
    await waitUntil(() => status(el).dataset.oauth === 'detached', 'closed noticed', { timeout: 5000 });
  } catch (error) {
    window.fetch = fetch;
    throw error;
  }
  return { el, errors, asked, fetch };
}

describe('OAuth: a provider that sends Cross-Origin-Opener-Policy', function () {
  // The result URL is asked at most every 2 s by design, and some tests wait out two or three
  // such gaps (a failed ask, then a quiet one): more than mocha's 10 s on a busy CI machine.
  this.timeout(20_000);
  it('with a result URL: says it is waiting while the popup looks closed, then takes the result it asks for', async () => {
    const el = await atConnect({ startUrl: '/api/oauth/start?coop=1&broadcast=0', resultUrl: '/api/oauth/result' });
    const { win, state } = await connect(el);
    const said = sayings(el);
    try {
      (win.document.querySelector('#allow') as HTMLAnchorElement).click();
      // The COOP page severs the popup: to this page it looks closed, which is not a failure.
      await waitUntil(() => status(el).dataset.oauth === 'detached' || status(el).dataset.oauth === 'connected', 'popup cut off', { timeout: 5000 });
      await waitUntil(() => status(el).dataset.oauth === 'connected', 'result taken from the result URL', { timeout: 8000 });
    } finally {
      said.stop();
    }
    neverSaidClosed(said, 'Connected to Xero', 'never said as closed while signing in (its drafts in a database of its own)');
    expect(status(el).textContent).to.contain('Connected to Xero as demo-account@xero.example');
    expect((await resultFor(state)).status, 'the result is single use').to.equal(404);
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
  });

  it('with a BroadcastChannel from a callback on this origin, and a replay on that channel ignored', async () => {
    const el = await atConnect({ startUrl: '/api/oauth/start?coop=1' });
    const { win, state } = await connect(el);
    (win.document.querySelector('#allow') as HTMLAnchorElement).click();
    await waitUntil(() => status(el).dataset.oauth === 'connected', 'result taken from the BroadcastChannel', { timeout: 8000 });
    expect(status(el).textContent).to.contain('demo-account@xero.example');
    await broadcastDelivered(el, oauthMessage(state, 'conn_replayed', 'someone-else'));
    expect(status(el).textContent).to.not.contain('someone-else');
    await pressContinue(el);
    expect(inStep(el, '.row[data-key="connection"] dd.value')!.textContent).to.contain('demo-account@xero.example');
  });

  it('takes a message whose absent account or error a backend wrote as null', async () => {
    const el = await atConnect({ startUrl: '/api/oauth/start?coop=1&broadcast=0' });
    const { win, state } = await connect(el);
    const channel = new BroadcastChannel(OAUTH_CHANNEL);
    channel.postMessage({ ...oauthMessage(state, 'conn_null_account'), connection: { ref: 'conn_null_account', account: null } });
    await waitUntil(() => status(el).dataset.oauth === 'connected', 'taken', { timeout: 5000 });
    expect(status(el).textContent).to.contain('Connected to Xero');
    expect(status(el).textContent).to.not.contain('null');
    // A refusal with "error": null is a refusal, said in the wizard's own words.
    const refused = await atConnect({ startUrl: '/api/oauth/start?coop=1&broadcast=0' });
    const second = await connect(refused);
    channel.postMessage({ type: 'connector-wizard-oauth', state: second.state, ok: false, error: null });
    channel.close();
    await waitUntil(() => status(refused).dataset.oauth === 'denied', 'taken', { timeout: 5000 });
    expect(status(refused).textContent).to.not.contain('null');
    for (const opened of [win, second.win]) if (!opened.closed) opened.close();
  });

  it('what the live region said about the sign-in is said in the new language when the language changes', async () => {
    const el = await atConnect({ startUrl: '/api/oauth/start?coop=1&broadcast=0' });
    const { win, state } = await connect(el);
    const channel = new BroadcastChannel(OAUTH_CHANNEL);
    channel.postMessage({ type: 'connector-wizard-oauth', state, ok: false, error: 'access_denied' });
    channel.close();
    const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    await waitUntil(() => region.textContent!.includes('did not allow the connection'), 'said in English', { timeout: 5000 });
    el.setAttribute('lang', 'de');
    await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('lang') === 'de', 'German', { timeout: 5000 });
    await settle(el);
    expect(region.textContent).to.contain('hat die Verbindung nicht erlaubt');
    if (!win.closed) win.close();
  });

  it('a callback whose connection reference is only blanks is no connection: ignored as malformed, never said as connected', async () => {
    const el = await atConnect({ startUrl: '/api/oauth/start?coop=1&broadcast=0' });
    const { win, state } = await connect(el);
    await broadcastDelivered(el, oauthMessage(state, ' \u200b\n ', 'x@xero.example'));
    expect(status(el).dataset.oauth).to.not.equal('connected');
    expect(status(el).textContent).to.not.contain('Connected to Xero');
    // The state is not spent by it: the callback's real message is still taken.
    const channel = new BroadcastChannel(OAUTH_CHANNEL);
    channel.postMessage(oauthMessage(state, 'conn_real', 'x@xero.example'));
    channel.close();
    await waitUntil(() => status(el).dataset.oauth === 'connected', 'the real one taken', { timeout: 5000 });
    if (!win.closed) win.close();
  });

  it('ignores a wrong state on the BroadcastChannel, and still takes the right one', async () => {
    const el = await atConnect({ startUrl: '/api/oauth/start?coop=1&variant=wrong-state' });
    const { win, state } = await connect(el);
    (win.document.querySelector('#allow') as HTMLAnchorElement).click();
    await waitUntil(() => status(el).dataset.oauth === 'detached', 'popup cut off', { timeout: 5000 });
    await broadcastDelivered(el, oauthMessage('W'.repeat(43), 'conn_forged'), { ...oauthMessage(state), type: 'something-else' });
    expect(status(el).dataset.oauth, 'the callback posted another state; so did the test').to.equal('detached');
    const channel = new BroadcastChannel(OAUTH_CHANNEL);
    channel.postMessage(oauthMessage(state, 'conn_right', 'right@xero.example'));
    channel.close();
    await waitUntil(() => status(el).dataset.oauth === 'connected', 'the right state taken', { timeout: 5000 });
    expect(status(el).textContent).to.contain('right@xero.example');
  });

  it('ignores a wrong state from the result URL, and says plainly when the sign-in has not finished', async () => {
    const el = await atConnect({ startUrl: '/api/oauth/start?coop=1&broadcast=0&variant=wrong-state', resultUrl: '/api/oauth/result' });
    const { win, state } = await connect(el);
    // The test server counts the asks of the result URL from here on.
    await moduleFault('/api/oauth/result')();
    try {
      (win.document.querySelector('#allow') as HTMLAnchorElement).click();
      await waitUntil(() => status(el).dataset.oauth === 'detached', 'popup cut off', { timeout: 5000 });
      // The first ask gets the stored message, whose state is not the one in flight; the next ask is made only once that answer was
      // handled (2 s later), so a second ask means the first one's message was read and not taken.
      await waitUntil(async () => status(el).dataset.oauth !== 'detached' || (await moduleFaultHits()) >= 2, 'asked twice', { timeout: 8000 });
    } finally {
      await fetch('/__faults/module', { method: 'POST' });
    }
    expect(status(el).dataset.oauth).to.equal('detached');
    expect((await resultFor(state)).status, 'the message with another state was asked for, and so is gone').to.equal(404);
    expect(status(el).textContent).to.contain('Waiting for you to finish signing in to Xero');
    await audit(el, 'waiting for the person');
    finishedButton(el)!.click();
    await waitUntil(() => status(el).dataset.oauth === 'unfinished', 'the result URL says not finished', { timeout: 5000 });
    expect(status(el).textContent).to.contain('Signing in to Xero has not finished');
    expect(el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent, 'said politely').to.contain('has not finished');
    expect(connectButton(el).textContent).to.contain('Start again');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('credentials');
  });

  it('says "not finished" again each time the person asks, with or without a result URL', async () => {
    for (const resultUrl of [undefined, '/api/oauth/result']) {
      const el = await atConnect(resultUrl ? { resultUrl } : {});
      const { win } = await connect(el);
      win.close();
      await waitUntil(() => status(el).dataset.oauth === 'detached', 'closed noticed', { timeout: 5_000 });
      const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
      finishedButton(el)!.click();
      await waitUntil(() => region.textContent!.includes('has not finished'), 'said once', { timeout: 5000 });
      const said: string[] = [];
      const observer = new MutationObserver(() => said.push(region.textContent!.trim()));
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      finishedButton(el)!.click();
      await waitUntil(() => said.at(-1)?.includes('has not finished'), `said again (${resultUrl ?? 'no result URL'})`, { timeout: 5000 });
      observer.disconnect();
      expect(said[0], 'the region emptied first, so the same words are a change').to.equal('');
    }
  });

  it('a popup closed early: the result that comes later for the state in flight is taken', async () => {
    const el = await atConnect({ resultUrl: '/api/oauth/result' });
    const { win, state } = await connect(el);
    win.close();
    await waitUntil(() => status(el).dataset.oauth === 'detached', 'closed noticed', { timeout: 5_000 });
    finishedButton(el)!.focus();
    finishedButton(el)!.click();
    await waitUntil(() => status(el).dataset.oauth === 'unfinished', 'not finished yet', { timeout: 5000 });
    // The person finishes in another window after all: the provider's callback records the result.
    expect((await fetch(`/api/oauth/callback?system=xero&authType=oauth&result=allow&state=${state}`)).status).to.equal(200);
    await waitUntil(() => status(el).dataset.oauth === 'connected', 'taken at the next ask', { timeout: 5000 });
    expect(status(el).textContent).to.contain('demo-account@xero.example');
    expect(finishedButton(el) === null, 'I’ve finished is gone').to.equal(true);
    expect(deepActiveElement() === connectButton(el), 'the focus it had went to Connect, not to the page').to.equal(true);
  });

  it('does not follow a redirect from the result URL: the result stays where it is, and the person and the integrator are told', async () => {
    const el = await atConnect({ resultUrl: '/__faults/redirect?to=/api/oauth/result' });
    const errors: WizardErrorEvent['detail'][] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail));
    const { win, state } = await connect(el);
    win.close();
    await waitUntil(() => status(el).dataset.oauth === 'detached', 'closed noticed', { timeout: 5_000 });
    expect((await fetch(`/api/oauth/callback?system=xero&authType=oauth&result=allow&state=${state}`)).status).to.equal(200);
    expect((await fetch(`/__faults/redirect?to=/nowhere&state=${state}`, { redirect: 'manual' })).type, 'the test server redirects').to.equal('opaqueredirect');
    finishedButton(el)!.click();
    await waitUntil(() => status(el).dataset.oauth === 'unreachable', 'the ask failed', { timeout: 5000 });
    expect(status(el).textContent).to.contain('could not check whether signing in to Xero has finished');
    const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!;
    // Said as no connection ("Check your connection"), kind `network`, though a redirect (a sign-in page for an ended session, a moved result URL) is the page's to mend, as a create's is.
    expect(region, 'said politely, as the redirect it is')
      .to.contain('the server answered with a redirect, which this form does not follow')
      .and.not.contain('Check your connection');
    expect(region, 'the person is on Credentials').to.not.contain('go back to Credentials');
    expect(finishedButton(el) !== null, 'I’ve finished stays, to ask again').to.equal(true);
    expect(errors.map((e) => e.kind)).to.deep.equal(['config']);
    expect(errors[0]!.message).to.contain('oauth-result-url').and.contain('redirect');
    expect((await resultFor(state)).status, 'never asked at the redirect target, so still there').to.equal(200);
  });

  it('a result URL that answers with something other than this sign-in result: "I have finished" says it could not check, never nothing', async () => {
    const el = await atConnect({ resultUrl: '/package.json' });
    const errors: WizardErrorEvent['detail'][] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push(e.detail));
    const { win } = await connect(el);
    win.close();
    await waitUntil(() => status(el).dataset.oauth === 'detached', 'closed noticed', { timeout: 5_000 });
    finishedButton(el)!.click();
    await waitUntil(() => status(el).dataset.oauth === 'unreachable', 'said', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent).to.contain('could not check');
    expect(errors.map((e) => e.kind)).to.deep.equal(['network']);
    expect(errors[0]!.message).to.contain('not the result of this sign-in');
  });

  it('I have finished, with a result URL that never answers, says it could not check instead of saying nothing for ever, and the asks go on', async () => {
    // A result endpoint behind a proxy that holds the connection open and never answers (the test server's stalled answer).
    const { el, errors, asked, fetch } = await closedWithResultStalled();
    try {
      finishedButton(el)!.click();
      // Each ask is given requestTimeout (5 s in the fixture), as other requests are.
      await waitUntil(() => status(el).dataset.oauth === 'unreachable', `said that it could not check (said: ${status(el).textContent!.trim()})`, { timeout: 12_000 });
      expect(errors.map((e) => e.kind)).to.deep.equal(['network']);
      expect(errors[0]!.message).to.contain('oauth-result-url').and.to.contain('requestTimeout');
      const before = asked.length;
      await waitUntil(() => asked.length > before, 'asked again on its own', { timeout: 8000 });
    } finally {
      window.fetch = fetch;
    }
  });

  it('asks the result URL with its query exactly as written, state after it', async () => {
    const asked: string[] = [];
    const fetch = window.fetch;
    // Watches what is asked (the request still goes to the test server).
    window.fetch = (input, init) => (asked.push(String(input instanceof Request ? input.url : input)), fetch(input, init));
    try {
      const el = await atConnect({ resultUrl: '/api/oauth/result?sig=a%20b+c&state=stale&flag' });
      const { win } = await connect(el);
      win.close();
      await waitUntil(() => asked.some((url) => url.includes('/api/oauth/result')), 'asked', { timeout: 5000 });
    } finally {
      window.fetch = fetch;
    }
    const search = new URL(asked.find((url) => url.includes('/api/oauth/result'))!).search;
    // A `state` of its own is replaced by the sign-in's, never sent twice.
    expect(search.startsWith('?sig=a%20b+c&flag&state='), search).to.equal(true);
    expect(new URLSearchParams(search).getAll('state'), search).to.have.length(1);
  });

  it('"could not check" gives way to "not finished" once a later ask is answered, without the person asking again', async () => {
    const el = await atConnect({ resultUrl: '/api/oauth/result' });
    const { win } = await connect(el);
    win.close();
    await waitUntil(() => status(el).dataset.oauth === 'detached', 'closed noticed', { timeout: 5_000 });
    await moduleFault('/api/oauth/result')('fail=1');
    try {
      finishedButton(el)!.click();
      await waitUntil(() => status(el).dataset.oauth === 'unreachable', 'the ask failed with a 503', { timeout: 5000 });
    } finally {
      await fetch('/__faults/module', { method: 'POST' });
    }
    await waitUntil(() => status(el).dataset.oauth === 'unfinished', 'the next quiet ask was answered 404: not finished', { timeout: 5000 });
    expect(status(el).textContent).to.contain('Signing in to Xero has not finished');
    expect(status(el).textContent).to.not.contain('could not check');
  });

  it('I have finished, then Back before the result URL answers: the ask that fails says the check failed and to go back to Credentials, not to finish in a window that may be closed', async () => {
    // A result endpoint that never answers: the ask made for the person fails at requestTimeout (5 s in the fixture), after the person has left Credentials.
    const { el, errors, asked, fetch } = await closedWithResultStalled();
    try {
      await waitUntil(() => asked.length > 0, 'the quiet ask as the window looked closed', { timeout: 5000 });
      const before = asked.length;
      finishedButton(el)!.click();
      await waitUntil(() => asked.length > before, 'the ask made for the person is under way', { timeout: 5000 });
      await el.back();
      await settle(el);
      expect(currentStepId(el)).to.equal('auth');
      await waitUntil(() => errors.length > 0, 'the ask failed', { timeout: 12_000 });
      await settle(el);
      const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!;
      expect(region, 'the check failed, and where its button is').to.contain(
        'We could not check whether signing in to Xero has finished. Check your connection, then go back to Credentials and choose “I’ve finished” again, or start again.',
      );
      expect(region, 'the window was closed: not sent back to it').to.not.contain('in the window that opened');
      expect(region, 'no “I’ve finished” as if it were on the Authentication step').to.not.contain('then choose “I’ve finished” again');
      expect(
        errors.map((e) => e.kind),
        'the integrator is told all the same',
      ).to.deep.equal(['network']);
    } finally {
      window.fetch = fetch;
    }
  });

  it('stops asking once the step is left (the window getting focus back included), and asks again on coming back', async () => {
    // Every ask of the result URL, by the state it asks for, noted as it is made.
    const asked: string[] = [];
    const fetch = window.fetch;
    window.fetch = (input, init) => {
      const url = new URL(String(input instanceof Request ? input.url : input), location.href);
      if (url.pathname === '/api/oauth/result') asked.push(url.searchParams.get('state')!);
      return fetch(input, init);
    };
    const opened: Window[] = [];
    try {
      const el = await atConnect({ resultUrl: '/api/oauth/result' });
      const { win, state } = await connect(el);
      // Another wizard's sign-in, asked every 2 s on its own Credentials step: the clock this test reads instead of sleeping.
      const clock = await atConnect({ resultUrl: '/api/oauth/result', draftId: 'clock' });
      const other = await connect(clock);
      opened.push(win, other.win);
      win.close();
      other.win.close();
      await waitUntil(() => asked.includes(state) && asked.includes(other.state), 'both sign-ins asked', { timeout: 5000 });
      await el.back();
      await settle(el);
      expect(currentStepId(el)).to.equal('auth');
      const left = asked.length;
      expect((await fetch(`/api/oauth/callback?system=xero&authType=oauth&result=allow&state=${state}`)).status).to.equal(200);
      window.dispatchEvent(new Event('focus'));
      // Two more asks of the other sign-in, 2 s apart: an ask this one had due (its next one, or the focus's) would have come before the second.
      const since = (s: string) => asked.slice(left).filter((x) => x === s).length;
      await waitUntil(() => since(other.state) >= 2, 'the other sign-in asked twice more', { timeout: 10_000 });
      expect(since(state), 'not asked off the step').to.equal(0);
      expect(status(clock).dataset.oauth, 'the clock is still a sign-in under way').to.not.equal('connected');
      await pressContinue(el);
      await waitUntil(() => status(el).dataset.oauth === 'connected', 'asked again on Credentials', { timeout: 5000 });
      expect(since(state), 'asked on Credentials').to.be.greaterThan(0);
    } finally {
      window.fetch = fetch;
      for (const win of opened) if (!win.closed) win.close();
    }
  });
});

describe('OAuth: no channel left', () => {
  it('a popup on another origin, without a result URL, that looks closed: says so plainly and offers Connect again', async () => {
    const otherHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const el = await atConnect({ startUrl: `http://${otherHost}:${location.port}/api/oauth/start` });
    // The test's handle on the popup, as window.open gave it to the widget (another origin: it can only be closed).
    let popupWindow: Window | null = null;
    const open = window.open;
    window.open = (...args: Parameters<typeof window.open>) => (popupWindow = open.apply(window, args));
    try {
      connectButton(el).click();
    } finally {
      window.open = open;
    }
    await waitUntil(() => status(el).dataset.oauth === 'waiting', 'waiting', { timeout: 5_000 });
    expect(popupWindow !== null, 'a popup opened').to.equal(true);
    // Its page on the other origin came (it can no longer be read from here): a window closed
    // before that is said as blocked (sign-in edges).
    const unreadable = () => {
      try {
        return popupWindow!.location.href === undefined;
      } catch {
        return true;
      }
    };
    await waitUntil(unreadable, 'the start page loaded in the popup', { timeout: 5000 });
    await closePopup(popupWindow!);
    await waitUntil(() => status(el).dataset.oauth === 'closed', 'closed noticed', { timeout: 5000 });
    expect(status(el).textContent).to.contain('closed, or this page lost touch with it');
    expect(finishedButton(el), 'nothing to ask').to.equal(null);
    expect(connectButton(el).textContent).to.contain('Connect with Xero');
  });
});

describe('OAuth: the URL policy for sign-in', () => {
  it('accepts a start URL on another loopback origin, and takes its postMessage', async () => {
    const otherHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const startUrl = `http://${otherHost}:${location.port}/api/oauth/start?auto=allow`;
    const errors: string[] = [];
    const listen = (e: Event) => errors.push((e as WizardErrorEvent).detail.message);
    document.addEventListener('connector-wizard-error', listen);
    try {
      const el = await atConnect({ startUrl });
      expect(connectButton(el), 'sign-in offered').to.not.equal(null);
      connectButton(el).click();
      await waitUntil(() => status(el).dataset.oauth === 'connected', 'connected from the other origin', { timeout: 8000 });
      expect(status(el).textContent).to.contain('demo-account@xero.example');
      expect(errors).to.deep.equal([]);
    } finally {
      document.removeEventListener('connector-wizard-error', listen);
    }
  });

  it('reports a refused start URL as a config error naming the attribute, and the step says why sign-in cannot be used', async () => {
    const el = await atConnect();
    const reported = oneEvent(el, 'connector-wizard-error');
    el.setAttribute('oauth-start-url', 'http://example.com/oauth/start');
    const event = (await reported) as WizardErrorEvent;
    expect(event.detail.kind).to.equal('config');
    expect(event.detail.message).to.contain('oauth-start-url').and.to.contain('http://example.com');
    await settle(el);
    expect(inStep(el, '[part~="connect"]')).to.equal(null);
    const note = inStep(el, '.note')!.textContent!;
    expect(note).to.contain(en.oauthRefused('Xero'));
    expect(note).to.not.contain('has not set up');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('credentials');
  });
});
