import { html } from 'lit';
import type { Messages } from '../../messages/messages.js';

/** An edit's own group that the groups offered lack, in the same words on General and Review: never a bare id. */
export const keptGroupLabel = (msg: Messages, kept: { id: string | undefined }) => (kept.id === undefined ? msg.noGroupKept : html`<bdi>${kept.id}</bdi> ${msg.groupKept}`);
