/** The records of creates per endpoint, as a create is sent (loaded later, with the transitions that send; the entry only reads them: submissionAt). */
import { submissionAt, unsureSlots, type SubmissionRecord, type WizardData } from '../../schemas/wizard-data.js';

/** A record worth keeping for a switch back: a create sent there may have made a connector. */
const mayHaveMade = (r: SubmissionRecord | undefined) => (r && (unsureSlots(r).length || r.sending) ? r : undefined);

/**
 * A create is sent to `endpoint`: the record that applies there (`here`, without what it kept of another), and another endpoint's
 * while a create sent there may have made a connector (kept for a switch back; one endpoint's: the last one left, else the one it kept).
 */
export function recordsFor(s: WizardData['submission'], endpoint: string): { here?: SubmissionRecord; elsewhere?: SubmissionRecord } {
  if (!s) return {};
  const { elsewhere, ...last } = s;
  const here = submissionAt(s, endpoint);
  // The last record applies (or applies anywhere: a draft from before), or the one kept does, or neither (a third endpoint: a create
  // refused at the last one made nothing there, and never costs the one kept its record).
  const [record, other] = here === s ? [last, elsewhere] : here ? [here, last] : [undefined, mayHaveMade(last) ?? elsewhere];
  return { ...(record ? { here: record } : {}), ...(mayHaveMade(other) ? { elsewhere: other } : {}) };
}
