import * as z from 'zod/mini';
import { noncharactersOut } from '../messages/isolate.js';
import { shorten } from '../schemas/shorten.js';
import { hasVisibleText } from '../schemas/visible-text.js';

/**
 * Words from the provider (an account name, `error_description` passed through by a callback)
 * may be long; shortened to `max` characters for display rather than refused, so a long refusal
 * is still said as a refusal. Never split inside a character. Read without noncharacters, as a
 * server's answers are (noncharactersOut): the wizard marks words with some of them.
 */
const shortened = (max: number) => z.string().check(z.overwrite((text) => shorten(noncharactersOut(text), max)));

/**
 * The callback page's message (DESIGN.md, "OAuth 2.0 authorization code"), whichever channel brings it.
 * A connection's `ref` of nothing that shows (blanks, a zero-width space) is no reference: the message is malformed.
 */
export const oauthMessageSchema = z.union([
  z.object({
    type: z.literal('connector-wizard-oauth'),
    state: z.string().check(z.minLength(16), z.maxLength(200)),
    ok: z.literal(true),
    connection: z.object({ ref: z.string().check(z.maxLength(500), z.refine(hasVisibleText)), account: z.optional(shortened(300)) }),
  }),
  z.object({
    type: z.literal('connector-wizard-oauth'),
    state: z.string().check(z.minLength(16), z.maxLength(200)),
    ok: z.literal(false),
    error: z.optional(shortened(500)),
  }),
]);

export type OAuthMessage = z.output<typeof oauthMessageSchema>;

/** The message in `data`, if it is one: an `account` or `error` a backend wrote as `null` (as many write an absent member) is read as absent. */
export function readOAuthMessage(data: unknown): OAuthMessage | undefined {
  const message = withoutNull(data, 'error');
  const parsed = oauthMessageSchema.safeParse(isRecord(message) ? { ...message, connection: withoutNull(message.connection, 'account') } : message);
  return parsed.success ? parsed.data : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** `value` without its member `key` when that member is null; anything else as it is. */
function withoutNull(value: unknown, key: string): unknown {
  if (!isRecord(value) || value[key] !== null) return value;
  const { [key]: _null, ...rest } = value;
  return rest;
}
