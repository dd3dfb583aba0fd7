import * as z from 'zod/mini';

/** The callback page's message (DESIGN.md, "OAuth 2.0 authorization code"), whichever channel brings it. */
export const oauthMessageSchema = z.union([
  z.object({
    type: z.literal('connector-wizard-oauth'),
    state: z.string().check(z.minLength(16), z.maxLength(200)),
    ok: z.literal(true),
    connection: z.object({ ref: z.string().check(z.minLength(1), z.maxLength(500)), account: z.optional(z.string().check(z.maxLength(300))) }),
  }),
  z.object({
    type: z.literal('connector-wizard-oauth'),
    state: z.string().check(z.minLength(16), z.maxLength(200)),
    ok: z.literal(false),
    error: z.optional(z.string().check(z.maxLength(500))),
  }),
]);

export type OAuthMessage = z.output<typeof oauthMessageSchema>;
