/** Shared test fixtures: the sample catalogue, a wizard with its own database, and DOM helpers. */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../define.js';
import type { ConnectorWizard, EditableConnector } from '../wizard/connector-wizard.js';
import type { WizardErrorEvent } from '../events/error-event.js';
import type { CatalogueInput } from '../catalogue/catalogue-schema.js';
import type { ExistingConnector, Group, StepId } from '../schemas/wizard-data.js';

let sample: CatalogueInput | undefined;

/** The demo's sample catalogue, fetched for real from the test server. */
export async function sampleCatalogue(): Promise<CatalogueInput> {
  if (!sample) {
    const response = await fetch('/demo/sample-catalogue.json');
    sample = (await response.json()) as CatalogueInput;
  }
  return structuredClone(sample);
}

let dbCounter = 0;
/** A database name no other test uses, so every test starts with empty real IndexedDB. */
export const uniqueDatabase = () => `cw-test-${Date.now()}-${++dbCounter}-${Math.random().toString(36).slice(2)}`;

export interface WizardOptions {
  catalogue?: unknown;
  system?: string;
  groups?: Group[];
  existingConnectors?: ExistingConnector[];
  draftDatabase?: string;
  draftId?: string;
  noDrafts?: boolean;
  endpoint?: string;
  testEndpoint?: string;
  /** `secret-persistence="encrypted"` (sealed secrets in the draft). */
  encrypted?: boolean;
}

export async function wizardFixture(options: WizardOptions = {}): Promise<ConnectorWizard> {
  const catalogue = options.catalogue ?? (await sampleCatalogue());
  const el = await fixture<ConnectorWizard>(html`<connector-wizard
    .draftDatabase=${options.draftDatabase ?? uniqueDatabase()}
    .catalogue=${catalogue}
    .groups=${options.groups ?? []}
    .existingConnectors=${options.existingConnectors ?? []}
    system=${options.system ?? ''}
    draft-id=${options.draftId ?? 'default'}
    ?no-drafts=${options.noDrafts ?? false}
    secret-persistence=${options.encrypted ? 'encrypted' : 'memory'}
    endpoint=${options.endpoint ?? ''}
    test-endpoint=${options.testEndpoint ?? ''}
    .retryPolicy=${{ baseDelayMs: 20, maxDelayMs: 100 }}
    .requestTimeout=${5000}
  ></connector-wizard>`);
  for (const attr of ['endpoint', 'test-endpoint']) if (!el.getAttribute(attr)) el.removeAttribute(attr);
  if (!options.system) el.removeAttribute('system');
  await settle(el);
  return el;
}

/** Waits until the wizard and its current step have rendered (and a draft, if any, loaded). */
export async function settle(el: ConnectorWizard): Promise<void> {
  for (let i = 0; i < 400; i++) {
    await el.updateComplete;
    const step = stepElement(el);
    if (step) await step.updateComplete;
    await new Promise((r) => setTimeout(r, i < 5 ? 0 : 5));
    const loading = el.shadowRoot!.querySelector('[data-loading]');
    if (!loading && !el.isUpdatePending && (!step || !step.isUpdatePending)) return;
  }
}

export function stepElement(el: ConnectorWizard): (HTMLElement & { updateComplete: Promise<boolean>; isUpdatePending: boolean }) | null {
  return el.shadowRoot!.querySelector('[data-step]');
}

export function currentStepId(el: ConnectorWizard): StepId | null {
  return (stepElement(el)?.dataset.step as StepId) ?? null;
}

/** querySelector inside the current step's shadow root. */
export function inStep<T extends Element = HTMLElement>(el: ConnectorWizard, selector: string): T | null {
  return stepElement(el)?.shadowRoot?.querySelector<T>(selector) ?? null;
}

export function allInStep<T extends Element = HTMLElement>(el: ConnectorWizard, selector: string): T[] {
  return [...(stepElement(el)?.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** Types into a control the way a person does: value, then input and change events. */
export async function type(el: ConnectorWizard, selector: string, value: string): Promise<void> {
  const input = inStep<HTMLInputElement | HTMLTextAreaElement>(el, selector);
  if (!input) throw new Error(`No control ${selector} in step ${currentStepId(el)}`);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** Puts text on the system clipboard and presses Ctrl+V in the control, as a person pastes. */
export async function pasteInto(el: ConnectorWizard, selector: string, text: string): Promise<void> {
  const control = inStep<HTMLElement>(el, selector);
  if (!control) throw new Error(`No control ${selector} in step ${currentStepId(el)}`);
  await executeServerCommand('grant-clipboard');
  control.focus();
  await navigator.clipboard.writeText(text);
  await executeServerCommand('press-paste');
  await settle(el);
}

export async function choose(el: ConnectorWizard, selector: string): Promise<void> {
  const input = inStep<HTMLInputElement>(el, selector);
  if (!input) throw new Error(`No control ${selector} in step ${currentStepId(el)}`);
  input.click();
  await settle(el);
}

export function button(el: ConnectorWizard, part: string): HTMLButtonElement {
  const b = el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${part}"]`);
  if (!b) throw new Error(`No ${part} button on step ${currentStepId(el)}`);
  return b;
}

export async function pressContinue(el: ConnectorWizard): Promise<void> {
  button(el, 'continue').click();
  await settle(el);
}

export function errorSummary(el: ConnectorWizard): string[] {
  return allInStep(el, '.error-summary li').map((li) => li.textContent!.trim());
}

/** The deepest focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * A keyboard user comes from the page: a button placed before `el` takes the focus, then Tab
 * (real key presses) moves it until what has it matches `selector`. Gives back that button, to remove.
 */
export async function tabFromBefore(el: Element, selector: string): Promise<HTMLButtonElement> {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  for (let i = 0; i < 10 && !deepActiveElement()?.matches(selector); i++) await sendKeys({ press: 'Tab' });
  expect(deepActiveElement()?.matches(selector), `Tab reaches ${selector}`).to.equal(true);
  return before;
}

/** The focus is on the heading of `step`, never fallen to the page. */
export function expectFocusOnHeading(step: StepId): void {
  const active = deepActiveElement();
  expect(active === document.body, 'the focus fell to the page').to.equal(false);
  expect(active?.tagName).to.equal('H2');
  expect((active?.getRootNode() as ShadowRoot).host.getAttribute('data-step')).to.equal(step);
}

export const GROUPS: Group[] = [
  { id: 'uk', name: 'UK' },
  { id: 'us', name: 'US' },
];

export const SHOPIFY_TOKEN = 'shpat_0123456789abcdef0123456789abcdef';

/** An Adobe Commerce connector whose token lifetime (a number field) is `hours`, as a host's API may give it (`more`: a revision, say). */
export const adobeConnector = (hours: unknown, more: Record<string, unknown> = {}) =>
  ({
    id: 'ad-1',
    name: 'Adobe',
    system: 'adobe-commerce',
    group: 'uk',
    environment: 'live',
    timeZone: 'UTC',
    dateFormat: "yyyy-MM-dd'T'HH:mm:ssXXX",
    authType: 'admin-credentials',
    credentials: { baseUrl: 'https://shop.example.com', username: 'admin', tokenLifetimeHours: hours },
    ...more,
  }) as unknown as EditableConnector;

/** Valid answers for each step, entered through the UI as a person would. */
export const fillStep: Record<StepId, (el: ConnectorWizard) => Promise<void>> = {
  system: async (el) => choose(el, '#system-shopify'),
  general: async (el) => {
    await type(el, '#field-name', 'Shopify UK');
    const group = inStep<HTMLInputElement>(el, 'input[name="group"]:not(:disabled)');
    if (group) await choose(el, `#${group.id}`);
    await choose(el, '#environment-live');
  },
  timezone: async () => {},
  auth: async (el) => {
    const first = inStep<HTMLInputElement>(el, 'input[name="auth-type"]');
    if (first) await choose(el, `#${first.id}`);
  },
  credentials: async (el) => {
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
  },
  review: async () => {},
};

/** Fills every step before `step` with valid answers and continues until `step` is shown. */
export async function advanceTo(el: ConnectorWizard, step: StepId): Promise<void> {
  // A wizard still loading (its draft, on a busy machine) gets the time it needs: a wait, not a measure.
  const started = performance.now();
  while (!currentStepId(el) && performance.now() - started < 8000) await settle(el);
  for (let guard = 0; guard < 10 && currentStepId(el) !== step; guard++) {
    const current = currentStepId(el);
    const fill = current && fillStep[current];
    if (!fill) throw new Error(`No step on screen while advancing to ${step} (saw ${current}): ${el.shadowRoot!.textContent}`);
    await fill(el);
    await pressContinue(el);
    if (currentStepId(el) === current) throw new Error(`Could not leave ${current}: ${errorSummary(el).join('; ')}`);
  }
  if (currentStepId(el) !== step) throw new Error(`Did not reach ${step}`);
}

/** A namespace of the test server's reference API that no other test uses, with its controls. */
export function freshApi() {
  const base = `/api/ns/${crypto.randomUUID()}`;
  return {
    endpoint: `${base}/connectors`,
    testEndpoint: `${base}/connectors/test`,
    /** Queue faults for the next requests, in order. */
    async faults(...faults: unknown[]) {
      const r = await fetch(`${base}/__faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ faults }) });
      if (!r.ok) throw new Error(`faults: ${r.status}`);
    },
    /** Every later request needs this header with this value (a 403 problem without), as behind a CSRF check; `null` ends it. */
    async requireHeader(requireHeader: { name: string; value: string } | null) {
      const r = await fetch(`${base}/__faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ requireHeader }) });
      if (!r.ok) throw new Error(`requireHeader: ${r.status}`);
    },
    /**
     * Answers the request held by a fault with `held: true`, once it has come (waiting for it, up to 5 s), or finds the
     * page gave it up (aborted, its connection closed: the server counts it in `gaveUp` and has nothing left to answer).
     */
    async release() {
      for (const started = performance.now(); performance.now() - started < 5000; await new Promise((r) => setTimeout(r, 20))) {
        const r = await fetch(`${base}/__release`, { method: 'POST' });
        if (!r.ok) throw new Error(`release: ${r.status}`);
        if (((await r.json()) as { released: number }).released > 0) return;
        if (((await (await fetch(`${base}/__held`)).json()) as { gaveUp: number }).gaveUp > 0) return;
      }
      throw new Error('release: no request was held, nor given up by the page');
    },
    /** How many requests a `held: true` fault holds now (a `late` one counts once it has been handled). */
    async heldCount(): Promise<number> {
      return ((await (await fetch(`${base}/__held`)).json()) as { held: number }).held;
    },
    /** Waits until the server holds a request: before then, Cancel or a reset may stop it before it left the page, and the fault would wait for the next one. */
    async waitHeld() {
      await waitUntil(async () => (await this.heldCount()) > 0, 'the request reached the server and is held', { timeout: 5000 });
    },
    /** Waits until the page gave up a request the server held (aborted it: its connection closed unanswered). */
    async waitGivenUp() {
      const gaveUp = async () => ((await (await fetch(`${base}/__held`)).json()) as { gaveUp: number }).gaveUp;
      await waitUntil(async () => (await gaveUp()) > 0, 'the page gave up the held request', { timeout: 5000 });
    },
    /** Answers whatever is held now and never throws: for `finally`, so a test that failed before its request came shows its own failure. */
    async releaseIfHeld() {
      await fetch(`${base}/__release`, { method: 'POST' }).catch(() => undefined);
    },
    /** Releases the held request, then waits until the server has answered every request it was sent: a late answer is on its way, and what it does is done soon after. */
    async releaseAnswered() {
      await this.release();
      await this.answered();
    },
    /** Waits until the server has answered every request it was sent (its status is set as the answer is written: the page may not have it yet). */
    async answered() {
      await waitUntil(async () => (await this.log()).every((e) => e.status !== 0), 'every request answered', { timeout: 5000 });
    },
    async log(): Promise<{ method: string; path: string; query: string; idempotencyKey?: string; ifMatch?: string; bodySha256?: string; status: number | 'dropped' }[]> {
      return (await fetch(`${base}/__log`)).json();
    },
    async connectors(): Promise<Record<string, unknown>[]> {
      return (await fetch(`${base}/connectors`)).json();
    },
    /** Changes a connector directly, as another user would (a PATCH answered 200). */
    async change(id: unknown, changes: Record<string, unknown>) {
      const r = await fetch(`${base}/connectors/${String(id)}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(changes) });
      if (r.status !== 200) throw new Error(`change: ${r.status} ${await r.text()}`);
    },
    /** Creates a connector directly, as another user would. */
    async create(connector: Record<string, unknown>) {
      const r = await fetch(`${base}/connectors`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify(connector),
      });
      if (r.status !== 201) throw new Error(`create: ${r.status} ${await r.text()}`);
      return r.json();
    },
  };
}

/** A valid Shopify payload for creating connectors directly on the server. */
export const shopifyPayload = (overrides: Record<string, unknown> = {}) => ({
  name: 'Shopify UK',
  system: 'shopify',
  group: 'uk',
  environment: 'live',
  timeZone: 'UTC',
  dateFormat: "yyyy-MM-dd'T'HH:mm:ssXXX",
  authType: 'access-token',
  credentials: { shop: 'my-store', accessToken: SHOPIFY_TOKEN },
  ...overrides,
});

/** Every element rendered in the wizard and its steps' shadow roots. */
export function everyElement(el: Element): Element[] {
  const out: Element[] = [];
  const walk = (root: ShadowRoot | Element) => {
    for (const child of root.querySelectorAll('*')) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  walk(el.shadowRoot!);
  return out;
}

/** A wizard without drafts on `catalogue`, settled, its `connector-wizard-error` details pushed to `errors`. */
export async function wizardOn(catalogue: unknown, errors: WizardErrorEvent['detail'][]): Promise<ConnectorWizard> {
  const el = await fixture<ConnectorWizard>(html`<connector-wizard
    .draftDatabase=${uniqueDatabase()}
    no-drafts
    @connector-wizard-error=${(e: WizardErrorEvent) => errors.push(e.detail)}
    .catalogue=${catalogue}
  ></connector-wizard>`);
  await settle(el);
  return el;
}
