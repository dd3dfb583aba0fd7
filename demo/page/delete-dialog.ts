/**
 * "Delete" asks first, in a modal <dialog> that names the connector; Cancel (or Escape) keeps
 * it and returns focus to the Delete button. A failed delete says so in the dialog and keeps
 * the connector; the person can try again or cancel. While it is deleting, the dialog stays:
 * Cancel or Escape then would say "kept" of a connector that is going.
 */
import type { Connector, DeleteOutcome } from './connectors-api.js';

export interface DeleteDialogHost {
  remove(connector: Connector): Promise<DeleteOutcome>;
  /** A sentence naming what is deleted with it, e.g. "Shopify UK, the live Shopify connector of UK". */
  describe(connector: Connector): string;
  /** Gone from the server (`missing`: someone else deleted it first). The dialog is closed by then. */
  deleted(connector: Connector, outcome: 'deleted' | 'missing'): void;
}

export class DeleteDialog {
  #connector?: Connector;
  #opener?: HTMLElement;
  #busy = false;
  readonly #title: HTMLElement;
  readonly #text: HTMLElement;
  readonly #error: HTMLElement;
  readonly #confirm: HTMLButtonElement;
  readonly #cancel: HTMLButtonElement;

  constructor(
    private readonly dialog: HTMLDialogElement,
    private readonly host: DeleteDialogHost,
  ) {
    const $ = <T extends HTMLElement>(selector: string) => dialog.querySelector<T>(selector)!;
    this.#title = $('[data-delete-title]');
    this.#text = $('[data-delete-text]');
    this.#error = $('[data-delete-error]');
    this.#confirm = $<HTMLButtonElement>('[data-delete-confirm]');
    this.#cancel = $<HTMLButtonElement>('[data-delete-cancel]');
    this.#cancel.addEventListener('click', () => !this.#busy && dialog.close('cancel'));
    this.#confirm.addEventListener('click', () => void this.#delete());
    dialog.addEventListener('cancel', (event) => this.#busy && event.preventDefault());
    dialog.addEventListener('close', () => this.#closed());
  }

  open(connector: Connector): void {
    this.#connector = connector;
    this.#opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    this.#title.textContent = `Delete “${connector.name}”?`;
    this.#text.textContent = `${this.host.describe(connector)} will be deleted, with its stored credentials. Integrations that use it stop working. This cannot be undone.`;
    this.#error.hidden = true;
    this.#error.textContent = '';
    this.#setBusy(false);
    this.dialog.returnValue = '';
    this.dialog.showModal();
    // The safe choice first: Enter or Space right away keeps the connector.
    this.#cancel.focus();
  }

  async #delete() {
    const connector = this.#connector;
    if (!connector || this.#busy) return;
    this.#setBusy(true);
    const outcome = await this.host.remove(connector);
    this.#setBusy(false);
    if (outcome.kind === 'error') {
      this.#error.textContent = `“${connector.name}” could not be deleted: ${outcome.reason}. It is still there; try again, or cancel.`;
      this.#error.hidden = false;
      return;
    }
    if (this.dialog.open && this.#connector === connector) this.dialog.close('deleted');
    this.host.deleted(connector, outcome.kind);
  }

  #setBusy(busy: boolean) {
    this.#busy = busy;
    this.#confirm.setAttribute('aria-disabled', String(busy));
    this.#cancel.setAttribute('aria-disabled', String(busy));
    this.#confirm.textContent = busy ? 'Deleting…' : 'Delete connector';
  }

  #closed() {
    // Closed while deleting (a second Escape: Chromium lets no page stop that one): opened again, so the outcome is seen.
    if (this.#busy) {
      this.dialog.showModal();
      this.#confirm.focus();
      return;
    }
    // Kept: back to the button that opened the dialog (browsers differ on doing it themselves).
    if (this.dialog.returnValue !== 'deleted' && this.#opener?.isConnected) this.#opener.focus();
    this.#opener = undefined;
  }
}
