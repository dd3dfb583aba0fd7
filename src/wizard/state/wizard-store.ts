import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { initialState, type WizardState } from './wizard-state.js';

/**
 * The one owner of the wizard's state. Nothing else writes it: a change is a transition (a pure
 * function of the state, see transitions.ts) handed to `update`, and the host renders again.
 */
export class WizardStore implements ReactiveController {
  #state: WizardState = initialState();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get state(): WizardState {
    return this.#state;
  }

  update(transition: (state: WizardState) => WizardState): void {
    const next = transition(this.#state);
    if (next === this.#state) return;
    this.#state = next;
    this.host.requestUpdate();
  }

  /**
   * A change the screen does not show (taking a focus request once it is served): no new
   * render, which an update from `updated()` would otherwise start.
   */
  settle(transition: (state: WizardState) => WizardState): void {
    this.#state = transition(this.#state);
  }

  hostConnected(): void {}
}
