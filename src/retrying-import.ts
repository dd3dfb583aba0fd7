/**
 * Browsers keep a failed `import()` in their module map, so importing the same URL again fails
 * at once without asking the network (whatwg/html#10327 changes that; Chromium 156 still
 * caches, and a fragment does not make a new entry there). A retry therefore imports the URL
 * the browser named with a query added, a new entry whose relative imports resolve as before.
 * Without a URL in the error (Safari), it imports the same specifier again.
 *
 * `load` is the module's own `import('./…')`, so bundlers still see and split it; the function
 * returned imports it, and after a failure imports it afresh.
 */
export function retryingImport<T>(load: () => Promise<T>): () => Promise<T> {
  /** Where the module failed to load from, taken from the browser's error. */
  let failedUrl: string | undefined;
  let attempts = 0;
  return () =>
    (failedUrl ? (import(/* @vite-ignore */ /* webpackIgnore: true */ retryUrl(failedUrl, ++attempts)) as Promise<T>) : load()).catch((error: unknown) => {
      // Only a URL beside this module is ever imported again, whatever an error message says.
      const named = /\bhttps?:\/\/[^\s"'#]+/u.exec(error instanceof Error ? error.message : '')?.[0];
      if (named && new URL(named).origin === new URL(import.meta.url).origin) failedUrl ??= named;
      throw error;
    });
}

function retryUrl(url: string, attempt: number): string {
  const retry = new URL(url);
  retry.searchParams.set('retry', String(attempt));
  return retry.href;
}
