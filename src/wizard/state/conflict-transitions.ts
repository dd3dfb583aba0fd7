/**
 * An edit's save refused as changed elsewhere (a 412), once the endpoint's list says how the
 * connector is now (EditConflicts, edit-conflict.ts): the version found becomes what the edit
 * is counted against. Pure, like transitions.ts; they load with the later module.
 */
import type { WizardData } from '../../schemas/wizard-data.js';
import { requestFailed } from './request-transitions.js';
import type { EditableConnector, Said, WizardState } from './wizard-state.js';

/** The list could not be read: nothing is known of the version there is now, and Try again asks again (against `before`, when it is not the connector edited). */
export const changedUnread = (s: WizardState, before: EditableConnector): WizardState => ({
  ...requestFailed(s, (msg) => msg.editChangedUnread),
  editConflict: { label: (msg) => msg.tryAgain, over: s.editing!, ...(before === s.editing ? {} : { base: before }) },
});

/** The answers the person left as they were hold the values of the version found (`data`: see followAnswers). */
export const answersRebased = (s: WizardState, data: WizardData): WizardState => ({ ...s, data });

/** The draft keeps the revision `read` and the one `refused` (the last eight): a host's connector at a refused revision is older than this base (see conflictBase). */
export function baseRead(s: WizardState, read: string, refused: string): WizardState {
  const { editBase } = s.data;
  if (!editBase) return s;
  return { ...s, data: { ...s.data, editBase: { ...editBase, revision: read, over: [...(editBase.over ?? []), refused].slice(-8) } } };
}

/** The version found is the edit's base now: the saves sent to `url` that were unsure against the last one are settled. */
export const unsureSettled = (s: WizardState, url: string): WizardState => ({ ...s, editKeys: s.editKeys?.map((k) => (k.url === url ? { ...k, unsure: [] } : k)) });

/** What was changed is what an earlier save of the person's sent, made after all: what is left goes again, counted against `now`. */
export const ownSaveFound = (s: WizardState, now: EditableConnector): WizardState => ({
  ...s,
  editConflict: { label: (msg) => msg.saveChanges, over: s.editing!, base: now },
});

/** Changed elsewhere, to other values than the person chose: `said` names them, and Save anyway sends the changes over `now`. */
export const changedElsewhere = (s: WizardState, said: Said, now: EditableConnector): WizardState => ({
  ...requestFailed(s, said),
  editConflict: { label: (msg) => msg.saveAnyway, over: s.editing!, base: now },
});
