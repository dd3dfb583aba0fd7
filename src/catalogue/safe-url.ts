/**
 * Catalogue and host URLs are only followed when they are `https:` or same-origin, so a
 * hostile catalogue cannot plant `javascript:` or `data:` links (DESIGN.md, "Catalogue").
 */
export function safeUrl(value: string | undefined, base: string = documentBase()): string | undefined {
  if (!value || blankUrl(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  if (url.username || url.password) return undefined;
  if (url.protocol === 'https:') return url.href;
  const origin = new URL(documentBase()).origin;
  if (origin !== 'null' && url.origin === origin) return url.href;
  return undefined;
}

/**
 * White space alone, or the control characters the URL parser strips from a URL's ends (U+0000 to
 * U+0020), is no URL: parsed, it would leave the base (the page, or the catalogue's own file).
 */
export const blankUrl = (value: string): boolean => /^[\s\0- ]*$/u.test(value);

/** Whether `value` reads as a URL with a user name or password, which safeUrl never follows: said as such, never as a URL that is not `https:`. */
export function holdsLogin(value: string): boolean {
  try {
    const url = new URL(value, documentBase());
    return Boolean(url.username || url.password);
  } catch {
    return false;
  }
}

/** `document.baseURI`, not `location`: in an `about:srcdoc` frame only the former is a real URL. */
function documentBase(): string {
  return globalThis.document?.baseURI ?? globalThis.location?.href ?? 'https://invalid/';
}

/**
 * Whether a catalogue URL reads as a host name written without its scheme
 * (`docs.acme.example/api-keys`, `www.acme.example`): relative, it would name a page of the host's
 * own site. A dotted first segment counts only when a path or a port follows it, or it starts
 * with `www.`: a file name (`logo.svg`, `help.php`, `jquery.min.js`) is a relative URL, which stays.
 */
export function missesScheme(value: string): boolean {
  if (/^[a-z][a-z\d+.-]*:(?!\d)/iu.test(value)) return false;
  return /^(?:www\.|(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+[a-z][a-z\d-]*[a-z\d](?::\d+)?\/)/iu.test(value) || /^(?:[a-z\d-]+\.)+[a-z\d-]+:\d+(?:[/?#]|$)/iu.test(value);
}
