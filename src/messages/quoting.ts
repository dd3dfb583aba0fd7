/**
 * Sentences of ours that quote a server's words (a refusal's detail or title, a failed check, the
 * account a test connected as): one way for every place that shows them. Said as they are, they
 * read as always; said `marking` (for markedNames), each of the server's words sits between the
 * THEIRS marks, so the catalogue's names are told from them by where they stand, never by what
 * they read: a server that quotes "Shopify" leaves the wizard's own "Shopify" marked, and its own
 * unmarked. Only the later steps make these; the entry reads them with `marking` (marking.ts).
 */
import { noncharactersOut, THEIRS_CLOSE, THEIRS_OPEN } from './isolate.js';
import { marking, type Quoting } from './marking.js';
import type { Messages } from './messages.js';

/** A server's words between the THEIRS marks, any mark inside them taken out, so the pair around them is the only one. */
export const theirs = (words: string): string => `${THEIRS_OPEN}${noncharactersOut(words)}${THEIRS_CLOSE}`;

/** `say` with `quoted` (a server's words, or none) as they are; its `marking`, with each of them between the THEIRS marks. */
export function quoting<Q extends readonly (string | undefined)[]>(quoted: Q, say: (msg: Messages, ...quoted: Q) => string): Quoting {
  return Object.assign((msg: Messages) => say(msg, ...quoted), { marking: (msg: Messages) => say(msg, ...(quoted.map((q) => q && theirs(q)) as unknown as Q)) });
}

/** Sentences said one after another, the ones absent left out: each quotes the server's words its own way. */
export const sentences = (...said: (Quoting | undefined)[]): Quoting => {
  const all = said.filter((s): s is Quoting => !!s);
  return Object.assign((msg: Messages) => all.map((s) => s(msg)).join(' '), { marking: (msg: Messages) => all.map((s) => marking(s, msg)).join(' ') });
};
