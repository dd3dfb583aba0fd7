/**
 * The page's own requests, seen as they leave it and as their answers' headers come, to wait on
 * instead of a pause (a request that never ends, one whose answer cannot be read). Nothing is
 * changed: each goes and is answered as it would be (what the server answers is the test server's).
 */
import { withPatched } from './patched.js';

export interface FetchSeen {
  /** The request's mode (`no-cors` for an ask whose answer is not read). */
  readonly mode: RequestMode;
  /** Its answer's headers have come (its body may still be arriving). */
  headers: boolean;
}

const urlOf = (input: RequestInfo | URL) => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);

/** While `run` runs, each request to a URL containing `path`, in the order made. */
export function withFetchesSeen(path: string, run: (seen: readonly FetchSeen[]) => Promise<void>): Promise<void> {
  const real = window.fetch.bind(window);
  const seen: FetchSeen[] = [];
  const watched = (input: RequestInfo | URL, init?: RequestInit) => {
    const answer = real(input, init);
    if (urlOf(input).includes(path)) {
      const request: FetchSeen = { mode: init?.mode ?? (input instanceof Request ? input.mode : 'cors'), headers: false };
      seen.push(request);
      answer.then(
        () => (request.headers = true),
        () => undefined,
      );
    }
    return answer;
  };
  return withPatched(window, 'fetch', watched as typeof window.fetch, () => run(seen));
}
