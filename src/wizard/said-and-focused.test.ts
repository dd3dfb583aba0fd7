/**
 * What a screen reader hears and where the focus goes in the states the last rounds added: a slow
 * connection test and a sign-in said, not only shown; a refusal said again on a second press;
 * Undo named for what it undoes; the focus kept while the catalogue loads again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { ConnectorWizard } from './connector-wizard.js';
import {
  advanceTo,
  button,
  deepActiveElement,
  fillStep,
  freshApi,
  GROUPS,
  inStep,
  pasteInto,
  settle,
  SHOPIFY_TOKEN,
  stepElement,
  type,
  uniqueDatabase,
  wizardFixture,
} from '../test/fixtures.js';
import { atConnect, closePopup, connectButton, oauthStatus, windowName } from '../test/oauth-fixtures.js';
import { moduleFault } from '../test/module-fault.js';
import { oauthKey } from '../oauth/oauth-controller.js';

/** Every live region's text (polite, status, alert), in the wizard and its step. */
function liveText(el: ConnectorWizard): string {
  const sel = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
  const roots = [el.shadowRoot!, stepElement(el)?.shadowRoot].filter(Boolean) as ShadowRoot[];
  return roots.flatMap((r) => [...r.querySelectorAll(sel)].map((n) => n.textContent!.trim())).join(' | ');
}

/** Credentials filled, with a test endpoint whose next answer is held until `api.release()`. */
async function credentialsWithSlowTest(): Promise<{ el: ConnectorWizard; api: ReturnType<typeof freshApi> }> {
  const api = freshApi();
  const el = await wizardFixture({ system: 'shopify', groups: [{ id: 'uk', name: 'UK' }], testEndpoint: api.testEndpoint });
  await advanceTo(el, 'credentials');
  await fillStep.credentials(el);
  await api.faults({ kind: 'slow', held: true });
  return { el, api };
}

describe('said, not only shown, and the focus kept', () => {
  it('a connection test that takes a while says "Testing the connection…" in a live region, not only on screen (WCAG 4.1.3)', async () => {
    const { el, api } = await credentialsWithSlowTest();
    inStep<HTMLButtonElement>(el, '[part~="test"]')!.focus();
    await sendKeys({ press: 'Enter' });
    try {
      await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'testing', 'testing shown', { timeout: 5000 });
      await settle(el);
      expect(inStep(el, '#test-result')!.textContent, 'shown').to.contain('Testing the connection…');
      expect(liveText(el), 'said').to.contain('Testing the connection…');
    } finally {
      await api.release();
    }
    await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'ok', 'tested', { timeout: 8000 });
  });

  it('a connection test stopped by a change to a credential leaves no "Testing the connection…" to be said again (a change of language)', async () => {
    const { el, api } = await credentialsWithSlowTest();
    inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
    const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    try {
      await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'testing', 'testing shown', { timeout: 5000 });
      await settle(el);
      expect(region.textContent).to.contain('Testing the connection…');
      await api.waitHeld();
      await type(el, '#field-credentials-shop', 'my-other-store');
      await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') !== 'testing', 'stopped', { timeout: 5000 });
      await settle(el);
      expect(region.textContent, 'stopped, not said').to.not.contain('Testing the connection…');
    } finally {
      await api.releaseIfHeld();
    }
    el.lang = 'de';
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('lang') === 'de', 'German', { timeout: 5000 });
    await settle(el);
    expect(region.textContent!.trim(), 'nothing long past said in German').to.equal('');
  });

  it('the Undo after a paste fill says what it undoes (its name names the paste)', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
    await advanceTo(el, 'credentials');
    await pasteInto(el, '#field-credentials-shop', JSON.stringify({ shop: 'my-store', accessToken: SHOPIFY_TOKEN }));
    const undo = inStep<HTMLButtonElement>(el, '[data-paste-undo]')!;
    expect(undo, 'the notice has Undo').to.exist;
    const name = (undo.getAttribute('aria-label') ?? undo.textContent!).trim();
    expect(name, 'the accessible name out of context (a screen reader list of buttons)').to.equal('Undo the paste');
    expect(undo.textContent!.trim(), 'its visible word is in its name').to.equal('Undo');
    // What the polite region says is the fill alone: its button is beside it, not read as part of the news.
    const said = undo.closest('[data-paste-notice]')!.querySelector('[role="status"]')!;
    expect(said.textContent!.replace(/\s+/gu, ' ').trim()).to.equal('Filled 2 fields from what you pasted: Store subdomain and Admin API access token.');
    expect(said.contains(undo), 'Undo is not inside the polite region').to.equal(false);
  });

  it('a second "Save changes" with nothing changed is announced again, not silent', async () => {
    const el = await wizardFixture({ groups: GROUPS });
    el.connector = { id: 'c-1', name: 'Shop live', system: 'shopify', group: 'uk', environment: 'live', timeZone: 'UTC', dateFormat: 'yyyy-MM-dd', authType: 'access-token' };
    await settle(el);
    await el.goTo('review');
    await settle(el);
    const save = button(el, 'create');
    save.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const alert = el.shadowRoot!.querySelector('[part~="submit-error"]')!;
    expect(alert.textContent, 'first press').to.contain('Nothing has changed');
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(el.shadowRoot!, { childList: true, characterData: true, subtree: true });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    observer.disconnect();
    const now = el.shadowRoot!.querySelector('[part~="submit-error"]');
    expect(now?.textContent, 'still shown').to.contain('Nothing has changed');
    // An alert is spoken when it is inserted or its text changes: the second press must do one of those.
    const touched = changes.some((r) => now!.contains(r.target) || [...r.addedNodes].some((n) => n === now || n.contains?.(now!)));
    expect(touched, 'the second press changed nothing in the alert, so nothing is said').to.equal(true);
    expect(deepActiveElement(), 'focus stays on Save').to.equal(button(el, 'create'));
  });

  it('OAuth: "Finish signing in … in the window that opened" is said, not only shown', async () => {
    const el = await atConnect();
    connectButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => oauthStatus(el).getAttribute('data-oauth') === 'waiting', 'waiting');
    await settle(el);
    expect(oauthStatus(el).textContent, 'shown').to.contain('Finish signing in');
    expect(liveText(el), 'said').to.contain('Finish signing in');
    const name = windowName(oauthKey(el), el);
    const win = name === undefined ? null : window.open('', name);
    if (win) await closePopup(win);
  });

  it('catalogue Try again pressed from the keyboard: while it loads, the focus is not dropped on <body>', async () => {
    const catalogueFault = moduleFault('/demo/sample-catalogue.json');
    await catalogueFault('fail=1');
    try {
      const page = await fixture<HTMLElement>(html`<div><header><h1>Connectors</h1><a href="#top">Home</a></header><main>
        <connector-wizard .draftDatabase=${uniqueDatabase()} catalogue-src="/demo/sample-catalogue.json?said-and-focused"></connector-wizard></main></div>`);
      const el = page.querySelector<ConnectorWizard>('connector-wizard')!;
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry"]'), 'load failed', { timeout: 5000 });
      await catalogueFault('delay=1500');
      button(el, 'retry').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.querySelector('[data-loading]'), 'loading again');
      await el.updateComplete;
      expect(document.activeElement === document.body, 'the focus fell to <body> while the catalogue loads').to.equal(false);
      expect(deepActiveElement()?.hasAttribute('data-loading'), 'the loading text holds it').to.equal(true);
      await waitUntil(() => stepElement(el), 'the catalogue came', { timeout: 5000 });
      await settle(el);
      expect(deepActiveElement()?.tagName, 'then the first step heading takes it').to.equal('H2');
    } finally {
      await catalogueFault();
    }
  });

  it('the paste Undo keeps its visible word in its accessible name when the host overrides that word (WCAG 2.5.3)', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
    el.messages = { pasteUndo: 'Revert' };
    await settle(el);
    await advanceTo(el, 'credentials');
    await pasteInto(el, '#field-credentials-shop', JSON.stringify({ shop: 'my-store', accessToken: SHOPIFY_TOKEN }));
    await settle(el);
    const undo = inStep<HTMLButtonElement>(el, '[data-paste-undo]')!;
    expect(undo.textContent!.trim()).to.equal('Revert');
    // The built-in "Undo the paste" does not hold the host's "Revert": the word shown is its name.
    expect((undo.getAttribute('aria-label') ?? undo.textContent!).toLowerCase()).to.contain('revert');
  });
});
