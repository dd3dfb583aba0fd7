/** The records of creates per endpoint, as a create is sent (loaded later, with the transitions that send; the entry only reads them: submissionAt). */
import { submissionAt, unsureSlots, type SubmissionRecord, type WizardData } from '../../schemas/wizard-data.js';

/**
 * A create is sent to `endpoint`: the record that applies there (`here`, without what it kept of another), and the other endpoint's
 * while a create sent there may have made a connector (kept for a switch back; one endpoint's, the last one left).
 */
export function recordsFor(s: WizardData['submission'], endpoint: string): { here?: SubmissionRecord; elsewhere?: SubmissionRecord } {
  if (!s) return {};
  const { elsewhere, ...last } = s;
  const here = submissionAt(s, endpoint);
  // The last record applies (or applies anywhere: a draft from before), or the one kept does, or neither (a third endpoint: the last is kept).
  const [record, other] = here === s ? [last, elsewhere] : [here, last];
  return { ...(record ? { here: record } : {}), ...(other && (unsureSlots(other).length || other.sending) ? { elsewhere: other } : {}) };
}
