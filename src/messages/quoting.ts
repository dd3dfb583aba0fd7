/**
 * Sentences of ours that quote a server's words (a refusal's detail or title, a failed check, the
 * account a test connected as): one way for every place that shows them. Said as they are, they
 * read as always; said `marking` (for markedNames), each of the server's words sits between the
 * THEIRS marks, so the catalogue's names are told from them by where they stand, never by what
 * they read: a server that quotes "Shopify" leaves the wizard's own "Shopify" marked, and its own
 * unmarked.
 */
import { theirs } from './isolate.js';
import type { Messages } from './messages.js';

/** Words said in the language the wizard speaks; `marking`: the same with the server's words between the THEIRS marks (none: it quotes none). */
export type Quoting = ((msg: Messages) => string) & { readonly marking?: (msg: Messages) => string };

/** `say` with `quoted` (a server's words, or none) as they are; its `marking`, with each of them between the THEIRS marks. */
export function quoting<Q extends readonly (string | undefined)[]>(quoted: Q, say: (msg: Messages, ...quoted: Q) => string): Quoting {
  return Object.assign((msg: Messages) => say(msg, ...quoted), { marking: (msg: Messages) => say(msg, ...(quoted.map((q) => q && theirs(q)) as unknown as Q)) });
}

/** What `said` says for markedNames to read: the server's words it quotes between the THEIRS marks. */
export const marking = (said: Quoting, msg: Messages): string => (said.marking ?? said)(msg);

/** Sentences said one after another, the ones absent left out: each quotes the server's words its own way. */
export const sentences = (...said: (Quoting | undefined)[]): Quoting => {
  const all = said.filter((s): s is Quoting => !!s);
  return Object.assign((msg: Messages) => all.map((s) => s(msg)).join(' '), { marking: (msg: Messages) => all.map((s) => marking(s, msg)).join(' ') });
};
