/**
 * A draft that holds, in its plain answers, a value of a field a newer catalogue marks secret: loading it
 * moves the value to memory (or the sealed secrets), and the stored record follows at once.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { button, GROUPS, inStep, sampleCatalogue, settle, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { readDraft, storedShopifyDraft, withTabsDeaf } from '../test/stored.js';
import { listDrafts } from '../storage/draft-store.js';
import { EDITED } from '../test/edit-fixtures.js';
import type { ConnectorWizard, EditableConnector } from '../wizard/connector-wizard.js';
import { en } from '../messages/english.js';
import ar from '../messages/locales/ar.js';
import de from '../messages/locales/de.js';
import es from '../messages/locales/es.js';
import fr from '../messages/locales/fr.js';
import nl from '../messages/locales/nl.js';

const WEBHOOK = 'whsec_moved0123456789';

const SIGNING = 'sk_moved0123456789';
/** A label a catalogue could give: markup, and a right-to-left override that must not turn the sentence around. */
const HOSTILE = '<b>Signing</b> key \u202e';

const CLIENT_HOOK = 'hook_moved0123456789';

/** The sample catalogue with a webhook signing secret beside Shopify's access token: `secret`, or plain text (an older registry entry); `signing`: a second such field; `client`: one beside its client credentials. */
async function withWebhook(secret: boolean, signing = false, client = false) {
  const catalogue = (await sampleCatalogue()) as { systems: { id: string; authTypes: { id: string; fields: object[] }[] }[] };
  const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
  const fields = shopify.authTypes.find((a) => a.id === 'access-token')!.fields;
  fields.push({ key: 'webhookSecret', label: 'Webhook signing secret', type: secret ? 'secret' : 'text', required: false });
  if (signing) fields.push({ key: 'signingKey', label: HOSTILE, type: secret ? 'secret' : 'text', required: false });
  const clientFields = shopify.authTypes.find((a) => a.id === 'client-credentials')!.fields;
  if (client) clientFields.push({ key: 'clientHook', label: 'Client webhook key', type: secret ? 'secret' : 'text', required: false });
  return catalogue;
}

/** Stores, as a page with the older catalogue would have, a Shopify draft with the webhook secret among its plain answers. */
const storedInClear = (draftDatabase: string, id = 'default:shopify', webhook = WEBHOOK, signing = false, client = false) =>
  storedShopifyDraft(draftDatabase, [['shop', 'my-store'], ['webhookSecret', webhook], ...(signing ? [['signingKey', SIGNING] as [string, string]] : [])], {
    id,
    record: { keys: 2, format: 2 },
    others: client
      ? [
          [
            'client-credentials',
            [
              ['shop', 'my-store'],
              ['clientHook', CLIENT_HOOK],
            ],
          ],
        ]
      : [],
  });

const inClear = async (draftDatabase: string, id?: string) => JSON.stringify(await readDraft(draftDatabase, id)).includes(WEBHOOK);

/** An edit of a connector whose credentials hold the webhook value, renamed and drafted while the field was plain; `open` opens it again. */
async function editDrafted() {
  const draftDatabase = uniqueDatabase();
  const connector = { ...EDITED, credentials: { shop: 'my-store', webhookSecret: WEBHOOK } } as unknown as EditableConnector;
  const open = async (secret: boolean) => {
    const el = await wizardFixture({ catalogue: await withWebhook(secret), groups: GROUPS, draftDatabase });
    el.connector = connector;
    await settle(el);
    return el;
  };
  const first = await open(false);
  await type(first, '#field-name', 'Renamed');
  expect(await first.saveDraft()).to.equal(true);
  expect(await inClear(draftDatabase, 'default:edit:c-1'), 'kept in clear while the field is plain').to.equal(true);
  first.remove();
  return { draftDatabase, open };
}

describe('drafts: a stored answer a newer catalogue marks secret', () => {
  it('a draft-id switched to, whose draft holds the value in clear, is written again without it once loaded', async () => {
    const draftDatabase = uniqueDatabase();
    await storedInClear(draftDatabase, 'two');
    const el = await wizardFixture({ catalogue: await withWebhook(true), system: 'shopify', groups: GROUPS, draftDatabase, draftId: 'one' });
    el.setAttribute('draft-id', 'two');
    await settle(el);
    await waitUntil(async () => !(await inClear(draftDatabase, 'two')), 'the value left the draft switched to', { timeout: 5000 });
    expect((await readDraft(draftDatabase, 'two'))!.data.credentials['access-token'].shop).to.equal('my-store');
  });

  it('a system preset switched to, whose draft holds the value in clear, is written again without it once loaded', async () => {
    const draftDatabase = uniqueDatabase();
    await storedInClear(draftDatabase);
    const el = await wizardFixture({ catalogue: await withWebhook(true), system: 'xero', groups: GROUPS, draftDatabase });
    el.setAttribute('system', 'shopify');
    await settle(el);
    await waitUntil(async () => !(await inClear(draftDatabase)), 'the value left the draft of the system switched to', { timeout: 5000 });
  });

  it('a reload with the newer catalogue writes the draft again without the value', async () => {
    const draftDatabase = uniqueDatabase();
    await storedInClear(draftDatabase);
    await wizardFixture({ catalogue: await withWebhook(true), system: 'shopify', groups: GROUPS, draftDatabase });
    await waitUntil(async () => !(await inClear(draftDatabase)), 'the value left the draft', { timeout: 5000 });
  });

  it('with encrypted persistence, a reload seals the value and keeps it out of the plain answers', async () => {
    const draftDatabase = uniqueDatabase();
    await storedInClear(draftDatabase);
    await wizardFixture({ catalogue: await withWebhook(true), system: 'shopify', groups: GROUPS, draftDatabase, encrypted: true });
    const sealed = async () => (await readDraft(draftDatabase))?.secrets?.values['access-token']?.webhookSecret;
    await waitUntil(sealed, 'the value sealed in the draft', { timeout: 5000 });
    expect(await inClear(draftDatabase)).to.equal(false);
  });

  it('a value moved out of the plain answers is asked for again after the next reload, never dropped unsaid', async () => {
    const draftDatabase = uniqueDatabase();
    await storedInClear(draftDatabase);
    const catalogue = await withWebhook(true);
    const first = await wizardFixture({ catalogue, system: 'shopify', groups: GROUPS, draftDatabase });
    await waitUntil(async () => !(await inClear(draftDatabase)), 'the value left the draft', { timeout: 5000 });
    // While it is in memory, it is there (masked), and nothing asks for it.
    await first.goTo('credentials');
    await settle(first);
    expect(inStep<HTMLInputElement>(first, '#field-credentials-webhookSecret')!.value).to.equal(WEBHOOK);
    expect(inStep(first, '#field-credentials-webhookSecret-hint [data-testid="reenter"]')).to.equal(null);
    first.remove();
    const el = await wizardFixture({ catalogue, system: 'shopify', groups: GROUPS, draftDatabase });
    await el.goTo('credentials');
    await settle(el);
    expect(inStep(el, '#field-credentials-webhookSecret-hint [data-testid="reenter"]'), 'the optional secret is asked for again').to.exist;
  });

  it('with encrypted persistence, the value sealed on load is kept sealed by a save after Cancel, as a secret typed is', async () => {
    const draftDatabase = uniqueDatabase();
    await storedInClear(draftDatabase);
    const el = await wizardFixture({ catalogue: await withWebhook(true), system: 'shopify', groups: GROUPS, draftDatabase, encrypted: true });
    const sealed = async () => Object.keys((await readDraft(draftDatabase))?.secrets?.values['access-token'] ?? {});
    await waitUntil(async () => (await sealed()).includes('webhookSecret'), 'the value sealed in the draft', { timeout: 5000 });
    button(el, 'cancel').click();
    await settle(el);
    // The host shows the same element again; the person corrects the store name.
    await el.goTo('credentials');
    await settle(el);
    await type(el, '#field-credentials-shop', 'my-other-store');
    expect(await el.saveDraft()).to.equal(true);
    expect(await sealed(), 'still sealed after the next save').to.deep.equal(['webhookSecret']);
    expect(await inClear(draftDatabase)).to.equal(false);
  });

  it('an empty value stored in clear is not asked for again once its field is secret', async () => {
    const draftDatabase = uniqueDatabase();
    await storedInClear(draftDatabase, 'default:shopify', '');
    const el = await wizardFixture({ catalogue: await withWebhook(true), system: 'shopify', groups: GROUPS, draftDatabase });
    await el.goTo('credentials');
    await settle(el);
    expect(inStep(el, '#field-credentials-webhookSecret')).to.exist;
    expect(inStep(el, '#field-credentials-webhookSecret-hint [data-testid="reenter"]')).to.equal(null);
  });

  it('an edit whose connector holds the value, drafted while the field was plain, leaves it out of the draft once the field is secret', async () => {
    const { draftDatabase, open } = await editDrafted();
    const el = await open(true);
    await waitUntil(() => inStep<HTMLInputElement>(el, '#field-name')?.value === 'Renamed', 'the draft of the edit restored', { timeout: 5000 });
    await waitUntil(async () => !(await inClear(draftDatabase, 'default:edit:c-1')), 'the value left the draft of the edit', { timeout: 5000 });
  });

  it('an edit drafted while the field was plain is not written again on load while it stays plain', async () => {
    const { draftDatabase, open } = await editDrafted();
    const { revision } = (await readDraft(draftDatabase, 'default:edit:c-1'))!;
    const el = await open(false);
    await waitUntil(() => inStep<HTMLInputElement>(el, '#field-name')?.value === 'Renamed', 'the draft of the edit restored', { timeout: 5000 });
    expect(await el.saveDraft()).to.equal(true);
    expect((await readDraft(draftDatabase, 'default:edit:c-1'))!.revision).to.equal(revision);
  });

  it('listDrafts() gives the host the summary of a draft holding the value in clear, never the value', async () => {
    const draftDatabase = uniqueDatabase();
    await storedInClear(draftDatabase);
    const listed = await listDrafts(draftDatabase);
    expect(listed.map(({ updatedAt, ...rest }) => ({ ...rest, dated: typeof updatedAt }))).to.deep.equal([
      { id: 'default:shopify', system: 'shopify', name: 'Old', step: 'credentials', dated: 'number' },
    ]);
    expect(JSON.stringify(listed)).to.not.contain(WEBHOOK);
  });

  it('a draft whose fields did not change kind is not written again on load', async () => {
    const draftDatabase = uniqueDatabase();
    await storedInClear(draftDatabase);
    const { revision } = (await readDraft(draftDatabase))!;
    const el = await wizardFixture({ catalogue: await withWebhook(false), system: 'shopify', groups: GROUPS, draftDatabase });
    await settle(el);
    expect(await el.saveDraft()).to.equal(true);
    expect((await readDraft(draftDatabase))!.revision).to.equal(revision);
  });
});

const webhookIn = (el: ConnectorWizard) => inStep<HTMLInputElement>(el, '#field-credentials-webhookSecret')!.value;
const noticeIn = (el: HTMLElement) => el.shadowRoot!.querySelector('[data-notice]')?.getAttribute('data-notice');

/** Draft `x` with the webhook value in clear, shown on Credentials by a tab whose catalogue keeps the field plain; then another tab opens it (`secret`: its catalogue marks the field secret). */
async function shownInClearThenOpened(secret: boolean, encrypted = false, signing = false, client = false) {
  const draftDatabase = uniqueDatabase();
  await storedInClear(draftDatabase, 'x', WEBHOOK, signing, client);
  const older = await wizardFixture({ catalogue: await withWebhook(false, signing, client), system: 'shopify', groups: GROUPS, draftDatabase, draftId: 'x', encrypted });
  await older.goTo('credentials');
  await settle(older);
  expect(inStep<HTMLInputElement>(older, '#field-credentials-webhookSecret')!.value, 'shown in clear').to.equal(WEBHOOK);
  const other = await wizardFixture({ catalogue: await withWebhook(secret, signing, client), system: 'shopify', groups: GROUPS, draftDatabase, draftId: 'x', encrypted });
  return { draftDatabase, older, other };
}

/** The answers a tab shows (its state), for what only a version followed changes there. */
const answersIn = (el: ConnectorWizard) =>
  (el as unknown as { store: { state: { data: { name: string; secretsEntered: Record<string, string[]>; credentials: Record<string, Record<string, string>> } } } }).store
    .state.data;

/** The page moves to another draft (`draft-id` y), once it shows that draft. */
async function toAnotherDraft(el: ConnectorWizard) {
  el.setAttribute('draft-id', 'y');
  await waitUntil(() => answersIn(el).name === '', 'the other draft shown', { timeout: 5000 });
  await settle(el);
}

/** Two tabs as in shownInClearThenOpened(true), once the older one has said the value left the draft and followed every value taken out (`signing`: two values; `client`: one of the client credentials too). */
async function saidElsewhere(signing = false, client = false) {
  const opened = await shownInClearThenOpened(true, false, signing, client);
  const { older } = opened;
  await waitUntil(() => noticeIn(older) === 'secret-elsewhere', 'said once followed', { timeout: 5000 });
  // The second value taken out is followed too (it may come with a later version).
  if (signing) await waitUntil(() => inStep<HTMLInputElement>(older, '#field-credentials-signingKey')?.value === '', 'both followed', { timeout: 5000 });
  if (client) await waitUntil(() => answersIn(older).credentials['client-credentials']?.clientHook === undefined, 'both followed', { timeout: 5000 });
  return opened;
}

/** The person renames the connector in `other`; `older` follows (only the new name shows it). */
async function renamedIn(other: ConnectorWizard, older: ConnectorWizard, name = 'Typed in the other tab') {
  await other.goTo('general');
  await settle(other);
  await type(other, '#field-name', name);
  expect(await other.saveDraft()).to.equal(true);
  await waitUntil(() => answersIn(older).name === name, 'the name followed here', { timeout: 5000 });
  await settle(older);
}

/** With the tabs deaf to each other, `other` saves a rename and `older` types `value` in `field`: `older` meets the conflict and keeps its version (`choice`: or takes the other's). */
async function conflictKept(older: ConnectorWizard, other: ConnectorWizard, field: string, value: string, choice: 'mine' | 'theirs' = 'mine') {
  await withTabsDeaf(async () => {
    await other.goTo('general');
    await settle(other);
    await type(other, '#field-name', 'Typed in the other tab');
    expect(await other.saveDraft()).to.equal(true);
    await type(older, field, value);
    await older.saveDraft();
  });
  await waitUntil(() => older.shadowRoot!.querySelector('[data-conflict="mine"]'), 'in conflict', { timeout: 5000 });
  older.shadowRoot!.querySelector<HTMLButtonElement>(`[data-conflict="${choice}"]`)!.click();
  if (choice === 'mine') await waitUntil(async () => (await readDraft(older.draftDatabase, 'x'))?.data.name === 'Old', 'this version kept', { timeout: 5000 });
  else await waitUntil(() => answersIn(older).name === 'Typed in the other tab', 'the other version taken', { timeout: 5000 });
  await settle(older);
}

describe('drafts: two tabs on different catalogues, one marking secret a field the other shows in clear', () => {
  it('the tab that shows the field in clear, following the other, says its value was taken out of the draft', async () => {
    const { draftDatabase, older } = await shownInClearThenOpened(true);
    await waitUntil(async () => !(await inClear(draftDatabase, 'x')), 'the value left the draft', { timeout: 5000 });
    await waitUntil(() => webhookIn(older) === '', 'the other version followed', { timeout: 5000 });
    await settle(older);
    expect({ notice: noticeIn(older), inClear: await inClear(draftDatabase, 'x') }).to.deep.equal({ notice: 'secret-elsewhere', inClear: false });
  });

  // The nearest case: a plain field another tab with the same catalogue cleared is followed as any other change, and nothing is said.
  it('a value the other tab cleared, its field plain there too, is followed and nothing is said', async () => {
    const { draftDatabase, older, other } = await shownInClearThenOpened(false);
    await other.goTo('credentials');
    await settle(other);
    await type(other, '#field-credentials-webhookSecret', '');
    expect(await other.saveDraft()).to.equal(true);
    await waitUntil(() => webhookIn(older) === '', 'the other version followed', { timeout: 5000 });
    await settle(older);
    expect({ notice: noticeIn(older), inClear: await inClear(draftDatabase, 'x') }).to.deep.equal({ notice: undefined, inClear: false });
  });
});

describe('drafts: the notice that a value left the draft, with secrets sealed in the draft or after further changes', () => {
  it('with encrypted persistence, the tab showing the field in clear is not told the value is no longer in the draft while the draft holds it sealed', async () => {
    const { draftDatabase, older } = await shownInClearThenOpened(true, true);
    await waitUntil(async () => (await readDraft(draftDatabase, 'x'))?.secrets && !(await inClear(draftDatabase, 'x')), 'the value sealed in the draft', { timeout: 5000 });
    await waitUntil(() => (answersIn(older).secretsEntered['access-token'] ?? []).includes('webhookSecret'), 'the other version followed', { timeout: 5000 });
    await settle(older);
    expect({ notice: noticeIn(older), onScreen: webhookIn(older) }).to.deep.equal({ notice: undefined, onScreen: WEBHOOK });
  });

  it('the person keeps typing in the other tab: back in this one, the value is gone and still said so', async () => {
    const { older, other } = await saidElsewhere();
    await renamedIn(other, older);
    expect(noticeIn(older), 'the value taken out of the draft is still said').to.equal('secret-elsewhere');
    expect(answersIn(older).credentials['access-token']?.webhookSecret, 'still empty').to.equal(undefined);
  });

  // The nearest cases: what the person does here about it ends it; typing elsewhere does not.
  it('the notice goes once the person types in the field emptied, and stays while they type in another', async () => {
    const { older, other } = await saidElsewhere();
    // Alone now: what is typed here is not taken out again.
    other.remove();
    await type(older, '#field-credentials-shop', 'my-other-store');
    await settle(older);
    expect(noticeIn(older), 'typed in another field').to.equal('secret-elsewhere');
    await type(older, '#field-credentials-webhookSecret', 'whsec_again');
    await settle(older);
    expect(noticeIn(older), 'typed in the field emptied').to.equal(undefined);
  });

  it('Keep my version in a conflict says again that the value left the draft while its field is still empty', async () => {
    const { older, other } = await saidElsewhere();
    await conflictKept(older, other, '#field-credentials-shop', 'my-other-store');
    expect(noticeIn(older), 'the field is still empty').to.equal('secret-elsewhere');
  });

  it('Use the other version in a conflict says again that the value left the draft while its field is still empty', async () => {
    const { older, other } = await saidElsewhere();
    await conflictKept(older, other, '#field-credentials-shop', 'my-other-store', 'theirs');
    expect(noticeIn(older), 'the field is still empty').to.equal('secret-elsewhere');
  });

  // The nearest case: the person entered the value again before the conflict: nothing is left to say.
  it('Keep my version in a conflict says nothing more once the person typed the value again', async () => {
    const { older, other } = await saidElsewhere();
    await conflictKept(older, other, '#field-credentials-webhookSecret', 'whsec_again');
    expect(noticeIn(older)).to.equal(undefined);
  });

  it('the notice goes when the page moves to another draft', async () => {
    const { older } = await saidElsewhere();
    await toAnotherDraft(older);
    expect(noticeIn(older)).to.not.equal('secret-elsewhere');
  });
});

/** The person picks another way to sign in (`authType`) on its step. */
async function chosenAuth(el: ConnectorWizard, authType: string) {
  await el.goTo('auth');
  await settle(el);
  inStep<HTMLInputElement>(el, `#auth-${authType}`)!.click();
  await settle(el);
}

/** The person picks another way to sign in (`authType`) and goes on to its Credentials. */
async function switchedAuth(el: ConnectorWizard, authType: string) {
  await chosenAuth(el, authType);
  await el.goTo('credentials');
  await settle(el);
}

const noticeText = (el: HTMLElement) => el.shadowRoot!.querySelector('[data-notice]')!.textContent!;
const politeIn = (el: HTMLElement) => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!;
/** The fields the state records as emptied by the other tab. */
const recorded = (el: ConnectorWizard) => (el as unknown as { store: { state: { secretElsewhere?: unknown } } }).store.state.secretElsewhere;

/** As saidElsewhere, but only the client credentials held a value in clear: the person, on the access token, loses none (the other tab then closes). */
async function otherWayEmptied() {
  const draftDatabase = uniqueDatabase();
  await storedShopifyDraft(draftDatabase, [['shop', 'my-store']], {
    id: 'x',
    record: { keys: 2, format: 2 },
    others: [
      [
        'client-credentials',
        [
          ['shop', 'my-store'],
          ['clientHook', CLIENT_HOOK],
        ],
      ],
    ],
  });
  const older = await wizardFixture({ catalogue: await withWebhook(false, false, true), system: 'shopify', groups: GROUPS, draftDatabase, draftId: 'x' });
  await older.goTo('credentials');
  await settle(older);
  const other = await wizardFixture({ catalogue: await withWebhook(true, false, true), system: 'shopify', groups: GROUPS, draftDatabase, draftId: 'x' });
  await waitUntil(() => recorded(older) !== undefined, 'the value that left recorded', { timeout: 5000 });
  other.remove();
  await settle(older);
  return { older };
}

describe('drafts: the notice that values left the draft names their fields', () => {
  it('with two values taken out, the notice names both fields, each isolated, markup in a label shown as text', async () => {
    const { older } = await saidElsewhere(true);
    await settle(older);
    const text = noticeText(older);
    expect(text).to.contain('\u2068Webhook signing secret\u2069');
    expect(text).to.contain(`\u2068${HOSTILE}\u2069`);
    expect(older.shadowRoot!.querySelector('[data-notice] b'), 'the label is text, not markup').to.equal(null);
  });

  it('in a German wizard with an English catalogue, the notice marks each field label it names lang="en", markup still text', async () => {
    const { older } = await saidElsewhere(true);
    const marked = () => [...older.shadowRoot!.querySelectorAll('[data-notice] [lang="en"]')].map((e) => e.textContent);
    expect(marked(), 'nothing marked in English').to.deep.equal([]);
    older.setAttribute('lang', 'de');
    await waitUntil(() => noticeText(older).includes('als geheim'), 'the notice in German', { timeout: 5000 });
    expect(marked()).to.deep.equal(['Webhook signing secret', HOSTILE]);
    expect(older.shadowRoot!.querySelector('[data-notice] b'), 'the label is text, not markup').to.equal(null);
  });

  it('the polite region names the fields as the notice does, each isolated', async () => {
    const { older } = await saidElsewhere(true);
    await settle(older);
    expect(politeIn(older)).to.contain('\u2068Webhook signing secret\u2069');
    expect(politeIn(older)).to.contain(`\u2068${HOSTILE}\u2069`);
  });

  it('in a German wizard, the polite region marks each field label it names lang="en", as the notice does, no isolate left', async () => {
    const { older } = await saidElsewhere(true);
    older.setAttribute('lang', 'de');
    await waitUntil(() => noticeText(older).includes('als geheim'), 'the notice in German', { timeout: 5000 });
    // Said again in German: what the region says follows the language, as the notice does.
    const region = older.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    await waitUntil(() => region.textContent!.includes('als geheim'), 'said in German', { timeout: 5000 });
    expect([...region.querySelectorAll('[lang="en"]')].map((e) => e.textContent)).to.deep.equal(['Webhook signing secret', HOSTILE]);
    expect(/[\u2066-\u2069]/u.test(region.textContent!), JSON.stringify(region.textContent)).to.equal(false);
    expect(region.querySelector('b') === null, 'the label is text, not markup').to.equal(true);
  });

  // The nearest case: a value of another way to sign in is not said, as the notice does not name it.
  it('the polite region names only the fields of the way to sign in chosen', async () => {
    const { older } = await saidElsewhere(false, true);
    await settle(older);
    expect(politeIn(older)).to.contain('\u2068Webhook signing secret\u2069');
    expect(politeIn(older)).to.not.contain('Client webhook key');
  });

  // The nearest case: one value taken out names that one field, and typing it again ends the notice and what it recorded.
  it('with one value taken out, the notice names that field, and goes with its record once the person types it', async () => {
    const { older, other } = await saidElsewhere();
    expect(noticeText(older)).to.contain('\u2068Webhook signing secret\u2069');
    other.remove();
    await type(older, '#field-credentials-webhookSecret', 'whsec_again');
    await settle(older);
    expect(noticeIn(older)).to.equal(undefined);
    expect(recorded(older)).to.equal(undefined);
  });

  it('with two values taken out, typing one again names only the other, still empty, and typing both ends the notice', async () => {
    const { older, other } = await saidElsewhere(true);
    other.remove();
    await type(older, '#field-credentials-webhookSecret', 'whsec_again');
    await settle(older);
    expect(noticeIn(older), 'one field still empty').to.equal('secret-elsewhere');
    expect(noticeText(older)).to.contain(`\u2068${HOSTILE}\u2069`);
    expect(noticeText(older), 'the field typed again is no longer named').to.not.contain('Webhook signing secret');
    await type(older, '#field-credentials-signingKey', 'sk_again');
    await settle(older);
    expect(noticeIn(older), 'both typed again').to.equal(undefined);
    expect(recorded(older)).to.equal(undefined);
  });

  // The nearest case: clearing the field typed again (its value empty once more) keeps it named, the other field too.
  it('with two values taken out, a field typed and then cleared again is still named', async () => {
    const { older, other } = await saidElsewhere(true);
    other.remove();
    await type(older, '#field-credentials-webhookSecret', '');
    await settle(older);
    expect(noticeText(older)).to.contain('\u2068Webhook signing secret\u2069');
    expect(noticeText(older)).to.contain(`\u2068${HOSTILE}\u2069`);
  });

  it('a value of another way to sign in taken out is not named while the person is on this one, and is once they switch to it', async () => {
    const { older, other } = await saidElsewhere(false, true);
    await settle(older);
    expect(noticeText(older)).to.contain('\u2068Webhook signing secret\u2069');
    expect(noticeText(older), 'not asked for now').to.not.contain('Client webhook key');
    other.remove();
    await type(older, '#field-credentials-webhookSecret', 'whsec_again');
    await settle(older);
    expect(noticeIn(older), 'nothing left empty on this way to sign in').to.equal(undefined);
    await switchedAuth(older, 'client-credentials');
    await waitUntil(() => noticeIn(older) === 'secret-elsewhere', 'said on the way to sign in whose value left', { timeout: 5000 });
    expect(noticeText(older)).to.contain('\u2068Client webhook key\u2069');
    expect(noticeText(older), 'typed again').to.not.contain('Webhook signing secret');
  });

  // The nearest case: typing that value again, after the switch, ends the notice and its record.
  it('a value of another way to sign in taken out, typed again after the switch, ends the notice', async () => {
    const { older, other } = await saidElsewhere(false, true);
    other.remove();
    await type(older, '#field-credentials-webhookSecret', 'whsec_again');
    await switchedAuth(older, 'client-credentials');
    await waitUntil(() => noticeIn(older) === 'secret-elsewhere', 'said on the way to sign in whose value left', { timeout: 5000 });
    await type(older, '#field-credentials-clientHook', 'hook_again');
    await settle(older);
    expect(noticeIn(older)).to.equal(undefined);
    expect(recorded(older)).to.equal(undefined);
  });

  it('a value only another way to sign in lost is not said to a screen reader while its notice is not shown', async () => {
    const { older } = await otherWayEmptied();
    expect(noticeIn(older), 'not shown: another way to sign in').to.equal(undefined);
    expect(politeIn(older), 'nor said').to.not.contain(en.draftNotices['secret-elsewhere']);
    expect(politeIn(older), 'nor named').to.not.contain('Client webhook key');
  });

  it('a value only another way to sign in lost is said, its field named, once the switch to it shows the notice', async () => {
    const { older } = await otherWayEmptied();
    await chosenAuth(older, 'client-credentials');
    await waitUntil(() => noticeIn(older) === 'secret-elsewhere', 'shown on the way to sign in whose value left', { timeout: 5000 });
    expect(politeIn(older)).to.contain('\u2068Client webhook key\u2069');
  });

  // The nearest case: a switch to another way to sign in that lost no value says nothing of the value one lost.
  it('a switch to a way to sign in that lost no value says nothing of the value another lost', async () => {
    const { older } = await otherWayEmptied();
    await chosenAuth(older, 'oauth');
    await waitUntil(() => (answersIn(older) as { authType?: string }).authType === 'oauth', 'on the sign-in with Shopify', { timeout: 5000 });
    expect(noticeIn(older)).to.equal(undefined);
    expect(politeIn(older)).to.not.contain(en.draftNotices['secret-elsewhere']);
    expect(politeIn(older)).to.not.contain('Client webhook key');
  });

  it('the record of the fields goes with the notice when the page moves to another draft', async () => {
    const { older } = await saidElsewhere();
    await toAnotherDraft(older);
    expect(recorded(older)).to.equal(undefined);
  });

  it('Keep my version in a conflict names the field still empty again', async () => {
    const { older, other } = await saidElsewhere();
    await conflictKept(older, other, '#field-credentials-shop', 'my-other-store');
    expect(noticeText(older)).to.contain('\u2068Webhook signing secret\u2069');
  });

  it('Use the other version in a conflict names the field still empty again', async () => {
    const { older, other } = await saidElsewhere();
    await conflictKept(older, other, '#field-credentials-shop', 'my-other-store', 'theirs');
    expect(noticeText(older)).to.contain('\u2068Webhook signing secret\u2069');
  });
});

describe('drafts: the words of the notice that a value left the draft', () => {
  it('the sentence that says to enter the value again names the Credentials step, in all six languages, never a bare there', () => {
    for (const msg of [en, de, fr, es, nl, ar]) {
      const last = msg.draftNotices['secret-elsewhere'].split(/(?<=\.)\s+/u).pop()!;
      expect(last, msg.stepLabels.credentials).to.contain(msg.stepLabels.credentials);
    }
  });

  it('the notice naming the fields names them, each isolated, and the Credentials step, in all six languages', () => {
    for (const msg of [en, de, fr, es, nl, ar]) {
      const said = msg.draftElsewhereNamed(['One', 'Two']);
      expect(said, msg.stepLabels.credentials).to.contain(msg.stepLabels.credentials);
      expect(said).to.contain('\u2068One\u2069');
      expect(said).to.contain('\u2068Two\u2069');
    }
  });
});
