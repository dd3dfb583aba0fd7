/**
 * The interface between the element and its lazily loaded part (later.ts): the steps after
 * System, sending, testing, OAuth and editing. The entry declares it; the later module
 * implements it, receives what it needs through `FlowHost`, and never sees the element.
 */
import type { ReactiveControllerHost } from 'lit';
import type { SystemDefinition } from '../catalogue/catalogue-schema.js';
import type { OAuthSetup } from '../config/url-policy.js';
import type { DraftStatus } from '../controllers/draft-host.js';
import type { ConflictKind } from '../controllers/draft-conflict.js';
import type { SubmissionProgress } from '../controllers/submission-controller.js';
import type { WizardErrorKind } from '../events/error-event.js';
import type { stepMessages } from '../messages/step-messages.js';
import type { Messages } from '../messages/messages.js';
import type { Pasted } from '../context/wizard-context.js';
import type { OAuthStatus } from '../oauth/oauth-status.js';
import type { StepValidationInput } from '../schemas/connector-schema.js';
import type { CredentialValue, Environment, Feedback, Group, Pointer, StepId, WizardData } from '../schemas/wizard-data.js';
import type { RequestHeaders } from '../submission/request-headers.js';
import type { RetryPolicy } from '../submission/retry-policy.js';
import type { EditableConnector, Said, WizardState } from './state/wizard-state.js';
import type { WizardStore } from './state/wizard-store.js';

/** The element's properties that hold a URL it sends to, and `environment` and `secretPersistence`, checked with them (see url-checks.ts). */
export type UrlProperty = 'endpoint' | 'testEndpoint' | 'oauthStartUrl' | 'oauthResultUrl' | 'environment' | 'secretPersistence';

/** The element's settings a request needs, read when it starts. */
export interface FlowConfig {
  endpoint?: string;
  testEndpoint?: string;
  oauthStartUrl?: string;
  oauthResultUrl?: string;
  /** The host's `live` or `test` preset, as given (another value is said to the host). */
  environment?: string | undefined;
  draftId: string;
  /** The element's draft database (`draftDatabase`): two wizards of one `draft-id` with their own never take each other's sign-in. */
  draftDatabase: string;
  /** The host's `system` and `group` presets (they choose the default draft, and its sign-in). */
  system?: string;
  group?: string;
  /** `memory`: secrets are lost when the page is left (a same-tab sign-in says so first). */
  secretPersistence: 'memory' | 'encrypted';
  requestTimeout: number;
  retryPolicy: Partial<RetryPolicy>;
  requestHeaders?: RequestHeaders | undefined;
}

/** What the later module may use. */
export interface FlowHost {
  readonly store: WizardStore;
  /** Where its controllers attach and its events fire (the element, as a host and an event target; `matches`: whether the focus is in it). */
  readonly host: ReactiveControllerHost & EventTarget & Pick<Element, 'isConnected' | 'matches'>;
  readonly draft: {
    saveNow(durability?: 'strict' | 'default'): Promise<void>;
    /** `secrets`: false to leave typed secrets out of the question (the person was told they would be lost). */
    saved(secrets?: boolean): Promise<boolean>;
    /** Typed secrets go into the draft (`encrypted`, with a secret vault that works here). */
    readonly sealsSecrets: boolean;
    readonly status: DraftStatus;
    /** The draft loaded was not there: `created` when its connector was made (see DraftHandle.gone). */
    readonly gone: ConflictKind | undefined;
    /** The draft's revision as last read or written (0: nothing stored, not even the tombstone a finished or discarded draft leaves). */
    readonly revision: number;
    /** The draft's revision as last read (loaded, or followed from another tab): writes made here since leave it. */
    readonly revisionRead: number;
    /** `finished`: its connector was created, or its edit saved (other tabs say so). */
    discard(finished?: boolean): Promise<void>;
    during<T>(work: Promise<T>): Promise<T>;
  };
  config(): FlowConfig;
  msg(): Messages;
  steps(): readonly StepId[];
  /** The answers' system, or the one with that id, as the catalogue gives it in the language in use. */
  system(id?: string): SystemDefinition | undefined;
  /** That system as a sentence names it (systemNamed): its category or id too where another is named alike. */
  systemName(id?: string): string | undefined;
  /** The answers' system as systemName names it, for a sentence a step shows with the catalogue's names marked (markedNames): isolated where written in another language. */
  systemMarked(): string | undefined;
  groups(): readonly Group[];
  validationInput(): StepValidationInput;
  /** A step change, through the element's cancelable `connector-wizard-step-change`; `kept`: the host kept the step (see StepNavigation.changeStep). */
  changeStep(to: StepId, focus: 'heading' | 'summary', kept?: () => void): boolean;
  /** Answers changed: errors on screen are checked again and the draft is saved soon. */
  edited(pointers: Pointer[]): void;
  fail(kind: WizardErrorKind, message: string): void;
}

/** What the steps after System do, for one element. */
export interface Flow {
  readonly progress: SubmissionProgress;
  /** A create or an edit's changes are being sent (see SubmissionController.sending). */
  readonly sending: boolean;
  readonly oauthStatus: OAuthStatus;
  /** In an edit that signs in with OAuth: a field its sign-in is made for (a store) holds another value than the connector's, so its connection is not kept. */
  signInFieldChanged(): boolean;
  /** Checks every step, then creates (or saves an edit): emits, or sends to the endpoint. */
  submit(): Promise<boolean>;
  setCredential(key: string, value: CredentialValue): void;
  /** The connector's environment changed (it was `was`, perhaps none yet): a connection made for the other goes. */
  environmentSet(was: Environment | undefined): void;
  /**
   * The answers moved from `was` without the person (the edited connector passed again, a draft
   * of the edit resumed): a connection made for another environment, or for a value a field it
   * was made for (a store) no longer holds, goes.
   */
  answersFollowed(was: WizardData): void;
  /** The person left a credential's field (or pasted into it: see Pasted): normalise it and say what changed (the note shows where the focus has left). */
  commitCredential(key: string, pasted?: Pasted): void;
  /**
   * Continue on Credentials: every field of the chosen auth type, as if each had been left.
   * `sayNow` (the move to Review): what the notes made since the last move to Review say, each
   * after its label, if any (see ReviewNotes).
   */
  commitCredentials(sayNow?: boolean): Said | undefined;
  /** Fills several fields from one paste, as if each was typed and left; Undo puts back what they held. */
  pasteCredentials(fill: readonly { key: string; value: CredentialValue }[], dropped: boolean): void;
  undoPaste(): void;
  testConnection(): Promise<void>;
  abortTest(): void;
  connectOAuth(): Promise<void>;
  /** "I've finished": the person says the sign-in is done; ask the result channel now. */
  oauthFinished(): void;
  /** `repeated`: a click of a double click after the first (see OAuthFlow.continueInTab). */
  continueOAuthInTab(repeated?: boolean): void;
  /** Cancel: a sign-in whose window is in touch ends (the window closes), and a connection test stops. */
  cancelled(): void;
  resetOAuth(): void;
  /** Back from signing in in this tab: the callback's answer, once. */
  takeOAuthReturn(key: string, editing: string | undefined): void;
  /** A same-tab sign-in that came back, applied once its system and OAuth auth type are the current ones. */
  applyReturnedOAuth(): void;
  /** Says to the integrator (`connector-wizard-error`, kind `config`) which URL attributes set since it last looked are refused, and why. */
  checkUrls(): void;
  /** GET the endpoint's connectors for the one-live-one-testing rule: once per endpoint, unless `again`. */
  /** `refused`: only if the last list was refused or could not be asked (new `requestHeaders` may mend that). */
  loadExisting(again?: boolean | 'refused'): Promise<void>;
}

/** The later module itself (later.ts), as the element uses it. */
export interface LaterModule {
  readonly stepMessages: typeof stepMessages;
  validateStep(step: StepId, input: StepValidationInput): Feedback;
  editAnswers(connector: EditableConnector, system: SystemDefinition): WizardData;
  /** The answers once a draft of the edit comes back: what the person left as it was follows `connector`, unless `connector` is older than the draft's base (after a 412). */
  followDraft(data: WizardData, connector: EditableConnector, system: SystemDefinition): WizardData;
  /** The answers once the edited connector is passed again as a new object, followed on from what they are counted against (after a 412, the version it read). */
  followedEdit(s: WizardState, connector: EditableConnector, system: SystemDefinition): WizardData;
  /** An existing connector `opened` on General from `before`: started again after a 412 (Discard draft), from the version it read (see EditConflicts.base). */
  editOpened(before: WizardState, opened: WizardState, system: SystemDefinition): WizardState;
  createFlow(host: FlowHost): Flow;
  /** Whether "Connect with {system}" can work with this `oauth-start-url` (set, and allowed by the URL policy). */
  oauthSetup(startUrl: string | undefined): OAuthSetup;
}
