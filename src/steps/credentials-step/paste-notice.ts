import { html, nothing } from 'lit';
import type { AuthTypeDefinition } from '../../catalogue/catalogue-schema.js';
import type { WizardContextValue } from '../../context/wizard-context.js';

/** What the last paste (or drop) that filled several fields of `authType` filled, with its Undo (named for what it undoes; `undo` gets the first field it puts back), or that it was undone. */
export function pasteNotice(ctx: WizardContextValue, authType: AuthTypeDefinition, undo: (first: string | undefined) => void) {
  const paste = ctx.paste;
  if (!paste) return nothing;
  if ('undone' in paste) return html`<p>${paste.dropped ? ctx.msg.dropUndone : ctx.msg.pasteUndone}</p>`;
  if (paste.authType !== authType.id) return nothing;
  const labels = paste.filled.map((key) => authType.fields.find((f) => f.key === key)?.label ?? key);
  // Its name says what it undoes, only while that name holds the word shown (a host's own word for it is its name then).
  const name = paste.dropped ? ctx.msg.dropUndoName : ctx.msg.pasteUndoName;
  const named = name.toLocaleLowerCase().includes(ctx.msg.pasteUndo.toLocaleLowerCase());
  return html`<p>${(paste.dropped ? ctx.msg.dropFilled : ctx.msg.pasteFilled)(labels)}</p>
    <button type="button" class="link" part="button paste-undo" data-paste-undo aria-label=${named ? name : nothing} @click=${() => undo(paste.filled[0])}>${ctx.msg.pasteUndo}</button>`;
}
