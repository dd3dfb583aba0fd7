/**
 * What the README's API table and events table say, checked against the element itself: the
 * tables are read from the README as shipped, so a row added there that the element does not
 * have (or a name, a default or an event detail said wrongly) fails here.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './test/wait.js';
import './define.js';
import { goodSystem } from '../demo/catalogues/generate-catalogue.js';
import { parseCatalogue } from './catalogue/parse-catalogue.js';
import { stepMessages } from './messages/step-messages.js';
import { DEFAULT_RETRY_POLICY } from './submission/retry-policy.js';
import { EDITED, editing } from './test/edit-fixtures.js';
import { advanceTo, button, inStep, pasteInto, settle, type, wizardFixture } from './test/fixtures.js';
import { oneAuthType } from './test/paste-forms.js';
import { ConnectorWizard } from './wizard/connector-wizard.js';

/** The rows of the Markdown table whose header row starts with `header`: each row's cells, trimmed. */
async function tableOf(file: string, header: string): Promise<string[][]> {
  const text = await (await fetch(file)).text();
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${header} |`));
  expect(start, `${file} has a table headed "${header}"`).to.be.greaterThan(-1);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/u)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

/** The code spans of a cell, in order. */
const codeIn = (cell: string) => [...cell.matchAll(/`([^`]+)`/gu)].map((m) => m[1]!);

interface Named {
  property: string;
  /** The attribute it is set by, or `false` for a property only. */
  attribute: string | false;
}

/**
 * The names a row's first cell gives: `` `a-b` / `aB` `` (an attribute and its property),
 * `` `x` (property) `` (a property only), or `` `x` `` and `` `x`, `y` `` (an attribute and a
 * property of that one name).
 */
function namesOf(cell: string): Named[] {
  const code = codeIn(cell);
  // A row naming nothing in code would check nothing: a name written plain fails here, never skipped.
  if (!code.length) throw new Error(`A README API row names nothing in code: "${cell}"`);
  if (cell.includes('(property)')) return code.map((property) => ({ property, attribute: false }));
  if (cell.includes(' / ')) return [{ attribute: code[0]!, property: code[1]! }];
  return code.map((name) => ({ property: name, attribute: name }));
}

/** The attribute lit maps `property` to (`false`: none), or `undefined` when lit does not know it. */
function declaredAttribute(property: string): string | false | undefined {
  const declared = ConnectorWizard.elementProperties.get(property);
  if (!declared) return undefined;
  if (declared.attribute === false) return false;
  return typeof declared.attribute === 'string' ? declared.attribute : property.toLowerCase();
}

/** The default a row's text states, as the element would hold it: `(default 30000)`, `(default `x`)`, `` `memory` (default) ``, `2 (default)`. */
function statedDefault(text: string): unknown {
  const after = /[(;] ?default ([^;)]+)[;)]/u.exec(text)?.[1]?.trim();
  const before = /(`[^`]+`|\d+) \(default\)/u.exec(text)?.[1];
  const said = after ?? before;
  if (said === undefined) return undefined;
  const plain = said.replaceAll('`', '');
  return /^\d+$/u.test(plain) ? Number(plain) : plain;
}

describe('docs: the README API table, against the element', () => {
  let rows: string[][];
  before(async () => {
    rows = await tableOf('/README.md', 'attribute / property');
    expect(rows.length, 'rows read').to.be.greaterThan(10);
  });

  it('every attribute and property it names is the element s, set by the attribute it names (or by none)', () => {
    const wrong: string[] = [];
    for (const [cell] of rows)
      for (const { property, attribute } of namesOf(cell!)) {
        // `lang` is every HTML element's own attribute and property.
        if (property === 'lang') {
          if (!('lang' in HTMLElement.prototype)) wrong.push('lang');
          continue;
        }
        const declared = declaredAttribute(property);
        if (declared === undefined) wrong.push(`${property}: no such property`);
        else if (declared !== attribute) wrong.push(`${property}: attribute ${String(declared)}, README says ${String(attribute)}`);
      }
    expect(wrong).to.deep.equal([]);
  });

  it('every property the element declares is in the table', () => {
    const said = new Set(rows.flatMap(([cell]) => namesOf(cell!).map((named) => named.property)));
    const declared = [...ConnectorWizard.elementProperties].filter(([, options]) => !options.state).map(([property]) => String(property));
    const missing = declared.filter((property) => !said.has(property));
    expect(missing).to.deep.equal([]);
  });

  it('each attribute it names sets its property', async () => {
    const el = await fixture<ConnectorWizard>(html`<connector-wizard no-drafts></connector-wizard>`);
    const wrong: string[] = [];
    for (const [cell] of rows)
      for (const { property, attribute } of namesOf(cell!)) {
        if (!attribute || property === 'lang') continue;
        const declared = ConnectorWizard.elementProperties.get(property)!;
        const value = declared.type === Boolean ? '' : declared.type === Number ? '3' : 'live';
        el.setAttribute(attribute, value);
        const read = (el as unknown as Record<string, unknown>)[property];
        const expected = declared.type === Boolean ? true : declared.type === Number ? 3 : 'live';
        if (read !== expected) wrong.push(`${attribute} set ${property} to ${String(read)}`);
        el.removeAttribute(attribute);
        await el.updateComplete;
      }
    expect(wrong).to.deep.equal([]);
  });

  it('each property it says is a property only is not set by an attribute of its name', async () => {
    const el = await fixture<ConnectorWizard>(html`<connector-wizard no-drafts></connector-wizard>`);
    const wrong: string[] = [];
    for (const [cell] of rows)
      for (const { property, attribute } of namesOf(cell!)) {
        if (attribute) continue;
        const before = (el as unknown as Record<string, unknown>)[property];
        for (const name of [property, property.toLowerCase(), property.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`)]) el.setAttribute(name, '7');
        if ((el as unknown as Record<string, unknown>)[property] !== before) wrong.push(property);
      }
    expect(wrong).to.deep.equal([]);
  });

  it('each default it states is the element s', async () => {
    const el = document.createElement('connector-wizard') as ConnectorWizard;
    const wrong: string[] = [];
    let stated = 0;
    for (const [cell, text] of rows) {
      const names = namesOf(cell!);
      if (names.length !== 1) continue;
      const { property } = names[0]!;
      if (property === 'retryPolicy') {
        const said = /defaults ([\d, ]+)\)/u.exec(text!)?.[1]?.split(',').map(Number);
        const [keys] = [codeIn(text!)[0]!.replace(/[{}]/gu, '').split(/,\s*/u)];
        const policy = Object.fromEntries(keys.map((key, i) => [key, said?.[i]]));
        stated++;
        if (JSON.stringify(policy) !== JSON.stringify(DEFAULT_RETRY_POLICY)) wrong.push(`retryPolicy: ${JSON.stringify(policy)}`);
        continue;
      }
      const value = statedDefault(text!);
      if (value === undefined) continue;
      stated++;
      const actual = (el as unknown as Record<string, unknown>)[property];
      if (actual !== value) wrong.push(`${property}: ${String(actual)}, README says ${String(value)}`);
    }
    expect(wrong).to.deep.equal([]);
    expect(stated, 'defaults found in the table').to.be.greaterThan(4);
  });
});

/** The text of `text` from `start` up to `end` (or its end); the README reworded, an error saying which sentence is looked for. */
function between(text: string, start: string, end?: string): string {
  const from = text.indexOf(start);
  if (from < 0) throw new Error(`The README has no "${start}" sentence, which this test reads`);
  if (end === undefined) return text.slice(from);
  const to = text.indexOf(end, from);
  if (to < 0) throw new Error(`The README has no "${end}" sentence after "${start}", which this test reads up to`);
  return text.slice(from, to);
}

describe('docs: the README methods and read-only properties, against the element', () => {
  it('each method it names is the element s, each read-only property cannot be set, and the step ids are the steps', async () => {
    const readme = await (await fetch('/README.md')).text();
    const paragraph = between(readme, 'Methods: ', 'Events bubble');
    const methods = [...new Set([...paragraph.matchAll(/`([a-zA-Z]+)\(/gu)].map((m) => m[1]!))];
    const readOnly = codeIn(between(paragraph, 'Read-only:', 'Step ids:')).filter((name) => /^[a-zA-Z]+$/u.test(name) && name !== 'done');
    const stepIds = codeIn(between(paragraph, 'Step ids:'));
    expect(methods.length, 'methods read').to.be.greaterThan(4);
    const el = await wizardFixture();
    const wrong: string[] = [];
    for (const method of methods) if (typeof (el as unknown as Record<string, unknown>)[method] !== 'function') wrong.push(`${method}(): no such method`);
    for (const name of readOnly) {
      let descriptor: PropertyDescriptor | undefined;
      for (let proto: object | null = ConnectorWizard.prototype; proto && !descriptor; proto = Object.getPrototypeOf(proto) as object | null)
        descriptor = Object.getOwnPropertyDescriptor(proto, name);
      if (!descriptor?.get || descriptor.set) wrong.push(`${name}: not a read-only property`);
    }
    expect(wrong).to.deep.equal([]);
    expect(el.steps, 'the step ids, in order').to.deep.equal(stepIds);
  });
});

/** The keys a detail cell names first: `{ from, to }`, `{}`. */
const keysSaid = (cell: string) =>
  (/`\{([^}]*)\}`/u.exec(cell)?.[1] ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean);

/** Whether a detail cell says its event is cancelable: `not cancelable` (in any case) is not. */
const saysCancelable = (cell: string) => /\bcancelable\b/iu.test(cell) && !/\bnot cancelable\b/iu.test(cell);

describe('docs: the README events table, against the events fired', () => {
  it('each event it names reaches the document, with the detail keys it says', async function () {
    this.timeout(20000);
    const rows = await tableOf('/README.md', 'event');
    const seen = new Map<string, Event>();
    const names = rows.map(([cell]) => codeIn(cell!)[0]!);
    const record = (event: Event) => {
      if (!seen.has(event.type)) seen.set(event.type, event);
    };
    for (const name of names) document.addEventListener(name, record);
    try {
      // A create without an endpoint (step changes, then connector-created), a cancel, an unknown system.
      const el = await wizardFixture();
      await advanceTo(el, 'review');
      expect(await el.submit(), 'created').to.equal(true);
      await settle(el);
      const other = await wizardFixture();
      button(other, 'cancel').click();
      other.system = 'no-such-system';
      await settle(other);
      // A saved edit, without an endpoint.
      const { el: edited } = await editing(EDITED);
      await type(edited, '#field-name', 'Shop renamed');
      expect(await edited.submit(), 'saved').to.equal(true);
      await waitUntil(() => names.every((name) => seen.has(name)), `fired: ${[...seen.keys()].join(', ')}`, { timeout: 5000 });
    } finally {
      for (const name of names) document.removeEventListener(name, record);
    }
    const wrong: string[] = [];
    for (const [cell, detail] of rows) {
      const name = codeIn(cell!)[0]!;
      const event = seen.get(name)! as Event & { detail: Record<string, unknown> };
      if (!event.bubbles || !event.composed) wrong.push(`${name}: not bubbling and composed`);
      const keys = Object.keys(event.detail).sort();
      if (JSON.stringify(keys) !== JSON.stringify(keysSaid(detail!).sort())) wrong.push(`${name}: detail ${keys.join(', ')}, README says ${keysSaid(detail!).join(', ')}`);
      if (saysCancelable(detail!) !== event.cancelable) wrong.push(`${name}: cancelable ${event.cancelable}`);
    }
    expect(wrong).to.deep.equal([]);
  });
});

describe('docs: the commands they give', () => {
  it('every npm command in the README, CONTRIBUTING.md and the pages the README lists names a script of package.json', async () => {
    const readme = await (await fetch('/README.md')).text();
    const pages = [...new Set([...readme.matchAll(/\]\((docs\/[^)#]+\.md)/gu)].map((m) => m[1]!))];
    expect(pages.length, 'pages listed').to.be.greaterThan(8);
    const { scripts } = (await (await fetch('/package.json')).json()) as { scripts: Record<string, string> };
    const missing: string[] = [];
    for (const file of ['README.md', 'CONTRIBUTING.md', ...pages]) {
      const response = await fetch(`/${file}`);
      expect(response.ok, `${file} is there`).to.equal(true);
      for (const [said, run, short] of (await response.text()).matchAll(/\bnpm (?:run(?: --silent)? ([a-z][\w:-]*)|(start|test)\b)/gu))
        if (!((run ?? short)! in scripts)) missing.push(`${file}: ${said}`);
    }
    expect(missing).to.deep.equal([]);
  });
});

describe('docs: how the README is read, where its wording could slip past', () => {
  it('a README API row whose first cell names nothing in code fails, never skipped', () => {
    expect(() => namesOf('Retry policy')).to.throw('names nothing in code');
    expect(namesOf('`retry-policy` / `retryPolicy`')).to.deep.equal([{ attribute: 'retry-policy', property: 'retryPolicy' }]);
  });

  it('a detail cell saying Not cancelable is read as not cancelable, one saying cancelable as cancelable', () => {
    expect(saysCancelable('`{ from, to }`. Not cancelable.')).to.equal(false);
    expect(saysCancelable('`{ from, to }`; not cancelable')).to.equal(false);
    expect(saysCancelable('`{ from, to }`, cancelable: `preventDefault()` keeps the step')).to.equal(true);
    expect(saysCancelable('`{}`')).to.equal(false);
  });

  it('a README sentence reworded fails saying which sentence it looks for', () => {
    expect(() => between('Calls: `submit()`. Events bubble.', 'Methods: ', 'Events bubble')).to.throw('"Methods: "');
    expect(() => between('Methods: `submit()`. They bubble.', 'Methods: ', 'Events bubble')).to.throw('"Events bubble"');
    expect(between('Methods: `submit()`. Events bubble.', 'Methods: ', 'Events bubble')).to.equal('Methods: `submit()`. ');
  });
});

/** A module's relative imports (static, dynamic, type-only), each a `.js` (or, as served, `.ts`) path: lit and the others are not ours. */
const importsOf = (path: string, text: string) =>
  [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"?]+\.[jt]s)(?:\?[^'"]*)?['"]/gu)].map(([, specifier]) =>
    new URL(specifier!, `http://x${path}`).pathname.replace(/\.js$/u, '.ts'),
  );

/**
 * The source the element ships, as the test server serves it: every module `define.ts` reaches,
 * lazy ones included, by path, each with the modules it imports.
 */
async function shippedSource(): Promise<Map<string, { text: string; imports: string[] }>> {
  const sources = new Map<string, { text: string; imports: string[] }>();
  const pending = ['/src/define.ts'];
  while (pending.length) {
    const path = pending.pop()!;
    if (sources.has(path)) continue;
    // Imported as `x.js`, written as `x.ts`: the server maps the one to the other only for an import.
    let response = await fetch(path);
    if (!response.ok && path.endsWith('.ts')) response = await fetch(path.replace(/\.ts$/u, '.js'));
    expect(response.ok, `${path} is served`).to.equal(true);
    const text = await response.text();
    const imports = importsOf(path, text);
    sources.set(path, { text, imports });
    pending.push(...imports.filter((url) => !sources.has(url)));
  }
  return sources;
}

/** The part names a module renders; a `part=` bound to an expression (its names unknown here) fails the test, never passes unseen. */
function partsOf(path: string, text: string): string[] {
  const literal = [...text.matchAll(/\spart="([^"$]+)"/gu)].flatMap(([, names]) => names!.split(/\s+/u));
  expect(text.match(/\spart=/gu)?.length ?? 0, `${path}: every part= is written out`).to.equal(text.match(/\spart="[^"$]+"/gu)?.length ?? 0);
  return literal;
}

/** The names docs/accessibility.md's "Parts:" paragraph gives (`button`, and its extra names `continue`, …). */
async function documentedParts(): Promise<Set<string>> {
  const page = await (await fetch('/docs/accessibility.md')).text();
  const paragraph = between(page, '\nParts: ', '\n\n');
  return new Set(codeIn(paragraph).filter((name) => !name.startsWith('--')));
}

describe('docs: the parts and custom properties of docs/accessibility.md, against the source', () => {
  it('every part a module renders is documented, and every part documented is rendered', async () => {
    const sources = await shippedSource();
    expect(sources.size, 'modules read').to.be.greaterThan(40);
    const rendered = new Set([...sources].flatMap(([path, { text }]) => partsOf(path, text)));
    const documented = await documentedParts();
    expect(
      [...rendered].filter((name) => !documented.has(name)),
      'rendered, not documented',
    ).to.deep.equal([]);
    expect(
      [...documented].filter((name) => !rendered.has(name)),
      'documented, never rendered',
    ).to.deep.equal([]);
  });

  it('every part a step renders in its own shadow root is re-exported, so a page can style it', async () => {
    const sources = await shippedSource();
    const el = await wizardFixture();
    const exported = new Set(
      el
        .shadowRoot!.querySelector('[data-step]')!
        .getAttribute('exportparts')!
        .split(',')
        .map((name) => name.trim()),
    );
    // What the steps render: their modules and every module those import, wherever it sits (a template moved out of src/steps/ included).
    const inSteps = new Set<string>();
    const pending = [...sources.keys()].filter((path) => path.startsWith('/src/steps/'));
    expect(pending.length, 'step modules read').to.be.greaterThan(5);
    while (pending.length) {
      const path = pending.pop()!;
      if (!inSteps.has(path)) pending.push(...(sources.get(path)?.imports ?? []));
      inSteps.add(path);
    }
    const hidden = [...inSteps].flatMap((path) => partsOf(path, sources.get(path)?.text ?? '').flatMap((name) => (exported.has(name) ? [] : [`${name} (${path})`])));
    expect(hidden).to.deep.equal([]);
  });

  it('every custom property the styles read is documented, and every one documented is read', async () => {
    const sources = await shippedSource();
    const read = new Set<string>();
    for (const { text } of sources.values()) for (const [, name] of text.matchAll(/var\(\s*(--cw-[a-z0-9-]+)/gu)) read.add(name!);
    const page = await (await fetch('/docs/accessibility.md')).text();
    const documented = new Set(codeIn(between(page, '\nCustom properties: ', '\n\n')).filter((name) => name.startsWith('--cw-')));
    expect(read.size, 'custom properties read').to.be.greaterThan(20);
    expect(
      [...read].filter((name) => !documented.has(name)),
      'read, not documented',
    ).to.deep.equal([]);
    expect(
      [...documented].filter((name) => !read.has(name)),
      'documented, never read',
    ).to.deep.equal([]);
  });
});

describe('docs: the attributes and properties docs/contract.md lists, against the element', () => {
  it('each attribute it lists sets a property, each property only is set by none, and together they are every property', async () => {
    const contract = await (await fetch('/docs/contract.md')).text();
    const attributes = codeIn(between(contract, 'Attributes (reflected to properties): ', 'Properties only: ')).filter(
      (name) => !['live', 'test', 'default', 'memory', 'encrypted'].includes(name),
    );
    const propertiesOnly = codeIn(between(contract, 'Properties only: ', '| attribute / property |')) // `id` is a connector's field, in what `connector` is said to be.
      .filter((name) => /^[a-zA-Z]+$/u.test(name) && name !== 'id');
    const declared = [...ConnectorWizard.elementProperties].filter(([, options]) => !options.state).map(([property]) => String(property));
    const byAttribute = new Map(declared.map((property) => [declaredAttribute(property), property]));
    const wrong: string[] = [];
    const covered = new Set<string>();
    for (const attribute of attributes) {
      if (attribute === 'lang') continue;
      const property = byAttribute.get(attribute);
      if (property) covered.add(property);
      else wrong.push(`${attribute}: no such attribute`);
    }
    for (const property of propertiesOnly) {
      const attribute = declaredAttribute(property);
      if (attribute === false) covered.add(property);
      else wrong.push(`${property}: ${attribute === undefined ? 'no such property' : `set by the attribute ${attribute}`}`);
    }
    for (const property of declared) if (!covered.has(property)) wrong.push(`${property}: not listed`);
    expect(wrong).to.deep.equal([]);
    expect(attributes.length + propertiesOnly.length, 'names read').to.be.greaterThan(20);
  });
});

describe('docs: the problems docs/catalogue.md quotes for an invalid id, against the catalogue read', () => {
  it('each it quotes ends a problem the catalogue read says of such an id', async () => {
    const catalogue = await (await fetch('/docs/catalogue.md')).text();
    const row = catalogue.split('\n').find((line) => line.includes('an invalid `id` (of a system or an auth type) says'));
    expect(row, 'docs/catalogue.md has the row of an invalid id').to.be.a('string');
    const quoted = codeIn(row!.slice(row!.indexOf(' says '))).filter((span) => span.includes(' '));
    const said = ['shopify ', ' shopify', 'caf\u00E9', 'cafe\u0301', 'step1\uFE0F\u20E3'].flatMap((id) => {
      const system = goodSystem(1);
      system.id = id;
      const read = parseCatalogue({ version: 1, systems: [goodSystem(0), system] });
      return read.ok ? read.problems.map((p) => p.problem) : [];
    });
    expect(quoted.filter((span) => !said.some((problem) => problem.endsWith(span.replace(/^…/u, ''))))).to.deep.equal([]);
    expect(quoted, 'quotes read').to.have.length(4);
  });
});

describe('docs: what docs/oauth.md quotes of an unreadable same-tab return, against the words said', () => {
  it('the sentence it quotes is the one the wizard says, for the system it names', async () => {
    const oauth = await (await fetch('/docs/oauth.md')).text();
    const row = oauth.split('\n').find((line) => line.startsWith('| A same-tab return whose message cannot be read'));
    expect(row, 'docs/oauth.md has the row').to.be.a('string');
    const quoted = /"(The answer from signing in to (\w+) [^"]*)"/u.exec(row!);
    expect(quoted, 'the row quotes what is said').to.not.equal(null);
    expect(quoted![1]).to.equal(stepMessages.oauthUnreadable(quoted![2]!));
  });
});

describe('docs: the logins on one line docs/catalogue.md says a paste fills, pasted as it writes them', function () {
  this.timeout(60_000);

  it('each fills the user name and the password of a wizard in its language, labelled in it', async () => {
    const catalogue = await (await fetch('/docs/catalogue.md')).text();
    const said = /also on a login written on one line \(([^)]+)\)/u.exec(catalogue.replace(/\n\s*/gu, ' '));
    expect(said, 'docs/catalogue.md lists them').to.not.equal(null);
    const logins = [...said![1]!.matchAll(/`([^`]+)`/gu)].map(([, login]) => login!);
    const labels = { en: ['Username', 'Password'], fr: ['Identifiant', 'Mot de passe'], de: ['Benutzername', 'Passwort'] } as const;
    const fields = [
      { key: 'username', label: 'Username', type: 'text', normalize: 'trim', l10n: { fr: { label: 'Identifiant' }, de: { label: 'Benutzername' } } },
      { key: 'password', label: 'Password', type: 'secret', normalize: 'trim', l10n: { fr: { label: 'Mot de passe' }, de: { label: 'Passwort' } } },
    ];
    const filled: string[] = [];
    for (const login of logins) {
      const lang = (Object.keys(labels) as (keyof typeof labels)[]).find((l) => login.startsWith(labels[l][0]));
      expect(lang, `the language of ${login}`).to.be.a('string');
      const secret = `Tr0ub4dor${crypto.randomUUID().slice(0, 8)}`;
      const el = await wizardFixture({ catalogue: oneAuthType(fields) as never, system: 'acme' });
      el.setAttribute('lang', lang!);
      await advanceTo(el, 'credentials');
      await waitUntil(() => inStep(el, 'label[for="field-credentials-password"]')?.textContent?.includes(labels[lang!][1]), `the ${lang} labels`);
      await pasteInto(el, '#field-credentials-username', login.replace('…', secret));
      const value = (key: string) => inStep<HTMLInputElement>(el, `#field-credentials-${key}`)!.value;
      filled.push(`${login}: ${value('username')} ${value('password') === secret ? 'the password' : value('password')}`);
      el.remove();
    }
    expect(filled).to.deep.equal(logins.map((login) => `${login}: ops the password`));
  });
});
