/** The person pressed Cancel. The draft keeps the answers; secrets typed in this visit leave memory (unless `secret-persistence="encrypted"` sealed them in the draft). */
export class WizardCancelEvent extends Event {
  static readonly eventName = 'connector-wizard-cancel';
  readonly detail: Record<string, never> = {};
  constructor() {
    super(WizardCancelEvent.eventName, { bubbles: true, composed: true });
  }
}
