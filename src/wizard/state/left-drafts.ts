/**
 * Secrets typed in a draft the host switched away from (another `draft-id`, or a preset that
 * picks another default draft): without `encrypted` no draft keeps them, so they are kept here,
 * in memory, by draft key, and given back when that draft is shown again. Never stored; they go
 * with every other secret (dropSecrets: Cancel, removal, a create or a saved edit).
 */
import { idRecord } from '../../schemas/id-record.js';
import type { LeftAnswers, WizardState } from './wizard-state.js';

/** The draft `key` is left, its `answers` as last on screen (none: it never showed). */
export const leftDraft = (s: WizardState, key: string, answers: LeftAnswers | undefined): WizardState => ({ ...s, leftDrafts: new Map(s.leftDrafts).set(key, answers) });

/** The draft `key` is shown again: the secrets it was left with come back, for the same system and edit (a sealed draft's own, by authentication type, first). */
export function backInDraft(s: WizardState, key: string): WizardState {
  const left = s.leftDrafts?.get(key);
  if (!left || left.data.system !== s.data.system || left.data.editing !== s.data.editing) return s;
  return { ...s, secrets: idRecord([...Object.entries(left.secrets), ...Object.entries(s.secrets)]) };
}
