import { html, nothing, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { isSecretField, type AuthTypeDefinition, type CredentialField } from '../../catalogue/catalogue-schema.js';
import { textDir, textLang } from '../../catalogue/localize-catalogue.js';
import { safeUrl } from '../../catalogue/safe-url.js';
import type { WizardContextValue } from '../../context/wizard-context.js';
import { environmentWarnings } from '../../credentials/environment-warnings.js';
// Before the schemas, as the paste code it holds came before them.
import { CredentialPaste } from './credential-paste.js';
import { currentCredentials } from '../../schemas/connector-schema.js';
import { savedValueWarnings } from '../../schemas/credentials-schema.js';
import { own } from '../../schemas/id-record.js';
import { authTypeOf } from '../../schemas/lookup.js';
import { credentialValue } from '../../wizard/state/selectors.js';
import { FormStepElement, formStepStyles } from '../form-step-element.js';
import { fieldId } from '../wizard-step-element.js';
import { connectionTest, connectionTestStyles } from './connection-test.js';
import { credentialsStyles } from './credentials-styles.js';
import { oauthPanel } from './oauth-panel.js';
import { listField } from './list-field.js';
import { reenterWords } from './reenter-words.js';
import { stepIntro } from './step-intro.js';

const pointerOf = (field: CredentialField) => `/credentials/${field.key}`;

/**
 * Step 5: the credential fields the catalogue declares for the chosen authentication type.
 * Secrets are password inputs with a show/hide toggle and never leave memory; values are kept
 * byte for byte apart from the catalogue's `normalize` rule, which is always explained.
 *
 * @tagname connector-wizard-credentials-step
 */
export class CredentialsStep extends FormStepElement {
  static override styles = [...formStepStyles, credentialsStyles, connectionTestStyles];

  // Internal state, never attributes (so the Custom Elements Manifest offers none of it).
  static override properties: PropertyDeclarations = Object.fromEntries(['_revealed', '_typing'].map((name) => [name, { state: true, attribute: false }]));

  /** Secret fields currently shown in clear, by key. Reset whenever the step is left. */
  private _revealed = new Set<string>();
  /**
   * Fields being typed into, each with whether its environment warning shows. While keys are
   * pressed a warning may go but does not appear, nor come back (every prefix of a NetSuite
   * sandbox ID is a live one): it appears when the field is left, or with a paste.
   */
  private _typing = new Map<string, boolean>();
  /** The environment warnings shown at the last render, by field key. */
  #warned = new Set<string>();
  /** Pastes and drops: what they fill or are refused, said above the fields. */
  readonly #paste = new CredentialPaste(
    this,
    () => this.ctx,
    (key) => this.typing(key, false),
  );

  protected heading() {
    return this.ctx!.msg.credentialsTitle;
  }

  protected fieldOrder() {
    const authType = authTypeOf(this.ctx?.system, this.ctx?.data.authType);
    // The sign-in's own place is only there for a sign-in: another way's error about it is listed as text, with nowhere to go.
    return [...(authType?.fields.map(pointerOf) ?? []), ...(authType?.kind === 'oauth2-authorization-code' ? ['/credentials/connectionRef'] : [])];
  }

  protected renderStep(ctx: WizardContextValue) {
    const { msg, system, data } = ctx;
    const authType = authTypeOf(system, data.authType);
    if (!system || !authType) return nothing;
    const { values } = currentCredentials({ ctx: { ...ctx, system }, data, secrets: ctx.secrets });
    // An edit's saved value the catalogue's rules no longer take is kept: a warning, never an error.
    const saved = own(data.editBase?.credentials, authType.id);
    const found = savedValueWarnings(authType, values, saved, msg, environmentWarnings(authType, values, data.environment, msg));
    for (const [key, shown] of this._typing) if (shown && !found.has(key)) this._typing.set(key, false); // Gone: stays gone while typing.
    const warnings = new Map([...found].filter(([key]) => this._typing.get(key) ?? true));
    this.#warned = new Set(warnings.keys());
    return html`
      ${stepIntro(msg, system, authType, ctx.locale)}
      ${this.#paste.notice(ctx, authType)}
      ${
        authType.fields.length
          ? // Keyed: a new catalogue that adds or drops a field above the one being typed into never hands its input (a secret's, mid-word, with its handlers) to another field.
            repeat(
              authType.fields,
              (f) => f.key,
              (f) => this.renderField(ctx, authType, f, warnings.get(f.key)),
            )
          : // Signing in is what this way asks for: "needs no credentials" would contradict Connect.
            authType.kind === 'oauth2-authorization-code'
            ? nothing
            : html`<p>${msg.noCredentials}</p>`
      }
      ${
        // After the fields, as the error summary lists them: a store the sign-in is started for is typed before Connect.
        authType.kind === 'oauth2-authorization-code' ? oauthPanel(ctx, system.name, authType.id, (pointer) => this.renderError(pointer)) : nothing
      }
      ${ctx.canTestConnection && authType.kind !== 'oauth2-authorization-code' ? connectionTest(ctx) : nothing}
    `;
  }

  /**
   * A render can take the focused control away. A sign-in's buttons come and go with its status
   * ("I've finished" once a result arrives, the blocked alert's Try again once the popup opens):
   * Connect, which always stays, takes the focus. A new catalogue can make a field another kind of
   * control (a text field a list), move or drop it: the control answering the same question takes
   * the focus, else the heading. Never the page.
   */
  protected override focusAfter(had: Element) {
    return [...(had.closest('.oauth') ? [`#${fieldId('/credentials/connectionRef')}`] : []), ...super.focusAfter(had)];
  }

  /** The person keeps the current secret (an edit), or leaves an optional one empty, instead of entering the lost one again: the field keeps focus (the button goes). */
  private async keepCurrent(ctx: WizardContextValue, id: string, key: string) {
    ctx.actions.setCredential(key, '');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  private renderField(ctx: WizardContextValue, authType: AuthTypeDefinition, field: CredentialField, warning: string | undefined) {
    const { msg } = ctx;
    const authTypeId = authType.id;
    const pointer = pointerOf(field);
    const id = fieldId(pointer);
    const secret = isSecretField(field);
    const value = credentialValue(ctx, authTypeId, field) ?? (secret ? '' : undefined);
    const mustReenter = secret && !value && (own(ctx.data.secretsEntered, authTypeId) ?? []).includes(field.key);
    const helpUrl = safeUrl(field.helpUrl);
    // Editing: empty keeps the current value, as does a checkbox never set (shown mixed); a secret can change only through an endpoint.
    // A new secret typed here and lost (a reload, Cancel) is entered again, or the current one kept (an optional one left empty) by choice.
    const keep = Boolean(ctx.editing?.keepCredentials) && (field.type !== 'boolean' || typeof value !== 'boolean') && !mustReenter;
    const keepInstead = mustReenter && (Boolean(ctx.editing?.keepCredentials) || !field.required);
    const locked = secret && ctx.editing !== undefined && !ctx.editing.secretsAllowed;
    const hasHint = Boolean(field.help || field.example || helpUrl || mustReenter || keep || locked);
    const optional = !field.required && field.type !== 'boolean' ? html` <span class="optional">${msg.optional}</span>` : nothing;
    const hint = hasHint
      ? html`<div class="hint" id="${id}-hint">
          ${mustReenter ? html`<p class="note" data-testid="reenter">${reenterWords(ctx).field}</p>` : nothing}
          ${
            keepInstead
              ? html`<p><button type="button" class="secondary" part="button" data-keep=${field.key} @click=${() => this.keepCurrent(ctx, id, field.key)}>
                  ${ctx.editing?.keepCredentials ? msg.keepCurrentValue : msg.leaveEmpty}<span class="visually-hidden">: ${field.label}</span>
                </button></p>`
              : nothing
          }
          ${
            locked
              ? html`<p class="note" data-testid="locked">${msg.secretsNeedEndpoint}</p>`
              : keep
                ? html`<p class="hint" data-testid="keep">${field.type === 'boolean' ? msg.keepCurrentSetting : msg.keepCurrent}</p>`
                : nothing
          }
          ${field.help ? html`<p class="hint" dir=${textDir(field, 'help') ?? nothing} lang=${textLang(field, 'help', ctx.locale) ?? nothing}>${field.help}</p>` : nothing}
          ${field.example ? html`<p class="hint">${msg.example} <code dir="ltr">${field.example}</code></p>` : nothing}
          ${
            helpUrl
              ? html`<p class="hint">
                <a href=${helpUrl} target="_blank" rel="noopener noreferrer">${msg.docs}<span class="visually-hidden">: ${field.label}</span> ${msg.opensInNewTab}</a>
              </p>`
              : nothing
          }
        </div>`
      : nothing;

    if (field.type === 'boolean')
      return html`<div class="field ${ctx.feedback[pointer] ? 'has-error' : ''}" part="field">
        ${this.renderError(pointer)}
        <div class="choice">
          <input
            type="checkbox"
            id=${id}
            .checked=${value === true}
            .indeterminate=${keep}
            aria-describedby=${this.describedBy(pointer, hasHint)}
            @change=${(e: Event) => ctx.actions.setCredential(field.key, (e.target as HTMLInputElement).checked)}
          />
          <label for=${id} part="label"><bdi lang=${textLang(field, 'label', ctx.locale) ?? nothing}>${field.label}</bdi></label>
        </div>
        ${hint}
      </div>`;

    // A list has no prefix or suffix (docs/catalogue.md): its value is one of its options.
    const { prefix, suffix } = field.type === 'select' ? {} : field;
    // The affix in words, the hint, note and error, and an environment warning: read with the control.
    const describedBy = [
      prefix || suffix ? `${id}-affix` : '',
      this.describedBy(pointer, hasHint) === nothing ? '' : (this.describedBy(pointer, hasHint) as string),
      warning ? `${id}-warning` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return html`<div class="field ${ctx.feedback[pointer] ? 'has-error' : ''}" part="field" data-field=${field.key}>
      <label for=${id} part="label"><bdi lang=${textLang(field, 'label', ctx.locale) ?? nothing}>${field.label}</bdi>${optional}</label>
      ${hint} ${this.renderError(pointer)}
      <div class="input-row" dir="ltr">
        ${prefix ? html`<span class="affix prefix" aria-hidden="true">${prefix}</span>` : nothing}
        ${this.renderControl(ctx, field, id, pointer, secret, typeof value === 'string' ? value : '', describedBy, locked, (e: ClipboardEvent | DragEvent) => this.#paste.onPaste(ctx, authType, e, field))}
        ${suffix ? html`<span class="affix suffix" aria-hidden="true">${suffix}</span>` : nothing}
        ${
          secret
            ? html`<button
              type="button"
              class="toggle"
              part="button"
              aria-controls=${id}
              @click=${() => this.toggle(field.key)}
            >
              ${this._revealed.has(field.key) ? msg.hide : msg.show}<span class="visually-hidden"> ${field.label}</span>
            </button>`
            : nothing
        }
      </div>
      ${this.renderNote(pointer)}
      <div aria-live="polite" data-env-warning=${field.key}>${warning ? html`<p class="warning" id="${id}-warning"><strong>${msg.warning}</strong> ${warning}</p>` : nothing}</div>
    </div>`;
  }

  private renderControl(
    ctx: WizardContextValue,
    field: CredentialField,
    id: string,
    pointer: string,
    secret: boolean,
    value: string,
    describedBy: string,
    locked: boolean,
    onPaste: (e: ClipboardEvent | DragEvent) => void,
  ) {
    // Typing into a field a paste filled takes it out of Undo (the store's credentialSet); leaving it ends the typing, changed or not.
    const onInput = (e: Event) => {
      this.#paste.typed();
      if (e instanceof InputEvent) this.typing(field.key, !/^insertFrom(?:Paste|Drop)/u.test(e.inputType));
      ctx.actions.setCredential(field.key, (e.target as HTMLInputElement).value);
    };
    const onBlur = () => this.typing(field.key, false);
    const onChange = () => {
      onBlur();
      ctx.actions.commitCredential(field.key);
    };
    const affix =
      field.prefix || field.suffix ? html`<span class="visually-hidden" id="${id}-affix">${[field.prefix, '…', field.suffix].filter(Boolean).join(' ')}</span>` : nothing;
    const chosen = () => this.#paste.chosen(field.label);
    if (field.type === 'select') return listField(ctx, field, id, value, this.invalid(pointer), describedBy, chosen);
    if (field.type === 'textarea')
      return html`${affix}<textarea
          id=${id}
          part="input"
          class=${secret && !this._revealed.has(field.key) ? 'masked' : ''}
          rows="6"
          spellcheck="false"
          autocapitalize="off"
          autocomplete="off"
          .value=${value}
          ?disabled=${locked}
          placeholder=${field.placeholder ?? nothing}
          aria-invalid=${this.invalid(pointer)}
          aria-describedby=${describedBy || nothing}
          @input=${onInput}
          @change=${onChange}
          @blur=${onBlur}
          @paste=${onPaste}
          @drop=${onPaste}
        ></textarea>`;
    // url and email inputs would strip edge whitespace (and punycode domains) before we see the
    // value, so the person would not be told; text inputs with an inputmode keep it byte for byte.
    const type = secret && !this._revealed.has(field.key) ? 'password' : 'text';
    const inputMode = { number: 'decimal', url: 'url', email: 'email' }[field.type as string];
    return html`${affix}<input
        id=${id}
        part="input"
        type=${type}
        inputmode=${inputMode ?? nothing}
        autocomplete=${secret ? 'new-password' : 'off'}
        spellcheck="false"
        autocapitalize="off"
        .value=${value}
        ?disabled=${locked}
        placeholder=${field.placeholder ?? nothing}
        aria-invalid=${this.invalid(pointer)}
        aria-describedby=${describedBy || nothing}
        @input=${onInput}
        @change=${onChange}
        @blur=${onBlur}
        @paste=${onPaste}
          @drop=${onPaste}
      />`;
  }

  /** Keys pressed in a field (`typing`), or the field left or pasted into: see `_typing`. */
  private typing(key: string, typing: boolean) {
    if (typing === this._typing.has(key)) return;
    const next = new Map(this._typing);
    if (typing) next.set(key, this.#warned.has(key));
    else next.delete(key);
    this._typing = next;
  }

  private toggle(key: string) {
    const next = new Set(this._revealed);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    this._revealed = next;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'connector-wizard-credentials-step': CredentialsStep;
  }
}
