/**
 * What the entry reads of a sentence that may quote a server's words (an alert, a notice, the
 * polite region): the sentence, with those words between the THEIRS marks for markedNames. The
 * sentences are made by quoting.ts, which only the later steps load.
 */
import type { Messages } from './messages.js';

/** Words said in the language the wizard speaks; `marking`: the same with the server's words between the THEIRS marks (none: it quotes none). */
export type Quoting = ((msg: Messages) => string) & { readonly marking?: (msg: Messages) => string };

/** What `said` says for markedNames to read: the server's words it quotes between the THEIRS marks. */
export const marking = (said: Quoting, msg: Messages): string => (said.marking ?? said)(msg);
