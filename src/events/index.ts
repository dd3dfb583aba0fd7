export { ConnectorCreatedEvent } from './connector-created-event.js';
export { StepChangeEvent } from './step-change-event.js';
export { ConnectorUpdatedEvent } from './connector-updated-event.js';
export { WizardCancelEvent } from './cancel-event.js';
export { WizardErrorEvent, type WizardErrorKind } from './error-event.js';
