/** The person pressed Cancel. The draft is kept, so an accidental cancel loses nothing. */
export class WizardCancelEvent extends Event {
  static readonly eventName = 'connector-wizard-cancel';
  readonly detail: Record<string, never> = {};
  constructor() {
    super(WizardCancelEvent.eventName, { bubbles: true, composed: true });
  }
}
