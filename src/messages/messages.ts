/**
 * Every string a person sees, in English. Hosts override any of them through the `messages`
 * property; other locales are modules of the same shape, loaded on demand (locale.ts). The
 * strings of the steps after System are in step-messages.ts, which loads with those steps;
 * english.ts has them all.
 */
import { isolated, isolatedIfBidi, numberFormat, sayingIn } from './isolate.js';
import type { stepMessages } from './step-messages.js';

/** What a draft notice says (the state and the draft code agree on these; see DraftHandle). */
type DraftNotice =
  | 'malformed'
  | 'conflict'
  | 'deleted'
  | 'created'
  | 'finished'
  | 'discarded'
  | 'upgraded'
  | 'upgraded-unsaved'
  | 'secrets-in-memory'
  | 'kept'
  | 'saving-again'
  | 'set-aside'
  | 'cleared'
  | 'changed-while-away'
  | 'left-unsaved'
  | 'cleared-reloaded'
  | 'malformed-left-unsaved'
  | 'secret-elsewhere'
  | 'malformed-set-aside'
  | 'held'
  | 'held-delete'
  | 'held-finished';

/** Numbers as English writes them (1,200), in the wizard's region (en-IN: 12,00,000), as the other languages format theirs. */
const count = numberFormat('en').format;

/** The wizard's own strings and the System step's. */
export const shellMessages = {
  loadingCatalogue: 'Loading systems…',
  catalogueErrorTitle: 'This connector setup cannot start: its catalogue of systems is not valid',
  catalogueUnloadedTitle: 'This connector setup cannot start: its catalogue of systems could not be loaded',
  catalogueLoadFailed: (status: string) => `The catalogue of systems could not be loaded (${status}).`,
  catalogueNotJson: 'The catalogue of systems is not valid JSON.',
  catalogueUnreachable: 'The catalogue of systems could not be reached: check the connection, then try again.',
  /** Said (the live region) when a catalogue that could not be reached loads once the browser is back online, with nothing pressed. */
  catalogueBackOnline: 'The connection is back: the catalogue of systems has loaded.',
  noCatalogue: 'No catalogue of systems was given to this connector setup.',
  unknownSystem: (id: string) => `The system “${id}” is not in the catalogue.`,
  unreadableSystem: (id: string) => `The system “${id}” is in the catalogue, but its entry could not be read, so it cannot be set up here.`,
  editNoId: 'This connector cannot be opened: it has no usable id.',

  /** After a label, before what it labels (French writes a space before it). */
  colon: ':',
  stepsLabel: 'Steps',
  stepLabels: {
    system: 'System',
    general: 'General',
    timezone: 'Time zone and date format',
    auth: 'Authentication type',
    credentials: 'Credentials',
    review: 'Review',
  } as Record<string, string>,
  stepOf: (n: number, total: number) => `Step ${count(n)} of ${count(total)}`,
  completed: 'completed',
  /** After a step's name in the step navigation: a server's error waits there. */
  needsAttention: 'needs attention',
  continue: 'Continue',
  back: 'Back',
  cancel: 'Cancel',
  create: 'Create connector',
  discardDraft: 'Discard draft',
  discardConfirm: 'Discard this draft? Everything typed so far will be deleted.',
  discardYes: 'Yes, discard it',
  discardNo: 'No, keep it',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  optional: '(optional)',
  draftsUnavailable: 'Your answers are not being saved as a draft on this device, so finish in this visit.',
  draftRestored: 'We restored the answers you saved earlier.',
  draftFollowed: 'This draft was changed in another tab or window, so this form now shows that version.',
  draftTheirs: 'This form now shows the other version.',
  draftNotices: {
    malformed: 'A saved draft could not be read, so this form starts empty.',
    conflict: 'This draft was changed in another tab or window. Your changes here have not been saved.',
    kept: 'The draft saved here belongs to another connector, or a newer version of this form saved it, so it was not opened. It is kept as it is, and what you type here is not saved as a draft.',
    deleted: 'This draft was finished or discarded in another tab or window. Your changes here have not been saved.',
    created: 'This connector was saved in another tab or window. Your changes here have not been saved.',
    finished: 'This connector was saved in another tab or window, so this form has started again.',
    discarded: 'This draft was finished or discarded in another tab or window, so this form has started again.',
    upgraded: 'This form was updated in another tab, so your answers here are no longer being saved as a draft. Finish in this tab or reload it.',
    'upgraded-unsaved':
      'This form was updated in another tab, so your answers here are no longer being saved as a draft, and your latest changes here were not saved. Finish in this tab: reloading it would lose them.',
    'secrets-in-memory': 'Secret values cannot be stored safely in this browser, so they are kept only while this page is open.',
    'saving-again': 'Your answers are being saved as a draft on this device again.',
    'set-aside': 'This page moved to another draft, so this form starts empty. What you typed before is kept in its own saved draft.',
    cleared: 'Your saved answers were no longer on this device when you came back from signing in, so this form has started again.',
    'changed-while-away': 'This draft was changed in another tab or window while you were signing in, so that sign-in was not used. Connect again if you need to.',
    'left-unsaved': 'This page moved to another draft. The one it left was changed in another tab or window meanwhile, so the latest changes to it here were not saved.',
    'cleared-reloaded': 'Your saved answers were no longer on this device when this page reloaded, so this form has started again.',
    'malformed-left-unsaved':
      'This page moved to another draft, which could not be read, so this form starts empty. The one it left was changed in another tab or window meanwhile, so the latest changes to it here were not saved.',
    'secret-elsewhere':
      'Another tab or window treats one of your credentials as a secret, so it is no longer in this draft. If you need it, enter it again on the Credentials step.',
    'malformed-set-aside': 'This page moved to another draft, which could not be read, so this form starts empty. What you typed before is kept in its own saved draft.',
    held: 'Your latest changes are not saved yet, because another tab or window is still saving a draft. Keep this page open until they are.',
    'held-delete': 'This draft is not deleted yet, because another tab or window is still saving a draft. Keep this page open until it is.',
    'held-finished':
      'The draft of the connector you just finished is not deleted yet, because another tab or window is still saving a draft. Keep this page open until it is.',
  } as Record<DraftNotice, string>,
  conflictLoadTheirs: 'Use the other version',
  conflictKeepMine: 'Keep my version',
  conflictStartAgain: 'Start again',
  loadingDraft: 'Loading your saved answers…',
  loadingStep: 'Loading the next step…',
  loadFailed: 'Part of this form could not be loaded. Check your connection and try again; nothing you typed is lost.',
  tryAgain: 'Try again',
  /** The `secret-elsewhere` notice naming the fields (`labels`, each isolated here). */
  draftElsewhereNamed: (labels: string[]) =>
    `Another tab or window treats ${new Intl.ListFormat('en', { type: 'conjunction' }).format(labels.map(isolated))} as secret, so what you entered there is no longer in this draft. If you need it, enter it again on the Credentials step.`,
  /** Said once a write of the draft held up by another tab (the `held` notice) has landed. */
  draftHeldSaved: 'Your latest changes are saved now.',
  /** Said once a delete of the draft held up by another tab (the `held-delete` notice) has landed. */
  draftHeldDeleted: 'This draft is deleted now.',
  /** Said once a delete held up by another tab of the draft of a connector finished (the `held-finished` notice, after Add another) has landed. */
  draftHeldFinishedDeleted: 'The draft of the connector you just finished is deleted now.',

  // System step
  systemTitle: 'Choose a system',
  systemSearch: 'Search systems',
  systemSearchHint: 'Type a name or a category, such as “Shopify” or “ERP”.',
  systemNoMatch: (q: string) => `No system matches “${q}”.`,
  systemCount: (n: number) => (n === 1 ? '1 system' : `${count(n)} systems`),
  systemShowing: (shown: number, total: number) => `Showing ${count(shown)} of ${count(total)} system${total === 1 ? '' : 's'}. Type to narrow the list.`,
  systemKeptInSight: (name: string) => `Your choice, ${name}, is shown as well.`,
  systemGone: (id: string) => `The system chosen before (“${id}”) is not offered any more. Choose one to go on.`,
  systemUnreadable: (id: string) =>
    `The system chosen before (“${id}”) is in the catalogue, but its entry could not be read, so it cannot be set up here. Choose another to go on.`,
  systemRequired: 'Choose the system you want to connect',
};

export type Messages = typeof shellMessages & typeof stepMessages;
/** Any message, or a few of a group's (step labels, format labels, draft notices): the rest of the group stays. */
export type MessageOverrides = {
  [K in keyof Messages]?: Messages[K] extends (...args: never[]) => unknown ? Messages[K] : Messages[K] extends object ? Partial<Messages[K]> : Messages[K];
};

/**
 * A text from elsewhere put into a sentence (a system or field name from the catalogue, a name
 * from the host, what the person typed, a server's detail) is isolated (FSI … PDI) when it could
 * reorder that sentence: a right-to-left name keeps its place in a left-to-right sentence, and a
 * bidi control inside a name cannot turn the rest around. Other texts (numbers, `live`, Latin
 * names) are passed as they are, so most sentences never change.
 */
const isolate = (arg: unknown): unknown => (Array.isArray(arg) ? arg.map(isolate) : typeof arg === 'string' ? isolatedIfBidi(arg) : arg);

export { isolated };

/** A server's error for a later step, listed on an earlier one: after that step's name (`label`, its colon included), its words isolated. */
export const listedUnder = (label: string, detail: string) => `${label} ${isolated(detail)}`;

/** Per locale, tag and overrides object: the result, the same object while none changes (wizards with other overrides on the page keep theirs). */
const resolved = new WeakMap<Messages, Map<string, WeakMap<object, Messages>>>();
const NO_OVERRIDES: MessageOverrides = {};

/**
 * The locale's messages with the host's overrides on top, each sentence isolating what it is given (see `isolate`) and
 * writing its numbers as `tag` (the wizard's `lang`) does where it asks for that language: `de-CH` 1’200 (see `sayingIn`).
 * Overrides that are not an object count as none: a text, say, as i18next's `t(ns, { returnObjects: true })` gives
 * before its namespace loads.
 */
export function resolveMessages(given: unknown, base: Messages, tag = ''): Messages {
  const overrides = typeof given === 'object' && given !== null ? (given as MessageOverrides) : NO_OVERRIDES;
  let byTag = resolved.get(base);
  if (!byTag) resolved.set(base, (byTag = new Map()));
  let byOverrides = byTag.get(tag);
  if (!byOverrides) byTag.set(tag, (byOverrides = new WeakMap()));
  const hit = byOverrides.get(overrides);
  if (hit) return hit;
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(base) as (keyof Messages)[]) {
    const message = overridden(overrides[key], base[key]) as (...a: unknown[]) => unknown;
    merged[key] = typeof message === 'function' ? (...args: unknown[]) => sayingIn(tag, () => message(...args.map(isolate))) : message;
  }
  byOverrides.set(overrides, merged as Messages);
  return merged as Messages;
}

/**
 * An override where it has the type of the message it replaces, else that message: a host cannot turn a function into a
 * text by mistake, and `undefined` or `null` (an i18n lookup before its strings load) is no override. A group is merged
 * message by message with the same rule, so overriding one step label keeps the others, and one given as `undefined` too.
 */
const overridden = (value: unknown, own: unknown): unknown =>
  value == null || typeof value !== typeof own
    ? own
    : typeof value === 'object'
      ? Object.fromEntries(Object.entries(own as object).map(([key, message]) => [key, overridden((value as Record<string, unknown>)[key], message)]))
      : value;
