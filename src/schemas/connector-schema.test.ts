/** The payload's rules where they are shared by the steps, an edit and the reference server. */
import { expect } from '@open-wc/testing';
import { parseCatalogue } from '../catalogue/parse-catalogue.js';
import { sampleCatalogue } from '../test/fixtures.js';
import { en } from '../messages/english.js';
import type { Messages } from '../messages/messages.js';
import { keptCredentials, validateStep, type StepValidationInput } from './connector-schema.js';
import { idRecord } from './id-record.js';
import { emptyWizardData, type ExistingConnector, type Group, type WizardData } from './wizard-data.js';

/** A system with two auth types, one with a secret; `built` counts the messages a schema asks for when it is built (never when it checks). */
function keystrokes() {
  const parsed = parseCatalogue({
    version: 1,
    systems: [
      {
        id: 'acme',
        name: 'Acme',
        authTypes: [
          {
            id: 'key',
            label: 'Key',
            kind: 'api-key',
            fields: [
              { key: 'code', label: 'Code', type: 'text', pattern: '^(a+)+$' },
              { key: 'secret', label: 'Secret', type: 'secret' },
            ],
          },
          { id: 'token', label: 'Token', kind: 'token', fields: [{ key: 'token', label: 'Token', type: 'secret' }] },
        ],
      },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const { catalogue } = parsed;
  const built = { fieldRequired: 0, nameTooLong: 0, authRequired: 0 };
  const counting = (base: Messages): Messages => ({
    ...base,
    fieldRequired: (label) => (built.fieldRequired++, base.fieldRequired(label)),
    nameTooLong: (max) => (built.nameTooLong++, base.nameTooLong(max)),
    authRequired: (system) => (built.authRequired++, base.authRequired(system)),
  });
  const msg = counting(en);
  const data: WizardData = { ...emptyWizardData(), system: 'acme', name: 'Acme', environment: 'live', authType: 'key' };
  // As the wizard gives them: the same lists until they change.
  const none: ExistingConnector[] = [];
  const groups: Group[] = [];
  const input = (over: Partial<StepValidationInput> = {}, existing = none): StepValidationInput => ({
    ctx: { catalogue, system: catalogue.systems[0], groups, existingConnectors: existing },
    msg,
    data,
    secrets: idRecord([['key', idRecord([['secret', 's3cret']])]]),
    oauthSetup: 'missing',
    ...over,
  });
  const typed = (code: string) => ({ ...data, credentials: idRecord([['key', idRecord([['code', code]])]]) });
  return { built, counting, msg, data, input, typed };
}

describe('connector schema', () => {
  it('white space alone in a secret kept byte for byte (normalize none) is no value: an edit keeps the current one', async () => {
    const result = parseCatalogue(await sampleCatalogue());
    if (!result.ok) throw new Error('the sample catalogue reads');
    const { catalogue } = result;
    const system = catalogue.systems.find((s) => s.id === 'adobe-commerce')!;
    const data = { ...emptyWizardData(), system: 'adobe-commerce', authType: 'admin-credentials' };
    const kept = (password: string) =>
      keptCredentials({
        ctx: { catalogue, system, groups: [], existingConnectors: [] },
        data,
        secrets: idRecord([['admin-credentials', { password }]]),
        keepCredentials: true,
      }).map((field) => field.key);
    expect(kept('   '), 'spaces alone: kept, never sent').to.include('password');
    expect(kept('\u200B'), 'an invisible character alone: kept').to.include('password');
    expect(kept(' pass '), 'a real value with spaces: sent as typed').to.not.include('password');
  });

  it('a keystroke checks with the schemas built before: each is built once for the same catalogue, messages and answers around it', () => {
    const { built, input, typed } = keystrokes();
    for (const code of ['a', 'aa', 'aa!', 'aaa']) {
      for (const step of ['general', 'timezone', 'auth', 'credentials'] as const) validateStep(step, input({ data: typed(code) }));
    }
    expect(built, 'one build of General, Authentication type and Credentials (two fields)').to.deep.equal({ fieldRequired: 2, nameTooLong: 1, authRequired: 1 });
    expect(validateStep('credentials', input({ data: typed('aa!') }))).to.have.key('/credentials/code');
    expect(validateStep('credentials', input({ data: typed('aaa') }))).to.deep.equal({});
    expect(validateStep('general', input({ data: { ...typed('aaa'), name: '' } }))).to.have.key('/name');
  });

  it('the general step schema is built again for another language: the system name it gives is marked as that language marks it', () => {
    const { input } = keystrokes();
    const both: ExistingConnector[] = (['live', 'test'] as const).map((environment) => ({ id: environment, name: environment, system: 'acme', environment }));
    const english = input({}, both);
    const said = (over: StepValidationInput) => Object.values(validateStep('general', over)).join(' ');
    expect(said(english)).to.contain('Acme');
    expect(said(english)).to.not.contain('\u2068Acme\u2069');
    expect(said({ ...english, ctx: { ...english.ctx, locale: 'de' } }), 'the same messages, in German').to.contain('\u2068Acme\u2069');
    expect(said({ ...english, ctx: { ...english.ctx, locale: 'en' } }), 'and in English again').to.not.contain('\u2068Acme\u2069');
  });

  it('a step schema is built again when anything it reads is another: connectors, messages, auth type, a secret lost, an edit keeping values', () => {
    const { counting, msg, data, input } = keystrokes();
    expect(validateStep('general', input())).to.deep.equal({});
    const taken: ExistingConnector = { id: 'c1', name: 'Live one', system: 'acme', environment: 'live' };
    expect(validateStep('general', input({}, [taken])), 'a live connector listed since').to.have.key('/environment');
    expect(validateStep('general', input({}, [])), 'and gone again').to.deep.equal({});
    const french = counting({ ...en, fieldRequired: (label) => `Saisissez ${label}` });
    expect(validateStep('credentials', input()), 'the code left empty').to.deep.equal({ '/credentials/code': msg.fieldRequired('Code') });
    expect(validateStep('credentials', input({ msg: french }))).to.deep.equal({ '/credentials/code': 'Saisissez Code' });
    expect(validateStep('credentials', input({ data: { ...data, authType: 'token' } })), 'another auth type').to.have.key('/credentials/token');
    const lost = { ...data, credentials: idRecord([['key', idRecord([['code', 'a']])]]), secretsEntered: idRecord([['key', ['secret']]]) };
    expect(validateStep('credentials', input({ data: lost, secrets: idRecord() })), 'a secret a reload dropped').to.have.key('/credentials/secret');
    expect(validateStep('credentials', input({ data: lost, secrets: idRecord(), keepCredentials: true })), 'an edit keeps what is left empty').to.have.key(
      '/credentials/secret',
    );
    expect(validateStep('credentials', input({ keepCredentials: true })), 'an edit keeps the empty code').to.deep.equal({});
    expect(validateStep('credentials', input()), 'a new connector again').to.have.key('/credentials/code');
  });
});
