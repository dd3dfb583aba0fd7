export { ConnectorCreatedEvent } from './connector-created-event.js';
export { StepChangeEvent } from './step-change-event.js';
export { ConnectorUpdatedEvent } from './connector-updated-event.js';
export { WizardCancelEvent } from './cancel-event.js';
export { WizardErrorEvent, type WizardErrorKind } from './error-event.js';

import type { ConnectorCreatedEvent } from './connector-created-event.js';
import type { ConnectorUpdatedEvent } from './connector-updated-event.js';
import type { WizardCancelEvent } from './cancel-event.js';
import type { WizardErrorEvent } from './error-event.js';
import type { StepChangeEvent } from './step-change-event.js';

declare global {
  interface HTMLElementEventMap {
    'connector-created': ConnectorCreatedEvent;
    'connector-updated': ConnectorUpdatedEvent;
    'connector-wizard-step-change': StepChangeEvent;
    'connector-wizard-cancel': WizardCancelEvent;
    'connector-wizard-error': WizardErrorEvent;
  }
  /** The events bubble and are composed, so listeners on document or window are typed too. */
  interface GlobalEventHandlersEventMap {
    'connector-created': ConnectorCreatedEvent;
    'connector-updated': ConnectorUpdatedEvent;
    'connector-wizard-step-change': StepChangeEvent;
    'connector-wizard-cancel': WizardCancelEvent;
    'connector-wizard-error': WizardErrorEvent;
  }
}
