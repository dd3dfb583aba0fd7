/**
 * The formats of typed values a field's `type` asks for: checked on the Credentials step and,
 * for a catalogue `default`, when the catalogue is read.
 */

/**
 * `name@host.tld`, as `^[^\s@]+@[^\s@]+\.[^\s@]+$` reads it (a dot after the first character
 * past the `@` and before the last), without that pattern's retries from every dot.
 */
export const EMAIL = /^[^\s@]+@[^\s@][^\s@.]*\.[^\s@]+$/u;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/u;
/**
 * At most 15 significant digits: where the last digit other than 0 stands, after leading zeros
 * (`0+$` would retry from every 0 of a long run inside; `[1-9]0*$` starts only at a digit).
 */
export const isDecimal = (value: string) =>
  DECIMAL.test(value.trim()) && !/e/iu.test(String(Number(value))) && (/[1-9]0*$/u.exec(value.replace(/\D/gu, '').replace(/^0+/u, ''))?.index ?? 0) < 15;

export const isWebAddress = (value: string) => {
  try {
    const url = new URL(value);
    if (url.username || url.password) return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
  } catch {
    return false;
  }
};
