import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { WizardContextValue } from '../../context/wizard-context.js';
import { namesCredentials, namesSeveral, readPaste, secretOwner } from '../../credentials/paste-fill.js';
import { shapedAsSecret } from '../../credentials/secret-shape.js';
import { isolated } from '../../messages/isolate.js';
import { formGroup, groupName, keptGroup, takenEnvironments } from '../../schemas/general-schema.js';
import type { Environment } from '../../schemas/wizard-data.js';
import { FormStepElement, formStepStyles, type RadioChoice } from '../form-step-element.js';
import { fieldId } from '../wizard-step-element.js';
import { namingSystem } from '../marked-names.js';
import { keptGroupLabel } from './kept-group-label.js';
import { cut } from '../../catalogue/cut.js';

/** Up to this many groups are radios; more become a select, which stays usable at 320 px. */
const MAX_GROUP_RADIOS = 6;

/**
 * Step 2: name, company group (a choice only with more than one group) and testing or live,
 * applying the one-live-one-testing rule per system and group.
 *
 * @tagname connector-wizard-general-step
 */
export class GeneralStep extends FormStepElement {
  static override styles = formStepStyles;
  static override properties = { _refused: { state: true, attribute: false } };

  /** Counts refused pastes into the name, so a second one is said again. */
  private _refused = 0;
  /** The last one refused was a drop (text dragged onto the name): said as one. */
  #dropped = false;

  protected heading() {
    return this.ctx!.msg.generalTitle;
  }

  protected fieldOrder() {
    // With one group or none there is no group field: a server's error about it is listed as text.
    return (this.ctx?.groups.length ?? 0) > 1 ? ['/name', '/group', '/environment'] : ['/name', '/environment'];
  }

  protected renderStep(ctx: WizardContextValue) {
    const { msg, data, groups } = ctx;
    const group = formGroup(groups, data);
    return html`
      <div class="field ${ctx.feedback['/name'] ? 'has-error' : ''}" part="field">
        <label for=${fieldId('/name')} part="label">${msg.name}</label>
        <p class="hint" id="${fieldId('/name')}-hint">${msg.nameHint}</p>
        ${this.renderError('/name')}
        <input
          id=${fieldId('/name')}
          type="text"
          part="input"
          dir=${data.name.trim() ? 'auto' : nothing}
          autocomplete="off"
          .value=${data.name}
          aria-invalid=${this.invalid('/name')}
          aria-describedby=${this.describedBy('/name', true)}
          @input=${(e: Event) => {
            this._refused = 0;
            ctx.actions.update({ name: (e.target as HTMLInputElement).value });
          }}
          @paste=${(e: ClipboardEvent) => this.onPaste(ctx, e)}
          @drop=${(e: DragEvent) => this.onPaste(ctx, e)}
        />
        <div role="status">${this._refused ? keyed(this._refused, html`<p class="warning">${this.#dropped ? msg.nameNotCredentialsDropped : msg.nameNotCredentials}</p>`) : nothing}</div>
      </div>
      ${this.renderGroup(ctx, group)} ${this.renderEnvironment(ctx, group)}
    `;
  }

  /**
   * Credentials (a block, a JSON object, several named values or one named as a secret: see
   * namesCredentials; or a secret this system's credentials name), or a bare value in the format
   * of one of its secrets (see shapedAsSecret), are not a name: pasted here, a secret would be
   * shown, saved in the draft in clear, listed as the draft's name and sent as the name. Nothing is
   * pasted, and the person is told where it goes. A name that reads as one named value other than
   * a secret (`Shop: acme-uk`) is a name; what is typed is never refused.
   */
  private onPaste(ctx: WizardContextValue, event: ClipboardEvent | DragEvent) {
    const text = ('clipboardData' in event ? event.clipboardData : event.dataTransfer)?.getData('text/plain') ?? '';
    const paste = readPaste(text);
    if (!namesSeveral(paste) && !namesCredentials(paste) && !secretOwner(ctx.system, paste) && !shapedAsSecret(ctx.system?.authTypes ?? [], text)) return;
    event.preventDefault();
    this.#dropped = event.type === 'drop';
    this._refused++;
  }

  private renderGroup(ctx: WizardContextValue, group: string | undefined) {
    const { msg, groups, data } = ctx;
    if (!groups.length) return nothing;
    const pointer = '/group';
    const kept = keptGroup(groups, data);
    const keptLabel = kept && keptGroupLabel(msg, kept);
    if (groups.length === 1)
      return html`<div class="field" part="field">
        <p class="label"><strong>${msg.group}${msg.colon}</strong> ${kept && group === kept.id ? keptLabel : html`<bdi>${groupName(groups, group) ?? group}</bdi>`}</p>
      </div>`;
    // An option holds text only (no <bdi>): names and a kept id are isolated (FSI … PDI), so "Acme Ltd." keeps its full stop in Arabic.
    if (groups.length > MAX_GROUP_RADIOS)
      return html`<div class="field ${ctx.feedback[pointer] ? 'has-error' : ''}" part="field">
        <label for=${fieldId(pointer)} part="label">${msg.group}</label>
        ${this.renderError(pointer)}
        <select
          id=${fieldId(pointer)}
          part="input"
          aria-invalid=${this.invalid(pointer)}
          aria-describedby=${this.describedBy(pointer, false)}
          @change=${(e: Event) => {
            const select = e.target as HTMLSelectElement;
            ctx.actions.update({ group: kept && select.selectedOptions[0]?.hasAttribute('data-kept') ? kept.id : select.value || undefined });
          }}
        >
          <option value="" .selected=${!data.group && !kept}>${msg.groupRequired}</option>
          ${
            kept
              ? html`<option data-kept .selected=${data.group === kept.id}>${kept.id === undefined ? msg.noGroupKept : `${isolated(cut(kept.id))} ${msg.groupKept}`}</option>`
              : nothing
          }
          ${groups.map((g) => html`<option .value=${g.id} .selected=${data.group === g.id}>${isolated(g.name)}</option>`)}
        </select>
      </div>`;
    return this.renderRadioGroup({
      pointer,
      name: 'group',
      legend: msg.group,
      choices: groups
        .map((g): RadioChoice => ({
          id: `group-${g.id}`,
          checked: data.group === g.id,
          // The catalogue's and host's text, isolated: Latin ending in punctuation stays as written in Arabic.
          label: html`<bdi>${g.name}</bdi>`,
          onSelect: () => ctx.actions.update({ group: g.id }),
        }))
        .concat(kept ? [{ id: 'kept-group', checked: data.group === kept.id, label: keptLabel!, onSelect: () => ctx.actions.update({ group: kept.id }) }] : []),
    });
  }

  private renderEnvironment(ctx: WizardContextValue, group: string | undefined) {
    const { msg, data } = ctx;
    const pointer = '/environment';
    // The system's name marked with its lang where shown as written, as in the step's errors (see namedIn).
    const naming = (say: (system: string) => string) => namingSystem(ctx.system, ctx.locale, say);
    const gName = groupName(ctx.groups, group);
    const taken = takenEnvironments(ctx.existingConnectors, ctx.system?.id, group, data.submission);
    const options: [Environment, string][] = [
      ['test', msg.test],
      ['live', msg.live],
    ];
    return this.renderRadioGroup({
      pointer,
      name: 'environment',
      legend: msg.environment,
      hint: msg.environmentHint,
      // Once Continue has said it (on the group, or here), it is not said twice. The status is always
      // there, empty while a slot is free: a live region must exist before its words arrive to be read.
      before: html`<div role="status" data-status="slots">
        ${
          taken.size === 2 && !ctx.feedback['/group'] && !ctx.feedback[pointer]
            ? html`<p class="error-message" data-rule="both-taken">${naming((system) => msg.bothTaken(system, gName))}</p>`
            : nothing
        }
      </div>`,
      choices: options.map(([env, label]) => ({
        id: `environment-${env}`,
        // A taken slot is never shown as chosen, even if a draft or attribute chose it.
        checked: data.environment === env && !taken.has(env),
        label,
        disabled: taken.has(env),
        hint: taken.has(env) ? naming((system) => msg.slotTaken(env, system, gName)) : undefined,
        onSelect: () => ctx.actions.update({ environment: env }),
      })),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'connector-wizard-general-step': GeneralStep;
  }
}
