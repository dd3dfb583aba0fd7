import { html, nothing } from 'lit';
import type { Messages } from '../../messages/messages.js';

export interface ActionBar {
  first: boolean;
  onReview: boolean;
  sending: boolean;
  /** A create or an edit's save is under way, sent or not yet (its key is made first). */
  submitting: () => boolean;
  editing: boolean;
  /** An edit's save was refused as changed elsewhere (see WizardState.editConflict): what the button says now. */
  conflict: string | undefined;
  /** Offer "Discard draft" (there is something to discard, and drafts are on). */
  canDiscard: boolean;
  confirmingDiscard: boolean;
  back: () => void;
  next: () => void;
  submit: () => void;
  askDiscard: () => void;
  confirmDiscard: () => void;
  keepDraft: () => void;
  cancel: () => void;
}

/**
 * Back / Continue (Create on Review) / Discard draft / Cancel, and the discard confirmation.
 * A double click's second click (`detail` 2) does nothing on Back, Continue, Create and Cancel: the first
 * one's step is on screen by then, and the second lands on what took the button's place (the
 * next step's Back or Continue, or Create on Review), skipping a step, going back, or sending.
 */
export const onePress = (press: () => unknown) => (e: MouseEvent) => e.detail > 1 || press();

export function actionBar(msg: Messages, a: ActionBar) {
  const busy = a.sending || a.submitting();
  return html`<div class="actions" part="actions">
      ${
        a.first
          ? nothing
          : html`<button type="button" class="secondary" part="button back" aria-disabled=${busy ? 'true' : nothing} @click=${onePress(a.back)}>${msg.back}</button>`
      }
      ${
        a.onReview
          ? html`<button
            type="button"
            class="primary"
            part="button create"
            aria-disabled=${a.sending ? 'true' : nothing}
            aria-busy=${a.sending ? 'true' : nothing}
            @click=${onePress(a.submit)}
          >
            ${a.sending ? (a.editing ? msg.saving : msg.creating) : (a.conflict ?? (a.editing ? msg.saveChanges : msg.create))}
          </button>`
          : html`<button type="button" class="primary" part="button continue" @click=${onePress(a.next)}>${msg.continue}</button>`
      }
      <div class="end">
        ${
          a.canDiscard
            ? html`<button type="button" class="link" part="button discard" aria-disabled=${busy ? 'true' : nothing} @click=${() => busy || a.askDiscard()}>
                ${msg.discardDraft}
              </button>`
            : nothing
        }
        <!-- Not while a create or a save is under way, sent or not yet: the host would hear "cancelled", then "created". Nor twice for a double click. -->
        <button type="button" class="link" part="button cancel" aria-disabled=${busy ? 'true' : nothing} @click=${onePress(() => busy || a.cancel())}>
          ${msg.cancel}
        </button>
      </div>
    </div>
    ${
      a.confirmingDiscard
        ? html`<div
          class="confirm"
          role="alertdialog"
          aria-labelledby="confirm-text"
          aria-modal="false"
          @keydown=${(event: KeyboardEvent) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            a.keepDraft();
          }}
        >
          <p id="confirm-text">${msg.discardConfirm}</p>
          <button type="button" class="secondary" part="button confirm-yes" data-confirm="yes" @click=${a.confirmDiscard}>${msg.discardYes}</button>
          <button type="button" class="secondary" part="button confirm-no" data-confirm="no" @click=${a.keepDraft}>${msg.discardNo}</button>
        </div>`
        : nothing
    }`;
}
