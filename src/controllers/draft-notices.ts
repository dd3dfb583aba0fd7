import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { WizardErrorKind } from '../events/error-event.js';
import { elsewhereHidden, fieldLabels } from '../wizard/state/secret-elsewhere.js';
import { currentSystem } from '../wizard/state/selectors.js';
import * as t from '../wizard/state/transitions.js';
import type { DraftNotice, Said, SecretField } from '../wizard/state/wizard-state.js';
import type { WizardStore } from '../wizard/state/wizard-store.js';

export interface DraftNoticesOptions {
  store: WizardStore;
  /** The catalogue in use: the ways to sign in that values which left the draft belonged to. */
  catalogue: () => Catalogue | undefined;
  /** The catalogue in the language in use when a notice is shown (see WizardSession.relocalize): the labels it names fields by. */
  saidIn: () => Catalogue | undefined;
  fail: (kind: WizardErrorKind, message: string) => void;
}

/** What the wizard says of its draft: the draft's notices (values that left it named by field, and held back while only another way to sign in than the one chosen lost them), and drafts not being saved. */
export class DraftNotices {
  constructor(private readonly o: DraftNoticesOptions) {}

  say(notice: DraftNotice, secretElsewhere?: readonly SecretField[]): void {
    const { authType } = this.o.store.state.data;
    const text = this.#said(secretElsewhere ?? [], authType, notice);
    // A draft kept is shown while the draft's status says so (the shell): here it is only said.
    if (notice === 'kept') return this.o.store.update((s) => t.announce(s, text));
    // Values that left the draft only another way to sign in had: not said while not shown (said once the person chooses it: see sayIfShown).
    const hidden = this.#hidden(secretElsewhere ?? [], authType);
    this.o.store.update((s) => t.draftNoticed(s, notice, hidden ? s.announcement : text, secretElsewhere));
    // Drafts stop here as when storage fails, and the host is told as then (its own notice says why).
    if (notice.startsWith('upgraded')) this.o.fail('storage', 'Drafts are not being saved: a newer version of this form upgraded the drafts database in another tab.');
  }

  /** Storage cannot be used: the wizard goes on in memory and says so once. */
  unavailable(error: Error): void {
    this.o.store.update((s) => t.storageUnavailable(s, (msg) => msg.draftsUnavailable));
    this.o.fail('storage', `Drafts are not being saved: ${error.message}`);
  }

  /** The notice that values left the draft is held back now (see elsewhereHidden): read before the answers change, for sayIfShown after. */
  get hidden(): boolean {
    const { secretElsewhere = [], data } = this.o.store.state;
    return this.#hidden(secretElsewhere, data.authType);
  }

  /** A notice that values left the draft, hidden (`wasHidden`) while only another way to sign in lost them, is said once the way chosen shows it. */
  sayIfShown(wasHidden: boolean): void {
    const { draftNotice, secretElsewhere = [], data } = this.o.store.state;
    if (draftNotice === 'secret-elsewhere' && wasHidden && !this.#hidden(secretElsewhere, data.authType))
      this.o.store.update((s) => t.announce(s, this.#said(secretElsewhere, data.authType)));
  }

  /** Values that left the draft (`fields`) only other ways to sign in than `authType` had: their notice is not shown (see elsewhereHidden). */
  #hidden(fields: readonly SecretField[], authType: string | undefined): boolean {
    return elsewhereHidden(fields, fieldLabels(fields, authType, currentSystem(this.o.store.state, this.o.catalogue())));
  }

  /** Said in the words of the language in use when it is shown (its file may not have arrived yet): values that left the draft, by the fields of `authType` (the way to sign in chosen), as the catalogue in use labels them. */
  #said(fields: readonly SecretField[], authType: string | undefined, notice: DraftNotice = 'secret-elsewhere'): Said {
    return (msg, named = fieldLabels(fields, authType, currentSystem(this.o.store.state, this.o.saidIn()))) =>
      named.length ? msg.draftElsewhereNamed(named) : msg.draftNotices[notice];
  }
}
