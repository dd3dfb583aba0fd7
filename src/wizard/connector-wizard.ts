import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { isSecretField, type Catalogue, type SystemDefinition } from '../catalogue/catalogue-schema.js';
import { localizeCatalogue } from '../catalogue/localize-catalogue.js';
import { safeUrl } from '../catalogue/safe-url.js';
import { wizardContext, type WizardActions, type WizardContextValue } from '../context/wizard-context.js';
import { CatalogueController } from '../controllers/catalogue-controller.js';
import type { DraftNotice } from '../controllers/draft-controller.js';
import { DraftHandle } from '../controllers/draft-handle.js';
import type { SubmissionController } from '../controllers/submission-controller.js';
import type { OAuthController, OAuthStatus } from '../oauth/oauth-controller.js';
import { OAUTH_RETURN_KEY } from '../oauth/oauth-return.js';
import type { RetryPolicy } from '../submission/retry-policy.js';
import { browserTimeZone, dateFormatChoice, isKnownTimeZone } from '../date-format/date-pattern.js';
import type { ConnectorCreatedEvent } from '../events/connector-created-event.js';
import type { ConnectorUpdatedEvent } from '../events/connector-updated-event.js';
import { WizardCancelEvent } from '../events/cancel-event.js';
import { WizardErrorEvent, type WizardErrorKind } from '../events/error-event.js';
import { StepChangeEvent } from '../events/step-change-event.js';
import { isRtl, loadMessages, requestedLanguage, supportedLocale } from '../messages/locale.js';
import { resolveMessages, shellMessages, type MessageOverrides, type Messages } from '../messages/messages.js';
import type { StepValidationInput } from '../schemas/connector-schema.js';
import { issuesToFeedback } from '../schemas/feedback.js';
import { idRecord, own, withEntry } from '../schemas/id-record.js';
import { systemStepSchema } from '../schemas/system-schema.js';
import {
  emptyWizardData,
  STEP_IDS,
  type ConnectorPayload,
  type Environment,
  type ExistingConnector,
  type Feedback,
  type Group,
  type Pointer,
  type SecretValues,
  type StepId,
  type WizardData,
} from '../schemas/wizard-data.js';
import { DEFAULT_DRAFT_DATABASE } from '../storage/draft-database.js';
import type { DraftRecord } from '../storage/draft-store.js';
import type { WizardStepElement } from '../steps/wizard-step-element.js';
import { cleanExisting, cleanGroups } from './clean.js';
import { wizardStyles } from './connector-wizard.styles.js';

/** Parts inside the step elements, re-exported so `connector-wizard::part(input)` works. */
const STEP_PARTS = 'heading, field, label, input, error, error-summary, summary, system-option, button, notice';

type Later = typeof import('./later.js');
/** The later steps and the endpoint and OAuth machinery: one module, fetched once per page. */
let later: Later | undefined;
let laterLoad: Promise<Later> | undefined;
/** Where the module failed to load from, taken from the browser's error, for a fresh try. */
let failedUrl: string | undefined;
let attempts = 0;

/**
 * Browsers keep a failed `import()` in their module map, so importing the same URL again fails
 * at once without asking the network (whatwg/html#10327 changes that; Chromium 156 still
 * caches, and a fragment does not make a new entry there). A retry therefore imports the URL
 * the browser named with a query added, a new entry whose relative imports resolve as before.
 * Without a URL in the error (Safari), it imports the same specifier again.
 */
function retryUrl(url: string, attempt: number): string {
  const retry = new URL(url);
  retry.searchParams.set('retry', String(attempt));
  return retry.href;
}

function loadLater(): Promise<Later> {
  laterLoad ??= (
    failedUrl
      ? (import(/* @vite-ignore */ /* webpackIgnore: true */ retryUrl(failedUrl, ++attempts)) as Promise<Later>)
      : import('./later.js')
  ).then(
    (module) => (later = module),
    (error: unknown) => {
      laterLoad = undefined;
      // Only a URL beside this module is ever imported again, whatever an error message says.
      const named = /\bhttps?:\/\/[^\s"'#]+/u.exec(error instanceof Error ? error.message : '')?.[0];
      if (named && new URL(named).origin === new URL(import.meta.url).origin) failedUrl ??= named;
      throw error;
    },
  );
  return laterLoad;
}

let englishMessages: Messages | undefined;
/** English: the wizard's and System's strings, and the later steps' once their module is there. */
function english(): Messages {
  if (!later) return shellMessages as Messages;
  return (englishMessages ??= { ...shellMessages, ...later.stepMessages });
}

/** An existing connector to edit: what the endpoint's GET returns, never with secrets. */
export type EditableConnector = Omit<ConnectorPayload, 'credentials'> & {
  id: string;
  /** Non-secret credential values, if the host has them; secret ones are ignored. */
  credentials?: Record<string, unknown>;
};

/**
 * Walks a person through adding a service connector: system, general details, time zone and
 * date format, authentication type, credentials, review, create.
 *
 * @fires connector-created - {@link ConnectorCreatedEvent}, once per connector.
 * @fires connector-updated - {@link ConnectorUpdatedEvent}, once per saved edit.
 * @fires connector-wizard-step-change - {@link StepChangeEvent}, cancelable.
 * @fires connector-wizard-cancel - {@link WizardCancelEvent}; the draft is kept.
 * @fires connector-wizard-error - {@link WizardErrorEvent} `{kind, message}`; kind `catalogue` adds `problems`.
 * @csspart header - The top of the wizard: step navigation and "Step n of N".
 * @csspart steps - The step navigation (`nav`).
 * @csspart step-link - One entry of the step navigation (`current` on the current one).
 * @csspart step - The current step's element.
 * @csspart heading - Each step's heading.
 * @csspart field - A question (label, hint, error, control).
 * @csspart label - A question's label or legend.
 * @csspart input - A text control.
 * @csspart error - An inline error message.
 * @csspart summary - The error summary at the top of a step (also `error-summary`).
 * @csspart system-option - A system in the picker.
 * @csspart notice - A notice about the draft (conflict).
 * @csspart submit-error - Why a create failed.
 * @csspart actions - The Back / Continue / Cancel bar.
 * @csspart button - Every button (with `continue`, `back`, `create`, `cancel`, `discard`, `test` as extra names).
 * @csspart success - The panel shown after a create.
 * @csspart catalogue-error - The list of catalogue problems.
 * @cssprop --cw-font - Font family.
 * @cssprop --cw-radius - Corner radius of buttons and inputs.
 * @cssprop --cw-space - Padding around the wizard.
 * @cssprop --cw-text - Text colour.
 * @cssprop --cw-bg - Background colour.
 * @cssprop --cw-muted - Hints and secondary text.
 * @cssprop --cw-accent - Current step, selection and monogram colour.
 * @cssprop --cw-link - Links and link-like buttons.
 * @cssprop --cw-focus - Focus ring colour.
 * @cssprop --cw-danger - Errors.
 * @cssprop --cw-danger-bg - Background of error notices.
 * @cssprop --cw-success - Primary button and success panel.
 * @cssprop --cw-success-fg - Text on the primary button.
 * @cssprop --cw-border - Input borders.
 * @cssprop --cw-border-subtle - Separators and cards.
 * @cssprop --cw-input-bg - Input background.
 * @cssprop --cw-note - Text of notes ("We removed a trailing space").
 * @cssprop --cw-note-bg - Background of notes.
 * @cssprop --cw-notice-bg - Background of notices.
 * @cssprop --cw-selected-bg - Background of the selected system.
 * @cssprop --cw-secondary-bg - Secondary buttons.
 * @attr theme - `light` or `dark`; unset follows `prefers-color-scheme`.
 *
 * @tagname connector-wizard
 */
export class ConnectorWizard extends LitElement {
  static override styles = wizardStyles;
  static override properties: PropertyDeclarations = {
    system: { reflect: true },
    group: { reflect: true },
    environment: { reflect: true },
    endpoint: { reflect: true },
    testEndpoint: { attribute: 'test-endpoint', reflect: true },
    oauthStartUrl: { attribute: 'oauth-start-url', reflect: true },
    catalogueSrc: { attribute: 'catalogue-src', reflect: true },
    draftId: { attribute: 'draft-id', reflect: true },
    noDrafts: { attribute: 'no-drafts', type: Boolean, reflect: true },
    secretPersistence: { attribute: 'secret-persistence', reflect: true },
    theme: { reflect: true },
    persistDrafts: { attribute: 'persist-drafts', type: Boolean, reflect: true },
    catalogue: { attribute: false },
    groups: { attribute: false },
    existingConnectors: { attribute: false },
    messages: { attribute: false },
    draftDatabase: { attribute: false },
    connector: { attribute: false },
    requestTimeout: { attribute: false },
    retryPolicy: { attribute: false },
    _data: { state: true, attribute: false },
    _secrets: { state: true, attribute: false },
    _step: { state: true, attribute: false },
    _feedback: { state: true, attribute: false },
    _notes: { state: true, attribute: false },
    _created: { state: true, attribute: false },
    _storageNotice: { state: true, attribute: false },
    _draftNotice: { state: true, attribute: false },
    _confirmDiscard: { state: true, attribute: false },
    _announcement: { state: true, attribute: false },
    _locale: { state: true, attribute: false },
    _localeMessages: { state: true, attribute: false },
    _submitError: { state: true, attribute: false },
    _connectionTest: { state: true, attribute: false },
    _serverExisting: { state: true, attribute: false },
    _laterFailed: { state: true, attribute: false },
  };

  /** Preselects a system by id and skips the System step. */
  system?: string;
  /** Preselects a company group by id. */
  group?: string;
  /** Preselects `live` or `test`. */
  environment?: Environment;
  /** Where to POST the connector (endpoint mode, DESIGN.md). */
  endpoint?: string;
  /** Where to POST for "Test connection". */
  testEndpoint?: string;
  /** Start URL of the integrator's OAuth 2.0 flow. */
  oauthStartUrl?: string;
  /** URL of a catalogue JSON file (used when `catalogue` is not set). */
  catalogueSrc?: string;
  /** Which draft this element keeps; different ids on one page keep separate drafts. */
  draftId = 'default';
  /** Keep nothing in IndexedDB. */
  noDrafts = false;
  /**
   * `memory` (default): secrets never leave memory. `encrypted`: secrets are kept in the draft
   * with AES-GCM under a non-extractable key, for 24 hours (best effort; see README).
   */
  secretPersistence: 'memory' | 'encrypted' = 'memory';
  /** `light` or `dark`; without it the element follows `prefers-color-scheme`. */
  theme?: 'light' | 'dark';
  /** Ask the browser to keep drafts under storage pressure (`navigator.storage.persist()`). */
  persistDrafts = false;

  /** The catalogue object (validated on set); wins over `catalogue-src`. */
  catalogue?: unknown;
  /** The company's groups: `[{id, name}]`. */
  groups: Group[] = [];
  /** Connectors that already exist, for the one-live-one-testing rule. */
  existingConnectors: ExistingConnector[] = [];
  /** Partial overrides of any string the element shows. */
  messages?: MessageOverrides;
  /** IndexedDB database the drafts live in (tests give each test its own). */
  draftDatabase = DEFAULT_DRAFT_DATABASE;
  /**
   * An existing connector (with `id`, without secrets) to edit: the wizard opens on General with
   * its answers; Save sends `PATCH {endpoint}/{id}` (or, without endpoint, fires
   * `connector-updated` with the changed fields). Empty credentials keep the current ones.
   */
  connector?: EditableConnector;
  /** Per-attempt timeout of endpoint requests, in milliseconds. */
  requestTimeout = 30_000;
  /** Retries of a create: attempts, backoff base and cap, the longest Retry-After waited for. */
  retryPolicy: Partial<RetryPolicy> = {};

  /** @internal */
  _data: WizardData = emptyWizardData();
  /** @internal */
  _secrets: SecretValues = {};
  /** @internal */
  _step: StepId = 'system';
  /** @internal */
  _feedback: Feedback = {};
  /** @internal */
  _notes: Record<Pointer, string> = {};
  /** @internal */
  _created?: { name: string; system: string; updated?: boolean };
  /** @internal */
  _storageNotice = false;
  /** A notice about the draft: unreadable, changed in another tab, storage upgraded elsewhere. */
  /** @internal */
  _draftNotice?: DraftNotice;
  /** @internal */
  _confirmDiscard = false;
  /** @internal */
  _announcement = '';
  /** The shipped locale in use, and its messages (`undefined`: English, also until another one has loaded). */
  /** @internal */
  _locale = 'en';
  /** @internal */
  _localeMessages?: Messages;
  /** Why the last create failed, in words, when no field is to blame. */
  /** @internal */
  _submitError?: string;
  /** @internal */
  _connectionTest?: WizardContextValue['connectionTest'];
  /** Connectors the endpoint reported (GET), added to the host's `existingConnectors`. */
  /** @internal */
  _serverExisting: ExistingConnector[] = [];

  readonly #provider = new ContextProvider(this, { context: wizardContext });

  #returnToReview = false;
  /** @internal */
  focusAfterUpdate?: 'heading' | 'summary' | 'success';
  /** The saved step of a restored draft, settled once the catalogue is there to check it against. */
  #restoredStep?: StepId;
  /** The furthest step reached, so completed steps after a Change link stay one click away. */
  #furthest = 0;
  /** Answers for systems the person picked and left, so arrowing through the picker loses nothing. */
  /** @internal */
  otherSystems = new Map<string, { data: WizardData; secrets: SecretValues }>();
  #appliedCatalogue?: Catalogue;
  /** @internal */
  knownGroups: Group[] = [];
  #existing: ExistingConnector[] = [];
  /** The submit() in progress: every call while it runs gets this same promise. */
  #submitting?: Promise<boolean>;
  /** Errors the server reported, kept until their own field is edited (the client cannot re-check them). */
  /** @internal */
  serverPointers = new Set<Pointer>();
  /** A secret was changed after the current Idempotency-Key was made: the next create needs a new one. */
  /** @internal */
  secretsChangedSinceKey = false;

  readonly #catalogueLoader = new CatalogueController(this, {
    messages: () => this.msg,
    report: (message, problems) => {
      // One line for whoever reads the console; the event carries every problem for the host.
      if (problems.length) console.warn(`<connector-wizard>: ${message} See the connector-wizard-error event's detail.problems.`);
      this.dispatchEvent(new WizardErrorEvent('catalogue', message, problems));
    },
  });

  /** Created once the later module is there (see `attachLater`). */
  /** @internal */
  submission?: SubmissionController;
  /** @internal */
  oauth?: OAuthController;
  /** The later module could not be loaded when a step needed it. */
  /** @internal */
  _laterFailed = false;

  /** @internal */
  readonly draft = new DraftHandle(this, {
    snapshot: () => ({ step: this._step, data: this._data, secrets: this._secrets }),
    restore: (record, secrets, remote) => this.#restoreDraft(record, secrets, remote),
    notice: (notice) => {
      this._draftNotice = notice;
      this._announcement = this.msg.draftNotices[notice];
    },
    switched: () => this.#startOver(),
    unavailable: (error) => {
      this._storageNotice = true;
      this._announcement = this.msg.draftsUnavailable;
      this.fail('storage', `Drafts are not being saved: ${error instanceof Error ? error.message : String(error)}`);
    },
  });

  readonly #actions: WizardActions = {
    update: (patch) => this.#updateData(patch),
    selectSystem: (id) => this.#selectSystem(id),
    setCredential: (key, value) => later!.setCredential(this, key, value),
    commitCredential: (key) => later!.commitCredential(this, key),
    next: () => void this.next(),
    testConnection: () => void later!.testConnection(this),
    connectOAuth: () => void later!.connectOAuth(this),
    continueOAuthInTab: () => later!.continueOAuthInTab(this),
    goTo: (step, options) => void this.goTo(step, options),
  };

  /** @internal */
  get msg(): Messages {
    return resolveMessages(this.messages, this._localeMessages ?? english());
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.#updateLocale();
  }

  /** `lang` here, else the nearest `lang` up the tree, else the browser's; other locales load on demand. */
  /** The language asked for, regional part included ("fr-CA"), for catalogue variants. */
  #requestedLanguage = 'en';

  /** Catalogue variants follow the requested tag when it is the shipped language, else the shipped one. */
  get #catalogueLanguage(): string {
    return supportedLocale(this.#requestedLanguage) === this._locale ? this.#requestedLanguage : this._locale;
  }

  #updateLocale() {
    this.#requestedLanguage = requestedLanguage(this);
    const locale = supportedLocale(this.#requestedLanguage);
    if (locale === this._locale) return;
    void loadMessages(locale).then((messages) => {
      if (supportedLocale(requestedLanguage(this)) !== locale) return;
      this._locale = locale;
      this._localeMessages = messages;
    });
  }

  /** A page that switches language on <html lang> is followed without a reload. */
  readonly #pageLang = new MutationObserver(() => this.#updateLocale());

  /** @internal */
  get catalogueValue(): Catalogue | undefined {
    return this.#catalogueLoader.catalogue;
  }

  /** @internal */
  get systemDefinition(): SystemDefinition | undefined {
    return this.catalogueValue?.systems.find((s) => s.id === this._data.system);
  }

  /** The steps this element walks through: System is skipped when `system` is set. */
  get steps(): readonly StepId[] {
    return this.system || this.editing ? STEP_IDS.filter((s) => s !== 'system') : STEP_IDS;
  }

  /** The connector being edited, as it was (see the `connector` property). */
  /** @internal */
  editing?: EditableConnector;

  /** Editing with the authentication type unchanged: empty credentials keep the current ones. */
  get #keepCredentials(): boolean {
    return Boolean(this.editing && this._data.authType === this.editing.authType);
  }

  /** Opens the wizard on an existing connector (the `connector` property). */
  #startEdit(connector: EditableConnector) {
    const system = this.catalogueValue?.systems.find((s) => s.id === connector.system);
    if (!system) {
      this.fail('config', `The connector to edit names a system that is not in the catalogue: "${String(connector.system).slice(0, 60)}".`);
      return;
    }
    // An edit opens on General, from the later module: the next update starts it once that is here.
    if (!later) {
      if (!this._laterFailed) void this.#needLater();
      return;
    }
    this.#clearSession();
    this.editing = connector;
    this._data = later.editAnswers(connector, system);
    this._secrets = {};
    this._step = 'general';
    this.#furthest = this.steps.length - 1;
  }

  /** The current step id (`done` after a create). */
  get currentStep(): StepId | 'done' {
    return this._created ? 'done' : this._step;
  }

  // ---------------------------------------------------------------- render

  override render() {
    const msg = this.msg;
    // The locale's direction and language apply inside the element, whatever the host page uses.
    return html`<div class="root" lang=${this._locale} dir=${isRtl(this._locale) ? 'rtl' : 'ltr'}>
      <div class="visually-hidden" role="status" aria-live="polite">${this.#liveText()}</div>
      ${this.#renderBody(msg)}
    </div>`;
  }

  /** The polite live region: retries as they happen, else the last announcement. */
  #liveText(): string {
    const progress = this.submission?.progress;
    if (progress?.state === 'sending' && progress.attempt > 1) return this.msg.retrying(progress.attempt, progress.attempts);
    return this._announcement;
  }

  #renderBody(msg: Messages) {
    const state = this.#catalogueLoader.state;
    if (state.status === 'loading') return html`<p role="status" data-loading>${msg.loadingCatalogue}</p>`;
    if (state.status === 'none') return html`<div class="catalogue-error" role="alert"><p>${msg.noCatalogue}</p></div>`;
    if (state.status === 'error')
      return html`<div class="catalogue-error" role="alert" part="catalogue-error">
        <h2>${msg.catalogueErrorTitle}</h2>
        <ul>
          ${state.problems.map((p) => html`<li>${p}</li>`)}
        </ul>
      </div>`;
    if (this.system && !state.catalogue.systems.some((s) => s.id === this.system))
      return html`<div class="catalogue-error" role="alert"><p>${msg.unknownSystem(this.system)}</p></div>`;
    if (this.draft.status === 'loading') return html`<p role="status" data-loading>${msg.loadingDraft}</p>`;
    if (this._created) return this.#renderCreated(msg, this._created);

    const steps = this.steps;
    const index = steps.indexOf(this._step);
    return html`<div class="wizard" part="base">
      <div class="header" part="header">
      <nav aria-label=${msg.stepsLabel} part="steps">
        <ol>
          ${steps.map((step, i) => {
            const label = msg.stepLabels[step] ?? step;
            if (i < index || (i > index && i <= this.#furthest && !this.#firstInvalid(steps.slice(0, i))))
              return html`<li>
                <button type="button" part="step-link button" @click=${() => this.goTo(step)}>
                  ${label}<span class="visually-hidden"> (${msg.completed})</span>
                </button>
              </li>`;
            if (i === index) return html`<li><span part="step-link current" aria-current="step">${label}</span></li>`;
            return html`<li><span part="step-link" class="future">${label}</span></li>`;
          })}
        </ol>
      </nav>
      <p class="progress">${msg.stepOf(index + 1, steps.length)}</p>
      </div>
      ${this._storageNotice ? html`<p class="notice" data-notice="storage">${msg.draftsUnavailable}</p>` : nothing}
      ${this.#renderDraftNotice(msg)}
      ${this.#renderStep(this._step)}
      ${this._submitError ? html`<div class="notice error" role="alert" part="submit-error">${this._submitError}</div>` : nothing}
      ${this._laterFailed
        ? html`<div class="notice error" role="alert" part="load-error">
            <p>${msg.loadFailed}</p>
            <button type="button" class="secondary" part="button retry" @click=${() => this.#tryAgain()}>${msg.tryAgain}</button>
          </div>`
        : nothing}
      ${this.#renderProgress(msg)}
      <div class="actions" part="actions">
        ${index > 0
          ? html`<button type="button" class="secondary" part="button back" @click=${() => this.back()}>${msg.back}</button>`
          : nothing}
        ${this._step === 'review'
          ? html`<button
              type="button"
              class="primary"
              part="button create"
              aria-disabled=${this.submission?.sending ? 'true' : nothing}
              aria-busy=${this.submission?.sending ? 'true' : nothing}
              @click=${() => this.submit()}
            >
              ${this.submission?.sending ? (this.editing ? msg.saving : msg.creating) : this.editing ? msg.saveChanges : msg.create}
            </button>`
          : html`<button type="button" class="primary" part="button continue" @click=${() => this.next()}>${msg.continue}</button>`}
        <div class="end">
          ${this.#hasAnswers() && !this.noDrafts
            ? html`<button type="button" class="link" part="button discard" @click=${this.#askDiscard}>${msg.discardDraft}</button>`
            : nothing}
          <button type="button" class="link" part="button cancel" @click=${this.#cancel}>${msg.cancel}</button>
        </div>
      </div>
      ${this._confirmDiscard
        ? html`<div class="confirm" role="alertdialog" aria-labelledby="confirm-text" aria-modal="false" @keydown=${this.#onConfirmKey}>
            <p id="confirm-text">${msg.discardConfirm}</p>
            <button type="button" class="secondary" data-confirm="yes" @click=${this.#confirmDiscard}>${msg.discardYes}</button>
            <button type="button" class="secondary" data-confirm="no" @click=${this.#keepDraft}>${msg.discardNo}</button>
          </div>`
        : nothing}
    </div>`;
  }

  #renderDraftNotice(msg: Messages) {
    const notice = this._draftNotice;
    if (!notice) return nothing;
    if (notice === 'conflict' || notice === 'deleted') {
      if (this.draft.status !== 'conflict') return nothing;
      return html`<div class="notice" data-notice="conflict" part="notice">
        <p>${msg.draftNotices[notice]}</p>
        <button type="button" class="secondary" part="button" data-conflict="theirs" @click=${this.#loadTheirs}>
          ${notice === 'deleted' ? msg.conflictStartAgain : msg.conflictLoadTheirs}
        </button>
        <button type="button" class="secondary" part="button" data-conflict="mine" @click=${this.#keepMine}>${msg.conflictKeepMine}</button>
      </div>`;
    }
    return html`<p class="notice" data-notice=${notice}>${msg.draftNotices[notice]}</p>`;
  }

  // The buttons vanish on click: focus goes to the step heading at once, not to <body>.
  readonly #loadTheirs = async () => {
    this._draftNotice = undefined;
    this.focusAfterUpdate = 'heading';
    await this.draft.loadTheirs();
  };

  readonly #keepMine = async () => {
    this._draftNotice = undefined;
    this.focusAfterUpdate = 'heading';
    await this.draft.keepMine();
  };

  #renderProgress(msg: Messages) {
    const progress = this.submission?.progress;
    if (progress?.state !== 'sending') return nothing;
    return html`<p class="sending" data-progress>
      ${progress.attempt > 1 ? msg.retrying(progress.attempt, progress.attempts) : msg.creating}
    </p>`;
  }

  /** Steps are rendered by tag so each stays a separate, separately testable element. */
  #renderStep(step: StepId) {
    // Continue waits for the next step's code (usually fetched ahead already) and says so.
    if (this.#loadingLater || (step !== 'system' && !this.submission) || (!later && this.catalogueValue && (this.#restoredStep || (this.connector && !this.editing))))
      return this._laterFailed ? nothing : html`<p role="status" data-loading>${this.msg.loadingStep}</p>`;
    switch (step) {
      case 'system':
        return html`<connector-wizard-system-step data-step="system" part="step" exportparts=${STEP_PARTS}></connector-wizard-system-step>`;
      case 'general':
        return html`<connector-wizard-general-step data-step="general" part="step" exportparts=${STEP_PARTS}></connector-wizard-general-step>`;
      case 'timezone':
        return html`<connector-wizard-timezone-step data-step="timezone" part="step" exportparts=${STEP_PARTS}></connector-wizard-timezone-step>`;
      case 'auth':
        return html`<connector-wizard-auth-step data-step="auth" part="step" exportparts=${STEP_PARTS}></connector-wizard-auth-step>`;
      case 'credentials':
        return html`<connector-wizard-credentials-step data-step="credentials" part="step" exportparts=${STEP_PARTS}></connector-wizard-credentials-step>`;
      case 'review':
        return html`<connector-wizard-review-step data-step="review" part="step" exportparts=${STEP_PARTS}></connector-wizard-review-step>`;
    }
  }

  #renderCreated(msg: Messages, created: { name: string; system: string; updated?: boolean }) {
    return html`<div class="success" part="success">
      <h2 tabindex="-1">${created.updated ? msg.updatedTitle : msg.createdTitle}</h2>
      <p>${created.updated ? msg.updatedBody(created.name, created.system) : msg.createdBody(created.name, created.system)}</p>
      <button type="button" class="secondary" part="button" @click=${() => this.reset()}>${msg.addAnother}</button>
    </div>`;
  }

  // ---------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.endpoint) this.#loadExisting();
    this.#updateLocale();
    this.#pageLang.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#pageLang.disconnect();
    // Removed for good (not just moved within the page, which reconnects in the same task):
    // secrets leave memory; the draft, already flushed, keeps everything else.
    setTimeout(() => {
      if (!this.isConnected) this.#dropSecrets();
    });
  }

  /** Creates this element's endpoint and OAuth controllers once the later module is there. */
  #attachLater(module: Later) {
    this.submission ??= new module.SubmissionController(this);
    this.oauth ??= new module.OAuthController(this);
    this._laterFailed = false;
  }

  /**
   * The later module, loaded if need be. A failure is shown with a way to try again and reported
   * as a `network` error; nothing typed is lost.
   */
  #needLater(retry?: () => unknown): Promise<Later | undefined> {
    // The first caller with something to repeat keeps it (a restored step, Continue, Create).
    if (retry && !this.#loadingLater) this.#retry = retry;
    else this.#retry ??= retry;
    if (!this.#loadingLater) {
      this.#loadingLater = this.#loadLaterHere().finally(() => {
        this.#loadingLater = undefined;
        this.requestUpdate();
      });
      this.requestUpdate();
    }
    return this.#loadingLater;
  }

  #loadingLater?: Promise<Later | undefined>;
  /** What "Try again" does after a failed load: what the person had asked for, else load again. */
  #retry?: () => unknown;

  /** Loads the later module again, then repeats what was asked for (if it still applies). */
  #tryAgain() {
    const retry = this.#retry;
    this.#retry = undefined;
    void this.#needLater(retry).then((module) => module && retry?.());
  }

  async #loadLaterHere(): Promise<Later | undefined> {
    this._laterFailed = false;
    try {
      const module = await loadLater();
      this.#retry = undefined;
      if (!this.submission) {
        this.#attachLater(module);
        this.requestUpdate();
      }
      return module;
    } catch (error) {
      this._laterFailed = true;
      this.fail('network', `Part of the wizard could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  /** Once the first step is on screen, the rest is fetched while the person reads it. */
  #prefetchLater() {
    const fetchLater = () =>
      void loadLater().then(
        (module) => {
          if (this.submission) return;
          this.#attachLater(module);
          this.requestUpdate();
        },
        // Quietly: the next step asks again, and says so if it fails then.
        () => undefined,
      );
    if ('requestIdleCallback' in window) requestIdleCallback(fetchLater, { timeout: 2000 });
    else setTimeout(fetchLater, 200);
  }

  /** Also waits for a step that is loading (one an update may start), so `await el.updateComplete` sees it on screen. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#loadingLater) {
      await this.#loadingLater;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override firstUpdated(): void {
    this.#prefetchLater();
  }

  #dropSecrets() {
    this._secrets = {};
    for (const [system, stash] of this.otherSystems) this.otherSystems.set(system, { ...stash, secrets: {} });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('catalogue') && this.catalogue !== undefined) this.#catalogueLoader.set(this.catalogue);
    else if (changed.has('catalogueSrc') && this.catalogue === undefined) {
      if (this.catalogueSrc) this.#catalogueLoader.load(this.catalogueSrc);
      else this.#catalogueLoader.clear();
    }
    if (changed.has('groups')) this.knownGroups = cleanGroups(this.groups);
    if ((changed.has('connector') || (this.connector && !this.editing)) && this.connector && this.catalogueValue && this.connector !== this.editing)
      this.#startEdit(this.connector);
    if (changed.has('existingConnectors') || changed.has('_serverExisting' as keyof ConnectorWizard))
      this.#existing = [...cleanExisting(this.existingConnectors), ...this._serverExisting];
    if (changed.has('endpoint') && this.isConnected) this.#loadExisting();
    if ((changed.has('draftId') || changed.has('noDrafts') || changed.has('draftDatabase')) && this.isConnected) void this.draft.load();
    const catalogueChanged = this.catalogueValue !== this.#appliedCatalogue;
    this.#appliedCatalogue = this.catalogueValue;
    if (catalogueChanged || ['system', 'group', 'groups', 'environment'].some((key) => changed.has(key as keyof ConnectorWizard)))
      this.#applyPresets();
    if (catalogueChanged) this.#settleRestoredStep();
    if (later) this.#attachLater(later);
    this.#takeOAuthReturn();
    if (!this.steps.includes(this._step)) this._step = this.steps[0]!;
    if (this._step !== 'system' && !this.submission && !this._laterFailed && this.catalogueValue) void this.#needLater();
    // Undefined until the catalogue is there; the steps render nothing without it.
    this.#provider.setValue(this.#buildContext() as WizardContextValue);
  }

  protected override async updated(): Promise<void> {
    const focus = this.focusAfterUpdate;
    if (!focus) return;
    if (focus === 'success') {
      this.focusAfterUpdate = undefined;
      this.renderRoot.querySelector<HTMLElement>('.success h2')?.focus();
      return;
    }
    // A step still loading takes the focus once it is there.
    const step = this.renderRoot.querySelector<WizardStepElement>('[data-step]');
    if (!step) return;
    this.focusAfterUpdate = undefined;
    await step.updateComplete;
    if (focus === 'summary') await step.focusErrorSummary();
    else await step.focusHeading();
  }

  #buildContext(): WizardContextValue | undefined {
    if (!this.catalogueValue) return undefined;
    const catalogue = localizeCatalogue(this.catalogueValue, this.#catalogueLanguage);
    return {
      msg: this.msg,
      locale: this._locale,
      catalogue,
      system: catalogue.systems.find((s) => s.id === this._data.system),
      steps: this.steps,
      step: this._step,
      data: this._data,
      secrets: this._secrets,
      groups: this.knownGroups,
      existingConnectors: this.#existingOthers,
      feedback: this._feedback,
      notes: this._notes,
      oauthConfigured: Boolean(safeUrl(this.oauthStartUrl)),
      editing: this.editing ? { keepCredentials: this.#keepCredentials, secretsAllowed: Boolean(this.endpoint) } : undefined,
      canTestConnection: Boolean(this.testEndpoint),
      oauth: this.oauth?.status ?? { state: 'idle' },
      ...(this._connectionTest ? { connectionTest: this._connectionTest } : {}),
      actions: this.#actions,
    };
  }

  // ---------------------------------------------------------------- answers

  /** Applies `system`, `group` and `environment` attributes and the system's defaults. */
  #applyPresets() {
    const catalogue = this.catalogueValue;
    if (!catalogue) return;
    let data = this._data;
    if (this.system && data.system !== this.system && catalogue.systems.some((s) => s.id === this.system)) {
      data = this.#withSystemDefaults({ ...emptyWizardData(), name: data.name, group: data.group, environment: data.environment }, this.system);
    }
    if (this.group && data.group === undefined && this.#groupsOrPending().some((g) => g.id === this.group)) data = { ...data, group: this.group };
    if (this.environment && data.environment === undefined && (this.environment === 'live' || this.environment === 'test'))
      data = { ...data, environment: this.environment };
    // One way to sign in is chosen for the person, whatever a draft or an older catalogue said.
    const system = catalogue.systems.find((s) => s.id === data.system);
    if (system?.authTypes.length === 1 && data.authType !== system.authTypes[0]!.id)
      data = this.#withFieldDefaults({ ...data, authType: system.authTypes[0]!.id }, system);
    if (data !== this._data) this._data = data;
  }

  #groupsOrPending(): Group[] {
    return this.knownGroups.length ? this.knownGroups : cleanGroups(this.groups);
  }

  #withSystemDefaults(data: WizardData, systemId: string): WizardData {
    const system = this.catalogueValue?.systems.find((s) => s.id === systemId);
    if (!system) return { ...data, system: systemId };
    const zone = system.defaultTimeZone && isKnownTimeZone(system.defaultTimeZone) ? system.defaultTimeZone : browserTimeZone();
    const authType = system.authTypes.length === 1 ? system.authTypes[0]!.id : undefined;
    return this.#withFieldDefaults(
      { ...data, system: systemId, timeZone: zone, ...dateFormatChoice(system.defaultDateFormat), authType, credentials: idRecord(), secretsEntered: idRecord() },
      system,
    );
  }

  /** Fills catalogue `default`s of the chosen auth type, never over something typed. */
  #withFieldDefaults(data: WizardData, system = this.systemDefinition): WizardData {
    const authType = system?.authTypes.find((a) => a.id === data.authType);
    if (!authType) return data;
    let current = own(data.credentials, authType.id);
    let changed = false;
    for (const field of authType.fields) {
      if (field.default === undefined || isSecretField(field) || own(current, field.key) !== undefined) continue;
      current = withEntry(current, field.key, field.type === 'boolean' ? Boolean(field.default) : String(field.default));
      changed = true;
    }
    return changed && current ? { ...data, credentials: withEntry(data.credentials, authType.id, current) } : data;
  }

  #updateData(patch: Partial<WizardData>) {
    let data = { ...this._data, ...patch };
    if (patch.authType !== undefined) data = this.#withFieldDefaults(data);
    this._data = data;
    if (patch.authType !== undefined) later?.applyReturnedOAuth(this);
    this.changed(Object.keys(patch).map((k) => `/${k}`));
  }

  #selectSystem(id: string) {
    const previous = this._data.system;
    if (id === previous) return;
    if (previous) this.otherSystems.set(previous, { data: this._data, secrets: this._secrets });
    this.oauth?.reset();
    const { name, group, environment } = this._data;
    const stashed = this.otherSystems.get(id);
    this._data = stashed ? { ...stashed.data, name, group, environment } : this.#withSystemDefaults({ ...emptyWizardData(), name, group, environment }, id);
    this._secrets = stashed?.secrets ?? {};
    this._notes = {};
    this.changed(['/system']);
  }

  /**
   * After a failed Continue, errors that get fixed disappear; new ones wait for the next
   * Continue. A server's error stays until its own field is edited: only the server can re-check it.
   */
  /** @internal */
  changed(edited: Pointer[]) {
    const now = Object.keys(this._feedback).length ? this.#check(this._step, this.validationInput()) : undefined;
    if (now) {
      const kept: Feedback = {};
      for (const [pointer, message] of Object.entries(this._feedback)) {
        if (now[pointer]) kept[pointer] = now[pointer]!;
        else if (this.serverPointers.has(pointer) && !edited.includes(pointer)) kept[pointer] = message;
      }
      for (const pointer of edited) this.serverPointers.delete(pointer);
      this._feedback = kept;
    }
    this._submitError = undefined;
    this.draft.schedule();
  }

  #hasAnswers(): boolean {
    const d = this._data;
    return Boolean((d.system && !this.system) || d.name.trim() || Object.keys(d.credentials).length);
  }

  /** @internal */
  validationInput(): StepValidationInput {
    return {
      ctx: {
        // Localised, so messages name fields in the person's language.
        catalogue: this.catalogueValue ? localizeCatalogue(this.catalogueValue, this.#catalogueLanguage) : { version: 1, systems: [] },
        system: this.catalogueValue ? localizeCatalogue(this.catalogueValue, this.#catalogueLanguage).systems.find((s) => s.id === this._data.system) : undefined,
        groups: this.knownGroups,
        existingConnectors: this.#existingOthers,
      },
      msg: this.msg,
      data: this._data,
      secrets: this._secrets,
      oauthConfigured: Boolean(safeUrl(this.oauthStartUrl)),
      keepCredentials: this.#keepCredentials,
    };
  }

  #restoreDraft(record: DraftRecord, secrets: SecretValues, remote: boolean) {
    if (this.system && record.data.system && record.data.system !== this.system) return;
    // A draft of an edit belongs to that connector only; an edit ignores drafts of anything else.
    if ((record.data.editing ?? undefined) !== (this.connector?.id ?? undefined)) return;
    const kept = this._secrets;
    this.#clearSession();
    this._data = { ...record.data, ...(this.system ? { system: this.system } : {}) };
    // Following another tab keeps the secrets typed here (they are never in the draft by default).
    this._secrets = remote ? idRecord([...Object.entries(kept), ...Object.entries(secrets)]) : secrets;
    this.#restoredStep = record.step;
    this._announcement = this.msg.draftRestored;
    this.#applyPresets();
    this.#settleRestoredStep();
  }

  /**
   * Lands on the saved step unless an earlier step is no longer complete (secrets are never
   * restored). Needs the catalogue, which may still be loading when the draft arrives.
   */
  #settleRestoredStep() {
    const saved = this.#restoredStep;
    if (!saved || !this.catalogueValue) return;
    // Checking the steps before it takes the later module (a loading status shows meanwhile).
    if (!later && saved !== this.steps[0]) {
      void this.#needLater(() => this.#settleRestoredStep()).then((module) => module && this.#settleRestoredStep());
      return;
    }
    this.#restoredStep = undefined;
    const steps = this.steps;
    const target = steps.includes(saved) ? saved : steps[0]!;
    // Secrets a reload dropped do not move the person back: the field (and Review) say to enter them again.
    const stop = this.#firstInvalid(steps.slice(0, steps.indexOf(target)), { ignoreDroppedSecrets: true });
    this._step = stop?.step ?? target;
    this.#furthest = steps.indexOf(target);
  }

  /** Everything that belongs to one connector in progress, other than its answers. */
  #clearSession() {
    this.oauth?.reset();
    this._created = undefined;
    this._submitError = undefined;
    this._connectionTest = undefined;
    this.secretsChangedSinceKey = false;
    this._notes = {};
    this._feedback = {};
    this.serverPointers.clear();
    this.otherSystems.clear();
    this.#returnToReview = false;
    this.#restoredStep = undefined;
    this.#retry = undefined;
    this._confirmDiscard = false;
  }

  /** The draft id changed to one with no draft: start a fresh connector, keeping nothing typed. */
  #startOver() {
    this.#clearSession();
    this._data = emptyWizardData();
    this._secrets = {};
    this._step = this.steps[0]!;
    this.#furthest = 0;
    this.#applyPresets();
  }

  // ---------------------------------------------------------------- navigation

  /** @internal */
  changeStep(to: StepId, focus: 'heading' | 'summary' = 'heading'): boolean {
    if (this._created) return false;
    const from = this._step;
    if (to === from) {
      this.focusAfterUpdate = focus;
      this.requestUpdate();
      return true;
    }
    const event = new StepChangeEvent(from, to);
    this.dispatchEvent(event);
    if (event.defaultPrevented) return false;
    this._step = to;
    this.#furthest = Math.max(this.#furthest, this.steps.indexOf(to));
    this._feedback = {};
    this.serverPointers.clear();
    this._submitError = undefined;
    if (this._connectionTest) {
      this.submission?.abortTest();
      this._connectionTest = undefined;
    }
    this._confirmDiscard = false;
    this.focusAfterUpdate = focus;
    void this.draft.saveNow('strict');
    return true;
  }

  #firstInvalid(steps: readonly StepId[], options: { ignoreDroppedSecrets?: boolean } = {}): { step: StepId; feedback: Feedback } | undefined {
    const input = this.validationInput();
    const dropped = new Set(
      options.ignoreDroppedSecrets
        ? (own(this._data.secretsEntered, this._data.authType ?? '') ?? []).filter((k) => !own(own(this._secrets, this._data.authType ?? ''), k)).map((k) => `/credentials/${k}`)
        : [],
    );
    for (const step of steps) {
      const feedback = this.#check(step, input);
      // Not checkable before the later module is there: not complete either.
      if (!feedback) return { step, feedback: {} };
      if (Object.keys(feedback).some((pointer) => !dropped.has(pointer))) return { step, feedback };
    }
    return undefined;
  }

  /**
   * A step's problems. System is checked here; the other steps by the later module, which is
   * there before they are shown (`undefined` until then).
   */
  #check(step: StepId, input: StepValidationInput): Feedback | undefined {
    if (later) return later.validateStep(step, input);
    if (step !== 'system') return undefined;
    const result = systemStepSchema(input.ctx, input.msg).safeParse({ system: input.data.system });
    return result.success ? {} : issuesToFeedback(result.error.issues);
  }

  /** Validates the current step and moves on (to Review, when it came from a Change link). */
  async next(): Promise<boolean> {
    if (!this.catalogueValue || this._created) return false;
    if (this._step !== 'system' && !later && !(await this.#needLater(() => this.next()))) return false;
    if (this._step === 'review') return this.submit();
    if (this._step === 'credentials') for (const f of later!.currentCredentials(this.validationInput()).authType?.fields ?? []) later!.commitCredential(this, f.key);
    const feedback = this.#check(this._step, this.validationInput()) ?? {};
    if (Object.keys(feedback).length) {
      this._feedback = feedback;
      this.focusAfterUpdate = 'summary';
      return false;
    }
    const steps = this.steps;
    let to = steps[steps.indexOf(this._step) + 1]!;
    if (this.#returnToReview && !this.#firstInvalid(steps.slice(0, steps.indexOf('review')))) to = 'review';
    // The next step is on screen when it is shown: no half-loaded step in between. What was
    // checked still holds only if nothing changed while it loaded (a discard, another tab).
    if (!this.submission) {
      const { _step: from, _data: data } = this;
      if (!(await this.#needLater(() => this.next()))) return false;
      if (this._step !== from) return false;
      // The answers changed meanwhile (the host's presets, another tab, an OAuth return): check again.
      if (this._data !== data) return this.next();
    }
    const moved = this.changeStep(to);
    if (moved && to === 'review') this.#returnToReview = false;
    return moved;
  }

  /** Goes to the previous step without validating; nothing typed is lost. */
  async back(): Promise<boolean> {
    const steps = this.steps;
    const index = steps.indexOf(this._step);
    if (index <= 0 || this._created) return false;
    return this.changeStep(steps[index - 1]!);
  }

  /**
   * Goes to a step: any earlier step, or a later one when every step before it is complete.
   * With `returnToReview`, the next Continue comes back to Review.
   */
  async goTo(step: StepId, options: { returnToReview?: boolean } = {}): Promise<boolean> {
    if (!(STEP_IDS as readonly string[]).includes(step))
      throw new Error(`connector-wizard: unknown step "${String(step)}". Use one of: ${this.steps.join(', ')}.`);
    if (!this.steps.includes(step))
      throw new Error(`connector-wizard: step "${step}" is skipped because the "system" attribute is set. Use one of: ${this.steps.join(', ')}.`);
    if (!this.catalogueValue || this._created) return false;
    const steps = this.steps;
    if (step !== 'system' && !this.submission && !(await this.#needLater(() => this.goTo(step, options)))) return false;
    if (steps.indexOf(step) > steps.indexOf(this._step) && this.#firstInvalid(steps.slice(0, steps.indexOf(step)))) return false;
    this.#returnToReview = Boolean(options.returnToReview);
    return this.changeStep(step);
  }

  async #runSubmit(): Promise<boolean> {
    if (!this.catalogueValue || this._created || (!this.submission && !(await this.#needLater(() => this.submit())))) return false;
    return later!.submitAnswers(this);
  }

  /** GET the endpoint's connectors for the duplicate rule, quietly: without them the server's 409 is the backstop. */
  #loadExisting() {
    void loadLater().then((module) => {
      this.#attachLater(module);
      return module.loadExisting(this);
    }, () => undefined);
  }

  /**
   * Creates the connector: validates every step (going to the first with a problem), then fires
   * `connector-created` exactly once and deletes the draft.
   */
  submit(): Promise<boolean> {
    this.#submitting ??= this.#runSubmit().finally(() => (this.#submitting = undefined));
    return this.#submitting;
  }

  /**
   * Back from signing in in this tab: the callback put its answer in the URL fragment. Taken
   * once, when the catalogue is there and the draft (if any) is restored, drafts or not.
   */
  #oauthReturnChecked = false;
  #takeOAuthReturn() {
    if (this.#oauthReturnChecked || !this.catalogueValue || this.draft.status === 'loading') return;
    if (location.hash.includes(OAUTH_RETURN_KEY) && !this.oauth) {
      // Once: after a failure, Try again loads it and the next update takes the return.
      if (!this._laterFailed) void this.#needLater();
      return;
    }
    this.#oauthReturnChecked = true;
    this.returnedOAuth = this.oauth?.takeReturned(this.draftId);
    later?.applyReturnedOAuth(this);
  }

  /** A returned connection waits until an OAuth authentication type is chosen (no draft kept the answers). */
  /** @internal */
  returnedOAuth?: OAuthStatus;
  /** Connectors other than the one being edited: an edit never collides with itself. */
  get #existingOthers(): ExistingConnector[] {
    const id = this.editing?.id;
    return id ? this.#existing.filter((c) => c.id !== id) : this.#existing;
  }

  /** Discards the draft and starts again. */
  async reset(): Promise<void> {
    const deleted = this.draft.discard();
    this.#startOver();
    this._created = undefined;
    this._confirmDiscard = false;
    this.focusAfterUpdate = 'heading';
    await deleted;
  }

  readonly #cancel = () => {
    // The draft keeps the answers (the snapshot is taken now); secrets in memory go.
    void this.draft.flush();
    this.#dropSecrets();
    this.dispatchEvent(new WizardCancelEvent());
  };

  readonly #confirmDiscard = () => {
    void this.reset();
  };

  readonly #askDiscard = async () => {
    this._confirmDiscard = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-confirm="no"]')?.focus();
  };

  readonly #keepDraft = async () => {
    this._confirmDiscard = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="discard"]')?.focus();
  };

  readonly #onConfirmKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    void this.#keepDraft();
  };

  /** @internal */
  fail(kind: WizardErrorKind, message: string) {
    this.dispatchEvent(new WizardErrorEvent(kind, message));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'connector-wizard': ConnectorWizard;
  }
  interface HTMLElementEventMap {
    'connector-created': ConnectorCreatedEvent;
    'connector-updated': ConnectorUpdatedEvent;
    'connector-wizard-step-change': StepChangeEvent;
    'connector-wizard-cancel': WizardCancelEvent;
    'connector-wizard-error': WizardErrorEvent;
  }
  /** The events bubble and are composed, so listeners on document or window are typed too. */
  interface GlobalEventHandlersEventMap {
    'connector-created': ConnectorCreatedEvent;
    'connector-updated': ConnectorUpdatedEvent;
    'connector-wizard-step-change': StepChangeEvent;
    'connector-wizard-cancel': WizardCancelEvent;
    'connector-wizard-error': WizardErrorEvent;
  }
}
