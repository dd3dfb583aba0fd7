import type { WizardContextValue } from '../../context/wizard-context.js';

/**
 * Why a secret entered before is asked for again, in the same words beside its field and on
 * Review: its sealed copy expired or could not be read (`encrypted`, restored), or else secret
 * values are not kept, which is true whatever dropped it (a reload, Cancel, a removal).
 */
export const reenterWords = ({ msg, secretsSaved }: WizardContextValue) =>
  secretsSaved ? { field: msg.reenterSavedSecret, review: msg.notProvidedSaved } : { field: msg.reenterSecret, review: msg.notProvidedAgain };
