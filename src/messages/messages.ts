/**
 * Every string a person sees, in English. Hosts override any of them through the `messages`
 * property; other locales are modules of the same shape, loaded on demand (locale.ts). The
 * strings of the steps after System are in step-messages.ts, which loads with those steps;
 * english.ts has them all.
 */
import type { stepMessages } from './step-messages.js';

/** The wizard's own strings and the System step's. */
export const shellMessages = {
  loadingCatalogue: 'Loading systems…',
  catalogueErrorTitle: 'This connector setup cannot start: its catalogue of systems is not valid',
  catalogueLoadFailed: (status: string) => `The catalogue of systems could not be loaded (${status}).`,
  catalogueNotJson: 'The catalogue of systems is not valid JSON.',
  noCatalogue: 'No catalogue of systems was given to this connector setup.',
  unknownSystem: (id: string) => `The system "${id}" is not in the catalogue.`,

  stepsLabel: 'Steps',
  stepLabels: {
    system: 'System',
    general: 'General',
    timezone: 'Time zone and date format',
    auth: 'Authentication type',
    credentials: 'Credentials',
    review: 'Review',
  } as Record<string, string>,
  stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
  completed: 'completed',
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
  draftNotices: {
    malformed: 'A saved draft could not be read, so this form starts empty.',
    conflict: 'This draft was changed in another tab or window. Your changes here have not been saved.',
    kept: 'The draft saved here belongs to another connector, or a newer version of this form saved it, so it was not opened. It is kept as it is, and what you type here is not saved as a draft.',
    deleted: 'This draft was finished or discarded in another tab or window. Your changes here have not been saved.',
    upgraded: 'This form was updated in another tab, so your answers here are no longer being saved as a draft. Finish in this tab or reload it.',
    'secrets-in-memory': 'Secret values cannot be stored safely in this browser, so they are kept only while this page is open.',
  } as Record<'malformed' | 'conflict' | 'kept' | 'deleted' | 'upgraded' | 'secrets-in-memory', string>,
  conflictLoadTheirs: 'Use the other version',
  conflictKeepMine: 'Keep my version',
  conflictStartAgain: 'Start again',
  loadingDraft: 'Loading your saved answers…',
  loadingStep: 'Loading the next step…',
  loadFailed: 'Part of this form could not be loaded. Check your connection and try again; nothing you typed is lost.',
  tryAgain: 'Try again',

  // System step
  systemTitle: 'Choose a system',
  systemSearch: 'Search systems',
  systemSearchHint: 'Type a name or a category, such as “Shopify” or “ERP”.',
  systemNoMatch: (q: string) => `No system matches “${q}”.`,
  systemCount: (n: number) => (n === 1 ? '1 system' : `${n} systems`),
  systemShowing: (shown: number, total: number) => `Showing ${shown} of ${total} systems. Type to narrow the list.`,
  systemRequired: 'Choose the system you want to connect',
};

export type Messages = typeof shellMessages & typeof stepMessages;
export type MessageOverrides = Partial<Messages>;

/** The locale's messages with the host's overrides on top. */
export function resolveMessages(overrides: MessageOverrides | null | undefined, base: Messages): Messages {
  if (!overrides) return base;
  const merged = { ...base };
  for (const key of Object.keys(base) as (keyof Messages)[]) {
    const value = overrides[key];
    // Only same-typed overrides are taken: a host cannot turn a function into a string by mistake.
    if (value !== undefined && typeof value === typeof base[key]) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}
