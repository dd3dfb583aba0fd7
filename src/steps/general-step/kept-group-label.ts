import { html } from 'lit';
import { cut } from '../../catalogue/cut.js';
import type { Messages } from '../../messages/messages.js';

/** An edit's own group that the groups offered lack, in the same words on General and Review: never a bare id, and cut (a host's id has no length limit). */
export const keptGroupLabel = (msg: Messages, kept: { id: string | undefined }) =>
  kept.id === undefined ? msg.noGroupKept : html`<bdi>${cut(kept.id)}</bdi> ${msg.groupKept}`;
