/**
 * Catalogues as registries write them, read through the element: a pattern stored as a regular
 * expression literal, defaults the field would refuse, a link without its scheme, numeric option
 * values. Each is read as it means, or ignored, and reported once.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import type { WizardErrorEvent } from '../events/error-event.js';
import { parseCatalogue, type CatalogueProblem } from './parse-catalogue.js';
import {
  choose,
  currentStepId,
  errorSummary,
  fillStep,
  inStep,
  pasteInto,
  pressContinue,
  sampleCatalogue,
  settle,
  stepElement,
  type,
  uniqueDatabase,
} from '../test/fixtures.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

/** A catalogue of one system, Acme, with one auth type of these fields. */
const acme = (fields: unknown[]) => ({
  version: 1,
  systems: [{ id: 'acme', name: 'Acme', authTypes: [{ id: 'key', label: 'Key', kind: 'api-key', fields }] }],
});

/** The element on `catalogue`, and the catalogue problems it reports. */
async function wizard(catalogue: unknown) {
  const problems: CatalogueProblem[] = [];
  const el = await fixture<ConnectorWizard>(html`<connector-wizard
    .draftDatabase=${uniqueDatabase()}
    no-drafts
    @connector-wizard-error=${(e: WizardErrorEvent) => problems.push(...(e.detail.problems ?? []))}
    .catalogue=${catalogue}
  ></connector-wizard>`);
  await settle(el);
  return { el, problems };
}

/** From System to Credentials, as a person would, for Acme in the given environment. */
async function toCredentials(el: ConnectorWizard, environment: 'live' | 'test' = 'live') {
  await choose(el, '#system-acme');
  await pressContinue(el);
  await fillStep.general(el);
  await choose(el, `#environment-${environment}`);
  for (let i = 0; i < 3 && currentStepId(el) !== 'credentials'; i++) await pressContinue(el);
  expect(currentStepId(el)).to.equal('credentials');
}

const said = (problems: CatalogueProblem[]) => problems.map((p) => [p.path.replace(/^systems\[0\]\.authTypes\[0\]\./u, ''), p.action]);

/** What the reader made of a catalogue, or what it threw (it must never throw), as text. */
function readOrThrown(catalogue: unknown): ReturnType<typeof parseCatalogue> | string {
  try {
    return parseCatalogue(catalogue);
  } catch (error) {
    return `threw ${String(error)}`;
  }
}

describe('catalogue edges, read through the element', () => {
  it('a pattern written /^[a-z0-9-]+$/i is read as it means: said once as converted, and values match it case-insensitively', async () => {
    const { el, problems } = await wizard(acme([{ key: 'store', label: 'Store', type: 'text', pattern: '/^[a-z0-9-]+$/i' }]));
    expect(said(problems)).to.deep.equal([['fields[0].pattern', 'converted']]);
    expect(problems[0]!.message).to.contain('regular expression literal').and.to.contain('read as "(?i:^[a-z0-9-]+$)"');
    await toCredentials(el);
    // Still checked: a value the pattern refuses stops Continue.
    await type(el, '#field-credentials-store', 'my_store');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('credentials');
    expect(errorSummary(el).join(' ')).to.contain('Store');
    await type(el, '#field-credentials-store', 'My-Store');
    await pressContinue(el);
    expect({ step: currentStepId(el), errors: errorSummary(el) }).to.deep.equal({ step: 'review', errors: [] });
  });

  it('environment patterns written as literals warn as they mean; one with a flag that cannot be honoured is ignored and said', async () => {
    const { el, problems } = await wizard(
      acme([
        { key: 'apiKey', label: 'API key', type: 'text', environmentPatterns: { live: '/^sk_live_/i', test: '/^sk_test_/' } },
        { key: 'other', label: 'Other', type: 'text', required: false, environmentPatterns: { live: '/^x/v' } },
      ]),
    );
    expect(said(problems)).to.deep.equal([
      ['fields[0].environmentPatterns.live', 'converted'],
      ['fields[0].environmentPatterns.test', 'converted'],
      ['fields[1].environmentPatterns', 'ignored'],
    ]);
    expect(problems[2]!.message).to.contain('the flag "v"');
    await toCredentials(el, 'test');
    await type(el, '#field-credentials-apiKey', 'SK_LIVE_0123');
    await settle(el);
    expect(inStep(el, '#field-credentials-apiKey-warning')?.textContent).to.contain('live');
  });

  it('a default the field would refuse is not prefilled and is said (not a number, too long, breaking its pattern); a good one is prefilled', async () => {
    const { el, problems } = await wizard(
      acme([
        { key: 'port', label: 'Port', type: 'number', default: 'abc' },
        { key: 'acct', label: 'Account', type: 'text', pattern: '^[0-9]+$', default: 'ACCOUNT_ID' },
        { key: 'code', label: 'Code', type: 'text', maxLength: 3, default: 'abcd' },
        { key: 'host', label: 'Host', type: 'text', pattern: '/^[a-z.]+$/i', default: 'Example.COM' },
        { key: 'timeout', label: 'Timeout', type: 'number', default: 30 },
        { key: 'zone', label: 'Zone', type: 'text', pattern: '/^[a-z]+$/', default: 'eu-1' },
      ]),
    );
    expect(said(problems)).to.deep.equal([
      ['fields[0].default', 'ignored'],
      ['fields[1].default', 'ignored'],
      ['fields[2].default', 'ignored'],
      ['fields[3].pattern', 'converted'],
      ['fields[5].pattern', 'converted'],
      ['fields[5].default', 'ignored'],
    ]);
    expect(problems.map((p) => p.problem).slice(0, 3)).to.deep.equal([
      'is not a decimal number, which a "number" field takes',
      "does not match the field's pattern",
      "is longer than the field's maxLength (3)",
    ]);
    await toCredentials(el);
    const value = (key: string) => inStep<HTMLInputElement>(el, `#field-credentials-${key}`)!.value;
    expect(['port', 'acct', 'code', 'host', 'timeout', 'zone'].map(value)).to.deep.equal(['', '', '', 'Example.COM', '30', '']);
    // Left empty, a required field asks for a value: the person is never shown one they cannot submit.
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('credentials');
    expect(inStep(el, '#field-credentials-acct-error')?.textContent).to.not.contain('expected format');
  });

  it('a default Continue takes is prefilled: under an empty pattern, written with the field s own prefix, with an invisible character at its edge, under a minLength ignored', async () => {
    const { el, problems } = await wizard(
      acme([
        { key: 'region', label: 'Region', type: 'text', pattern: '', default: 'eu-1' },
        { key: 'shop', label: 'Shop', type: 'text', prefix: 'https://', pattern: '^[a-z0-9-]+$', default: 'https://my-store' },
        { key: 'acct', label: 'Account', type: 'text', pattern: '^[A-Z]+$', default: '\u200bACME' },
        { key: 'code', label: 'Code', type: 'text', minLength: 10, maxLength: 5, default: 'abc' },
      ]),
    );
    // minLength above maxLength: minLength is the part ignored, so the default is measured against maxLength alone, as Continue measures it.
    expect(said(problems)).to.deep.equal([['fields[3].minLength', 'ignored']]);
    await toCredentials(el);
    const value = (key: string) => inStep<HTMLInputElement>(el, `#field-credentials-${key}`)!.value;
    expect(['region', 'shop', 'acct', 'code'].map(value)).to.deep.equal(['eu-1', 'https://my-store', '\u200bACME', 'abc']);
    await pressContinue(el);
    await waitUntil(() => currentStepId(el) !== 'credentials', 'Continue takes every default');
  });

  it('an optional list whose default is none of its options shows no choice, and Continue goes on', async () => {
    const options = [
      { value: 'us', label: 'US' },
      { value: 'uk', label: 'UK' },
    ];
    const { el, problems } = await wizard(acme([{ key: 'region', label: 'Region', type: 'select', required: false, default: 'eu', options }]));
    expect(said(problems)).to.deep.equal([['fields[0].default', 'ignored']]);
    expect(problems[0]!.problem).to.equal('is not the value of one of its options');
    await toCredentials(el);
    expect(inStep<HTMLSelectElement>(el, '#field-credentials-region')!.value).to.equal('');
    await pressContinue(el);
    expect({ step: currentStepId(el), errors: errorSummary(el) }).to.deep.equal({ step: 'review', errors: [] });
  });

  it('a list default that is an option only once trimmed or lowercased is said, not sent while the list shows no choice; an empty one is no default', async () => {
    const options = [
      { value: 'eu', label: 'Europe' },
      { value: 'fast', label: 'Fast' },
    ];
    const { el, problems } = await wizard(
      acme([
        { key: 'region', label: 'Region', type: 'select', required: false, default: ' eu ', options },
        { key: 'mode', label: 'Mode', type: 'select', normalize: 'lowercase', default: 'FAST', options },
        { key: 'speed', label: 'Speed', type: 'select', default: 'fast', options },
        // Empty, as a registry that keeps every value as text writes "no default": no default, and nothing to say.
        { key: 'tier', label: 'Tier', type: 'select', required: false, default: '', options },
      ]),
    );
    expect(said(problems)).to.deep.equal([
      ['fields[0].default', 'ignored'],
      ['fields[1].default', 'ignored'],
    ]);
    await toCredentials(el);
    const chosen = (key: string) => inStep<HTMLSelectElement>(el, `#field-credentials-${key}`)!.value;
    expect(['region', 'mode', 'speed', 'tier'].map(chosen)).to.deep.equal(['', '', 'fast', '']);
    await pressContinue(el);
    expect(currentStepId(el), 'Mode is required and shows no choice').to.equal('credentials');
  });

  it('a list given a pattern, minLength or maxLength (a registry that gives every field them) drops them, said once each, and takes every option it offers', async () => {
    const options = [
      { value: 'eu', label: 'Europe' },
      { value: 'ap-southeast', label: 'Asia Pacific' },
    ];
    const { el, problems } = await wizard(acme([{ key: 'region', label: 'Region', type: 'select', pattern: '^[a-z]{2}$', minLength: 2, maxLength: 2, options }]));
    expect(said(problems)).to.deep.equal([
      ['fields[0].pattern', 'ignored'],
      ['fields[0].minLength', 'ignored'],
      ['fields[0].maxLength', 'ignored'],
    ]);
    expect(problems[0]!.message).to.contain('field "Region"').and.to.contain('its options are the values it takes');
    await toCredentials(el);
    const select = inStep<HTMLSelectElement>(el, '#field-credentials-region')!;
    select.value = 'ap-southeast';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    await pressContinue(el);
    expect({ step: currentStepId(el), errors: errorSummary(el) }).to.deep.equal({ step: 'review', errors: [] });
  });

  it('a help link written without https:// is said and not linked to a page of this site; a root-relative one stays', async () => {
    const { el, problems } = await wizard(
      acme([
        { key: 'apiKey', label: 'API key', type: 'text', helpUrl: 'docs.acme.example/api-keys' },
        { key: 'account', label: 'Account', type: 'text', helpUrl: '/help/account' },
      ]),
    );
    expect(said(problems)).to.deep.equal([['fields[0].helpUrl', 'ignored']]);
    expect(problems[0]!.problem).to.contain('without "https://"');
    await toCredentials(el);
    const links = [...el.shadowRoot!.querySelector('[data-step]')!.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.hint a')].map((a) => a.href);
    expect(links).to.deep.equal([new URL('/help/account', document.baseURI).href]);
  });

  it('numeric option values are read as their text, said as converted, and the system stays and can be completed', async () => {
    const options = [
      { value: 1, label: 'v1' },
      { value: 2, label: 'v2' },
    ];
    const { el, problems } = await wizard(acme([{ key: 'apiVersion', label: 'API version', type: 'select', options }]));
    expect(said(problems)).to.deep.equal([
      ['fields[0].options[0].value', 'converted'],
      ['fields[0].options[1].value', 'converted'],
    ]);
    await toCredentials(el);
    const select = inStep<HTMLSelectElement>(el, '#field-credentials-apiVersion')!;
    expect([...select.options].map((o) => o.value).filter(Boolean)).to.deep.equal(['1', '2']);
    select.value = '2';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    await pressContinue(el);
    expect({ step: currentStepId(el), errors: errorSummary(el) }).to.deep.equal({ step: 'review', errors: [] });
  });

  it('list options whose values differ only by case: a pasted value fills the option written so, and one written neither way fills the first', async () => {
    // Registries keep old codes beside new ones (`eu` and `EU`): both are offered and sent as written.
    const region = {
      key: 'region',
      label: 'Region',
      type: 'select',
      options: [
        { value: 'eu', label: 'Europe' },
        { value: 'EU', label: 'Europe (legacy)' },
      ],
    };
    const { el, problems } = await wizard(acme([region, { key: 'apiKey', label: 'API key', type: 'secret' }]));
    expect(problems).to.deep.equal([]);
    await toCredentials(el);
    const chosen = async (pasted: string) => {
      await pasteInto(el, '#field-credentials-apiKey', `region=${pasted}\napiKey=k-123`);
      return inStep<HTMLSelectElement>(el, '#field-credentials-region')!.value;
    };
    expect(await chosen('EU')).to.equal('EU');
    expect(await chosen('eu')).to.equal('eu');
    expect(await chosen('Eu'), 'neither as written').to.equal('eu');
    expect(await chosen('europe (LEGACY)'), 'a label').to.equal('EU');
  });

  it('a system whose entry cannot be read (a getter that throws, a revoked proxy) is left out as unreadable, not as too large, and the rest load', async () => {
    const catalogue = await sampleCatalogue();
    const lazy = catalogue.systems[1]!;
    Object.defineProperty(lazy, 'name', {
      enumerable: true,
      get() {
        throw new Error('not loaded yet');
      },
    });
    const { proxy, revoke } = Proxy.revocable({ ...catalogue.systems[2]! }, {});
    revoke();
    catalogue.systems[2] = proxy as never;
    const result = readOrThrown(catalogue);
    expect(typeof result, String(result)).to.equal('object');
    const read = result as Exclude<typeof result, string>;
    expect(read.ok).to.equal(true);
    const left = read.problems.filter((p) => p.action === 'system-left-out');
    expect(left.map((p) => p.path)).to.deep.equal(['systems[1]', 'systems[2]']);
    for (const p of left) expect(p.problem).to.not.contain('too large');
    expect(read.ok && read.catalogue.systems.length).to.equal(catalogue.systems.length - 2);
    // Through the element: the other systems are offered, and the host hears of both.
    const problems: CatalogueProblem[] = [];
    const el = await fixture<ConnectorWizard>(
      html`<connector-wizard .draftDatabase=${uniqueDatabase()} no-drafts .catalogue=${catalogue} @connector-wizard-error=${(e: WizardErrorEvent) => problems.push(...(e.detail.problems ?? []))}></connector-wizard>`,
    );
    await settle(el);
    expect(stepElement(el)?.dataset.step).to.equal('system');
    expect(problems.filter((p) => p.action === 'system-left-out')).to.have.length(2);
  });

  it('a catalogue whose systems cannot be read at all is refused with a clear error, never a throw', async () => {
    const catalogue = {
      version: 1,
      get systems(): unknown {
        throw new Error('not loaded yet');
      },
    };
    const result = readOrThrown(catalogue);
    expect(typeof result, String(result)).to.equal('object');
    expect((result as Exclude<typeof result, string>).ok).to.equal(false);
  });

  it('a catalogue with no usable system lists its problems without the noncharacters of the names and ids they quote', async () => {
    const noncharacter = /\p{Noncharacter_Code_Point}/u;
    const { el, problems } = await wizard({ version: 1, systems: [{ id: 'shop\ufdd0ify', name: 'Shop\ufdd0ify\ufffe', authTypes: [] }] });
    await waitUntil(() => el.shadowRoot!.querySelector('[part="catalogue-error"] li') !== null, 'problems listed', { timeout: 5000 });
    const shown = el.shadowRoot!.querySelector('[part="catalogue-error"]')!.textContent!;
    expect(shown).to.contain('"Shopify" (systems[0])');
    expect(noncharacter.test(shown), JSON.stringify(shown)).to.equal(false);
    expect(problems.length).to.be.greaterThan(0);
    expect(problems.filter((p) => noncharacter.test(JSON.stringify(p)))).to.deep.equal([]);
  });
});

describe('ids of any length', () => {
  it('a system id of 100,000 characters works; one left out (or not there) that the page names is said in a line, not in a wall of 100,000 characters read out as an alert', async () => {
    const long = (c: string) => `${c}${'x'.repeat(100_000)}`;
    const catalogue = await sampleCatalogue();
    catalogue.systems.find((s) => s.id === 'shopify')!.id = long('shopify');
    catalogue.systems.push({ id: long('broken'), name: 'Broken', authTypes: [] } as never);
    const alertOf = async (system: string) => {
      const el = await fixture<ConnectorWizard>(
        html`<connector-wizard .draftDatabase=${uniqueDatabase()} no-drafts .catalogue=${catalogue} system=${system}></connector-wizard>`,
      );
      await settle(el);
      return el;
    };
    const works = await alertOf(long('shopify'));
    expect(currentStepId(works), 'the system of a long id is preset').to.equal('general');
    for (const system of [long('broken'), long('missing')]) {
      const said = (await alertOf(system)).shadowRoot!.querySelector('[part~="catalogue-error"]')!.textContent!.trim();
      expect(said.length, said.slice(0, 80)).to.be.below(250);
      expect(said).to.contain(system.slice(0, 20));
      // Left out is said as such, not as missing, though the host hears of it by its id cut.
      expect(said).to.contain(system === long('broken') ? 'could not be read' : 'is not in the catalogue');
    }
  });

  it('a system the page names that is not in the catalogue is never said as left out because a left-out id begins with the same 57 characters; the left-out one still is', async () => {
    // Reverse-DNS ids share long prefixes: the left-out one and the one named differ only after the cut problems make (ids are compared whole).
    const prefix = 'com.example.integrations.enterprise-resource-planning.erp.';
    expect(prefix.length).to.be.at.least(57);
    const catalogue = await sampleCatalogue();
    catalogue.systems.push({ id: `${prefix}sap-s4hana`, name: 'SAP S/4HANA', authTypes: [] } as never);
    const said = async (system: string) => {
      const el = await fixture<ConnectorWizard>(
        html`<connector-wizard .draftDatabase=${uniqueDatabase()} no-drafts .catalogue=${catalogue} system=${system}></connector-wizard>`,
      );
      await settle(el);
      return el.shadowRoot!.querySelector('[part~="catalogue-error"]')!.textContent!.trim();
    };
    expect(await said(`${prefix}sap-business-one`))
      .to.contain('is not in the catalogue')
      .and.not.contain('could not be read');
    expect(await said(`${prefix}sap-s4hana`), 'the left-out one').to.contain('could not be read');
  });

  it('the host hears of a system, authentication type or field of a 100,000-character id by its first characters (at most 60) and its path, never the whole id', async () => {
    const long = (c: string) => `${c}${'x'.repeat(100_000)}`;
    const { problems } = await wizard({
      version: 1,
      systems: [
        { id: 'acme', name: 'Acme', authTypes: [{ id: 'key', label: 'Key', kind: 'api-key', fields: [{ key: 'k', label: 'K', type: 'text' }] }] },
        { id: long('broken'), name: 'Broken', authTypes: [] },
        {
          id: long('kept'),
          name: 'Kept',
          authTypes: [{ id: long('auth'), label: 'Auth', kind: 'api-key', fields: [{ key: long('field'), label: 'F', type: 'text', example: 'e'.repeat(600) }] }],
        },
      ],
    });
    expect(problems.map((p) => [p.path, p.action])).to.deep.equal([
      ['systems[1].authTypes', 'system-left-out'],
      ['systems[2].authTypes[0].fields[0].example', 'shortened'],
    ]);
    const [broken, kept] = problems as [CatalogueProblem, CatalogueProblem];
    for (const [id, written] of [
      [broken.system, long('broken')],
      [kept.system, long('kept')],
      [kept.authType, long('auth')],
      [kept.field, long('field')],
    ] as const) {
      expect([...id!].length, id!.slice(0, 80)).to.be.at.most(60);
      expect(id).to.equal(`${written.slice(0, 57)}…`);
    }
    expect(JSON.stringify(problems).length, 'the whole detail').to.be.below(2000);
  });
});
