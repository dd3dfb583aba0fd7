import * as z from 'zod/mini';
import { shorten } from '../schemas/shorten.js';

/**
 * Words from the provider (an account name, `error_description` passed through by a callback)
 * may be long; shortened to `max` characters for display rather than refused, so a long refusal
 * is still said as a refusal. Never split inside a character.
 */
const shortened = (max: number) => z.string().check(z.overwrite((text) => shorten(text, max)));

/** Optional words: absent, or `null` as many backends write an absent member (read as absent). */
const optionalWords = (max: number) =>
  z.pipe(
    z.optional(z.nullable(shortened(max))),
    z.transform((text) => text ?? undefined),
  );

/** The callback page's message (DESIGN.md, "OAuth 2.0 authorization code"), whichever channel brings it. */
export const oauthMessageSchema = z.union([
  z.object({
    type: z.literal('connector-wizard-oauth'),
    state: z.string().check(z.minLength(16), z.maxLength(200)),
    ok: z.literal(true),
    connection: z.object({ ref: z.string().check(z.minLength(1), z.maxLength(500)), account: optionalWords(300) }),
  }),
  z.object({
    type: z.literal('connector-wizard-oauth'),
    state: z.string().check(z.minLength(16), z.maxLength(200)),
    ok: z.literal(false),
    error: optionalWords(500),
  }),
]);

export type OAuthMessage = z.output<typeof oauthMessageSchema>;
