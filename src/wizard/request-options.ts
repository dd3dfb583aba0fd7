/** What every request to the endpoint and the test endpoint carries, read from the host's settings when each attempt starts. */
import { timeoutOf } from '../config/request-timeout.js';
import type { RequestOptions } from '../submission/connector-client.js';
import { readHeaders } from '../submission/request-headers.js';
import { retryPolicyOf, type RetryPolicy } from '../submission/retry-policy.js';
import type { FlowHost } from './later-api.js';

export type FlowRequestOptions = Pick<RequestOptions, 'headers'> & { timeoutMs: number; policy: RetryPolicy };

/** The options of the flow's requests, as the host configured them now; a protocol header in `requestHeaders` is told to the integrator once per name. */
export function requestOptions(h: FlowHost): () => FlowRequestOptions {
  const told = new Set<string>();
  const headers = async () => {
    const read = await readHeaders(h.config().requestHeaders);
    if ('problem' in read) return read.problem;
    for (const name of read.ignored) {
      if (told.has(name.toLowerCase())) continue;
      told.add(name.toLowerCase());
      h.fail('config', `requestHeaders: ${name} is the protocol's own header, so it was ignored.`);
    }
    return read.headers;
  };
  return () => ({ timeoutMs: timeoutOf(h.config().requestTimeout), policy: retryPolicyOf(h.config().retryPolicy), headers });
}
