/**
 * One policy for every URL the host page configures (`endpoint`, `test-endpoint`,
 * `oauth-start-url`, `oauth-result-url`): they carry credentials or sign-in results, so they are
 * held to more than catalogue links. Allowed: `https:`; `http:` only on this machine
 * (localhost, 127.0.0.0/8, [::1]), any port, for local development; and the page's own origin
 * (relative URLs resolve against the page). Never a URL with a user name or password in it.
 */
import { blankUrl } from '../catalogue/safe-url.js';

export type ConfigUrlAttribute = 'endpoint' | 'test-endpoint' | 'oauth-start-url' | 'oauth-result-url';

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: string };

const LOOPBACK = /^(?:localhost|\[::1\]|127(?:\.\d{1,3}){3})$/u;

export function configUrl(attribute: ConfigUrlAttribute, value: string | undefined): UrlCheck {
  if (!value) return { ok: false, reason: `${attribute} is not set` };
  // Only white space (or control characters) is no URL: it would resolve to this page itself, and credentials would go there. (A URL object is taken as its text, as `new URL` takes it.)
  if (blankUrl(String(value))) return { ok: false, reason: `${attribute} is only white space or control characters` };
  let url: URL;
  try {
    url = new URL(value, globalThis.document?.baseURI);
  } catch {
    // Not repeated: a value that does not parse may still hold a password or a key.
    return { ok: false, reason: `${attribute} is not a URL` };
  }
  if (url.username || url.password) return { ok: false, reason: `${attribute} must not contain a user name or password` };
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname)) || sameOrigin(url)) return { ok: true, url: url.href };
  return {
    ok: false,
    reason: `${attribute} must be https:, http: on this machine (localhost, 127.0.0.0/8, [::1]) or on this page's origin, not ${url.protocol}//${url.host}`,
  };
}

/** An opaque origin (a sandboxed frame's page; any `data:`, `javascript:` or `about:` URL) reads `"null"` and is the same as nothing, itself included. */
const sameOrigin = (url: URL): boolean => url.origin !== 'null' && url.origin === globalThis.location?.origin;

/** The policy for `endpoint` (kept as the package's export). */
export const endpointUrl = (value: string | undefined): UrlCheck => configUrl('endpoint', value);

/** Whether "Connect with {system}" can work: `oauth-start-url` set and allowed. */
export type OAuthSetup = 'ready' | 'missing' | 'refused';

export function oauthSetup(startUrl: string | undefined): OAuthSetup {
  return !startUrl ? 'missing' : configUrl('oauth-start-url', startUrl).ok ? 'ready' : 'refused';
}
