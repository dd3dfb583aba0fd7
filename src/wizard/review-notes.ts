/**
 * The credential notes the next move from Credentials to Review says: those made since the last
 * such move. Review says them after their field's label, so Enter straight after typing (which
 * leaves no time to hear or see a note by its field) still tells the person; a later move that
 * changed nothing (Back and Continue, a Change link and Continue) says nothing long past again.
 * Loaded with the later steps: the flow is its only user.
 */
import type { CredentialField } from '../catalogue/catalogue-schema.js';
import type { FlowHost } from './later-api.js';
import { labelledNotes } from './outcomes.js';
import { credentialNoted } from './state/request-transitions.js';
import type { Said } from './state/wizard-state.js';

export class ReviewNotes {
  /** By identity: each note is a function made when its field was committed. */
  readonly #unsaid = new WeakSet<Said>();
  readonly #h: () => Pick<FlowHost, 'store' | 'msg'>;

  constructor(host: () => Pick<FlowHost, 'store' | 'msg'>) {
    this.#h = host;
  }

  /**
   * A commit left `note` on `field`. It is news for Review when the field had none (a value that
   * changed loses its note), when its words differ, or when it stands for one not yet said there (a
   * rule that keeps the value, `none`, makes its note afresh on every commit: the same words are no news).
   */
  noted(field: CredentialField, note: Said): void {
    const { store, msg } = this.#h();
    const pointer = `/credentials/${field.key}`;
    const before = store.state.notes[pointer];
    if (!before || this.#unsaid.has(before) || before(msg()) !== note(msg())) this.#unsaid.add(note);
    store.update((s) => credentialNoted(s, pointer, note));
  }

  /** What the notes of `fields` not yet said on Review say, each after its label (`label`); said from now on. */
  take(fields: readonly CredentialField[], label: (field: CredentialField) => string): Said | undefined {
    const notes = this.#h().store.state.notes;
    return labelledNotes(
      fields,
      (field) => {
        const note = notes[`/credentials/${field.key}`];
        return note && this.#unsaid.delete(note) ? note : undefined;
      },
      label,
    );
  }
}
