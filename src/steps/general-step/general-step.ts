import { html, nothing } from 'lit';
import type { WizardContextValue } from '../../context/wizard-context.js';
import { groupName, takenEnvironments } from '../../schemas/general-schema.js';
import type { Environment } from '../../schemas/wizard-data.js';
import { stepStyles } from '../step-styles.js';
import { fieldId, WizardStepElement } from '../wizard-step-element.js';

/** Up to this many groups are radios; more become a select, which stays usable at 320 px. */
const MAX_GROUP_RADIOS = 6;

/**
 * Step 2: name, company group (a choice only with more than one group) and testing or live,
 * applying the one-live-one-testing rule per system and group.
 */
export class GeneralStep extends WizardStepElement {
  static override styles = stepStyles;

  protected heading() {
    return this.ctx!.msg.generalTitle;
  }

  protected fieldOrder() {
    return ['/name', '/group', '/environment'];
  }

  protected renderStep(ctx: WizardContextValue) {
    const { msg, data, groups } = ctx;
    const group = groups.length === 1 ? groups[0]!.id : data.group;
    return html`
      <div class="field ${ctx.feedback['/name'] ? 'has-error' : ''}" part="field">
        <label for=${fieldId('/name')} part="label">${msg.name}</label>
        <p class="hint" id="${fieldId('/name')}-hint">${msg.nameHint}</p>
        ${this.renderError('/name')}
        <input
          id=${fieldId('/name')}
          type="text"
          part="input"
          autocomplete="off"
          .value=${data.name}
          aria-invalid=${this.invalid('/name')}
          aria-describedby=${this.describedBy('/name', true)}
          @input=${(e: Event) => ctx.actions.update({ name: (e.target as HTMLInputElement).value })}
        />
      </div>
      ${this.renderGroup(ctx)} ${this.renderEnvironment(ctx, group)}
    `;
  }

  private renderGroup(ctx: WizardContextValue) {
    const { msg, groups, data } = ctx;
    if (!groups.length) return nothing;
    if (groups.length === 1)
      return html`<div class="field" part="field">
        <p class="label"><strong>${msg.group}:</strong> ${groups[0]!.name}</p>
      </div>`;
    const pointer = '/group';
    if (groups.length > MAX_GROUP_RADIOS)
      return html`<div class="field ${ctx.feedback[pointer] ? 'has-error' : ''}" part="field">
        <label for=${fieldId(pointer)} part="label">${msg.group}</label>
        ${this.renderError(pointer)}
        <select
          id=${fieldId(pointer)}
          part="input"
          aria-invalid=${this.invalid(pointer)}
          aria-describedby=${this.describedBy(pointer, false)}
          @change=${(e: Event) => ctx.actions.update({ group: (e.target as HTMLSelectElement).value || undefined })}
        >
          <option value="" ?selected=${!data.group}>${msg.groupRequired}</option>
          ${groups.map((g) => html`<option .value=${g.id} ?selected=${data.group === g.id}>${g.name}</option>`)}
        </select>
      </div>`;
    return html`<fieldset class="field ${ctx.feedback[pointer] ? 'has-error' : ''}" id=${fieldId(pointer)} part="field" aria-describedby=${this.describedBy(pointer, false)}>
      <legend part="label">${msg.group}</legend>
      ${this.renderError(pointer)}
      <div class="choices">
        ${groups.map(
          (g) => html`<div class="choice">
            <input
              type="radio"
              name="group"
              id="group-${g.id}"
              .checked=${data.group === g.id}
              @change=${() => ctx.actions.update({ group: g.id })}
            />
            <label for="group-${g.id}">${g.name}</label>
          </div>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderEnvironment(ctx: WizardContextValue, group: string | undefined) {
    const { msg, data } = ctx;
    const pointer = '/environment';
    const systemName = ctx.system?.name ?? '';
    const gName = groupName(ctx.groups, group);
    const taken = takenEnvironments(ctx.existingConnectors, ctx.system?.id, group);
    const options: [Environment, string][] = [
      ['test', msg.test],
      ['live', msg.live],
    ];
    return html`<fieldset class="field ${ctx.feedback[pointer] ? 'has-error' : ''}" id=${fieldId(pointer)} part="field" aria-describedby=${this.describedBy(pointer, true)}>
      <legend part="label">${msg.environment}</legend>
      <p class="hint" id="${fieldId(pointer)}-hint">${msg.environmentHint}</p>
      ${taken.size === 2 ? html`<p class="error-message" role="status" data-rule="both-taken">${msg.bothTaken(systemName, gName)}</p>` : nothing}
      ${this.renderError(pointer)}
      <div class="choices">
        ${options.map(([env, label]) => {
          const isTaken = taken.has(env);
          return html`<div class="choice ${isTaken ? 'disabled' : ''}">
            <input
              type="radio"
              name="environment"
              id="environment-${env}"
              .value=${env}
              .checked=${data.environment === env && !isTaken}
              ?disabled=${isTaken}
              aria-describedby=${isTaken ? `environment-${env}-taken` : nothing}
              @change=${() => ctx.actions.update({ environment: env })}
            />
            <div>
              <label for="environment-${env}">${label}</label>
              ${isTaken
                ? html`<p class="hint" id="environment-${env}-taken" data-rule="taken">${msg.slotTaken(label.toLowerCase(), systemName, gName)}</p>`
                : nothing}
            </div>
          </div>`;
        })}
      </div>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'connector-wizard-general-step': GeneralStep;
  }
}
