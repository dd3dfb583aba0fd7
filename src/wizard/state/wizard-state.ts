import type { TestCheck } from '../../submission/test-report.js';
import type { Messages } from '../../messages/messages.js';
import type { Quoting } from '../../messages/marking.js';
import type { ReturnedOAuth } from '../../oauth/returned-sign-in.js';
import { idRecord, type IdRecord } from '../../schemas/id-record.js';
import {
  emptyWizardData,
  type ConnectorPayload,
  type CredentialValue,
  type ExistingConnector,
  type Feedback,
  type Pointer,
  type SecretValues,
  type StepId,
  type WizardData,
} from '../../schemas/wizard-data.js';

/** What a draft notice says (the state and the draft code agree on these; see DraftHandle). */
export type DraftNotice = keyof Messages['draftNotices'];
/** What is said while a write or a delete of the draft is held up (see draftHeld). */
export type HeldNotice = Extract<DraftNotice, 'held' | 'held-delete' | 'held-finished'>;

/** A conflict with another tab: its notice offers both ways out (see draftNotice in notices.ts). */
export const conflictNotices: readonly DraftNotice[] = ['conflict', 'deleted', 'created'];

/**
 * What is said of the draft this connector began with ("A saved draft could not be read", saved elsewhere, the one left, the
 * answers set aside, a value taken out; a same-tab sign-in's return, whose "Connect again if you need to" is for this connector):
 * untrue of the next one, or of the answers set aside once back, so it goes with the connector (see clearSession).
 */
export const connectorNotices: readonly DraftNotice[] = [
  'malformed',
  'finished',
  'discarded',
  'left-unsaved',
  'malformed-left-unsaved',
  'set-aside',
  'secret-elsewhere',
  'malformed-set-aside',
  'cleared',
  'changed-while-away',
  'cleared-reloaded',
];

/** A credential field, by its auth type. */
export type SecretField = { readonly authType: string; readonly key: string };

/** What a draft switched away from held on screen. */
export interface LeftAnswers {
  data: WizardData;
  secrets: SecretValues;
}

/** An existing connector to edit: what the endpoint's GET returns, never with secrets. */
export type EditableConnector = Omit<ConnectorPayload, 'credentials' | 'group'> & {
  /** As the endpoint gave it: text, or a whole number (taken as its text). */
  id: string | number;
  /** `""` or `null` (as many APIs write an absent member): no group; a whole number is taken as its text (as a group's `id` is). */
  group?: string | number | null;
  /** Non-secret credential values, if the host has them; secret ones are ignored. */
  credentials?: Record<string, unknown>;
  /** The server's version of it (text, or a whole number taken as its text): an edit's PATCH sends it as `If-Match`. */
  revision?: unknown;
};

/** "Test connection": where it stands, and what the test endpoint said it checked and as whom. */
/** `incomplete`: not sent, for want of values an edit keeps (see keptCredentials). */
/** Words said in whatever language the wizard speaks when they show: a change of `lang` says them again. */
export type Said = (msg: Messages) => string;
/** Words that may quote a server's (a refusal's title): never marked as a catalogue name, whatever they read (see quoting.ts). */
export type { Quoting };
/** A create or an edit done: `unread` when the server said so but its answer was no connector. */
/** A connector created or saved. `system`: its system's id; the panel names it as the catalogue does in the language in use (whatever system the answers hold since). */
/** `elsewhere`: created at the endpoint the host switched away from while it was sent. */
export type Finished = { name: string; system: string; updated?: boolean; unread?: boolean; elsewhere?: boolean };
export type ConnectionTest = {
  state: 'testing' | 'ok' | 'rejected' | 'unreachable' | 'incomplete';
  /** Its server's words it quotes (a failed check's detail or label, a refusal's detail or title) are never marked as a catalogue name, whatever they read (see quoting.ts). */
  message: Quoting;
  account?: string;
  checks?: readonly TestCheck[];
  /** A refusal's errors on Credentials' fields: shown again when the person comes back to the step, while this outcome stands. */
  errors?: Feedback;
  /** Its errors on no field there (no pointer, another way to sign in's field, one gone): shown again with `errors`, but never waiting (no answer clears them). */
  listed?: Feedback;
  /** Its errors on other steps' fields, answered after the person left Credentials: they go with it. */
  elsewhere?: Feedback;
};
export type Focus = 'heading' | 'summary' | 'success';
/**
 * What a credential field held before a paste, for its Undo: its value; `lost`, a secret typed
 * there and lost since (the field says to enter it again: in an edit, not "keep the current
 * value"); and the note its `normalize` rule left on it.
 */
export type HeldBefore = { readonly key: string; readonly value: CredentialValue | undefined; readonly lost: boolean; readonly note?: Said };
/**
 * The last paste (or text dropped, `dropped`) that filled several credential fields: which, and
 * what they held before (for Undo; memory only, never in a draft) and which were typed in since
 * (`typed`: Undo leaves them as typed), or that it was undone, or that every field it filled was
 * typed in since (`typedOver`: nothing was left to put back).
 */
export type PasteUndo =
  | { readonly authType: string; readonly filled: readonly string[]; readonly before: readonly HeldBefore[]; readonly typed?: readonly string[]; readonly dropped?: true }
  | { readonly undone: true; readonly dropped?: true; readonly typedOver?: true };

/**
 * Everything the wizard knows about the connector in progress. Only the store holds it, and
 * only transitions (transitions.ts) make a new one; it is never changed in place.
 */
export interface WizardState {
  /** What the person answered, minus secrets: what a draft keeps. */
  readonly data: WizardData;
  /** Secret values, per auth type: memory only (or encrypted in the draft, when opted in). */
  readonly secrets: SecretValues;
  readonly step: StepId;
  /** The furthest step reached (its index), so completed steps after a Change link stay one click away. */
  readonly furthest: number;
  /** Errors shown on the current step (after Continue, or from the server). */
  readonly feedback: Feedback;
  /** The answers the wizard's own errors shown were found in (at Continue): new words (a language, `messages`) say those same problems again, never the ones typed since. */
  readonly checkedAs?: Pick<WizardState, 'data' | 'secrets'>;
  /** Errors the server reported, kept until their own field is edited (only the server can check them again). */
  readonly serverPointers: ReadonlySet<Pointer>;
  /** The server's errors on other steps, shown on their fields when the person gets there (see `moved`); the step navigation marks those steps. */
  readonly serverLater?: Partial<Record<StepId, Feedback>>;
  /** A test's failed check, answered after the person left Credentials, on another step's field: said where they are, with a button to that step (gone with the next move). */
  readonly testElsewhere?: { step: StepId; said: Quoting; go: Said };
  /** The errors shown here when a late test marked this step, its outcome said politely: while they are what is shown (until a move), the summary is no second alert. */
  readonly quietFeedback?: Feedback;
  /** Notes on what the wizard did to a value ("We removed a trailing space"). */
  /** What a field's `normalize` rule did to a value, said in the language in use when it shows. */
  readonly notes: Readonly<Record<Pointer, Said>>;
  /** Why the last create or save failed, in words, when no field is to blame. */
  readonly submitError?: Quoting;
  /**
   * An edit's save was refused (412): the connector was changed elsewhere (see edit-conflict.ts).
   * `label`: what Save changes says now; `base`: the version the endpoint gave then, which the
   * next save is counted against and sends as `If-Match`, while `over` is still the one edited.
   */
  readonly editConflict?: { readonly label: Said; readonly over: EditableConnector; readonly base?: EditableConnector };
  /**
   * Per endpoint (`url`) an edit's save was sent to, whose alone they are: the Idempotency-Key of the last save there, and a digest
   * of what it sent (the id, the revision, the changes, new secrets included; in memory only): a press again with the same is the
   * same request, so a save whose answer was lost is replayed, after a switch away and back too. `unsure`: the changes of saves
   * there to the same version whose answer never came (the server may have made them), so a 412 they caused is known as the person's own.
   */
  readonly editKeys?: readonly EditKey[];
  readonly connectionTest?: ConnectionTest;
  /** After a create or a saved edit: the success panel. */
  readonly created?: Finished;
  /** How many creates or edit's saves are under way, each from its checks until its outcome is in the state (Flow.submit): a host's presets and a new `connector` wait for them all (WizardSession). */
  readonly submitting?: number;
  /** The polite live region's text: as words for what is said before a language file may have arrived. */
  readonly announcement: string | Said;
  /** How many times something was announced: the same words said again are a new text in the live region, so they are said again. */
  readonly said?: number;
  /** The next Continue goes back to Review (the person came from a Change link). */
  readonly returnToReview: boolean;
  /** The saved step of a restored draft, settled once the catalogue (and the later steps) can check it. */
  readonly restoredStep?: StepId;
  /** The restored draft held sealed secrets (`secret-persistence="encrypted"`, when the browser could keep them): one missing expired or could not be read. */
  readonly secretsSealed?: boolean;
  /**
   * The secrets in memory (auth type -> field keys) as a sealed draft gave them, not typed here
   * since: a version of the draft followed (or chosen) later decides them (see restoreDraft).
   */
  readonly secretsFromDraft?: IdRecord<readonly string[]>;
  /** The server refused the current Idempotency-Key (seen with another body): the next create needs a new key. */
  readonly newKeyNeeded: boolean;
  /**
   * The secrets (in memory, like all secrets, and dropped with them) an Idempotency-Key was last
   * sent with in this visit: one that differs now needs a new key. Unset when the key came from a
   * draft, as after a reload: typing again the secrets a reload dropped is not an edit.
   */
  readonly keySecrets?: { key: string; secrets: SecretValues };
  /** The answers (secrets included) of drafts the host switched away from, by draft key (see left-drafts.ts): their secrets come back with them. */
  readonly leftDrafts?: ReadonlyMap<string, LeftAnswers | undefined>;
  /** Answers for systems the person picked and left, so arrowing through the picker loses nothing. */
  readonly otherSystems: ReadonlyMap<string, { data: WizardData; secrets: SecretValues; fromDraft?: IdRecord<readonly string[]> }>;
  readonly confirmDiscard: boolean;
  /** The connector being edited, as it was (the `connector` property). */
  readonly editing?: EditableConnector;
  /** The host's `connector` when it cannot be opened (its system is not in the catalogue, or it has no usable id): reported once, and why is said (see host-connector.ts). */
  readonly unopenable?: EditableConnector;
  /** The host's `connector` once the person moved on from it (a saved edit, then "Add another connector"): not opened again. */
  readonly movedOn?: EditableConnector;
  /** A sign-in that came back in this tab, waiting until its system and OAuth auth type are the current ones. */
  readonly returnedOAuth?: ReturnedOAuth;
  /** The endpoint the element has (as EndpointList last read it): the record of creates sent to another applies not here (see submissionHere). */
  readonly endpoint?: string;
  /** Connectors the endpoint reported (GET), added to the host's `existingConnectors`. */
  readonly serverExisting: readonly ExistingConnector[];
  /** Connectors this wizard created since the host last passed `existingConnectors` (which the host's list then stands for). */
  readonly made: readonly ExistingConnector[];
  /** Storage cannot be used: drafts are not being saved. */
  readonly storageNotice: boolean;
  /** A write (`held`) or a delete (`held-delete`: a discard, a connector finished, on its success panel; `held-finished`: that one once the panel is left by Add another) of the draft is held up by another tab: said beside the draft notice (never in its place) until it lands or fails. */
  readonly draftHeld?: HeldNotice;
  readonly draftNotice?: DraftNotice;
  /** The fields whose values the `secret-elsewhere` notice says left the draft (its words name them); gone with it. */
  readonly secretElsewhere?: readonly SecretField[];
  /** The notice a conflict's took the place of: said again when the person keeps their version, if still true (see conflictResolved). */
  readonly beneathConflict?: DraftNotice;
  /** Where focus goes after the next render. */
  readonly focus?: Focus;
  /** Undo for the last paste on Credentials; gone when the step is left, every filled field is typed in or secrets are dropped. */
  readonly paste?: PasteUndo;
  /** The moment (ms) the date format previews show: when the Time zone step opened last, so Review shows the same one. */
  readonly previewAt?: number;
}

export const initialState = (): WizardState => ({
  data: emptyWizardData(),
  secrets: idRecord(),
  step: 'system',
  furthest: 0,
  feedback: {},
  serverPointers: new Set(),
  notes: {},
  announcement: '',
  returnToReview: false,
  newKeyNeeded: false,
  otherSystems: new Map(),
  confirmDiscard: false,
  serverExisting: [],
  made: [],
  storageNotice: false,
});

export type EditKey = { readonly key: string; readonly fingerprint: string; readonly unsure?: readonly Record<string, unknown>[]; readonly url: string };
