import { expect, fixture, html } from '@open-wc/testing';
import { audit } from '../../test/audit.js';
import type { ConnectorPayload } from '../../schemas/wizard-data.js';
import {
  advanceTo,
  allInStep,
  choose,
  currentStepId,
  deepActiveElement,
  errorSummary,
  freshApi,
  GROUPS,
  inStep,
  pasteInto,
  pressContinue,
  sampleCatalogue,
  settle,
  SHOPIFY_TOKEN,
  type,
  uniqueDatabase,
  wizardFixture,
} from '../../test/fixtures.js';
import { listDrafts } from '../../storage/draft-store.js';
import { everythingStored } from '../../test/stored.js';
import { stepSuite } from '../../test/step-suite.js';
import type { ConnectorWizard } from '../../wizard/connector-wizard.js';

stepSuite('general', {
  open: () => wizardFixture({ system: 'shopify', groups: GROUPS }),
  errors: 3,
  keeps: { selector: '#field-name', value: `  ${'x'.repeat(120)}  ` },
  next: 'timezone',
});

async function createdPayload(el: Awaited<ReturnType<typeof wizardFixture>>): Promise<ConnectorPayload> {
  let payload: ConnectorPayload | undefined;
  el.addEventListener('connector-created', (e) => (payload = e.detail.connector as ConnectorPayload));
  await advanceTo(el, 'review');
  await el.submit();
  if (!payload) throw new Error('not created');
  return payload;
}

describe('general step', () => {
  it('asks for the group only when there is more than one', async () => {
    const none = await wizardFixture({ system: 'shopify', groups: [] });
    expect(inStep(none, '#field-group')).to.equal(null);
    expect(inStep(none, 'input[name="group"]')).to.equal(null);

    const one = await wizardFixture({ system: 'shopify', groups: [{ id: 'uk', name: 'UK' }] });
    expect(inStep(one, 'input[name="group"]')).to.equal(null);
    expect(inStep(one, '.label')!.textContent).to.contain('UK');

    const two = await wizardFixture({ system: 'shopify', groups: GROUPS });
    expect(allInStep(two, 'input[name="group"]').length).to.equal(2);
  });

  it('puts the only group in the payload, and no group when there is none', async () => {
    const one = await createdPayload(await wizardFixture({ system: 'shopify', groups: [{ id: 'uk', name: 'UK' }] }));
    expect(one.group).to.equal('uk');
    const none = await createdPayload(await wizardFixture({ system: 'shopify', groups: [] }));
    expect('group' in none).to.equal(false);
  });

  it('trims the name and limits its length with a specific message', async () => {
    const el = await wizardFixture({ system: 'shopify' });
    await type(el, '#field-name', 'x'.repeat(101));
    await choose(el, '#environment-test');
    await pressContinue(el);
    expect(errorSummary(el)).to.deep.equal(['Connector name must be 100 characters or fewer']);
    await type(el, '#field-name', '   ');
    await pressContinue(el);
    expect(errorSummary(el)).to.deep.equal(['Enter a name for the connector']);
    for (const blank of ['\u200B\u2060 \u200E', '\u3164\u2800\uFE0F']) {
      await type(el, '#field-name', blank);
      await pressContinue(el);
      expect(errorSummary(el), `a name of invisible characters only is no name: ${JSON.stringify(blank)}`).to.deep.equal(['Enter a name for the connector']);
    }
    await type(el, '#field-name', '  Shopify UK  ');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('timezone');
  });

  it('a connector name of combining marks alone, with nothing they sit on, is no name', async () => {
    const el = await wizardFixture({ system: 'shopify' });
    await choose(el, '#environment-test');
    for (const marks of ['\u0301\u0301', ' \u0308\u0323 ', '\u200B\u064E']) {
      await type(el, '#field-name', marks);
      await pressContinue(el);
      expect(errorSummary(el), JSON.stringify(marks)).to.deep.equal(['Enter a name for the connector']);
    }
  });

  it('refuses a name with direction overrides or isolates, which can make it read as another, and takes direction marks', async () => {
    const el = await wizardFixture({ system: 'shopify' });
    await choose(el, '#environment-test');
    // U+202E shows "Shop UK \u202Eevil" as "Shop UK live"; isolates and embeddings reorder runs.
    for (const hostile of ['Shop UK \u202Eevil', 'Shop \u2067UK\u2069 live', 'Shop \u202BUK\u202C']) {
      await type(el, '#field-name', hostile);
      await pressContinue(el);
      expect(errorSummary(el), JSON.stringify(hostile)).to.deep.equal([
        'Remove the hidden characters that change the direction of the text: they can make the name read as something it is not',
      ]);
      expect(inStep<HTMLInputElement>(el, '#field-name')!.value, 'what was typed is kept, to mend').to.equal(hostile);
    }
    // A right-to-left mark, as Hebrew or Arabic text may need around a Latin word, is fine.
    await type(el, '#field-name', 'חנות Shopify\u200F UK');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('timezone');
  });

  it('a group with a blank name is shown by its id, never as a radio without a label', async () => {
    const el = await wizardFixture({
      system: 'shopify',
      groups: [
        { id: 'uk', name: 'UK' },
        { id: 'eu-west', name: '   ' },
        { id: 'x', name: '' },
      ],
    });
    const labels = allInStep(el, 'input[name="group"]').map((input) => inStep(el, `label[for="${input.id}"]`)?.textContent?.trim());
    expect(labels).to.deep.equal(['UK', 'eu-west', 'x']);
    await audit(el, 'general, groups with blank names');
  });

  it('two groups named alike say their ids, on General and in the slot’s reason', async () => {
    const groups = [
      { id: 'eu-1', name: 'Europe' },
      { id: 'eu-2', name: 'Europe' },
      { id: 'uk', name: 'UK' },
    ];
    const el = await wizardFixture({ system: 'shopify', groups, existingConnectors: [{ name: 'Shop', system: 'shopify', group: 'eu-2', environment: 'live' }] });
    const labels = allInStep(el, 'input[name="group"]').map((input) => inStep(el, `label[for="${input.id}"]`)!.textContent!.trim());
    expect(new Set(labels).size, labels.join(' | ')).to.equal(3);
    expect(labels[0]).to.contain('eu-1');
    expect(labels[1]).to.contain('eu-2');
    expect(labels[2]).to.equal('UK');
    await choose(el, '#group-eu-2');
    expect(inStep(el, '#environment-live--hint')!.textContent).to.contain('eu-2');
  });

  describe('one live and one testing connector per system per group', () => {
    const existing = [{ id: 'c1', name: 'Shop live', system: 'shopify', group: 'uk', environment: 'live' as const }];

    it('disables a taken environment and says why', async () => {
      const el = await wizardFixture({ system: 'shopify', groups: GROUPS, existingConnectors: existing });
      await choose(el, '#group-uk');
      const live = inStep<HTMLInputElement>(el, '#environment-live')!;
      expect(live.disabled).to.equal(true);
      expect(inStep(el, '#environment-live--hint')!.textContent).to.equal('A live Shopify connector already exists in UK.');
      expect(live.getAttribute('aria-describedby')).to.equal('environment-live--hint');
      expect(inStep<HTMLInputElement>(el, '#environment-test')!.disabled).to.equal(false);
      await audit(el, 'general, taken slot');
    });

    it('frees the slot in another group', async () => {
      const el = await wizardFixture({ system: 'shopify', groups: GROUPS, existingConnectors: existing });
      await choose(el, '#group-us');
      expect(inStep<HTMLInputElement>(el, '#environment-live')!.disabled).to.equal(false);
    });

    it('refuses a taken environment chosen before the group', async () => {
      const el = await wizardFixture({ system: 'shopify', groups: GROUPS, existingConnectors: existing });
      await type(el, '#field-name', 'Shop');
      await choose(el, '#environment-live');
      await choose(el, '#group-uk');
      await pressContinue(el);
      expect(currentStepId(el)).to.equal('general');
      expect(errorSummary(el)).to.deep.equal(['A live Shopify connector already exists in UK; choose the other environment']);
    });

    it('says so when both slots are taken', async () => {
      const both = [...existing, { name: 'Shop test', system: 'shopify', group: 'uk', environment: 'test' as const }];
      const el = await wizardFixture({ system: 'shopify', groups: GROUPS, existingConnectors: both });
      await choose(el, '#group-uk');
      expect(inStep(el, '[data-rule="both-taken"]')!.textContent).to.contain('UK already has a live and a testing Shopify connector');
      expect(allInStep<HTMLInputElement>(el, 'input[name="environment"]').every((i) => i.disabled)).to.equal(true);
      await type(el, '#field-name', 'Shop');
      await pressContinue(el);
      expect(currentStepId(el)).to.equal('general');
      // Said where it can be mended, the group; never "choose an environment", when none can be chosen.
      expect(errorSummary(el)).to.deep.equal(['UK already has a live and a testing Shopify connector, the most a company group can have. Choose another company group.']);
      expect(allInStep(el, '[data-rule="both-taken"]').length, 'said once, not twice').to.equal(0);
      inStep<HTMLAnchorElement>(el, '.error-summary a')!.click();
      expect(deepActiveElement()?.id, 'the link lands on the group question').to.equal('group-uk');
      await audit(el, 'general with errors');
      await choose(el, '#group-us');
      await choose(el, '#environment-live');
      await pressContinue(el);
      expect(currentStepId(el)).to.equal('timezone');
    });

    it('both slots taken is said in a status region that was there, empty, before its words arrived (one inserted with them is not read)', async () => {
      const both = [...existing, { name: 'Shop test', system: 'shopify', group: 'uk', environment: 'test' as const }];
      const el = await wizardFixture({ system: 'shopify', groups: GROUPS, existingConnectors: both });
      await choose(el, '#group-us');
      const region = inStep(el, '#field-environment [role="status"]');
      expect(region !== null, 'a status region while a slot is free').to.equal(true);
      expect(region!.textContent!.trim()).to.equal('');
      await choose(el, '#group-uk');
      expect(inStep(el, '#field-environment [role="status"]') === region, 'the same region').to.equal(true);
      expect(region!.querySelector('[data-rule="both-taken"]')!.textContent).to.contain('UK already has a live and a testing Shopify connector');
      await audit(el, 'both slots taken');
    });

    it('both slots taken without a choice of group: says so on the environment, not as a choice to make', async () => {
      const el = await wizardFixture({
        system: 'xero',
        existingConnectors: [
          { name: 'a', system: 'xero', environment: 'live' },
          { name: 'b', system: 'xero', environment: 'test' },
        ],
      });
      await type(el, '#field-name', 'X');
      await pressContinue(el);
      expect(errorSummary(el)).to.deep.equal(['There is already a live and a testing Xero connector, the most allowed.']);
    });

    it('applies the rule without groups too', async () => {
      const el = await wizardFixture({ system: 'xero', existingConnectors: [{ name: 'X', system: 'xero', environment: 'test' }] });
      expect(inStep<HTMLInputElement>(el, '#environment-test')!.disabled).to.equal(true);
      expect(inStep(el, '#environment-test--hint')!.textContent).to.equal('A testing Xero connector already exists.');
    });
  });
});

describe('general step: names and groups as hosts and people give them', () => {
  it('sends the name composed (NFC): a name typed decomposed is the same name as one typed composed', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: [] });
    await type(el, '#field-name', 'Société Générale'.normalize('NFD'));
    await choose(el, '#environment-live');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('timezone');
    const payload = await createdPayload(el);
    expect(payload.name).to.equal('Société Générale'.normalize('NFC'));
    expect(payload.name.length).to.equal(16);
  });

  it('counts a name decomposed as the composed name it is sent as: 100 characters typed decomposed are taken', async () => {
    const name = 'Société Générale — intégration '.repeat(4).slice(0, 100);
    expect([...name].length).to.equal(100);
    const el = await wizardFixture({ system: 'shopify', groups: [] });
    await type(el, '#field-name', name.normalize('NFD'));
    await choose(el, '#environment-live');
    await pressContinue(el);
    expect(currentStepId(el), errorSummary(el).join('; ')).to.equal('timezone');
    expect((await createdPayload(el)).name).to.equal(name);
  });

  it('sends a name without the zero-width characters pasted at its ends, which show nowhere', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: [] });
    await type(el, '#field-name', '\u200BShopify\u200B UK\uFEFF\u2060 ');
    await choose(el, '#environment-live');
    await pressContinue(el);
    expect((await createdPayload(el)).name).to.equal('Shopify\u200B UK');
  });

  it('a name the step accepts is accepted by the reference API too (emoji count the same on both sides)', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    const name = 'Shopify marketplace sync for Europe, run nightly by the commerce operations team 🇫🇷🇩🇪🇮🇹🇪🇸🇳🇱🇧🇪';
    expect([...name].length, 'code points').to.be.at.most(100);
    expect(name.length, 'UTF-16 units').to.be.greaterThan(100);
    await type(el, '#field-name', name);
    await choose(el, '#group-uk');
    await choose(el, '#environment-live');
    await pressContinue(el);
    expect(currentStepId(el), 'the step took the name').to.equal('timezone');
    await advanceTo(el, 'review');
    await el.submit();
    await settle(el);
    expect(errorSummary(el), 'what the server said').to.deep.equal([]);
    expect((await api.connectors()).length, 'created').to.equal(1);
  });

  it('a group whose name is only invisible characters is shown by its id', async () => {
    const el = await wizardFixture({
      system: 'shopify',
      groups: [
        { id: 'uk', name: '\u200B' },
        { id: 'us', name: 'US' },
      ],
    });
    expect(inStep(el, 'label[for="group-uk"]')!.textContent!.trim()).to.equal('uk');
  });

  it('a name made only of invisible format characters (U+206A, U+180B, U+17B4, U+1BCA0, U+E0100) is no name', async () => {
    const accepted: string[] = [];
    for (const name of ['\u206a\u206b', '\u180b', '\u17b4\u17b5', '\u{1bca0}', '\u{e0100}']) {
      const el = await wizardFixture({ system: 'shopify' });
      await type(el, '#field-name', name);
      await choose(el, '#environment-live');
      await pressContinue(el);
      if (currentStepId(el) !== 'general' || !errorSummary(el).includes('Enter a name for the connector'))
        accepted.push(`U+${name.codePointAt(0)!.toString(16).toUpperCase()}`);
      el.remove();
    }
    expect(accepted, 'names that show nothing, taken as names').to.deep.equal([]);
  });
});

describe('general step: a bare secret pasted into the name', () => {
  const refusal = (el: Awaited<ReturnType<typeof wizardFixture>>) => inStep(el, '#field-name ~ [role="status"]')?.textContent?.trim() ?? '';
  /** The sample catalogue with Shopify's token field given `pattern`. */
  async function withTokenPattern(pattern: string) {
    const catalogue = structuredClone(await sampleCatalogue()) as { systems: { id: string; authTypes: { fields: { key: string; pattern?: string }[] }[] }[] };
    for (const authType of catalogue.systems.find((s) => s.id === 'shopify')!.authTypes)
      for (const field of authType.fields) if (field.key === 'accessToken') field.pattern = pattern;
    return catalogue;
  }

  it('a value in the format of the system s token is not pasted, stays out of the draft and its listed name, and the person is told where it goes', async () => {
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase });
    await type(el, '#field-name', 'Shopify UK');
    await pasteInto(el, '#field-name', `${SHOPIFY_TOKEN}\n`);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value, 'nothing lost, nothing pasted').to.equal('Shopify UK');
    expect(refusal(el)).to.contain('Nothing was pasted: that looks like credentials, not a name');
    expect(await el.saveDraft()).to.equal(true);
    expect((await listDrafts(draftDatabase)).map((d) => d.name)).to.deep.equal(['Shopify UK']);
    expect(await everythingStored()).to.not.contain(SHOPIFY_TOKEN);
  });

  it('the same token dropped on the name (dragged from another window) is refused in words true for a drop', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, noDrafts: true });
    const data = new DataTransfer();
    data.setData('text/plain', SHOPIFY_TOKEN);
    const drop = new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, composed: true });
    inStep<HTMLInputElement>(el, '#field-name')!.dispatchEvent(drop);
    await settle(el);
    expect(drop.defaultPrevented).to.equal(true);
    expect(refusal(el)).to.equal('Nothing was dropped: that looks like credentials, not a name. Enter them on the Credentials step, where secrets stay hidden.');
  });

  it('a name pasted is pasted, and the token typed is not refused (only pastes are)', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
    await pasteInto(el, '#field-name', 'shpat-production-store-united-kingdom');
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('shpat-production-store-united-kingdom');
    expect(refusal(el)).to.equal('');
    // A token of its own: the draft keeps what is typed, and other files look for SHOPIFY_TOKEN in all storage.
    const typed = `shpat_${'e'.repeat(32)}`;
    await type(el, '#field-name', typed);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal(typed);
  });

  for (const pattern of ['^.{20,}$', '^[A-Za-z0-9-]{4,}$', '^\\S+$'])
    it(`a secret pattern any name could fit (${pattern}) refuses no name pasted`, async () => {
      const el = await wizardFixture({ system: 'shopify', groups: GROUPS, catalogue: await withTokenPattern(pattern) });
      const name = pattern === '^.{20,}$' ? 'Shopify marketplace for Europe' : 'ShopifyMarketplaceEurope';
      await pasteInto(el, '#field-name', name);
      expect({ value: inStep<HTMLInputElement>(el, '#field-name')!.value, refusal: refusal(el) }).to.deep.equal({ value: name, refusal: '' });
    });

  it('a token format given by the catalogue (32 hex digits, no prefix) is refused as well', async () => {
    const token = 'aa0123456789abcdef0123456789abcd';
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, catalogue: await withTokenPattern('^[a-f0-9]{32}$') });
    await pasteInto(el, '#field-name', token);
    expect({ value: inStep<HTMLInputElement>(el, '#field-name')!.value, refused: refusal(el).includes('Nothing was pasted') }).to.deep.equal({ value: '', refused: true });
  });
});

describe('general step: a group preset the groups do not offer', () => {
  /** A wizard preset to Shopify and to `group`, among `groups`; what it reports and creates is collected. */
  async function presetTo(group: string, groups: { id: string; name: string }[]) {
    const errors: string[] = [];
    const created: { group?: string }[] = [];
    const el = await fixture<ConnectorWizard>(html`<connector-wizard
      .draftDatabase=${uniqueDatabase()}
      .catalogue=${await sampleCatalogue()}
      .groups=${groups}
      system="shopify"
      group=${group}
      @connector-wizard-error=${(e: Event & { detail: { kind: string; message: string } }) => errors.push(`${e.detail.kind}: ${e.detail.message}`)}
      @connector-created=${(e: CustomEvent<{ connector: { group?: string } }>) => created.push(e.detail.connector)}
    ></connector-wizard>`);
    await settle(el);
    const said = () => errors.filter((e) => e.startsWith('config: ') && /\bgroup\b/u.test(e));
    return { el, said, created };
  }

  it('is reported to the host once per value, and the only group offered is the one the person sees on General and Review and the one sent', async () => {
    const { el, said, created } = await presetTo('us', [{ id: 'uk', name: 'UK' }]);
    expect(said().length, 'reported').to.equal(1);
    expect(said()[0]).to.contain('"us"').and.to.contain('"uk"');
    expect(inStep(el, '.label')!.textContent, 'General names the group it goes in').to.contain('UK');
    // The presets are applied again (new groups, a new language): said once only.
    el.groups = [{ id: 'uk', name: 'UK' }];
    el.setAttribute('lang', 'fr');
    await settle(el);
    expect(said().length, 'said once').to.equal(1);
    await advanceTo(el, 'review');
    expect(inStep(el, '.row[data-key="group"]')!.textContent, 'Review names the group too').to.contain('UK');
    await el.submit();
    await settle(el);
    expect(created.map((c) => c.group)).to.deep.equal(['uk']);
    el.group = 'eu';
    await settle(el);
    expect(said().length, 'another value is said again').to.equal(2);
  });

  it('names the only group offered cut, as it names the preset: a host id has no length limit', async () => {
    const only = 'g'.repeat(600);
    const { said } = await presetTo('us', [{ id: only, name: 'Only' }]);
    expect(said().length, 'reported').to.equal(1);
    expect(said()[0]).to.contain(`"${'g'.repeat(57)}…"`);
    expect(said()[0]!.length).to.be.below(300);
  });

  it('among several groups, picks none: the person chooses, and the host is told', async () => {
    const { el, said } = await presetTo('eu', GROUPS);
    expect(said().length).to.equal(1);
    expect(said()[0]).to.contain('"eu"');
    expect(allInStep<HTMLInputElement>(el, 'input[name="group"]').filter((r) => r.checked)).to.deep.equal([]);
  });

  it('a group preset the groups offer is taken without a word', async () => {
    const { el, said } = await presetTo('us', GROUPS);
    expect(said()).to.deep.equal([]);
    expect(inStep<HTMLInputElement>(el, '#group-us')!.checked).to.equal(true);
  });
});

describe('general step: an empty group preset', () => {
  it('an empty group attribute (as a template renders a missing value) is no preset and is not reported as a group not offered', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, noDrafts: true });
    const said: string[] = [];
    el.addEventListener('connector-wizard-error', (e) => {
      const { kind, message } = (e as CustomEvent<{ kind: string; message: string }>).detail;
      if (kind === 'config') said.push(message);
    });
    el.setAttribute('group', '');
    await settle(el);
    el.group = 'uk';
    await settle(el);
    el.setAttribute('group', '');
    await settle(el);
    expect(
      said.filter((m) => m.includes('group')),
      'config errors about the group',
    ).to.deep.equal([]);
  });
});
