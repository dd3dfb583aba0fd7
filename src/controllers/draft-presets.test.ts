/**
 * Default drafts of pages preset to a group (`group="us"`): each keeps its own, so a US page
 * never takes (nor writes over, nor creates from) the UK page's answers; a draft saved before
 * these keys moves to its group's key. (An `environment` preset keeps the draft: see oauth.test.ts,
 * "a connected sign-in survives the host setting the environment preset".) A new `system` preset
 * that moves to another default draft never takes a success panel away.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { openDB } from 'idb';
import { emptyWizardData } from '../schemas/wizard-data.js';
import { DraftStore, listDrafts } from '../storage/draft-store.js';
import { en } from '../messages/english.js';
import {
  advanceTo,
  choose,
  currentStepId,
  deepActiveElement,
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
import { readDraft, storeUnreadable } from '../test/stored.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

async function presetWizard(draftDatabase: string, presets: { group?: string }) {
  const created: { group?: string; environment: string; name: string }[] = [];
  const el = await fixture<ConnectorWizard>(html`<connector-wizard
    .draftDatabase=${draftDatabase}
    .catalogue=${await sampleCatalogue()}
    .groups=${GROUPS}
    system="shopify"
    group=${presets.group ?? ''}
    @connector-created=${(e: CustomEvent<{ connector: (typeof created)[number] }>) => created.push(e.detail.connector)}
  ></connector-wizard>`);
  if (!presets.group) el.removeAttribute('group');
  await settle(el);
  return { el, created };
}

/** A draft as an older version wrote it: `older` takes the record markers it did not write. */
async function storedAsOlder(draftDatabase: string, id: string, data: { group: string; name: string }, older: { keys?: undefined; format?: undefined }) {
  const store = new DraftStore(draftDatabase);
  await store.put({ id, step: 'general', updatedAt: Date.now(), data: { ...emptyWizardData(), system: 'shopify', ...data } }, 0);
  await store.close();
  const db = await openDB(draftDatabase);
  const record = await db.get('drafts', id);
  for (const key of Object.keys(older)) delete record[key];
  await db.put('drafts', record);
  db.close();
}

const nameOn = (el: ConnectorWizard) => inStep<HTMLInputElement>(el, '#field-name')?.value;
const groupOn = (el: ConnectorWizard) => GROUPS.find((g) => inStep<HTMLInputElement>(el, `#group-${g.id}`)?.checked)?.id;

describe('drafts of pages preset to a group', () => {
  it('two pages preset to one system and different groups keep a draft each, and each creates in its own group', async () => {
    const draftDatabase = uniqueDatabase();
    const uk = await presetWizard(draftDatabase, { group: 'uk' });
    await type(uk.el, '#field-name', 'Shopify UK draft');
    await waitUntil(async () => (await readDraft(draftDatabase, 'default:shopify:group:uk'))?.data.name === 'Shopify UK draft', 'UK saved', { timeout: 5000 });
    const us = await presetWizard(draftDatabase, { group: 'us' });
    expect({ name: nameOn(us.el), group: groupOn(us.el) }, 'the US page starts fresh, in its group').to.deep.equal({ name: '', group: 'us' });
    await type(us.el, '#field-name', 'Shopify US');
    await choose(us.el, '#environment-live');
    await pressContinue(us.el);
    await advanceTo(us.el, 'review');
    expect(await us.el.submit()).to.equal(true);
    expect(us.created.map(({ name, group }) => ({ name, group }))).to.deep.equal([{ name: 'Shopify US', group: 'us' }]);
    await settle(uk.el);
    expect(nameOn(uk.el), 'the UK draft is still the UK page').to.equal('Shopify UK draft');
    expect((await readDraft(draftDatabase, 'default:shopify:group:uk'))!.data.name).to.equal('Shopify UK draft');
  });

  it('a draft an older version saved under the system key, or before that under default, moves to its own group, and only there', async () => {
    for (const [from, older] of [
      ['default:shopify', { keys: undefined }],
      ['default', { keys: undefined, format: undefined }],
    ] as const) {
      const draftDatabase = uniqueDatabase();
      await storedAsOlder(draftDatabase, from, { group: 'uk', name: `Saved for UK under ${from}` }, older);
      const us = await presetWizard(draftDatabase, { group: 'us' });
      expect(nameOn(us.el), `${from}: not the US page draft`).to.equal('');
      const uk = await presetWizard(draftDatabase, { group: 'uk' });
      expect(nameOn(uk.el), from).to.equal(`Saved for UK under ${from}`);
      expect((await readDraft(draftDatabase, from))!.deleted, from).to.equal(true);
      expect((await readDraft(draftDatabase, 'default:shopify:group:uk'))!.data.name).to.equal(`Saved for UK under ${from}`);
    }
  });

  it('a draft of the first version under default, moved to the system key by a page without a group first, still reaches its group page', async () => {
    const draftDatabase = uniqueDatabase();
    await storedAsOlder(draftDatabase, 'default', { group: 'uk', name: 'UK draft from the first version' }, { keys: undefined, format: undefined });
    const plain = await presetWizard(draftDatabase, {});
    expect(nameOn(plain.el), 'moved to the system key, as before').to.equal('UK draft from the first version');
    plain.el.remove();
    const uk = await presetWizard(draftDatabase, { group: 'uk' });
    expect(nameOn(uk.el)).to.equal('UK draft from the first version');
  });

  it('a draft a page without a group preset saves stays that page draft when a page preset to its group opens', async () => {
    const draftDatabase = uniqueDatabase();
    const plain = await presetWizard(draftDatabase, {});
    await type(plain.el, '#field-name', 'Typed on the page without a group');
    await choose(plain.el, '#group-uk');
    await waitUntil(async () => (await readDraft(draftDatabase, 'default:shopify'))?.data.group === 'uk', 'saved with its group', { timeout: 5000 });
    plain.el.remove();
    const uk = await presetWizard(draftDatabase, { group: 'uk' });
    expect(nameOn(uk.el), 'not taken').to.equal('');
    const again = await presetWizard(draftDatabase, {});
    expect(nameOn(again.el)).to.equal('Typed on the page without a group');
  });

  it('a group preset set after the first render moves to that group draft, the answers typed before kept in the old one', async () => {
    const draftDatabase = uniqueDatabase();
    const { el } = await presetWizard(draftDatabase, {});
    await type(el, '#field-name', 'Typed before the group came');
    el.group = 'us';
    await waitUntil(() => nameOn(el) === '', 'on the US draft', { timeout: 5000 });
    await settle(el);
    expect(groupOn(el)).to.equal('us');
    await waitUntil(async () => (await readDraft(draftDatabase, 'default:shopify'))?.data.name === 'Typed before the group came', 'kept', { timeout: 5000 });
  });

  it('a group preset set after the first render keeps the group the person chose in the draft left, not the preset', async () => {
    const draftDatabase = uniqueDatabase();
    const { el } = await presetWizard(draftDatabase, {});
    await choose(el, '#group-uk');
    await type(el, '#field-name', 'Typed for the UK');
    el.group = 'us';
    await waitUntil(() => nameOn(el) === '', 'on the US draft', { timeout: 5000 });
    await waitUntil(async () => (await readDraft(draftDatabase, 'default:shopify'))?.data.name === 'Typed for the UK', 'kept', { timeout: 5000 });
    expect((await readDraft(draftDatabase, 'default:shopify'))?.data.group).to.equal('uk');
    // The page without the preset again: the answers as the person left them.
    el.removeAttribute('group');
    await waitUntil(() => nameOn(el) === 'Typed for the UK', 'the draft left, back', { timeout: 5000 });
    expect(groupOn(el)).to.equal('uk');
  });
});

describe('a system preset set after the person chose a system', () => {
  const said = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();

  /** No preset: Shopify chosen, Continue, a name typed. */
  async function typedOnShopify() {
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ groups: GROUPS, draftDatabase });
    await choose(el, '#system-shopify');
    await pressContinue(el);
    await type(el, '#field-name', 'Typed before the preset');
    return { el, draftDatabase };
  }

  it('naming the system already chosen keeps what was typed, saved to that system draft', async () => {
    const { el, draftDatabase } = await typedOnShopify();
    el.system = 'shopify';
    await waitUntil(async () => (await readDraft(draftDatabase, 'default:shopify'))?.data.name === 'Typed before the preset', 'saved to the Shopify draft', { timeout: 5000 });
    await settle(el);
    expect({ step: currentStepId(el), name: nameOn(el) }).to.deep.equal({ step: 'general', name: 'Typed before the preset' });
  });

  it('naming the system already chosen moves the answers: listed once, and a page without a preset starts on System', async () => {
    const { el, draftDatabase } = await typedOnShopify();
    await waitUntil(async () => (await readDraft(draftDatabase, 'default'))?.data.name === 'Typed before the preset', 'saved in the draft of no preset', { timeout: 5000 });
    el.system = 'shopify';
    await waitUntil(async () => (await readDraft(draftDatabase, 'default:shopify'))?.data.name === 'Typed before the preset', 'saved to the Shopify draft', { timeout: 5000 });
    await waitUntil(async () => (await readDraft(draftDatabase, 'default'))?.deleted === true, 'the draft of no preset gone', { timeout: 5000 });
    expect((await listDrafts(draftDatabase)).map(({ id, name }) => ({ id, name }))).to.deep.equal([{ id: 'default:shopify', name: 'Typed before the preset' }]);
    el.remove();
    const plain = await wizardFixture({ groups: GROUPS, draftDatabase });
    expect(currentStepId(plain), 'nothing stale restored').to.equal('system');
  });

  it('a token sealed in the draft and kept by Cancel survives the host presetting the system the person had chosen', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ groups: GROUPS, draftDatabase, encrypted: true });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    expect(await el.saveDraft()).to.equal(true);
    const sealedIn = async (id: string) => (await readDraft(draftDatabase, id))?.secrets;
    const before = await sealedIn('default');
    expect(Boolean(before?.values['access-token']?.accessToken), 'sealed in the draft of no preset').to.equal(true);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel"]')!.click();
    await settle(el);
    // The host opens the same element again, now preset to the system the person had chosen.
    el.setAttribute('system', 'shopify');
    await waitUntil(async () => (await readDraft(draftDatabase, 'default'))?.deleted === true, 'the answers moved, the draft of no preset gone', { timeout: 5000 });
    const moved = await sealedIn('default:shopify');
    expect(Boolean(moved?.values['access-token']?.accessToken), 'sealed again in the system draft').to.equal(true);
    expect(moved!.expiresAt, 'it keeps its expiry').to.equal(before!.expiresAt);
    el.remove();
    const reloaded = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, encrypted: true });
    await reloaded.goTo('credentials');
    await settle(reloaded);
    expect(inStep<HTMLInputElement>(reloaded, '#field-credentials-accessToken')!.value, 'the sealed token back after a reload').to.equal(SHOPIFY_TOKEN);
  });

  it('naming another system says the answers typed before are kept in their own draft', async () => {
    const { el, draftDatabase } = await typedOnShopify();
    el.system = 'xero';
    await waitUntil(() => said(el).includes(en.draftNotices['set-aside']), 'said', { timeout: 5000 });
    const before = (await readDraft(draftDatabase, 'default'))?.data;
    expect({ system: before?.system, name: before?.name }, 'the Shopify answers, in the draft before').to.deep.equal({ system: 'shopify', name: 'Typed before the preset' });
    expect(el.shadowRoot!.querySelector('[data-notice]')?.textContent?.trim(), 'the notice').to.equal(en.draftNotices['set-aside']);
  });

  it('naming a system whose draft cannot be read says both: the form starts empty, and the answers typed before are kept', async () => {
    const { el, draftDatabase } = await typedOnShopify();
    await storeUnreadable(draftDatabase, 'default:xero');
    el.system = 'xero';
    await waitUntil(() => el.shadowRoot!.querySelector('[data-notice]'), 'a notice', { timeout: 5000 });
    await settle(el);
    expect({
      left: (await readDraft(draftDatabase, 'default'))?.data?.name,
      unreadable: (await readDraft(draftDatabase, 'default:xero'))?.deleted,
      notice: el.shadowRoot!.querySelector('[data-notice]')?.getAttribute('data-notice'),
      onScreen: nameOn(el),
    }).to.deep.equal({ left: 'Typed before the preset', unreadable: true, notice: 'malformed-set-aside', onScreen: '' });
  });

  it('the set-aside notice goes once the answers set aside are back on screen: the form no longer starts empty', async () => {
    const { el } = await typedOnShopify();
    el.system = 'xero';
    await waitUntil(() => el.shadowRoot!.querySelector('[data-notice="set-aside"]'), 'the set-aside notice', { timeout: 5000 });
    await settle(el);
    el.system = undefined;
    await waitUntil(() => nameOn(el) === 'Typed before the preset', 'the Shopify answers back', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[data-notice]')?.getAttribute('data-notice')).to.equal(undefined);
  });

  it('the set-aside notice is about the move this connector began with: Start over (reset) clears it', async () => {
    const { el, draftDatabase } = await typedOnShopify();
    el.system = 'xero';
    await waitUntil(() => el.shadowRoot!.querySelector('[data-notice="set-aside"]'), 'the set-aside notice', { timeout: 5000 });
    await settle(el);
    await type(el, '#field-name', 'Xero typed');
    await el.reset();
    await settle(el);
    expect(el.shadowRoot!.querySelector('[data-notice]')?.getAttribute('data-notice')).to.equal(undefined);
    // The answers set aside are still kept in their own draft: only the notice went.
    expect((await readDraft(draftDatabase, 'default'))?.data?.name).to.equal('Typed before the preset');
  });

  /** What has the focus: the tag and the step whose shadow root holds it (`<body>` said as such). */
  const focusedIn = () => {
    const active = deepActiveElement();
    return active === document.body ? '<body>' : `${active?.tagName} in ${(active?.getRootNode() as ShadowRoot).host?.getAttribute('data-step')}`;
  };

  it('a preset set while the person is on System, the focus there: the new step heading takes it, with the set-aside notice', async () => {
    const { el } = await typedOnShopify();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="back"]')!.click();
    await waitUntil(() => currentStepId(el) === 'system', 'back on System');
    await settle(el);
    inStep<HTMLInputElement>(el, '#system-shopify')!.focus();
    el.system = 'xero';
    await waitUntil(() => el.shadowRoot!.querySelector('[data-notice="set-aside"]'), 'the set-aside notice', { timeout: 5000 });
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
    expect(focusedIn(), 'never <body>').to.equal('H2 in general');
  });

  it('a preset set while a search is typed on System: the new step heading takes the focus', async () => {
    const el = await wizardFixture({ groups: GROUPS, draftDatabase: uniqueDatabase() });
    inStep<HTMLInputElement>(el, '#search-systems')!.focus();
    await sendKeys({ type: 'sho' });
    el.system = 'shopify';
    await waitUntil(() => currentStepId(el) === 'general', 'General');
    await settle(el);
    expect(focusedIn(), 'never <body>').to.equal('H2 in general');
  });
});

describe('a system preset the host changes while a create is sent', () => {
  const panel = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[part="success"]');

  /** The panel shows, and stays; its Add another connector then starts the Xero connector, with the Xero draft stored. */
  async function panelStaysThenXero(el: ConnectorWizard, draftDatabase: string) {
    // The new preset's draft read: a switch that took the panel away would have done so by then.
    await waitUntil(() => (el as unknown as { draft: { settled: boolean } }).draft.settled, 'the Xero draft read', { timeout: 5000 });
    await settle(el);
    expect(el.currentStep, 'the success panel').to.equal('done');
    expect(panel(el)?.textContent, 'the Shopify connector created').to.contain('Shopify UK');
    panel(el)!.querySelector('button')!.click();
    await waitUntil(() => nameOn(el) === 'Xero draft', 'Add another connector: the Xero draft', { timeout: 5000 });
    expect((await readDraft(draftDatabase, 'default:shopify'))?.deleted ?? true, 'the Shopify draft is gone').to.equal(true);
  }

  async function seededWizard(extra: Parameters<typeof wizardFixture>[0] = {}) {
    const draftDatabase = uniqueDatabase();
    const store = new DraftStore(draftDatabase);
    await store.put({ id: 'default:xero', step: 'general', updatedAt: Date.now(), data: { ...emptyWizardData(), system: 'xero', name: 'Xero draft' } }, 0);
    await store.close();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase, ...extra });
    await advanceTo(el, 'review');
    return { el, draftDatabase };
  }

  it('endpoint mode: the success panel shows and stays, and the new preset applies to the next connector', async function () {
    this.timeout(20000);
    const api = freshApi();
    const { el, draftDatabase } = await seededWizard({ endpoint: api.endpoint });
    await api.faults({ kind: 'late', held: true, method: 'POST' });
    const sending = el.submit();
    try {
      await waitUntil(() => el.sending, 'sending', { timeout: 5000 });
      el.system = 'xero';
    } finally {
      await api.release();
    }
    expect(await sending).to.equal(true);
    await panelStaysThenXero(el, draftDatabase);
  });

  it('emit mode: a preset the host sets on connector-created leaves the success panel on screen', async () => {
    const { el, draftDatabase } = await seededWizard();
    el.addEventListener('connector-created', () => (el.system = 'xero'), { once: true });
    expect(await el.submit()).to.equal(true);
    await panelStaysThenXero(el, draftDatabase);
  });
});
