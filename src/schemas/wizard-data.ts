import type { Catalogue, SystemDefinition } from '../catalogue/catalogue-schema.js';
import { idRecord, isObject, type IdRecord } from './id-record.js';

export const STEP_IDS = ['system', 'general', 'timezone', 'auth', 'credentials', 'review'] as const;
export type StepId = (typeof STEP_IDS)[number];
export type Environment = 'live' | 'test';

export type CredentialValue = string | boolean;

/** Everything a person has answered, minus secrets. This is what a draft stores. */
export interface WizardData {
  system?: string;
  name: string;
  group?: string;
  environment?: Environment;
  timeZone?: string;
  /** A preset id from DATE_FORMAT_PRESETS, or `custom`. */
  dateFormat?: string;
  customDateFormat: string;
  authType?: string;
  /**
   * Non-secret credential values, per authentication type, so switching type and back keeps
   * them. Keyed by catalogue ids and keys: read with `own` (see id-record.ts).
   */
  credentials: IdRecord<IdRecord<CredentialValue>>;
  /** Secret fields that had a value before a reload (the values themselves are never stored). */
  secretsEntered: IdRecord<string[]>;
  /** The id of the connector being edited (the `connector` property), if this is an edit. */
  editing?: string;
  /**
   * The creates sent to the endpoint the last one went to; `elsewhere`: those sent to the one before, kept for a switch back.
   * Read through `submissionAt`: another endpoint's never apply.
   */
  submission?: SubmissionRecord & { elsewhere?: SubmissionRecord };
  /**
   * An edit's answers as the connector gave them when these were last based on it: a draft of
   * the edit brought back later keeps only what the person changed since, over the connector as
   * it is then (see LaterModule.followDraft). `revision`: the connector's, as these were read; `over`: the revisions
   * a 412 found older than it (a host's list not fetched again passes one of them: it never replaces this base).
   */
  editBase?: Omit<WizardData, 'editBase' | 'submission'> & { revision?: string; over?: string[] };
}

/**
 * The Idempotency-Key of the last create attempt, resent after a reload for the same payload, to `endpoint` (the URL it was
 * sent to; a draft written before this was kept has none, and applies to any endpoint).
 * `unsure`: the slots (system, group, environment) of earlier creates whose answer never came:
 * each may exist. `unsureExists`: those of them the server has since said hold a connector (a
 * 409). A draft written before several were kept holds one slot as text, and `true` for it.
 * `sending`: the slot of this key's create, stored before it is sent and cleared by its answer:
 * a draft that still holds it was left (a reload, a closed tab) before the answer came, so that
 * connector may exist too.
 */
export interface SubmissionRecord {
  key: string;
  fingerprint: string;
  unsure?: string | readonly string[];
  unsureExists?: boolean | readonly string[];
  sending?: string;
  endpoint?: string;
}

/**
 * The record of the creates sent to `endpoint`: its key and the slots they may have filled. Another endpoint's is no business of this one
 * (its key is never sent here, its slots are not this person's here), but stays in the draft for a switch back.
 */
export function submissionAt(s: WizardData['submission'], endpoint: string | undefined): SubmissionRecord | undefined {
  if (!s || s.endpoint === undefined || s.endpoint === endpoint) return s;
  return s.elsewhere?.endpoint === endpoint ? s.elsewhere : undefined;
}

/** Secret values, per authentication type. Lives in memory only (DESIGN.md, "Drafts and secrets"). */
export type SecretValues = IdRecord<IdRecord<string>>;

export interface Group {
  id: string;
  name: string;
}

export interface ExistingConnector {
  /** As the endpoint's list gives it: text, or a whole number (compared as its text). */
  id?: string | number;
  name: string;
  system: string;
  /** `""` or `null`: no group; a whole number is compared as its text. */
  group?: string | number | null;
  environment: Environment;
}

/** The connector payload of DESIGN.md. */
export interface ConnectorPayload {
  name: string;
  system: string;
  group?: string;
  environment: Environment;
  timeZone: string;
  dateFormat: string;
  authType: string;
  /** An ordinary object with own properties, one per field key (`__proto__` included). */
  credentials: Record<string, string | number | boolean>;
}

/** What step schemas need to know besides the answers themselves. */
export interface ValidationContext {
  catalogue: Catalogue;
  system: SystemDefinition | undefined;
  groups: readonly Group[];
  existingConnectors: readonly ExistingConnector[];
  /** The wizard's locale: the catalogue's names its messages give are marked as textLang marks them (see namedIn); none without. */
  locale?: string;
}

export const emptyWizardData = (): WizardData => ({
  name: '',
  customDateFormat: '',
  credentials: idRecord(),
  secretsEntered: idRecord(),
});

/** Pointers are RFC 6901 JSON pointers into the payload, so client and server errors share keys. */
export type Pointer = string;
export type Feedback = Record<Pointer, string>;

type Submission = NonNullable<WizardData['submission']>;

/**
 * `data` with the slot of a create that got no answer (`submission.unsure`) that `stored` holds
 * and `data` does not: what the server may hold is no answer, so a version written over another
 * tab's ("Keep my version") never forgets it, and the create sent again still says the connector
 * may be its own. A draft deleted (created, or started over) leaves nothing to keep. Undefined
 * when nothing is kept.
 */
export function keptUnsure<D extends { submission?: Submission }>(data: D, stored: unknown): D | undefined {
  const answers = isObject(stored) ? (stored as { data?: unknown }).data : undefined;
  const before = isObject(answers) ? (answers as { submission?: unknown }).submission : undefined;
  const { key, fingerprint, endpoint } = (isObject(before) ? before : {}) as Partial<Submission>;
  const earlier = unsureSlots(before as Submission | undefined);
  const slots = unsureSlots(data.submission);
  if (earlier.every((slot) => slots.includes(slot))) return undefined;
  const base =
    data.submission ?? (typeof key === 'string' && typeof fingerprint === 'string' ? { key, fingerprint, ...(typeof endpoint === 'string' ? { endpoint } : {}) } : undefined);
  const filled = [...new Set([...filledSlots(data.submission), ...filledSlots(before as Submission | undefined)])];
  return base && { ...data, submission: { ...base, ...unsureFields([...new Set([...slots, ...earlier])], filled) } };
}

/**
 * `unsure` and `unsureExists` as a draft holds them: one slot as text (and `true` once a 409 said
 * it is filled), as the version before lists reads it; several as lists, in a record of a higher
 * format, which that version keeps as a later version's (see draft-store's formatOf).
 */
export function unsureFields(unsure: readonly string[], filled: readonly string[]): Pick<Submission, 'unsure' | 'unsureExists'> {
  const said = filled.filter((slot) => unsure.includes(slot));
  if (unsure.length === 1) return { unsure: unsure[0]!, ...(said.length ? { unsureExists: true } : {}) };
  return { ...(unsure.length ? { unsure: [...unsure] } : {}), ...(said.length ? { unsureExists: said } : {}) };
}

type Unsure = { unsure?: unknown; unsureExists?: unknown } | undefined;

/** The slots of creates that got no answer (a draft written before several were kept holds one, as text); nothing else read as one. */
export function unsureSlots(s: Unsure): string[] {
  const unsure = isObject(s) ? s.unsure : undefined;
  return typeof unsure === 'string' ? [unsure] : Array.isArray(unsure) ? unsure.filter((slot): slot is string => typeof slot === 'string') : [];
}

/** Those of them the server has said hold a connector (a 409); an older draft's `true` is said of its one slot. */
export function filledSlots(s: Unsure): string[] {
  const filled = isObject(s) ? s.unsureExists : undefined;
  return filled === true ? unsureSlots(s) : Array.isArray(filled) ? filled.filter((slot): slot is string => typeof slot === 'string') : [];
}
