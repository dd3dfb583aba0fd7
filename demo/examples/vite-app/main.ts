// A bundler project: the package's define module registers the tags; types come with it.
import 'connector-wizard/define.js';
import type { Catalogue, ConnectorPayload } from 'connector-wizard';
import catalogue from 'connector-wizard/sample-catalogue.json';

const wizard = document.querySelector('connector-wizard')!;
wizard.catalogue = catalogue as unknown as Catalogue;
wizard.groups = [{ id: 'uk', name: 'UK' }];
// The endpoint's list as it comes: whole-number ids and `null` groups are typed as the docs allow.
wizard.existingConnectors = [{ id: 7, name: 'Shop', system: 'shopify', group: null, environment: 'live' }];
// Typed: the event map knows connector-created and its detail.
wizard.addEventListener('connector-created', (event) => {
  const connector = event.detail.connector as ConnectorPayload;
  document.querySelector('#created')!.textContent = `${connector.name} (${connector.system})`;
});
