/**
 * The `secret-elsewhere` notice: a value shown in clear here (its field plain in this catalogue)
 * that another tab, whose catalogue marks the field secret, took out of the shared draft.
 */
import { isSecretField, type Catalogue, type CredentialField, type SystemDefinition } from '../../catalogue/catalogue-schema.js';
import { own } from '../../schemas/id-record.js';
import type { Pointer, WizardData } from '../../schemas/wizard-data.js';
import { fieldsOf, systemOf } from './selectors.js';
import type { DraftNotice, SecretField, WizardState } from './wizard-state.js';

/** The fields plain here that the answers name among the secrets entered (only a catalogue that marks them secret does). */
function namedSecret(data: WizardData, catalogue: Catalogue | undefined): SecretField[] {
  const system = systemOf(catalogue, data.system);
  return (system?.authTypes ?? []).flatMap((a) =>
    (own(data.secretsEntered, a.id) ?? []).filter((key) => a.fields.some((f) => f.key === key && !isSecretField(f))).map((key) => ({ authType: a.id, key })),
  );
}

const filled = (data: WizardData, authType: string, key: string) => ![undefined, ''].includes(own(own(data.credentials, authType), key) as string);

/**
 * The values shown before (`shown`) that the answers followed (`now`: as they stand once restored, a value the draft holds sealed
 * back among them) no longer have, their fields named among the secrets entered: they left the draft, and are said to have (by field).
 */
export const securedElsewhere = (shown: WizardData, now: WizardData, catalogue: Catalogue | undefined): SecretField[] =>
  namedSecret(now, catalogue).filter(({ authType, key }) => filled(shown, authType, key) && !filled(now, authType, key));

/** Following another tab again (`was`: the notice before): a value said to have left the draft is still said (its field named) while its field stays empty here. */
export function stillElsewhere(s: WizardState, was: DraftNotice | undefined, catalogue: Catalogue | undefined): WizardState {
  const empty = namedSecret(s.data, catalogue).filter(({ authType, key }) => !filled(s.data, authType, key));
  return was !== 'secret-elsewhere' || s.draftNotice || !empty.length ? s : { ...s, draftNotice: was, secretElsewhere: empty };
}

/**
 * The labels of `fields` on the way to sign in chosen (`authType`: the person is not asked for another's now: it is said once they
 * choose it), as `system` (in the language in use) names them (the words isolate each from the sentence).
 */
export const fieldLabels = (fields: readonly SecretField[], authType: string | undefined, system: SystemDefinition | undefined): string[] =>
  fieldsNamed(fields, authType, system).map((f) => f.label);

/** The fields whose labels fieldLabels gives, for the `lang` each label is shown in (textLang). */
const fieldsNamed = (fields: readonly SecretField[], authType: string | undefined, system: SystemDefinition | undefined): CredentialField[] =>
  fields.flatMap(({ authType: a, key }) => (a === authType ? fieldsOf(system, a).filter((f) => f.key === key) : []));

/** Values that left the draft (`fields`) that only other ways to sign in than the one chosen had (`named`: the fields of the one chosen that had them, see fieldLabels): their notice waits until the person chooses one that had them. */
export const elsewhereHidden = (fields: readonly SecretField[], named: readonly unknown[]): boolean => fields.length > 0 && !named.length;

/** The fields the shown notice says left the draft (see fieldLabels). */
export const elsewhereFields = (s: WizardState, system: SystemDefinition | undefined): CredentialField[] =>
  fieldsNamed(s.draftNotice === 'secret-elsewhere' ? (s.secretElsewhere ?? []) : [], s.data.authType, system);

/** The draft notice shown: one that values left the draft waits while it is hidden (see elsewhereHidden; `named`: the fields named). */
export const shownNotice = (s: WizardState, named: readonly unknown[]): DraftNotice | undefined =>
  s.draftNotice === 'secret-elsewhere' && elsewhereHidden(s.secretElsewhere ?? [], named) ? undefined : s.draftNotice;

/** The person typed in fields whose values were said to have left the draft: those filled again are no longer named; the notice has done its work once none is left (the fields it names are its record). */
export function typedElsewhere(s: WizardState, pointers: readonly Pointer[]): WizardState {
  if (s.draftNotice !== 'secret-elsewhere' || !s.secretElsewhere) return s;
  const typed = ({ authType, key }: SecretField) => authType === s.data.authType && pointers.includes(`/credentials/${key}`) && filled(s.data, authType, key);
  const left = s.secretElsewhere.filter((f) => !typed(f));
  if (left.length === s.secretElsewhere.length) return s;
  return left.length ? { ...s, secretElsewhere: left } : { ...s, draftNotice: undefined, secretElsewhere: undefined };
}
