/**
 * A connection test's failed checks on another step's fields, answered once the person had left
 * Credentials for a step they do not name: the errors wait on their own steps, as a 422's later
 * ones do, and a notice where the person is names the field. Nothing takes them there.
 */
import type { Messages } from '../messages/messages.js';
import type { Quoting } from '../messages/marking.js';
import { sentences } from '../messages/quoting.js';
import type { Feedback, StepId } from '../schemas/wizard-data.js';
import { stepForPointer, type PlacedProblem } from '../submission/server-feedback.js';
import type { Said, WizardState } from './state/wizard-state.js';

export function testElsewhere(
  place: PlacedProblem,
  steps: readonly StepId[],
  outcome: Quoting,
): { byStep: Partial<Record<StepId, Feedback>>; notice: NonNullable<WizardState['testElsewhere']>; sentence: Said } {
  const { step } = place;
  // Its own errors, without those of the steps after it that placeProblem listed there as text.
  const own = Object.entries(place.feedback).filter(([pointer]) => stepForPointer(pointer, steps) === step);
  // The field's label as its step shows it (`/authType`: the step's own title), else the step's name.
  const top = own[0]![0].split('/')[1]!;
  const field = (m: Messages) => (['name', 'group', 'environment', 'timeZone', 'dateFormat'].includes(top) ? (m[top as 'name'] as string) : m.stepLabels[step]!);
  const sentence: Said = (m) => m.testFieldElsewhere(field(m), m.stepLabels[step]!);
  return {
    byStep: { ...place.later, [step]: Object.fromEntries(own) },
    notice: { step, said: sentences(outcome, sentence), go: (m) => m.goToField(field(m)) },
    sentence,
  };
}
