/**
 * Typed and pasted credentials, for the flow (flow.ts): each value set through the store's
 * transitions (a test about the values before stops), normalised by its field's rule when
 * committed with what that did noted beside it, and a paste's fill undone.
 */
import type { AuthTypeDefinition, CredentialField } from '../catalogue/catalogue-schema.js';
import { terminalMark } from '../credentials/terminal-mark.js';
import type { CredentialValue } from '../schemas/wizard-data.js';
import type { Pasted } from '../context/wizard-context.js';
import type { FlowHost } from './later-api.js';
import { committedCredential, labelledNotes } from './outcomes.js';
import type { ReviewNotes } from './review-notes.js';
import * as t from './state/request-transitions.js';
import { credentialValue, currentAuthType } from './state/selectors.js';
import { announce } from './state/transitions.js';
import type { Said } from './state/wizard-state.js';

export class CredentialEntry {
  constructor(
    private readonly h: FlowHost,
    private readonly reviewNotes: ReviewNotes,
    private readonly abortTest: () => void,
  ) {}

  get #state() {
    return this.h.store.state;
  }

  #update(transition: Parameters<FlowHost['store']['update']>[0]) {
    this.h.store.update(transition);
  }

  #authType(): AuthTypeDefinition | undefined {
    return currentAuthType(this.#state, this.h.system());
  }

  /** A field's label as the catalogue gives it in the language in use. */
  readonly label = (field: CredentialField) => this.#authType()?.fields.find((f) => f.key === field.key)?.label ?? field.label;

  set(key: string, value: CredentialValue): void {
    const authType = this.#authType();
    const field = authType?.fields.find((f) => f.key === key);
    // An input that changes nothing (Ctrl+Z after the form trimmed the value: the browser cannot take back what it did not set) keeps its note, test and Undo.
    if (!authType || !field || credentialValue(this.#state, authType.id, field) === value) return;
    if (this.#state.connectionTest) this.abortTest();
    this.#update((s) => t.credentialSet(s, authType, field, value, this.label));
    this.h.edited([`/credentials/${key}`]);
  }

  paste(fill: readonly { key: string; value: CredentialValue }[], dropped: boolean): void {
    const authType = this.#authType();
    if (!authType) return;
    const fields = fill.flatMap(({ key, value }) => authType.fields.filter((f) => f.key === key).map((field) => ({ field, value })));
    const before = fields.map(({ field }) => t.heldBefore(this.#state, authType.id, field));
    const notes = new Map<CredentialField, Said | undefined>();
    // Each value as pasted: one ending with a `%` a terminal may have added is noted (terminalMark).
    for (const { field, value } of fields) notes.set(field, (this.set(field.key, value), this.#commit(field.key, 'whole')));
    this.#update((state) => t.pasted(state, authType.id, before, dropped));
    // What was changed in the values is said, as when each is typed (the fill itself is said by its notice).
    const said = labelledNotes([...notes.keys()], (field) => notes.get(field), this.label);
    if (said) this.#update((s) => announce(s, said));
  }

  undoPaste(): void {
    const paste = this.#state.paste;
    const authType = this.#authType();
    if (!paste || 'undone' in paste || paste.authType !== authType?.id) return;
    // A field typed in since the fill keeps what was typed.
    const back = { ...paste, before: paste.before.filter(({ key }) => !paste.typed?.includes(key)) };
    for (const { key, value } of back.before) {
      // What the field held; if nothing, what it holds untouched (an unticked box is false), as a
      // change (a test about the pasted values stops), then no value at all (pasteUndone).
      this.set(key, value ?? (authType.fields.find((f) => f.key === key)?.type === 'boolean' ? false : ''));
      this.#commit(key);
    }
    this.#update((s) => t.pasteUndone(s, back));
  }

  commitAll(sayNow = false): Said | undefined {
    const fields = this.#authType()?.fields ?? [];
    for (const field of fields) this.#commit(field.key);
    return sayNow ? this.reviewNotes.take(fields, this.label) : undefined;
  }

  commitOne(key: string, pasted?: Pasted): void {
    const note = this.#commit(key, pasted);
    if (note) this.#update((s) => announce(s, note));
  }

  /**
   * Applies the field's `normalize` rule to what was typed and notes what it did beside the field,
   * and, straight after a paste (`pasted`), that its lines were joined into one, or that it ends with a `%` a terminal may have added
   * (terminalMark), as a note is kept: beside it and on Review.
   */
  #commit(key: string, pasted?: Pasted): Said | undefined {
    const authType = this.#authType();
    const field = authType?.fields.find((f) => f.key === key);
    if (!authType || !field || field.type === 'boolean' || field.type === 'select') return;
    const raw = credentialValue(this.#state, authType.id, field);
    if (typeof raw !== 'string' || !raw) return;
    const { value, note: normalized } = committedCredential(field, raw);
    const mark = pasted && terminalMark(field, value);
    const cleaned = pasted === 'joined' || pasted === 'whole' ? undefined : pasted;
    const joined = pasted === 'joined' || cleaned?.joined;
    const note: Said | undefined =
      joined || mark || cleaned
        ? (msg) =>
            [
              cleaned?.marks && (cleaned.marks === 'code' ? msg.pastedCodeMarks : msg.pastedQuoteMarks),
              joined && msg.pasteLinesJoined,
              cleaned?.removed && msg.invisibleRemoved(cleaned.removed),
              normalized?.(msg),
              mark && msg.pastedPercentMark,
            ]
              .filter(Boolean)
              .join(' ')
        : normalized;
    if (value !== raw) this.set(key, value);
    if (note) this.reviewNotes.noted(field, note);
    return note;
  }
}
