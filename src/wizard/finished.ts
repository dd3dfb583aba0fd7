/**
 * A create or an edit's save that went through: the success panel says so (where it was made, when the host switched endpoint
 * while it was sent), the draft goes (no Create is left to make it twice), and the host is told by the event, when an answer
 * carries the connector. Part of the later module; it works through `FlowHost` (later-api.ts).
 */
import { ConnectorCreatedEvent } from '../events/connector-created-event.js';
import { ConnectorUpdatedEvent } from '../events/connector-updated-event.js';
import type { Messages } from '../messages/messages.js';
import type { StoredConnector } from '../schemas/connector-payload-schema.js';
import type { ConnectorPayload } from '../schemas/wizard-data.js';
import { cleanExisting } from './clean.js';
import { told } from './late-focus.js';
import type { FlowHost } from './later-api.js';
import { savedAs, shownName } from './outcomes.js';
import * as t from './state/request-transitions.js';

/** The connector's system, named as the catalogue does in the language in use when it is said (the answers' system may change after). */
const systemName = (h: FlowHost, connector: ConnectorPayload | StoredConnector): string => h.systemName(connector.system) ?? connector.system;

/** `elsewhere`: created at the endpoint the host switched away from while it was sent, said as made there, not here. */
export function connectorCreated(h: FlowHost, connector: ConnectorPayload | StoredConnector, elsewhere = false): true {
  const finished = { name: shownName(connector.name), system: connector.system, ...(elsewhere ? { elsewhere } : {}) };
  const said = (msg: Messages) => (elsewhere ? msg.createdElsewhere : msg.createdBody)(finished.name, systemName(h, connector));
  h.store.update((s) => t.created(s, finished, said, cleanExisting([connector])));
  void h.draft.discard(true);
  told(h, new ConnectorCreatedEvent(connector));
  return true;
}

/** `elsewhere`: saved at the endpoint the host switched away from while it was sent, said as saved there, not here. */
export function editSaved(h: FlowHost, detail: { id: string } & Record<string, unknown>, sent: ConnectorPayload, elsewhere = false): true {
  const { connector, made } = savedAs(detail, sent);
  const finished = { name: connector.name, system: connector.system, ...(elsewhere ? { elsewhere } : {}) };
  h.store.update((s) => t.saved(s, finished, (msg) => (elsewhere ? msg.updatedElsewhere : msg.updatedBody)(connector.name, systemName(h, connector)), made));
  void h.draft.discard(true);
  told(h, new ConnectorUpdatedEvent(detail));
  return true;
}

/** Done, says the server, in an answer that is no connector (no event to carry): made (or saved) where it was sent, said so after the host switched endpoint (`moved`), not as one to look for (or check) in the list here. */
export function finishedUnread(h: FlowHost, connector: ConnectorPayload, moved: boolean): void {
  const editing = h.store.state.editing;
  const finished = { name: connector.name, system: connector.system, unread: true, ...(moved ? { elsewhere: moved } : {}) };
  const made = cleanExisting([editing ? { ...connector, id: String(editing.id) } : connector]);
  const said = (msg: Messages) => (editing ? (moved ? msg.savedUnreadableElsewhere : msg.savedUnreadable) : moved ? msg.createdUnreadableElsewhere : msg.createdUnreadable);
  h.store.update((s) => (editing ? t.saved(s, finished, said, made) : t.created(s, finished, said, made)));
  void h.draft.discard(true);
}
