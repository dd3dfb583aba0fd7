/**
 * "Back to connectors" from a new connector whose answers this browser is not keeping as a draft
 * (the wizard said so with a `storage` error: IndexedDB refused, as in some private windows, or
 * failing): leaving would lose them, so the page asks first, in a modal <dialog>. Stay (focused
 * first, and Escape) keeps the wizard open and returns the focus to the button pressed.
 */
export class LeaveDialog {
  #leave?: () => void;
  #opener?: HTMLElement;

  constructor(private readonly dialog: HTMLDialogElement) {
    dialog.querySelector('[data-leave-stay]')!.addEventListener('click', () => dialog.close('stay'));
    // At once: the page moves on in this task, as it does when nothing is asked.
    dialog.querySelector('[data-leave-confirm]')!.addEventListener('click', () => {
      const leave = this.#leave;
      this.#leave = this.#opener = undefined;
      dialog.close('leave');
      leave?.();
    });
    // Stayed (Stay, or Escape): back to the button pressed (browsers differ on doing it themselves).
    dialog.addEventListener('close', () => {
      if (dialog.returnValue !== 'leave' && this.#opener?.isConnected) this.#opener.focus();
      this.#leave = this.#opener = undefined;
    });
  }

  /** Asks; `leave` runs only if the person chooses to leave. */
  ask(leave: () => void): void {
    this.#leave = leave;
    this.#opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    this.dialog.returnValue = '';
    this.dialog.showModal();
    this.dialog.querySelector<HTMLButtonElement>('[data-leave-stay]')!.focus();
  }
}
