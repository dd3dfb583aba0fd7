export type WizardErrorKind = 'catalogue' | 'storage' | 'config' | 'network' | 'server' | 'auth';

/** Something went wrong that the host may want to log. Never carries a secret. */
export class WizardErrorEvent extends Event {
  static readonly eventName = 'connector-wizard-error';
  readonly detail: { kind: WizardErrorKind; message: string };
  constructor(kind: WizardErrorKind, message: string) {
    super(WizardErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = { kind, message };
  }
}
