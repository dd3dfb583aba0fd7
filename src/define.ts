/** The only module that registers tags. Importing it defines every element once. */
import { AuthStep } from './steps/auth-step/auth-step.js';
import { CredentialsStep } from './steps/credentials-step/credentials-step.js';
import { GeneralStep } from './steps/general-step/general-step.js';
import { ReviewStep } from './steps/review-step/review-step.js';
import { SystemStep } from './steps/system-step/system-step.js';
import { TimezoneStep } from './steps/timezone-step/timezone-step.js';
import { ConnectorWizard } from './wizard/connector-wizard.js';

const elements: [string, CustomElementConstructor][] = [
  ['connector-wizard', ConnectorWizard],
  ['connector-wizard-system-step', SystemStep],
  ['connector-wizard-general-step', GeneralStep],
  ['connector-wizard-timezone-step', TimezoneStep],
  ['connector-wizard-auth-step', AuthStep],
  ['connector-wizard-credentials-step', CredentialsStep],
  ['connector-wizard-review-step', ReviewStep],
];

for (const [tag, ctor] of elements) {
  // A page may load the bundle twice (e.g. two widgets); the first definition stands.
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}

export { ConnectorWizard };
// For `npm run bench` and hosts that want to check a catalogue before setting it.
export { parseCatalogue } from './catalogue/parse-catalogue.js';
