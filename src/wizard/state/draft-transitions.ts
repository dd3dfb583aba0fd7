/**
 * A stored draft comes back: shown (restoreDraft, on clearSession, the one reset rule in
 * transitions.ts), landed on its step, its secrets put back after a removal; and whether its
 * answers hold in clear a value the catalogue now marks secret. Pure, like transitions.ts.
 */
import { isSecretField, type Catalogue } from '../../catalogue/catalogue-schema.js';
import { idRecord, own } from '../../schemas/id-record.js';
import { keptUnsure, type SecretValues, type StepId, type WizardData } from '../../schemas/wizard-data.js';
import type { DraftRecord } from '../../storage/draft-store.js';
import { systemOf } from './selectors.js';
import { clearSession } from './transitions.js';
import type { Said, WizardState } from './wizard-state.js';

/** A stored draft's answers hold, in clear, a value of a field the catalogue now marks secret (saved while it did not): among them, or in an edit's base. */
export function heldInClear(data: WizardData, catalogue: Catalogue | undefined): boolean {
  const system = systemOf(catalogue, data.system);
  const inClear = (credentials: WizardData['credentials'] | undefined) =>
    system?.authTypes.some((a) => a.fields.some((f) => isSecretField(f) && ![undefined, ''].includes(own(own(credentials, a.id), f.key) as string))) ?? false;
  return inClear(data.credentials) || inClear(data.editBase?.credentials);
}

/** Secrets read back from the draft (an element put back after a removal), never over ones in memory. */
export const secretsBack = (s: WizardState, stored: SecretValues): WizardState => ({
  ...s,
  secrets: idRecord([
    ...Object.entries(stored).map(([authType, fields]) => [authType, { ...fields, ...own(s.secrets, authType) }] as const),
    ...Object.entries(s.secrets).filter(([authType]) => !own(stored, authType)),
  ]),
  // Those taken from the draft came from it; those in memory keep what they were.
  secretsFromDraft: idRecord([
    ...Object.entries(s.secretsFromDraft ?? {}).filter(([authType]) => !own(stored, authType)),
    ...Object.entries(stored).map(([authType, fields]) => {
      const inMemory = own(s.secrets, authType) ?? {};
      const taken = Object.keys(fields).filter((key) => own(inMemory, key) === undefined);
      return [authType, [...new Set([...(own(s.secretsFromDraft, authType) ?? []), ...taken])]] as const;
    }),
  ]),
});

/** The secrets in memory this tab has of its own (typed here, or only ever held here), not given by a sealed draft. */
const ownSecrets = (s: WizardState): SecretValues =>
  idRecord(
    Object.entries(s.secrets).map(([authType, fields]) => {
      const fromDraft = own(s.secretsFromDraft, authType) ?? [];
      return [authType, idRecord(Object.entries(fields).filter(([key]) => !fromDraft.includes(key)))] as const;
    }),
  );

/**
 * A stored draft to show. `keepTyped` (another version of the draft on screen): secrets typed
 * here stay, each under the stored one of its field, while the system is the same; secrets a
 * sealed draft gave (and not typed since) are that version's to decide: one cleared there goes.
 * `announcement`: what to say, if anything.
 */
export function restoreDraft(
  s: WizardState,
  record: DraftRecord,
  secrets: SecretValues,
  keepTyped: boolean,
  presetSystem: string | undefined,
  announcement: Said | undefined,
): WizardState {
  // An edit's draft keeps its connector's system, whatever the page presets.
  const stored = presetSystem && record.data.editing == null ? { ...record.data, system: presetSystem } : record.data;
  // Another tab's version (followed, or chosen in a conflict) never forgets a create of this tab's that got no answer.
  const data = (keepTyped && keptUnsure(stored, { data: s.data })) || stored;
  const typed = keepTyped && data.system === s.data.system ? ownSecrets(s) : idRecord<SecretValues[string]>();
  const authTypes = new Set([...Object.keys(typed), ...Object.keys(secrets)]);
  return {
    ...clearSession(s),
    // The same edit's draft at another endpoint (a switch of `endpoint`): the keys of its saves, per endpoint, stay in memory (see editKeys).
    ...(data.editing != null && data.editing === s.data.editing ? { editKeys: s.editKeys } : {}),
    data,
    secrets: idRecord([...authTypes].map((id) => [id, idRecord([...Object.entries(own(typed, id) ?? {}), ...Object.entries(own(secrets, id) ?? {})])] as const)),
    secretsFromDraft: idRecord(Object.entries(secrets).map(([id, fields]) => [id, Object.keys(fields)] as const)),
    restoredStep: record.step,
    secretsSealed: Boolean(record.secrets),
    ...(announcement ? { announcement } : {}),
  };
}

/**
 * Lands on a restored draft's step unless an earlier step is no longer complete (`firstInvalid`
 * ignores secrets a reload dropped: the field says to enter them again). `keepStep`: the host
 * prevented the move (following another tab): the step stays, and the draft's steps count as reached.
 */
export function settleRestoredStep(s: WizardState, steps: readonly StepId[], firstInvalid: (steps: readonly StepId[]) => StepId | undefined, keepStep = false): WizardState {
  const saved = s.restoredStep;
  if (!saved) return s;
  const target = steps.includes(saved) ? saved : steps[0]!;
  const step = keepStep ? s.step : (firstInvalid(steps.slice(0, steps.indexOf(target))) ?? target);
  return { ...s, restoredStep: undefined, step, furthest: Math.max(steps.indexOf(target), steps.indexOf(step)) };
}
