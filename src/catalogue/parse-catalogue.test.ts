import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { generateCatalogue, goodSystem } from '../../demo/catalogues/generate-catalogue.js';
import { pasteFill } from '../credentials/paste-fill.js';
import { sampleCatalogue } from '../test/fixtures.js';
import { localizeCatalogue } from './localize-catalogue.js';
import { parseCatalogue, summariseProblems, type CatalogueProblem } from './parse-catalogue.js';
import { safeUrl } from './safe-url.js';
import { branchingApart } from '../test/alike.js';

const one = (system: unknown) => parseCatalogue({ version: 1, systems: [system] });
/** One system, Acme (or `name`), with one authentication type (an API key, or `kind`) holding `fields`. */
const withFields = (fields: unknown[], name = 'Acme', kind = 'api-key') => one({ id: 'acme', name, authTypes: [{ id: 'key', label: 'Key', kind, fields }] });
const messages = (problems: readonly CatalogueProblem[]) => problems.map((p) => p.message).join('\n');

describe('parseCatalogue', () => {
  it('accepts the sample catalogue and applies field defaults', async () => {
    const result = parseCatalogue(await sampleCatalogue());
    expect(result.ok, JSON.stringify(result.problems)).to.equal(true);
    expect(result.problems).to.deep.equal([]);
    if (!result.ok) return;
    expect(result.catalogue.systems.length).to.be.at.least(8);
    const shopify = result.catalogue.systems.find((s) => s.id === 'shopify')!;
    const field = shopify.authTypes[0]!.fields[0]!;
    expect(field.required).to.equal(true);
    expect(['trim', 'lowercase', 'none']).to.include(field.normalize);
  });

  it('the sample catalogue meets the product brief', async () => {
    const catalogue = await sampleCatalogue();
    const systems = catalogue.systems;
    expect(systems.filter((s) => s.authTypes.length > 1).length).to.be.at.least(3);
    expect(systems.filter((s) => s.authTypes.length === 1).length).to.be.at.least(1);
    const categories = new Set(systems.map((s) => s.category));
    expect(categories.size).to.be.at.least(3);
    for (const s of systems) {
      expect(s.docsUrl, s.id).to.match(/^https:\/\//);
      for (const a of s.authTypes) for (const f of a.fields) if (f.pattern) expect(() => new RegExp(f.pattern!, 'u')).not.to.throw();
    }
  });

  it('ignores a bad pattern and names the system, auth type and field', async () => {
    const catalogue = await sampleCatalogue();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
    shopify.authTypes[0]!.fields[0]!.pattern = '^[a-z';
    const result = parseCatalogue(catalogue);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.catalogue.systems).to.have.length(catalogue.systems.length);
    expect(result.catalogue.systems.find((s) => s.id === 'shopify')!.authTypes[0]!.fields[0]!.pattern).to.equal(undefined);
    expect(result.problems).to.have.length(1);
    const [problem] = result.problems;
    expect(problem).to.include({ system: 'shopify', authType: shopify.authTypes[0]!.id, field: shopify.authTypes[0]!.fields[0]!.key, action: 'ignored' });
    expect(problem!.path).to.equal(`systems[${catalogue.systems.indexOf(shopify)}].authTypes[0].fields[0].pattern`);
    expect(problem!.message).to.contain('System "Shopify"');
    expect(problem!.message).to.contain(`authentication type "${shopify.authTypes[0]!.label}"`);
    expect(problem!.message).to.contain(`field "${shopify.authTypes[0]!.fields[0]!.label}"`);
    expect(problem!.message).to.contain('not a valid regular expression');
    expect(problem!.message).to.match(/ignored\.$/u);
  });

  it('reads environmentPatterns and aliases; ignores a broken one whole, keeping the field and the rest', () => {
    const system = (field: Record<string, unknown>) => {
      const s = goodSystem(1);
      Object.assign(s.authTypes[0]!.fields[0]!, field);
      return s;
    };
    const fieldOf = (result: ReturnType<typeof one>) => (result.ok ? result.catalogue.systems[0]!.authTypes[0]!.fields[0]! : undefined);

    const good = one(system({ environmentPatterns: { live: '^live-', test: '^test-' }, aliases: ['ACCOUNT_NAME', 'account_id'] }));
    expect(good.problems).to.deep.equal([]);
    expect(fieldOf(good)).to.deep.include({ environmentPatterns: { live: '^live-', test: '^test-' }, aliases: ['ACCOUNT_NAME', 'account_id'] });

    // The limit is on the pattern as written: 1,000 characters are taken, however it is run (for
    // values short enough to check so long a pattern quickly).
    const longest = `^${'a'.repeat(999)}`;
    const atLimit = one(system({ maxLength: 100, environmentPatterns: { live: longest, test: '^test-' } }));
    expect(atLimit.problems, 'a pattern of 1,000 characters').to.deep.equal([]);
    expect(fieldOf(atLimit)!.environmentPatterns!.live).to.equal(longest);

    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      ['an invalid test pattern', { environmentPatterns: { live: '^live-', test: '^(test' } }, 'environmentPatterns', /regular expression/u],
      // Valid once the matcher wraps it for a search, where it would mean "sk_live_ or x anywhere".
      ['a live pattern valid only once wrapped', { environmentPatterns: { live: 'sk_live_)|(x' } }, 'environmentPatterns', /regular expression/u],
      ['a test pattern valid only once wrapped', { environmentPatterns: { test: 'a)|(?:' } }, 'environmentPatterns', /regular expression/u],
      ['a live pattern too large to check quickly', { environmentPatterns: { live: '(a|aa)*b'.repeat(50) } }, 'environmentPatterns', /too large to check quickly/u],
      ['a test pattern over 1,000 characters', { environmentPatterns: { test: `^${'a'.repeat(1000)}` } }, 'environmentPatterns', /longer than 1000 characters/u],
      ['aliases that are not a list', { aliases: 'ACCOUNT' }, 'aliases', /must be a list of names/u],
      ['more than 20 aliases', { aliases: Array.from({ length: 21 }, (_, i) => `NAME_${i}`) }, 'aliases', /at most 20 names/u],
      ['an empty alias', { aliases: ['ACCOUNT', ''] }, 'aliases', /must not be empty/u],
      ['an alias over 100 characters', { aliases: ['A'.repeat(101)] }, 'aliases', /at most 100 characters/u],
    ];
    for (const [what, field, key, problem] of cases) {
      const result = one(system(field));
      expect(result.ok, what).to.equal(true);
      expect(fieldOf(result), what).to.not.have.property(key);
      expect(fieldOf(result)!.key, `${what}: the field stays`).to.equal('account');
      expect(fieldOf(result)!.pattern, `${what}: and its own pattern`).to.equal('^[a-z0-9][a-z0-9-]*$');
      expect(result.problems, what).to.have.length(1);
      expect(result.problems[0], what).to.include({ action: 'ignored', path: `systems[0].authTypes[0].fields[0].${key}`, field: 'account' });
      expect(result.problems[0]!.problem, what).to.match(problem);
    }
  });

  it('an authentication type whose kind carries credentials but that lists no fields is left out and said; one of kind none, custom or a sign-in stays', () => {
    // A registry entry whose fields were lost on export: kept, it would tell the person no credentials are needed and create a token connector without one.
    const kinds = ['basic', 'token', 'api-key', 'oauth1', 'oauth2-client-credentials', 'none', 'custom', 'oauth2-authorization-code'];
    const authTypes = [
      ...kinds.map((kind) => ({ id: kind, label: kind, kind, fields: [] })),
      { id: 'filled', label: 'Filled', kind: 'token', fields: [{ key: 't', label: 'T', type: 'secret' }] },
    ];
    const result = one({ id: 'acme', name: 'Acme', authTypes });
    expect(result.ok && result.catalogue.systems[0]!.authTypes.map((a) => a.id)).to.deep.equal(['none', 'custom', 'oauth2-authorization-code', 'filled']);
    expect(result.problems.map((p) => [p.path, p.action])).to.deep.equal(kinds.slice(0, 5).map((_, i) => [`systems[0].authTypes[${i}]`, 'auth-type-left-out']));
    expect(result.problems[1]!.message).to.equal(
      'System "Acme" (systems[0]), authentication type "token" (authTypes[1]): "fields": must list at least one field: its kind, "token", has credentials to enter; authentication type left out.',
    );
    // A kind starting with a vowel sound reads as rightly as one without.
    expect(result.problems[2]!.message).to.equal(
      'System "Acme" (systems[0]), authentication type "api-key" (authTypes[2]): "fields": must list at least one field: its kind, "api-key", has credentials to enter; authentication type left out.',
    );
  });

  it('leaves out a system with an unknown kind, a field without a label, and a later duplicate id; keeps the rest', () => {
    const result = parseCatalogue({
      version: 1,
      systems: [
        { id: 'a', name: 'Alpha', authTypes: [{ id: 'x', label: 'X', kind: 'magic', fields: [] }] },
        { id: 'b', name: 'Beta', authTypes: [{ id: 'x', label: 'X', kind: 'token', fields: [{ key: 'k', type: 'text' }] }] },
        { name: 42 },
        { id: 'c', name: 'Gamma', authTypes: [{ id: 'none', label: 'None', kind: 'none', fields: [] }] },
        { id: 'c', name: 'Gamma again', authTypes: [{ id: 'none', label: 'None', kind: 'none', fields: [] }] },
      ],
    });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.catalogue.systems.map((s) => s.name)).to.deep.equal(['Gamma']);
    const text = messages(result.problems);
    expect(text).to.contain('System "Alpha" (systems[0]), authentication type "X" (authTypes[0]): "kind": must be one of');
    expect(text).to.contain('field "k" (fields[0]), "label": is missing; system left out.');
    expect(result.problems).to.have.length(4);
    expect(text).to.contain('System systems[2], "id": is missing; system left out.');
    expect(text).to.contain('System "Gamma again" (systems[4]): duplicate system id "c" (the first is kept); system left out.');
    expect(result.problems.find((p) => p.path === 'systems[4]')).to.include({ system: 'c', action: 'system-left-out' });
  });

  it('isolates a name with bidi controls in a problem line, so an override in it cannot turn the rest of the line around', () => {
    const rlo = 'Evil\u202Eetats';
    const result = parseCatalogue({
      version: 1,
      systems: [
        { id: 'c', name: 'Gamma', authTypes: [{ id: 'none', label: 'None', kind: 'none', fields: [] }] },
        { id: 'c', name: rlo, authTypes: [{ id: 'none', label: 'None', kind: 'none', fields: [] }] },
        {
          id: 'd',
          name: 'Delta',
          authTypes: [
            { id: 'none', label: 'None', kind: 'none', fields: [] },
            { id: 'none', label: rlo, kind: 'none', fields: [] },
          ],
        },
      ],
    });
    const text = messages(result.problems);
    expect(text).to.contain(`System "\u2068${rlo}\u2069" (systems[1]): duplicate system id "c" (the first is kept); system left out.`);
    expect(text).to.contain(`authentication type "\u2068${rlo}\u2069" (authTypes[1]): duplicate authentication type id "none" (the first is kept)`);
    // Every override or embedding a line holds is closed by the isolate around it before the line goes on.
    for (const line of text.split('\n')) expect(line.replace(/\u2068[^\u2069]*\u2069/gu, ''), line).to.not.match(/[\u202A-\u202E]/u);
  });

  it('a duplicate option value holding an override is isolated in its problem line', () => {
    const rlo = 'Evil\u202Eetats';
    const result = parseCatalogue({
      version: 1,
      systems: [
        {
          id: 'a',
          name: 'A',
          authTypes: [
            {
              id: 'k',
              label: 'K',
              kind: 'api-key',
              fields: [
                {
                  key: 'region',
                  label: 'Region',
                  type: 'select',
                  required: true,
                  options: [
                    { value: rlo, label: 'x' },
                    { value: rlo, label: 'y' },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
    const lines = result.problems.map((p) => p.message);
    expect(lines.length).to.equal(1);
    // Every override a line holds is closed by an isolate around it before the line goes on.
    for (const line of lines) expect(line.replace(/\u2068[^\u2069]*\u2069/gu, ''), line).to.not.match(/[\u202A-\u202E]/u);
  });

  it('names where each problem was in the input, after a broken authentication type before it was left out', () => {
    const system = goodSystem(1);
    const good = system.authTypes[0]!;
    system.authTypes = [
      { ...good, id: 'broken', kind: 'oauth9' },
      { ...good, id: 'tok', label: 'Token A' },
      { ...good, id: 'tok', label: 'Token B' },
    ];
    const result = one(system);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.catalogue.systems[0]!.authTypes.map((a) => a.label)).to.deep.equal(['Token A']);
    const paths = result.problems.map((p) => `${p.path} ${p.action}`);
    expect(paths).to.include('systems[0].authTypes[0] auth-type-left-out');
    expect(paths, 'the one left out as a duplicate is Token B, third in the input').to.include('systems[0].authTypes[2] auth-type-left-out');
    expect(messages(result.problems)).to.contain('"Token B" (authTypes[2])').and.not.contain('"Token A"');
  });

  it('a name or label of only spaces or invisible characters is no name: said, and left out as an empty one is', () => {
    const token = (label: string) => ({ id: 'token', label: 'Token', kind: 'token', fields: [{ key: 'token', label, type: 'secret' }] });
    const result = parseCatalogue({
      version: 1,
      systems: [
        { id: 'ghost', name: '\u200B\u200B', authTypes: [token('Token')] },
        { id: 'blank', name: '   ', authTypes: [token('Token')] },
        { id: 'filler', name: '\u3164', authTypes: [token('Token')] },
        { id: 'unlabelled', name: 'Unlabelled', authTypes: [token('\u200B'), { id: 'none', label: 'None', kind: 'none', fields: [] }] },
        { id: 'acme', name: 'Acme', category: '\u200D', authTypes: [token('Token')] },
      ],
    });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.catalogue.systems.map((s) => s.id)).to.deep.equal(['unlabelled', 'acme']);
    expect(
      result.catalogue.systems[0]!.authTypes.map((a) => a.id),
      'the auth type with an unlabelled field left out',
    ).to.deep.equal(['none']);
    expect(result.catalogue.systems[1]!.category, 'an invisible optional text ignored').to.equal(undefined);
    const text = messages(result.problems);
    expect(text).to.contain('systems[0]), "name": must have visible text; system left out.');
    expect(text).to.contain('"label": must have visible text; authentication type left out.');
    expect(result.problems).to.have.length(5);
  });

  it('a name of only interlinear annotation marks (U+FFF9 to U+FFFB) is no name; one with such a mark beside letters stays', () => {
    const token = { id: 'token', label: 'Token', kind: 'token', fields: [{ key: 'token', label: 'Token', type: 'secret' }] };
    const result = parseCatalogue({
      version: 1,
      systems: [
        { id: 'marks', name: '\uFFF9\uFFFA\uFFFB', authTypes: [token] },
        { id: 'annotated', name: '\uFFF9Acme\uFFFAacme\uFFFB', authTypes: [token] },
      ],
    });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.catalogue.systems.map((s) => s.id)).to.deep.equal(['annotated']);
    expect(messages(result.problems)).to.contain('systems[0]), "name": must have visible text; system left out.');
    expect(result.problems).to.have.length(1);
  });

  it('an OAuth sign-in field keyed like its result (connectionRef, connectionAccount, connectionEnvironment) is left out, so typing cannot pass for a sign-in', () => {
    const result = one({
      id: 'acme',
      name: 'Acme',
      authTypes: [
        {
          id: 'oauth',
          label: 'Sign in',
          kind: 'oauth2-authorization-code',
          fields: [
            { key: 'connectionRef', label: 'Connection reference', type: 'text', required: false },
            { key: 'connectionAccount', label: 'Account', type: 'text', required: false },
            { key: 'connectionEnvironment', label: 'Sandbox', type: 'text', required: false },
            { key: 'tenant', label: 'Tenant', type: 'text', required: false },
          ],
        },
        { id: 'token', label: 'Token', kind: 'token', fields: [{ key: 'connectionRef', label: 'Reference', type: 'text' }] },
      ],
    });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const [oauth, token] = result.catalogue.systems[0]!.authTypes;
    expect(oauth!.fields.map((f) => f.key)).to.deep.equal(['tenant']);
    expect(
      token!.fields.map((f) => f.key),
      'another kind keeps it',
    ).to.deep.equal(['connectionRef']);
    expect(messages(result.problems)).to.contain(`key "connectionRef" is where the sign-in's result goes; field left out.`);
    expect(result.problems.map((p) => p.action)).to.deep.equal(['field-left-out', 'field-left-out', 'field-left-out']);
  });

  it('leaves out only the broken authentication type when the system has others', () => {
    const system = goodSystem(1);
    system.authTypes.push({ ...system.authTypes[0], id: 'oauth', kind: 'oauth9' });
    const result = one(system);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.catalogue.systems[0]!.authTypes.map((a) => a.id)).to.deep.equal(['api-token']);
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]).to.include({ system: 'system-1', authType: 'oauth', action: 'auth-type-left-out', path: 'systems[0].authTypes[1]' });
  });

  it('shortens display texts over their limit with an ellipsis, never through a surrogate pair', () => {
    const system = goodSystem(1);
    const field = system.authTypes[0].fields[1];
    field.example = 'x'.repeat(604);
    field.help = `${'h'.repeat(1998)}😀😀😀`;
    system.name = 'N'.repeat(250);
    system.l10n = { de: { name: 'D'.repeat(3000) } };
    const result = one(system);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const parsed = result.catalogue.systems[0]!;
    const parsedField = parsed.authTypes[0]!.fields[1]!;
    expect(parsedField.example).to.equal(`${'x'.repeat(499)}…`);
    expect(parsedField.help).to.equal(`${'h'.repeat(1998)}😀…`);
    expect(parsed.name).to.have.length(200);
    // A translation has the limit of the text it translates.
    expect(parsed.l10n!.de!.name).to.have.length(200);
    expect(result.problems.map((p) => p.action)).to.deep.equal(['shortened', 'shortened', 'shortened', 'shortened']);
    expect(messages(result.problems)).to.contain('"example": must be at most 500 characters; shortened to 500 characters.');
  });

  it('shortens never inside a character a person sees: a flag or an emoji family goes whole', () => {
    const system = goodSystem(1);
    system.name = `${'a'.repeat(198)}🇬🇧 and more`;
    const field = system.authTypes[0].fields[1];
    field.example = `${'x'.repeat(495)}👨‍👩‍👧‍👦 and more`;
    const result = one(system);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const parsed = result.catalogue.systems[0]!;
    expect(parsed.name).to.equal(`${'a'.repeat(198)}…`);
    expect(parsed.authTypes[0]!.fields[1]!.example).to.equal(`${'x'.repeat(495)}…`);
  });

  it('translations: a text this version does not translate is ignored; a key that is no language tag says so', () => {
    const system = goodSystem(1) as ReturnType<typeof goodSystem> & { l10n?: unknown };
    system.l10n = { de: { name: 'System 1 DE', tagline: 'not a translatable text' }, fr: { name: 'System 1 FR' } };
    const kept = one(system);
    expect(kept.problems).to.deep.equal([]);
    expect(kept.ok && kept.catalogue.systems[0]!.l10n).to.deep.equal({ de: { name: 'System 1 DE' }, fr: { name: 'System 1 FR' } });

    // Language tags in any case are tags ("FR", "en-gb"); a key that is none is refused.
    system.l10n = { FR: { name: 'System 1 FR' }, 'en-gb': { name: 'System 1 GB' } };
    expect(one(system).problems).to.deep.equal([]);
    system.l10n = { de: { name: 'System 1 DE' }, 'de DE': { name: 'System 1 DE again' } };
    const refused = one(system);
    expect(refused.ok && refused.catalogue.systems[0]!.l10n).to.deep.equal({ de: { name: 'System 1 DE' } });
    expect(messages(refused.problems)).to.contain('"l10n", "de DE": must be keyed by language tags such as "de" or "fr-CA"; ignored.');
  });

  it('translations: a tag written with underscores (de_DE, as Java and ICU write locales) is that tag; a broken language loses that language alone', () => {
    const system = goodSystem(1) as ReturnType<typeof goodSystem> & { l10n?: unknown };
    system.l10n = { de_DE: { name: 'System 1 DE' }, fr_ca: { name: 'System 1 CA' } };
    const read = one(system);
    expect(read.problems).to.deep.equal([]);
    if (!read.ok) return;
    expect(localizeCatalogue(read.catalogue, 'de-DE').systems[0]!.name).to.equal('System 1 DE');
    expect(localizeCatalogue(read.catalogue, 'fr-CA').systems[0]!.name).to.equal('System 1 CA');
    // An empty translation in one language leaves the others in place.
    system.l10n = { de: { name: 'System 1 DE' }, fr: { name: ' ' } };
    const partly = one(system);
    expect(partly.ok && partly.catalogue.systems[0]!.l10n).to.deep.equal({ de: { name: 'System 1 DE' } });
    expect(partly.problems.map((p) => [p.path, p.action])).to.deep.equal([['systems[0].l10n.fr', 'ignored']]);
    // A "__proto__" key (JSON.parse makes it an own member) is no tag: left out alone, and changes no object's prototype.
    system.l10n = JSON.parse('{"__proto__": {"name": "Polluted"}, "de": {"name": "System 1 DE"}}');
    const guarded = one(system);
    const l10n = guarded.ok ? guarded.catalogue.systems[0]!.l10n! : {};
    expect([Object.keys(l10n), Object.getPrototypeOf(l10n) === Object.prototype, ({} as { name?: string }).name]).to.deep.equal([['de'], true, undefined]);
  });

  it('translations: two keys that are one tag (de-DE and de_de) keep the first; the later is ignored, and said', () => {
    const system = goodSystem(1) as ReturnType<typeof goodSystem> & { l10n?: unknown };
    system.l10n = { 'de-DE': { name: 'System 1 DE' }, fr: { name: 'System 1 FR' }, de_de: { name: 'System 1 DE again' } };
    const read = one(system);
    expect(read.ok && Object.keys(read.catalogue.systems[0]!.l10n!)).to.deep.equal(['de-DE', 'fr']);
    expect(read.ok && localizeCatalogue(read.catalogue, 'de-DE').systems[0]!.name).to.equal('System 1 DE');
    expect(read.problems.map((p) => [p.path, p.action])).to.deep.equal([['systems[0].l10n.de_de', 'ignored']]);
    expect(messages(read.problems)).to.contain('"l10n", "de_de": duplicate language tag "de-de"; ignored.');
  });

  it('ignores broken optional parts: empty texts, bad URLs, unknown time zones and date formats', () => {
    const system = { ...goodSystem(1), docsUrl: 'https://[bad', defaultTimeZone: 'Europe/Atlantis', defaultDateFormat: 'yyyy-QQ', category: '' };
    system.authTypes[0].fields[0].helpUrl = 'http://[::1';
    const result = one(system);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const parsed = result.catalogue.systems[0]!;
    expect(parsed).to.not.have.any.keys('docsUrl', 'defaultTimeZone', 'defaultDateFormat', 'category');
    expect(parsed.authTypes[0]!.fields[0]!.helpUrl).to.equal(undefined);
    expect(result.problems.map((p) => p.path).sort()).to.deep.equal(
      ['systems[0].authTypes[0].fields[0].helpUrl', 'systems[0].category', 'systems[0].defaultDateFormat', 'systems[0].defaultTimeZone', 'systems[0].docsUrl'].sort(),
    );
    expect(result.problems.every((p) => p.action === 'ignored')).to.equal(true);
  });

  it('reports a link or logo with a user name and password for that reason, not as a URL that is not https:, and leaves it out', () => {
    const result = one({ ...goodSystem(1), logo: 'https://cdn:pw-123@assets.example.com/logo.svg' });
    expect(result.ok && result.catalogue.systems[0]).to.not.have.property('logo');
    expect(result.problems.map((p) => [p.path, p.problem, p.action])).to.deep.equal([['systems[0].logo', 'must not hold a user name or password', 'ignored']]);
  });

  it('a catalogue answer that is one page of several is read, and the host is told only that page is offered', async () => {
    const catalogue = await sampleCatalogue();
    for (const [key, value] of [
      ['nextPageToken', 'CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA'],
      ['next_page', 2],
      ['has_more', true],
      ['links', { next: '/catalogue?page=2' }],
      ['@odata.nextLink', 'https://registry.example/catalogue?$skip=10'],
    ] as const) {
      const result = parseCatalogue({ ...catalogue, [key]: value });
      expect(result.ok, key).to.equal(true);
      const paging = result.problems.filter((p) => p.path.startsWith(key));
      expect(
        paging.map((p) => p.action),
        key,
      ).to.deep.equal(['ignored']);
      expect(paging[0]!.message, key).to.contain('names a next page: only the systems on this page are offered');
      expect(result.ok && result.catalogue.systems.length, key).to.equal(catalogue.systems.length);
    }
    // The last page (no next page) is a whole catalogue: nothing to say.
    for (const last of [{ nextPageToken: '' }, { next: null }, { has_more: false }, { links: { next: null } }])
      expect(parseCatalogue({ ...catalogue, ...last }).problems, JSON.stringify(last)).to.deep.equal([]);
  });

  /** A system whose logo, docsUrl and a field's helpUrl are the texts given: each is said as empty and ignored, never a link to the page. */
  const blankLinksIgnored = (logo: string, docsUrl: string, helpUrl: string) => {
    const system = { ...goodSystem(1), logo, docsUrl };
    system.authTypes[0].fields[0].helpUrl = helpUrl;
    const result = one(system);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const parsed = result.catalogue.systems[0]!;
    expect(parsed).to.not.have.any.keys('logo', 'docsUrl');
    expect(parsed.authTypes[0]!.fields[0]!.helpUrl).to.equal(undefined);
    expect(result.problems.map((p) => [p.path, p.problem, p.action]).sort()).to.deep.equal([
      ['systems[0].authTypes[0].fields[0].helpUrl', 'must not be empty', 'ignored'],
      ['systems[0].docsUrl', 'must not be empty', 'ignored'],
      ['systems[0].logo', 'must not be empty', 'ignored'],
    ]);
  };

  it('a helpUrl, docsUrl or logo of white space alone is ignored and said as empty, never a link to the page', () => {
    expect(safeUrl('   ')).to.equal(undefined);
    blankLinksIgnored(' ', '\t', '   ');
  });

  it('a helpUrl, docsUrl or logo of control characters alone (which the URL parser strips) is said as empty and ignored, never a link to the page', () => {
    for (const value of ['\u0001', '\u0000', ' \u001f\u0008 ', '\u0002\t']) expect(safeUrl(value), JSON.stringify(value)).to.equal(undefined);
    blankLinksIgnored('\u0001', '\u0000 ', '\u001f');
  });

  it('reports a link or logo it will never use (not https: nor this origin), and leaves it out', () => {
    const system = { ...goodSystem(1), logo: 'http://example.com/logo.svg', docsUrl: 'javascript:alert(1)' };
    system.authTypes[0].fields[0].helpUrl = 'data:text/html,<script>alert(1)</script>';
    const result = one(system);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const parsed = result.catalogue.systems[0]!;
    expect(parsed).to.not.have.any.keys('logo', 'docsUrl');
    expect(parsed.authTypes[0]!.fields[0]!.helpUrl).to.equal(undefined);
    expect(result.problems.map((p) => p.path).sort()).to.deep.equal(['systems[0].authTypes[0].fields[0].helpUrl', 'systems[0].docsUrl', 'systems[0].logo']);
    expect(result.problems.every((p) => p.action === 'ignored' && /https: or on this page's origin/u.test(p.problem))).to.equal(true);
    // Kept: https anywhere, and a path on this origin.
    const fine = one({ ...goodSystem(1), logo: '/logos/shopify.svg', docsUrl: 'https://docs.example.com/' });
    expect(fine.problems).to.deep.equal([]);
  });

  it('keeps the first of two auth types or fields with the same id, and reports the others', () => {
    const system = goodSystem(1);
    system.authTypes.push({ ...system.authTypes[0], label: 'Again' });
    system.authTypes[0].fields.push({ key: 'account', label: 'Account again', type: 'text' });
    const result = one(system);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.catalogue.systems[0]!.authTypes).to.have.length(1);
    expect(result.catalogue.systems[0]!.authTypes[0]!.fields.map((f) => f.label)).to.deep.equal(['Account', 'API token']);
    expect(result.problems.map((p) => p.action).sort()).to.deep.equal(['auth-type-left-out', 'field-left-out']);
  });

  it('refuses patterns it cannot check in bounded time, keeps catastrophic ones it can', () => {
    const system = goodSystem(1);
    const [account, token] = system.authTypes[0].fields;
    account.pattern = '^(a+)+$';
    token.pattern = '^(\\w+)\\1$';
    const result = one(system);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const fields = result.catalogue.systems[0]!.authTypes[0]!.fields;
    expect(fields[0]!.pattern).to.equal('^(a+)+$');
    expect(fields[1]!.pattern).to.equal(undefined);
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]).to.include({ field: 'token', action: 'ignored' });
    expect(result.problems[0]!.problem).to.match(/backreference/iu);
  });

  it('parses each link and logo once as it reads them (a catalogue of 10,000 systems holds tens of thousands)', () => {
    const links = ['https://acme.example/docs', 'https://acme.example/keys', 'https://acme.example/help/key'];
    const system = {
      id: 'acme',
      name: 'Acme',
      docsUrl: links[0],
      authTypes: [{ id: 'key', label: 'Key', kind: 'api-key', docsUrl: links[1], fields: [{ key: 'apiKey', label: 'API key', type: 'secret', helpUrl: links[2] }] }],
    };
    const parsed: string[] = [];
    const Url = globalThis.URL;
    // Counts the parses: not a timing, the work done (each was parsed two or three times, a third of reading a large catalogue).
    globalThis.URL = class extends Url {
      constructor(url: string | URL, base?: string | URL) {
        super(url, base);
        parsed.push(String(url));
      }
    };
    let result;
    try {
      result = one(system);
    } finally {
      globalThis.URL = Url;
    }
    expect(result.ok && result.problems).to.deep.equal([]);
    expect(parsed).to.deep.equal(links);
  });

  it('does not change its input', () => {
    const system = goodSystem(1);
    system.authTypes[0].fields[0].help = 'x'.repeat(5000);
    system.authTypes[0].fields[1].pattern = '(';
    const before = JSON.stringify(system);
    one(system);
    expect(JSON.stringify(system)).to.equal(before);
  });

  it('2,000 systems with 20 broken: the rest load and each problem is reported once', () => {
    const { catalogue, damaged } = generateCatalogue(2000, 20);
    const result = parseCatalogue(catalogue);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const leftOut = damaged.filter((d) => d.outcome === 'system-left-out');
    expect(result.catalogue.systems).to.have.length(2000 - leftOut.length);
    const reported = damaged.filter((d) => d.outcome !== 'kept');
    expect(result.problems, messages(result.problems)).to.have.length(reported.length);
    for (const d of reported) {
      const problems = result.problems.filter((p) => p.path.startsWith(`systems[${d.index}]`));
      expect(problems, d.kind).to.have.length(1);
      expect(problems[0]!.action, d.kind).to.equal(d.outcome);
    }
    expect(summariseProblems(result.problems)).to.match(/^\d+ problems in the catalogue: /u);
  });

  it('refuses only input with no usable system, saying why', () => {
    for (const input of [null, 'text', 42, [], { version: 2, systems: [] }, { systems: [] }, { version: 1, systems: [] }, { version: 1, systems: [{ id: 'x' }] }]) {
      const result = parseCatalogue(input);
      expect(result.ok, JSON.stringify(input)).to.equal(false);
      expect(result.problems.length).to.be.greaterThan(0);
      expect(result.problems.at(-1)!.action).to.equal('refused');
    }
  });

  it('an answer that is no catalogue at all (an error object, a wrapper) is said as such, with what it holds, not as a wrong version', () => {
    const said = (input: unknown) => parseCatalogue(input).problems.map((p) => p.message);
    const shape = 'it must be a JSON object such as {"version": 1, "systems": […]}';
    expect(said({ error: 'Unauthorized', status: 401 })).to.deep.equal([`The catalogue: has no "version" nor "systems" (it holds "error", "status"); ${shape}.`]);
    expect(said({ data: { version: 1, systems: [] } })).to.deep.equal([`The catalogue: has no "version" nor "systems" (it holds "data"); ${shape}.`]);
    expect(said({})).to.deep.equal([`The catalogue: has no "version" nor "systems" (it holds nothing); ${shape}.`]);
    // One with its systems and a wrong or missing version is said as before.
    expect(said({ version: 2, systems: [] })).to.deep.equal(['"version": must be 1 (the only catalogue version this element reads).']);
    expect(said({ systems: [] })).to.deep.equal(['"version": must be 1 (the only catalogue version this element reads).']);
  });

  it('the summary counts a system left out for its three broken auth types as one system', async () => {
    const catalogue = await sampleCatalogue();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
    expect(shopify.authTypes.length).to.be.greaterThan(1);
    for (const a of shopify.authTypes) (a as { kind: string }).kind = 'magic-link';
    const xero = catalogue.systems.find((s) => s.id === 'xero')!;
    (xero as { name: unknown }).name = 42;
    const result = parseCatalogue(catalogue);
    expect(result.ok).to.equal(true);
    const problems = result.problems.length;
    expect(problems, 'each broken auth type is still listed').to.equal(shopify.authTypes.length + 1);
    expect(summariseProblems(result.problems)).to.equal(`${problems} problems in the catalogue: 2 systems left out.`);
  });

  it('an entry that is not an object (null, text, a list) is said in plain words, at every level', () => {
    const good = { id: 'a', name: 'A', authTypes: [{ id: 'x', label: 'X', kind: 'none' }] };
    const field = { key: 'k', label: 'K', type: 'text' };
    const broken = [
      { version: 1, systems: [null, good] },
      { version: 1, systems: ['shopify', good] },
      { version: 1, systems: [{ ...good, id: 'b', authTypes: [null, { id: 'y', label: 'Y', kind: 'none' }] }, good] },
      { version: 1, systems: [{ ...good, id: 'b', authTypes: [{ id: 'y', label: 'Y', kind: 'api-key', fields: [null] }] }, good] },
      { version: 1, systems: [{ ...good, id: 'b', authTypes: [{ id: 'y', label: 'Y', kind: 'api-key', fields: [{ ...field, environmentPatterns: 'x' }] }] }, good] },
      { version: 1, systems: [{ ...good, id: 'b', l10n: 'de' }, good] },
      { version: 1, systems: [{ ...good, id: 'b', l10n: { de: 'Name' } }, good] },
    ];
    for (const input of broken) {
      const result = parseCatalogue(input);
      expect(result.problems, JSON.stringify(input)).to.have.length(1);
      expect(result.problems[0]!.message, JSON.stringify(input)).to.not.contain('Invalid input');
      expect(result.problems[0]!.problem, JSON.stringify(input)).to.match(/(?:^|: )must be an object/u);
    }
    expect(parseCatalogue(broken[0]).problems[0]!.message).to.equal('System systems[0]: must be an object such as {"id": …, "name": …, "authTypes": […]}; system left out.');
  });

  it('reads a member written as null (as a database export writes one not used) as absent, without a word', () => {
    // Every column of a field row present, null where unused.
    const row = (key: string, type: string) => ({
      key,
      label: key,
      type,
      required: null,
      secret: null,
      options: null,
      pattern: null,
      minLength: null,
      help: null,
      default: null,
      aliases: null,
      l10n: null,
    });
    const result = parseCatalogue({
      version: 1,
      systems: [
        {
          id: 'acme',
          name: 'Acme',
          logo: null,
          docsUrl: null,
          description: null,
          authTypes: [{ id: 'key', label: 'Key', kind: 'api-key', fields: [row('account', 'text'), row('apiKey', 'secret')] }],
        },
        { id: 'nameless', name: null, authTypes: [{ id: 'key', label: 'Key', kind: 'api-key', fields: [row('token', 'secret')] }] },
      ],
    });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.catalogue.systems.map((s) => s.id)).to.deep.equal(['acme']);
    const [account, apiKey] = result.catalogue.systems[0]!.authTypes[0]!.fields;
    expect(account!.required, 'the default, as when left out').to.equal(true);
    expect(apiKey!.type).to.equal('secret');
    // A member that may not be left out, written as null, is missing: its system goes, said once.
    expect(result.problems.map((p) => [p.path, p.problem, p.action])).to.deep.equal([['systems[1].name', 'is missing', 'system-left-out']]);
  });

  it('leaves out a list option with an empty value (what "none chosen" sends), and no other', () => {
    const result = withFields([
      {
        key: 'region',
        label: 'Region',
        type: 'select',
        options: [
          { value: '', label: 'Default region' },
          { value: 'eu', label: 'Europe' },
          { value: '', label: 'Also empty' },
          { value: 'us', label: 'United States' },
        ],
      },
    ]);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.catalogue.systems[0]!.authTypes[0]!.fields[0]!.options!.map((o) => o.value)).to.deep.equal(['eu', 'us']);
    expect(result.problems.map((p) => [p.path, p.action])).to.deep.equal([
      ['systems[0].authTypes[0].fields[0].options[0]', 'ignored'],
      ['systems[0].authTypes[0].fields[0].options[2]', 'ignored'],
    ]);
    expect(result.problems[1]!.message).to.contain('option 3').and.to.contain('must not be empty');
  });

  it('leaves out a second option with the same value, keeping the first, and says which', () => {
    const system = goodSystem(1);
    const region = { key: 'region', label: 'Region', type: 'select', options: ['eu', 'us', 'eu', 'us'].map((value, i) => ({ value, label: `Label ${i}` })) };
    (system.authTypes[0].fields as unknown[]).push(region);
    const result = one(system);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.catalogue.systems[0]!.authTypes[0]!.fields[2]!.options!.map((o) => o.label)).to.deep.equal(['Label 0', 'Label 1']);
    expect(result.problems.map((p) => [p.path, p.problem, p.action])).to.deep.equal([
      ['systems[0].authTypes[0].fields[2].options[2]', 'duplicate option value "eu"', 'ignored'],
      ['systems[0].authTypes[0].fields[2].options[3]', 'duplicate option value "us"', 'ignored'],
    ]);
  });

  it('reads "true" and "false" written as text (a registry keeping every value as text) for required and secret, and says so', () => {
    const system = goodSystem(1);
    Object.assign(system.authTypes[0].fields[0], { required: ' False', secret: 'TRUE' });
    Object.assign(system.authTypes[0].fields[1], { required: 'yes' });
    const other = goodSystem(2);
    Object.assign(other.authTypes[0].fields[0], { required: 'false' });
    const result = parseCatalogue({ version: 1, systems: [system, other] });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    // Only true or false, in any case: "yes" is no answer, and its system has no other auth type.
    expect(result.catalogue.systems.map((s) => s.id)).to.deep.equal(['system-2']);
    expect(result.catalogue.systems[0]!.authTypes[0]!.fields[0]!.required).to.equal(false);
    // The system left out says only why: nothing of the values it would have converted.
    expect(result.problems.map((p) => [p.path, p.action])).to.deep.equal([
      ['systems[0].authTypes[0]', 'system-left-out'],
      ['systems[1].authTypes[0].fields[0].required', 'converted'],
    ]);
    expect(result.problems[1]!.message).to.match(/"required": must be true or false; read as false\.$/u);
    const converted = one(
      Object.assign(goodSystem(3), { authTypes: [{ ...goodSystem(3).authTypes[0], fields: [{ key: 'a', label: 'A', type: 'text', secret: 'TRUE', required: ' False' }] }] }),
    );
    expect(converted.ok).to.equal(true);
    if (!converted.ok) return;
    expect(converted.catalogue.systems[0]!.authTypes[0]!.fields[0]).to.include({ secret: true, required: false });
    expect(converted.problems.map((p) => p.message.replace(/^.*"(\w+)": /u, '$1: '))).to.deep.equal([
      'secret: must be true or false; read as true.',
      'required: must be true or false; read as false.',
    ]);
    expect(summariseProblems(converted.problems)).to.equal('2 problems in the catalogue: 2 values converted.');
  });

  it('a checkbox default other than true or false is reported: "true" as text is read, "yes" or 1 is ignored', () => {
    const system = goodSystem(1);
    system.authTypes[0].fields.push(
      { key: 'a', label: 'A', type: 'boolean', default: ' TRUE' } as never,
      { key: 'b', label: 'B', type: 'boolean', default: 'yes' } as never,
      { key: 'c', label: 'C', type: 'boolean', default: 1 } as never,
      { key: 'd', label: 'D', type: 'text', default: 'true' } as never,
    );
    const result = one(system);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const fields = result.catalogue.systems[0]!.authTypes[0]!.fields;
    expect(fields.map((f) => f.default)).to.deep.equal([...fields.slice(0, -4).map((f) => f.default), true, undefined, undefined, 'true']);
    const at = (key: string) => `systems[0].authTypes[0].fields[${fields.findIndex((f) => f.key === key)}].default`;
    expect(result.problems.map((p) => [p.path, p.action])).to.deep.equal([
      [at('a'), 'converted'],
      [at('b'), 'ignored'],
      [at('c'), 'ignored'],
    ]);
    expect(result.problems[1]!.message).to.contain('must be true or false for a checkbox');
  });

  it('an auth type of kind none or a sign-in without fields has none; another kind without fields is left out', () => {
    const auth = (id: string, kind: string, fields?: unknown) => ({ id, label: id, kind, ...(fields === undefined ? {} : { fields }) });
    const result = one({
      id: 'acme',
      name: 'Acme',
      authTypes: [auth('open', 'none'), auth('sign-in', 'oauth2-authorization-code', null), auth('token', 'token'), auth('also-open', 'none', [])],
    });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.catalogue.systems[0]!.authTypes.map((a) => [a.id, a.fields])).to.deep.equal([
      ['open', []],
      ['sign-in', []],
      ['also-open', []],
    ]);
    expect(result.problems.map((p) => [p.path, p.problem, p.action])).to.deep.equal([['systems[0].authTypes[2]', '"fields": is missing', 'auth-type-left-out']]);
  });

  it('shortens thousands of long texts, each at its limit and never inside a character a person sees', () => {
    const systems = Array.from({ length: 1000 }, (_, i) => {
      const system = goodSystem(i) as ReturnType<typeof goodSystem> & { l10n?: unknown };
      system.authTypes[0].description = `${'é'.repeat(i % 7)}${'🇬🇧 Lorem ipsum, 👨‍👩‍👧 dolor sit amet. '.repeat(400)}`;
      return system;
    });
    const result = parseCatalogue({ version: 1, systems });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.problems).to.have.length(1000);
    for (const [i, system] of result.catalogue.systems.entries()) {
      const text = system.authTypes[0]!.description!;
      const kept = text.slice(0, -1);
      expect(text.endsWith('…'), system.id).to.equal(true);
      expect(Array.from(text).length, system.id).to.be.at.most(2000).and.at.least(1990);
      expect(systems[i]!.authTypes[0].description.startsWith(kept), system.id).to.equal(true);
      // The cut is at a grapheme boundary: the kept text's last grapheme is whole in the original.
      const segments = [...new Intl.Segmenter().segment(systems[i]!.authTypes[0].description.slice(0, kept.length + 16))];
      expect(
        segments.some((s) => s.index === kept.length),
        system.id,
      ).to.equal(true);
    }
  });

  it('gives a name a paste may use to one field only, a secret field first: a shared alias goes from the others, a key another field s alias has is reported', () => {
    const result = withFields([
      { key: 'account', label: 'Account', type: 'text', aliases: ['ACME_ACCOUNT', 'ACME_API_KEY'] },
      { key: 'apiKey', label: 'API key', type: 'secret', aliases: ['acme_api_key', 'ACCOUNT', 'API_KEY'] },
      { key: 'region', label: 'Region', type: 'text', aliases: ['api_key'] },
    ]);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const authType = result.catalogue.systems[0]!.authTypes[0]!;
    expect(authType.fields.map((f) => f.aliases)).to.deep.equal([['ACME_ACCOUNT'], ['acme_api_key', 'ACCOUNT', 'API_KEY'], []]);
    // Said in the fields' order.
    expect(result.problems.map((p) => [p.path, p.action])).to.deep.equal([
      ['systems[0].authTypes[0].fields[0].key', 'ignored'],
      ['systems[0].authTypes[0].fields[0].aliases', 'ignored'],
      ['systems[0].authTypes[0].fields[2].aliases', 'ignored'],
    ]);
    expect(result.problems[1]!.message).to.contain('"ACME_API_KEY" names field "apiKey" too');
    // So a secret pasted alone under a shared name fills its own masked field, never a visible one.
    for (const name of ['ACME_API_KEY', 'ACCOUNT', 'api_key'])
      expect(
        pasteFill(authType, `${name}=sk_live_0123456789`)?.map(({ field, value }) => [field.key, value]),
        name,
      ).to.deep.equal([['apiKey', 'sk_live_0123456789']]);
    expect(pasteFill(authType, 'ACME_ACCOUNT=acme-ltd')?.map(({ field }) => field.key)).to.deep.equal(['account']);
  });

  it('an alias is read trimmed, said as converted, so a padded one fills its field and a shared one is seen; one no pasted line can name is taken off and said', () => {
    const result = withFields(
      [
        { key: 'clientId', label: 'Application ID', type: 'text', aliases: ['Account ID', 'USER_NAME'] },
        { key: 'clientSecret', label: 'Application secret', type: 'secret', aliases: [' ACME_CLIENT_SECRET ', 'clé_api'] },
        { key: 'user', label: 'User', type: 'text', aliases: [' USER_NAME '] },
      ],
      'Acme',
      'oauth2-client-credentials',
    );
    if (!result.ok) throw new Error('refused');
    const authType = result.catalogue.systems[0]!.authTypes[0]!;
    expect(authType.fields.map((f) => f.aliases)).to.deep.equal([['USER_NAME'], ['ACME_CLIENT_SECRET'], []]);
    const at = 'systems[0].authTypes[0].fields';
    expect(result.problems.map((p) => [p.path, p.action])).to.deep.equal([
      [`${at}[0].aliases`, 'ignored'],
      [`${at}[1].aliases`, 'converted'],
      [`${at}[1].aliases`, 'ignored'],
      [`${at}[2].aliases`, 'converted'],
      [`${at}[2].aliases`, 'ignored'],
    ]);
    expect(result.problems[0]!.problem).to.contain('"Account ID"').and.to.contain('line');
    expect(result.problems[2]!.problem).to.contain('"clé_api"');
    expect(result.problems[4]!.problem).to.contain('"USER_NAME" names field "clientId" too');
    expect(result.problems[1]!.message).to.contain('read as "ACME_CLIENT_SECRET"');
    expect(pasteFill(authType, 'ACME_CLIENT_SECRET=cs_0123456789abcdef')?.map(({ field }) => field.key)).to.deep.equal(['clientSecret']);
  });

  it('a one-line field whose pattern asks for a PEM block (-----BEGIN) is read as a multi-line secret and said as converted; a field only named like a key stays', () => {
    const pem = '^-----BEGIN (?:RSA )?PRIVATE KEY-----';
    const result = withFields([
      { key: 'clientId', label: 'Client ID', type: 'text' },
      { key: 'privateKey', label: 'Private key', type: 'secret', pattern: pem },
      { key: 'certificate', label: 'Certificate', type: 'text', pattern: '^-{5}BEGIN CERTIFICATE-{5}[\\s\\S]+$' },
      { key: 'private_key_id', label: 'Private key ID', type: 'secret' },
    ]);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const fields = result.catalogue.systems[0]!.authTypes[0]!.fields;
    expect(fields.map((f) => [f.key, f.type, Boolean(f.secret)])).to.deep.equal([
      ['clientId', 'text', false],
      ['privateKey', 'textarea', true],
      ['certificate', 'textarea', false],
      ['private_key_id', 'secret', false],
    ]);
    expect(result.problems.map((p) => [p.path, p.action])).to.deep.equal([
      ['systems[0].authTypes[0].fields[1].type', 'converted'],
      ['systems[0].authTypes[0].fields[2].type', 'converted'],
    ]);
    expect(result.problems[0]!.message).to.contain('-----BEGIN').and.to.contain('textarea');
  });

  it('a one-line field whose PEM pattern is too large to check is still read as a multi-line secret, the pattern ignored; one whose other pattern is too large stays one line', () => {
    // Every kind of key, no maxLength, case-insensitive (its letters are classes, so its program is too long for 10,000 characters).
    const pem = String.raw`(?i:^-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----[\s\S]+-----END (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----\s*$)`;
    const long = `^${'(?:ab|cd)'.repeat(40)}[a-z]*$`;
    const result = withFields([
      { key: 'privateKey', label: 'Private key', type: 'text', pattern: pem },
      { key: 'token', label: 'Token', type: 'secret', pattern: long },
    ]);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const fields = result.catalogue.systems[0]!.authTypes[0]!.fields;
    expect(fields.map((f) => [f.key, f.type, Boolean(f.secret), f.pattern])).to.deep.equal([
      ['privateKey', 'textarea', true, undefined],
      ['token', 'secret', false, undefined],
    ]);
    expect(result.problems.map((p) => [p.path, p.action])).to.have.deep.members([
      ['systems[0].authTypes[0].fields[0].pattern', 'ignored'],
      ['systems[0].authTypes[0].fields[0].type', 'converted'],
      ['systems[0].authTypes[0].fields[1].pattern', 'ignored'],
    ]);
    expect(messages(result.problems)).to.contain('too large to check quickly').and.to.contain('read as "textarea" with "secret": true');
  });

  it('a problem line cuts a long name between characters, never through an emoji', () => {
    const result = withFields([{ key: 'k', label: 'K', type: 'text', pattern: '(' }], `${'x'.repeat(56)}😀 Commerce`);
    const message = result.problems[0]!.message;
    expect(message, 'no half a surrogate pair').to.not.match(/\p{Cs}/u);
    expect(message).to.contain(`"${'x'.repeat(56)}😀…" (systems[0])`);
  });

  it('a problem line quotes a name of 60 characters or fewer whole, counted in code points: 40 emoji are 80 UTF-16 units', () => {
    const name = '😀'.repeat(40);
    const result = withFields([{ key: 'k', label: 'K', type: 'text', pattern: '(' }], name);
    expect(result.problems[0]!.message).to.contain(`"${name}" (systems[0])`);
  });

  it('a label of only spaces or invisible characters is named in a problem line by its key, not quoted as it is', () => {
    const result = one({
      id: 'acme',
      name: 'Acme',
      authTypes: [
        { id: 'key', label: 'Key', kind: 'api-key', fields: [{ key: 'region', label: '  \u200b ', type: 'text' }] },
        { id: 'none', label: 'None', kind: 'none', fields: [] },
      ],
    });
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]!.message).to.contain('field "region" (fields[0]), "label": must have visible text');
  });

  it('a secret field s alias that is a later text field s key still takes a secret pasted under it', () => {
    const result = withFields([
      { key: 'apiKey', label: 'API key', type: 'secret', aliases: ['API_KEY', 'TOKEN'] },
      { key: 'token', label: 'Token name', type: 'text', required: false },
    ]);
    if (!result.ok) throw new Error('refused');
    const fill = pasteFill(result.catalogue.systems[0]!.authTypes[0]!, 'TOKEN=sk_live_0123456789');
    expect(fill?.map(({ field }) => field.key)).to.deep.equal(['apiKey']);
    expect(result.problems.map((p) => p.path)).to.deep.equal(['systems[0].authTypes[0].fields[1].key']);
  });

  it('says the problems of a system in the order they are in it', () => {
    const field = (key: string) => ({ key, label: key, type: 'text', help: 'h'.repeat(3000) });
    const result = withFields([field('a'), field('b'), field('c')]);
    expect(result.problems.map((p) => p.path)).to.deep.equal([
      'systems[0].authTypes[0].fields[0].help',
      'systems[0].authTypes[0].fields[1].help',
      'systems[0].authTypes[0].fields[2].help',
    ]);
    // Authentication types left out, among the texts shortened.
    const broken = { id: 'broken', label: 'Broken', kind: 'no-such-kind', fields: [] };
    const ok = (id: string) => ({ id, label: id, kind: 'api-key', fields: [field('a')] });
    const mixed = one({ id: 'acme', name: 'Acme', authTypes: [broken, ok('one'), { ...broken, id: 'broken-2' }, ok('two')] });
    expect(mixed.problems.map((p) => p.path)).to.deep.equal([
      'systems[0].authTypes[0]',
      'systems[0].authTypes[1].fields[0].help',
      'systems[0].authTypes[2]',
      'systems[0].authTypes[3].fields[0].help',
    ]);
  });

  it('says what an option lacks or should be, and a list left without options once', () => {
    const select = (options: unknown) => withFields([{ key: 'v', label: 'V', type: 'select', options }]);
    const some = select([{ value: 'a' }, 'b', { value: 'c', label: 'C' }]);
    expect(some.problems.map((p) => [p.path.slice(-10), p.problem])).to.deep.equal([
      ['options[0]', '"label" is missing'],
      ['options[1]', 'must be an object such as {"value": "eu", "label": "Europe"}'],
    ]);
    const none = select([{ value: 'a' }]);
    expect(none.problems.map((p) => p.problem).filter((p) => p.includes('options'))).to.deep.equal(['field "V" (fields[0]), "options": must list at least one option']);
  });

  it('says the options of a list left out over several rounds in the order they are in it, a duplicate found later included', () => {
    // Option 2 repeats option 1's value: seen only once options 4 to 6 are mended or left out.
    const options = [{ value: 'a', label: 'A' }, { value: 'a', label: 'A again' }, { value: 'b', label: 'B' }, { value: 'c' }, { value: 4, label: 'Four' }, 'six'];
    const result = withFields([{ key: 'v', label: 'V', type: 'select', options }]);
    expect(result.problems.map((p) => p.path.replace('systems[0].authTypes[0].fields[0].', ''))).to.deep.equal(['options[1]', 'options[3]', 'options[4].value', 'options[5]']);
    expect(result.problems[0]!.problem).to.equal('duplicate option value "a"');
  });

  it('says the problems of a system in the order its members are written, not in the order of their names', () => {
    const result = one({
      id: 'acme',
      name: 'Acme',
      category: 'c'.repeat(150),
      authTypes: [{ id: 'k', label: 'K', kind: 'none', fields: [] }],
      docsUrl: 'http://acme.example',
    });
    expect(result.problems.map((p) => p.path)).to.deep.equal(['systems[0].category', 'systems[0].docsUrl']);
    const reordered = one({
      id: 'acme',
      docsUrl: 'http://acme.example',
      name: 'Acme',
      authTypes: [{ id: 'k', label: 'K', kind: 'none', fields: [] }],
      category: 'c'.repeat(150),
    });
    expect(reordered.problems.map((p) => p.path)).to.deep.equal(['systems[0].docsUrl', 'systems[0].category']);
  });

  it('a system left out, as a later duplicate or as unusable, says only why: nothing of the texts it would have shortened or the parts it would have ignored', () => {
    const field = { key: 'a', label: 'A', type: 'text', help: 'h'.repeat(3000) };
    const acme = {
      id: 'acme',
      name: 'Acme',
      category: 'c'.repeat(150),
      docsUrl: 'http://acme.example',
      authTypes: [{ id: 'k', label: 'K', kind: 'api-key', fields: [field] }],
    };
    const twice = parseCatalogue({ version: 1, systems: [acme, acme] });
    expect(twice.problems.map((p) => [p.path, p.action])).to.deep.equal([
      ['systems[0].category', 'shortened'],
      ['systems[0].docsUrl', 'ignored'],
      ['systems[0].authTypes[0].fields[0].help', 'shortened'],
      ['systems[1]', 'system-left-out'],
    ]);
    expect(summariseProblems(twice.problems)).to.equal('4 problems in the catalogue: 1 system left out, 2 texts shortened, 1 optional part ignored.');
    // Unusable: its one auth type is broken in the first round, its other broken only once its last option is gone.
    const broken = { id: 'broken', label: 'Broken', kind: 'no-such-kind', fields: [] };
    const emptied = { id: 'list', label: 'List', kind: 'api-key', fields: [{ key: 'v', label: 'V', type: 'select', options: [{ value: 'x' }] }] };
    const unusable = parseCatalogue({ version: 1, systems: [{ ...acme, id: 'unusable', authTypes: [broken, emptied] }, acme] });
    expect(unusable.problems.map((p) => [p.path, p.action])).to.deep.equal([
      ['systems[0].authTypes[0]', 'system-left-out'],
      ['systems[0].authTypes[1]', 'system-left-out'],
      ['systems[1].category', 'shortened'],
      ['systems[1].docsUrl', 'ignored'],
      ['systems[1].authTypes[0].fields[0].help', 'shortened'],
    ]);
    expect(summariseProblems(unusable.problems)).to.equal('5 problems in the catalogue: 1 system left out, 2 texts shortened, 1 optional part ignored.');
  });

  it('an authentication type, field or option left out says nothing of its own parts shortened or ignored', () => {
    const long = 'x'.repeat(300);
    const emptied = { id: 'list', label: long, kind: 'api-key', fields: [{ key: 'v', label: 'V', type: 'select', options: [{ value: 'x' }] }] };
    const kept = {
      id: 'key',
      label: 'Key',
      kind: 'api-key',
      fields: [
        { key: 'a', label: 'A', type: 'text' },
        { key: 'a', label: long, type: 'text' },
      ],
    };
    const twice = { id: 'key', label: long, kind: 'none', fields: [] };
    const options = [
      { value: 'a', label: 'A' },
      { value: 'a', label: long },
    ];
    const listed = { id: 'listed', label: 'Listed', kind: 'api-key', fields: [{ key: 'v', label: 'V', type: 'select', options }] };
    const result = one({ id: 'acme', name: 'Acme', authTypes: [emptied, kept, twice, listed] });
    expect(result.problems.map((p) => [p.path, p.action])).to.deep.equal([
      ['systems[0].authTypes[0]', 'auth-type-left-out'],
      ['systems[0].authTypes[1].fields[1]', 'field-left-out'],
      ['systems[0].authTypes[2]', 'auth-type-left-out'],
      ['systems[0].authTypes[3].fields[0].options[1]', 'ignored'],
    ]);
  });

  it('an option left out only once an earlier one is gone is named where it is in the input, not where the one kept is', () => {
    // Option 1 has no label (left out), option 2's value is the number 1 (read as "1"), so option 3 ("1") is then the duplicate.
    const options = [{ value: 'x' }, { value: 1, label: 'One' }, { value: '1', label: 'Uno' }];
    const result = withFields([{ key: 'version', label: 'Version', type: 'select', options }]);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.catalogue.systems[0]!.authTypes[0]!.fields[0]!.options!.map((o) => o.label)).to.deep.equal(['One']);
    const duplicate = result.problems.find((p) => p.problem.startsWith('duplicate option value'))!;
    expect(duplicate.path).to.equal('systems[0].authTypes[0].fields[0].options[2]');
    expect(duplicate.message).to.include('option 3');
  });

  it('a list of 40,000 options with number values (a registry of codes) is read without holding the page', () => {
    const options = Array.from({ length: 40_000 }, (_, i) => ({ value: i + 1, label: `Code ${i + 1}` }));
    const result = withFields([{ key: 'code', label: 'Code', type: 'select', options }]);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.catalogue.systems[0]!.authTypes[0]!.fields[0]!.options!.length).to.equal(40_000);
    expect(result.problems.filter((p) => p.action === 'converted').length).to.equal(40_000);
  });
  it('a system whose list has 300,000 options is reported, and the other systems are still offered', () => {
    const field = { key: 'code', label: 'Code', type: 'select', options: Array.from({ length: 300_000 }, (_, i) => ({ value: i + 1, label: `Code ${i + 1}` })) };
    const huge = { id: 'huge', name: 'Huge', authTypes: [{ id: 'key', label: 'Key', kind: 'api-key', fields: [field] }] };
    const good = { id: 'good', name: 'Good', authTypes: [{ id: 'key', label: 'Key', kind: 'api-key', fields: [{ key: 'token', label: 'Token', type: 'secret' }] }] };
    let result: ReturnType<typeof parseCatalogue> | undefined;
    expect(() => (result = parseCatalogue({ version: 1, systems: [huge, good] }))).not.to.throw();
    expect(result!.ok).to.equal(true);
    if (!result!.ok) return;
    expect(result!.catalogue.systems.map((s) => s.id)).to.deep.equal(['good']);
    expect(result!.problems.map((p) => [p.system, p.path, p.action])).to.deep.equal([['huge', 'systems[0]', 'system-left-out']]);
    expect(result!.problems[0]!.message).to.contain('is too large to check');
  });
  it('reports a link that reads as a host name without https://, and keeps relative links and file names', () => {
    const linked = (helpUrl: string) => withFields([{ key: 'k', label: 'K', type: 'text', helpUrl }]).problems.map((p) => p.action);
    for (const host of ['docs.acme.example/api-keys', 'www.acme.example', 'acme.example:8443/keys']) expect(linked(host), host).to.deep.equal(['ignored']);
    for (const relative of ['help.php', 'api-keys.aspx', 'setup.asp', 'logo.bmp', 'jquery.min.js', 'logo.svg', './help.html', '../docs/keys', '/help/keys', 'help/keys'])
      expect(linked(relative), relative).to.deep.equal([]);
  });

  it('reads long text that only looks like a regular expression literal or a host name in one pass', () => {
    // 200,000 characters: a literal with no closing slash; a host name that ends wrong, and one that does not.
    const long = `/${'[a]\\a'.repeat(40_000)}`;
    const [notHost, host] = [`${'a.'.repeat(100_000)}-`, `${'a.'.repeat(100_000)}com/x`];
    const result = one({
      id: 'acme',
      name: 'Acme',
      logo: notHost,
      docsUrl: host,
      authTypes: [{ id: 'key', label: 'Key', kind: 'api-key', fields: [{ key: 'k', label: 'K', type: 'text', pattern: long }] }],
    });
    expect(result.problems.map((p) => [p.path.split('.').at(-1), p.action])).to.deep.equal([
      ['docsUrl', 'ignored'],
      ['pattern', 'ignored'],
    ]);
    expect(result.problems[1]!.problem).to.contain('not a valid regular expression').and.not.contain('literal');
  });

  it('ignores unknown keys', async () => {
    const catalogue = (await sampleCatalogue()) as unknown as Record<string, unknown>;
    catalogue.extra = { anything: true };
    const result = parseCatalogue(catalogue);
    expect(result.ok).to.equal(true);
    if (result.ok) expect('extra' in result.catalogue).to.equal(false);
  });
});

describe('a registry of 3,000 systems with entries broken as real registries break them', () => {
  type Entry = ReturnType<typeof goodSystem>;
  /** Each breakage, what is then said of its system (the action, and words of the message), or nothing (kept as it is). */
  const BROKEN: [string, (s: Entry) => void, CatalogueProblem['action'] | undefined, string?][] = [
    ['a name of invisible characters', (s) => (s.name = '\u200b\u2060'), 'system-left-out', '"name": must have visible text'],
    ['a name of one letter and 500 combining marks', (s) => (s.name = `Z${'\u0301'.repeat(500)}`), 'shortened', 'shortened to 200 characters'],
    ['a name with a right-to-left override', (s) => (s.name = '\u202eevil\u202c Name'), undefined],
    ['a token auth type with no fields', (s) => (s.authTypes[0].fields = []), 'system-left-out', 'must list at least one field'],
    ['an invalid pattern', (s) => (s.authTypes[0].fields[0].pattern = '(['), 'ignored', 'is not a valid regular expression'],
    ['a pattern of 200,000 characters', (s) => (s.authTypes[0].fields[0].pattern = 'a'.repeat(200_000)), 'ignored', 'is longer than 1000 characters'],
    ['a javascript: logo', (s) => (s.logo = 'JaVaScRiPt:alert(1)'), 'ignored', '"logo": must be a URL on https:'],
    ['a data: logo', (s) => (s.logo = 'data:image/svg+xml;base64,PHN2Zz4='), 'ignored', '"logo": must be a URL on https:'],
    ['null for its auth types', (s) => (s.authTypes = null), 'system-left-out', '"authTypes": is missing'],
    ['null for an auth type', (s) => (s.authTypes = [null]), 'system-left-out', 'authTypes[0]: must be an object'],
    ['null for a field', (s) => (s.authTypes[0].fields[1] = null), 'system-left-out', 'fields[1]: must be an object'],
    [
      'an alias two fields share',
      (s) => ((s.authTypes[0].fields[0].aliases = ['ACME_KEY']), (s.authTypes[0].fields[1].aliases = ['acme_key'])),
      'ignored',
      'names field "token" too',
    ],
    ['an id differing from another only by case', (s) => (s.id = 'System-1'), undefined],
  ];

  it('says each broken entry once, naming its system and what is wrong, and reads the rest', () => {
    const systems: Entry[] = Array.from({ length: 3000 }, (_, i) => goodSystem(i));
    const at = (b: number) => 100 + b * 200;
    BROKEN.forEach(([, breaks], b) => breaks(systems[at(b)]!));
    const result = parseCatalogue({ version: 1, systems });
    if (!result.ok) throw new Error(messages(result.problems));
    const said = BROKEN.filter(([, , action]) => action);
    expect(result.problems.length, messages(result.problems)).to.equal(said.length);
    BROKEN.forEach(([what, , action, words], b) => {
      const problems = result.problems.filter((p) => p.path.startsWith(`systems[${at(b)}]`));
      expect(
        problems.map((p) => p.action),
        what,
      ).to.deep.equal(action ? [action] : []);
      if (!action) return;
      expect(problems[0]!.message, what)
        .to.contain(words)
        .and.match(new RegExp(`^System .+ \\(systems\\[${at(b)}\\]\\)`, 'u'));
    });
    expect(result.catalogue.systems).to.have.length(3000 - said.filter(([, , action]) => action === 'system-left-out').length);
    expect(result.catalogue.systems.map((s) => s.id)).to.include.members(['system-0', 'system-1', 'System-1', 'system-2999']);
  });
});

describe('the reference API (demo/api) reads a catalogue the same way', () => {
  interface Started {
    started: boolean;
    warnings: string[];
    error?: string;
  }
  const start = (catalogue: unknown) => executeServerCommand<Started, { catalogue: unknown }>('reference-api-start', { catalogue });

  it('starts with the usable systems and logs each problem once', async () => {
    const { catalogue, damaged } = generateCatalogue(200, 4);
    const result = await start(catalogue);
    expect(result.started, result.error).to.equal(true);
    expect(result.warnings).to.have.length(1);
    const [log] = result.warnings;
    expect(log).to.match(/^connector-api: \d+ problems? in the catalogue/u);
    for (const d of damaged.filter((x) => x.outcome !== 'kept')) expect(log.split(`(systems[${d.index}])`).length - 1, d.kind).to.equal(1);
  });

  it('refuses to start, saying why, when no system is usable', async () => {
    const result = await start({ version: 1, systems: [{ id: 'x' }] });
    expect(result.started).to.equal(false);
    expect(result.error).to.contain('the catalogue is not valid');
    expect(result.error).to.contain('no usable system');
  });

  it('logs nothing for a clean catalogue', async () => {
    const result = await start(await sampleCatalogue());
    expect(result).to.deep.equal({ started: true, warnings: [] });
  });
});

describe('systems, ways to sign in or list options named alike whose ids still read alike beside them', () => {
  const alikeProblems = (count: number) => {
    // Catalogue ids take no run of dashes: the same ids, filled with m.
    const ids = branchingApart(count).map((id) => id.replaceAll('-', 'm'));
    const options = ids.map((value) => ({ value, label: 'Europe' }));
    const fields = [{ key: 'region', label: 'Region', type: 'select', options }];
    const systems = ids.map((id, i) => ({
      id,
      name: 'Acme',
      authTypes: i ? [{ id: 'none', label: 'None', kind: 'none' }] : ids.map((type) => ({ id: type, label: 'Key', kind: 'custom', fields })),
    }));
    const parsed = parseCatalogue({ version: 1, systems });
    expect(parsed.ok).to.equal(true);
    return parsed.problems.filter((p) => p.problem.includes('named alike'));
  };

  it('ten or more, alike at both ends, are offered, and each two that still read alike are said to the integrator, naming the name or label to change', () => {
    // Of ten, two branch at a ninth place, which is not shown: those two read alike.
    const problems = alikeProblems(10);
    expect(problems.map((p) => p.path)).to.include.members([
      'systems[0].name',
      'systems[1].name',
      'systems[0].authTypes[0].label',
      'systems[0].authTypes[1].label',
      'systems[0].authTypes[9].fields[0].options[1].label',
    ]);
    expect(problems).to.have.length(2 + 2 + 10 * 2);
    expect(problems.find((p) => p.path === 'systems[1].name')!.message).to.equal(
      'System "Acme" (systems[1]), "name": reads as another named alike does, with the id beside it (ids written alike, or long ids alike at both ends: at most nine named alike are told apart); give it a name of its own.',
    );
  });

  it('the summary counts names that read alike as such, not as optional parts ignored', () => {
    expect(summariseProblems(alikeProblems(10))).to.equal('24 problems in the catalogue: 24 names that read as others.');
  });

  it('an optional part ignored beside names that read alike is still counted as ignored, a link that reads as a host name too', () => {
    const ignored = parseCatalogue({ version: 1, systems: [{ ...goodSystem(0), docsUrl: 'docs.acme.example/api-keys' }] }).problems;
    expect(ignored.map((p) => p.action)).to.deep.equal(['ignored']);
    expect(summariseProblems([...ignored, ...alikeProblems(10)])).to.equal('25 problems in the catalogue: 1 optional part ignored, 24 names that read as others.');
  });

  it('a name of its own is never said to read alike where names a search reads as nothing have ids like its place', () => {
    // "´" (a spacing accent) and "ـ" (the tatweel) show, yet a search reads them as nothing: two named so are told apart by their ids, "b" and "1".
    const systems = [
      { ...goodSystem(0), id: 'b', name: '´' },
      { ...goodSystem(1), name: 'Beta' },
      { ...goodSystem(2), id: '1', name: 'ـ' },
    ];
    const parsed = parseCatalogue({ version: 1, systems });
    expect(parsed.ok).to.equal(true);
    expect(parsed.problems.filter((p) => p.problem.includes('named alike')).map((p) => p.path)).to.deep.equal([]);
  });

  it('two options labelled alike whose values differ only in Unicode form (NFC and NFD) are said to the integrator: beside their labels they read alike', () => {
    const options = [
      { value: 'caf\u00E9', label: 'Europe' },
      { value: 'cafe\u0301', label: 'Europe' },
      { value: 'CAF\u00C9', label: 'Europe' },
    ];
    const system = { ...goodSystem(0), authTypes: [{ id: 'key', label: 'Key', kind: 'custom', fields: [{ key: 'region', label: 'Region', type: 'select', options }] }] };
    const parsed = parseCatalogue({ version: 1, systems: [system] });
    expect(parsed.problems.map((p) => p.path)).to.deep.equal(['systems[0].authTypes[0].fields[0].options[0].label', 'systems[0].authTypes[0].fields[0].options[1].label']);
    expect(parsed.problems[0]!.problem).to.equal(
      'reads as another named alike does, with the id beside it (ids written alike, or long ids alike at both ends: at most nine named alike are told apart)',
    );
  });

  it('nine or fewer read apart, and nothing is said', () => {
    expect(alikeProblems(9)).to.deep.equal([]);
    expect(alikeProblems(3)).to.deep.equal([]);
  });
});

describe('an id a registry wrote with what the format has not', () => {
  const idProblem = (id: string, at: 'system' | 'authType') => {
    const system = goodSystem(1);
    if (at === 'system') system.id = id;
    else system.authTypes[0]!.id = id;
    const result = parseCatalogue({ version: 1, systems: [goodSystem(0), system] });
    expect(result.ok, id).to.equal(true);
    return result.problems.map((p) => `${p.action}: ${p.problem}`);
  };

  it('says the white space at an end of an id, which a problem line cannot show', () => {
    expect(idProblem('system-0 ', 'system')).to.deep.equal([
      'system-left-out: must be letters, digits, _, and single dashes or dots between them: it has white space at its end',
    ]);
    expect(idProblem('\u00A0api-token', 'authType')).to.deep.equal([
      'system-left-out: "id": must be letters, digits, _, and single dashes or dots between them: it has white space at its start',
    ]);
  });

  it('names the first character of an id that is no A to Z letter, digit or _, an accent written apart from its letter (NFD) as such', () => {
    expect(idProblem('caf\u00E9', 'system')).to.deep.equal([
      'system-left-out: must be letters, digits, _, and single dashes or dots between them: "\u00E9" (U+00E9) is no A to Z letter',
    ]);
    expect(idProblem('cafe\u0301', 'system')).to.deep.equal([
      'system-left-out: must be letters, digits, _, and single dashes or dots between them: U+0301 is an accent written apart from its letter, as NFD writes it',
    ]);
    expect(idProblem('api token', 'authType')).to.deep.equal([
      'system-left-out: "id": must be letters, digits, _, and single dashes or dots between them: U+0020 is no letter, digit or _',
    ]);
  });

  it('says a mark that follows no letter it joins (an emoji keycap, a variation selector) as no letter, not as an id written decomposed', () => {
    expect(idProblem('step1\uFE0F\u20E3', 'system')).to.deep.equal([
      'system-left-out: must be letters, digits, _, and single dashes or dots between them: U+FE0F is no letter, digit or _',
    ]);
    expect(idProblem('x\uFE0Fcafe\u0301', 'system')).to.deep.equal([
      'system-left-out: must be letters, digits, _, and single dashes or dots between them: U+FE0F is no letter, digit or _',
    ]);
    expect(idProblem('crm-\u{1F600}', 'authType')).to.deep.equal([
      'system-left-out: "id": must be letters, digits, _, and single dashes or dots between them: U+1F600 is no letter, digit or _',
    ]);
  });

  it('says a leading tab as white space at the start, and names a lone surrogate or a slash by its code', () => {
    expect(idProblem('\tapi-token', 'authType')).to.deep.equal([
      'system-left-out: "id": must be letters, digits, _, and single dashes or dots between them: it has white space at its start',
    ]);
    expect(idProblem('acme/crm', 'system')).to.deep.equal([
      'system-left-out: must be letters, digits, _, and single dashes or dots between them: U+002F is no letter, digit or _',
    ]);
    expect(idProblem('crm\uD800', 'system')).to.deep.equal([
      'system-left-out: must be letters, digits, _, and single dashes or dots between them: U+D800 is no letter, digit or _',
    ]);
  });

  it('says nothing more of a dash or dot out of place, which the line shows', () => {
    expect(idProblem('api--token', 'authType')).to.deep.equal(['system-left-out: "id": must be letters, digits, _, and single dashes or dots between them']);
  });
});
