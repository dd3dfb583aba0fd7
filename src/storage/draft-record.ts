/** The records DraftStore keeps (checked on read by draft-record-schema.ts). */
import type { IdRecord } from '../schemas/id-record.js';
import type { StepId, WizardData } from '../schemas/wizard-data.js';

/** One secret, encrypted with AES-GCM (see SecretVault). */
export interface EncryptedValue {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

export interface EncryptedSecrets {
  expiresAt: number;
  /** By authentication type, then field key (ids are data: see id-record.ts). */
  values: IdRecord<IdRecord<EncryptedValue>>;
}

export interface DraftRecord {
  id: string;
  /** Bumped by every write; writes are compare-and-set on it, so two tabs never overwrite blindly. */
  revision: number;
  step: StepId;
  data: WizardData;
  updatedAt: number;
  /** Only with `secret-persistence="encrypted"`. */
  secrets?: EncryptedSecrets;
  /**
   * 2 on every record written since per-system default drafts (see draftKey): a record under
   * plain `default` without it was saved by an older version, and may be moved (legacy-draft.ts).
   */
  format?: number;
  /**
   * 2 on every record written since default drafts are kept per `group` preset too: a record under
   * `default:<system>` without it may have been saved by a page preset to a group, and may be
   * moved to that group's key; one with it is a page's without a group preset, and stays.
   */
  keys?: number;
}
