/**
 * Registers the wizard and its first step. The later steps register themselves when the wizard
 * loads them (src/wizard/later.ts).
 */
import { defineElements } from './registry.js';
import { SystemStep } from './steps/system-step/system-step.js';
import { ConnectorWizard } from './wizard/connector-wizard.js';

defineElements([
  ['connector-wizard', ConnectorWizard],
  ['connector-wizard-system-step', SystemStep],
]);

export { ConnectorWizard };
// The events' types, so `addEventListener('connector-created', …)` is typed on a page that imports only this file.
export type * from './events/index.js';
// For `npm run bench` and hosts that want to check a catalogue before setting it.
export { parseCatalogue } from './catalogue/parse-catalogue.js';
// The types of what the element's properties take and its events carry.
export type { CatalogueAction, CatalogueProblem, CatalogueResult } from './catalogue/parse-catalogue.js';
export type { RetryPolicy } from './submission/retry-policy.js';
export type { HeadingLevel } from './context/wizard-context.js';
export type { EditableConnector } from './wizard/connector-wizard.js';
// What the package entry gives a page built with a bundler, for a page that loads only this file or the standalone one:
// which draft or edit a same-tab sign-in came back to, and the drafts kept in this browser (their code loads when asked).
export { oauthReturnConnectorId, oauthReturnDraftId } from './oauth/oauth-return-draft.js';
export type { DraftSummary } from './storage/draft-store.js';
/**
 * The drafts in `database` (default `connector-wizard:drafts`), newest first; see `listDrafts` in the package entry.
 * Draft code that will not load lists none, as the wizard then keeps no drafts: this never rejects either.
 */
export const listDrafts = (database?: string): Promise<import('./storage/draft-store.js').DraftSummary[]> =>
  import('./controllers/draft-controller.js').then(
    (drafts) => drafts.listDrafts(database),
    () => [],
  );
