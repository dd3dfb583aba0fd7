import { LitElement, type PropertyDeclarations } from 'lit';
import type { HeadingLevel } from '../context/wizard-context.js';
import type { MessageOverrides } from '../messages/messages.js';
import type { Environment, ExistingConnector, Group } from '../schemas/wizard-data.js';
import { DEFAULT_DRAFT_DATABASE } from '../storage/draft-database.js';
import { DEFAULT_DRAFT_ID } from '../storage/draft-key.js';
import type { RequestHeaders } from '../submission/request-headers.js';
import type { RetryPolicy } from '../submission/retry-policy.js';
import type { EditableConnector } from './state/wizard-state.js';

/** `heading-level` as given when it is 2 to 6, else 2. */
export function headingLevelOf(value: unknown): HeadingLevel {
  const level = Math.trunc(Number(value));
  return level >= 2 && level <= 6 ? (level as HeadingLevel) : 2;
}

/** A preset id as text: a number, as a framework may bind it, is its text; `null` (a removed attribute) is none. */
const presetText = (value: unknown): string | undefined => (value == null ? undefined : String(value));

/**
 * The host page's side of `<connector-wizard>`, declared in one place: its attributes and
 * properties (the host sets them; the element reads them and never writes them, and objects
 * are never reflected), and the parts and custom properties that style it.
 *
 * @csspart header - The top of the wizard: step navigation and "Step n of N".
 * @csspart steps - The step navigation (`nav`).
 * @csspart step-link - One entry of the step navigation (`current` on the current one).
 * @csspart step - The current step's element.
 * @csspart heading - Each step's heading.
 * @csspart field - A question (label, hint, error, control).
 * @csspart label - A question's label or legend.
 * @csspart input - A text control.
 * @csspart error - An inline error message.
 * @csspart summary - The error summary at the top of a step.
 * @csspart error-summary - The same error summary (a second name for it).
 * @csspart system-option - A system in the picker.
 * @csspart notice - A notice: about the draft (a conflict), or on the System step that the chosen system is no longer offered.
 * @csspart submit-error - Why a create failed.
 * @csspart actions - The Back / Continue / Cancel bar.
 * @csspart button - Every button (with `continue`, `back`, `create`, `cancel`, `discard`, `confirm-yes`, `confirm-no`, `change`, `test`, `connect`, `oauth-finished`, `paste-undo`, `retry` as extra names).
 * @csspart test-connection - Test connection on the Credentials step.
 * @csspart test-checks - The list of what a connection test checked.
 * @csspart load-error - A step that could not be loaded, with Try again.
 * @csspart base - The wizard's outer box, around every state (loading, problems, a step, success).
 * @csspart success - The panel shown after a create.
 * @csspart catalogue-error - Why the wizard cannot start: the catalogue's problems, no catalogue, a system (preset, or an edited connector's) it does not offer, or a connector to edit that has no usable id.
 * @cssprop --cw-font - Font family.
 * @cssprop --cw-radius - Corner radius of buttons and inputs.
 * @cssprop --cw-space - Padding around the wizard.
 * @cssprop --cw-text - Text colour.
 * @cssprop --cw-bg - Background colour.
 * @cssprop --cw-muted - Hints and secondary text.
 * @cssprop --cw-accent - Current step, selection and monogram colour.
 * @cssprop --cw-accent-fg - Text on the accent colour.
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
 * @cssprop --cw-affix-bg - Background of a field's prefix and suffix.
 * @cssprop --cw-monogram-bg - Background of a system's monogram (no logo).
 * @cssprop --cw-monogram-fg - Text of a system's monogram.
 * @cssprop --cw-logo-bg - Behind a system's logo (light in the dark theme, for logos drawn for light backgrounds).
 * @cssprop --cw-warning - Environment warnings.
 * @attr {string} lang - The language the wizard speaks (else the nearest `lang` up the tree, else the browser's): `en`, `de`, `fr`, `es`, `nl`, `ar`, with regions for catalogue variants.
 * @attr theme - `light` or `dark`; unset follows `prefers-color-scheme`.
 */
export class WizardProperties extends LitElement {
  static override properties: PropertyDeclarations = {
    system: { reflect: true, noAccessor: true },
    group: { reflect: true, noAccessor: true },
    environment: { reflect: true },
    endpoint: { reflect: true },
    testEndpoint: { attribute: 'test-endpoint', reflect: true },
    oauthStartUrl: { attribute: 'oauth-start-url', reflect: true },
    oauthResultUrl: { attribute: 'oauth-result-url', reflect: true },
    // Set again to the same URL, it is a change: a host's own retry of a load that failed (CatalogueController.use).
    catalogueSrc: { attribute: 'catalogue-src', reflect: true, hasChanged: () => true },
    draftId: { attribute: 'draft-id', reflect: true, noAccessor: true },
    noDrafts: { attribute: 'no-drafts', type: Boolean, reflect: true },
    secretPersistence: { attribute: 'secret-persistence', reflect: true },
    theme: { reflect: true },
    persistDrafts: { attribute: 'persist-drafts', type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
    catalogue: { attribute: false },
    groups: { attribute: false },
    existingConnectors: { attribute: false },
    messages: { attribute: false },
    draftDatabase: { attribute: false, noAccessor: true },
    connector: { attribute: false },
    requestTimeout: { attribute: false },
    retryPolicy: { attribute: false },
    requestHeaders: { attribute: false },
  };

  /** Preselects a system by id and skips the System step. A number (a framework binding a numeric id) is read as its text. */
  get system(): string | undefined {
    return this.#system;
  }
  set system(value: string | number | null | undefined) {
    const old = this.#system;
    this.#system = presetText(value);
    this.requestUpdate('system', old);
  }
  #system?: string;
  /** Preselects a company group by id (a number read as its text, as for `system`). */
  get group(): string | undefined {
    return this.#group;
  }
  set group(value: string | number | null | undefined) {
    const old = this.#group;
    this.#group = presetText(value);
    this.requestUpdate('group', old);
  }
  #group?: string;
  /** Preselects `live` or `test`. */
  environment?: Environment | undefined;
  /** Where to POST the connector (endpoint mode). */
  endpoint?: string | undefined;
  /** Where to POST for "Test connection". */
  testEndpoint?: string | undefined;
  /** Start URL of the integrator's OAuth 2.0 flow (https:, loopback http: or same-origin). */
  oauthStartUrl?: string | undefined;
  /** Where the result of a sign-in can be asked for (`GET ?state=`) when the popup has lost this page. */
  oauthResultUrl?: string | undefined;
  /** URL of a catalogue JSON file (used when `catalogue` is not set). */
  catalogueSrc?: string | undefined;
  /**
   * Which draft this element keeps; different ids on one page keep separate drafts. Removed or
   * empty (a framework binding `undefined` removes the attribute), it is `default` again.
   * @default 'default'
   */
  get draftId(): string {
    return this.#draftId;
  }
  set draftId(value: string | null | undefined) {
    const old = this.#draftId;
    this.#draftId = value || DEFAULT_DRAFT_ID;
    this.requestUpdate('draftId', old);
  }
  #draftId = DEFAULT_DRAFT_ID;

  constructor() {
    super();
    // Reflected as a plain property's default is (`draft-id="default"`), and listed as changed on the first update.
    this.requestUpdate('draftId', undefined);
  }
  /** Keep nothing in IndexedDB. */
  noDrafts = false;
  /** `memory` (default): secrets never leave memory. `encrypted`: kept in the draft with AES-GCM, for 24 hours (best effort). */
  secretPersistence: 'memory' | 'encrypted' = 'memory';
  /** `light` or `dark`; without it the element follows `prefers-color-scheme`. */
  theme?: 'light' | 'dark' | undefined;
  /** Ask the browser to keep drafts under storage pressure (`navigator.storage.persist()`). */
  persistDrafts = false;
  /** The level of the wizard's headings (2 to 6): 3 under a host's own `h2`, and so on. */
  headingLevel: HeadingLevel = 2;
  /** The catalogue object (validated on set; one equal to the last read, a new object each render, is not read again); wins over `catalogue-src`. */
  catalogue?: unknown;
  /** The company's groups: `[{id, name}]`, an id as text or a whole number (read as its text). */
  groups: (Group | { id: number; name: string })[] = [];
  /** Connectors that already exist, for the one-live-one-testing rule. */
  existingConnectors: ExistingConnector[] = [];
  /** Partial overrides of any string the element shows. */
  messages?: MessageOverrides | undefined;
  /**
   * IndexedDB database the drafts live in (tests give each test its own); empty, `null` or `undefined` (a framework's unset value): the default.
   * @default 'connector-wizard:drafts'
   */
  get draftDatabase(): string {
    return this.#draftDatabase;
  }
  set draftDatabase(value: string | null | undefined) {
    const old = this.#draftDatabase;
    this.#draftDatabase = value || DEFAULT_DRAFT_DATABASE;
    this.requestUpdate('draftDatabase', old);
  }
  #draftDatabase = DEFAULT_DRAFT_DATABASE;
  /** An existing connector (with `id`, without secrets) to edit: Save sends `PATCH {endpoint}/{id}`, or fires `connector-updated`. */
  connector?: EditableConnector | null | undefined;
  /** Per-attempt timeout of requests to `endpoint` and `test-endpoint`, of the `catalogue-src` fetch and of each ask of `oauth-result-url`, in milliseconds. */
  requestTimeout = 30_000;
  /** Retries of a create and of an edit's save (the list and a connection test are asked once): attempts, backoff base and cap, the longest Retry-After waited for. */
  retryPolicy: Partial<RetryPolicy> = {};
  /** Headers added to every request to `endpoint` and `test-endpoint` (a CSRF or bearer token): an object, or a function (sync or async) asked for each attempt. A property only, so no token is in the DOM. */
  requestHeaders?: RequestHeaders | undefined;
}
