import { html, nothing, type ReactiveControllerHost } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { isSecretField, type AuthTypeDefinition, type CredentialField } from '../../catalogue/catalogue-schema.js';
import type { WizardContextValue } from '../../context/wizard-context.js';
import { bareSecretFill, namesCredentials, namesSecret, namesSeveral, pastedNames, readFill, readPaste, secretOwner } from '../../credentials/paste-fill.js';
import { isPrivateKey } from '../../credentials/secret-shape.js';
import { pastedKey } from '../../credentials/pasted-key.js';
import { unwrapped } from '../../credentials/wrapped-value.js';
import { EditHistory, undoFill } from './edit-history.js';
import { answered, leftBy, leftOut, NOTHING_LEFT, pasteNotice, refusal, type LeftOut } from './paste-notice.js';

type Step = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Pastes and drops into the credential fields: a block that names fields fills them, one that must
 * not land in a field is refused, and the notice above the fields says which (with the fill's Undo).
 * The step renders `notice` and hands each field's paste and drop to `onPaste`; what a paste
 * fills goes to the store, and `settled(key)` tells the step a field's value came whole (its
 * environment warning shows at once, see the step's `_typing`).
 */
export class CredentialPaste {
  /** Pastes that filled fields, so each one's notice is new (and said) even when its words are not. */
  #pastes = 0;
  /**
   * The paste just refused, numbered so each is said; 0 once another paste or a key follows. It was
   * several lines naming a value, into a one-line field; or (`#why`) one secret with its name, into a
   * field shown in clear, or secrets that cannot be changed here (editing without an endpoint), left as they were.
   */
  #refused = 0;
  /** Lists the last paste named by a value that chose none of their options, or more than one (`labels`), left as they were, and the names of its lines no field takes (`unused`): said; a new object each paste. */
  #unchosen: LeftOut = NOTHING_LEFT;
  #refusals = 0;
  #why?: 'named' | 'masked' | 'locked' | 'key' | 'json';
  /** The refused paste named a secret of this other auth type (its label). */
  #otherAuthType?: string;
  /** The refusal was of a drop (text dragged onto the field), said as one; `file`: a file, which is not read. */
  #dropped?: 'text' | 'file';
  /** The browser's own Undo and Redo, held to what it set; Ctrl+Z after a fill undoes the fill. */
  readonly #history: EditHistory;

  constructor(
    private readonly step: Step,
    private readonly ctx: () => WizardContextValue | undefined,
    private readonly settled: (key: string) => void,
  ) {
    this.#history = new EditHistory(step, ctx);
  }

  /** The region that says what the last paste filled, refused or left, and the fill's Undo. */
  notice(ctx: WizardContextValue, authType: AuthTypeDefinition) {
    const { msg } = ctx;
    const pasted = pasteNotice(ctx, authType, (first) => undoFill(this.step, this.ctx, first));
    return html`<div class="paste-notice" data-paste-notice><div role="status">${keyed(this.#pastes, pasted.said)}${
      this.#refused ? keyed(this.#refused, html`<p>${refusal(msg, this.#why, this.#dropped, this.#otherAuthType, authType)}</p>`) : nothing
    }${leftOut(msg, this.#unchosen, ctx.paste && 'undone' in ctx.paste ? this.#pastes : undefined)}</div>
      ${keyed(this.#pastes, pasted.undo)}</div>`;
  }

  /** A key pressed in a field: the last paste's refusal and the lists it left unchosen are no longer said. */
  typed() {
    if (!this.#refused && this.#unchosen === NOTHING_LEFT) return;
    this.#refused = 0;
    this.#unchosen = NOTHING_LEFT;
    this.step.requestUpdate();
  }

  /** The list `label` was chosen in: no longer said to be left unchosen. */
  chosen(label: string) {
    const left = answered(this.#unchosen, label);
    if (left === this.#unchosen) return;
    this.#unchosen = left;
    this.step.requestUpdate();
  }

  /**
   * A paste that names two or more of this auth type's fields (by key or alias), is one named value
   * alone, or is a bare value in a secret's shape in a field shown in clear (bareSecretFill), fills
   * each, as if typed one by one (so each is normalised and explained); the pasted text itself goes
   * nowhere (see pasteFill). Anything else is an ordinary paste, but for several lines into a
   * one-line field. Text dropped on a field (dragged from another window) is read the same way.
   */
  onPaste(ctx: WizardContextValue, authType: AuthTypeDefinition, event: ClipboardEvent | DragEvent, into: CredentialField) {
    this.#read(ctx, authType, event, into);
    this.step.requestUpdate();
  }

  #read(ctx: WizardContextValue, authType: AuthTypeDefinition, event: ClipboardEvent | DragEvent, into: CredentialField) {
    const masked = isSecretField(into);
    const text = ('clipboardData' in event ? event.clipboardData : event.dataTransfer)?.getData('text/plain') ?? '';
    // Read once here, and handed to each rule that asks about it.
    const paste = readPaste(text);
    // A value wrapped over lines is read as the one line it is (see unwrapped): a secret's shape is found in it too.
    const joined = event.target instanceof HTMLInputElement && event.type === 'paste' ? unwrapped(text) : undefined;
    // A private key's lines in a one-line field, masked or not, would lose their line breaks (as spaces): it goes to the key's own multi-line field (bareSecretFill), else is refused.
    const key = event.target instanceof HTMLInputElement && /[\r\n]/u.test(text.trim()) && isPrivateKey(text);
    const read = readFill(authType, paste);
    const fill = read?.fill ?? (masked && !key ? undefined : bareSecretFill(authType, joined ?? text, into));
    this.#refused = 0;
    this.#unchosen = leftBy(read, this.#pastes + 1);
    this.#dropped = event.type === 'drop' ? 'text' : undefined;
    // A file dropped (a `.env`) gives no text: it is not read, and the person is told so rather than left to wonder.
    if (!text && 'dataTransfer' in event && event.dataTransfer?.types.includes('Files')) {
      event.preventDefault();
      this.#why = undefined;
      this.#dropped = 'file';
      this.#refused = ++this.#refusals;
      return;
    }
    // A paste that only names a list it chooses nothing in is said so (above), never pasted as text.
    if (!fill?.length && this.#unchosen.labels.length) return event.preventDefault();
    if (!fill?.length) {
      // A block whose names this form does not know, pasted into a one-line field, would run together there, a secret in it shown and saved; so would a line naming a secret among unknown names (`SECRET=… PORT=3000 npm start`),
      // or, into a field shown in clear, credentials on one line (namesCredentials) or a secret of another of the system's auth types (`SHOPIFY_CLIENT_SECRET=…` while an access token is chosen),
      // as the connector name refuses them (a masked field takes them: a connection string such as `password=… host=…` is one value;
      // but not JSON or a Python dict with a member, on one line too, whose name would be sent as part of the value: `{"secret_token":"…"}`, `{'secret_token': '…'}`).
      const other = masked || namesSecret(authType, paste) ? undefined : secretOwner(ctx.system, joined === undefined ? paste : readPaste(joined), into);
      const named = masked ? paste.objectMembers > 0 : namesCredentials(paste);
      if (event.target instanceof HTMLInputElement && (key || namesSeveral(paste) || namesSecret(authType, paste) || other || named)) {
        event.preventDefault();
        // One named value (`MINTSOFT_PASSWORD=…`, a JSON object of one member, pretty-printed too) is said as one, never as several.
        const one = (paste.members === 1 || !namesSeveral(paste)) && !namesSecret(authType, paste) && !other && pastedNames(paste).size < 2;
        this.#why = key && !other ? 'key' : one ? (masked ? 'masked' : 'named') : paste.json ? 'json' : undefined;
        this.#otherAuthType = other?.label;
        this.#refused = ++this.#refusals;
        return;
      }
      // A value wrapped over lines is joined, and one line ending with a `%` into a field with a pattern (a terminal's mark: terminalMark) goes in whole, as typed (so Ctrl+Z takes it back); either is noted beside it and on Review.
      // A key in the marks a chat or an email reply puts around it, or holding what a PDF leaves inside one, goes in without them (pastedKey); said too.
      const cleaned = event.target instanceof HTMLInputElement && event.type === 'paste' ? pastedKey(text, into) : undefined;
      const whole = event.target instanceof HTMLInputElement && event.type === 'paste' && into.pattern !== undefined && /^[^\r\n]*%$/u.test(text.trim()) ? text : undefined;
      const put = cleaned?.value ?? joined ?? whole;
      if (put === undefined || !document.execCommand('insertText', false, put)) return;
      event.preventDefault();
      this.settled(into.key);
      ctx.actions.commitCredential(into.key, cleaned ?? (joined === undefined ? 'whole' : 'joined'));
      return;
    }
    event.preventDefault();
    // A secret that cannot be changed here (editing without an endpoint) counts as named, so the
    // block is still never pasted as text, but it is not filled.
    const allowed = fill.filter(({ field }) => !(isSecretField(field) && ctx.editing !== undefined && !ctx.editing.secretsAllowed));
    // Filled from a paste, not typed: their warnings show at once (see `_typing`).
    for (const { field } of allowed) this.settled(field.key);
    // Only a paste that fills something has a new notice: one naming only locked secrets never says the last fill again.
    if (allowed.length) this.#pastes++;
    // The secrets it names and leaves are said, not passed over in silence.
    this.#why = allowed.length < fill.length ? 'locked' : undefined;
    this.#otherAuthType = undefined;
    if (this.#why) this.#refused = ++this.#refusals;
    const filled = allowed.map(({ field, value }) => ({ key: field.key, value }));
    if (!filled.length) return;
    ctx.actions.pasteCredentials(filled, this.#dropped === 'text');
    this.#history.filled(event.target, filled);
  }
}
