import { html, nothing } from 'lit';
import { isSecretField, type AuthTypeDefinition } from '../../catalogue/catalogue-schema.js';
import { textDir, textLang } from '../../catalogue/localize-catalogue.js';
import { safeUrl } from '../../catalogue/safe-url.js';
import type { WizardContextValue } from '../../context/wizard-context.js';
import { authTypeOf } from '../../schemas/lookup.js';
import { FormStepElement, formStepStyles } from '../form-step-element.js';
import { cutId } from '../../catalogue/ids-told-apart.js';
import { authTypeNamed } from '../told-apart.js';

/** Step 4: how to sign in to the system; preselected (and said so) when there is one way.
 *
 * @tagname connector-wizard-auth-step
 */
export class AuthStep extends FormStepElement {
  static override styles = formStepStyles;

  protected heading() {
    return this.ctx!.msg.authTitle;
  }

  protected fieldOrder() {
    // With one way to sign in there is no choice to go to: a server's error about it is listed as text.
    return this.ctx?.system && !this.#only(this.ctx) ? ['/authType'] : [];
  }

  /** The one way to sign in, shown as the choice made, unless the person chose another that is gone: then it is offered, to choose. */
  #only({ system, data }: WizardContextValue) {
    const [only, other] = system?.authTypes ?? [];
    return only && !other && (!data.authType || data.authType === only.id) ? only : undefined;
  }

  protected renderStep(ctx: WizardContextValue) {
    const { msg, system, data, editing } = ctx;
    if (!system) return nothing;
    // Editing without an endpoint, secrets cannot be typed: another way to sign in that requires one could never be finished.
    const unreachable = (a: AuthTypeDefinition) =>
      editing !== undefined && !editing.secretsAllowed && a.id !== editing.authType && a.fields.some((f) => f.required && isSecretField(f));
    const pointer = '/authType';
    const only = this.#only(ctx);
    if (only)
      return html`<p data-testid="only-auth-type">${msg.authOnlyOne(system.name, only.label)}</p>
        ${only.description ? html`<p class="hint" dir=${textDir(only, 'description') ?? nothing} lang=${textLang(only, 'description', ctx.locale) ?? nothing}>${only.description}</p>` : nothing} ${this.renderDocs(ctx, only.docsUrl, only.label)}`;
    // A draft (or a catalogue replaced since) names a way to sign in this system no longer offers: said, not silently unchosen.
    const gone = data.authType && !authTypeOf(system, data.authType) ? cutId(data.authType) : undefined;
    return html`${gone ? html`<p class="notice" data-auth-gone>${msg.authTypeGone(gone)}</p>` : nothing}${this.renderRadioGroup({
      pointer,
      name: 'auth-type',
      legend: msg.authLegend(system.name),
      choices: system.authTypes.map((a) => ({
        id: `auth-${a.id}`,
        checked: data.authType === a.id,
        // Labels more than one way to sign in has, as a search reads them (a registry's v1 and v2 keys): those say their ids too.
        label: authTypeNamed(system.authTypes, a, ctx.locale),
        // Shown as written (no variant in this language): its own characters set its direction.
        disabled: unreachable(a),
        hint: unreachable(a)
          ? msg.secretsNeedEndpoint
          : a.description && html`<span dir=${textDir(a, 'description') ?? nothing} lang=${textLang(a, 'description', ctx.locale) ?? nothing}>${a.description}</span>`,
        extra: this.renderDocs(ctx, a.docsUrl, a.label),
        onSelect: () => ctx.actions.update({ authType: a.id }),
      })),
    })}`;
  }

  private renderDocs(ctx: WizardContextValue, url: string | undefined, label: string) {
    const href = safeUrl(url);
    if (!href) return nothing;
    return html`<p class="hint">
      <a href=${href} target="_blank" rel="noopener noreferrer">${ctx.msg.docs}<span class="visually-hidden">: ${label}</span> ${ctx.msg.opensInNewTab}</a>
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'connector-wizard-auth-step': AuthStep;
  }
}
