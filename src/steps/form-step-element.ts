import { css, html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Pointer } from '../schemas/wizard-data.js';
import type { WizardContextValue } from '../context/wizard-context.js';
import { fieldLabel } from './field-label.js';
import { stepStyles } from './step-styles.js';
import { fieldId, WizardStepElement } from './wizard-step-element.js';

export interface RadioChoice {
  id: string;
  checked: boolean;
  label: unknown;
  /**
   * Text under the label, tied to the radio with aria-describedby (`${id}--hint`: catalogue ids
   * hold single dashes only, so the hint of `token` is never the radio of `token-hint`).
   */
  hint?: unknown;
  hintClass?: string;
  /** Rendered under the hint (e.g. a docs link). */
  extra?: unknown;
  disabled?: boolean;
  onSelect: () => void;
}

/** Looks of the questions the later steps ask: radio choices, notes, long text, code, link buttons. */
export const formStepStyles = [
  ...stepStyles,
  css`
  .note {
    color: var(--cw-note, #594d00);
    background: var(--cw-note-bg, #fff7bf);
    padding: 0.25rem 0.5rem;
    margin: 0.5rem 0 0;
  }
  textarea {
    min-height: 6rem;
  }
  .choices {
    display: grid;
    gap: 0.5rem;
  }
  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .choice input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    flex: none;
  }
  .choice label {
    font-weight: 400;
    margin: 0;
  }
  .choice .hint {
    margin: 0.125rem 0 0;
  }
  .choice.disabled label {
    color: var(--cw-muted, #505a5f);
  }
  button.link {
    font: inherit;
    background: none;
    border: 0;
    padding: 0.25rem;
    min-height: 24px;
    color: var(--cw-link, #1d70b8);
    text-decoration: underline;
    cursor: pointer;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    font-size: 0.9em;
  }
  /* Never blocks: a bar and the word "Warning", not colour alone. */
  .warning {
    border-inline-start: 4px solid var(--cw-warning, #b45f06);
    padding-inline-start: 0.5rem;
    margin: 0.5rem 0 0;
  }
`,
];

/** A step that asks with radio groups and notes (every step after System; they load with it). */
export abstract class FormStepElement extends WizardStepElement {
  /**
   * A choice the host takes away under the focus (a group no longer offered, an environment a new
   * existing connector takes, radios that become a select) hands it to its own question, else the
   * heading: never the page. Focus alone chooses nothing.
   */
  protected override focusAfter(had: Element) {
    // A select's question is its own id (radios that replace it are a fieldset with that id).
    const q = had.closest('fieldset')?.id ?? (had.localName === 'select' ? had.id : '');
    return [...super.focusAfter(had), ...(q ? [`#${q} input:checked:enabled`, `#${q} input:enabled`, `select#${q}`] : []), '.heading'];
  }

  protected override fieldLabel(ctx: WizardContextValue, pointer: Pointer): unknown {
    return fieldLabel(ctx, pointer);
  }

  protected renderNote(pointer: Pointer): TemplateResult | typeof nothing {
    const note = this.ctx?.notes[pointer];
    if (!note) return nothing;
    return html`<p class="note" id="${fieldId(pointer)}-note">${note}</p>`;
  }

  /** A GOV.UK-style radio group: fieldset, legend, optional hint, inline error, choices. */
  protected renderRadioGroup(options: { pointer: Pointer; name: string; legend: unknown; hint?: unknown; before?: unknown; choices: RadioChoice[] }) {
    const { pointer, name, legend, hint, before, choices } = options;
    const id = fieldId(pointer);
    // Choices keyed by id: one that a new catalogue drops above the focused one never hands it its radio (Space would choose another).
    return html`<fieldset class="field ${this.ctx?.feedback[pointer] ? 'has-error' : ''}" id=${id} part="field" aria-describedby=${this.describedBy(pointer, Boolean(hint))}>
      <legend part="label">${legend}</legend>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing} ${before ?? nothing} ${this.renderError(pointer)}
      <div class="choices">${repeat(
        choices,
        (c) => c.id,
        (c) => this.renderRadio(name, c),
      )}</div>
    </fieldset>`;
  }

  private renderRadio(name: string, c: RadioChoice) {
    return html`<div class="choice ${c.disabled ? 'disabled' : ''}">
      <input
        type="radio"
        name=${name}
        id=${c.id}
        .checked=${c.checked}
        ?disabled=${c.disabled}
        aria-describedby=${c.hint ? `${c.id}--hint` : nothing}
        @change=${c.onSelect}
      />
      <div>
        <label for=${c.id}>${c.label}</label>
        ${c.hint ? html`<p class="hint ${c.hintClass ?? ''}" id="${c.id}--hint">${c.hint}</p>` : nothing} ${c.extra ?? nothing}
      </div>
    </div>`;
  }
}
