import type { CatalogueProblem } from '../catalogue/parse-catalogue.js';

export type WizardErrorKind = 'catalogue' | 'storage' | 'config' | 'network' | 'server' | 'auth';

/** Something went wrong that the host may want to log. Never carries a secret. */
export class WizardErrorEvent extends Event {
  static readonly eventName = 'connector-wizard-error';
  /** `problems`: kind `catalogue` only, every problem the catalogue had and what was done about it. */
  readonly detail: { kind: WizardErrorKind; message: string; problems?: readonly CatalogueProblem[] };
  constructor(kind: WizardErrorKind, message: string, problems?: readonly CatalogueProblem[]) {
    super(WizardErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = problems ? { kind, message, problems } : { kind, message };
  }
}
