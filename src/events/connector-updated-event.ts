import type { StoredConnector } from '../schemas/connector-payload-schema.js';

/**
 * Fired once after an edit (the `connector` property). With `endpoint`, `detail.connector` is the
 * server's 200 body (after a 412 that found the changes made elsewhere, the connector as the list
 * gives it); without, it is `{ id, ...changed fields }`. Never carries a secret.
 */
export class ConnectorUpdatedEvent extends Event {
  static readonly eventName = 'connector-updated';
  readonly detail: { connector: Partial<StoredConnector> & { id: string } & Record<string, unknown> };
  constructor(connector: Partial<StoredConnector> & { id: string } & Record<string, unknown>) {
    super(ConnectorUpdatedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { connector };
  }
}
