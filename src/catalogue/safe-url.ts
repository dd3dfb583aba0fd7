/**
 * Catalogue and host URLs are only followed when they are `https:` or same-origin, so a
 * hostile catalogue cannot plant `javascript:` or `data:` links (DESIGN.md, "Catalogue").
 */
export function safeUrl(value: string | undefined, base: string = documentBase()): string | undefined {
  const url = value && !blankUrl(value) ? parsed(value, base) : undefined;
  return url && !withLogin(url) && followed(url) ? url.href : undefined;
}

/**
 * Why a catalogue URL is not kept, if it is not. Parsed once: a catalogue of 10,000 systems holds
 * tens of thousands of URLs, and parsing each three times was a third of reading it.
 */
export function urlProblem(value: string): string | undefined {
  if (blankUrl(value)) return 'must not be empty';
  const url = parsed(value);
  if (url && withLogin(url)) return 'must not hold a user name or password';
  if (!url || !followed(url)) return "must be a URL on https: or on this page's origin";
  if (missesScheme(value)) return 'reads as a host name without "https://" (it would name a page of this site); write the URL in full';
  return undefined;
}

function parsed(value: string, base = documentBase()): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

const withLogin = (url: URL) => Boolean(url.username || url.password);

/** `https:`, or this page's own origin (never an opaque one). */
function followed(url: URL): boolean {
  if (url.protocol === 'https:') return true;
  const origin = new URL(documentBase()).origin;
  return origin !== 'null' && url.origin === origin;
}

/**
 * White space alone, or the control characters the URL parser strips from a URL's ends (U+0000 to
 * U+0020), is no URL: parsed, it would leave the base (the page, or the catalogue's own file).
 */
export const blankUrl = (value: string): boolean => /^[\s\0- ]*$/u.test(value);

/** Whether `value` reads as a URL with a user name or password, which safeUrl never follows: said as such, never as a URL that is not `https:`. */
export function holdsLogin(value: string): boolean {
  const url = parsed(value);
  return !!url && withLogin(url);
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
