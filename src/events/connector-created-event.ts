import type { StoredConnector } from '../schemas/connector-payload-schema.js';
import type { ConnectorPayload } from '../schemas/wizard-data.js';

/**
 * Fired exactly once per connector. Without `endpoint`, `detail.connector` is the full payload,
 * credentials included (the host creates the connector); this is the only event that ever
 * carries a secret. With `endpoint`, it is the server's 201 body (with `id`, no credentials).
 */
export class ConnectorCreatedEvent extends Event {
  static readonly eventName = 'connector-created';
  readonly detail: { connector: ConnectorPayload | StoredConnector };
  constructor(connector: ConnectorPayload | StoredConnector) {
    super(ConnectorCreatedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { connector };
  }
}
