import type { StepId } from '../schemas/wizard-data.js';

/** Fired before the wizard changes step; `preventDefault()` keeps the current step. */
export class StepChangeEvent extends Event {
  static readonly eventName = 'connector-wizard-step-change';
  readonly detail: { from: StepId | 'done'; to: StepId };
  constructor(from: StepId | 'done', to: StepId) {
    super(StepChangeEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = { from, to };
  }
}
