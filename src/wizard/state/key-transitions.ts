/**
 * The Idempotency-Keys of creates and saves, and the slots the creates sent may have filled: a
 * key issued or used again, refused, a create unsure or answered, a slot the server says is taken.
 * Pure, like transitions.ts; they load with the later module (the flow sends the requests).
 */
import { own } from '../../schemas/id-record.js';
import { filledSlots, unsureFields, unsureSlots, submissionAt, type ExistingConnector } from '../../schemas/wizard-data.js';
import { slotOf } from '../../schemas/general-schema.js';
import { recordsFor } from './endpoint-records.js';
import type { EditKey, WizardState } from './wizard-state.js';

/**
 * The Idempotency-Key for the payload now being sent to `slot` at `endpoint` (a draft keeps it for a reload),
 * with that slot as `sending` until an answer comes. Creates sent earlier to that endpoint without an answer may
 * have made their connectors: each slot is remembered across keys, and so is one a page left while it was sent.
 * Those sent to another endpoint are kept beside, for a switch back (see recordsFor).
 */
export const keyIssued = (s: WizardState, key: string, fingerprint: string, slot: string, endpoint: string): WizardState => {
  const { here, elsewhere } = recordsFor(s.data.submission, endpoint);
  const unsure = unsureSlots(here);
  const sending = here?.sending;
  const earlier = unsureFields(sending && !unsure.includes(sending) ? [...unsure, sending] : unsure, filledSlots(here));
  return {
    ...s,
    data: { ...s.data, submission: { key, fingerprint, ...earlier, sending: slot, endpoint, ...(elsewhere ? { elsewhere } : {}) } },
    newKeyNeeded: false,
    keySecrets: { key, secrets: s.secrets },
  };
};

/** A create got no answer (or none it can trust): the connector for `slot` may exist, as may those of earlier ones. */
export const createUnsure = (s: WizardState, slot: string): WizardState => {
  if (!s.data.submission) return s;
  const { unsure: _slots, unsureExists: _said, sending: _sent, ...submission } = s.data.submission;
  const unsure = unsureSlots(s.data.submission).filter((held) => held !== slot);
  // That slot is this create's again: not filled until the server says so.
  return {
    ...s,
    data: {
      ...s.data,
      submission: {
        ...submission,
        ...unsureFields(
          [...unsure, slot],
          filledSlots(s.data.submission).filter((held) => held !== slot),
        ),
      },
    },
  };
};

/** The create was answered, and made nothing (refused, invalid, a server's failure): its slot is no longer `sending`. */
export const createAnswered = (s: WizardState): WizardState => {
  if (!s.data.submission?.sending) return s;
  const { sending: _sent, ...submission } = s.data.submission;
  return { ...s, data: { ...s.data, submission } };
};

/**
 * The server says a connector is in `c`'s slot (a 409): it counts at once, until the list read
 * again says what is there (a connector deleted since is then gone). When it is the slot of a
 * create that got no answer (`unsure`), that slot counts from now on as the list has it.
 */
export const slotFilled = (s: WizardState, c: Pick<ExistingConnector, 'system' | 'group' | 'environment'>, unsure: boolean): WizardState => ({
  ...s,
  serverExisting: [...s.serverExisting, { name: '', system: c.system, ...(c.group ? { group: c.group } : {}), environment: c.environment }],
  data:
    unsure && s.data.submission
      ? { ...s.data, submission: { ...s.data.submission, ...unsureFields(unsureSlots(s.data.submission), [...filledSlots(s.data.submission), slotOf(c)]) } }
      : s.data,
});

/**
 * A 409 for `c`'s slot, as slotFilled counts it (unsure when a create sent there got no answer). `moved`: the endpoint that
 * answered is one the host switched away from while it was sent: its connectors never count at the endpoint there is now.
 */
export function duplicateAnswered(s: WizardState, c: Pick<ExistingConnector, 'system' | 'group' | 'environment'>, moved: boolean): WizardState {
  const filled = slotFilled(s, c, unsureSlots(s.data.submission).includes(slotOf(c)));
  return moved ? { ...filled, serverExisting: s.serverExisting } : filled;
}

/** The key of `endpoint`'s record is sent there again to `slot`, with the secrets in memory now (that record is the last one from now). */
export const keyUsed = (s: WizardState, key: string, slot: string, endpoint: string): WizardState => {
  const { here, elsewhere } = recordsFor(s.data.submission, endpoint);
  const same = s.data.submission === submissionAt(s.data.submission, endpoint) && here?.sending === slot && here.endpoint === endpoint;
  return {
    ...s,
    data: here && !same ? { ...s.data, submission: { ...here, sending: slot, endpoint, ...(elsewhere ? { elsewhere } : {}) } } : s.data,
    keySecrets: { key, secrets: s.secrets },
  };
};

/** The server saw the key with another body: the next key must be new. */
export const keyRefused = (s: WizardState): WizardState => ({ ...s, newKeyNeeded: true });

/**
 * A secret of `authType` differs from the one the current key was last sent with in this visit
 * (typing the same value again, even key by key, is no change; see `keySecrets`).
 */
export function secretsChangedSinceKey(s: WizardState, authType: string, key = s.data.submission?.key): boolean {
  // Recorded for another key (another system's, or another endpoint's, before a switch back): nothing to compare with.
  if (!s.keySecrets || s.keySecrets.key !== key) return false;
  const sent = own(s.keySecrets.secrets, authType) ?? {};
  const now = own(s.secrets, authType) ?? {};
  const keys = new Set([...Object.keys(sent), ...Object.keys(now)]);
  return [...keys].some((key) => (own(sent, key) ?? '') !== (own(now, key) ?? ''));
}

/** The Idempotency-Key an edit's save sends to its endpoint, with the digest of what it sends (see `editKeys`): another endpoint's stays. */
export const editKeyUsed = (s: WizardState, k: EditKey): WizardState => ({ ...s, editKeys: [...(s.editKeys ?? []).filter((o) => o.url !== k.url), k] });
