/**
 * "Back to connectors" from a new connector whose answers are in no draft: this browser is not
 * keeping drafts (the wizard said so with a `storage` error: IndexedDB refused, as in some private
 * windows, or failing), or the draft was changed by another tab continuing it (`saveDraft()` false).
 * Leaving would lose them, so the page asks first, in a modal <dialog>. Stay (focused first, and
 * Escape) keeps the wizard open and returns the focus to the button pressed.
 */
const WHY = {
  unkept: 'This browser is not keeping drafts right now, so what you entered for this connector will be lost if you go back to your connectors.',
  conflict: 'This draft was changed in another tab or window, so what you entered here is not in it and will be lost if you go back to your connectors.',
};

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

  /** Asks, saying `why` the answers would be lost; `leave` runs only if the person chooses to leave. */
  ask(why: keyof typeof WHY, leave: () => void): void {
    this.dialog.querySelector('#leave-text')!.textContent = WHY[why];
    this.#leave = leave;
    this.#opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    this.dialog.returnValue = '';
    this.dialog.showModal();
    this.dialog.querySelector<HTMLButtonElement>('[data-leave-stay]')!.focus();
  }
}
