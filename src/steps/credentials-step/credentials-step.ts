import { html, nothing, type PropertyDeclarations } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { isSecretField, type AuthTypeDefinition, type CredentialField } from '../../catalogue/catalogue-schema.js';
import { textDir, textLang } from '../../catalogue/localize-catalogue.js';
import { safeUrl } from '../../catalogue/safe-url.js';
import type { WizardContextValue } from '../../context/wizard-context.js';
import { environmentWarnings } from '../../credentials/environment-warnings.js';
import { bareSecretFill, namesCredentials, namesSecret, namesSeveral, pastedJson, readFill, secretOwner } from '../../credentials/paste-fill.js';
import { readPasted } from '../../credentials/read-pasted.js';
import { isPrivateKey } from '../../credentials/secret-shape.js';
import { unwrapped } from '../../credentials/wrapped-value.js';
import { currentCredentials } from '../../schemas/connector-schema.js';
import { savedValueWarnings } from '../../schemas/credentials-schema.js';
import { own } from '../../schemas/id-record.js';
import { credentialValue } from '../../wizard/state/selectors.js';
import { FormStepElement, formStepStyles } from '../form-step-element.js';
import { fieldId } from '../wizard-step-element.js';
import { connectionTest, connectionTestStyles } from './connection-test.js';
import { EditHistory, undoFill } from './edit-history.js';
import { credentialsStyles } from './credentials-styles.js';
import { oauthPanel } from './oauth-panel.js';
import { listField } from './list-field.js';
import { answered, leftBy, leftOut, NOTHING_LEFT, pasteNotice, refusal, type LeftOut } from './paste-notice.js';
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
  static override properties: PropertyDeclarations = Object.fromEntries(
    ['_revealed', '_typing', '_pastes', '_refused', '_unchosen'].map((name) => [name, { state: true, attribute: false }]),
  );

  /** Secret fields currently shown in clear, by key. Reset whenever the step is left. */
  private _revealed = new Set<string>();
  /**
   * Fields being typed into, each with whether its environment warning shows. While keys are
   * pressed a warning may go but does not appear, nor come back (every prefix of a NetSuite
   * sandbox ID is a live one): it appears when the field is left, or with a paste.
   */
  private _typing = new Map<string, boolean>();
  /** Pastes that filled fields, so each one's notice is new (and said) even when its words are not. */
  private _pastes = 0;
  /**
   * The paste just refused, numbered so each is said; 0 once another paste or a key follows. It was
   * several lines naming a value, into a one-line field; or (`#why`) one secret with its name, into a
   * field shown in clear, or secrets that cannot be changed here (editing without an endpoint), left as they were.
   */
  private _refused = 0;
  /** Lists the last paste named by a value that chose none of their options, or more than one (`labels`), left as they were, and the names of its lines no field takes (`unused`): said; a new object each paste. */
  private _unchosen: LeftOut = NOTHING_LEFT;
  #refusals = 0;
  #why?: 'named' | 'locked' | 'key' | 'json';
  /** The refused paste named a secret of this other auth type (its label). */
  #otherAuthType?: string;
  /** The refusal was of a drop (text dragged onto the field), said as one; `file`: a file, which is not read. */
  #dropped?: 'text' | 'file';
  /** The environment warnings shown at the last render, by field key. */
  #warned = new Set<string>();
  /** The browser's own Undo and Redo, held to what it set; Ctrl+Z after a fill undoes the fill. */
  readonly #history = new EditHistory(this, () => this.ctx);

  protected heading() {
    return this.ctx!.msg.credentialsTitle;
  }

  protected fieldOrder() {
    const authType = this.ctx?.system?.authTypes.find((a) => a.id === this.ctx?.data.authType);
    // The sign-in's own place is only there for a sign-in: another way's error about it is listed as text, with nowhere to go.
    return [...(authType?.fields.map(pointerOf) ?? []), ...(authType?.kind === 'oauth2-authorization-code' ? ['/credentials/connectionRef'] : [])];
  }

  protected renderStep(ctx: WizardContextValue) {
    const { msg, system, data } = ctx;
    const authType = system?.authTypes.find((a) => a.id === data.authType);
    if (!system || !authType) return nothing;
    const { values } = currentCredentials({ ctx: { ...ctx, system }, data, secrets: ctx.secrets });
    // An edit's saved value the catalogue's rules no longer take is kept: a warning, never an error.
    const saved = own(data.editBase?.credentials, authType.id);
    const found = savedValueWarnings(authType, values, saved, msg, environmentWarnings(authType, values, data.environment, msg));
    for (const [key, shown] of this._typing) if (shown && !found.has(key)) this._typing.set(key, false); // Gone: stays gone while typing.
    const warnings = new Map([...found].filter(([key]) => this._typing.get(key) ?? true));
    this.#warned = new Set(warnings.keys());
    const pasted = pasteNotice(ctx, authType, (first) => undoFill(this, () => this.ctx, first));
    return html`
      ${stepIntro(msg, system, authType, ctx.locale)}
      <div class="paste-notice" data-paste-notice><div role="status">${keyed(this._pastes, pasted.said)}${
        this._refused ? keyed(this._refused, html`<p>${refusal(msg, this.#why, this.#dropped, this.#otherAuthType, authType)}</p>`) : nothing
      }${leftOut(msg, this._unchosen, ctx.paste && 'undone' in ctx.paste ? this._pastes : undefined)}</div>
        ${keyed(this._pastes, pasted.undo)}</div>
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

  /**
   * A paste that names two or more of this auth type's fields (by key or alias), is one named value
   * alone, or is a bare value in a secret's shape in a field shown in clear (bareSecretFill), fills
   * each, as if typed one by one (so each is normalised and explained); the pasted text itself goes
   * nowhere (see pasteFill). Anything else is an ordinary paste, but for several lines into a
   * one-line field. Text dropped on a field (dragged from another window) is read the same way.
   */
  private onPaste(ctx: WizardContextValue, authType: AuthTypeDefinition, event: ClipboardEvent | DragEvent, into: CredentialField) {
    const masked = isSecretField(into);
    const text = ('clipboardData' in event ? event.clipboardData : event.dataTransfer)?.getData('text/plain') ?? '';
    // A value wrapped over lines is read as the one line it is (see unwrapped): a secret's shape is found in it too.
    const joined = event.target instanceof HTMLInputElement && event.type === 'paste' ? unwrapped(text) : undefined;
    // A private key's lines in a one-line field, masked or not, would lose their line breaks (as spaces): it goes to the key's own multi-line field (bareSecretFill), else is refused.
    const key = event.target instanceof HTMLInputElement && /[\r\n]/u.test(text.trim()) && isPrivateKey(text);
    const read = readFill(authType, text);
    const fill = read?.fill ?? (masked && !key ? undefined : bareSecretFill(authType, joined ?? text, into));
    this._refused = 0;
    this._unchosen = leftBy(read, this._pastes + 1);
    this.#dropped = event.type === 'drop' ? 'text' : undefined;
    // A file dropped (a `.env`) gives no text: it is not read, and the person is told so rather than left to wonder.
    if (!text && 'dataTransfer' in event && event.dataTransfer?.types.includes('Files')) {
      event.preventDefault();
      this.#why = undefined;
      this.#dropped = 'file';
      this._refused = ++this.#refusals;
      return;
    }
    // A paste that only names a list it chooses nothing in is said so (above), never pasted as text.
    if (!fill?.length && this._unchosen.labels.length) return event.preventDefault();
    if (!fill?.length) {
      // A block whose names this form does not know, pasted into a one-line field, would run together there, a secret in it shown and saved; so would a line naming a secret among unknown names (`SECRET=… PORT=3000 npm start`),
      // or, into a field shown in clear, credentials on one line (namesCredentials) or a secret of another of the system's auth types (`SHOPIFY_CLIENT_SECRET=…` while an access token is chosen),
      // as the connector name refuses them (a masked field takes them: a connection string such as `password=… host=…` is one value).
      const other = masked || namesSecret(authType, text) ? undefined : secretOwner(ctx.system, joined ?? text, into);
      if (event.target instanceof HTMLInputElement && (key || namesSeveral(text) || namesSecret(authType, text) || other || (!masked && namesCredentials(text)))) {
        event.preventDefault();
        this.#why =
          key && !other ? 'key' : !namesSeveral(text) && !namesSecret(authType, text) && !other && readPasted(text).size < 2 ? 'named' : pastedJson(text) ? 'json' : undefined;
        this.#otherAuthType = other?.label;
        this._refused = ++this.#refusals;
        return;
      }
      // A value wrapped over lines is joined, and one line ending with a `%` into a field with a pattern (a terminal's mark: terminalMark) goes in whole, as typed (so Ctrl+Z takes it back); either is noted beside it and on Review.
      const whole = event.target instanceof HTMLInputElement && event.type === 'paste' && into.pattern !== undefined && /^[^\r\n]*%$/u.test(text.trim()) ? text : undefined;
      if ((joined ?? whole) === undefined || !document.execCommand('insertText', false, (joined ?? whole)!)) return;
      event.preventDefault();
      this.typing(into.key, false);
      ctx.actions.commitCredential(into.key, joined === undefined ? 'whole' : 'joined');
      return;
    }
    event.preventDefault();
    // A secret that cannot be changed here (editing without an endpoint) counts as named, so the
    // block is still never pasted as text, but it is not filled.
    const allowed = fill.filter(({ field }) => !(isSecretField(field) && ctx.editing !== undefined && !ctx.editing.secretsAllowed));
    // Filled from a paste, not typed: their warnings show at once (see `_typing`).
    for (const { field } of allowed) this.typing(field.key, false);
    // Only a paste that fills something has a new notice: one naming only locked secrets never says the last fill again.
    if (allowed.length) this._pastes++;
    // The secrets it names and leaves are said, not passed over in silence.
    this.#why = allowed.length < fill.length ? 'locked' : undefined;
    this.#otherAuthType = undefined;
    if (this.#why) this._refused = ++this.#refusals;
    const filled = allowed.map(({ field, value }) => ({ key: field.key, value }));
    if (!filled.length) return;
    ctx.actions.pasteCredentials(filled, this.#dropped === 'text');
    this.#history.filled(event.target, filled);
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
        ${this.renderControl(ctx, field, id, pointer, secret, typeof value === 'string' ? value : '', describedBy, locked, (e: ClipboardEvent | DragEvent) => this.onPaste(ctx, authType, e, field))}
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
      this._refused = 0;
      this._unchosen = NOTHING_LEFT;
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
    const chosen = () => (this._unchosen = answered(this._unchosen, field.label));
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
