/**
 * Endpoints get credentials, so they are held to more than catalogue links: `https:`, or
 * `http:` only on this machine (localhost, 127.0.0.0/8, [::1]); same-origin relative URLs
 * resolve against the page. Never a URL with a user name or password in it.
 */
export function endpointUrl(value: string | undefined): { ok: true; url: string } | { ok: false; reason: string } {
  if (!value) return { ok: false, reason: 'no endpoint is set' };
  let url: URL;
  try {
    url = new URL(value, globalThis.document?.baseURI);
  } catch {
    return { ok: false, reason: `"${value.slice(0, 100)}" is not a URL` };
  }
  if (url.username || url.password) return { ok: false, reason: 'the endpoint URL must not contain a user name or password' };
  if (url.protocol === 'https:') return { ok: true, url: url.href };
  const loopback = url.hostname === 'localhost' || url.hostname === '[::1]' || /^127(\.\d{1,3}){3}$/u.test(url.hostname);
  if (url.protocol === 'http:' && loopback) return { ok: true, url: url.href };
  return { ok: false, reason: `the endpoint must be https: (or http: on localhost), not ${url.protocol}` };
}
