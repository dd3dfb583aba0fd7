/** An existing connector opened for editing, as the edit tests share it: the connector, the wizard editing it, and what `connector-updated` carried. */
import { expect } from '@open-wc/testing';
import type { ConnectorWizard, EditableConnector } from '../wizard/connector-wizard.js';
import { currentStepId, errorSummary, type freshApi, GROUPS, settle, shopifyPayload, type, uniqueDatabase, wizardFixture } from './fixtures.js';

const { credentials: _kept, ...stored } = shopifyPayload({ name: 'Shop before' });
/** A Shopify connector as a host passes it to edit: its credentials stay with the server. */
export const EDITED = { id: 'c-1', ...stored };

export type Updated = { connector: Record<string, unknown> };

/** What `connector-updated` carries from now on. */
export function listenUpdated(el: ConnectorWizard): Updated[] {
  const updated: Updated[] = [];
  el.addEventListener('connector-updated', (e) => updated.push(e.detail as Updated));
  return updated;
}

/** A wizard (the two sample groups; `endpoint` mode if given) editing `connector`. */
export async function editing(connector: Record<string, unknown>, endpoint?: string) {
  const el = await wizardFixture({ groups: GROUPS, ...(endpoint ? { endpoint } : {}) });
  const updated = listenUpdated(el);
  el.connector = connector as unknown as EditableConnector;
  await settle(el);
  return { el, updated };
}

/** Save from where the edit is: saved at once, with no error, and only the rename to `Shop renamed` sent. */
export async function savedAsRenameOnly(el: ConnectorWizard, updated: Updated[]): Promise<void> {
  const saved = await el.submit();
  await settle(el);
  expect({ saved, step: currentStepId(el), errors: errorSummary(el), updated }).to.deep.equal({
    saved: true,
    step: null,
    errors: [],
    updated: [{ connector: { id: 'c-1', name: 'Shop renamed' } }],
  });
}

/** A connector the server `api` has, opened for editing with that endpoint and renamed to `name` on Review: the wizard and the connector as stored. */
export async function renamedOnReview(api: ReturnType<typeof freshApi>, name: string) {
  await api.create(shopifyPayload({ name: 'Shop before' }));
  const [stored] = (await api.connectors()) as unknown as EditableConnector[];
  const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase() });
  el.connector = stored!;
  await settle(el);
  await type(el, '#field-name', name);
  await el.goTo('review');
  await settle(el);
  return { el, stored: stored! };
}
