/**
 * Catalogue and host URLs are only followed when they are `https:` or same-origin, so a
 * hostile catalogue cannot plant `javascript:` or `data:` links (DESIGN.md, "Catalogue").
 */
export function safeUrl(value: string | undefined, base: string = globalThis.location?.href ?? 'https://invalid/'): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  if (url.username || url.password) return undefined;
  if (url.protocol === 'https:') return url.href;
  const origin = globalThis.location?.origin;
  if (origin && origin !== 'null' && url.origin === origin) return url.href;
  return undefined;
}

export function isSafeUrl(value: string): boolean {
  return safeUrl(value) !== undefined;
}
