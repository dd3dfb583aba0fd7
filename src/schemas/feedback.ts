import type * as z from 'zod/mini';
import type { Feedback } from './wizard-data.js';

export const escapeToken = (token: PropertyKey) => String(token).replace(/~/gu, '~0').replace(/\//gu, '~1');

export const toPointer = (path: readonly PropertyKey[]): string => (path.length ? `/${path.map(escapeToken).join('/')}` : '');

/** zod issues -> `{pointer: message}`, first message per field wins (the most basic problem first). */
export function issuesToFeedback(issues: readonly z.core.$ZodIssue[]): Feedback {
  const feedback: Feedback = {};
  for (const issue of issues) {
    const pointer = toPointer(issue.path);
    if (!(pointer in feedback)) feedback[pointer] = issue.message;
  }
  return feedback;
}

/**
 * RFC 9457 problem details with `errors: [{pointer, detail}]` -> the same feedback shape, so a
 * server's 422 lands on fields exactly like a client-side error. First message per pointer wins.
 */
export function problemToFeedback(problem: { errors: readonly { pointer: string; detail: string }[] }): Feedback {
  const feedback: Feedback = {};
  for (const { pointer, detail } of problem.errors) {
    // Not a JSON pointer ("constructor", "__proto__"): listed as text, as one without a pointer is, never taken for an object's own names.
    const at = pointer === '' || pointer.startsWith('/') ? pointer : `/#${pointer}`;
    if (!Object.hasOwn(feedback, at)) feedback[at] = detail;
  }
  return feedback;
}
