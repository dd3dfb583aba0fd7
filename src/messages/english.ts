import { shellMessages, type Messages } from './messages.js';
import { stepMessages } from './step-messages.js';

/** Every English string, for hosts and code that need them all at once. */
export const en: Messages = { ...shellMessages, ...stepMessages };
