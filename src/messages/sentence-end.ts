/**
 * The full stop after words from elsewhere that end one of our sentences (a provider's refusal,
 * the account signed in to): none when they bring their own closing mark (`.`, `!`, `?`, the `…`
 * of a shortening, `。`, `！`, `？`, `؟`), isolated (FSI … PDI) or not, so a sentence never ends in
 * "!." or "….".
 */
export const fullStopAfter = (words: string | undefined): string => (words && /[.!?…。！？؟]\u2069*$/u.test(words) ? '' : '.');
