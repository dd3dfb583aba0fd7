/** What a host sets as `catalogue-src`, read as a host means it. */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { withFetchesSeen } from '../test/waits-fetches.js';
import type { WizardErrorEvent } from '../events/error-event.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { moduleFault, moduleFaultHits } from '../test/module-fault.js';
import { settle, stepElement, uniqueDatabase } from '../test/fixtures.js';
import type { ConnectorWizard } from './connector-wizard.js';

const catalogueFault = moduleFault('/demo/sample-catalogue.json');

describe('catalogue-src as a host sets it', () => {
  afterEach(() => catalogueFault());

  it('a wizard moved in the page while its catalogue-src loads (a framework reordering a list) goes on with that fetch, not a new one', async () => {
    await catalogueFault('delay=800');
    const src = `/demo/sample-catalogue.json?moved-${Date.now()}`;
    const page = await fixture<HTMLElement>(html`<div><connector-wizard .draftDatabase=${uniqueDatabase()} no-drafts catalogue-src=${src}></connector-wizard></div>`);
    const el = page.querySelector<ConnectorWizard>('connector-wizard')!;
    await waitUntil(async () => (await moduleFaultHits()) === 1, 'asked', { timeout: 5000 });
    // Moved: taken out and put back in the same task, as a keyed list or a portal does.
    const box = document.createElement('section');
    page.append(box);
    box.append(el);
    await waitUntil(() => stepElement(el)?.dataset.step === 'system', 'loaded', { timeout: 5000 });
    expect(await moduleFaultHits(), 'the one fetch went on').to.equal(1);
  });

  it('set again to the same URL after it failed, loads it again (the host’s own retry); set again once loaded, does nothing', async () => {
    await catalogueFault('fail=1');
    const src = `/demo/sample-catalogue.json?same-again-${Date.now()}`;
    const el = await fixture<ConnectorWizard>(html`<connector-wizard .draftDatabase=${uniqueDatabase()} no-drafts catalogue-src=${src}></connector-wizard>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry"]'), 'failed', { timeout: 5000 });
    await catalogueFault();
    el.setAttribute('catalogue-src', src);
    await waitUntil(() => stepElement(el)?.dataset.step === 'system', 'loaded when set again', { timeout: 5000 });
    // The same URL set again while it is on screen fetches nothing and says nothing.
    const errors: string[] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push((e as WizardErrorEvent).detail.message));
    await catalogueFault('fail=1');
    el.catalogueSrc = src;
    await settle(el);
    // Another URL set after it is fetched, fails and is told: a fetch of the same URL, asked before it, would have been too.
    el.catalogueSrc = `${src}-after`;
    await waitUntil(() => errors.length > 0, 'the URL set after it failed', { timeout: 5000 });
    expect(await moduleFaultHits(), 'fetched: only the URL set after it').to.equal(1);
    expect(errors).to.have.length(1);
  });

  for (const [what, src] of [
    ['white space', '  '],
    ['control characters (which the URL parser strips)', '\u0001\u0000'],
  ])
    it(`of ${what} alone is no catalogue-src: the page itself is never fetched as one`, async () => {
      const errors: string[] = [];
      const el = await fixture<ConnectorWizard>(
        html`<connector-wizard
          .draftDatabase=${uniqueDatabase()}
          no-drafts
          catalogue-src=${src}
          @connector-wizard-error=${(e: WizardErrorEvent) => errors.push(e.detail.message)}
        ></connector-wizard>`,
      );
      // "No catalogue" on screen: a fetch of the page would have shown "Loading systems", then its failure, instead.
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.includes('No catalogue'), 'no catalogue said', { timeout: 5000 });
      await settle(el);
      expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.contain('No catalogue');
      expect(errors, src).to.deep.equal([]);
    });

  it('given as a URL object (fetch takes one), loads it; set again to an equal URL object once loaded, fetches nothing', async () => {
    const url = new URL(`/demo/sample-catalogue.json?url-object-${Date.now()}`, location.href);
    const el = await fixture<ConnectorWizard>(
      html`<connector-wizard .draftDatabase=${uniqueDatabase()} no-drafts .catalogueSrc=${url as unknown as string}></connector-wizard>`,
    );
    await waitUntil(() => stepElement(el)?.dataset.step === 'system', 'loaded', { timeout: 5000 });
    const errors: string[] = [];
    el.addEventListener('connector-wizard-error', (e) => errors.push((e as WizardErrorEvent).detail.message));
    await catalogueFault('fail=1');
    el.catalogueSrc = new URL(url.href) as unknown as string;
    await settle(el);
    expect(stepElement(el)?.dataset.step).to.equal('system');
    // Another URL set after it is fetched, fails and is told: a fetch of the equal URL, asked before it, would have been too.
    el.catalogueSrc = `${url.href}-after`;
    await waitUntil(() => errors.length > 0, 'the URL set after it failed', { timeout: 5000 });
    expect(await moduleFaultHits(), 'fetched: only the URL set after it').to.equal(1);
    expect(errors).to.have.length(1);
  });
});

describe('catalogue-src on another origin', () => {
  /** A wizard whose `catalogue-src` is `src` (its requests given `requestTimeout` when set), and what the host hears. */
  async function wizardAt(src: string, requestTimeout?: number) {
    const errors: WizardErrorEvent[] = [];
    const el = await fixture<ConnectorWizard>(
      html`<connector-wizard
        .draftDatabase=${uniqueDatabase()}
        no-drafts
        .requestTimeout=${requestTimeout}
        catalogue-src=${src}
        @connector-wizard-error=${(e: WizardErrorEvent) => errors.push(e)}
      ></connector-wizard>`,
    );
    return { el, errors };
  }

  /** A wizard on `https://127.0.0.1:<port>/catalogue.json` (a second origin of the test server), and what the host hears. */
  async function onOtherOrigin(query: string, requestTimeout?: number) {
    const { origin } = (await executeServerCommand('https-origin')) as { origin: string };
    return { ...(await wizardAt(`${origin}/catalogue.json?${query}`, requestTimeout)), origin };
  }

  it('served with CORS headers, loads', async () => {
    const { el, errors } = await onOtherOrigin('cors=1');
    await waitUntil(() => stepElement(el)?.dataset.step === 'system', 'loaded', { timeout: 5000 });
    expect(errors).to.deep.equal([]);
  });

  it('served without CORS headers, the host hears that its server must allow this page to read it, and the person is not told to check the connection', async () => {
    const { el, errors, origin } = await onOtherOrigin(`no-cors-${Date.now()}`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="catalogue-error"]'), 'failed', { timeout: 5000 });
    await settle(el);
    const said = el.shadowRoot!.querySelector('[part~="catalogue-error"]')!.textContent!;
    expect(said).to.not.contain('check the connection');
    expect(said).to.contain('(CORS)');
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.kind).to.equal('catalogue');
    expect(errors[0]!.detail.message).to.contain(`another origin (${origin})`);
    expect(errors[0]!.detail.message).to.contain('Access-Control-Allow-Origin');
    expect(errors[0]!.detail.message).to.contain(location.origin);
  });

  it('served without CORS headers from an origin of hundreds of characters, the host hears it cut to 60 characters ending with an ellipsis, the page origin whole', async () => {
    // Any name under .localhost is this machine: the same test server, on an origin as long as a host may write one.
    const { origin } = (await executeServerCommand('https-origin')) as { origin: string };
    const long = origin.replace('127.0.0.1', `${Array.from({ length: 4 }, (_, i) => String(i).repeat(60)).join('.')}.localhost`);
    const { el, errors } = await wizardAt(`${long}/catalogue.json?long-${Date.now()}`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="catalogue-error"]'), 'failed', { timeout: 5000 });
    expect(errors).to.have.length(1);
    const message = errors[0]!.detail.message;
    expect(message).to.contain('Access-Control-Allow-Origin');
    expect(message).to.not.contain(long);
    expect(message).to.contain(`another origin (${long.slice(0, 57)}…)`);
    expect(message).to.contain(`(${location.origin})`);
  });

  it('served with CORS headers, a first fetch whose connection dropped is asked once more and loads: never said as CORS, nor the host told to add Access-Control-Allow-Origin', async () => {
    // A CDN's connection lost once (reset, a dropped Wi-Fi) fails as CORS does; the no-cors ask then gets an answer, which only says the server is there.
    const { el, errors } = await onOtherOrigin(`cors=1&lose=${crypto.randomUUID()}`);
    await waitUntil(() => stepElement(el)?.dataset.step === 'system' || el.shadowRoot!.querySelector('[part~="catalogue-error"]'), 'settled', { timeout: 8000 });
    await settle(el);
    expect(errors.map((e) => e.detail.message).join(' ')).to.not.contain('Access-Control-Allow-Origin');
    expect(el.shadowRoot!.querySelector('[part~="catalogue-error"]')?.textContent ?? '').to.not.contain('(CORS)');
    expect(stepElement(el)?.dataset.step, 'loaded on the second ask').to.equal('system');
    expect(errors).to.deep.equal([]);
  });

  it('a first fetch whose connection dropped, then a no-cors ask with no answer, is said as unreachable with why the first failed, never as no answer in time', async () => {
    // The no-cors ask has a whole time limit of its own; its running out is not the first failure.
    const { el, errors } = await onOtherOrigin(`cors=1&hang&lose=${crypto.randomUUID()}`, 1000);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="catalogue-error"]'), 'failed', { timeout: 8000 });
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="catalogue-error"]')!.textContent).to.not.contain('(CORS)');
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.message).to.contain('Failed to fetch').and.not.contain('no answer in time');
    // Failed online (not offline): an `online` event (a network change) asks nothing again by itself; Try again does.
    dispatchEvent(new Event('online'));
    // An `online` listener asks at once (as after a failure offline): by the render after the event, "Loading systems" would be on screen.
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-loading]'), 'not loading').to.equal(null);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="catalogue-error"]'), 'not asked again').to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[data-loading]'), 'not loading').to.equal(null);
  });

  it('a first fetch whose connection dropped, then the browser offline while the no-cors ask is out: loads once back online, and the person hears it', async function () {
    this.timeout(30_000);
    // The first fetch drops at once; the no-cors ask is then held, and its 4 s time limit runs out while the browser is offline
    // (10 s): margins for a busy machine on both sides (the test's steps before going offline, the offline span after).
    await withFetchesSeen('/catalogue.json', async (seen) => {
      const { el } = await onOtherOrigin(`cors=1&hang&lose=${crypto.randomUUID()}`, 4000);
      // Stays while the no-cors ask is out (the https origin counts nothing: the page sees it leave).
      await waitUntil(() => seen.some((ask) => ask.mode === 'no-cors'), 'the no-cors ask is out', { timeout: 5000 });
      expect(el.shadowRoot!.querySelector('[part~="catalogue-error"]'), 'still asking').to.equal(null);
      await executeServerCommand('offline-for', { ms: 10_000 });
      await waitUntil(() => !navigator.onLine, 'the page went offline', { timeout: 5000 });
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="catalogue-error"]'), 'failed offline', { timeout: 8000 });
      expect(navigator.onLine, 'failed while offline').to.equal(false);
      await waitUntil(() => navigator.onLine, 'the page is online again', { timeout: 15_000 });
      await waitUntil(() => stepElement(el)?.dataset.step === 'system', 'loaded once back online', { timeout: 5000 });
      await settle(el);
      expect(el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim()).to.equal(
        'The connection is back: the catalogue of systems has loaded.',
      );
    });
  });

  it('the no-cors ask answered, then a second fetch with no answer: said as unreachable, no answer in time, with Try again, never as CORS', async () => {
    const { el, errors } = await onOtherOrigin(`cors=1&hold&lose=${crypto.randomUUID()}`, 1000);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="catalogue-error"]'), 'failed', { timeout: 8000 });
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="catalogue-error"]')!.textContent).to.not.contain('(CORS)');
    expect(el.shadowRoot!.querySelector('[part~="retry"]'), 'Try again').to.not.equal(null);
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.message).to.contain('no answer in time').and.not.contain('Access-Control');
  });

  it('whose server is not there (nothing listens on its port) is said as unreachable, as before, never as CORS', async () => {
    const { el, errors } = await wizardAt('https://127.0.0.1:1/catalogue.json');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="catalogue-error"]'), 'failed', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[part~="catalogue-error"]')!.textContent).to.contain('check the connection');
    expect(errors.map((e) => e.detail.message).join(' '))
      .to.not.contain('CORS')
      .and.not.contain('Access-Control');
  });
});
