/** Values derived from the wizard's state: computed when asked, never stored. */
import { isSecretField, type Catalogue, type CredentialField, type SystemDefinition } from '../../catalogue/catalogue-schema.js';
import { authTypeOf, systemOf } from '../../schemas/lookup.js';
import { own } from '../../schemas/id-record.js';
import { STEP_IDS, submissionAt, type CredentialValue, type ExistingConnector, type Feedback, type StepId, type WizardData } from '../../schemas/wizard-data.js';
import { idText } from '../clean.js';
import type { WizardState } from './wizard-state.js';
import { marking } from '../../messages/marking.js';
import type { Messages } from '../../messages/messages.js';

/** The catalogue's system, its way to sign in and that way's fields, by id (schemas/lookup.ts). */
export { authTypeOf, fieldsOf, systemOf } from '../../schemas/lookup.js';

export const currentSystem = (s: WizardState, catalogue: Catalogue | undefined): SystemDefinition | undefined => systemOf(catalogue, s.data.system);

export const currentAuthType = (s: WizardState, system: SystemDefinition | undefined) => authTypeOf(system, s.data.authType);

/** A credential as it stands: a secret from memory, anything else from the answers. */
export const credentialValue = (s: Pick<WizardState, 'secrets' | 'data'>, authTypeId: string, field: CredentialField): CredentialValue | undefined =>
  own(own(isSecretField(field) ? s.secrets : s.data.credentials, authTypeId), field.key);

/**
 * The steps walked through: System is skipped when the host preset `system`, or when editing. A
 * new list each time: `el.steps` gives it to the host, whose sort or reverse in place must never
 * reorder the steps of every wizard on the page.
 */
export const stepsOf = (s: Pick<WizardState, 'editing'>, presetSystem: string | undefined): StepId[] =>
  STEP_IDS.filter((id) => id !== 'system' || !(presetSystem || s.editing));

/**
 * The answers as the endpoint the element has reads them: with the record of the creates sent there (their key, the slots they may
 * have filled), never another endpoint's, which the draft keeps for a switch back. The same object while nothing is left out.
 */
export function dataHere(s: Pick<WizardState, 'data' | 'endpoint'>): WizardData {
  const here = submissionAt(s.data.submission, s.endpoint);
  if (here === s.data.submission) return s.data;
  const { submission: _elsewhere, ...data } = s.data;
  return here ? { ...data, submission: here } : data;
}

/** Editing with the auth type unchanged: empty credentials keep the current ones. */
export const keepsCredentials = (s: WizardState): boolean => Boolean(s.editing && s.data.authType === s.editing.authType);

/**
 * Connectors other than the one being edited: an edit never collides with itself. A host's list
 * may leave ids out; such an entry in the edited connector's own slot (one live and one testing
 * per system and group) can only be that connector. Ids, groups included, are compared as text: `42` is `"42"`.
 */
export function existingOthers(s: WizardState, existing: readonly ExistingConnector[]): readonly ExistingConnector[] {
  const edited = s.editing;
  if (!edited) return existing;
  const itself = (c: ExistingConnector) =>
    c.id === undefined
      ? c.system === edited.system && (c.group ?? undefined) === (idText(edited.group) || undefined) && c.environment === edited.environment
      : String(c.id) === String(edited.id);
  return existing.filter((c) => !itself(c));
}

/** Anything worth a draft: a system picked by the person, a name, a credential. */
export const hasAnswers = (s: WizardState, presetSystem: string | undefined): boolean =>
  Boolean((s.data.system && !presetSystem) || s.data.name.trim() || Object.keys(s.data.credentials).length);

/** A step's problems, or `undefined` when it cannot be checked yet (its code is not loaded). */
export type StepCheck = (step: StepId) => Feedback | undefined;

/**
 * The first of `steps` that is not complete. `ignoreDroppedSecrets`: secrets a reload dropped do
 * not count (the field and Review say to enter them again).
 */
export function firstInvalid(s: WizardState, steps: readonly StepId[], check: StepCheck, ignoreDroppedSecrets = false): { step: StepId; feedback: Feedback } | undefined {
  const authType = s.data.authType ?? '';
  const dropped = new Set(
    ignoreDroppedSecrets ? (own(s.data.secretsEntered, authType) ?? []).filter((k) => !own(own(s.secrets, authType), k)).map((k) => `/credentials/${k}`) : [],
  );
  for (const step of steps) {
    const feedback = check(step);
    if (!feedback) return { step, feedback: {} };
    if (Object.keys(feedback).some((pointer) => !dropped.has(pointer))) return { step, feedback };
  }
  return undefined;
}

/** Steps the navigation offers as links: every earlier one, and later ones already reached and complete. */
export function reachableSteps(s: WizardState, steps: readonly StepId[], check: StepCheck): ReadonlySet<StepId> {
  const index = steps.indexOf(s.step);
  return new Set(steps.filter((_, i) => i < index || (i > index && i <= s.furthest && !firstInvalid(s, steps.slice(0, i), check))));
}

/** `check`, asking each step once: a render's navigation (reachable and completed steps) asks the same steps again and again. */
export function checkedOnce(check: StepCheck): StepCheck {
  const seen = new Map<StepId, Feedback | undefined>();
  return (step) => {
    if (!seen.has(step)) seen.set(step, check(step));
    return seen.get(step);
  };
}

/**
 * Of `steps`, those whose answers are complete (checked, with no problem): the step navigation says "(completed)" of these alone;
 * never of Review, which has no answers of its own. It says so only on its links: given the reachable steps alone, a render checks
 * no step it does not link (on the first step, none; each check is a zod parse).
 */
export function completedSteps(s: WizardState, steps: Iterable<StepId>, check: StepCheck): ReadonlySet<StepId> {
  return new Set([...steps].filter((step) => step !== 'review' && !firstInvalid(s, [step], check)));
}

/** Steps with a server's error waiting on them (see `serverLater`; a test's refusal on Credentials' fields, shown there again on return): the step navigation says so, and Create goes to the first. */
export function stepsWithProblems(s: WizardState): ReadonlySet<StepId> {
  const steps = new Set(Object.keys(s.serverLater ?? {}) as StepId[]);
  if (s.step !== 'credentials' && Object.keys(s.connectionTest?.errors ?? {}).length) steps.add('credentials');
  return steps;
}

/** What the polite live region says, in the words of `msg`, for markedNames: a server's words it quotes between the THEIRS marks (see quoting.ts). */
export const announcement = (s: WizardState, msg: Messages): string => (typeof s.announcement === 'string' ? s.announcement : marking(s.announcement, msg));
