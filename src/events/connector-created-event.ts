import type { ConnectorPayload } from '../schemas/wizard-data.js';

/**
 * Fired exactly once per connector. Without `endpoint`, `detail.connector` is the full payload,
 * credentials included (the host creates the connector); this is the only event that ever
 * carries a secret.
 */
export class ConnectorCreatedEvent extends Event {
  static readonly eventName = 'connector-created';
  readonly detail: { connector: ConnectorPayload };
  constructor(connector: ConnectorPayload) {
    super(ConnectorCreatedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { connector };
  }
}
