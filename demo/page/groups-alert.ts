/**
 * The company groups, when they cannot be loaded for an open wizard: said above it, with Try
 * again. A connector must belong to one of them (the server refuses it otherwise) and the wizard
 * offers none without them, so unsaid, the person would answer every step only to be refused at
 * the end on a choice never shown.
 */
export class GroupsAlert {
  readonly #retry: HTMLButtonElement;

  /** `load` asks for the groups again (and gives them to the wizard); `refocus` takes the focus the alert had when it goes. */
  constructor(
    private readonly alert: HTMLElement,
    load: () => Promise<void>,
    private readonly refocus: () => void,
  ) {
    this.#retry = alert.querySelector('button')!;
    // As the list's Try again: it says it is at work (and waits) until the answer comes.
    this.#retry.addEventListener('click', () => {
      if (this.#retry.getAttribute('aria-disabled')) return;
      this.#retry.setAttribute('aria-disabled', 'true');
      this.#retry.textContent = 'Loading company groups…';
      void load()
        .then(
          () => this.hide(),
          (error: unknown) => this.show(error),
        )
        .finally(() => {
          this.#retry.removeAttribute('aria-disabled');
          this.#retry.textContent = 'Try again';
        });
    });
  }

  show(error: unknown): void {
    this.alert.querySelector('[data-groups-error-text]')!.textContent =
      `${(error as Error).message} A connector belongs to one of them, so it cannot be created until they load. `;
    this.alert.hidden = false;
  }

  hide(): void {
    const hadFocus = this.alert.contains(document.activeElement);
    this.alert.hidden = true;
    if (hadFocus) this.refocus();
  }
}
