/** An existing connector's edit: opened, followed as the host passes it again, resumed from its draft (see transitions.ts for the rest). */
import { idRecord } from '../../schemas/id-record.js';
import type { WizardData } from '../../schemas/wizard-data.js';
import { stepsOf } from './selectors.js';
import { clearSession } from './transitions.js';
import { testForgotten } from './server-marks.js';
import type { EditableConnector, WizardState } from './wizard-state.js';

/** Opens an existing connector on General, with its answers. */
export const startEdit = (s: WizardState, connector: EditableConnector, answers: WizardData): WizardState => ({
  ...clearSession(s),
  editing: connector,
  data: answers,
  secrets: idRecord(),
  step: 'general',
  furthest: stepsOf({ editing: connector }, undefined).length - 1,
});

/** The connector being edited, passed again as a new object (see LaterModule.followedEdit): its answers `data`; changes are counted against it. A test of other answers goes. */
export const followEdit = (s: WizardState, connector: EditableConnector, data: WizardData): WizardState => ({
  ...s,
  editing: connector,
  data,
  ...(data === s.data ? {} : testForgotten(s)),
});

/** The connector just saved, passed again as a new object: it is the one edited (Add another connector moves on from it). */
export const savedPassedAgain = (s: WizardState, connector: EditableConnector): WizardState => ({ ...s, editing: connector });

/** A draft of this edit was restored before the edit could be opened: its step stays, and its answers, rebased on the connector as it is now (`data`). */
export const resumeEdit = (s: WizardState, connector: EditableConnector, data: WizardData): WizardState => ({
  ...s,
  editing: connector,
  data,
  step: s.step === 'system' ? 'general' : s.step,
  furthest: stepsOf({ editing: connector }, undefined).length - 1,
});
