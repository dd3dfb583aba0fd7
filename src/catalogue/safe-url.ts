/**
 * Catalogue and host URLs are only followed when they are `https:` or same-origin, so a
 * hostile catalogue cannot plant `javascript:` or `data:` links (DESIGN.md, "Catalogue").
 */
export function safeUrl(value: string | undefined, base: string = documentBase()): string | undefined {
  if (!value) return undefined;
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

/** `document.baseURI`, not `location`: in an `about:srcdoc` frame only the former is a real URL. */
function documentBase(): string {
  return globalThis.document?.baseURI ?? globalThis.location?.href ?? 'https://invalid/';
}

/** File names a relative link or logo may be (`logo.svg`), not host names that lost their `https://`. */
const FILE_TYPES = new Set(['svg', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'ico', 'html', 'htm', 'pdf', 'md', 'txt', 'json']);

/**
 * Whether a catalogue URL reads as a host name written without its scheme
 * (`docs.acme.example/api-keys`): relative, it would name a page of the host's own site. Relative
 * URLs that start with `/`, `./` or `../`, or whose first segment is a file name, are not.
 */
export function missesScheme(value: string): boolean {
  if (/^[a-z][a-z\d+.-]*:/iu.test(value)) return false;
  const host = /^(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+([a-z][a-z\d-]*[a-z\d])(?::\d+)?(?=[/?#]|$)/iu.exec(value);
  return !!host && !FILE_TYPES.has(host[1]!.toLowerCase());
}
