import { ContextProvider } from '@lit/context';
import { html, type PropertyValues } from 'lit';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { localizeCatalogue } from '../catalogue/localize-catalogue.js';
import { systemNamed } from '../steps/told-apart.js';
import { catalogueNames } from '../steps/marked-names.js';
import { wizardContext, type WizardContextValue } from '../context/wizard-context.js';
import { AskedFocus } from '../controllers/asked-focus.js';
import { CatalogueController, notOffered } from '../controllers/catalogue-controller.js';
import { DraftHandle } from '../controllers/draft-handle.js';
import { LaterLoader } from '../controllers/later-loader.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { StepNavigation } from '../controllers/step-navigation.js';
import { WizardSession } from '../controllers/wizard-session.js';
// The index also types the events on HTMLElementEventMap, wherever the element is imported.
import { WizardErrorEvent, type WizardErrorKind } from '../events/index.js';
import { isRtl } from '../messages/locale.js';
import { resolveMessages, type Messages } from '../messages/messages.js';
import type { Feedback, StepId } from '../schemas/wizard-data.js';
import type { WizardStepElement } from '../steps/wizard-step-element.js';
import { HostGroups, knownConnectors } from './clean.js';
import { headingLevelOf, WizardProperties } from './wizard-properties.js';
import { checkStep, contextValue, english, validationInput, type WizardInputs } from './wizard-inputs.js';
import { wizardStyles } from './connector-wizard.styles.js';
import type { Flow, FlowHost } from './later-api.js';
import { hasAnswers, stepsOf } from './state/selectors.js';
import * as t from './state/transitions.js';
import type { WizardState } from './state/wizard-state.js';
import { WizardStore } from './state/wizard-store.js';
import { beforeSteps, liveText } from './templates/notices.js';
import { successPanel } from './templates/success-panel.js';
import { wizardShell } from './templates/wizard-shell.js';
import { wizardActions } from './wizard-actions.js';

export type { EditableConnector } from './state/wizard-state.js';

/**
 * Walks a person through adding a service connector: system, general details, time zone and
 * date format, authentication type, credentials, review, create. The element composes: state
 * lives in a store (state/), and the catalogue, drafts, language, the later steps and requests
 * each have a controller. Its attributes, properties, parts and custom properties are declared
 * in wizard-properties.ts.
 *
 * @fires {ConnectorCreatedEvent} connector-created - Once per connector.
 * @fires {ConnectorUpdatedEvent} connector-updated - Once per saved edit.
 * @fires {StepChangeEvent} connector-wizard-step-change - Cancelable.
 * @fires {WizardCancelEvent} connector-wizard-cancel - The draft is kept.
 * @fires {WizardErrorEvent} connector-wizard-error - `{kind, message}`; kind `catalogue` adds `problems`.
 * @tagname connector-wizard
 */
export class ConnectorWizard extends WizardProperties {
  static override styles = wizardStyles;
  /** The state (TypeScript-private: tests look at what is held in memory). */
  private readonly store = new WizardStore(this);
  readonly #catalogue = new CatalogueController(this, {
    timeout: () => this.requestTimeout,
    report: (message, problems) => {
      // One line for whoever reads the console; the event carries every problem for the host.
      if (problems.length) console.warn(`<connector-wizard>: ${message} See the connector-wizard-error event's detail.problems.`);
      this.dispatchEvent(new WizardErrorEvent('catalogue', message, problems.length ? problems : undefined));
    },
    backOnline: () => this.store.update((s) => t.announce(s, (msg) => msg.catalogueBackOnline)),
  });
  readonly #locale = new LocaleController(this);
  readonly #later = new LaterLoader(this, {
    loaded: (module) => {
      this.#flow ??= module.createFlow(this.#flowHost);
      this.#loadExisting();
    },
    failed: (error) => this.#fail('network', `Part of the wizard could not be loaded: ${error instanceof Error ? error.message : String(error)}`),
  });
  /** What navigation and the session share: the state and the ways to check and load steps. */
  readonly #parts = {
    store: this.store,
    later: this.#later,
    flow: () => this.#flow,
    catalogue: () => this.#catalogue.catalogue,
    steps: () => this.steps,
    check: (step: StepId, answers?: Pick<WizardState, 'data' | 'secrets'>) => this.#check(step, answers),
  };
  readonly #session = new WizardSession({
    ...this.#parts,
    presets: () => ({ system: this.system, group: this.group, environment: this.environment, groups: this.#groups.now(this.groups) }),
    connector: () => this.connector,
    hasFocus: () => this.matches(':focus-within'),
    msg: () => this.#msg,
    notOffered: (id) => notOffered(this.#catalogue.state, id),
    settleRestoredStep: (how) => this.#navigation.settleRestoredStep(how),
    scheduleSave: () => this.draft.schedule(),
    fail: (kind, message) => this.#fail(kind, message),
  });
  /** The draft (TypeScript-private: the benchmark page times its saves); what it finds, the session shows. */
  private readonly draft: DraftHandle = new DraftHandle(this, {
    snapshot: () => ({ step: this.#state.step, data: this.#state.data, secrets: this.#state.secrets }),
    editing: () => this.#session.editingId,
    ...this.#session.draftEvents,
  });
  readonly #navigation = new StepNavigation(this, { ...this.#parts, saveNow: () => void this.draft.saveNow('strict'), unopened: () => Boolean(this.#session.unopened) });
  readonly #provider = new ContextProvider(this, { context: wizardContext });
  readonly #focus = new AskedFocus(this, this.store, () => headingLevelOf(this.headingLevel));
  #flow?: Flow;
  readonly #groups = new HostGroups((message) => this.#fail('config', message));
  readonly #known = knownConnectors((message) => this.#fail('config', message));
  #appliedCatalogue?: Catalogue;
  #before?: ReturnType<typeof beforeSteps>; // What the last render showed before the steps (a loading text, the catalogue's problems, with its Cancel), if anything (see update).
  #submitCall?: [round: number, run: Promise<boolean>]; // The submit() call in progress (waiting for the later file too), and the round of the later loader it began in: every call while it runs gets this same promise, until a Cancel or a new connector. The store's `submitting` is the flow's part of it.
  readonly #named = () => catalogueNames(this.#flowHost.system(), this.#systems(), this.#state.data.authType, this.#locale.locale); // The catalogue's names its sentences may hold, for markedNames.
  readonly #systems = () => (this.#catalogue.catalogue ? localizeCatalogue(this.#catalogue.catalogue, this.#locale.catalogueLanguage).systems : []); // The catalogue's systems in the wizard's language, to name one as Review does.

  /** What the later module may use: the store, the draft, a step change, and nothing else of this element. */
  readonly #flowHost: FlowHost = {
    store: this.store,
    host: this,
    draft: this.draft,
    // Its settings are the element's own attributes, read when a request starts.
    config: () => this,
    msg: () => this.#msg,
    steps: () => this.steps,
    // In the person's language, as the steps show it (its names are said in messages).
    system: (id = this.#state.data.system) => this.#systems().find((sys) => sys.id === id),
    systemName: (id = this.#state.data.system) => systemNamed(this.#systems(), id),
    systemMarked: () => systemNamed(this.#systems(), this.#state.data.system, this.#locale.locale),
    groups: () => this.#groups.list,
    validationInput: () => validationInput(this.#inputs()!),
    changeStep: (to, focus, kept) => this.#navigation.changeStep(to, focus, kept),
    edited: (pointers) => this.#session.edited(pointers),
    fail: (kind, message) => this.#fail(kind, message),
  };

  /** What the person's actions reach (wizard-actions.ts): the steps' through the context, and the shell's own buttons. */
  readonly #actions = wizardActions({ ...this.#parts, wizard: this, draft: this.draft, session: this.#session });

  get #state(): WizardState {
    return this.store.state;
  }

  get #msg(): Messages {
    return resolveMessages(this.messages, this.#locale.messages ?? english(this.#later.module), this.#locale.requested);
  }

  /** The steps this element walks through (a new list at each read, the host's own): System is skipped when `system` is set, or when editing. */
  get steps(): readonly StepId[] {
    return stepsOf(this.#state, this.system);
  }

  /** The current step id (`done` after a create). */
  get currentStep(): StepId | 'done' {
    return this.#state.created ? 'done' : this.#state.step;
  }

  /** A create or an edit's changes are being sent: removing the element now aborts the request, though the server may already have done it. */
  get sending(): boolean {
    return Boolean(this.#flow?.sending);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.#locale.update();
  }

  override render() {
    const msg = this.#msg;
    const locale = this.#locale.locale;
    // The locale's direction and language apply inside the element, whatever the host page uses; part="base" wraps every state, the loading, problem and success ones too.
    return html`<div class="root wizard" part="base" lang=${locale} dir=${isRtl(locale) ? 'rtl' : 'ltr'}>
      <div class="visually-hidden" role="status" aria-live="polite">${liveText(msg, this.#state, this.#flow?.progress, this.#named())}</div>
      ${this.#renderBody(msg)}
    </div>`;
  }

  #renderBody(msg: Messages) {
    const s = this.#state;
    if (this.#before) return this.#before;
    // Its system named as the catalogue does in the language in use, by id: a host may preset another system on the panel.
    const created = s.created && { ...s.created, system: this.#flowHost.systemName(s.created.system) ?? s.created.system };
    if (created) return successPanel(msg, created, headingLevelOf(this.headingLevel), () => void this.reset(), s.draftHeld);
    // Continue waits for the next step's code (usually fetched ahead already) and says so.
    const stepLoading = Boolean(this.#later.loading || (s.step !== 'system' && !this.#flow) || (!this.#later.module && (s.restoredStep || (this.connector && !s.editing))));
    return wizardShell(msg, {
      state: s,
      steps: this.steps,
      check: (step) => this.#check(step),
      stepLoading,
      loadFailed: this.#later.status === 'failed',
      draftStatus: this.draft.status,
      locale: this.#locale.locale,
      named: this.#named(),
      system: this.#flowHost.system,
      progress: this.#flow?.progress,
      actions: { canDiscard: hasAnswers(s, this.system) && !this.noDrafts, ...this.#actions.shell },
      goTo: (step, focus) => void this.#navigation.goTo(step, { focus }),
      resolveConflict: this.#actions.resolveConflict,
      tryAgain: () => this.#later.tryAgain(() => this.store.update((s) => t.focusOn(s, 'heading'))),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: ask again (at first connect, the later file's arrival asks).
    if (this.hasUpdated) this.#loadExisting(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removed for good (not just moved within the page, which reconnects in the same task): secrets leave memory; the draft, already flushed, keeps everything else.
    setTimeout(() => this.isConnected || this.store.update(t.dropSecrets));
  }

  /** Also waits for a step that is loading (one an update may start), so `await el.updateComplete` sees it on screen. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#later.loading) {
      await this.#later.loading;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** What comes before the steps this time, if anything; decided here, after the controllers' `hostUpdate` (a draft load that starts there shows its loading text), so render only reads it. */
  protected override update(changed: PropertyValues<this>): void {
    this.#before = beforeSteps(this.#msg, {
      catalogue: this.#catalogue.state,
      system: this.system,
      unopened: this.#session.unopened,
      draftLoading: this.draft.status === 'loading',
      level: headingLevelOf(this.headingLevel),
      sending: () => this.sending || Boolean(this.#state.submitting),
      cancel: this.#actions.shell.cancel,
      tryAgain: () => (this.#catalogue.retry(), this.store.update((state) => t.focusOn(state, 'heading'))),
    });
    super.update(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const hadFocus = this.#focus.began(Boolean(this.#before));
    if (changed.has('catalogue') && this.catalogue != null) this.#catalogue.set(this.catalogue);
    else if ((changed.has('catalogueSrc') || changed.has('catalogue')) && this.catalogue == null) this.#catalogue.use(this.catalogueSrc);
    if (changed.has('groups')) this.#groups.read(this.groups);
    // First: the old endpoint's list goes at once. New headers (a page sets them once its token came): a list refused without them is asked again.
    if (changed.has('endpoint')) this.#loadExisting();
    else if (changed.has('requestHeaders')) this.#loadExisting('refused');
    if (changed.has('existingConnectors')) this.store.update(t.hostListed);
    if ((changed.has('draftId') || changed.has('noDrafts') || changed.has('draftDatabase')) && this.isConnected) void this.draft.load();
    const catalogue = this.#catalogue.catalogue;
    if (catalogue) this.#session.followConnector(this.connector);
    this.#flow?.checkUrls(); // Once an edit opened or ended, which an environment preset is said after.
    const catalogueChanged = catalogue !== this.#appliedCatalogue;
    this.#appliedCatalogue = catalogue;
    this.#session.applyPresets(catalogueChanged || ['system', 'group', 'groups', 'environment'].some((key) => changed.has(key as keyof ConnectorWizard)));
    if (catalogueChanged) this.#navigation.catalogueChanged();
    this.#session.takeOAuthReturn(this.draftId, this.endpoint, !this.draft.settled);
    if (!this.steps.includes(this.#state.step)) this.store.update((s) => t.onStep(s, this.steps[0]!, hadFocus));
    if (this.#state.step !== 'system' && !this.#flow && this.#later.status !== 'failed' && catalogue) void this.#later.need();
    this.#session.relocalize(catalogue && localizeCatalogue(catalogue, this.#locale.catalogueLanguage));
    const inputs = this.#inputs();
    // Undefined until the catalogue is there; the steps render nothing without it.
    this.#provider.setValue((inputs && contextValue(inputs)) as WizardContextValue);
  }

  protected override async updated(): Promise<void> {
    const step = this.renderRoot.querySelector<WizardStepElement>('[data-step]');
    // Fetched ahead only once the first step is on screen, so it never competes with what that step needs.
    if (step) this.#later.prefetch();
    await this.#focus.give(step);
  }

  /** What the steps and their checks read; `undefined` until the catalogue is there. */
  #inputs(): WizardInputs | undefined {
    const catalogue = this.#catalogue.catalogue;
    if (!catalogue) return undefined;
    return {
      state: this.#state,
      catalogue: localizeCatalogue(catalogue, this.#locale.catalogueLanguage),
      leftOut: this.#catalogue.leftOut,
      msg: this.#msg,
      locale: this.#locale.locale,
      steps: this.steps,
      groups: this.#groups.list,
      existing: this.#known(this.existingConnectors, this.#state.serverExisting, this.#state.made),
      oauthSetup: this.#later.module?.oauthSetup(this.oauthStartUrl) ?? 'missing',
      endpoint: this.endpoint,
      testEndpoint: this.testEndpoint,
      headingLevel: headingLevelOf(this.headingLevel),
      drafts: this.draft.status,
      flow: this.#flow,
      actions: this.#actions.steps,
    };
  }

  #check(step: StepId, answers?: Pick<WizardState, 'data' | 'secrets'>): Feedback | undefined {
    const inputs = this.#inputs();
    return inputs && checkStep(this.#later.module, step, { ...validationInput(inputs), ...answers });
  }

  /** Validates the current step and moves on (to Review, when it came from a Change link). */
  async next(): Promise<boolean> {
    if (!this.#catalogue.catalogue || this.#state.created || this.#session.unopened) return false;
    return this.#state.step === 'review' ? this.submit() : this.#navigation.next();
  }

  /** Goes to the previous step without validating; nothing typed is lost. */
  async back(): Promise<boolean> {
    return !this.#state.created && this.#navigation.back();
  }

  /** Goes to a step: any earlier one, or a later one when every step before it is complete. `returnToReview`: the next Continue comes back to Review. */
  goTo(step: StepId, options: { returnToReview?: boolean } = {}): Promise<boolean> {
    return this.#navigation.goTo(step, options);
  }

  /** Creates the connector: checks every step (going to the first with a problem), then fires `connector-created` once and deletes the draft. Never while a `connector` that cannot be opened is said. */
  submit(): Promise<boolean> {
    if (this.#submitCall?.[0] !== this.#later.round) {
      const run = this.#runSubmit().finally(() => this.#submitCall?.[1] === run && (this.#submitCall = undefined));
      this.#submitCall = [this.#later.round, run];
    }
    return this.#submitCall[1];
  }

  async #runSubmit(): Promise<boolean> {
    if (!this.#catalogue.catalogue || this.#state.created || this.#session.unopened || (!this.#flow && !(await this.#later.needFor(() => this.submit())))) return false;
    return !this.#session.unopened && this.#flow!.submit();
  }

  /** Writes what is not in the draft yet, now; resolves to whether the answers on screen are in the draft (false at once with `no-drafts`; false in a conflict, a draft kept, or storage failed). For a host about to remove or hide the element. */
  saveDraft(): Promise<boolean> {
    return this.draft.flush();
  }

  /** Discards the draft and starts again (not while a create or an edit's save is under way, sent or not yet). After a create its draft is gone: one another tab began there since is taken, not deleted. */
  async reset(): Promise<void> {
    // Refused while a submit waits for its request (its key made, then sent), as Cancel is; a listener of its outcome, or of a step change to a problem, comes after that wait.
    if (this.sending || this.#state.submitting) return;
    const deleted = this.#state.created ? undefined : this.draft.discard();
    this.#session.discard(this.draftId, this.endpoint, this.draftDatabase);
    this.store.update((s) => t.focusOn(s, 'heading'));
    await (deleted ?? this.draft.refresh());
  }

  /** GET the endpoint's connectors for the duplicate rule, quietly (the server's 409 is the backstop); only once the later file is there, never fetching it. */
  #loadExisting(again: boolean | 'refused' = false) {
    if (this.isConnected) void this.#flow?.loadExisting(again);
  }

  readonly #fail = (kind: WizardErrorKind, message: string) => this.dispatchEvent(new WizardErrorEvent(kind, message));
}

declare global {
  interface HTMLElementTagNameMap {
    'connector-wizard': ConnectorWizard;
  }
}
