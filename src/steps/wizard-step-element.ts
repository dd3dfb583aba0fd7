import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { wizardContext, type HeadingLevel, type WizardContextValue } from '../context/wizard-context.js';
import type { Pointer } from '../schemas/wizard-data.js';
import { keepFocus, samePlace } from '../controllers/kept-focus.js';
import { catalogueNames, markedNames } from './marked-names.js';

/** A DOM id for the control that answers a pointer (ids live in this step's shadow root). */
export const fieldId = (pointer: Pointer) => `field${pointer.replace(/[^A-Za-z0-9_-]/gu, '-')}`;

/**
 * A key that belongs to an input method's composition. Safari sends the Enter that ends one
 * with `isComposing` false and the legacy `keyCode` 229, which browsers give such keys.
 */
export const composing = (event: KeyboardEvent): boolean => event.isComposing || event.keyCode === 229;

/** Lit binds no tag names; these fixed literals are the only tags a heading level can become. */
const HEADING_TAGS: Record<HeadingLevel, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };

/**
 * What every step shares: the wizard context, its heading, the error summary and the inline
 * feedback of GOV.UK question pages. Steps render answers from the context and send changes
 * up through `ctx.actions`; they never hold answers of their own.
 */
export abstract class WizardStepElement extends LitElement {
  static override properties: PropertyDeclarations = { ctx: { state: true, attribute: false } };

  /** The wizard's context, kept current (a new object on every change). */
  protected ctx?: WizardContextValue;

  constructor() {
    super();
    new ContextConsumer(this, { context: wizardContext, subscribe: true, callback: (value) => (this.ctx = value) });
    keepFocus(this, (had) => this.focusAfter(had));
  }

  /** Pointers in the order their fields appear, so the summary lists errors top to bottom. */
  protected abstract fieldOrder(): Pointer[];

  protected abstract heading(): string;

  /**
   * The error on `pointer` with the catalogue's texts its message named marked with their `lang` (see markedNames): the
   * system's name, and the labels of the way to sign in chosen. Not a server's error: its words are its own, whatever they quote.
   */
  #said(pointer: Pointer, message: string): unknown {
    const { system, data, locale, fromServer } = this.ctx!;
    return !system || fromServer.has(pointer) ? message : markedNames(message, catalogueNames(system, this.ctx!.catalogue.systems, data.authType, locale));
  }

  protected abstract renderStep(ctx: WizardContextValue): unknown;

  override render() {
    const ctx = this.ctx;
    if (!ctx) return nothing;
    // The summary's heading sits above the step's at the same level, so no state skips a level.
    const tag = HEADING_TAGS[ctx.headingLevel ?? 2] ?? HEADING_TAGS[2];
    return staticHtml`
      ${this.#renderErrorSummary(ctx, tag)}
      <${tag} class="heading" tabindex="-1" part="heading">${this.heading()}</${tag}>
      <div @keydown=${this.#onStepKeydown}>${this.renderStep(ctx)}</div>
    `;
  }

  /**
   * Where the focus goes if a render takes it from `had` (asked while `had` is still in place):
   * the heading or the summary made again at another level, the control with its id,
   * moved or made again. Steps add where else.
   */
  protected focusAfter(had: Element): string[] {
    return samePlace(had, ['.heading', '.error-summary']);
  }

  /** Moves focus to the step heading (after a step change). */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.heading')?.focus();
  }

  /** Moves focus to the error summary (after a Continue with errors). */
  async focusErrorSummary(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  /** Enter in a single-line field continues, like submitting a form. */
  #onStepKeydown(event: KeyboardEvent) {
    const target = event.composedPath()[0];
    // Not the Enter that ends an input method's composition: that one picks a word.
    if (event.key !== 'Enter' || composing(event) || event.defaultPrevented || !(target instanceof HTMLInputElement)) return;
    if (['checkbox', 'radio', 'button', 'submit'].includes(target.type) || target.getAttribute('role') === 'combobox') return;
    event.preventDefault();
    target.dispatchEvent(new Event('change', { bubbles: true }));
    this.ctx?.actions.next();
  }

  protected errorsInOrder(ctx: WizardContextValue): [Pointer, string][] {
    const order = this.fieldOrder();
    const entries = Object.entries(ctx.feedback);
    const rank = (p: string) => {
      const i = order.indexOf(p);
      return i < 0 ? order.length : i;
    };
    return entries.sort((a, b) => rank(a[0]) - rank(b[0]));
  }

  #renderErrorSummary(ctx: WizardContextValue, tag: StaticValue) {
    const errors = this.errorsInOrder(ctx);
    const order = this.fieldOrder();
    if (!errors.length) return nothing;
    return staticHtml`
      <div class="error-summary" part="error-summary summary" tabindex="-1" role=${ctx.quietSummary ? 'group' : 'alert'} aria-labelledby="error-summary-title">
        <${tag} class="error-summary-title" id="error-summary-title">${ctx.msg.errorSummaryTitle}</${tag}>
        <ul>
          ${errors.map(([pointer, message]) =>
            // A server error this step has no field for is listed as text: there is nowhere to go.
            order.includes(pointer)
              ? html`<li><a href="#${fieldId(pointer)}" @click=${(e: Event) => this.#focusField(e, pointer)}>${this.#named(ctx, pointer)}<bdi>${this.#said(pointer, message)}</bdi></a></li>`
              : html`<li><bdi>${this.#said(pointer, message)}</bdi></li>`,
          )}
        </ul>
      </div>
    `;
  }

  /**
   * A server's message on a field, said in the summary after the field's label and the language's colon ("Connector name: has
   * already been taken"): frameworks send a field's messages without its name, so its words alone name no field (WCAG 2.4.4,
   * 3.3.1). The wizard's own messages name what to do, so they stand alone; the inline error sits under the label already.
   */
  #named(ctx: WizardContextValue, pointer: Pointer): unknown {
    const label = ctx.fromServer.has(pointer) && this.fieldLabel(ctx, pointer);
    return label ? html`${label}${ctx.msg.colon} ` : nothing;
  }

  /** The label of the field `pointer` names, as the person sees it: the later steps know theirs (field-label.ts, kept out of the entry); System's one question needs none. */
  protected fieldLabel(_ctx: WizardContextValue, _pointer: Pointer): unknown {
    return undefined;
  }

  #focusField(event: Event, pointer: Pointer) {
    event.preventDefault();
    const quoted = pointer.replace(/["\\]/gu, '');
    const target = this.renderRoot.querySelector<HTMLElement>(`[data-focus-for="${quoted}"]`) ?? this.renderRoot.querySelector<HTMLElement>(`#${fieldId(pointer)}`);
    if (!target) return;
    let focusable = target.matches('input, select, textarea, button')
      ? target
      : (target.querySelector<HTMLElement>('input:checked:not([disabled])') ?? target.querySelector<HTMLElement>('input:not([disabled]), select, textarea, button'));
    // An error on something with no control of its own (both environments taken): focus the question.
    if (!focusable) {
      target.tabIndex = -1;
      focusable = target;
    }
    focusable.focus();
    focusable.scrollIntoView?.({ block: 'center' });
  }

  /** `aria-describedby` for a control: its hint, note and error, when present. */
  protected describedBy(pointer: Pointer, hasHint: boolean): string | typeof nothing {
    const ctx = this.ctx;
    const ids = [
      hasHint ? `${fieldId(pointer)}-hint` : '',
      ctx?.notes[pointer] ? `${fieldId(pointer)}-note` : '',
      ctx?.feedback[pointer] ? `${fieldId(pointer)}-error` : '',
    ].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  protected renderError(pointer: Pointer): TemplateResult | typeof nothing {
    const message = this.ctx?.feedback[pointer];
    if (!message) return nothing;
    return html`<p class="error-message" id="${fieldId(pointer)}-error" part="error">
      <span class="visually-hidden">${this.ctx!.msg.errorPrefix}</span> <bdi>${this.#said(pointer, message)}</bdi>
    </p>`;
  }

  protected invalid(pointer: Pointer): 'true' | typeof nothing {
    return this.ctx?.feedback[pointer] ? 'true' : nothing;
  }
}
