// @ts-check
/**
 * HTTP pieces the reference API shares: problem details (RFC 9457), bounded body reading, and which
 * origins may call it from a browser (CORS). Web-standard Request/Response only, as Hono uses.
 */

/** Bodies larger than this are refused (413) before they are parsed. */
export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * JSON nested deeper than this is refused (400) before it is parsed: a connector is 2 levels deep,
 * and code that walks a parsed value recursively (hashing, validation) must never meet 100,000.
 */
export const MAX_JSON_DEPTH = 64;
export const PROBLEM = 'application/problem+json';

/** Problem `type`s are relative URI references (RFC 9457 §3.1.1); clients match on the last segment. */
export const TYPES = {
  duplicate: '/problems/duplicate-connector',
  editConflict: '/problems/edit-conflict',
  connectorChanged: '/problems/connector-changed',
  invalid: '/problems/invalid-connector',
  idempotency: '/problems/idempotency-key-reuse',
  badRequest: '/problems/bad-request',
  tooLarge: '/problems/too-large',
  notFound: '/problems/not-found',
  injected: '/problems/injected-fault',
  rejected: '/problems/credentials-rejected',
  unreachable: '/problems/system-unreachable',
  storage: '/problems/storage-failed',
  unavailable: '/problems/unavailable',
  internal: '/problems/internal-error',
};

/**
 * @param {number} status
 * @param {unknown} body
 * @param {string} [type] the media type
 * @param {Record<string, string>} [headers]
 */
export function json(status, body, type = 'application/json', headers = {}) {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store', ...headers },
  });
}

/**
 * @param {number} status
 * @param {string} type
 * @param {string} title
 * @param {string} detail
 * @param {Record<string, string>} [headers]
 * @param {Record<string, unknown>} [extra]
 */
export function problem(status, type, title, detail, headers = {}, extra = {}) {
  return json(status, { type, title, status, detail, ...extra }, PROBLEM, headers);
}

/** @param {{ pointer: string, detail: string }[]} errors */
export function invalid(errors, detail = `${errors.length} answer${errors.length === 1 ? ' was' : 's were'} refused.`) {
  return problem(422, TYPES.invalid, 'The connector is not valid', detail, {}, { errors });
}

export const notFound = () => problem(404, TYPES.notFound, 'No such connector', 'This connector does not exist, or no longer does.');

/**
 * @param {string} method
 * @param {string} allow
 */
export const methodNotAllowed = (method, allow) => problem(405, TYPES.badRequest, 'Method not allowed', `${method} is not supported here.`, { Allow: allow });

/**
 * Reads the body as text, at most MAX_BODY_BYTES of it.
 * @param {Request} request
 * @returns {Promise<{ ok: true, text: string } | { ok: false, response: Response }>}
 */
export async function readBody(request) {
  const tooLarge = () => ({ ok: /** @type {const} */ (false), response: problem(413, TYPES.tooLarge, 'Too large', 'The body is larger than 1 MB.', { Connection: 'close' }) });
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return tooLarge();
  if (!request.body) return { ok: true, text: '' };
  const reader = request.body.getReader();
  /** @type {Uint8Array[]} */
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      return tooLarge();
    }
    chunks.push(value);
  }
  return { ok: true, text: Buffer.concat(chunks).toString('utf8') };
}

/**
 * Parses JSON text, refusing text nested deeper than MAX_JSON_DEPTH (counted without recursion).
 * @param {string} text
 * @param {unknown} [empty] what an empty body means
 * @param {number} [maxDepth]
 * @returns {{ ok: true, value: any } | { ok: false, response: Response }}
 */
export function parseJson(text, empty, maxDepth = MAX_JSON_DEPTH) {
  if (text.trim() === '' && empty !== undefined) return { ok: true, value: empty };
  if (!depthWithin(text, maxDepth)) return { ok: false, response: problem(400, TYPES.badRequest, 'Bad request', `The body is nested more than ${maxDepth} levels deep.`) };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: problem(400, TYPES.badRequest, 'Bad request', 'The body is not valid JSON.') };
  }
}

/**
 * @param {string} text
 * @param {number} max
 */
function depthWithin(text, max) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return false;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return true;
}

/**
 * An origin this server trusts to be the widget's (`opener`) or to call it from a browser (CORS):
 * loopback (`localhost`, 127.0.0.0/8, `[::1]`, any port, http or https), this server's own
 * origin, or https on this server's host name. Returns the origin, or '' for anything else.
 * @param {string | undefined | null} value
 * @param {string} host the request's Host header
 */
export function allowedOrigin(value, host) {
  if (!value) return '';
  let origin;
  try {
    origin = new URL(value);
  } catch {
    return '';
  }
  // Only a bare, normalized origin: no path, user, query or fragment.
  if (origin.origin !== value || (origin.protocol !== 'http:' && origin.protocol !== 'https:')) return '';
  let hostname = '';
  try {
    hostname = new URL(`http://${host}`).hostname;
  } catch {
    hostname = '';
  }
  const loopback = isLoopback(origin.hostname);
  const sameHost = value === `http://${host}` || (origin.protocol === 'https:' && hostname !== '' && origin.hostname === hostname);
  return loopback || sameHost ? origin.origin : '';
}

/** @param {string} hostname as URL gives it (`[::1]` with brackets) */
export const isLoopback = (hostname) => hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);

/**
 * CORS headers for a request from `origin` (already checked with allowedOrigin), and for a
 * preflight the methods and headers it may use.
 * @param {Request} request
 * @param {string} origin
 * @param {{ methods: string, credentials?: boolean, expose?: string }} options
 * @returns {Record<string, string>}
 */
export function corsHeaders(request, origin, options) {
  if (!origin) return { Vary: 'Origin' };
  /** @type {Record<string, string>} */
  const headers = { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
  if (options.credentials) headers['Access-Control-Allow-Credentials'] = 'true';
  if (options.expose) headers['Access-Control-Expose-Headers'] = options.expose;
  if (request.method === 'OPTIONS') {
    const asked = request.headers.get('access-control-request-headers') ?? '';
    headers['Access-Control-Allow-Methods'] = options.methods;
    if (/^[A-Za-z0-9-]+(?:\s*,\s*[A-Za-z0-9-]+)*$/.test(asked)) headers['Access-Control-Allow-Headers'] = asked;
    if (request.headers.get('access-control-request-private-network') === 'true') headers['Access-Control-Allow-Private-Network'] = 'true';
    headers['Access-Control-Max-Age'] = '600';
  }
  return headers;
}
