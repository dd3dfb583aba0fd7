import { nothing } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import type { HeadingLevel } from '../../context/wizard-context.js';
import type { Messages } from '../../messages/messages.js';
import type { Finished, HeldNotice } from '../state/wizard-state.js';

/** Heading elements by level: lit cannot bind a tag name, so a fixed set of static tags. */
export const HEADINGS: Record<HeadingLevel, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };

/** A write or a delete of the draft held up by another tab (see draftHeld): said beside any notice, the success panel included, until it lands. */
export const heldNotice = (msg: Messages, held: HeldNotice | undefined) => (held ? html`<p class="notice" data-notice=${held}>${msg.draftNotices[held]}</p>` : nothing);

/** After a create or a saved edit (also one whose answer could not be read: it says so); its heading takes focus. */
export function successPanel(msg: Messages, created: Finished, level: HeadingLevel, addAnother: () => void, held?: HeldNotice) {
  const h = HEADINGS[level];
  const { name, system, updated, unread, elsewhere } = created;
  return html`<div class="success" part="success">
    <${h} tabindex="-1">${updated ? msg.updatedTitle : msg.createdTitle}</${h}>
    <p>${unread ? (updated ? (elsewhere ? msg.savedUnreadableElsewhere : msg.savedUnreadable) : elsewhere ? msg.createdUnreadableElsewhere : msg.createdUnreadable) : updated ? (elsewhere ? msg.updatedElsewhere : msg.updatedBody)(name, system) : (elsewhere ? msg.createdElsewhere : msg.createdBody)(name, system)}</p>
    ${heldNotice(msg, held)}
    <button type="button" class="secondary" part="button" @click=${addAnother}>${msg.addAnother}</button>
  </div>`;
}
