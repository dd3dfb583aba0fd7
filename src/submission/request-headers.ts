/** The host's own headers for the endpoint's requests (`requestHeaders`): read, checked, never shown. */

/**
 * Header names to values (an object or a `Headers`), or a function (sync or async) giving them, asked again for each attempt.
 * A function's `{}` is "no extra header this time"; its `undefined` or `null` (no token found, a missing `return`) is headers it could not give.
 */
type Given = Readonly<Record<string, string>> | Headers;
export type RequestHeaders = Given | (() => Given | PromiseLike<Given>);

/** The protocol's own headers: a host's value never replaces them. */
const RESERVED = new Set(['content-type', 'accept', 'idempotency-key', 'if-match']);
/** An HTTP token (RFC 9110), as fetch takes a header name. */
const NAME = /^[!#$%&'*+.^_`|~0-9a-z-]+$/iu;
/** Text a header value can carry: Latin-1, without line breaks or other control characters (tab aside). */
const VALUE = /^[\t\x20-\x7e\x80-\xff]*$/u;

/**
 * The headers to add, and the reserved names given (left out); or what is wrong, in words that
 * name a header but never hold a value (an invalid name may be a value put in the wrong place).
 */
export async function readHeaders(source: RequestHeaders | undefined): Promise<{ headers: [string, string][]; ignored: string[] } | { problem: string }> {
  let given: unknown;
  try {
    // No requestHeaders is no header.
    given = typeof source === 'function' ? await source() : (source ?? {});
  } catch {
    return { problem: 'the requestHeaders function failed' };
  }
  const headers: [string, string][] = [];
  const ignored: string[] = [];
  // A function's undefined or null, sent without the headers, would meet a CSRF check's 403, said as "not signed in": the cause hidden.
  if (!given || typeof given !== 'object' || Array.isArray(given)) return { problem: 'requestHeaders gave no object of headers' };
  // A Headers object (as a page's own fetch helpers build them) is read as its entries; a plain object as its own keys.
  for (const [name, value] of given instanceof Headers ? [...given] : Object.entries(given)) {
    if (!NAME.test(name)) return { problem: 'requestHeaders has an invalid header name' };
    if (typeof value !== 'string' || !VALUE.test(value)) return { problem: `requestHeaders has an invalid value for ${name}` };
    // `X-Tenant` and `x-tenant` are one header: sent as "a, b", which no check takes, and neither value is plainly the one meant.
    const twice = headers.find(([other]) => other.toLowerCase() === name.toLowerCase());
    if (twice) return { problem: `requestHeaders names one header twice (${twice[0]} and ${name})` };
    if (RESERVED.has(name.toLowerCase())) ignored.push(name);
    else headers.push([name, value]);
  }
  // One the browser sets itself (Cookie, Origin, Sec-…) a request leaves out without a word: found as fetch finds it.
  const kept = new Request('data:,', { headers }).headers;
  const dropped = headers.find(([name]) => !kept.has(name));
  return dropped ? { problem: `requestHeaders names ${dropped[0]}, a header the browser never sends from a page` } : { headers, ignored };
}
