import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { AuthTypeDefinition } from '../../catalogue/catalogue-schema.js';
import type { WizardContextValue } from '../../context/wizard-context.js';
import type { readFill } from '../../credentials/paste-fill.js';
import { namedIn, textLang } from '../../catalogue/localize-catalogue.js';
import { markedNames } from '../marked-names.js';

/**
 * What the last paste (or drop) that filled several fields of `authType` filled, or that it was
 * undone or can no longer be (`said`, for the polite region), and its Undo (`undo`, beside the region so that what is
 * announced is only the words; named for what it undoes; `undo` gets the first field it puts back).
 */
export function pasteNotice(ctx: WizardContextValue, authType: AuthTypeDefinition, undo: (first: string | undefined) => void) {
  const paste = ctx.paste;
  if (!paste) return { said: nothing, undo: nothing };
  if ('undone' in paste) {
    const said = paste.typedOver ? (paste.dropped ? ctx.msg.dropUndoGone : ctx.msg.pasteUndoGone) : paste.dropped ? ctx.msg.dropUndone : ctx.msg.pasteUndone;
    return { said: html`<p>${said}</p>`, undo: nothing };
  }
  if (paste.authType !== authType.id) return { said: nothing, undo: nothing };
  // Each label as a sentence names it (isolated where shown as written in another language), marked with its lang there (markedNames), as the draft notice marks them.
  const field = (key: string) => authType.fields.find((f) => f.key === key);
  const label = (key: string) => {
    const f = field(key);
    return f ? namedIn(f, 'label', ctx.locale) : key;
  };
  const names = paste.filled.flatMap((key) => {
    const f = field(key);
    return f ? [{ text: f.label, lang: textLang(f, 'label', ctx.locale) }] : [];
  });
  const labels = paste.filled.map(label);
  // Fields typed in since keep what was typed: Undo puts back the rest, and the notice says so (a line of its own, said once).
  const typed = paste.typed ?? [];
  const back = paste.filled.filter((key) => !typed.includes(key));
  // Its name says what it undoes, only while that name holds the word shown (a host's own word for it is its name then).
  const name = paste.dropped ? ctx.msg.dropUndoName : ctx.msg.pasteUndoName;
  const named = name.toLocaleLowerCase().includes(ctx.msg.pasteUndo.toLocaleLowerCase());
  return {
    said: html`<p>${markedNames((paste.dropped ? ctx.msg.dropFilled : ctx.msg.pasteFilled)(labels), names)}</p>${
      typed.length ? html`<p>${markedNames(ctx.msg.pasteUndoKeeps(typed.map(label), back.map(label)), names)}</p>` : nothing
    }`,
    undo: html`<button type="button" class="link" part="button paste-undo" data-paste-undo aria-label=${named ? name : nothing} @click=${() => undo(back[0])}>${ctx.msg.pasteUndo}</button>`,
  };
}

/**
 * Why the last paste or drop into a credential field was refused, in words true for which it was:
 * secrets that cannot be changed here (`locked`), a private key on several lines into a one-line field (`key`), a file, a secret of the `other` auth type, one
 * secret with its name (`named`, `MINTSOFT_PASSWORD=…`: not said to hold more than one value; `masked`: one value with its name into
 * a masked field, which is not said to show what it holds), or
 * several values, as JSON (`json`) or lines, with the names of `authType`'s fields.
 */
export function refusal(
  msg: WizardContextValue['msg'],
  why: 'named' | 'masked' | 'locked' | 'key' | 'json' | undefined,
  dropped: 'text' | 'file' | undefined,
  other: string | undefined,
  authType: AuthTypeDefinition,
): string {
  if (why === 'locked') return msg.secretsNeedEndpoint;
  if (why === 'key') return msg.pasteKeyOneLine;
  if (dropped === 'file') return msg.dropFile;
  if (other !== undefined) return dropped ? msg.dropOtherAuthType(other) : msg.pasteOtherAuthType(other);
  if (why === 'named') return dropped ? msg.dropNamedSecret : msg.pasteNamedSecret;
  if (why === 'masked') return dropped ? msg.dropNamedMasked : msg.pasteNamedMasked;
  // Several values: said as what was pasted (JSON or lines), with the names that fill these fields (their keys, as a `.env` or JSON writes them), never a value.
  const several = why === 'json' ? (dropped ? msg.dropOneValueJson : msg.pasteOneValueJson) : dropped ? msg.dropOneValue : msg.pasteOneValue;
  return `${several} ${msg.pasteFieldNames(authType.fields.map((field) => field.key))}`;
}

/**
 * What the last paste left: lists it named by a value that chose nothing (their `labels`), the names of its lines no field takes
 * (`unused`) and how many more whose names are not clearly names (`unsaid`, counted, never said); with the number its fill has if it
 * filled anything (`fill`, counted as the step counts its pastes): its Undo takes them away.
 */
export type LeftOut = { labels: string[]; unused: string[]; unsaid: number; fill?: number };
export const NOTHING_LEFT: LeftOut = { labels: [], unused: [], unsaid: 0 };

/** What a paste read as `read` (readFill) left, as the fill numbered `fill` would be. */
export const leftBy = (read: ReturnType<typeof readFill>, fill: number): LeftOut => ({
  labels: read?.unchosen.map(({ label }) => label) ?? [],
  unused: read?.unused ?? [],
  unsaid: read?.unsaid ?? 0,
  fill,
});

/** What is left once the list labelled `label` is chosen: the same, so nothing is said again, unless the paste left that list unchosen. */
export const answered = (left: LeftOut, label: string): LeftOut => (left.labels.includes(label) ? { ...left, labels: left.labels.filter((l) => l !== label) } : left);

/**
 * Said of what a paste left: the lists, and the unused names, five of them and how many more (a long `.env` is not read out whole).
 * Each line keyed by its own list, a new one each paste, so each is said; a list chosen after takes its label out without saying the
 * unused names again. Nothing at all when it left nothing, so a key typed changes nothing in the region (nor breaks the field's Undo into single letters),
 * nor once the fill it came with is undone (`undone`, that fill's number): the region then says only that it was undone.
 */
export function leftOut(msg: WizardContextValue['msg'], left: LeftOut, undone: number | undefined) {
  const { labels, unused, unsaid } = left;
  if ((!labels.length && !unused.length && !unsaid) || (undone !== undefined && left.fill === undone)) return nothing;
  const notUsed = unused.length ? msg.pasteNotUsed(unused.slice(0, 5), Math.max(0, unused.length - 5) + unsaid) : msg.pasteLinesNotUsed(unsaid);
  return html`${labels.length ? keyed(labels, html`<p>${msg.pasteUnchosen(labels)}</p>`) : nothing}${
    unused.length || unsaid ? keyed(unused, html`<p>${notUsed}</p>`) : nothing
  }`;
}
