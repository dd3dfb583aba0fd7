/**
 * The full stop after words from elsewhere that end one of our sentences (a provider's refusal,
 * the account signed in to): none when they bring their own closing mark (`.`, `!`, `?`, the `…`
 * of a shortening, `。`, `！`, `？`, `؟`), isolated (FSI … PDI) or not, so a sentence never ends in
 * "!." or "….".
 */
export const fullStopAfter = (words: string | undefined): string => (words && /[.!?…。！？؟]\u2069*$/u.test(words) ? '' : '.');

/** Past this a wait is said as "a long time" (a year): a Retry-After of 400 nines, or a date years ahead, is no wait a person plans. */
export const LONG_WAIT_SECONDS = 365 * 86_400;

/**
 * A wait a server asked for (Retry-After), in words of `locale`: up to a minute in seconds, as
 * `inSeconds` says them; else in the largest unit it fills (minutes, hours, days), rounded up, as
 * Intl says them ("2 days", not "172,800 seconds"); past a year (or not finite), `long`. Here,
 * beside fullStopAfter, as every language's messages share this module.
 */
export function saidWait(locale: string, seconds: number, inSeconds: (n: number) => string, long: string): string {
  if (!(seconds <= LONG_WAIT_SECONDS)) return long;
  if (seconds < 60) return inSeconds(seconds);
  const [unit, size] = seconds >= 86_400 ? (['day', 86_400] as const) : seconds >= 3600 ? (['hour', 3600] as const) : (['minute', 60] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(Math.ceil(seconds / size));
}
