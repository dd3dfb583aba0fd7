/** The element as integrators embed it: set up before its code loads, inside a host form, two on one page, taken out and put back. */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { listDrafts } from '../storage/draft-store.js';
import {
  advanceTo,
  button,
  choose,
  currentStepId,
  deepActiveElement,
  fillStep,
  freshApi,
  inStep,
  pressContinue,
  sampleCatalogue,
  settle,
  SHOPIFY_TOKEN,
  type,
  uniqueDatabase,
  wizardFixture,
} from '../test/fixtures.js';
import { atConnect, broadcast, closePopup, connect, oauthMessage, oauthStatus } from '../test/oauth-fixtures.js';
import { withPatched } from '../test/patched.js';
import { holdDrafts, readDraft } from '../test/stored.js';
import type { ConnectorWizard } from './connector-wizard.js';

/** An empty same-origin page, its own registry: the element is not defined there until its bundle loads. */
function blankFrame(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  frame.srcdoc = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title></head><body></body></html>';
  document.body.append(frame);
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
}

describe('properties set before the element is defined', () => {
  it('are kept once the bundle loads and upgrades it', async () => {
    const draftDatabase = uniqueDatabase();
    const frame = await blankFrame();
    try {
      const doc = frame.contentDocument!;
      const el = doc.createElement('connector-wizard') as ConnectorWizard;
      expect(frame.contentWindow!.customElements.get('connector-wizard'), 'not defined yet').to.equal(undefined);
      el.catalogue = await sampleCatalogue();
      el.system = 'xero';
      el.draftDatabase = draftDatabase;
      el.draftId = 'set-before-upgrade';
      el.messages = { continue: 'Onward' };
      doc.body.append(el);
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/dist/connector-wizard.js';
      doc.head.append(script);
      await waitUntil(() => el.shadowRoot && currentStepId(el) === 'general' && inStep(el, '#field-name'), 'the General step of the preset system', { timeout: 5000 });
      expect(button(el, 'continue').textContent!.trim()).to.equal('Onward');
      await type(el, '#field-name', 'Set before upgrade');
      expect(await el.saveDraft(), 'saved').to.equal(true);
      const drafts = await listDrafts(draftDatabase);
      expect(drafts.map((d) => [d.id, d.name])).to.deep.equal([['set-before-upgrade', 'Set before upgrade']]);
    } finally {
      frame.remove();
    }
  });
});

describe('inside a host form', () => {
  it('neither Enter in a field nor its buttons submit the host form', async () => {
    const host = await fixture<HTMLFormElement>(html`<form action="/never">
      <input name="q" />
      <connector-wizard no-drafts system="shopify" .catalogue=${await sampleCatalogue()}></connector-wizard>
    </form>`);
    let submitted = 0;
    host.addEventListener('submit', (e) => (e.preventDefault(), submitted++));
    const el = host.querySelector('connector-wizard') as ConnectorWizard;
    await settle(el);
    await fillStep.general(el);
    inStep(el, '#field-name')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => currentStepId(el) === 'timezone', 'Enter continues the wizard');
    button(el, 'back').click();
    await waitUntil(() => currentStepId(el) === 'general', 'Back');
    button(el, 'continue').click();
    await waitUntil(() => currentStepId(el) === 'timezone', 'Continue');
    expect(submitted, 'host form submits').to.equal(0);
    // The nearest case: the host form's own field still submits it.
    host.querySelector('input')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => submitted === 1, 'the host field submits its form');
  });
});

describe('two wizards on one page', () => {
  it('every id a control names is in its own shadow root, on each step of both', async () => {
    const draftDatabase = uniqueDatabase();
    const a = await wizardFixture({ draftDatabase, draftId: 'one', system: 'shopify' });
    const b = await wizardFixture({ draftDatabase, draftId: 'two', system: 'shopify' });
    for (const el of [a, b]) {
      const root = el.shadowRoot!.querySelector('[data-step]')!.shadowRoot!;
      for (const node of root.querySelectorAll('[aria-labelledby], [aria-describedby], [for], [aria-controls]'))
        for (const attr of ['aria-labelledby', 'aria-describedby', 'for', 'aria-controls'])
          for (const id of (node.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) expect(root.getElementById(id), `${attr}=${id}`).to.not.equal(null);
    }
    await type(a, '#field-name', 'First wizard');
    await type(b, '#field-name', 'Second wizard');
    expect(await a.saveDraft()).to.equal(true);
    expect(await b.saveDraft()).to.equal(true);
    const drafts = await listDrafts(draftDatabase);
    expect(Object.fromEntries(drafts.map((d) => [d.id, d.name]))).to.deep.equal({ one: 'First wizard', two: 'Second wizard' });
  });
});

/** A Shopify wizard drafting in `draftDatabase`, on Credentials with its access token typed. */
async function typedOnCredentials(draftDatabase: string, encrypted = false): Promise<ConnectorWizard> {
  const el = await wizardFixture({ draftDatabase, system: 'shopify', encrypted });
  await advanceTo(el, 'credentials');
  await fillStep.credentials(el);
  return el;
}

/** A Shopify draft with its access token typed and sealed (`encrypted`), on Credentials. */
async function sealedToken(draftDatabase: string): Promise<ConnectorWizard> {
  const el = await typedOnCredentials(draftDatabase, true);
  expect(await el.saveDraft(), 'saved with encrypted').to.equal(true);
  expect((await readDraft(draftDatabase))!.secrets, 'sealed').to.not.equal(undefined);
  return el;
}

describe('attributes a host changes on Credentials, with credentials typed', () => {
  it('lang and endpoint keep what was typed; secret-persistence encrypted seals it in the draft from then on', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await typedOnCredentials(draftDatabase);
    const token = () => inStep<HTMLInputElement>(el, '#field-credentials-accessToken')!.value;
    el.setAttribute('lang', 'de');
    await waitUntil(() => button(el, 'continue').textContent!.trim() === 'Weiter', 'in German');
    await settle(el);
    expect(token(), 'after lang').to.equal(SHOPIFY_TOKEN);
    el.setAttribute('endpoint', freshApi().endpoint);
    await settle(el);
    expect(token(), 'after endpoint').to.equal(SHOPIFY_TOKEN);
    expect(await el.saveDraft(), 'saved with memory').to.equal(true);
    expect((await readDraft(draftDatabase))!.secrets, 'no secrets kept with memory').to.equal(undefined);
    el.setAttribute('secret-persistence', 'encrypted');
    await settle(el);
    expect(token(), 'after secret-persistence').to.equal(SHOPIFY_TOKEN);
    expect(await el.saveDraft(), 'saved with encrypted').to.equal(true);
    const stored = await readDraft(draftDatabase);
    expect(stored!.secrets, 'sealed').to.not.equal(undefined);
    expect(JSON.stringify(stored)).to.not.contain(SHOPIFY_TOKEN);
  });
  it('secret-persistence set back to memory takes the sealed copies out of the draft', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await sealedToken(draftDatabase);
    el.setAttribute('secret-persistence', 'memory');
    await settle(el);
    expect(await el.saveDraft(), 'saved with memory').to.equal(true);
    expect((await readDraft(draftDatabase))!.secrets, 'no sealed copies').to.equal(undefined);
    expect(inStep<HTMLInputElement>(el, '#field-credentials-accessToken')!.value, 'still on screen').to.equal(SHOPIFY_TOKEN);
  });
});

describe('secret-persistence changed when the draft is not on screen to write', () => {
  it('after a create, leaves the finished draft deleted: a reload starts a fresh connector', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ draftDatabase, system: 'shopify' });
    await advanceTo(el, 'review');
    await el.submit();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="success"]'), 'success panel');
    await waitUntil(async () => (await readDraft(draftDatabase))?.deleted === true, 'finished draft deleted (tombstone)', { timeout: 5000 });
    el.setAttribute('secret-persistence', 'encrypted');
    await settle(el);
    await el.saveDraft();
    el.remove();
    expect((await readDraft(draftDatabase))?.deleted, 'still deleted').to.equal(true);
    const again = await wizardFixture({ draftDatabase, system: 'shopify' });
    expect(currentStepId(again), 'a fresh connector, not the created one reopened').to.equal('general');
  });
  it('set to memory while the draft loads, its sealed copies leave the draft once it has loaded', async () => {
    const draftDatabase = uniqueDatabase();
    (await sealedToken(draftDatabase)).remove();
    const release = await holdDrafts(draftDatabase);
    const el = await fixture<ConnectorWizard>(html`<connector-wizard
      .draftDatabase=${draftDatabase}
      .catalogue=${await sampleCatalogue()}
      system="shopify"
      secret-persistence="encrypted"
    ></connector-wizard>`);
    expect(el.shadowRoot!.querySelector('[data-loading]'), 'still loading').to.not.equal(null);
    el.setAttribute('secret-persistence', 'memory');
    await el.updateComplete;
    await release();
    await waitUntil(() => currentStepId(el) === 'credentials', 'the draft loaded', { timeout: 5000 });
    await el.saveDraft();
    expect((await readDraft(draftDatabase))!.secrets, 'sealed copies out of the draft').to.equal(undefined);
    expect(JSON.stringify((await readDraft(draftDatabase))!.data), 'the answers kept').to.contain('my-store');
  });
  it('after a create and a new connector begun, a change to encrypted seals the secrets typed for it', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ draftDatabase, system: 'shopify' });
    await advanceTo(el, 'review');
    await el.submit();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="success"]'), 'success panel');
    await el.reset();
    await waitUntil(() => currentStepId(el) === 'general', 'a new connector');
    await settle(el);
    // Another name, and testing: the live one created counts for the duplicate rule.
    await type(el, '#field-name', 'Shopify US');
    await choose(el, '#environment-test');
    await pressContinue(el);
    await advanceTo(el, 'credentials');
    await fillStep.credentials(el);
    expect(await el.saveDraft(), 'saved with memory').to.equal(true);
    expect((await readDraft(draftDatabase))!.secrets, 'none with memory').to.equal(undefined);
    el.setAttribute('secret-persistence', 'encrypted');
    await settle(el);
    expect(await el.saveDraft(), 'saved with encrypted').to.equal(true);
    expect((await readDraft(draftDatabase))!.secrets, 'sealed').to.not.equal(undefined);
  });
});

describe('taken out of the page and put back', () => {
  it('keeps the answers typed just before, in the draft and on screen; secrets typed in memory leave', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await typedOnCredentials(draftDatabase);
    const parent = el.parentElement!;
    el.remove();
    // Flushed on removal, not after the save's wait.
    await waitUntil(async () => (await readDraft(draftDatabase))?.step === 'credentials', 'the draft has the step', { timeout: 5000 });
    expect(JSON.stringify((await readDraft(draftDatabase))!.data)).to.contain('my-store');
    await waitUntil(() => !JSON.stringify((el as unknown as { store: { state: object } }).store.state).includes(SHOPIFY_TOKEN), 'secrets left memory');
    parent.append(el);
    await settle(el);
    expect(currentStepId(el)).to.equal('credentials');
    expect(inStep<HTMLInputElement>(el, '#field-credentials-shop')!.value).to.equal('my-store');
    expect(inStep<HTMLInputElement>(el, '#field-credentials-accessToken')!.value).to.equal('');
  });
});

/** Counts the BroadcastChannels the wizard opens and has not closed, by name, while `run` runs. */
async function countingChannels(run: (open: (name: string) => number) => Promise<void>) {
  const live = new Map<string, number>();
  const Native = BroadcastChannel;
  class Counted extends Native {
    #open = true;
    constructor(name: string) {
      super(name);
      live.set(name, (live.get(name) ?? 0) + 1);
    }
    override close() {
      if (this.#open) live.set(this.name, live.get(this.name)! - 1);
      this.#open = false;
      super.close();
    }
  }
  await withPatched(window, 'BroadcastChannel', Counted, () => run((name) => live.get(name) ?? 0));
}

describe('moved and removed, counted', () => {
  it('the draft follows other tabs on one channel however often it is taken out and put back', async () => {
    await countingChannels(async (open) => {
      const draftDatabase = uniqueDatabase();
      const el = await wizardFixture({ draftDatabase, system: 'shopify' });
      await type(el, '#field-name', 'Moved about');
      const channel = `connector-wizard:${draftDatabase}`;
      await waitUntil(() => open(channel) === 1, 'listening');
      const parent = el.parentElement!;
      for (let i = 0; i < 3; i++) {
        el.remove();
        parent.append(el); // a move
        el.remove();
        await waitUntil(() => open(channel) === 0, 'a removal stops listening');
        parent.append(el);
        await waitUntil(() => open(channel) === 1, 'put back, listening again');
      }
      await settle(el);
      expect(open(channel)).to.equal(1);
      el.remove();
      await waitUntil(() => open(channel) === 0, 'removed for good');
    });
  });
});

describe('a sign-in under way, moved and removed', () => {
  it('listens on one channel while moved, and on none once removed', async () => {
    await countingChannels(async (open) => {
      const el = await atConnect();
      const { win, state } = await connect(el);
      const parent = el.parentElement!;
      expect(open('connector-wizard-oauth')).to.equal(1);
      for (let i = 0; i < 3; i++) {
        el.remove();
        parent.append(el);
      }
      await settle(el);
      expect(open('connector-wizard-oauth'), 'moved').to.equal(1);
      broadcast(oauthMessage(state));
      await waitUntil(() => oauthStatus(el).textContent!.includes('test@xero.example'), 'connected after the moves');
      await closePopup(win).catch(() => undefined);
      expect(open('connector-wizard-oauth'), 'spent').to.equal(0);
    });
  });
});

describe('a language switch while the person types', () => {
  it('keeps the focus and the caret in the field being typed in', async () => {
    const el = await wizardFixture({ system: 'shopify', noDrafts: true });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    const field = inStep<HTMLInputElement>(el, '#field-credentials-shop')!;
    field.focus();
    field.setSelectionRange(3, 3);
    el.setAttribute('lang', 'de');
    await waitUntil(() => button(el, 'continue').textContent!.trim() === 'Weiter', 'in German');
    await settle(el);
    expect(deepActiveElement(), 'focus').to.equal(inStep(el, '#field-credentials-shop'));
    expect(inStep<HTMLInputElement>(el, '#field-credentials-shop')!.selectionStart, 'caret').to.equal(3);
  });
});
