/**
 * Issue 12, item 4: ids and keys are data (DESIGN.md, "Catalogue"). A catalogue whose system,
 * auth type and field ids are names Object.prototype already has (`constructor`, `__proto__`,
 * `toString`, `hasOwnProperty`, and a field called `name`), driven through the real element,
 * real IndexedDB and both secret-persistence modes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { openDB } from 'idb';
import type { ConnectorCreatedEvent } from '../events/connector-created-event.js';
import type { ConnectorPayload } from '../schemas/wizard-data.js';
import { button, choose, currentStepId, fillStep, inStep, pressContinue, settle, type, uniqueDatabase } from '../test/fixtures.js';
import type { ConnectorWizard } from './connector-wizard.js';

const PROTO_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty'] as const;

/** Every auth type of every system is named after something Object.prototype has. */
const catalogue = () => ({
  version: 1,
  systems: PROTO_NAMES.map((id) => ({
    id,
    name: `System ${id}`,
    defaultTimeZone: 'UTC',
    authTypes: [
      {
        id: 'constructor',
        label: 'Auth constructor',
        kind: 'custom',
        fields: [
          { key: 'name', label: 'Account name', type: 'text' },
          { key: 'constructor', label: 'Constructor', type: 'text' },
          { key: '__proto__', label: 'Proto', type: 'text' },
          { key: 'toString', label: 'To string', type: 'secret' },
          { key: 'hasOwnProperty', label: 'Has own property', type: 'secret' },
          { key: 'valueOf', label: 'Value of', type: 'boolean', required: false },
        ],
      },
      {
        id: '__proto__',
        label: 'Auth proto',
        kind: 'token',
        fields: [
          { key: '__proto__', label: 'Proto token', type: 'secret' },
          { key: 'toString', label: 'Plain to string', type: 'text' },
        ],
      },
      { id: 'toString', label: 'Auth toString', kind: 'none', fields: [] },
      { id: 'hasOwnProperty', label: 'Auth hasOwnProperty', kind: 'api-key', fields: [{ key: 'hasOwnProperty', label: 'Key', type: 'secret' }] },
    ],
  })),
});

/** What a stray `obj[id]` could reach: these objects and their own members, by identity. */
const GUARDED: [string, object][] = [
  ['Object', Object],
  ['Object.prototype', Object.prototype],
  ['Function.prototype', Function.prototype],
  ['Object.prototype.toString', Object.prototype.toString],
  ['Object.prototype.hasOwnProperty', Object.prototype.hasOwnProperty],
  ['Object.prototype.valueOf', Object.prototype.valueOf],
  ['Object.keys', Object.keys],
];

function snapshot() {
  return GUARDED.map(([label, target]) => ({
    label,
    target,
    prototype: Object.getPrototypeOf(target) as unknown,
    members: Object.getOwnPropertyNames(target).map((name) => {
      const d = Object.getOwnPropertyDescriptor(target, name)!;
      return [name, d.value ?? d.get] as const;
    }),
  }));
}

/** Everything the page had before is still there, the very same objects, and nothing was added. */
function expectUntouched(before: ReturnType<typeof snapshot>, keys: typeof Object.keys) {
  expect(Object.keys, 'Object.keys').to.equal(keys);
  expect(Object.getPrototypeOf({}), 'Object.prototype').to.equal(before[1]!.target);
  expect(Object.prototype.toString, 'Object.prototype.toString').to.equal(before[3]!.target);
  expect(Object.prototype.hasOwnProperty, 'hasOwnProperty').to.equal(before[4]!.target);
  expect(Object.prototype.constructor, 'Object.prototype.constructor').to.equal(Object);
  expect(String({}), 'String({})').to.equal('[object Object]');
  const after = snapshot();
  after.forEach((now, i) => {
    const then = before[i]!;
    expect(now.target, now.label).to.equal(then.target);
    expect(now.prototype, `${now.label}'s prototype`).to.equal(then.prototype);
    expect(
      now.members.map(([name]) => name),
      `${now.label}'s own members`,
    ).to.deep.equal(then.members.map(([name]) => name));
    now.members.forEach(([name, value], j) => expect(value, `${now.label}.${name}`).to.equal(then.members[j]![1]));
  });
}

interface Options {
  draftDatabase: string;
  encrypted?: boolean;
}

/** The wizard, with every error the page sees (thrown, rejected, or reported) collected. */
async function wizard({ draftDatabase, encrypted = false }: Options) {
  const created: ConnectorPayload[] = [];
  const errors: string[] = [];
  const el = await fixture<ConnectorWizard>(html`<connector-wizard
    .draftDatabase=${draftDatabase}
    .catalogue=${catalogue()}
    draft-id="ids-as-data"
    secret-persistence=${encrypted ? 'encrypted' : 'memory'}
    @connector-created=${(e: ConnectorCreatedEvent) => created.push(e.detail.connector as ConnectorPayload)}
    @connector-wizard-error=${(e: CustomEvent<{ kind: string; message: string }>) => errors.push(`${e.detail.kind}: ${e.detail.message}`)}
  ></connector-wizard>`);
  await settle(el);
  return { el, created, errors };
}

/** Uncaught errors and rejections anywhere on the page while a test runs. */
function watchPageErrors() {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(String(e.error ?? e.message));
  const onRejection = (e: PromiseRejectionEvent) => seen.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

const field = (el: ConnectorWizard, key: string) => inStep<HTMLInputElement>(el, `#field-credentials-${key}`)!;

/** No control shows an inherited member ("Object", "function toString() { [native code] }"). */
function expectNothingPrefilled(el: ConnectorWizard, keys: readonly string[]) {
  for (const key of keys) {
    const control = field(el, key);
    expect(control, `#field-credentials-${key}`).to.exist;
    if (control.type === 'checkbox') expect(control.checked, key).to.equal(false);
    else expect(control.value, key).to.equal('');
  }
  expect(stepText(el)).to.not.match(/native code|function |\[object /u);
}

const stepText = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[data-step]')!.shadowRoot!.textContent ?? '';

async function chooseAuthType(el: ConnectorWizard, id: string) {
  await choose(el, `#auth-${id}`);
  await pressContinue(el);
  expect(currentStepId(el)).to.equal('credentials');
}

const CONSTRUCTOR_VALUES = {
  name: 'Ada',
  constructor: 'built-by-hand',
  // Computed: a literal `__proto__:` would set the prototype instead of a property.
  ['__proto__']: 'not-a-prototype',
  toString: 'secret-to-string',
  hasOwnProperty: 'secret-has-own',
};

/** Fills auth type `constructor`'s fields (two of them secrets) as a person would. */
async function fillConstructorAuth(el: ConnectorWizard) {
  for (const [key, value] of Object.entries(CONSTRUCTOR_VALUES)) await type(el, `#field-credentials-${key}`, value);
  await choose(el, '#field-credentials-valueOf');
}

function expectConstructorValues(el: ConnectorWizard, { secrets }: { secrets: boolean }) {
  for (const [key, value] of Object.entries(CONSTRUCTOR_VALUES)) {
    const secret = key === 'toString' || key === 'hasOwnProperty';
    expect(field(el, key).value, key).to.equal(secret && !secrets ? '' : value);
  }
  expect(field(el, 'valueOf').checked, 'valueOf').to.equal(true);
}

/** `value[k1][k2]...`, following own properties only. */
function at(value: unknown, ...keys: string[]): unknown {
  for (const key of keys) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

async function readDraft(database: string): Promise<Record<string, any> | undefined> {
  const db = await openDB(database);
  try {
    return db.objectStoreNames.contains('drafts') ? await db.get('drafts', 'ids-as-data') : undefined;
  } finally {
    db.close();
  }
}

/** System `constructor`, General and Time zone done: on Authentication type. */
async function toAuthStep(el: ConnectorWizard, system = 'constructor') {
  await choose(el, `#system-${system}`);
  await pressContinue(el);
  await fillStep.general(el);
  await pressContinue(el);
  await pressContinue(el);
  expect(currentStepId(el)).to.equal('auth');
}

/** The expected payload credentials: exactly these own properties, on an ordinary object. */
function expectCredentials(credentials: Record<string, unknown>, expected: [string, unknown][]) {
  expect(Object.getPrototypeOf(credentials), 'an ordinary object').to.equal(Object.prototype);
  expect(Object.keys(credentials).sort()).to.deep.equal(expected.map(([k]) => k).sort());
  for (const [key, value] of expected) {
    expect(Object.hasOwn(credentials, key), `own ${key}`).to.equal(true);
    expect(Object.getOwnPropertyDescriptor(credentials, key)!.value, key).to.equal(value);
  }
  // A host that serialises it sends every key, `__proto__` included.
  expect(Object.keys(JSON.parse(JSON.stringify(credentials)) as object)).to.have.length(expected.length);
}

for (const encrypted of [false, true]) {
  const mode = encrypted ? 'secret-persistence="encrypted"' : 'secrets in memory';

  describe(`ids as data (${mode})`, () => {
    let before: ReturnType<typeof snapshot>;
    let keys: typeof Object.keys;
    let page: ReturnType<typeof watchPageErrors>;

    beforeEach(() => {
      before = snapshot();
      keys = Object.keys;
      page = watchPageErrors();
    });

    afterEach(() => {
      page.stop();
      expect(page.seen, 'uncaught errors on the page').to.deep.equal([]);
      expectUntouched(before, keys);
    });

    it('takes auth type `constructor`, keeps its values across a switch of auth type and back, and leaves the page alone', async () => {
      const { el, errors } = await wizard({ draftDatabase: uniqueDatabase(), encrypted });
      await toAuthStep(el);
      await chooseAuthType(el, 'constructor');
      expectNothingPrefilled(el, ['name', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']);
      await fillConstructorAuth(el);
      expectConstructorValues(el, { secrets: true });

      await el.back();
      await settle(el);
      await chooseAuthType(el, '__proto__');
      // Nothing from the other auth type, and nothing inherited, shows up here.
      expectNothingPrefilled(el, ['__proto__', 'toString']);
      await type(el, '#field-credentials-__proto__', 'proto-token');
      await type(el, '#field-credentials-toString', 'plain-text');

      await el.back();
      await settle(el);
      await chooseAuthType(el, 'constructor');
      expectConstructorValues(el, { secrets: true });
      await el.back();
      await settle(el);
      await chooseAuthType(el, '__proto__');
      expect(field(el, '__proto__').value).to.equal('proto-token');
      expect(field(el, 'toString').value).to.equal('plain-text');
      expect(errors).to.deep.equal([]);
    });

    it('restores the values of auth type `constructor` after a reload of the draft (real IndexedDB)', async () => {
      const draftDatabase = uniqueDatabase();
      const first = await wizard({ draftDatabase, encrypted });
      await toAuthStep(first.el);
      await chooseAuthType(first.el, 'constructor');
      await fillConstructorAuth(first.el);
      await first.el.back();
      await settle(first.el);
      await chooseAuthType(first.el, '__proto__');
      await type(first.el, '#field-credentials-toString', 'plain-text');
      await type(first.el, '#field-credentials-__proto__', 'proto-token');
      await first.el.back();
      await settle(first.el);
      await chooseAuthType(first.el, 'constructor');
      await waitUntil(
        async () => {
          const draft = await readDraft(draftDatabase);
          return (
            at(draft, 'data', 'credentials', '__proto__', 'toString') === 'plain-text' &&
            at(draft, 'data', 'credentials', 'constructor', '__proto__') === 'not-a-prototype' &&
            (!encrypted || at(draft, 'secrets', 'values', '__proto__', '__proto__') !== undefined)
          );
        },
        'the draft holds both auth types',
        { timeout: 5000 },
      );
      first.el.remove();

      // What is stored: own keys, never a prototype, and no secret in plain text.
      const stored = (await readDraft(draftDatabase))!;
      const plain = at(stored, 'data', 'credentials', 'constructor') as Record<string, unknown>;
      expect(Object.keys(plain)).to.deep.equal(['name', 'constructor', '__proto__', 'valueOf']);
      expect(['name', 'constructor', '__proto__', 'valueOf'].map((key) => at(plain, key))).to.deep.equal(['Ada', 'built-by-hand', 'not-a-prototype', true]);
      expect(at(stored, 'data', 'credentials', '__proto__', 'toString')).to.equal('plain-text');
      expect(JSON.stringify(stored.data)).to.not.match(/secret-|proto-token/u);
      expect(at(stored, 'data', 'secretsEntered', 'constructor')).to.have.members(['toString', 'hasOwnProperty']);
      if (encrypted) {
        expect(Object.keys(at(stored, 'secrets', 'values', 'constructor') as object).sort()).to.deep.equal(['hasOwnProperty', 'toString']);
        expect(at(stored, 'secrets', 'values', 'constructor', 'toString', 'iv')).to.be.instanceOf(Uint8Array);
      }

      const second = await wizard({ draftDatabase, encrypted });
      expect(currentStepId(second.el)).to.equal('credentials');
      expectConstructorValues(second.el, { secrets: encrypted });
      if (!encrypted) {
        expect(inStep(second.el, '[data-field="toString"] [data-testid="reenter"]'), 'toString must be entered again').to.exist;
        expect(inStep(second.el, '[data-field="hasOwnProperty"] [data-testid="reenter"]'), 'hasOwnProperty must be entered again').to.exist;
        expect(inStep(second.el, '[data-field="name"] [data-testid="reenter"]'), 'a plain field is not a secret').to.not.exist;
      }
      await second.el.back();
      await settle(second.el);
      await chooseAuthType(second.el, '__proto__');
      expect(field(second.el, 'toString').value).to.equal('plain-text');
      expect(field(second.el, '__proto__').value, 'the `__proto__` secret').to.equal(encrypted ? 'proto-token' : '');
      expect(second.errors).to.deep.equal([]);
    });

    it('emits connector-created whose credentials are exactly the typed values, as own properties', async () => {
      const draftDatabase = uniqueDatabase();
      const { el, created, errors } = await wizard({ draftDatabase, encrypted });
      await toAuthStep(el);
      await chooseAuthType(el, 'constructor');
      await fillConstructorAuth(el);
      await pressContinue(el);
      expect(currentStepId(el)).to.equal('review');
      const review = stepText(el);
      expect(review).to.contain('Ada');
      expect(review).to.not.match(/native code|function |\[object /u);
      button(el, 'create').click();
      await waitUntil(() => created.length === 1, 'connector-created', { timeout: 5000 });
      await settle(el);
      const [connector] = created;
      expect(connector!.system).to.equal('constructor');
      expect(connector!.authType).to.equal('constructor');
      expectCredentials(connector!.credentials, [...Object.entries(CONSTRUCTOR_VALUES), ['valueOf', true]]);
      expect(errors).to.deep.equal([]);
      await waitUntil(async () => (await readDraft(draftDatabase))?.deleted === true, 'draft deleted after create', { timeout: 5000 });
    });

    it('opens a connector to edit with its non-secret values under keys such as `__proto__` and `name`', async () => {
      const { el, errors } = await wizard({ draftDatabase: uniqueDatabase(), encrypted });
      el.connector = {
        id: 'c1',
        name: 'Existing',
        system: 'constructor',
        environment: 'live',
        timeZone: 'UTC',
        dateFormat: 'yyyy-MM-dd',
        authType: 'constructor',
        // As a host's JSON has them: own properties, `__proto__` included; secrets never come in.
        credentials: JSON.parse('{"name":"Ada","__proto__":"not-a-prototype","toString":"ignored-secret"}') as Record<string, unknown>,
      };
      await settle(el);
      expect(currentStepId(el)).to.equal('general');
      await el.goTo('credentials');
      await settle(el);
      expect(field(el, 'name').value).to.equal('Ada');
      expect(field(el, '__proto__').value).to.equal('not-a-prototype');
      expect(field(el, 'constructor').value, 'nothing inherited').to.equal('');
      expect(field(el, 'toString').value, 'secrets never come in').to.equal('');
      expect(errors).to.deep.equal([]);
    });

    it('works with system `__proto__` and auth type `__proto__`, a secret keyed `__proto__` included', async () => {
      const draftDatabase = uniqueDatabase();
      const first = await wizard({ draftDatabase, encrypted });
      await toAuthStep(first.el, '__proto__');
      await chooseAuthType(first.el, '__proto__');
      expectNothingPrefilled(first.el, ['__proto__', 'toString']);
      await type(first.el, '#field-credentials-__proto__', 'proto-token');
      await type(first.el, '#field-credentials-toString', 'plain-text');
      await waitUntil(
        async () => {
          const draft = await readDraft(draftDatabase);
          return (
            at(draft, 'data', 'system') === '__proto__' &&
            at(draft, 'data', 'credentials', '__proto__', 'toString') === 'plain-text' &&
            (!encrypted || at(draft, 'secrets', 'values', '__proto__', '__proto__') !== undefined)
          );
        },
        'the draft saved',
        { timeout: 5000 },
      );
      first.el.remove();

      const { el, created, errors } = await wizard({ draftDatabase, encrypted });
      expect(currentStepId(el)).to.equal('credentials');
      expect(field(el, 'toString').value).to.equal('plain-text');
      if (!encrypted) {
        expect(field(el, '__proto__').value).to.equal('');
        expect(inStep(el, '[data-field="__proto__"] [data-testid="reenter"]'), 'the `__proto__` secret must be entered again').to.exist;
        await type(el, '#field-credentials-__proto__', 'proto-token');
      }
      expect(field(el, '__proto__').value).to.equal('proto-token');
      await pressContinue(el);
      expect(currentStepId(el)).to.equal('review');
      await el.submit();
      await settle(el);
      expect(created).to.have.length(1);
      expect(created[0]!.system).to.equal('__proto__');
      expectCredentials(created[0]!.credentials, [
        ['__proto__', 'proto-token'],
        ['toString', 'plain-text'],
      ]);
      expect(errors).to.deep.equal([]);
    });
  });
}
