/**
 * Everything the wizard needs after its first step, loaded on first need and fetched ahead once
 * the first step is on screen (docs/loading-and-performance.md): the later steps (registered
 * here) and the behaviour behind them. It implements `LaterModule` (later-api.ts), the only
 * way the element uses it.
 */
import { AuthStep } from '../steps/auth-step/auth-step.js';
import { CredentialsStep } from '../steps/credentials-step/credentials-step.js';
import { GeneralStep } from '../steps/general-step/general-step.js';
import { ReviewStep } from '../steps/review-step/review-step.js';
import { TimezoneStep } from '../steps/timezone-step/timezone-step.js';
import { defineElements } from '../registry.js';

defineElements([
  ['connector-wizard-general-step', GeneralStep],
  ['connector-wizard-timezone-step', TimezoneStep],
  ['connector-wizard-auth-step', AuthStep],
  ['connector-wizard-credentials-step', CredentialsStep],
  ['connector-wizard-review-step', ReviewStep],
]);

export { validateStep } from '../schemas/connector-schema.js';
export { editAnswers } from './outcomes.js';
export { editOpened, followDraft, followedEdit } from './edit-conflict.js';
export { stepMessages } from '../messages/step-messages.js';
export { createFlow } from './flow.js';
export { oauthSetup } from '../config/url-policy.js';
