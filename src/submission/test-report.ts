/**
 * What a test endpoint (or a problem) says it checked, and as whom: read leniently, masked,
 * trimmed and cut, never markup (DESIGN.md, "Endpoint protocol").
 */
import * as z from 'zod/mini';
import { shorten } from '../schemas/shorten.js';
import { hasVisibleText, trimShown } from '../schemas/visible-text.js';
import { pointerOf } from './field-errors.js';

/** One thing a test endpoint checked (DESIGN.md, "Endpoint protocol"). */
export interface TestCheck {
  id: string;
  label: string;
  status: 'passed' | 'failed' | 'skipped';
  detail?: string;
  pointer?: string;
}

/** What a test endpoint says it checked, and as whom; both optional. */
export interface TestReport {
  account?: string;
  checks?: TestCheck[];
}

const MAX_TEXT = 500;
export const clip = (s: string | undefined) => s && shorten(s, MAX_TEXT);

const CHECK_STATUSES = ['passed', 'failed', 'skipped'] as const;

/** A server's text with the spaces around it taken off; one with nothing that shows (spaces, zero-width characters) is none. */
export const trimmed = (s: string | null | undefined) => (s && hasVisibleText(s) ? trimShown(s) : undefined);

/**
 * One check as a test endpoint reports it. Lenient where the meaning is plain (a status in
 * capitals or with spaces around it, a check with an id but no label, or a label of only spaces;
 * a `label`, `detail` or `pointer` of `null`, as a server's serializer writes an absent one, is
 * absent); a check with a status of another kind is left out, never a reason to fail.
 */
const checkSchema = z.object({
  id: z.string(),
  label: z.nullish(z.string()),
  status: z.string(),
  detail: z.nullish(z.string()),
  pointer: z.nullish(z.string()),
});

const MAX_CHECKS = 50;

/**
 * The checks shown, at most MAX_CHECKS, in the order made: the failed ones first kept, then the
 * others from the start. A failed check cut off the end would let a 200 read as a pass, its field unmarked.
 */
function shown(checks: unknown[]): unknown[] {
  const failed = (item: unknown) => typeof (item as { status?: unknown } | null)?.status === 'string' && (item as { status: string }).status.trim().toLowerCase() === 'failed';
  const kept = new Set(checks.flatMap((item, i) => (failed(item) ? [i] : [])).slice(0, MAX_CHECKS));
  for (let i = 0; i < checks.length && kept.size < MAX_CHECKS; i++) kept.add(i);
  return [...kept].sort((a, b) => a - b).map((i) => checks[i]);
}

/** `account` and `checks`, as a 200 or a problem may carry them: clipped, at most 50 checks, shown as text and never as markup. */
export function readReport(body: unknown, mask: (text: string) => unknown = (text) => text): TestReport {
  const { account, checks } = (typeof body === 'object' && body !== null ? body : {}) as { account?: unknown; checks?: unknown };
  const read = Array.isArray(checks)
    ? shown(checks).flatMap((item): TestCheck[] => {
        const parsed = checkSchema.safeParse(item);
        if (!parsed.success) return [];
        const c = parsed.data;
        const status = CHECK_STATUSES.find((known) => known === c.status.trim().toLowerCase());
        // An id is read, so the answer's mask left it: masked here, before it is cut, as it is shown (as the label, and on the check).
        const id = mask(c.id) as string;
        const [label, detail] = [trimmed(c.label) ?? trimmed(id), trimmed(c.detail)];
        if (!status || !label) return [];
        return [
          {
            id: id.slice(0, 100),
            label: clip(label)!,
            status,
            ...(detail ? { detail: clip(detail)! } : {}),
            // Read as a create's error's pointer is (`#/credentials/apiKey`, `/credentials/apiKey/0`: that field).
            ...(c.pointer ? { pointer: pointerOf(c.pointer).slice(0, 200) } : {}),
          },
        ];
      })
    : [];
  const who = typeof account === 'string' ? trimmed(account) : undefined;
  return { ...(who ? { account: clip(who)! } : {}), ...(read.length ? { checks: read } : {}) };
}
