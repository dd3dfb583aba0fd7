/**
 * The Time zone step's date format: the presets, each with a preview, and a pattern of one's own
 * with its preview, its problem, and a warning said once while it is typed. It holds no answers:
 * choices go up through `ctx.actions`. The step renders it (timezone-step.ts).
 */
import { html, nothing } from 'lit';
import type { WizardContextValue } from '../../context/wizard-context.js';
import { checkDatePattern, cleanPattern, datePatternWarning, DATE_FORMAT_PRESETS, formatDate, isZoneId } from '../../date-format/date-format.js';
import { isKeptPattern, isTakenZone } from '../../schemas/timezone-schema.js';
import type { Pointer } from '../../schemas/wizard-data.js';
import type { RadioChoice } from '../form-step-element.js';
import { fieldId } from '../wizard-step-element.js';

/** What the field uses of its step (FormStepElement's): the radio group, and a field's `aria-invalid`. */
export interface DateFormatStep {
  radioGroup(options: { pointer: Pointer; name: string; legend: unknown; hint?: unknown; choices: RadioChoice[] }): unknown;
  invalid(pointer: Pointer): 'true' | typeof nothing;
}

export class DateFormatField {
  readonly #step: DateFormatStep;
  /** The moment the step opened, which the previews show. */
  readonly #opened: Date;
  /** The date pattern warning said while the pattern is typed: said once, not again each time it comes back (`dd/m`, then `dd/mm/yyyy HH:m`). */
  #warned?: string;

  constructor(step: DateFormatStep, opened: Date) {
    this.#step = step;
    this.#opened = opened;
  }

  render(ctx: WizardContextValue) {
    const { msg, data } = ctx;
    const pointer = '/dateFormat';
    // The previews are in the zone chosen, once Continue would take it (not in EST, typed and refused); else in UTC.
    // An edited connector's own zone this browser cannot tell the time in (one it does not know, an abbreviation
    // such as BST, which it would read as Asia/Dhaka) has none, as on Review: never a time in another zone.
    const taken = data.timeZone && isTakenZone(data.timeZone, data.editBase) ? data.timeZone : undefined;
    const zone = taken === undefined ? 'UTC' : isZoneId(taken) ? taken : undefined;
    const systemDefault = ctx.system?.defaultDateFormat;
    const custom = data.customDateFormat;
    // As it is sent: without the invisible characters a paste left outside its quotes (the preview shows only what is sent).
    const pattern = cleanPattern(custom);
    const customCheck = checkDatePattern(pattern);
    // The edited connector's own pattern, left as it is: kept though this form cannot preview it (never said to be a problem).
    const kept = isKeptPattern(custom, data.editBase);
    // Valid, but most likely not what was meant (12 hours without AM/PM, minutes for the month): said, never blocking.
    const warning = customCheck.ok ? datePatternWarning(pattern) : undefined;
    // The same warning back while the field is typed in is read with the field, not said again.
    const said = warning && warning === this.#warned;
    if (warning) this.#warned = warning;
    const isDefault = (pattern: string) => (pattern === systemDefault ? ` (${msg.systemDefault})` : '');
    const group = this.#step.radioGroup({
      pointer,
      name: 'date-format',
      legend: msg.dateFormat,
      hint: msg.dateFormatHint,
      choices: [
        ...DATE_FORMAT_PRESETS.map((p) => ({
          id: `date-format-${p.id}`,
          checked: data.dateFormat === p.id,
          // Patterns and what they write are left to right in every language (an Arabic sentence would turn "2026-12-01" round).
          label: html`${msg.formatLabels[p.id] ?? p.id} <code dir="ltr">${p.pattern}</code>${isDefault(p.pattern)}`,
          hint: zone && html`${msg.preview} <bdi dir="ltr">${formatDate(this.#opened, p.pattern, zone)}</bdi>`,
          hintClass: 'preview',
          onSelect: () => ctx.actions.update({ dateFormat: p.id }),
        })),
        {
          id: 'date-format-custom',
          checked: data.dateFormat === 'custom',
          label: html`${msg.customFormat}${data.dateFormat === 'custom' ? isDefault(pattern) : ''}`,
          onSelect: () => ctx.actions.update({ dateFormat: 'custom' }),
        },
      ],
    });
    if (data.dateFormat !== 'custom') return group;
    return html`${group}
      <div class="field custom-pattern">
        <label for="custom-date-format">${msg.customPattern}</label>
        <p class="hint" id="custom-date-format-hint">${msg.customPatternHint}</p>
        <input
          id="custom-date-format"
          data-focus-for="/dateFormat"
          dir="ltr"
          type="text"
          part="input"
          spellcheck="false"
          autocomplete="off"
          .value=${custom}
          aria-invalid=${this.#step.invalid(pointer)}
          aria-describedby="custom-date-format-hint custom-date-format-preview${warning ? ' custom-date-format-warning' : ''} ${ctx.feedback[pointer] ? `${fieldId(pointer)}-error` : ''}"
          @input=${(e: Event) => ctx.actions.update({ customDateFormat: (e.target as HTMLInputElement).value })}
          @blur=${() => (this.#warned = undefined)}
        />
        <p class="hint preview" id="custom-date-format-preview">
          ${
            customCheck.ok
              ? zone && html`${msg.preview} <bdi dir="ltr">${formatDate(this.#opened, pattern, zone)}</bdi>`
              : // Once Continue has said it as the field's error, it is not said (nor read with the field) twice.
                pattern && !kept && !ctx.feedback[pointer]
                ? msg.datePatternProblem(customCheck.problem)
                : ''
          }
        </p>
        <div aria-live=${said ? 'off' : 'polite'} data-date-warning>
          ${warning ? html`<p class="warning" id="custom-date-format-warning"><strong>${msg.warning}</strong> ${msg.datePatternWarning(warning)}</p>` : nothing}
        </div>
      </div>`;
  }
}
