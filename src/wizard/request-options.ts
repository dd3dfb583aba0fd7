/** What every request to the endpoint and the test endpoint carries, read from the host's settings when each attempt starts. */
import { timeoutOf } from '../config/request-timeout.js';
import type { RequestOptions } from '../submission/connector-client.js';
import { masked } from '../submission/mask-secrets.js';
import { readHeaders } from '../submission/request-headers.js';
import { retryPolicyOf, type RetryPolicy } from '../submission/retry-policy.js';
import type { ConnectorPayload } from '../schemas/wizard-data.js';
import type { FlowHost } from './later-api.js';

/**
 * A header that carries a credential, by a part of its name: `Authorization`, `X-CSRF-Token`, `X-XSRF-TOKEN`, `X-API-Key`, `X-Session-Id`,
 * `X-JWT-Assertion`, `X-Credentials`, `X-Passphrase` (not `X-Author`, `X-Passenger`, `X-Credit`).
 */
const CREDENTIAL =
  /(?:^|[-_])(?:auth|authori[sz]ation|authentication|\w*token|csrf|xsrf|\w*key|secret|session|password|signature|jwt|assertion|credentials?|pass(?:phrase|code)?)(?:$|[-_])/iu;

/**
 * A `Basic` header's `user:password`, decoded (UTF-8), and its secrets: the password and, where that is a placeholder shorter than 4
 * characters or empty, the user name (an API key sent as the user: `key:` as Stripe takes it, `key:X` as Freshdesk does). A user name beside
 * a password is no secret. None for another header, or one that is not base64.
 */
function basicSecrets(value: string): { pair: string; secrets: string[] } | undefined {
  const encoded = /^basic +(\S+)$/iu.exec(value)?.[1];
  try {
    const decoded = encoded && new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0)));
    const colon = decoded ? decoded.indexOf(':') : -1;
    if (!decoded || colon < 0) return undefined;
    const [user, password] = [decoded.slice(0, colon), decoded.slice(colon + 1)];
    return { pair: decoded, secrets: password.length < PLACEHOLDER ? [password, user] : [password] };
  } catch {
    return undefined;
  }
}

/** A Basic password shorter than this (`X`, `x`, none) stands in for one: the user name is the key. */
const PLACEHOLDER = 4;

/** An auth scheme's named values (`Token token="abc", email="…"`, `OAuth oauth_token="…"`): each value whose name is a credential's (see CREDENTIAL), unquoted. */
function namedSecrets(value: string): string[] {
  const params = /^\S+ +(.+)$/u.exec(value)?.[1] ?? '';
  return [...params.matchAll(/([\w-]+) *= *("(?:[^"\\]|\\.)*"|[^\s,]+)/gu)].flatMap(([, name, raw]) =>
    CREDENTIAL.test(name!) ? [raw!.startsWith('"') ? raw!.slice(1, -1).replace(/\\(.)/gu, '$1') : raw!] : [],
  );
}

export type FlowRequestOptions = Pick<RequestOptions, 'headers' | 'mask'> & { timeoutMs: number; policy: RetryPolicy };

/** The options of the flow's requests, as the host configured them now, answers masked (the host's credential headers, and the secrets of `sent`); a protocol header in `requestHeaders` is told to the integrator once per name. */
export function requestOptions(h: FlowHost): (sent?: ConnectorPayload) => FlowRequestOptions {
  const told = new Set<string>();
  /** The headers read for one attempt, and the values of those that carry a credential added to `tokens` (a Basic header's secret to `secrets`). */
  const headers = async (tokens: Set<string>, secrets: Set<string>) => {
    const read = await readHeaders(h.config().requestHeaders);
    if ('problem' in read) return read.problem;
    // `Bearer abc` is repeated as `abc` too; `Token token="abc"` as `abc`; `Basic` as the `user:password` it encodes, and its secret.
    for (const [name, value] of read.headers) {
      if (!CREDENTIAL.test(name)) continue;
      const basic = basicSecrets(value);
      for (const token of [value, value.replace(/^\S+ +/u, ''), basic?.pair, ...namedSecrets(value)]) if (token) tokens.add(token);
      for (const secret of basic?.secrets ?? []) if (secret) secrets.add(secret);
    }
    for (const name of read.ignored) {
      if (told.has(name.toLowerCase())) continue;
      told.add(name.toLowerCase());
      h.fail('config', `requestHeaders: ${name} is the protocol's own header, so it was ignored.`);
    }
    return read.headers;
  };
  return (sent?: ConnectorPayload) => {
    /**
     * The values of the credential headers this request sent, each attempt's (a bearer token, a CSRF token, an API key): an answer that
     * repeats one has it masked, as a secret sent; a retry's answer may be the one the server kept from an attempt before, with its token.
     */
    const tokens = new Set<string>();
    // A Basic header's password (and its user name, an API key, beside a placeholder password) is a secret by its place, however short: masked as one typed, not as a header's value (see masked).
    const secrets = new Set<string>();
    return {
      timeoutMs: timeoutOf(h.config().requestTimeout),
      policy: retryPolicyOf(h.config().retryPolicy),
      headers: () => headers(tokens, secrets),
      // A list sends no secret of the person's, but the host's headers: an entry repeating one (a name made up around a token) is masked too.
      mask: (body: unknown) => masked(body, sent, h.system(), [...tokens], [...secrets]),
    };
  };
}
