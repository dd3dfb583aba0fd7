/**
 * Drafts that never lose work and never keep a secret: real IndexedDB in headless Chromium.
 * Where a failure cannot be produced for real (quota, a refused open), the browser API is made
 * to fail for the duration of one test and restored after it.
 */
import { audit } from '../test/audit.js';
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { openDB } from 'idb';
import type { WizardErrorEvent } from '../events/error-event.js';
import { idRecord } from '../schemas/id-record.js';
import { emptyWizardData } from '../schemas/wizard-data.js';
import { DraftStore, listDrafts } from '../storage/draft-store.js';
import { SecretVault } from '../storage/secret-vault.js';
import {
  advanceTo,
  button,
  errorSummary,
  expectFocusOnHeading,
  choose,
  currentStepId,
  freshApi,
  GROUPS,
  inStep,
  pressContinue,
  sampleCatalogue,
  settle,
  SHOPIFY_TOKEN,
  type,
  uniqueDatabase,
  wizardFixture,
} from '../test/fixtures.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { canaryForms, everythingStored, readDraft, storedShopifyDraft } from '../test/stored.js';
import { withoutSecureContext, withPatched } from '../test/patched.js';
import { fakeClock } from '../test/fake-clock.js';
import { DEBOUNCE_MS } from './draft-timing.js';
import { withFirstReadHeld } from '../test/waits-held-read.js';

interface Options {
  draftDatabase?: string;
  draftId?: string;
  system?: string;
  encrypted?: boolean;
  persist?: boolean;
  endpoint?: string;
  noDrafts?: boolean;
}

async function wizard(options: Options = {}) {
  const errors: WizardErrorEvent['detail'][] = [];
  const created: unknown[] = [];
  const el = await fixture<ConnectorWizard>(html`<connector-wizard
    .draftDatabase=${options.draftDatabase ?? uniqueDatabase()}
    .catalogue=${await sampleCatalogue()}
    .groups=${GROUPS}
    .retryPolicy=${{ baseDelayMs: 20 }}
    system=${options.system ?? 'shopify'}
    draft-id=${options.draftId ?? 'default'}
    secret-persistence=${options.encrypted ? 'encrypted' : 'memory'}
    ?persist-drafts=${options.persist ?? false}
    ?no-drafts=${options.noDrafts ?? false}
    @connector-wizard-error=${(e: WizardErrorEvent) => errors.push(e.detail)}
    @connector-created=${(e: CustomEvent) => created.push(e.detail)}
  ></connector-wizard>`);
  if (options.endpoint) el.endpoint = options.endpoint;
  await settle(el);
  return { el, errors, created };
}

/** A wizard whose draft holds "Saved here", then removed from the page (not moved): it is away, and not listening. */
async function savedThenRemoved(draftDatabase: string) {
  const { el } = await wizard({ draftDatabase });
  await type(el, '#field-name', 'Saved here');
  expect(await el.saveDraft()).to.equal(true);
  const parent = el.parentElement!;
  await removedForGood(el, draftDatabase);
  return { el, parent };
}

/**
 * Removes `el` from the page for good and waits until it has let its database `name` go: its flush on removal has ended
 * and it has stopped following other tabs (it closes its channel as it closes its connection), however slow the machine.
 */
async function removedForGood(el: HTMLElement, name: string) {
  const close = IDBDatabase.prototype.close;
  let closed = false;
  await withPatched(
    IDBDatabase.prototype,
    'close',
    function (this: IDBDatabase) {
      if (this.name === name) closed = true;
      return close.call(this);
    },
    async () => {
      el.remove();
      await waitUntil(() => closed, 'the removed wizard let its database go', { timeout: 5_000 });
    },
  );
}

/** While `run` runs, each BroadcastChannel opened, in the order opened, with how many messages it has heard (a closed one hears none). */
async function withChannelsHeard(run: (channels: { heard: number }[]) => Promise<void>) {
  const channels: { heard: number }[] = [];
  class Heard extends BroadcastChannel {
    constructor(name: string) {
      super(name);
      const channel = { heard: 0 };
      channels.push(channel);
      this.addEventListener('message', () => channel.heard++);
    }
  }
  await withPatched(window, 'BroadcastChannel', Heard as typeof BroadcastChannel, () => run(channels));
}

/** The wizard's draft handle: what it has loaded. */
const draftOf = (el: ConnectorWizard) => (el as unknown as { draft: { status: string; settled: boolean } }).draft;

/** Until the wizard holds the draft the host asks for now (drafts on, loaded, no switch under way), and shows it. */
async function draftSettled(el: ConnectorWizard, what: string) {
  await waitUntil(() => draftOf(el).settled && !['off', 'loading'].includes(draftOf(el).status), what, { timeout: 5_000 });
  await settle(el);
}

/** While `run` runs, how many purges of stale drafts (the tidying a load starts) have ended, successful or not. */
async function withPurgesSeen(run: (ended: () => number) => Promise<void>) {
  const purge = DraftStore.prototype.purge;
  let ended = 0;
  await withPatched(
    DraftStore.prototype,
    'purge',
    function (this: DraftStore, ...args: Parameters<typeof purge>) {
      return purge.apply(this, args).finally(() => ended++);
    },
    () => run(() => ended),
  );
}

const notice = (el: ConnectorWizard, kind: string) => el.shadowRoot!.querySelector(`[data-notice="${kind}"]`);
const allNotices = (el: ConnectorWizard) => [...el.shadowRoot!.querySelectorAll('[data-notice]')];

/** Replaces a browser API for one test; always restored. */
/** A full disk for the duration of `run`: every IndexedDB put throws a quota error. */
const withStorageFull = (run: () => Promise<void>) =>
  withPatched(
    IDBObjectStore.prototype,
    'put',
    (() => {
      throw new DOMException('full', 'QuotaExceededError');
    }) as never,
    run,
  );

/** A browser that cannot store the vault's CryptoKey (\`DataCloneError\`) for the duration of \`run\`: secrets stay in memory. `refusal`: another error storing it meets. */
function withKeyUnstorable(run: () => Promise<void>, refusal = () => new DOMException('CryptoKey cannot be cloned', 'DataCloneError')) {
  const add = IDBObjectStore.prototype.add;
  return withPatched(
    IDBObjectStore.prototype,
    'add',
    function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if ((value as { key?: unknown })?.key instanceof CryptoKey) throw refusal();
      return add.call(this, value, key);
    } as never,
    run,
  );
}

/**
 * Types `value` in the name field (pending: a save waits for a pause) and lets `switchDrafts`
 * move to another draft with storage full: the save of those answers before the switch fails.
 */
async function switchedWithStorageFull(el: ConnectorWizard, value: string, switchDrafts: () => void, waiting: string) {
  await withStorageFull(async () => {
    const input = inStep<HTMLInputElement>(el, '#field-name')!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    switchDrafts();
    await waitUntil(() => notice(el, 'storage'), waiting, { timeout: 5000 });
  });
}

/** `switchDrafts` while every IndexedDB read fails, until the storage notice says the next draft could not be read (`waiting`). */
async function withReadsFailing(el: ConnectorWizard, switchDrafts: () => void, waiting: string) {
  await withPatched(
    IDBObjectStore.prototype,
    'get',
    (() => {
      throw new DOMException('the disk went away', 'UnknownError');
    }) as never,
    async () => {
      switchDrafts();
      await waitUntil(() => notice(el, 'storage'), waiting, { timeout: 5000 });
    },
  );
}

/** The person can still finish: every failure case ends with a created connector. */
async function finish(el: ConnectorWizard, created: unknown[]) {
  await advanceTo(el, 'review');
  await el.submit();
  expect(created, 'created despite the storage failure').to.have.length(1);
}

/** Two tabs on one draft, both on Review, then A back on General (where it types next). */
async function twoTabsBackOnGeneral() {
  const draftDatabase = uniqueDatabase();
  const a = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, draftId: 'shared' });
  const b = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, draftId: 'shared' });
  await advanceTo(a, 'review');
  await waitUntil(() => currentStepId(b) === 'review', 'B follows A onto Review', { timeout: 5000 });
  await settle(b);
  await a.goTo('general');
  await settle(a);
  return { draftDatabase, a, b };
}

/** Runs `run` with the save that waits for typing to pause never coming: a draft written meanwhile was written by what the test did, however slow the machine. */
function withoutPauseSaves(run: () => Promise<void>) {
  const timer = window.setTimeout;
  const noPauseSave = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => (ms === DEBOUNCE_MS ? 0 : timer(handler, ms, ...rest))) as typeof window.setTimeout;
  return withPatched(window, 'setTimeout', noPauseSave, run);
}

describe('drafts: timing', () => {
  it('saves at least every 2 s while typing goes on, and soon after it stops', async () => {
    const draftDatabase = uniqueDatabase();
    const { el } = await wizard({ draftDatabase });
    const input = inStep<HTMLInputElement>(el, '#field-name')!;
    // A key every 100 ms on a clock the test moves: a busy machine's stall is never taken for typing that goes on.
    const clock = fakeClock(new Date().toISOString());
    const typingFrom = Date.now();
    const armed: number[] = [];
    try {
      for (let i = 1; i <= 26; i++) {
        clock.set(new Date(typingFrom + (i - 1) * 100).toISOString());
        input.value = `Name ${i}`;
        if (i < 26) {
          input.dispatchEvent(new Event('input'));
          await el.updateComplete;
        } else {
          // The last key: the timers it arms, read as they are armed (the save waits for one of them).
          const timer = window.setTimeout;
          const arming = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
            armed.push(ms ?? 0);
            return timer(handler, ms, ...rest);
          }) as typeof window.setTimeout;
          await withPatched(window, 'setTimeout', arming, async () => {
            input.dispatchEvent(new Event('input'));
            await el.updateComplete;
          });
        }
        // 2 s after the first key, with keys still coming: the draft is written before the next.
        if (i === 21) await waitUntil(async () => (await readDraft(draftDatabase))?.data.name === 'Name 21', 'a save happened before typing stopped', { timeout: 5000 });
      }
    } finally {
      clock.restore();
    }
    // Promised: at most 500 ms after the last input (the debounce is 400 ms): the save the last key armed waits that long, read as armed, not timed.
    expect(armed, 'the wait after the last input').to.include(DEBOUNCE_MS);
    expect(Math.max(...armed), 'no timer the last key armed waits longer').to.be.at.most(500);
    await waitUntil(async () => (await readDraft(draftDatabase))?.data.name === 'Name 26', 'saved once typing stopped', { timeout: 5000 });
    const record = await readDraft(draftDatabase);
    expect(record!.revision, 'one save per 2 s of typing, plus the last').to.be.within(2, 3);
  });

  it('saves on every step change without waiting', async () => {
    const draftDatabase = uniqueDatabase();
    const { el } = await wizard({ draftDatabase });
    await withoutPauseSaves(async () => {
      await type(el, '#field-name', 'Step change');
      await choose(el, '#group-uk');
      await choose(el, '#environment-live');
      await pressContinue(el);
      await waitUntil(async () => (await readDraft(draftDatabase))?.step === 'timezone', 'saved', { timeout: 5000 });
    });
  });

  it('saveDraft() stores pending changes before it resolves', async () => {
    const draftDatabase = uniqueDatabase();
    const { el } = await wizard({ draftDatabase });
    const input = inStep<HTMLInputElement>(el, '#field-name')!;
    await withoutPauseSaves(async () => {
      input.value = 'Saved on demand';
      input.dispatchEvent(new Event('input'));
      expect((await readDraft(draftDatabase))?.data.name, 'still waiting for the debounce').to.not.equal('Saved on demand');
      expect(await el.saveDraft(), 'resolves to true: the answers are in the draft').to.equal(true);
      expect((await readDraft(draftDatabase))!.data.name).to.equal('Saved on demand');
    });
    expect(await el.saveDraft(), 'nothing pending: still true, and nothing written again').to.equal(true);
    expect((await readDraft(draftDatabase))!.revision).to.equal(1);
    const off = await wizardFixture({ noDrafts: true });
    expect(await off.saveDraft(), 'no-drafts: false, at once').to.equal(false);
  });

  it('flushes when the page is hidden or unloaded', async () => {
    const draftDatabase = uniqueDatabase();
    const { el } = await wizard({ draftDatabase });
    const input = inStep<HTMLInputElement>(el, '#field-name')!;
    await withoutPauseSaves(async () => {
      input.value = 'Before pagehide';
      input.dispatchEvent(new Event('input'));
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      await waitUntil(async () => (await readDraft(draftDatabase))?.data.name === 'Before pagehide', 'flushed on pagehide', { timeout: 5000 });
      input.value = 'Before hidden';
      input.dispatchEvent(new Event('input'));
      await withPatched(document, 'visibilityState' as keyof Document, 'hidden' as never, async () => {
        document.dispatchEvent(new Event('visibilitychange'));
        await waitUntil(async () => (await readDraft(draftDatabase))?.data.name === 'Before hidden', 'flushed when hidden', { timeout: 5000 });
      });
    });
  });
});

/** The sample catalogue with an optional secret beside Shopify's access token (a webhook signing secret). */
async function withOptionalSecret() {
  const catalogue = (await sampleCatalogue()) as { systems: { id: string; authTypes: { id: string; fields: object[] }[] }[] };
  const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
  shopify.authTypes.find((a) => a.id === 'access-token')!.fields.push({ key: 'webhookSecret', label: 'Webhook signing secret', type: 'secret', required: false });
  return catalogue;
}
const WEBHOOK_SECRET = 'whsec_0123456789abcdef';

/** A Shopify draft with the optional webhook secret typed, on Review, then a reload: both secrets are gone from memory (`encrypted`: kept if they can be sealed). */
async function reloadedWithOptionalSecret(webhookSecret = WEBHOOK_SECRET, encrypted = false) {
  const draftDatabase = uniqueDatabase();
  const catalogue = await withOptionalSecret();
  const first = await wizardFixture({ catalogue, system: 'shopify', groups: GROUPS, draftDatabase, encrypted });
  await advanceTo(first, 'credentials');
  await type(first, '#field-credentials-shop', 'my-store');
  await type(first, '#field-credentials-accessToken', SHOPIFY_TOKEN);
  await type(first, '#field-credentials-webhookSecret', webhookSecret);
  expect(inStep<HTMLInputElement>(first, '#field-credentials-webhookSecret')!.value, 'the field holds what was typed').to.equal(webhookSecret);
  await pressContinue(first);
  expect(await first.saveDraft()).to.equal(true);
  first.remove();
  const el = await wizardFixture({ catalogue, system: 'shopify', groups: GROUPS, draftDatabase, encrypted });
  const created: { connector: { credentials: Record<string, unknown> } }[] = [];
  el.addEventListener('connector-created', (e) => created.push((e as CustomEvent).detail));
  return { el, created };
}

describe('drafts: secrets', () => {
  it('answers under an authentication type a broken catalogue leaves out stay in the draft, for the catalogue once fixed', async () => {
    const draftDatabase = uniqueDatabase();
    await storedShopifyDraft(draftDatabase, [['shop', 'my-store']], { step: 'general' });
    const broken = (await sampleCatalogue()) as { systems: { id: string; authTypes: { kind: string }[] }[] };
    broken.systems.find((system) => system.id === 'shopify')!.authTypes[0]!.kind = 'tokne';
    const el = await wizardFixture({ system: 'shopify', draftDatabase, catalogue: broken });
    await type(el, '#field-name', 'Old, renamed');
    expect(await el.saveDraft()).to.equal(true);
    expect((await readDraft(draftDatabase))!.data.credentials['access-token'], 'kept while the catalogue is broken').to.deep.equal({ shop: 'my-store' });
  });

  it('a value an older catalogue stored in clear, for a field now secret, leaves the draft and stays usable', async () => {
    const draftDatabase = uniqueDatabase();
    await storedShopifyDraft(draftDatabase, [
      ['shop', 'my-store'],
      ['accessToken', SHOPIFY_TOKEN],
    ]);
    const { el } = await wizard({ draftDatabase });
    // Without a keystroke, the draft is written again without it.
    await waitUntil(async () => !JSON.stringify(await readDraft(draftDatabase)).includes(SHOPIFY_TOKEN), 'the token left the draft', { timeout: 5000 });
    expect((await readDraft(draftDatabase))!.data.credentials['access-token'].shop).to.equal('my-store');
    // The value is still there to send, masked in its secret field.
    await el.goTo('credentials');
    await settle(el);
    const token = inStep<HTMLInputElement>(el, '#field-credentials-accessToken')!;
    expect(token.type).to.equal('password');
    expect(token.value).to.equal(SHOPIFY_TOKEN);
    await type(el, '#field-credentials-shop', 'my-other-store');
    expect(await el.saveDraft()).to.equal(true);
    expect(JSON.stringify(await readDraft(draftDatabase))).to.not.contain(SHOPIFY_TOKEN);
  });

  it('a canary in every secret field reaches no store: steps, a failed submit, a reload', async () => {
    const canary = 'Canary-7f3a/secret+value';
    const api = freshApi();
    const draftDatabase = uniqueDatabase();
    const first = await wizard({ draftDatabase, system: 'adobe-commerce', endpoint: api.endpoint });
    await advanceTo(first.el, 'auth');
    await choose(first.el, '#auth-integration-oauth');
    await pressContinue(first.el);
    await type(first.el, '#field-credentials-baseUrl', 'https://shop.example.com');
    for (const key of ['consumerKey', 'consumerSecret', 'accessToken', 'accessTokenSecret']) await type(first.el, `#field-credentials-${key}`, `${canary}-${key}`);
    await pressContinue(first.el);
    await api.faults({ kind: 'status', status: 400 });
    await first.el.submit();
    await settle(first.el);
    expect(first.created).to.have.length(0);
    await removedForGood(first.el, draftDatabase);
    const second = await wizard({ draftDatabase, system: 'adobe-commerce', endpoint: api.endpoint });
    const stored = await everythingStored();
    expect(stored).to.contain('shop.example.com'); // the scan does see the draft
    for (const form of canaryForms(canary)) expect(stored, form).to.not.contain(form);
    expect(currentStepId(second.el)).to.equal('review');
    for (const key of ['consumerKey', 'consumerSecret', 'accessToken', 'accessTokenSecret'])
      expect(inStep(second.el, `.row[data-key="credentials.${key}"] dd.value`)!.textContent).to.contain('Not provided: enter it again');
    await second.el.goTo('credentials');
    await settle(second.el);
    expect(inStep(second.el, '[data-field="consumerKey"] [data-testid="reenter"]')!.textContent).to.contain('Enter this again');
  });

  it('an optional secret typed before a reload is asked for again: Create goes to Credentials, not a connector without it', async () => {
    const { el, created } = await reloadedWithOptionalSecret();
    expect(currentStepId(el)).to.equal('review');
    expect(inStep(el, '.row[data-key="credentials.webhookSecret"] dd.value')!.textContent, 'Review says it').to.contain('Not provided: enter it again');
    await el.goTo('credentials');
    await settle(el);
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    await pressContinue(el);
    await el.submit();
    await settle(el);
    expect(
      { created: created.map((c) => Object.keys(c.connector.credentials)), step: currentStepId(el) },
      'the webhook secret typed before the reload is not silently dropped from the connector',
    ).to.deep.equal({ created: [], step: 'credentials' });
  });

  it('an optional secret typed before a reload can be left empty on purpose: Create then sends the connector without it', async () => {
    const { el, created } = await reloadedWithOptionalSecret();
    await el.goTo('credentials');
    await settle(el);
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    const leave = inStep<HTMLButtonElement>(el, '[data-field="webhookSecret"] button[data-keep]')!;
    expect(leave.textContent).to.contain('Leave it empty');
    leave.click();
    await settle(el);
    expect(inStep(el, '[data-field="webhookSecret"] [data-testid="reenter"]') === null, 'no longer asked for').to.equal(true);
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
    await el.submit();
    expect(created.map((c) => Object.keys(c.connector.credentials).sort())).to.deep.equal([['accessToken', 'shop']]);
  });

  it('drops in-memory secrets after create, reset, cancel and removal, but not after a move', async () => {
    const secrets = (el: ConnectorWizard) => JSON.stringify((el as unknown as { store: { state: { secrets: unknown } } }).store.state.secrets);
    const filled = async () => {
      const w = await wizard();
      await advanceTo(w.el, 'review');
      expect(secrets(w.el)).to.contain('shpat_');
      return w;
    };
    const a = await filled();
    await a.el.submit();
    expect(secrets(a.el)).to.equal('{}');
    const b = await filled();
    await b.el.reset();
    expect(secrets(b.el)).to.equal('{}');
    const c = await filled();
    button(c.el, 'cancel').click();
    expect(secrets(c.el)).to.equal('{}');
    const d = await filled();
    const e = await filled();
    const parent = d.el.parentElement!;
    document.body.append(d.el); // moved
    // Removed for good just after: its secrets go in a task queued after the one the move queued, which would have dropped them.
    e.el.remove();
    await waitUntil(() => secrets(e.el) === '{}', 'the one removed dropped its secrets', { timeout: 5_000 });
    expect(secrets(d.el)).to.contain('shpat_');
    d.el.remove(); // removed for good
    await waitUntil(() => secrets(d.el) === '{}', 'dropped once removed', { timeout: 5_000 });
    parent.append(d.el);
  });

  it('a token typed in draft x, the host opens draft y and then x again: the token is still there (in memory only), until Cancel', async () => {
    const draftDatabase = uniqueDatabase();
    const { el } = await wizard({ draftDatabase, draftId: 'x' });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    expect(await el.saveDraft()).to.equal(true);
    const open = async (draftId: string, step: string) => {
      el.draftId = draftId;
      await settle(el);
      await waitUntil(() => currentStepId(el) === step, `draft ${draftId}`, { timeout: 5000 });
      await settle(el);
    };
    const token = () => inStep<HTMLInputElement>(el, '#field-credentials-accessToken')?.value;
    await open('y', 'general');
    await open('x', 'credentials');
    expect(token(), 'back with draft x').to.equal(SHOPIFY_TOKEN);
    expect(inStep(el, '[data-testid="reenter"]') === null, 'not asked to enter it again').to.equal(true);
    expect(JSON.stringify(await readDraft(draftDatabase, 'x')), 'never stored').to.not.contain(SHOPIFY_TOKEN);
    // Secrets in memory go on Cancel: those of a draft left too.
    await open('y', 'general');
    button(el, 'cancel').click();
    await open('x', 'credentials');
    expect(token()).to.equal('');
  });
});

describe('drafts: secret-persistence="encrypted"', () => {
  it('restores secrets after a reload from AES-GCM ciphertext, never plain text', async () => {
    const draftDatabase = uniqueDatabase();
    const first = await wizard({ draftDatabase, encrypted: true });
    await advanceTo(first.el, 'review');
    // The secrets are written as soon as they are typed; wait for the token itself, not for any secrets record.
    const tokenSaved = async () => (await readDraft(draftDatabase))?.secrets?.values['access-token']?.accessToken;
    await waitUntil(tokenSaved, 'encrypted secrets saved', { timeout: 5000 });
    first.el.remove();
    await waitUntil(tokenSaved, 'still saved after the flush on disconnect', { timeout: 5000 });
    const record = (await readDraft(draftDatabase))!;
    const token = record.secrets.values['access-token'].accessToken;
    expect(token.iv).to.be.instanceOf(Uint8Array);
    expect(token.iv.length).to.equal(12);
    expect(record.secrets.expiresAt - Date.now()).to.be.within(23 * 3600_000, 24 * 3600_000);
    for (const form of canaryForms('shpat_0123456789abcdef0123456789abcdef')) expect(await everythingStored()).to.not.contain(form);
    const second = await wizard({ draftDatabase, encrypted: true });
    expect(currentStepId(second.el)).to.equal('review');
    expect(inStep(second.el, '.row[data-key="credentials.accessToken"] dd.value')!.textContent).to.contain('Provided');
    await second.el.submit();
    expect(second.created).to.have.length(1);
  });

  it('a secret holding a lone surrogate comes back from an encrypted draft as typed, or is asked for again: never silently changed', async () => {
    const typed = 'whsec_\ud83dabc\udc00def';
    const { el, created } = await reloadedWithOptionalSecret(typed, true);
    await el.goTo('credentials');
    await settle(el);
    const restored = inStep<HTMLInputElement>(el, '#field-credentials-webhookSecret')!.value;
    const askedAgain = inStep(el, '[data-field="webhookSecret"] [data-testid="reenter"]') !== null;
    await pressContinue(el);
    await el.submit();
    const sent = created.map((c) => c.connector.credentials.webhookSecret);
    expect(
      { restoredAsTyped: restored === typed || askedAgain, sentAsTyped: sent.every((s) => s === typed) },
      `restored ${JSON.stringify(restored)}, sent ${JSON.stringify(sent)}, typed ${JSON.stringify(typed)}`,
    ).to.deep.equal({ restoredAsTyped: true, sentAsTyped: true });
  });

  it('a saved secret that expired is asked for again, saying why, on its field and on Review alike (not that secrets are not kept)', async () => {
    const draftDatabase = uniqueDatabase();
    const first = await wizard({ draftDatabase, encrypted: true });
    await advanceTo(first.el, 'review');
    const tokenSaved = async () => Boolean((await readDraft(draftDatabase))?.secrets?.values['access-token']?.accessToken);
    await waitUntil(tokenSaved, 'encrypted secrets saved', { timeout: 5000 });
    await removedForGood(first.el, draftDatabase);
    const db = await openDB(draftDatabase);
    const record = await db.get('drafts', 'default:shopify');
    await db.put('drafts', { ...record, secrets: { ...record.secrets, expiresAt: Date.now() - 1000 } });
    db.close();
    const second = await wizard({ draftDatabase, encrypted: true });
    expect(currentStepId(second.el)).to.equal('review');
    const said = inStep(second.el, '.row[data-key="credentials.accessToken"] dd.value')!.textContent!;
    expect(said).to.contain('Not provided: enter it again (its saved value expired or could not be read)');
    expect(said, 'the credentials field says it expired; Review must not contradict it').to.not.contain('not kept');
    await second.el.goTo('credentials');
    await settle(second.el);
    const note = inStep(second.el, '[data-field="accessToken"] [data-testid="reenter"]')!.textContent!;
    expect(note).to.contain('expired (secret values are kept for 24 hours)');
    expect(note).to.not.contain('not kept');
  });

  it('a saved secret that expired is said as expired even after another wizard on the page tidied the database', async () => {
    const draftDatabase = uniqueDatabase();
    const first = await wizard({ draftDatabase, encrypted: true, draftId: 'a' });
    await advanceTo(first.el, 'review');
    const saved = async () => Boolean((await readDraft(draftDatabase, 'a'))?.secrets?.values['access-token']?.accessToken);
    await waitUntil(saved, 'encrypted secrets saved', { timeout: 5000 });
    await removedForGood(first.el, draftDatabase);
    const db = await openDB(draftDatabase);
    const record = await db.get('drafts', 'a');
    await db.put('drafts', { ...record, secrets: { ...record.secrets, expiresAt: Date.now() - 1000 } });
    db.close();
    const other = await wizard({ draftDatabase, encrypted: true, draftId: 'b' }); // its load tidies the database
    await waitUntil(async () => !(await saved()), 'the ciphertext purged', { timeout: 5000 });
    other.el.remove();
    expect(await saved(), 'the ciphertext purged').to.equal(false);
    const second = await wizard({ draftDatabase, encrypted: true, draftId: 'a' });
    await second.el.goTo('credentials');
    await settle(second.el);
    expect(inStep(second.el, '[data-field="accessToken"] [data-testid="reenter"]')!.textContent).to.contain('expired (secret values are kept for 24 hours)');
  });

  it('secrets this browser could not store are asked for again as not kept, not as a saved value that expired', async () => {
    await withKeyUnstorable(async () => {
      const draftDatabase = uniqueDatabase();
      const first = await wizard({ draftDatabase, encrypted: true });
      await advanceTo(first.el, 'review');
      await waitUntil(() => notice(first.el, 'secrets-in-memory'), 'said: kept in memory', { timeout: 5000 });
      await waitUntil(async () => (await readDraft(draftDatabase))?.step === 'review', 'saved', { timeout: 5000 });
      await removedForGood(first.el, draftDatabase);
      const second = await wizard({ draftDatabase, encrypted: true });
      await second.el.goTo('credentials');
      await settle(second.el);
      const note = inStep(second.el, '[data-field="accessToken"] [data-testid="reenter"]')!.textContent!;
      expect(note).to.contain('secret values are not kept');
      expect(note).to.not.contain('expired');
    });
  });

  it('an element removed and put back (a keep-alive view, a dialog) has its secrets back, and never erases the stored ones', async () => {
    const draftDatabase = uniqueDatabase();
    const { el, created } = await wizard({ draftDatabase, encrypted: true });
    await advanceTo(el, 'review');
    const tokenSaved = async () => Boolean((await readDraft(draftDatabase))?.secrets?.values['access-token']?.accessToken);
    await waitUntil(tokenSaved, 'encrypted secrets saved', { timeout: 5000 });
    const parent = el.parentElement!;
    const inMemory = () =>
      Boolean((el as unknown as { store: { state: { secrets: Record<string, Record<string, string>> } } }).store.state.secrets['access-token']?.accessToken);
    await removedForGood(el, draftDatabase);
    await waitUntil(() => !inMemory(), 'a removal takes secrets out of memory', { timeout: 5_000 });
    parent.append(el);
    await waitUntil(inMemory, 'the token is back in memory', { timeout: 5_000 });
    await settle(el);
    expect(inStep(el, '.row[data-key="credentials.accessToken"] dd.value')!.textContent).to.contain('Provided');
    // Only the secrets come back: a problem on screen stays, and nothing is said to be restored.
    await el.goTo('general');
    await settle(el);
    await type(el, '#field-name', '');
    await pressContinue(el);
    await removedForGood(el, draftDatabase);
    await waitUntil(() => !inMemory(), 'removed again, the secrets leave memory again', { timeout: 5_000 });
    parent.append(el);
    await waitUntil(inMemory, 'the token is back again', { timeout: 5_000 });
    await settle(el);
    expect(errorSummary(el)).to.deep.equal(['Enter a name for the connector']);
    expect(el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent).to.not.contain('restored');
    await type(el, '#field-name', 'Renamed');
    expect(await el.saveDraft()).to.equal(true);
    expect(await tokenSaved(), 'still stored after the next save').to.equal(true);
    await el.goTo('review');
    await settle(el);
    await el.submit();
    expect(created).to.have.length(1);
  });

  it('after Cancel, an element kept on the page (a hidden dialog) never erases the sealed secrets with its next save; a cleared one goes', async () => {
    const draftDatabase = uniqueDatabase();
    const { el } = await wizard({ draftDatabase, encrypted: true });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    const sealed = async () => Object.keys((await readDraft(draftDatabase))?.secrets?.values['access-token'] ?? {});
    expect(await el.saveDraft()).to.equal(true);
    expect(await sealed(), 'sealed before Cancel').to.deep.equal(['accessToken']);
    button(el, 'cancel').click();
    await settle(el);
    // The host shows the same element again; the person corrects the store name.
    await type(el, '#field-credentials-shop', 'my-other-store');
    expect(await el.saveDraft()).to.equal(true);
    expect(await sealed(), 'still sealed after the next save').to.deep.equal(['accessToken']);
    // A reload restores it.
    const back = await wizard({ draftDatabase, encrypted: true });
    await waitUntil(() => currentStepId(back.el) === 'credentials', 'restored', { timeout: 5_000 });
    await waitUntil(() => inStep<HTMLInputElement>(back.el, '#field-credentials-accessToken')?.value === SHOPIFY_TOKEN, 'the token back', { timeout: 5_000 });
    back.el.remove();
    // The person clears the field: it leaves the draft.
    await type(el, '#field-credentials-accessToken', 'x');
    await type(el, '#field-credentials-accessToken', '');
    expect(await el.saveDraft()).to.equal(true);
    expect(await sealed(), 'cleared, so gone').to.deep.equal([]);
  });

  it('a sealed secret restored, then dropped by Cancel, is asked for again as not kept, not as a saved value that expired', async () => {
    const draftDatabase = uniqueDatabase();
    const first = await wizard({ draftDatabase, encrypted: true });
    await advanceTo(first.el, 'credentials');
    await type(first.el, '#field-credentials-shop', 'my-store');
    await type(first.el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    expect(await first.el.saveDraft()).to.equal(true);
    first.el.remove();
    const { el } = await wizard({ draftDatabase, encrypted: true });
    await waitUntil(() => inStep<HTMLInputElement>(el, '#field-credentials-accessToken')?.value === SHOPIFY_TOKEN, 'the token back', { timeout: 5_000 });
    button(el, 'cancel').click();
    await settle(el);
    expect(inStep(el, '[data-field="accessToken"] [data-testid="reenter"]')!.textContent).to.contain('Enter this again: secret values are not kept.');
  });

  it('a sealed copy kept by a save is the same system s: another system s secret under the same field never comes back', async () => {
    // Two systems whose authentication type and secret field share their ids, as "api-key" / "apiKey" often do.
    const system = (id: string, name: string) => ({
      id,
      name,
      category: 'Test',
      authTypes: [{ id: 'api-key', label: 'API key', kind: 'api-key', fields: [{ key: 'apiKey', label: 'API key', type: 'secret' }] }],
    });
    const catalogue = { version: 1, systems: [system('alpha', 'Alpha'), system('beta', 'Beta')] };
    const draftDatabase = uniqueDatabase();
    const open = () =>
      fixture<ConnectorWizard>(
        html`<connector-wizard .draftDatabase=${draftDatabase} .catalogue=${structuredClone(catalogue)} secret-persistence="encrypted"></connector-wizard>`,
      );
    const pick = async (el: ConnectorWizard, id: string) => {
      await el.goTo('system');
      await settle(el);
      await choose(el, `#system-${id}`);
      await el.goTo('credentials');
      await settle(el);
      expect(currentStepId(el), `on ${id} credentials`).to.equal('credentials');
    };
    const el = await open();
    await settle(el);
    await choose(el, '#system-alpha');
    await el.next();
    await settle(el);
    await type(el, '#field-name', 'Mine');
    await choose(el, '#environment-live');
    await pick(el, 'alpha');
    await type(el, '#field-credentials-apiKey', 'alpha-secret');
    await pick(el, 'beta');
    await type(el, '#field-credentials-apiKey', 'beta-secret');
    expect(await el.saveDraft()).to.equal(true);
    button(el, 'cancel').click();
    await settle(el);
    await pick(el, 'alpha');
    expect(await el.saveDraft()).to.equal(true);
    el.remove();
    const back = await open();
    await waitUntil(() => currentStepId(back) === 'credentials', 'restored', { timeout: 5_000 });
    await settle(back);
    expect(inStep<HTMLInputElement>(back, '#field-credentials-apiKey')!.value, 'Beta key in Alpha').to.not.equal('beta-secret');
  });

  it('falls back to memory, saying so, when WebCrypto is missing or the key cannot be stored', async () => {
    await withoutSecureContext(async () => {
      const draftDatabase = uniqueDatabase();
      const { el, created } = await wizard({ draftDatabase, encrypted: true });
      await advanceTo(el, 'review');
      await waitUntil(() => notice(el, 'secrets-in-memory'), 'notice', { timeout: 5_000 });
      await waitUntil(async () => (await readDraft(draftDatabase))?.step === 'review', 'saved on Review', { timeout: 5000 });
      expect((await readDraft(draftDatabase))!.secrets).to.equal(undefined);
      await el.submit();
      expect(created).to.have.length(1);
    });
    await withKeyUnstorable(async () => {
      const draftDatabase = uniqueDatabase();
      const { el } = await wizard({ draftDatabase, encrypted: true });
      await advanceTo(el, 'review');
      await waitUntil(() => notice(el, 'secrets-in-memory'), 'notice', { timeout: 5_000 });
      await waitUntil(async () => (await readDraft(draftDatabase))?.step === 'review', 'saved on Review', { timeout: 5000 });
      expect((await readDraft(draftDatabase))!.secrets).to.equal(undefined);
    });
  });

  it('a damaged key record (no CryptoKey in it) gives way to a new key: secrets are sealed, nothing is said, and a reload has them back', async () => {
    const draftDatabase = uniqueDatabase();
    const db = await openDB(draftDatabase, 2, {
      upgrade: (d) => {
        d.createObjectStore('drafts', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
        d.createObjectStore('keys', { keyPath: 'id' });
      },
    });
    await db.put('keys', { id: 'secrets-v1', key: 'not a key' });
    db.close();
    const first = await wizard({ draftDatabase, encrypted: true });
    await advanceTo(first.el, 'review');
    await waitUntil(async () => (await readDraft(draftDatabase))?.step === 'review', 'saved on Review', { timeout: 5000 });
    expect(notice(first.el, 'secrets-in-memory'), 'no word of a browser that cannot keep them').to.equal(null);
    expect(Object.keys((await readDraft(draftDatabase))!.secrets?.values ?? {}), 'sealed').to.deep.equal(['access-token']);
    first.el.remove();
    const second = await wizard({ draftDatabase, encrypted: true });
    await second.el.goTo('credentials');
    await settle(second.el);
    expect(inStep<HTMLInputElement>(second.el, '#field-credentials-accessToken')!.value).to.equal(SHOPIFY_TOKEN);
  });
});

describe('drafts: saveDraft() with secrets the vault cannot seal', () => {
  it('is false while typed secrets are held in memory only, and true with none typed', async () => {
    await withKeyUnstorable(async () => {
      const draftDatabase = uniqueDatabase();
      const { el } = await wizard({ draftDatabase, encrypted: true });
      await type(el, '#field-name', 'No secrets yet');
      expect(await el.saveDraft(), 'nothing secret typed').to.equal(true);
      await advanceTo(el, 'credentials');
      await type(el, '#field-credentials-shop', 'my-store');
      await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
      const saved = await el.saveDraft();
      expect(Object.keys((await readDraft(draftDatabase))?.secrets?.values ?? {})).to.have.length(0);
      expect(saved, 'the token is in memory only').to.equal(false);
    });
  });
});

describe('drafts: storage that fails never stops the wizard', () => {
  const expectOneNotice = (el: ConnectorWizard, errors: WizardErrorEvent['detail'][]) => {
    expect(allNotices(el).filter((n) => n.getAttribute('data-notice') === 'storage')).to.have.length(1);
    expect(notice(el, 'storage')!.textContent).to.not.match(/private|incognito/i);
    expect(
      errors.filter((e) => e.kind === 'storage'),
      JSON.stringify(errors),
    ).to.have.length(1);
  };

  for (const name of ['SecurityError', 'InvalidStateError']) {
    it(`indexedDB.open throwing ${name}`, async () => {
      await withPatched(
        indexedDB,
        'open',
        (() => {
          throw new DOMException('refused', name);
        }) as never,
        async () => {
          const { el, errors, created } = await wizard();
          await audit(el, 'drafts unavailable');
          expectOneNotice(el, errors);
          await finish(el, created);
        },
      );
    });
  }

  it('open blocked for more than 3 s by another tab', async () => {
    const draftDatabase = uniqueDatabase();
    // An "old tab" holding version 1 that never lets go.
    const old = await openDB(draftDatabase, 1, { upgrade: (db) => void db.createObjectStore('drafts', { keyPath: 'id' }) });
    old.onversionchange = null;
    try {
      const { el, errors, created } = await wizard({ draftDatabase });
      await waitUntil(() => notice(el, 'storage'), 'gave up waiting', { timeout: 5000 });
      expect(errors[0]!.message).to.contain('blocked');
      await finish(el, created);
    } finally {
      old.close();
    }
  });

  it('a full disk when the vault key is first stored: said as storage failing, not as a browser that cannot keep secrets safely', async () => {
    await withKeyUnstorable(
      async () => {
        const { el, errors, created } = await wizard({ encrypted: true });
        await advanceTo(el, 'credentials');
        await type(el, '#field-credentials-shop', 'my-store');
        await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
        expect(await el.saveDraft(), 'not stored').to.equal(false);
        await waitUntil(() => notice(el, 'storage'), 'said', { timeout: 5000 });
        expect(allNotices(el).map((n) => n.getAttribute('data-notice'))).to.deep.equal(['storage']);
        expectOneNotice(el, errors);
        expect(errors[0]!.message).to.contain('full');
        await finish(el, created);
      },
      () => new DOMException('full', 'QuotaExceededError'),
    );
  });

  for (const [label, error] of [
    ['QuotaExceededError', () => new DOMException('full', 'QuotaExceededError')],
    ['AbortError caused by a quota error', () => Object.assign(new DOMException('aborted', 'AbortError'), { cause: new DOMException('full', 'QuotaExceededError') })],
  ] as const) {
    it(`a quota error on save (${label})`, async () => {
      await withPatched(
        IDBObjectStore.prototype,
        'put',
        (() => {
          throw error();
        }) as never,
        async () => {
          const { el, errors, created } = await wizard();
          await type(el, '#field-name', 'Quota');
          await waitUntil(() => notice(el, 'storage'), 'notice after the failed save', { timeout: 5000 });
          expect(errors[0]!.message).to.contain('full');
          expect(await el.saveDraft(), 'storage failed: false').to.equal(false);
          await pressContinue(el);
          expectOneNotice(el, errors);
          await finish(el, created);
        },
      );
    });
  }

  it('a draft stored before a failed save is deleted after the create, so it never comes back as a connector already created', async () => {
    const draftDatabase = uniqueDatabase();
    const { el, errors, created } = await wizard({ draftDatabase });
    await type(el, '#field-name', 'Stored first');
    await el.saveDraft();
    expect((await readDraft(draftDatabase))!.data.name).to.equal('Stored first');
    await withStorageFull(async () => {
      await type(el, '#field-name', 'Stored first, then not');
      await waitUntil(() => notice(el, 'storage'), 'notice after the failed save', { timeout: 5000 });
    });
    expect(errors[0]!.kind).to.equal('storage');
    await finish(el, created);
    await waitUntil(async () => (await readDraft(draftDatabase))?.deleted === true, 'the stale draft deleted (a tombstone left)', { timeout: 5000 });
    expect(await listDrafts(draftDatabase)).to.deep.equal([]);
  });

  it('a save that fails as draft-id switches leaves the answers on screen, in memory: never stuck loading, and saveDraft() says they are not stored', async () => {
    const draftDatabase = uniqueDatabase();
    const { el, errors } = await wizard({ draftDatabase, draftId: 'a' });
    await switchedWithStorageFull(el, 'Typed before the switch', () => (el.draftId = 'b'), 'told the answers are not being saved');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[data-loading]') === null, 'not stuck loading').to.equal(true);
    expect(inStep<HTMLInputElement>(el, '#field-name')?.value).to.equal('Typed before the switch');
    expect(errors.map((e) => e.kind)).to.deep.equal(['storage']);
    expect(await el.saveDraft(), 'not stored').to.equal(false);
  });

  it('a write aborted by the browser as draft-id switches, on Credentials: said once, and every answer typed stays on screen; the draft switched to is not written', async () => {
    const draftDatabase = uniqueDatabase();
    const other = await wizard({ draftDatabase, draftId: 'b' });
    await type(other.el, '#field-name', 'Other work, in b');
    expect(await other.el.saveDraft()).to.equal(true);
    other.el.remove();
    const { el, errors } = await wizard({ draftDatabase, draftId: 'a' });
    await advanceTo(el, 'credentials');
    const token = 'shpat_' + 'ab12'.repeat(8);
    const put = IDBObjectStore.prototype.put;
    await withPatched(
      IDBObjectStore.prototype,
      'put',
      // Not refused at once, as a full disk is: the write is queued, then its transaction aborts (as on an I/O error).
      function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        const request = put.apply(this, args);
        this.transaction.abort();
        return request;
      } as never,
      async () => {
        const input = inStep<HTMLInputElement>(el, '#field-credentials-accessToken')!;
        input.value = token;
        input.dispatchEvent(new Event('input'));
        el.draftId = 'b';
        await waitUntil(() => notice(el, 'storage'), 'told the answers are not being saved', { timeout: 5000 });
      },
    );
    await settle(el);
    expect({
      step: currentStepId(el),
      token: inStep<HTMLInputElement>(el, '#field-credentials-accessToken')?.value,
      notices: allNotices(el).map((n) => n.getAttribute('data-notice')),
      errors: errors.map((e) => e.kind),
    }).to.deep.equal({ step: 'credentials', token, notices: ['storage'], errors: ['storage'] });
    await pressContinue(el);
    await el.goTo('general');
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-name')?.value, 'the earlier answers too').to.equal('Shopify UK');
    await type(el, '#field-name', 'Typed on after the failure');
    expect(await el.saveDraft(), 'not stored').to.equal(false);
    expect((await readDraft(draftDatabase, 'b'))?.data?.name, 'draft b is other work and stays').to.equal('Other work, in b');
  });

  it('a draft whose save failed as draft-id switched is deleted after the create made from its answers, and the draft switched to stays', async () => {
    const draftDatabase = uniqueDatabase();
    const other = await wizard({ draftDatabase, draftId: 'b' });
    await type(other.el, '#field-name', 'Other work, in b');
    expect(await other.el.saveDraft()).to.equal(true);
    other.el.remove();
    const { el, created } = await wizard({ draftDatabase, draftId: 'a' });
    await type(el, '#field-name', 'Stored in a');
    expect(await el.saveDraft()).to.equal(true);
    await switchedWithStorageFull(el, 'Stored in a, then typed on', () => (el.draftId = 'b'), 'the save before the switch failed');
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-name')?.value).to.equal('Stored in a, then typed on');
    await finish(el, created);
    await waitUntil(async () => (await readDraft(draftDatabase, 'a'))?.deleted === true, 'draft a deleted: it never comes back as a connector already created', {
      timeout: 5000,
    });
    expect((await readDraft(draftDatabase, 'b'))?.data?.name, 'draft b is other work and stays').to.equal('Other work, in b');
  });

  it('a draft left by a draft-id switch whose read failed is deleted after the create made from its answers, still on screen', async () => {
    const draftDatabase = uniqueDatabase();
    const other = await wizard({ draftDatabase, draftId: 'b' });
    await type(other.el, '#field-name', 'Other work, in b');
    expect(await other.el.saveDraft()).to.equal(true);
    other.el.remove();
    const { el, created } = await wizard({ draftDatabase, draftId: 'a' });
    await type(el, '#field-name', 'Stored in a');
    expect(await el.saveDraft()).to.equal(true);
    await withReadsFailing(el, () => (el.draftId = 'b'), 'draft b could not be read');
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-name')?.value, 'a draft-id switch leaves the answers on screen').to.equal('Stored in a');
    await finish(el, created);
    await waitUntil(async () => (await readDraft(draftDatabase, 'a'))?.deleted === true, 'draft a deleted: it never comes back as a connector already created', {
      timeout: 5000,
    });
    expect((await readDraft(draftDatabase, 'b'))?.data?.name, 'draft b is other work and stays').to.equal('Other work, in b');
  });

  it('a save that fails as a new system preset replaces the answers deletes no draft on Start over: the old system draft is other work', async () => {
    const draftDatabase = uniqueDatabase();
    const { el } = await wizard({ draftDatabase, system: 'shopify' });
    await type(el, '#field-name', 'Shopify, unfinished');
    expect(await el.saveDraft()).to.equal(true);
    await switchedWithStorageFull(el, 'Shopify, typed on', () => (el.system = 'xero'), 'the save before the switch failed');
    await settle(el);
    await el.reset(); // Start over, on Xero: deletes what storage failed on, if it was this screen's draft
    // reset() has awaited the delete it asked for; one it leaves to a load still under way is done once that load is.
    await waitUntil(() => draftOf(el).settled, 'Start over done', { timeout: 5_000 });
    await settle(el);
    expect((await readDraft(draftDatabase, 'default:shopify'))?.data?.name, 'the Shopify draft stays').to.equal('Shopify, unfinished');
  });

  it('storage failing while a new system preset loads its draft deletes no other draft on Start over: the old system’s draft is other work', async () => {
    const draftDatabase = uniqueDatabase();
    const { el } = await wizard({ draftDatabase, system: 'shopify' });
    await type(el, '#field-name', 'Shopify, unfinished');
    expect(await el.saveDraft()).to.equal(true);
    await withReadsFailing(el, () => (el.system = 'xero'), 'the Xero draft could not be read');
    await el.reset();
    await settle(el);
    expect((await readDraft(draftDatabase, 'default:shopify'))?.data?.name, 'the Shopify draft stays').to.equal('Shopify, unfinished');
  });
});

describe('drafts: two tabs, one draft', () => {
  it('a tab with no unsaved edits picks up the newer draft once the other tab says it saved it (no timer of its own)', async () => {
    const draftDatabase = uniqueDatabase();
    const a = await wizard({ draftDatabase });
    const b = await wizard({ draftDatabase });
    await type(a.el, '#field-name', 'Typed in A');
    await choose(a.el, '#group-uk');
    await choose(a.el, '#environment-live');
    await pressContinue(a.el); // saves now
    await waitUntil(async () => (await readDraft(draftDatabase))?.step === 'timezone', 'A saved', { timeout: 5000 });
    // B follows on A's message on the BroadcastChannel, with no timer of its own: following at all is following at once, so a busy machine gets 5 s.
    await waitUntil(() => inStep<HTMLInputElement>(b.el, '#field-name')?.value === 'Typed in A' || currentStepId(b.el) === 'timezone', 'B followed', { timeout: 5000 });
  });

  it('a tab showing its success panel keeps it while another tab starts the next connector, which Add another connector then takes, never deletes', async () => {
    const draftDatabase = uniqueDatabase();
    const a = await wizard({ draftDatabase });
    const b = await wizard({ draftDatabase });
    await finish(a.el, a.created);
    await settle(a.el);
    expect(a.el.currentStep).to.equal('done');
    await waitUntil(async () => (await readDraft(draftDatabase))?.deleted === true, 'the draft of the connector created is deleted', { timeout: 5000 });
    await waitUntil(() => nameOn(b.el) === '', 'B follows: a fresh form', { timeout: 5_000 });
    await waitUntil(() => allNotices(b.el).some((n) => n.getAttribute('data-notice') === 'finished'), 'and says why', { timeout: 5_000 });
    const watcher = await wizard({ draftDatabase }); // hears B's save after A (it listens since after A)
    await type(b.el, '#field-name', 'Next one, typed in B');
    expect(await b.el.saveDraft()).to.equal(true);
    await waitUntil(() => nameOn(watcher.el) === 'Next one, typed in B', 'the save told and followed in another tab', { timeout: 5_000 });
    await settle(a.el);
    expect(a.el.currentStep, 'A still shows what it created').to.equal('done');
    expect(a.el.shadowRoot!.querySelector('.success') !== null).to.equal(true);
    a.el.shadowRoot!.querySelector<HTMLButtonElement>('.success button')!.click();
    await waitUntil(() => nameOn(a.el) === 'Next one, typed in B', 'A takes the next connector B began', { timeout: 5_000 });
    expect((await readDraft(draftDatabase))!.data.name, 'never deleted').to.equal('Next one, typed in B');
    expect(nameOn(b.el)).to.equal('Next one, typed in B');
    expect(
      allNotices(b.el).filter((n) => n.getAttribute('data-notice') !== 'finished').length,
      'B is told nothing more (it was told the connector it showed was saved in A): nothing happened to its work since',
    ).to.equal(0);
  });

  it('an element removed while another tab saved the draft follows that version when it is put back', async () => {
    const draftDatabase = uniqueDatabase();
    const { el, parent } = await savedThenRemoved(draftDatabase);
    // Another tab saves while this element is away, and so not listening.
    const { revision } = (await readDraft(draftDatabase))!;
    const other = new DraftStore(draftDatabase);
    await other.put(
      { id: 'default:shopify', step: 'general', updatedAt: Date.now(), data: { ...emptyWizardData(), system: 'shopify', name: 'Saved in the other tab' } },
      revision,
    );
    await other.close();
    parent.append(el);
    await waitUntil(() => nameOn(el) === 'Saved in the other tab', 'followed', { timeout: 5000 });
    await type(el, '#field-name', 'Typed after');
    expect(await el.saveDraft(), 'and saves over it knowingly, without a conflict').to.equal(true);
  });

  it('an element put back over a record damaged while it was away keeps the answers typed as it came back, and says no other tab discarded it', async () => {
    const draftDatabase = uniqueDatabase();
    const { el, parent } = await savedThenRemoved(draftDatabase);
    // Other code (or a damaged profile) writes something unreadable there while this element is away.
    const { revision } = (await readDraft(draftDatabase))!;
    const db = await openDB(draftDatabase);
    await db.put('drafts', { id: 'default:shopify', revision: revision + 1, data: 'not a draft' });
    db.close();
    parent.append(el);
    // Typed as it comes back, before the record is read.
    const input = inStep<HTMLInputElement>(el, '#field-name')!;
    input.value = 'Typed as it came back';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    await waitUntil(async () => (await readDraft(draftDatabase))?.data?.name === 'Typed as it came back', 'saved over the unreadable record', { timeout: 5000 }).catch(
      () => undefined,
    );
    expect(notice(el, 'conflict')?.textContent ?? '', 'no word of a discard that never happened').to.equal('');
    expect(nameOn(el)).to.equal('Typed as it came back');
    expect((await readDraft(draftDatabase))?.data?.name).to.equal('Typed as it came back');
  });

  it('a tab showing its success panel keeps it when another tab then discards or creates the next connector', async () => {
    const draftDatabase = uniqueDatabase();
    const a = await wizard({ draftDatabase });
    const b = await wizard({ draftDatabase });
    await finish(a.el, a.created);
    await settle(a.el);
    await waitUntil(() => nameOn(b.el) === '', 'B follows: a fresh form', { timeout: 5_000 });
    await waitUntil(() => allNotices(b.el).some((n) => n.getAttribute('data-notice') === 'finished'), 'and says why', { timeout: 5_000 });
    await type(b.el, '#field-name', 'Next one, typed in B');
    expect(await b.el.saveDraft()).to.equal(true);
    const watcher = await wizard({ draftDatabase }); // hears B's discard after A (it listens since after A)
    await b.el.reset();
    await waitUntil(async () => (await readDraft(draftDatabase))?.deleted === true, 'B discarded it', { timeout: 5000 });
    await waitUntil(() => nameOn(watcher.el) === '', 'the discard told and followed in another tab', { timeout: 5_000 });
    await settle(a.el);
    expect(a.el.currentStep, 'A still shows what it created').to.equal('done');
  });

  it('an element removed and put back within the same task after a pause for promises still follows other tabs', async () => {
    const draftDatabase = uniqueDatabase();
    const a = await wizard({ draftDatabase });
    const b = await wizard({ draftDatabase });
    const parent = a.el.parentElement!;
    a.el.remove();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    parent.append(a.el);
    await settle(a.el);
    await type(b.el, '#field-name', 'Typed in B');
    expect(await b.el.saveDraft()).to.equal(true);
    await waitUntil(() => nameOn(a.el) === 'Typed in B', 'A followed', { timeout: 5000 });
  });

  it('a tab with unsaved edits is told and never overwrites the newer draft', async () => {
    const draftDatabase = uniqueDatabase();
    const { el } = await wizard({ draftDatabase });
    // Another tab writes revision 2 (as a tab without BroadcastChannel would, e.g. a frozen one).
    await intoConflict(el, draftDatabase);
    expect((await readDraft(draftDatabase))!.revision).to.equal(2);
    expect((await readDraft(draftDatabase))!.data.name).to.equal('Newer, from the other tab');
    expect(await el.saveDraft(), 'a host about to remove the element hears that its answers are not stored').to.equal(false);
    await audit(el, 'draft conflict notice');
    (notice(el, 'conflict')!.querySelector('[data-conflict="mine"]') as HTMLButtonElement).click();
    await waitUntil(async () => (await readDraft(draftDatabase))?.data.name === 'Edited here', 'kept this version knowingly', { timeout: 5000 });
    expect(notice(el, 'conflict')).to.equal(null);
    await settle(el);
    expect(document.activeElement).to.not.equal(document.body);
  });

  it('a draft finished in another tab is never written back', async () => {
    const draftDatabase = uniqueDatabase();
    const a = await wizard({ draftDatabase });
    const b = await wizard({ draftDatabase });
    await type(a.el, '#field-name', 'Both tabs');
    await waitUntil(() => inStep<HTMLInputElement>(b.el, '#field-name')?.value === 'Both tabs', 'B follows', { timeout: 5_000 });
    const bInput = inStep<HTMLInputElement>(b.el, '#field-name')!;
    bInput.value = 'B keeps typing';
    bInput.dispatchEvent(new Event('input'));
    await a.el.reset(); // A finishes (or discards) the draft
    await waitUntil(() => notice(b.el, 'conflict'), 'B told', { timeout: 5000 });
    expect(notice(b.el, 'conflict')!.textContent).to.contain('finished or discarded in another tab');
    // The save B's edit waits for, asked now: it is refused, not written.
    expect(await b.el.saveDraft()).to.equal(false);
    expect(await listDrafts(draftDatabase)).to.deep.equal([]);
    await audit(b.el, 'draft finished in another tab');
  });

  it('a tab that switches draft-id while it reads the other tab’s newer version stays on the draft it switched to', async () => {
    const draftDatabase = uniqueDatabase();
    const a = await wizard({ draftDatabase, draftId: 'shared' });
    const b = await wizard({ draftDatabase, draftId: 'shared' });
    // B's read of the newer version (the first read of 'shared' from now on) is held until B has switched.
    await withFirstReadHeld('shared', async (read) => {
      await type(a.el, '#field-name', 'Saved in tab A');
      await waitUntil(() => read.asked(), 'B reads the newer version', { timeout: 5_000 });
      b.el.draftId = 'elsewhere';
      await draftSettled(b.el, 'the switch loaded the new (empty) draft');
      read.release();
      await waitUntil(() => read.answered(), 'the late read answered', { timeout: 5_000 });
      await settle(b.el);
    });
    expect(inStep<HTMLInputElement>(b.el, '#field-name')?.value, 'the read that came late is not put on screen').to.equal('');
    await b.el.saveDraft();
    expect((await readDraft(draftDatabase, 'elsewhere'))?.data?.name ?? '', 'nor saved into the draft switched to').to.equal('');
  });

  it('following another tab keeps the secrets typed in this one', async () => {
    const draftDatabase = uniqueDatabase();
    const a = await wizard({ draftDatabase });
    await advanceTo(a.el, 'review');
    const b = await wizard({ draftDatabase });
    await waitUntil(() => currentStepId(b.el) === 'review', 'B on review', { timeout: 5_000 });
    await b.el.goTo('credentials');
    await settle(b.el);
    await type(b.el, '#field-credentials-accessToken', 'shpat_ffffffffffffffffffffffffffffffff');
    await pressContinue(b.el);
    // Let B's save land and A follow it before A acts (otherwise A rightly reports a conflict).
    await waitUntil(async () => (await readDraft(draftDatabase))?.step === 'review', 'B saved', { timeout: 5000 });
    const saved = (await readDraft(draftDatabase))!.revision as number;
    await waitUntil(() => (a.el as unknown as { draft: { revisionRead: number } }).draft.revisionRead === saved, 'A followed B', { timeout: 5000 });
    await a.el.goTo('general');
    await settle(a.el);
    await waitUntil(async () => ((await readDraft(draftDatabase))!.revision as number) > saved, 'A saved its step change', { timeout: 5000 });
    await type(a.el, '#field-name', 'Renamed in A');
    // B follows A, step included, and still holds the token typed in B.
    await waitUntil(() => inStep<HTMLInputElement>(b.el, '#field-name')?.value === 'Renamed in A', 'B followed A', { timeout: 5000 });
    await b.el.goTo('review');
    await settle(b.el);
    expect(inStep(b.el, '.row[data-key="credentials.accessToken"] dd.value')!.textContent).to.contain('Provided');
  });

  it('a removed element stops following other tabs', async () => {
    await withChannelsHeard(async (channels) => {
      const draftDatabase = uniqueDatabase();
      const a = await wizard({ draftDatabase });
      const opened = channels.length;
      const b = await wizard({ draftDatabase });
      const ofB = channels.slice(opened);
      expect(ofB, 'B follows other tabs').to.not.be.empty;
      // Opened after B's: a message reaches B (were it listening) before the watcher, as channels hear in the order they were opened.
      const watcher = await wizard({ draftDatabase });
      const parent = b.el.parentElement!;
      const readBefore = revisionReadBy(b.el);
      await removedForGood(b.el, draftDatabase);
      const heardBefore = ofB.map((channel) => channel.heard);
      await type(a.el, '#field-name', 'While B was away');
      await waitUntil(async () => (await readDraft(draftDatabase))?.data.name === 'While B was away', 'A saved', { timeout: 5000 });
      await waitUntil(() => nameOn(watcher.el) === 'While B was away', 'a tab still listening followed', { timeout: 5_000 });
      expect(
        ofB.map((channel) => channel.heard),
        'the removed element heard nothing',
      ).to.deep.equal(heardBefore);
      await settle(b.el);
      // Its state, not its screen: a removed element takes a followed version into its answers without rendering it.
      expect(answersOf(b.el).name, 'the removed element took no version').to.equal('');
      expect(revisionReadBy(b.el), 'the removed element read no version').to.equal(readBefore);
      parent.append(b.el);
    });
  });

  it('"Use the other version" loads the newer draft', async () => {
    const draftDatabase = uniqueDatabase();
    const a = await wizard({ draftDatabase });
    const b = await wizard({ draftDatabase });
    const bInput = inStep<HTMLInputElement>(b.el, '#field-name')!;
    bInput.value = 'B draft';
    bInput.dispatchEvent(new Event('input'));
    await type(a.el, '#field-name', 'A version');
    await choose(a.el, '#group-uk');
    await choose(a.el, '#environment-live');
    await pressContinue(a.el);
    await waitUntil(() => notice(b.el, 'conflict'), 'B told', { timeout: 5_000 });
    (notice(b.el, 'conflict')!.querySelector('[data-conflict="theirs"]') as HTMLButtonElement).click();
    await waitUntil(() => currentStepId(b.el) === 'timezone', 'B took the other version', { timeout: 5_000 });
    await b.el.goTo('general');
    await settle(b.el);
    expect(inStep<HTMLInputElement>(b.el, '#field-name')!.value).to.equal('A version');
  });

  it('"Use the other version" keeps the secrets typed in this tab (no version holds them), for the same system', async () => {
    const draftDatabase = uniqueDatabase();
    const { el } = await wizard({ draftDatabase });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    expect(await el.saveDraft()).to.equal(true);
    const stored = (await readDraft(draftDatabase))!;
    // Another tab (its message never arriving, as a frozen tab's) renames the connector.
    const other = new DraftStore(draftDatabase);
    await other.put({ id: 'default:shopify', step: 'credentials', updatedAt: Date.now(), data: { ...stored.data, name: 'Renamed in the other tab' } }, stored.revision);
    await other.close();
    await type(el, '#field-credentials-shop', 'my-store-2');
    await waitUntil(() => notice(el, 'conflict'), 'told of the conflict', { timeout: 5000 });
    (notice(el, 'conflict')!.querySelector('[data-conflict="theirs"]') as HTMLButtonElement).click();
    await waitUntil(() => notice(el, 'conflict') === null, 'took the other version', { timeout: 5_000 });
    await settle(el);
    expect(currentStepId(el)).to.equal('credentials');
    expect(inStep<HTMLInputElement>(el, '#field-credentials-shop')!.value, 'the other version').to.equal('my-store');
    expect(inStep<HTMLInputElement>(el, '#field-credentials-accessToken')!.value, 'the token typed here').to.equal(SHOPIFY_TOKEN);
  });

  it('a tab following another tab says nothing was restored: it only follows', async () => {
    const draftDatabase = uniqueDatabase();
    const a = await wizard({ draftDatabase });
    const b = await wizard({ draftDatabase });
    const region = b.el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    const said: string[] = [];
    new MutationObserver(() => said.push(region.textContent!.trim())).observe(region, { childList: true, characterData: true, subtree: true });
    await type(a.el, '#field-name', 'Typed in the other window');
    expect(await a.el.saveDraft()).to.equal(true);
    await waitUntil(() => inStep<HTMLInputElement>(b.el, '#field-name')?.value === 'Typed in the other window', 'B follows', { timeout: 5_000 });
    await settle(b.el);
    expect(said.join(' | '), 'nothing restored in B').to.not.contain('We restored');
  });

  it('a database upgrade in another tab: flush, close, carry on in memory with a notice, and tell the host once', async () => {
    const draftDatabase = uniqueDatabase();
    const { el, created, errors } = await wizard({ draftDatabase });
    const input = inStep<HTMLInputElement>(el, '#field-name')!;
    input.value = 'Pending when upgraded';
    input.dispatchEvent(new Event('input'));
    const newer = await openDB(draftDatabase, 3, { upgrade: () => undefined });
    newer.close();
    await waitUntil(() => notice(el, 'upgraded'), 'notice', { timeout: 5_000 });
    expect((await readDraft(draftDatabase))!.data.name).to.equal('Pending when upgraded');
    expect(errors.map((e) => e.kind)).to.deep.equal(['storage']);
    expect(errors[0]!.message).to.contain('upgraded the drafts database in another tab');
    expect(
      allNotices(el).map((n) => n.getAttribute('data-notice')),
      'its own notice, not the generic one as well',
    ).to.deep.equal(['upgraded']);
    await finish(el, created);
  });

  it('an upgrade from another tab during a conflict never invites a reload that would lose the changes not saved', async () => {
    const draftDatabase = uniqueDatabase();
    const { el, errors } = await wizard({ draftDatabase });
    await intoConflict(el, draftDatabase);
    // A newer version of the form, in another tab, upgrades the database.
    (await openDB(draftDatabase, 3, { upgrade: () => undefined })).close();
    await waitUntil(() => !notice(el, 'conflict'), 'the conflict can no longer be settled here', { timeout: 5000 });
    const said = [...el.shadowRoot!.querySelectorAll('[data-notice]')].map((n) => n.textContent!.trim()).join(' ');
    expect((await readDraft(draftDatabase))!.data.name, 'the other tab’s version is what a reload opens').to.equal('Newer, from the other tab');
    expect(said, 'a reload would lose "Edited here"').to.not.contain('or reload it');
    expect(said).to.contain('your latest changes here were not saved');
    expect(
      errors.map((e) => e.kind),
      'the host told once, as for any upgrade',
    ).to.deep.equal(['storage']);
  });

  it('a keyboard user on “Keep my version” when another tab upgrades the drafts is taken to the step’s heading, never the page', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase });
    await intoConflict(el, draftDatabase);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-conflict="mine"]')!.focus();
    (await openDB(draftDatabase, 3, { upgrade: () => undefined })).close();
    await waitUntil(() => el.shadowRoot!.querySelector('[data-notice="upgraded-unsaved"]'), 'the upgrade said', { timeout: 5000 });
    await settle(el);
    expectFocusOnHeading('general');
  });

  it('Start over in a tab that has not yet heard of a newer draft saved in another tab keeps that work, and asks which version to keep', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase });
    await type(el, '#field-name', 'Stale answers in this tab');
    expect(await el.saveDraft()).to.equal(true);
    const revision = (await readDraft(draftDatabase))!.revision as number;
    // Another tab saves a newer version (an hour of work there); its message has not reached this tab (a frozen background tab).
    const other = new DraftStore(draftDatabase);
    const data = { ...emptyWizardData(), system: 'shopify', name: 'An hour of work in the other tab', group: 'uk', environment: 'live' as const };
    expect((await other.put({ id: 'default:shopify', step: 'credentials', updatedAt: Date.now(), data }, revision)).ok).to.equal(true);
    await other.close();
    // The person, looking at the stale answers here, starts over.
    await el.reset();
    await settle(el);
    const stored = await readDraft(draftDatabase);
    expect(stored?.deleted, 'the newer draft saved in the other tab was deleted by a discard based on an older revision').to.equal(undefined);
    expect(stored?.data?.name).to.equal('An hour of work in the other tab');
    expect(notice(el, 'conflict')?.textContent, 'the person chooses').to.contain('changed in another tab');
    (notice(el, 'conflict')!.querySelector('[data-conflict="theirs"]') as HTMLButtonElement).click();
    await waitUntil(() => notice(el, 'conflict') === null, 'took the other version', { timeout: 5_000 });
    await settle(el);
    expect(await el.goTo('general')).to.equal(true);
    await settle(el);
    expect(nameOn(el), 'the other tab’s work').to.equal('An hour of work in the other tab');
  });

  /** A draft saved here, then a newer version saved in another tab and edits here: the conflict notice shows. */
  const inConflict = async () => {
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase });
    await intoConflict(el, draftDatabase);
    return { el, draftDatabase };
  };

  it('Start over while the conflict notice is shown deletes the draft and leaves no conflict to choose in', async () => {
    const { el, draftDatabase } = await inConflict();
    // The person has seen both versions exist, and starts over.
    await el.reset();
    await settle(el);
    expect(notice(el, 'conflict') === null, 'the conflict notice is shown again after Start over').to.equal(true);
    expect((await readDraft(draftDatabase))?.deleted, 'the draft is deleted').to.equal(true);
    expect(nameOn(el)).to.equal('');
  });

  it('Start over while the conflict notice is shown keeps a version saved after the one it told of, and asks again', async () => {
    const { el, draftDatabase } = await inConflict();
    // The other tab saves again; its message has not reached this tab.
    const other = new DraftStore(draftDatabase);
    const { revision } = (await readDraft(draftDatabase))!;
    const data = { ...emptyWizardData(), system: 'shopify', name: 'Saved again in the other tab' };
    expect((await other.put({ id: 'default:shopify', step: 'general', updatedAt: Date.now(), data }, revision as number)).ok).to.equal(true);
    await other.close();
    await el.reset();
    await settle(el);
    const stored = await readDraft(draftDatabase);
    expect(stored?.deleted, 'a version this tab has not heard of is deleted').to.equal(undefined);
    expect(stored?.data?.name).to.equal('Saved again in the other tab');
    expect(notice(el, 'conflict'), 'the person chooses').to.not.equal(null);
  });

  it('Start over while a draft finished in another tab is said leaves its tombstone saying so', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase });
    await type(el, '#field-name', 'Saved here first');
    await waitUntil(async () => (await readDraft(draftDatabase))?.revision === 1, 'saved', { timeout: 5000 });
    const other = new DraftStore(draftDatabase);
    await other.delete('default:shopify', 1, true);
    const tombstone = await readDraft(draftDatabase);
    await other.close();
    await type(el, '#field-name', 'Edited here');
    await waitUntil(() => notice(el, 'conflict'), 'told', { timeout: 5000 });
    expect(notice(el, 'conflict')!.textContent).to.contain('This connector was saved in another tab or window. Your changes here have not been saved.');
    await el.reset();
    await settle(el);
    expect(notice(el, 'conflict') === null, 'no conflict after Start over').to.equal(true);
    expect(await readDraft(draftDatabase), 'the finished draft s tombstone, as it was').to.deep.equal(tombstone);
  });

  it('Start over deletes the draft when nothing newer is stored: the other tab follows to a fresh form', async () => {
    const draftDatabase = uniqueDatabase();
    const a = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase });
    const b = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase });
    await type(a, '#field-name', 'Typed in A');
    expect(await a.saveDraft()).to.equal(true);
    await waitUntil(() => nameOn(b) === 'Typed in A', 'B follows A', { timeout: 5_000 });
    await b.reset();
    await settle(b);
    expect((await readDraft(draftDatabase))?.deleted, 'the draft B knew is deleted').to.equal(true);
    expect(notice(b, 'conflict') === null, 'no conflict in B').to.equal(true);
    await waitUntil(() => nameOn(a) === '', 'A follows: a fresh form', { timeout: 5000 });
  });
});

describe('drafts: bad data, lifetime, several drafts', () => {
  it('a database created empty by other code (opened without a version) gets its stores, and drafts are saved', async () => {
    const draftDatabase = uniqueDatabase();
    (await openDB(draftDatabase)).close(); // version 1, no stores
    const { el, errors } = await wizard({ draftDatabase });
    await type(el, '#field-name', 'Saved all the same');
    expect(await el.saveDraft()).to.equal(true);
    expect((await readDraft(draftDatabase))!.data.name).to.equal('Saved all the same');
    expect(errors).to.deep.equal([]);
  });

  it('reset() while the draft is still loading deletes it instead of restoring it', async () => {
    const draftDatabase = uniqueDatabase();
    const store = new DraftStore(draftDatabase);
    await store.put({ id: 'default:shopify', step: 'timezone', updatedAt: Date.now(), data: { ...emptyWizardData(), system: 'shopify', name: 'Old' } }, 0);
    await store.close();
    const el = document.createElement('connector-wizard');
    el.draftDatabase = draftDatabase;
    el.catalogue = await sampleCatalogue();
    el.setAttribute('system', 'shopify');
    document.body.append(el);
    void el.reset();
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('');
    await waitUntil(async () => (await listDrafts(draftDatabase)).length === 0, 'deleted', { timeout: 5000 });
    el.remove();
  });

  it('a draft a later version saved (a higher format) is kept: not read, not deleted, not written over, and said so', async () => {
    const draftDatabase = uniqueDatabase();
    const store = new DraftStore(draftDatabase);
    await store.put({ id: 'default:shopify', step: 'review', data: { ...emptyWizardData(), system: 'shopify', name: 'Saved by version 3' }, updatedAt: Date.now() }, 0);
    await store.close();
    const db = await openDB(draftDatabase);
    const later = { ...(await db.get('drafts', 'default:shopify')), format: 4, step: 'approval', fromTheFuture: { kept: true } };
    await db.put('drafts', later);
    db.close();
    const { el } = await wizard({ draftDatabase });
    await waitUntil(() => notice(el, 'kept'), 'said so', { timeout: 5000 });
    expect(notice(el, 'kept')!.textContent).to.contain('a newer version of this form saved it');
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('');
    await type(el, '#field-name', 'Typed in an older tab');
    expect(await el.saveDraft(), 'not written').to.equal(false);
    expect(await readDraft(draftDatabase)).to.deep.equal(later);
  });

  /** A later version of the package, in another tab, writes its own record (format 4, fields unknown here) over this tab's draft, telling nobody. */
  async function savedByLaterVersion(draftDatabase: string) {
    const db = await openDB(draftDatabase);
    const current = await db.get('drafts', 'default:shopify');
    const later = { ...current, revision: current.revision + 1, format: 4, fromTheFuture: { kept: true } };
    await db.put('drafts', later);
    db.close();
    return later;
  }

  it('a tab with unsaved edits whose save meets a later version record keeps it: no conflict, its answers on screen and in memory', async () => {
    const { el, draftDatabase } = await savedAs('Saved here first');
    const later = await savedByLaterVersion(draftDatabase);
    pending(el, 'Edited here');
    await waitUntil(() => notice(el, 'kept'), 'said so', { timeout: 5000 });
    expect(notice(el, 'conflict') === null, 'no conflict to choose in').to.equal(true);
    expect(notice(el, 'kept')!.querySelectorAll('button')).to.have.length(0);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('Edited here');
    expect(await el.saveDraft(), 'not in the draft').to.equal(false);
    await type(el, '#field-name', 'Edited here, again');
    expect(await el.saveDraft(), 'the edit is not written').to.equal(false);
    expect(await readDraft(draftDatabase), 'the later version record, untouched').to.deep.equal(later);
  });

  it('a tab with unsaved edits told of a later version s save (as every version tells the others) keeps it and says so: no conflict', async () => {
    const { el, draftDatabase } = await savedAs('Saved here first');
    pending(el, 'Edited here');
    const later = await savedByLaterVersion(draftDatabase);
    const channel = new BroadcastChannel(`connector-wizard:${draftDatabase}`);
    channel.postMessage({ type: 'saved', id: 'default:shopify', revision: later.revision, from: 'a-later-version' });
    channel.close();
    await waitUntil(() => notice(el, 'kept'), 'said so', { timeout: 5000 });
    expect(notice(el, 'conflict') === null, 'no conflict to choose in').to.equal(true);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('Edited here');
    expect(await readDraft(draftDatabase), 'the later version record, untouched').to.deep.equal(later);
  });

  it('an upgrade while a later version record is kept says the changes here were not saved, never to reload (a reload opens the later version)', async () => {
    const { el, draftDatabase } = await savedAs('Saved here first');
    await savedByLaterVersion(draftDatabase);
    pending(el, 'Edited here');
    await waitUntil(() => notice(el, 'kept'), 'said so', { timeout: 5000 });
    (await openDB(draftDatabase, 3, { upgrade: () => undefined })).close();
    await waitUntil(() => el.shadowRoot!.querySelector('[data-notice^="upgraded"]'), 'the upgrade said', { timeout: 5000 });
    const said = [...el.shadowRoot!.querySelectorAll('[data-notice]')].map((n) => n.textContent!.trim()).join(' ');
    expect(said, 'a reload would lose "Edited here"').to.not.contain('or reload it');
    expect(said).to.contain('your latest changes here were not saved');
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('Edited here');
  });

  it('an upgrade while a later version record kept on opening has nothing typed since says drafts stopped, never that changes were lost', async () => {
    const { el: first, draftDatabase } = await savedAs('Saved here first');
    await savedByLaterVersion(draftDatabase);
    first.remove();
    const { el } = await wizard({ draftDatabase });
    await waitUntil(() => notice(el, 'kept'), 'said so', { timeout: 5000 });
    (await openDB(draftDatabase, 3, { upgrade: () => undefined })).close();
    await waitUntil(() => el.shadowRoot!.querySelector('[data-notice^="upgraded"]'), 'the upgrade said', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[data-notice="upgraded-unsaved"]'), 'nothing was typed, so nothing is lost').to.equal(null);
    expect(el.shadowRoot!.querySelector('[data-notice="upgraded"]')!.textContent).to.contain('or reload it');
  });

  it('Keep my version never writes over a later version record saved while the conflict was on screen', async () => {
    const draftDatabase = uniqueDatabase();
    const { el } = await wizard({ draftDatabase });
    await intoConflict(el, draftDatabase);
    const later = await savedByLaterVersion(draftDatabase);
    (notice(el, 'conflict')!.querySelector('[data-conflict="mine"]') as HTMLButtonElement).click();
    await waitUntil(() => notice(el, 'kept'), 'kept instead', { timeout: 5000 });
    expect(notice(el, 'conflict') === null).to.equal(true);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('Edited here');
    await type(el, '#field-name', 'Edited here, again');
    expect(await el.saveDraft(), 'the edit is not written').to.equal(false);
    expect(await readDraft(draftDatabase), 'the later version record, untouched').to.deep.equal(later);
  });

  it('a malformed record means starting fresh with a notice', async () => {
    const draftDatabase = uniqueDatabase();
    const db = await openDB(draftDatabase, 2, {
      upgrade: (d) => {
        d.createObjectStore('drafts', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
        d.createObjectStore('keys', { keyPath: 'id' });
      },
    });
    await db.put('drafts', { id: 'default:shopify', step: 'review', updatedAt: Date.now(), data: { name: { evil: true } }, revision: 9 });
    db.close();
    const { el, created } = await wizard({ draftDatabase });
    expect(notice(el, 'malformed')!.textContent).to.contain('could not be read');
    await audit(el, 'unreadable draft notice');
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('');
    await finish(el, created);
  });

  it('a stored record whose revision is NaN: typed changes are saved, with no false conflict', async () => {
    const draftDatabase = uniqueDatabase();
    const db = await openDB(draftDatabase, 2, {
      upgrade: (d) => {
        d.createObjectStore('drafts', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
        d.createObjectStore('keys', { keyPath: 'id' });
      },
    });
    await db.put('drafts', {
      id: 'default:shopify',
      revision: NaN,
      step: 'general',
      updatedAt: Date.now(),
      data: { ...emptyWizardData(), system: 'shopify', name: 'Damaged' },
    });
    db.close();
    const { el } = await wizard({ draftDatabase });
    await type(el, '#field-name', 'Typed after opening');
    expect(await el.saveDraft(), 'saved').to.equal(true);
    await type(el, '#field-name', 'Typed again');
    expect(await el.saveDraft(), 'saved again').to.equal(true);
    expect(notice(el, 'conflict') === null && notice(el, 'deleted') === null, 'no conflict said').to.equal(true);
    expect((await readDraft(draftDatabase))?.data.name).to.equal('Typed again');
  });

  it('purges drafts untouched for 30 days and keeps recent ones', async () => {
    const draftDatabase = uniqueDatabase();
    const store = new DraftStore(draftDatabase);
    const day = 24 * 3600_000;
    await store.put({ id: 'old', step: 'general', data: emptyWizardData(), updatedAt: Date.now() - 31 * day }, 0);
    await store.put({ id: 'yesterday', step: 'general', data: emptyWizardData(), updatedAt: Date.now() - 21 * 3600_000 }, 0);
    await store.close();
    await wizard({ draftDatabase, draftId: 'new' });
    await waitUntil(async () => (await readDraft(draftDatabase, 'old'))?.deleted === true, 'old purged (a tombstone left)', { timeout: 5000 });
    expect(await readDraft(draftDatabase, 'yesterday')).to.not.equal(undefined);
  });

  it('keeps the old draft it has just opened: the first visit after 30 days carries on where it was, without a false conflict', async () => {
    const draftDatabase = uniqueDatabase();
    const store = new DraftStore(draftDatabase);
    const day = 24 * 3600_000;
    const data = { ...emptyWizardData(), system: 'shopify', name: 'Kept from last month' };
    await store.put({ id: 'default:shopify', step: 'general', data, updatedAt: Date.now() - 40 * day }, 0);
    await store.close();
    let el!: ConnectorWizard;
    await withPurgesSeen(async (ended) => {
      ({ el } = await wizard({ draftDatabase }));
      // The purge after the load has run by the time the draft is read back.
      await waitUntil(() => ended() === 1, 'the purge after the load ended', { timeout: 5_000 });
    });
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('Kept from last month');
    expect(await readDraft(draftDatabase), 'not purged under the tab that shows it').to.not.equal(undefined);
    await type(el, '#field-name', 'Kept, and carried on');
    await el.saveDraft();
    await settle(el);
    expect(allNotices(el).map((n) => n.textContent!.trim())).to.deep.equal([]);
    expect((await readDraft(draftDatabase))!.data.name).to.equal('Kept, and carried on');
  });

  it('an old draft open in one wizard is not purged by another wizard opening the database: no false "finished or discarded"', async () => {
    const draftDatabase = uniqueDatabase();
    const store = new DraftStore(draftDatabase);
    await store.put({ id: 'old', step: 'general', updatedAt: Date.now() - 31 * 24 * 3600_000, data: { ...emptyWizardData(), system: 'shopify', name: 'A month old' } }, 0);
    await store.close();
    const first = await wizard({ draftDatabase, draftId: 'old' });
    expect(nameOn(first.el)).to.equal('A month old');
    await waitUntil(async () => (await readDraft(draftDatabase, 'old'))!.updatedAt > Date.now() - 60_000, 'dated now by the wizard that opened it', { timeout: 5000 });
    await withPurgesSeen(async (ended) => {
      await wizard({ draftDatabase, draftId: 'other' });
      await waitUntil(() => ended() === 1, 'the other wizard purged', { timeout: 5_000 });
    });
    await type(first.el, '#field-name', 'A month old, continued');
    expect(await first.el.saveDraft()).to.equal(true);
    expect(allNotices(first.el)).to.have.length(0);
    expect((await readDraft(draftDatabase, 'old'))!.data.name).to.equal('A month old, continued');
  });

  it('a draft open in a tab for over 30 days, purged by another wizard, is followed when another tab starts it again: never written over it unsaid', async () => {
    const draftDatabase = uniqueDatabase();
    const first = await (await wizard({ draftDatabase, draftId: 'x' })).el;
    await type(first, '#field-name', 'Typed a month ago');
    expect(await first.saveDraft()).to.equal(true);
    const clock = fakeClock(new Date(Date.now() + 31 * 24 * 3600_000).toISOString());
    try {
      // Another wizard opens the database a month later: its purge takes the idle draft.
      await wizard({ draftDatabase, draftId: 'y' });
      await waitUntil(async () => (await readDraft(draftDatabase, 'x'))?.data === undefined, 'the idle draft purged', { timeout: 5000 });
      // A new tab on the same draft starts it again, and saves: the month-old tab, with nothing unsaved, follows it.
      const second = await (await wizard({ draftDatabase, draftId: 'x' })).el;
      await type(second, '#field-name', 'Typed today');
      expect(await second.saveDraft()).to.equal(true);
      await waitUntil(() => inStep<HTMLInputElement>(first, '#field-name')?.value === 'Typed today', 'the month-old tab follows the new draft', { timeout: 5000 });
      await type(first, '#field-name', 'Typed today, continued');
      expect(await first.saveDraft()).to.equal(true);
      expect(allNotices(first)).to.have.length(0);
    } finally {
      clock.restore();
    }
  });

  /** Runs `body` with navigator.storage.persist() counting its calls (and granting them). */
  async function countingPersist(body: (calls: () => number) => Promise<void>) {
    let calls = 0;
    const persist = async () => {
      calls++;
      return true;
    };
    await withPatched(navigator.storage, 'persist', persist as never, () => body(() => calls));
  }

  it('asks for persistent storage only when the host opts in', async () => {
    await countingPersist(async (calls) => {
      const { el } = await wizard();
      // Drafts in storage, and an update since, where the opt-in is looked at.
      await draftSettled(el, 'the draft loaded');
      el.requestUpdate();
      await el.updateComplete;
      expect(calls()).to.equal(0);
      await wizard({ persist: true });
      await waitUntil(() => calls() === 1, 'persist() asked', { timeout: 5_000 });
    });
  });

  it('persistDrafts set after the draft has loaded still asks for persistent storage, once', async () => {
    await countingPersist(async (calls) => {
      const { el } = await wizard();
      await draftSettled(el, 'the draft loaded');
      expect(calls(), 'not asked before it is set').to.equal(0);
      el.persistDrafts = true;
      await waitUntil(() => calls() > 0, 'persist() asked once set', { timeout: 5000 });
      await settle(el);
      expect(calls(), 'navigator.storage.persist() calls once set').to.equal(1);
      el.persistDrafts = false;
      await settle(el);
      el.persistDrafts = true;
      await settle(el);
      await el.saveDraft();
      expect(calls(), 'not asked again').to.equal(1);
    });
  });

  it('lists saved drafts for "continue where you left off"', async () => {
    const draftDatabase = uniqueDatabase();
    const a = await wizard({ draftDatabase, draftId: 'a' });
    await type(a.el, '#field-name', 'First draft');
    await waitUntil(async () => (await readDraft(draftDatabase, 'a'))?.data.name === 'First draft', 'a saved', { timeout: 5000 });
    const b = await wizard({ draftDatabase, draftId: 'b', system: 'xero' });
    await type(b.el, '#field-name', 'Second draft');
    await choose(b.el, '#group-us');
    await choose(b.el, '#environment-test');
    await pressContinue(b.el);
    await waitUntil(async () => (await listDrafts(draftDatabase)).length === 2, 'both saved', { timeout: 5000 });
    const drafts = await listDrafts(draftDatabase);
    expect(drafts.map(({ id, system, name, step }) => ({ id, system, name, step }))).to.deep.equal([
      { id: 'b', system: 'xero', name: 'Second draft', step: 'timezone' },
      { id: 'a', system: 'shopify', name: 'First draft', step: 'general' },
    ]);
    expect(drafts[0]!.updatedAt).to.be.a('number');
  });
});

/** Stores drafts directly, as another page or an earlier visit would have. */
async function seed(database: string, drafts: { id: string; system: string; name: string }[]) {
  const store = new DraftStore(database);
  for (const { id, system, name } of drafts) await store.put({ id, step: 'general', updatedAt: Date.now(), data: { ...emptyWizardData(), system, name } }, 0);
  await store.close();
}

const nameOn = (el: ConnectorWizard) => inStep<HTMLInputElement>(el, '#field-name')?.value;
/** The revision of its draft `el` last read (see DraftHandle.revisionRead). */
const revisionReadBy = (el: ConnectorWizard) => (el as unknown as { draft: { revisionRead: number } }).draft.revisionRead;
/** The answers in `el`'s store, as they are whether or not it renders them (a removed element does not). */
const answersOf = (el: ConnectorWizard) => (el as unknown as { store: { state: { data: { name?: string } } } }).store.state.data;

/**
 * `el` saves revision 1, another tab saves revision 2 without telling it (its message is lost),
 * and "Edited here" is typed in `el`, not saved yet: the next save finds the conflict.
 */
async function overwrittenElsewhere(el: ConnectorWizard, draftDatabase: string) {
  await type(el, '#field-name', 'Saved here first');
  await waitUntil(async () => (await readDraft(draftDatabase))?.revision === 1, 'saved', { timeout: 5000 });
  const other = new DraftStore(draftDatabase);
  await other.put({ id: 'default:shopify', step: 'general', updatedAt: Date.now(), data: { ...emptyWizardData(), system: 'shopify', name: 'Newer, from the other tab' } }, 1);
  await other.close();
  const input = inStep<HTMLInputElement>(el, '#field-name')!;
  input.value = 'Edited here';
  input.dispatchEvent(new Event('input'));
}

/** Puts `el` in conflict: another tab saves over its revision 1 while it holds unsaved edits. */
async function intoConflict(el: ConnectorWizard, draftDatabase: string) {
  await overwrittenElsewhere(el, draftDatabase);
  await waitUntil(() => notice(el, 'conflict'), 'in conflict', { timeout: 5000 });
}

/** A wizard whose draft holds `name`, saved. */
async function savedAs(name: string) {
  const draftDatabase = uniqueDatabase();
  const { el } = await wizard({ draftDatabase });
  await type(el, '#field-name', name);
  expect(await el.saveDraft()).to.equal(true);
  return { el, draftDatabase };
}

/** `name` typed, its save still waiting for the pause in typing. */
function pending(el: ConnectorWizard, name: string) {
  const input = inStep<HTMLInputElement>(el, '#field-name')!;
  input.value = name;
  input.dispatchEvent(new Event('input'));
}

describe('drafts: switching drafts loses nothing typed', () => {
  it('no-drafts set and cleared again: what was pending is saved, and what was typed meanwhile stays and is saved, not the older draft', async () => {
    const { el, draftDatabase } = await savedAs('Saved');
    pending(el, 'Pending when no-drafts came');
    el.noDrafts = true;
    await settle(el);
    await waitUntil(async () => (await readDraft(draftDatabase))?.data.name === 'Pending when no-drafts came', 'the pending edit saved', { timeout: 5000 });
    await type(el, '#field-name', 'Typed while no-drafts');
    el.noDrafts = false;
    await settle(el);
    expect(nameOn(el)).to.equal('Typed while no-drafts');
    expect(await el.saveDraft()).to.equal(true);
    expect((await readDraft(draftDatabase))!.data.name).to.equal('Typed while no-drafts');
    expect(allNotices(el).length).to.equal(0);
  });

  it('no-drafts from the start, then cleared: what was typed stays and is saved', async () => {
    const draftDatabase = uniqueDatabase();
    const { el } = await wizard({ draftDatabase, noDrafts: true });
    await type(el, '#field-name', 'Typed while no-drafts');
    el.noDrafts = false;
    await settle(el);
    await waitUntil(async () => (await readDraft(draftDatabase))?.data.name === 'Typed while no-drafts', 'saved without another change', { timeout: 5000 });
    expect(nameOn(el)).to.equal('Typed while no-drafts');
    expect(allNotices(el).length).to.equal(0);
  });

  it('no-drafts from the start, then cleared, over an older draft: what was typed stays, and the person is asked before either is lost', async () => {
    const draftDatabase = uniqueDatabase();
    await seed(draftDatabase, [{ id: 'default:shopify', system: 'shopify', name: 'From a past visit' }]);
    const { el } = await wizard({ draftDatabase, noDrafts: true });
    await type(el, '#field-name', 'Typed while no-drafts');
    el.noDrafts = false;
    await waitUntil(() => notice(el, 'conflict'), 'asked', { timeout: 5_000 });
    expect(nameOn(el)).to.equal('Typed while no-drafts');
    expect(el.shadowRoot!.textContent).to.not.contain('We restored');
    expect((await readDraft(draftDatabase))!.data.name, 'the older draft is not written over').to.equal('From a past visit');
    notice(el, 'conflict')!.querySelector<HTMLButtonElement>('[data-conflict="mine"]')!.click();
    await waitUntil(async () => (await readDraft(draftDatabase))?.data.name === 'Typed while no-drafts', 'kept when chosen', { timeout: 5000 });
  });

  it('no-drafts from the start, a connector created, then drafts on: it is never saved as a draft, nor set against an older one', async () => {
    for (const older of [undefined, 'From a past visit']) {
      const draftDatabase = uniqueDatabase();
      if (older) await seed(draftDatabase, [{ id: 'default:shopify', system: 'shopify', name: older }]);
      const { el, created } = await wizard({ draftDatabase, noDrafts: true });
      await type(el, '#field-name', 'Created while no-drafts');
      await advanceTo(el, 'review');
      expect(await el.submit()).to.equal(true);
      expect(created).to.have.length(1);
      el.noDrafts = false;
      await draftSettled(el, 'drafts on: the stored draft read');
      await el.saveDraft(); // and anything pending asked for now, not after the pause in typing
      expect(notice(el, 'conflict') === null, `${older ?? 'nothing'} stored: no conflict behind the success panel`).to.equal(true);
      expect((await readDraft(draftDatabase))?.data.name, `${older ?? 'nothing'} stored: the created connector is no draft`).to.equal(older);
    }
  });

  it('the success panel stays when a stored draft loads under it as drafts come on, and Add another connector takes that draft', async () => {
    const draftDatabase = uniqueDatabase();
    await seed(draftDatabase, [{ id: 'default:shopify', system: 'shopify', name: 'Stored earlier' }]);
    const { el } = await wizard({ draftDatabase, noDrafts: true });
    await advanceTo(el, 'review');
    expect(await el.submit()).to.equal(true);
    el.noDrafts = false;
    await draftSettled(el, 'drafts on: the stored draft read');
    expect(el.currentStep, 'the success panel').to.equal('done');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.success button')!.click();
    await waitUntil(() => nameOn(el) === 'Stored earlier', 'Add another connector takes the stored draft', { timeout: 5000 });
  });

  it('no-drafts from the start, typed then started over, then drafts on: the older draft comes back, never set against a blank form', async () => {
    const draftDatabase = uniqueDatabase();
    await seed(draftDatabase, [{ id: 'default:shopify', system: 'shopify', name: 'From a past visit' }]);
    const { el } = await wizard({ draftDatabase, noDrafts: true });
    await type(el, '#field-name', 'Typed then started over');
    await el.reset();
    await settle(el);
    el.noDrafts = false;
    await waitUntil(() => nameOn(el) === 'From a past visit', 'restored', { timeout: 5_000 });
    expect(notice(el, 'conflict') === null).to.equal(true);
  });

  it('no-drafts from the start, then cleared, with nothing typed: the older draft comes back as on any visit', async () => {
    const draftDatabase = uniqueDatabase();
    await seed(draftDatabase, [{ id: 'default:shopify', system: 'shopify', name: 'From a past visit' }]);
    const { el } = await wizard({ draftDatabase, noDrafts: true });
    el.noDrafts = false;
    await waitUntil(() => nameOn(el) === 'From a past visit', 'restored', { timeout: 5_000 });
    expect(allNotices(el).some((n) => n.getAttribute('data-notice') === 'conflict')).to.equal(false);
  });

  it('no-drafts set and cleared on a draft kept (not shown here) never writes over it', async () => {
    const draftDatabase = uniqueDatabase();
    await seed(draftDatabase, [{ id: 'shared', system: 'shopify', name: 'The Shopify draft' }]);
    const { el } = await wizard({ draftDatabase, draftId: 'shared', system: 'xero' });
    await waitUntil(() => notice(el, 'kept'), 'kept', { timeout: 5_000 });
    await type(el, '#field-name', 'Typed for Xero');
    el.noDrafts = true;
    await settle(el);
    el.noDrafts = false;
    await draftSettled(el, 'drafts on: the stored draft read');
    expect(await el.saveDraft(), 'what is typed is not written').to.equal(false);
    expect((await readDraft(draftDatabase, 'shared'))!.data.name).to.equal('The Shopify draft');
    expect(nameOn(el)).to.equal('Typed for Xero');
  });

  it('no-drafts set and cleared before the pending save landed: drafts go on working', async () => {
    const { el, draftDatabase } = await savedAs('Saved');
    pending(el, 'Pending');
    el.noDrafts = true;
    await el.updateComplete;
    el.noDrafts = false;
    await settle(el);
    await type(el, '#field-name', 'Typed after');
    expect(await el.saveDraft()).to.equal(true);
    expect((await readDraft(draftDatabase))!.data.name).to.equal('Typed after');
  });

  it('no-drafts cleared after another tab finished the draft: the person is asked, it is not written back', async () => {
    const { el, draftDatabase } = await savedAs('Saved');
    el.noDrafts = true;
    await settle(el);
    const other = new DraftStore(draftDatabase);
    await other.delete('default:shopify');
    await other.close();
    await type(el, '#field-name', 'Typed while no-drafts');
    el.noDrafts = false;
    await waitUntil(() => notice(el, 'conflict'), 'asked', { timeout: 5_000 });
    expect(notice(el, 'conflict')!.textContent).to.contain('finished or discarded in another tab');
    expect(nameOn(el)).to.equal('Typed while no-drafts');
    expect((await readDraft(draftDatabase))!.deleted).to.equal(true);
  });

  it('no-drafts cleared after another tab created the connector: the person is told it was saved there, as when its save meets that tombstone', async () => {
    const { el, draftDatabase } = await savedAs('Saved');
    el.noDrafts = true;
    await settle(el);
    const other = new DraftStore(draftDatabase);
    // Another tab created the connector: its draft's tombstone says finished.
    await other.delete('default:shopify', 0, true);
    await other.close();
    await type(el, '#field-name', 'Typed while no-drafts');
    el.noDrafts = false;
    await waitUntil(() => notice(el, 'conflict'), 'asked', { timeout: 5_000 });
    expect((await readDraft(draftDatabase))!.finished, 'the tombstone says the connector was made').to.equal(true);
    expect(notice(el, 'conflict')!.textContent, 'Keep my version would add it again').to.contain('This connector was saved in another tab or window.');
  });

  it('no-drafts cleared after another tab saved the draft: the person is asked, nothing is written over', async () => {
    const { el, draftDatabase } = await savedAs('Saved');
    el.noDrafts = true;
    await settle(el);
    const { revision } = (await readDraft(draftDatabase))!;
    const other = new DraftStore(draftDatabase);
    await other.put(
      { id: 'default:shopify', step: 'general', updatedAt: Date.now(), data: { ...emptyWizardData(), system: 'shopify', name: 'Newer, from the other tab' } },
      revision,
    );
    await other.close();
    await type(el, '#field-name', 'Typed while no-drafts');
    el.noDrafts = false;
    await waitUntil(() => notice(el, 'conflict'), 'asked', { timeout: 5_000 });
    expect(nameOn(el)).to.equal('Typed while no-drafts');
    expect((await readDraft(draftDatabase))!.data.name).to.equal('Newer, from the other tab');
  });

  it('a draft-id removed or bound to nothing (as frameworks do for undefined) is the default draft, and drafts go on working', async () => {
    const draftDatabase = uniqueDatabase();
    const { el, errors, created } = await wizard({ draftDatabase });
    await type(el, '#field-name', 'Typed');
    el.removeAttribute('draft-id');
    await settle(el);
    expect(el.draftId).to.equal('default');
    expect(el.hasAttribute('draft-id'), 'not written back').to.equal(false);
    await type(el, '#field-name', 'Typed on');
    expect(await el.saveDraft()).to.equal(true);
    expect((await readDraft(draftDatabase))!.data.name).to.equal('Typed on');
    (el as unknown as { draftId: string | undefined }).draftId = undefined;
    await settle(el);
    expect(await el.saveDraft()).to.equal(true);
    expect(errors).to.deep.equal([]);
    await advanceTo(el, 'review');
    await el.submit();
    await settle(el);
    expect(created).to.have.length(1);
    await waitUntil(async () => (await readDraft(draftDatabase))?.deleted === true, 'the draft of the connector created is deleted (a tombstone left)', { timeout: 5000 });
  });

  it('a tab in conflict keeps its unsaved edits through a draft-id switch until the person chooses', async () => {
    const draftDatabase = uniqueDatabase();
    await seed(draftDatabase, [{ id: 'other', system: 'shopify', name: 'The other draft' }]);
    const { el } = await wizard({ draftDatabase });
    await intoConflict(el, draftDatabase);
    el.draftId = 'other';
    await settle(el);
    // The save the switch asks for first, asked now: refused while the question stands.
    expect(await el.saveDraft()).to.equal(false);
    // Nothing written over the other tab's version, nothing dropped: the question still stands.
    expect(nameOn(el)).to.equal('Edited here');
    expect(notice(el, 'conflict')).to.not.equal(null);
    expect((await readDraft(draftDatabase))!.data.name).to.equal('Newer, from the other tab');
    (notice(el, 'conflict')!.querySelector('[data-conflict="mine"]') as HTMLButtonElement).click();
    await waitUntil(async () => (await readDraft(draftDatabase))?.data.name === 'Edited here', 'saved under the draft they were typed in', { timeout: 5000 });
    await waitUntil(() => nameOn(el) === 'The other draft', 'then on to the draft asked for', { timeout: 5000 });
    expect(notice(el, 'conflict')).to.equal(null);
    expect((await readDraft(draftDatabase, 'other'))!.data.name).to.equal('The other draft');
  });

  it('a conflict found by the save before a draft-id switch holds the switch until the person chooses', async () => {
    const draftDatabase = uniqueDatabase();
    await seed(draftDatabase, [{ id: 'other', system: 'shopify', name: 'The other draft' }]);
    const { el } = await wizard({ draftDatabase });
    await overwrittenElsewhere(el, draftDatabase); // the switch saves "Edited here" first, and finds the conflict
    el.draftId = 'other';
    await waitUntil(() => notice(el, 'conflict'), 'in conflict', { timeout: 5000 });
    await settle(el);
    expect(nameOn(el)).to.equal('Edited here');
    expect((await readDraft(draftDatabase))!.data.name).to.equal('Newer, from the other tab');
    (notice(el, 'conflict')!.querySelector('[data-conflict="mine"]') as HTMLButtonElement).click();
    await waitUntil(async () => (await readDraft(draftDatabase))?.data.name === 'Edited here', 'saved under the draft they were typed in', { timeout: 5000 });
    await waitUntil(() => nameOn(el) === 'The other draft', 'then on to the draft asked for', { timeout: 5000 });
    expect(notice(el, 'conflict')).to.equal(null);
  });

  it('an unreadable draft switched to starts empty, and its notice goes with it when the person moves on', async () => {
    const draftDatabase = uniqueDatabase();
    await seed(draftDatabase, [
      { id: 'a', system: 'shopify', name: 'Draft A' },
      { id: 'c', system: 'shopify', name: 'Draft C' },
    ]);
    const db = await openDB(draftDatabase);
    await db.put('drafts', { id: 'b', step: 'review', updatedAt: Date.now(), data: { name: { evil: true } }, revision: 3 });
    db.close();
    const { el } = await wizard({ draftDatabase, draftId: 'a' });
    expect(nameOn(el)).to.equal('Draft A');
    el.draftId = 'b';
    await waitUntil(() => notice(el, 'malformed'), 'unreadable', { timeout: 5_000 });
    await settle(el);
    expect(nameOn(el), "not draft A's answers").to.equal('');
    await type(el, '#field-name', 'Typed into b');
    await waitUntil(async () => (await readDraft(draftDatabase, 'b'))?.data?.name === 'Typed into b', 'b saved', { timeout: 5000 });
    expect((await readDraft(draftDatabase, 'a'))!.data.name).to.equal('Draft A');
    el.draftId = 'c';
    await waitUntil(() => nameOn(el) === 'Draft C', 'on draft C', { timeout: 5000 });
    expect(notice(el, 'malformed')?.textContent, 'the notice was about draft b').to.equal(undefined);
  });

  it('a create in flight when draft-id switches deletes the draft it was sent from, then moves to the draft asked for', async () => {
    const draftDatabase = uniqueDatabase();
    await seed(draftDatabase, [{ id: 'b', system: 'shopify', name: 'Draft B' }]);
    const api = freshApi();
    const { el, created } = await wizard({ draftDatabase, draftId: 'a', endpoint: api.endpoint });
    await advanceTo(el, 'review');
    await waitUntil(async () => (await readDraft(draftDatabase, 'a'))?.step === 'review', 'draft a saved', { timeout: 5000 });
    // Held until released: a window no busy machine closes early, as a 600 ms delay did.
    await api.faults({ kind: 'slow', method: 'POST', held: true });
    const done = el.submit();
    try {
      await waitUntil(async () => (await api.log()).some((e) => e.method === 'POST'), 'the create sent', { timeout: 5000 });
      el.draftId = 'b';
      await settle(el);
      expect(currentStepId(el), 'draft b waits for the create').to.equal('review');
      expect(await el.saveDraft(), 'what is on screen is not draft b: saveDraft() says so').to.equal(false);
    } finally {
      await api.release();
    }
    expect(await done).to.equal(true);
    expect(created).to.have.length(1);
    await waitUntil(() => nameOn(el) === 'Draft B', 'then on to draft b', { timeout: 5000 });
    await waitUntil(async () => (await readDraft(draftDatabase, 'a'))?.deleted === true, 'draft a deleted', { timeout: 5000 });
    expect((await readDraft(draftDatabase, 'b'))!.data.name).to.equal('Draft B');
  });

  it('a draft this page would not show (a listed edit, opened by draft-id alone) is kept: never written over, and said so', async () => {
    const draftDatabase = uniqueDatabase();
    const store = new DraftStore(draftDatabase);
    const edit = { ...emptyWizardData(), editing: 'c-7', system: 'shopify', name: 'Edit draft', environment: 'live' as const };
    await store.put({ id: 'default:edit:c-7', step: 'general', updatedAt: Date.now(), data: edit }, 0);
    await store.close();
    expect((await listDrafts(draftDatabase)).map(({ id, editing }) => ({ id, editing }))).to.deep.equal([{ id: 'default:edit:c-7', editing: 'c-7' }]);
    const { el } = await wizard({ draftDatabase, draftId: 'a' });
    await type(el, '#field-name', 'Draft A');
    el.draftId = 'default:edit:c-7';
    await waitUntil(() => notice(el, 'kept'), 'said so', { timeout: 5000 });
    expect(notice(el, 'kept')!.textContent).to.contain('belongs to another connector');
    expect(nameOn(el), "neither the edit's answers nor draft A's").to.equal('');
    await type(el, '#field-name', 'Typed here');
    expect(await el.saveDraft(), 'not written').to.equal(false);
    expect((await readDraft(draftDatabase, 'default:edit:c-7'))!.data).to.deep.include({ name: 'Edit draft', editing: 'c-7' });
    // Back on draft A: saved as before, and the notice goes.
    el.draftId = 'a';
    await waitUntil(() => nameOn(el) === 'Draft A', 'draft a', { timeout: 5000 });
    expect(notice(el, 'kept')?.textContent).to.equal(undefined);
  });

  it('a newer version from another tab that this page does not show is kept too, never written over', async () => {
    const draftDatabase = uniqueDatabase();
    const xero = await wizard({ draftDatabase, draftId: 'shared', system: 'xero' });
    const shopify = await wizard({ draftDatabase, draftId: 'shared', system: 'shopify' });
    await type(xero.el, '#field-name', 'Xero, typed first');
    await waitUntil(() => notice(shopify.el, 'kept'), 'the Shopify page keeps it', { timeout: 5_000 });
    await type(shopify.el, '#field-name', 'Shopify, typed after');
    expect(await shopify.el.saveDraft(), 'not written').to.equal(false);
    expect((await readDraft(draftDatabase, 'shared'))!.data).to.deep.include({ system: 'xero', name: 'Xero, typed first' });
  });

  it("an older version's draft of an edit is not moved to a preset page's default draft", async () => {
    const draftDatabase = uniqueDatabase();
    const db = await openDB(draftDatabase, 2, {
      upgrade: (d) => {
        d.createObjectStore('drafts', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
        d.createObjectStore('keys', { keyPath: 'id' });
      },
    });
    await db.put('drafts', {
      id: 'default',
      step: 'general',
      updatedAt: Date.now(),
      revision: 1,
      data: { ...emptyWizardData(), system: 'shopify', name: 'An edit', editing: 'c-1' },
    });
    db.close();
    const { el } = await wizard({ draftDatabase, system: 'shopify' });
    expect(notice(el, 'kept')?.textContent).to.equal(undefined);
    expect(await readDraft(draftDatabase, 'default:shopify')).to.equal(undefined);
    expect((await readDraft(draftDatabase, 'default'))!.data.editing).to.equal('c-1');
  });

  it('a second switch during the save that finds a conflict still ends on the draft asked for last', async () => {
    const draftDatabase = uniqueDatabase();
    await seed(draftDatabase, [
      { id: 'b', system: 'shopify', name: 'Draft B' },
      { id: 'c', system: 'shopify', name: 'Draft C' },
    ]);
    const { el } = await wizard({ draftDatabase });
    await overwrittenElsewhere(el, draftDatabase);
    el.draftId = 'b';
    await el.updateComplete;
    el.draftId = 'c';
    await el.updateComplete;
    await waitUntil(() => notice(el, 'conflict'), 'in conflict', { timeout: 5000 });
    el.draftId = 'b';
    await settle(el);
    (notice(el, 'conflict')!.querySelector('[data-conflict="mine"]') as HTMLButtonElement).click();
    await waitUntil(() => nameOn(el) === 'Draft B', 'on draft b, asked for last', { timeout: 5000 });
    await type(el, '#field-name', 'Draft B, edited');
    await waitUntil(async () => (await readDraft(draftDatabase, 'b'))?.data.name === 'Draft B, edited', 'saved to draft b', { timeout: 5000 });
    expect((await readDraft(draftDatabase))!.data.name).to.equal('Edited here');
  });

  it('a tab in conflict keeps the answers a new system preset replaced, for "Keep my version"', async () => {
    const draftDatabase = uniqueDatabase();
    const { el } = await wizard({ draftDatabase });
    await intoConflict(el, draftDatabase);
    el.system = 'xero';
    await settle(el);
    // The save the switch asks for first, asked now: refused while the question stands.
    expect(await el.saveDraft()).to.equal(false);
    expect(notice(el, 'conflict')).to.not.equal(null);
    expect((await readDraft(draftDatabase))!.data.name).to.equal('Newer, from the other tab');
    (notice(el, 'conflict')!.querySelector('[data-conflict="mine"]') as HTMLButtonElement).click();
    await waitUntil(async () => (await readDraft(draftDatabase))?.data.name === 'Edited here', 'the Shopify answers kept', { timeout: 5000 });
    expect((await readDraft(draftDatabase))!.data.system).to.equal('shopify');
    await settle(el);
    expect(nameOn(el), 'a fresh Xero draft').to.equal('');
    expect(await readDraft(draftDatabase, 'default:xero')).to.equal(undefined);
  });

  it('answers typed on a new system preset screen while its switch waits for a conflict are kept and saved to its draft', async () => {
    const draftDatabase = uniqueDatabase();
    const { el } = await wizard({ draftDatabase });
    await intoConflict(el, draftDatabase);
    el.system = 'xero';
    await settle(el);
    await type(el, '#field-name', 'Typed for Xero while it waited');
    (notice(el, 'conflict')!.querySelector('[data-conflict="mine"]') as HTMLButtonElement).click();
    await waitUntil(async () => (await readDraft(draftDatabase))?.data.name === 'Edited here', 'the Shopify answers kept', { timeout: 5000 });
    await waitUntil(async () => (await readDraft(draftDatabase, 'default:xero'))?.data.name === 'Typed for Xero while it waited', 'saved to the Xero draft', {
      timeout: 5000,
    });
    expect(nameOn(el)).to.equal('Typed for Xero while it waited');
    expect(notice(el, 'conflict')).to.equal(null);
  });

  it('answers typed on a new system preset screen while its switch waits meet a draft stored for it as a conflict: the person chooses', async () => {
    const draftDatabase = uniqueDatabase();
    await seed(draftDatabase, [{ id: 'default:xero', system: 'xero', name: 'The stored Xero draft' }]);
    const { el } = await wizard({ draftDatabase });
    await intoConflict(el, draftDatabase);
    el.system = 'xero';
    await settle(el);
    await type(el, '#field-name', 'Typed for Xero while it waited');
    (notice(el, 'conflict')!.querySelector('[data-conflict="theirs"]') as HTMLButtonElement).click();
    await waitUntil(() => notice(el, 'conflict'), 'asked again, about the Xero draft', { timeout: 5000 });
    await settle(el);
    expect(nameOn(el), 'what was typed stays on screen').to.equal('Typed for Xero while it waited');
    expect((await readDraft(draftDatabase, 'default:xero'))!.data.name, 'nothing written over the stored one').to.equal('The stored Xero draft');
    (notice(el, 'conflict')!.querySelector('[data-conflict="theirs"]') as HTMLButtonElement).click();
    await waitUntil(() => nameOn(el) === 'The stored Xero draft', 'the stored one, when chosen', { timeout: 5000 });
    expect(notice(el, 'conflict')).to.equal(null);
  });

  it('reset() before the first load deletes the draft asked for then, not the one switched to', async () => {
    const draftDatabase = uniqueDatabase();
    await seed(draftDatabase, [
      { id: 'a', system: 'shopify', name: 'Draft A' },
      { id: 'b', system: 'shopify', name: 'Draft B' },
    ]);
    const el = document.createElement('connector-wizard');
    el.draftDatabase = draftDatabase;
    el.catalogue = await sampleCatalogue();
    el.setAttribute('system', 'shopify');
    el.draftId = 'a';
    document.body.append(el);
    void el.reset(); // meant for draft a, not loaded yet
    el.draftId = 'b';
    await settle(el);
    expect(nameOn(el)).to.equal('Draft B');
    await waitUntil(async () => (await listDrafts(draftDatabase)).map((d) => d.id).join() === 'b', 'a deleted, b kept', { timeout: 5000 });
    el.remove();
  });

  it('reset() while a switched-to draft loads deletes that draft, not the next one', async () => {
    const draftDatabase = uniqueDatabase();
    await seed(draftDatabase, [
      { id: 'a', system: 'shopify', name: 'Draft A' },
      { id: 'b', system: 'shopify', name: 'Draft B' },
      { id: 'c', system: 'shopify', name: 'Draft C' },
    ]);
    const { el } = await wizard({ draftDatabase, draftId: 'a' });
    expect(nameOn(el)).to.equal('Draft A');
    el.draftId = 'c';
    // IndexedDB answers in a task of its own: within these microtasks, c is still loading.
    const loading = () => el.shadowRoot!.querySelector('[data-loading]');
    for (let i = 0; i < 50 && !loading(); i++) await Promise.resolve();
    expect(loading(), 'c still loading').to.not.equal(null);
    void el.reset(); // meant for draft c
    el.draftId = 'b';
    await settle(el);
    expect(nameOn(el)).to.equal('Draft B');
    const ids = async () => (await listDrafts(draftDatabase)).map((d) => d.id).sort();
    await waitUntil(async () => (await ids()).join() === 'a,b', 'c deleted, a and b kept', { timeout: 5000 });
  });

  it('pages preset to different systems keep a default draft each, listed under ids that open them', async () => {
    const draftDatabase = uniqueDatabase();
    const shopify = await wizard({ draftDatabase, system: 'shopify' });
    await type(shopify.el, '#field-name', 'Shopify draft');
    await waitUntil(async () => (await readDraft(draftDatabase, 'default:shopify'))?.data.name === 'Shopify draft', 'Shopify saved', { timeout: 5000 });
    const xero = await wizard({ draftDatabase, system: 'xero' });
    expect(nameOn(xero.el)).to.equal('');
    await type(xero.el, '#field-name', 'Xero draft');
    await waitUntil(async () => (await readDraft(draftDatabase, 'default:xero'))?.data.name === 'Xero draft', 'Xero saved', { timeout: 5000 });
    const watcher = await wizard({ draftDatabase, system: 'shopify' }); // listens after the Xero page did
    await type(shopify.el, '#field-name', 'Shopify, again');
    await waitUntil(async () => (await readDraft(draftDatabase, 'default:shopify'))?.data.name === 'Shopify, again', 'Shopify saved again', { timeout: 5000 });
    await waitUntil(() => nameOn(watcher.el) === 'Shopify, again', 'the save told and followed in another tab', { timeout: 5_000 });
    watcher.el.remove();
    await settle(xero.el);
    // Neither page took the other's saves for changes to its own draft.
    expect(nameOn(xero.el)).to.equal('Xero draft');
    expect(nameOn(shopify.el)).to.equal('Shopify, again');
    expect(allNotices(xero.el).concat(allNotices(shopify.el))).to.deep.equal([]);
    expect((await readDraft(draftDatabase, 'default:xero'))!.data.name).to.equal('Xero draft');
    expect(await readDraft(draftDatabase, 'default')).to.equal(undefined);
    const drafts = await listDrafts(draftDatabase);
    expect(drafts.map(({ id, system, name }) => ({ id, system, name }))).to.deep.equal([
      { id: 'default:shopify', system: 'shopify', name: 'Shopify, again' },
      { id: 'default:xero', system: 'xero', name: 'Xero draft' },
    ]);
    // A listed id set as draft-id is used as is: it opens the draft that was listed.
    const listed = await wizard({ draftDatabase, draftId: 'default:xero', system: 'xero' });
    expect(nameOn(listed.el)).to.equal('Xero draft');
    // With no system preset, the default draft is plain `default`, as before.
    const plain = await wizardFixture({ draftDatabase });
    await choose(plain, '#system-xero');
    await pressContinue(plain);
    await waitUntil(async () => (await readDraft(draftDatabase, 'default'))?.data.system === 'xero', 'saved under default', { timeout: 5000 });
    expect((await readDraft(draftDatabase, 'default:xero'))!.data.name).to.equal('Xero draft');
  });

  it('the default draft of a page with no preset, listed and set as draft-id on a page preset to its system, opens and saves there', async () => {
    const draftDatabase = uniqueDatabase();
    const store = new DraftStore(draftDatabase);
    await store.put({ id: 'default', step: 'general', updatedAt: Date.now(), data: { ...emptyWizardData(), system: 'shopify', name: 'Listed one' } }, 0);
    await store.close();
    const [listed] = await listDrafts(draftDatabase);
    expect(listed).to.include({ system: 'shopify', name: 'Listed one' });
    const { el } = await wizard({ draftDatabase, draftId: listed!.id, system: listed!.system! });
    expect(nameOn(el)).to.equal('Listed one');
    await type(el, '#field-name', 'Listed one, renamed');
    expect(await el.saveDraft()).to.equal(true);
    expect((await readDraft(draftDatabase, 'default'))?.data.name, 'saved where it was').to.equal('Listed one, renamed');
    expect(await readDraft(draftDatabase, 'default:shopify'), 'not copied to the preset page').to.equal(undefined);
  });

  it("a new system preset moves to that system's default draft, edits typed just before saved to the old one", async () => {
    const draftDatabase = uniqueDatabase();
    await seed(draftDatabase, [{ id: 'default:xero', system: 'xero', name: 'Xero draft' }]);
    const { el } = await wizard({ draftDatabase, system: 'shopify' });
    const input = inStep<HTMLInputElement>(el, '#field-name')!;
    input.value = 'Typed for Shopify';
    input.dispatchEvent(new Event('input')); // not saved yet (the save waits for a pause)
    el.system = 'xero';
    // The pending edits are written to the old draft first, then the new one loads: wait for it.
    await waitUntil(() => nameOn(el) === 'Xero draft', 'moved to the Xero draft', { timeout: 5000 });
    await settle(el);
    const left = (await readDraft(draftDatabase, 'default:shopify'))!;
    expect({ system: left.data.system, name: left.data.name }).to.deep.equal({ system: 'shopify', name: 'Typed for Shopify' });
    // Other pages' saves are followed by the draft now shown, and only by it.
    const other = await wizard({ draftDatabase, system: 'xero' });
    await type(other.el, '#field-name', 'Xero, from another page');
    await waitUntil(() => nameOn(el) === 'Xero, from another page', 'followed the Xero draft', { timeout: 5000 });
    el.system = 'shopify';
    await waitUntil(() => nameOn(el) === 'Typed for Shopify', 'back on the Shopify draft', { timeout: 5000 });
    await settle(el);
    expect((await readDraft(draftDatabase, 'default:xero'))!.data.name).to.equal('Xero, from another page');
  });

  it("a draft saved under `default` by a page preset to a system, before per-system drafts, moves to that system's key", async () => {
    const draftDatabase = uniqueDatabase();
    const store = new DraftStore(draftDatabase);
    const secrets = await new SecretVault(store).encrypt(idRecord([['access-token', idRecord([['accessToken', SHOPIFY_TOKEN]])]]), 'default');
    await store.put({ id: 'default', step: 'general', updatedAt: Date.now(), data: { ...emptyWizardData(), system: 'shopify', name: 'Saved before' }, secrets }, 0);
    await store.close();
    // As an older version wrote it: without the record format of per-system default drafts.
    const db = await openDB(draftDatabase);
    const { format, ...older } = await db.get('drafts', 'default');
    expect(format).to.equal(2);
    await db.put('drafts', older);
    db.close();
    const xero = await wizard({ draftDatabase, system: 'xero' });
    expect(nameOn(xero.el), 'not a Xero draft').to.equal('');
    const { el } = await wizard({ draftDatabase, system: 'shopify', encrypted: true });
    expect(nameOn(el)).to.equal('Saved before');
    expect((await readDraft(draftDatabase, 'default'))!.deleted).to.equal(true);
    const reader = new DraftStore(draftDatabase);
    const { record } = await reader.get('default:shopify');
    expect(record!.data.name).to.equal('Saved before');
    // Secrets are bound to the draft's id: sealed again for the new one.
    expect(await new SecretVault(reader).decrypt(record!.secrets, 'default:shopify')).to.deep.equal({ 'access-token': { accessToken: SHOPIFY_TOKEN } });
    await reader.close();
  });

  it('a draft a page with no preset saved under `default` stays there when a page preset to its system opens', async () => {
    const draftDatabase = uniqueDatabase();
    const plain = await wizardFixture({ draftDatabase });
    await choose(plain, '#system-shopify');
    await pressContinue(plain);
    await type(plain, '#field-name', 'Chosen on the plain page');
    await waitUntil(async () => (await readDraft(draftDatabase, 'default'))?.data.name === 'Chosen on the plain page', 'saved under default', { timeout: 5000 });
    plain.remove();
    const preset = await wizard({ draftDatabase, system: 'shopify' });
    expect(nameOn(preset.el), "the plain page's draft is not taken").to.equal('');
    await type(preset.el, '#field-name', 'Typed on the Shopify page');
    await waitUntil(async () => (await readDraft(draftDatabase, 'default:shopify'))?.data.name === 'Typed on the Shopify page', 'saved under default:shopify', {
      timeout: 5000,
    });
    const kept = (await readDraft(draftDatabase, 'default'))!;
    expect({ deleted: kept.deleted, name: kept.data?.name }).to.deep.equal({ deleted: undefined, name: 'Chosen on the plain page' });
    const again = await wizardFixture({ draftDatabase });
    expect(nameOn(again)).to.equal('Chosen on the plain page');
  });

  it('a token typed in draft a survives the host switching to draft b and back while the save of a is still being written', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, draftId: 'a' });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    // A list of drafts on the page: the person opens draft b, then comes straight back to a.
    el.draftId = 'b';
    await el.updateComplete;
    el.draftId = 'a';
    await el.updateComplete;
    await draftSettled(el, 'back on draft a');
    await waitUntil(() => currentStepId(el) === 'credentials', `back on Credentials, not ${currentStepId(el)}`, { timeout: 5000 });
    expect(inStep<HTMLInputElement>(el, '#field-credentials-shop')?.value).to.equal('my-store');
    expect(inStep<HTMLInputElement>(el, '#field-credentials-accessToken')?.value, 'the token typed in draft a').to.equal(SHOPIFY_TOKEN);
  });

  it('a token typed in draft a comes back when the host opens b, then c, then a again, though it moved on while a was still being saved', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, draftId: 'a' });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    el.draftId = 'b';
    await el.updateComplete;
    el.draftId = 'c';
    await el.updateComplete;
    await draftSettled(el, 'on draft c');
    expect(nameOn(el), 'c, a fresh form').to.equal('');
    el.draftId = 'a';
    await settle(el);
    await waitUntil(() => currentStepId(el) === 'credentials', `back on Credentials, not ${currentStepId(el)}`, { timeout: 5000 });
    expect(inStep<HTMLInputElement>(el, '#field-credentials-shop')?.value).to.equal('my-store');
    expect(inStep<HTMLInputElement>(el, '#field-credentials-accessToken')?.value, 'the token typed in draft a').to.equal(SHOPIFY_TOKEN);
  });
});

describe('drafts: a conflict told again when the other tab moves on', () => {
  it('a tab in conflict is told when the other tab then finishes the draft', async () => {
    const draftDatabase = uniqueDatabase();
    const a = await wizard({ draftDatabase });
    const b = await wizard({ draftDatabase });
    const input = inStep<HTMLInputElement>(b.el, '#field-name')!;
    input.value = 'B draft';
    input.dispatchEvent(new Event('input'));
    await type(a.el, '#field-name', 'A version');
    expect(await a.el.saveDraft()).to.equal(true);
    await waitUntil(() => notice(b.el, 'conflict'), 'B told of the newer version', { timeout: 5_000 });
    expect(notice(b.el, 'conflict')!.textContent).to.not.contain('finished or discarded');
    await a.el.reset();
    await waitUntil(() => notice(b.el, 'conflict')?.textContent?.includes('finished or discarded'), 'B told the draft is gone', { timeout: 5000 });
  });
});

describe('drafts: a connector created never comes back as a draft', () => {
  const deleted = (stored: Record<string, any> | undefined) => stored === undefined || stored.deleted === true;

  it('the draft saved before `no-drafts` was set is deleted by the create', async () => {
    const draftDatabase = uniqueDatabase();
    const { el, created } = await wizard({ draftDatabase });
    await type(el, '#field-name', 'Saved before no-drafts');
    expect(await el.saveDraft()).to.equal(true);
    el.noDrafts = true;
    await settle(el);
    await advanceTo(el, 'review');
    await el.submit();
    expect(created).to.have.length(1);
    await waitUntil(async () => deleted(await readDraft(draftDatabase)), 'the draft is deleted', { timeout: 5000 });
    // Drafts on again: no conflict with the deletion, and the next connector is saved.
    el.noDrafts = false;
    await draftSettled(el, 'drafts on: the deletion read');
    expect(notice(el, 'conflict') === null, 'no conflict notice').to.equal(true);
    await el.reset();
    await settle(el);
    await type(el, '#field-name', 'The next connector');
    expect(await el.saveDraft(), 'the next connector is saved').to.equal(true);
    el.remove();
    const next = await wizard({ draftDatabase });
    expect(inStep<HTMLInputElement>(next.el, '#field-name')!.value, 'the next visit starts where the last left off').to.equal('The next connector');
  });

  it('reset() with no-drafts deletes the draft on screen, and drafts on again start without a conflict', async () => {
    const draftDatabase = uniqueDatabase();
    const { el } = await wizard({ draftDatabase });
    await type(el, '#field-name', 'Saved before no-drafts');
    expect(await el.saveDraft()).to.equal(true);
    el.noDrafts = true;
    await settle(el);
    await el.reset();
    await waitUntil(async () => deleted(await readDraft(draftDatabase)), 'the draft is deleted', { timeout: 5000 });
    el.noDrafts = false;
    await draftSettled(el, 'drafts on: the deletion read');
    expect(notice(el, 'conflict') === null, 'no conflict notice').to.equal(true);
    await type(el, '#field-name', 'Fresh');
    expect(await el.saveDraft()).to.equal(true);
  });

  it('with the disk still full at the create, the draft goes without its tombstone', async () => {
    const draftDatabase = uniqueDatabase();
    const { el, created } = await wizard({ draftDatabase });
    await type(el, '#field-name', 'Stored first');
    expect(await el.saveDraft()).to.equal(true);
    await withStorageFull(async () => {
      await type(el, '#field-name', 'Stored first, then not');
      await waitUntil(() => notice(el, 'storage'), 'the storage notice', { timeout: 5000 });
      await advanceTo(el, 'review');
      await el.submit();
      expect(created).to.have.length(1);
      await waitUntil(async () => deleted(await readDraft(draftDatabase)), 'the draft is deleted', { timeout: 5000 });
    });
  });

  it('a connector created in a tab whose drafts stopped (disk full) tells the tab still showing that draft it was saved there, so it is not added twice', async () => {
    const { draftDatabase, a, b } = await twoTabsBackOnGeneral();
    await withStorageFull(async () => {
      await type(a, '#field-name', 'Shopify UK, renamed');
      await waitUntil(() => notice(a, 'storage'), 'A says drafts are not saved', { timeout: 5000 });
    });
    await a.goTo('review');
    await settle(a);
    expect(await a.submit(), 'A created the connector').to.equal(true);
    expect((await readDraft(draftDatabase, 'shared'))?.finished, 'the tombstone says the connector was made').to.equal(true);
    // B followed A onto General before A's drafts stopped: it waits for the news of the create, not for a step change.
    await waitUntil(() => notice(b, 'finished') || notice(b, 'conflict'), 'B follows the draft A finished', { timeout: 5000 });
    await settle(b);
    expect(notice(b, 'finished')?.textContent ?? '', 'B says why its answers went').to.contain('saved in another tab');
    expect(nameOn(b), 'B starts again').to.equal('');
  });

  it('a connector created with the disk still full (no room for its tombstone) still tells the tab showing that draft it was saved there', async () => {
    const { draftDatabase, a, b } = await twoTabsBackOnGeneral();
    await withStorageFull(async () => {
      await type(a, '#field-name', 'Shopify UK, renamed');
      await waitUntil(() => notice(a, 'storage'), 'A says drafts are not saved', { timeout: 5000 });
      await a.goTo('review');
      await settle(a);
      expect(await a.submit(), 'A created the connector').to.equal(true);
      await waitUntil(async () => (await readDraft(draftDatabase, 'shared')) === undefined, 'the draft went, without its tombstone', { timeout: 5000 });
      // B, idle on Review with the answers A sent, would otherwise add the connector a second time.
      await waitUntil(() => notice(b, 'finished'), 'B is told the connector was saved in A', { timeout: 5000 });
    });
    await settle(b);
    expect(notice(b, 'finished')!.textContent).to.contain('saved in another tab');
    expect(currentStepId(b), 'B starts again').to.not.equal('review');
  });
});
