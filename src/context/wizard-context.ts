import { createContext } from '@lit/context';
import type { OAuthSetup } from '../config/url-policy.js';
import type { OAuthStatus } from '../oauth/oauth-status.js';
import type { ConnectionTest } from '../wizard/state/wizard-state.js';
import type { Catalogue, SystemDefinition } from '../catalogue/catalogue-schema.js';
import type { Messages } from '../messages/messages.js';
import type { CredentialValue, ExistingConnector, Feedback, Group, Pointer, SecretValues, StepId, WizardData } from '../schemas/wizard-data.js';

/** A heading level the steps may take: below the host page's `h1`, never past `h6`. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * What a paste put into a field as text: a value wrapped over lines it `joined` into one, or the text `whole`, as pasted; or a key
 * taken off the `marks` a chat or an email reply put around it, or the characters a PDF left inside it (`removed`: see pastedKey).
 */
export type Pasted = 'joined' | 'whole' | { readonly marks?: 'code' | 'quote'; readonly joined: boolean; readonly removed: number };

/** How steps send changes up. Steps never mutate the context value itself. */
export interface WizardActions {
  update(patch: Partial<WizardData>): void;
  selectSystem(id: string): void;
  setCredential(key: string, value: CredentialValue): void;
  /** The person finished editing a credential (change/blur), or pasted into it (`pasted`): normalise it and tell them what changed. */
  commitCredential(key: string, pasted?: Pasted): void;
  /** A paste named several fields: fill each as if typed, keeping what was there for Undo. */
  pasteCredentials(fill: readonly { key: string; value: CredentialValue }[], dropped: boolean): void;
  undoPaste(): void;
  next(): void;
  /** Asks the test endpoint whether the system accepts the credentials. */
  testConnection(): void;
  /** "Connect with {system}": the OAuth popup (call from a click). */
  connectOAuth(): void;
  /** "I've finished": the person says the sign-in is done. */
  oauthFinished(): void;
  /** The popup was blocked: save the draft and sign in in this tab. `repeated`: a click of a double (or triple) click after the first. */
  continueOAuthInTab(repeated?: boolean): void;
  goTo(step: StepId, options?: { returnToReview?: boolean }): void;
  /** The Time zone step opened at `at` (ms): the moment its previews show, and Review's. */
  previewFrom(at: number): void;
}

/**
 * The one object every step reads. It is replaced, never mutated, so every consumer updates
 * when anything in it changes.
 */
export interface WizardContextValue {
  readonly msg: Messages;
  /** The locale the element speaks (BCP 47), for Intl. */
  readonly locale: string;
  readonly catalogue: Catalogue;
  /** Whole ids of systems the catalogue lists whose entries could not be read (left out): a choice of one is said as such, not as no longer offered. */
  readonly leftOut: readonly string[];
  readonly system: SystemDefinition | undefined;
  readonly steps: readonly StepId[];
  readonly step: StepId;
  readonly data: WizardData;
  readonly secrets: SecretValues;
  readonly groups: readonly Group[];
  readonly existingConnectors: readonly ExistingConnector[];
  /** Errors shown for the current step (after Continue). */
  readonly feedback: Feedback;
  /** Which of them a server wrote (its words, not the wizard's: never marked, see markedNames). */
  readonly fromServer: ReadonlySet<Pointer>;
  /** They were said already (a late test's outcome, politely): the error summary shows them without being an alert. */
  readonly quietSummary: boolean;
  /** Notes on what the wizard did to a value ("We removed a trailing space"). */
  readonly notes: Record<Pointer, string>;
  /** Whether "Connect with {system}" can work: `oauth-start-url` set and allowed by the URL policy. */
  readonly oauthSetup: OAuthSetup;
  /** Editing an existing connector: empty credentials keep the current ones; secrets need an endpoint. */
  readonly editing?: { keepCredentials: boolean; secretsAllowed: boolean; authType: string };
  /** Where "Connect with {system}" stands. */
  readonly oauth: OAuthStatus;
  /** A create or an edit's save is under way, sent or not yet (checked, its key made): nothing can be changed until the answer (see StepNavigation). */
  readonly sending: boolean;
  /** The restored draft held secrets sealed with it (`secret-persistence="encrypted"`, for 24 hours): one missing expired or could not be read, not only left with the page. */
  readonly secretsSaved: boolean;
  /** Answers go into a draft that outlives the page (loaded, and not another's kept here; not with `no-drafts`, nor once storage failed): leaving for a same-tab sign-in loses nothing. */
  readonly draftsKept: boolean;
  /** Whether "Test connection" is offered (a `test-endpoint` is set). */
  readonly canTestConnection: boolean;
  /** The last connection test: running, or its outcome in words. */
  readonly connectionTest?: ConnectionTest;
  /** The last paste that filled several fields (which, for the notice and Undo; `typed`: those typed in since, which Undo leaves), or that it was undone, or that all were typed in (`typedOver`). */
  readonly paste?:
    | { readonly authType: string; readonly filled: readonly string[]; readonly typed?: readonly string[]; readonly dropped?: true }
    | { readonly undone: true; readonly dropped?: true; readonly typedOver?: true };
  /**
   * The level of each step's heading and of its error summary's heading (the same level, so the
   * summary shown above the heading never skips a level), taken from `heading-level` so the wizard
   * continues the host page's outline. Absent means 2.
   */
  readonly headingLevel?: HeadingLevel;
  /** The moment (ms) the date format previews show, once the Time zone step has opened (see previewFrom). */
  readonly previewAt?: number;
  readonly actions: WizardActions;
}

/**
 * One key for every copy of this module on the page: the standalone entry loaded with a query
 * (`connector-wizard.js?v=2`) is a second copy to the later file, which imports it by its plain
 * name, and its steps must still find the wizard's context.
 */
export const wizardContext = createContext<WizardContextValue>(Symbol.for('connector-wizard:context'));
