/** Package entry: classes, schemas and types, with no side effects. Import `./define.js` to register tags. */
export { ConnectorWizard, type EditableConnector } from './wizard/connector-wizard.js';
export { SystemStep } from './steps/system-step/system-step.js';
export { GeneralStep } from './steps/general-step/general-step.js';
export { TimezoneStep } from './steps/timezone-step/timezone-step.js';
export { AuthStep } from './steps/auth-step/auth-step.js';
export { CredentialsStep } from './steps/credentials-step/credentials-step.js';
export { ReviewStep } from './steps/review-step/review-step.js';
export * from './events/index.js';
export {
  catalogueSchema,
  systemSchema,
  authTypeSchema,
  credentialFieldSchema,
  type Catalogue,
  type CatalogueInput,
  type SystemDefinition,
  type AuthTypeDefinition,
  type CredentialField,
  type AuthKind,
} from './catalogue/catalogue-schema.js';
export { parseCatalogue, type CatalogueAction, type CatalogueProblem, type CatalogueResult } from './catalogue/parse-catalogue.js';
// For a host page that shows catalogue data itself (a list of its connectors): the same URL check and logo letters as the wizard.
export { safeUrl } from './catalogue/safe-url.js';
export { monogram } from './steps/system-step/system-step.js';
export type { RetryPolicy } from './submission/retry-policy.js';
export type { RequestHeaders } from './submission/request-headers.js';
export type { HeadingLevel } from './context/wizard-context.js';
export { credentialsSchema } from './schemas/credentials-schema.js';
export { buildConnector, validateStep } from './schemas/connector-schema.js';
export { connectorPayloadSchema, type StoredConnector } from './schemas/connector-payload-schema.js';
export { storedConnectorSchema } from './submission/stored-connector.js';
export { oauthReturnConnectorId, oauthReturnDraftId } from './oauth/oauth-return-draft.js';
export { configUrl, endpointUrl, type ConfigUrlAttribute, type UrlCheck } from './config/url-policy.js';
export { issuesToFeedback, problemToFeedback } from './schemas/feedback.js';
export { DraftStore, DEFAULT_DRAFT_DATABASE, listDrafts, StorageError, type DraftRecord, type DraftSummary } from './storage/draft-store.js';
export { en as englishMessages } from './messages/english.js';
export type { Messages, MessageOverrides } from './messages/messages.js';
export type { ConnectorPayload, Environment, ExistingConnector, Group, StepId, WizardData } from './schemas/wizard-data.js';
