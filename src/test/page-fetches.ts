/** The page's own requests, watched or slowed where they leave it (never answered here: what the server answers is the test server's). */
import { waitUntil } from './wait.js';
import { withPatched } from './patched.js';

const urlOf = (input: RequestInfo | URL) => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);

/**
 * While `run` runs, requests to `path` leave the page 150 ms late, as on a busy machine; one stopped before then never
 * leaves, so the server never sees it.
 */
export function withLateDispatch(path: string, run: () => Promise<void>): Promise<void> {
  const real = window.fetch.bind(window);
  const late = async (input: RequestInfo | URL, init?: RequestInit) => {
    if (!urlOf(input).includes(path)) return real(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    await new Promise((r) => setTimeout(r, 150));
    if (signal?.aborted) throw new DOMException('The user aborted a request.', 'AbortError');
    return real(input, init);
  };
  return withPatched(window, 'fetch', late as typeof window.fetch, run);
}

/**
 * While `run` runs, watches the page's requests to `path`; `arrived(asked)` waits until `asked` (0 unless told) were made
 * and each was stopped or its whole answer reached the page: only then can a test say a late answer was not applied.
 */
export function watchingFetches(path: string, run: (arrived: (asked?: number) => Promise<void>) => Promise<void>): Promise<void> {
  const real = window.fetch.bind(window);
  let asks = 0;
  let open = 0;
  const watched = (input: RequestInfo | URL, init?: RequestInit) => {
    const sent = real(input, init);
    if (urlOf(input).includes(path)) {
      asks++;
      open++;
      // Attached before the page's own reading, so the clone is taken while the body is unread.
      void sent
        .then((response) => response.clone().arrayBuffer())
        .catch(() => undefined)
        .finally(() => open--);
    }
    return sent;
  };
  const arrived = (asked = 0) =>
    waitUntil(() => asks >= asked && open === 0, `${asked ? `${asked} asked, and ` : ''}every watched answer reached the page or was stopped`, { timeout: 5000 });
  return withPatched(window, 'fetch', watched as typeof window.fetch, () => run(arrived));
}
