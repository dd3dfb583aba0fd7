import * as z from 'zod/mini';
import { noncharactersOut } from '../messages/isolate.js';
import type { StoredConnector } from '../schemas/connector-payload-schema.js';
import type { ConnectorPayload } from '../schemas/wizard-data.js';
import { stored, withoutCredentials } from './stored-connector.js';
import { clip, readReport, trimmed, type TestReport } from './test-report.js';
import { DEFAULT_RETRY_POLICY } from './retry-policy.js';
import { keyedErrors, namedError, pointerOf, withoutIndex } from './field-errors.js';
import { send, type Attempt, type RequestOptions } from './send-request.js';

/** Sending (the host's headers, timeouts, retries) is send-request.ts's; this reads what each answer means. */
export type { RequestOptions } from './send-request.js';

/** RFC 9457 problem details, as far as this client reads them. Everything is text, never markup. */
export interface Problem extends TestReport {
  type?: string;
  title?: string;
  detail?: string;
  status?: number;
  /** `key`: a field name the server gave that is no answer of the payload ("slug"), said before the message (see keyNamed). */
  errors: { pointer: string; detail: string; key?: string }[];
  /** How many errors the server listed past the 50 read: said as a count, so the person knows the list goes on. */
  more?: number;
  /** Those of the next 500 with a pointer: a field named only there is still marked (see placeProblem). */
  past?: { pointer: string; detail: string }[];
}

export type CreateResult =
  | { kind: 'created'; connector: StoredConnector & Record<string, unknown> }
  /** `unanswered` (here and below): an earlier attempt got no answer, so the server may have done it whatever this answer says. */
  | { kind: 'duplicate'; problem: Problem; unanswered?: boolean }
  /** `status`: the 422, or a 400 with errors (as Django REST framework answers one). */
  | { kind: 'invalid'; problem: Problem; status: number; unanswered?: boolean }
  | { kind: 'unauthorized'; status: number; problem?: Problem; unanswered?: boolean }
  | {
      kind: 'failed';
      /** `in-use`: a 409 saying the key is in use by a request still being handled (an earlier try), which may make it. */
      /** `offline`: the browser was offline before the attempt and after it, so nothing went out. */
      /** `refused`: an error status that is no other case; whether it may pass is said from `status` (failedRequest). */
      /** `redirect`: a redirect, never followed; its status is hidden (a 303 may say it was done), so the server may have done it. */
      reason: 'network' | 'offline' | 'timeout' | 'refused' | 'in-use' | 'retry-after-too-long' | 'bad-response' | 'headers' | 'redirect';
      /** `headers`: what was wrong with the host's headers (never a value). */
      detail?: string;
      /** An earlier attempt got no answer: the server may have done it. */
      unanswered?: boolean;
      status?: number;
      problem?: Problem;
      retryAfterMs?: number;
    }
  /** `unanswered`: a request (or an earlier attempt) went out and got no answer, so the server may have done it; without it, nothing was sent. */
  | { kind: 'aborted'; unanswered?: boolean };

export type TestResult =
  | ({ kind: 'ok' } & TestReport)
  /** The system refused the credentials. */
  | { kind: 'rejected'; problem: Problem }
  /** An answer is not valid (checked before the system is asked). */
  | { kind: 'invalid'; problem: Problem }
  /** `retryAfterMs`: how long the server asked to be left (a 429's Retry-After); `offline`: the browser was offline before and after it, so nothing went out. */
  | { kind: 'unreachable'; status?: number; problem?: Problem; retryAfterMs?: number; offline?: boolean }
  | { kind: 'unauthorized'; status: number }
  /** A redirect, never followed (it would resend the credentials): the test endpoint, or the page's session, is the host's to mend. */
  | { kind: 'redirected' }
  /** The host's headers could not be had (see RequestOptions.headers): nothing was sent. */
  | { kind: 'unprepared'; detail: string }
  | { kind: 'aborted' };

/** One of a problem's `errors`: a message, on its field when a pointer names one (else listed as text). */
const problemErrorSchema = z.object({ pointer: z.optional(z.string()), detail: z.string(), key: z.optional(z.string()) });

/** application/json, and any JSON type (`problem+json`, `vnd.api+json`). */
const saysJson = (response: Response) => /^application\/(?:[\w.-]+\+)?json\b/iu.test(response.headers.get('content-type') ?? '');

/**
 * A JSON answer's texts (member names too) without noncharacters, before its secrets are masked:
 * one inside an echo would hide it from the masking, and join it again where the wizard's own
 * marks are taken out (see noncharactersOut). A member name that would then be another's is kept as sent.
 */
function readText(body: unknown, depth = 0): unknown {
  if (typeof body === 'string') return noncharactersOut(body);
  if (typeof body !== 'object' || body === null) return body;
  // Nested past any answer the wizard reads (a trace 10,000 deep): left out, so reading and masking it never overflow the stack and lose the whole answer.
  if (depth > 64) return undefined;
  if (Array.isArray(body)) return body.map((item) => readText(item, depth + 1));
  const taken = new Set(Object.keys(body));
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => {
      const read = noncharactersOut(key);
      return [read === key || taken.has(read) ? key : (taken.add(read), read), readText(value, depth + 1)];
    }),
  );
}

/**
 * Reads a body only when it says it is JSON: an HTML error page from a proxy is never parsed,
 * let alone rendered.
 */
async function readJson(response: Response, mask = (body: unknown) => body): Promise<unknown> {
  if (!saysJson(response)) return undefined;
  try {
    return mask(readText(await response.json()));
  } catch {
    return undefined;
  }
}

/**
 * An error listed as `{ field, message }` (as many frameworks write one), or as JSON:API's `{ source: { pointer }, detail }` (its
 * pointer into the document, `/data/attributes/name`: on the field its last part names, or the credential after `credentials`), read as the protocol's `{ pointer, detail }`.
 */
function fielded(item: unknown): unknown {
  const { field, message, pointer, detail, source, title } = (typeof item === 'object' && item ? item : {}) as Record<string, unknown>;
  const at = (source as { pointer?: unknown } | null)?.pointer;
  if (pointer === undefined && typeof at === 'string' && typeof (detail ?? title) === 'string') {
    const path = withoutIndex(at.split('/').map((t) => t.replace(/~1/gu, '/').replace(/~0/gu, '~')));
    const [credential, said] = [path.lastIndexOf('credentials'), (detail ?? title) as string];
    // The document itself (`""`, `/data`, `/data/attributes`) names no field.
    if (['', 'data', 'attributes'].includes(path.at(-1)!)) return { detail: said };
    return namedError(credential > 0 && credential === path.length - 2 ? path.slice(credential) : path.slice(-1), said);
  }
  if (typeof message !== 'string' || pointer !== undefined || detail !== undefined) return item;
  return typeof field === 'string' ? namedError(field.split('.'), message) : { detail: message };
}

/** Members of a problem (RFC 9457's and the protocol's), never taken for a field's errors. */
const PROBLEM_MEMBERS = ['type', 'title', 'detail', 'status', 'instance', 'errors', 'invalid-params', 'checks', 'account'];

/** One of RFC 9457's `invalid-params` (its own example of a validation problem): `{ name, reason }`, read as a field's error keyed by name (or a pointer). */
function invalidParam(item: unknown): unknown {
  const { name, reason } = (typeof item === 'object' && item ? item : {}) as Record<string, unknown>;
  if (typeof reason !== 'string') return item;
  if (typeof name !== 'string') return { detail: reason };
  return /^#?\//u.test(name) ? { pointer: name, detail: reason } : namedError(name.split('.'), reason);
}

/**
 * Errors keyed by field name, in the shapes frameworks answer: `errors` as an object (Rails), or,
 * in a JSON body that is no problem (no `type`, no `title`, not problem+json), the body itself
 * (Django REST framework). A problem's extension members (RFC 9457's `balance`) are never read so.
 */
function fieldKeyed(response: Response, p: Record<string, unknown>, mask: RequestOptions['mask'] = (body) => body): unknown[] {
  const byName = (errors: object) => {
    const read = keyedErrors(errors);
    // Masked again as read: the body was masked as the protocol's members, so a message under a key the wizard reads (`environment`, `status`, `id`) kept an echoed secret. Past 550 none is read.
    return [...(mask(read.slice(0, 550)) as unknown[]), ...read.slice(550)];
  };
  if (typeof p.errors === 'object' && p.errors !== null) return byName(p.errors);
  if (p.errors !== undefined || p.type !== undefined || p.title !== undefined || /problem\+json/iu.test(response.headers.get('content-type') ?? '')) return [];
  // A field's errors are a list (or, nested, an object), never a text: a framework's own `{ "error": "Bad Request", "message": "…" }` names no field.
  return byName(Object.fromEntries(Object.entries(p).filter(([key, value]) => !PROBLEM_MEMBERS.includes(key) && typeof value === 'object' && value !== null)));
}

/**
 * A problem read member by member, as `checks` are: one member of an unexpected shape (an error
 * without a pointer, a `status` as text) loses only itself, never the type, the other errors or
 * their fields.
 */
async function readProblem(response: Response, mask?: RequestOptions['mask']): Promise<Problem | undefined> {
  const body = await readJson(response, mask);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const p = body as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? trimmed(value) : undefined);
  const [type, title, detail] = [text(p.type), text(p.title), text(p.detail)];
  // No `errors`: none, or null as a serializer writes an absent member.
  const params = Array.isArray(p['invalid-params']) && (p.errors ?? undefined) === undefined ? p['invalid-params'].map(invalidParam) : undefined;
  // Masked again as read, as errors keyed by name are (fieldKeyed): the body was masked as the protocol's members, which these are not.
  const list = Array.isArray(p.errors)
    ? p.errors.map(fielded)
    : params
      ? [...((mask ?? ((body) => body))(params.slice(0, 550)) as unknown[]), ...params.slice(550)]
      : fieldKeyed(response, p, mask);
  // Without a pointer: one no field has (`/#2`), so each such error is listed, not only the first; past the 50, only those with one count.
  const read = (items: unknown[], pointed?: boolean) =>
    items.flatMap((item, index) => {
      const e = problemErrorSchema.safeParse(item);
      return e.success && (!pointed || e.data.pointer !== undefined)
        ? [{ pointer: pointerOf(e.data.pointer ?? `/#${index}`).slice(0, 200), detail: clip(e.data.detail)!, ...(e.data.key ? { key: e.data.key.slice(0, 200) } : {}) }]
        : [];
    });
  const errors = read(list.slice(0, 50));
  const more = list.length - 50;
  const past = read(list.slice(50, 550), true);
  return {
    ...(type !== undefined ? { type } : {}),
    ...(title !== undefined ? { title: clip(title)! } : {}),
    ...(detail !== undefined ? { detail: clip(detail)! } : {}),
    ...(typeof p.status === 'number' ? { status: p.status } : {}),
    errors,
    ...(more > 0 ? { more } : {}),
    ...(past.length ? { past } : {}),
    ...readReport(body, mask),
  };
}

/** A refusal of answers: a 422, or a 400 with errors (as Django REST framework, and many others, answer one); a 400 with none is refused as it is. */
const fieldRefusal = (response: Response, problem: Problem | undefined): boolean =>
  problem !== undefined && (response.status === 422 || (response.status === 400 && problem.errors.length > 0));

/** A create's or an update's request that got no answer, or was not sent. */
function unsent(result: Attempt & { error: string; unanswered?: boolean }): CreateResult {
  if (result.error === 'aborted') return { kind: 'aborted', unanswered: result.unanswered };
  if ('detail' in result) return { kind: 'failed', reason: 'headers', detail: result.detail, unanswered: result.unanswered };
  return { kind: 'failed', reason: result.error as 'network' | 'offline' | 'timeout', ...(result.unanswered ? { unanswered: true } : {}) };
}

/**
 * Requests never follow redirects (a redirect would resend the credentials somewhere else),
 * never use the HTTP cache, and send cookies only to the page's own origin. `manual`: a redirect
 * comes back as an answer (opaque), said as one (a sign-in page for an ended session, a moved
 * path: the host's to mend), never as no answer, nor retried as one.
 */
const baseInit: RequestInit = { redirect: 'manual', cache: 'no-store', credentials: 'same-origin' };

/** POST {endpoint}: create a connector, idempotently. */
export const createConnector = (endpoint: string, payload: ConnectorPayload, idempotencyKey: string, options: RequestOptions) =>
  write('created', endpoint, payload, { 'Idempotency-Key': idempotencyKey }, options) as Promise<CreateResult>;

const ACCEPT = 'application/json, application/problem+json';

/**
 * A create (POST) or an update (PATCH) sent and its answer read: the same but for an update's 412
 * (changed elsewhere) and 404 (missing), which a create reads as any other refusal.
 */
async function write(kind: 'created' | 'updated', url: string, body: object, headers: Record<string, string>, options: RequestOptions): Promise<UpdateResult | CreateResult> {
  const update = kind === 'updated';
  const result = await send(
    url,
    { ...baseInit, method: update ? 'PATCH' : 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', Accept: ACCEPT, ...headers } },
    options,
  );
  if ('error' in result) return unsent(result);
  const { response } = result;
  if (response.type === 'opaqueredirect') return { kind: 'failed', reason: 'redirect', unanswered: true };
  // 201 (a create's) and 200 (an update's) are the protocol's; any 2xx says it happened (a 200 with the connector is one created, a 204 has no connector to show).
  if (response.ok) {
    const raw = stored(await readJson(response, options.mask));
    return raw ? { kind, connector: withoutCredentials(raw) } : { kind: 'failed', reason: 'bad-response', status: response.status };
  }
  if (update && response.status === 412) return { kind: 'changed' };
  const problem = await readProblem(response, options.mask);
  // The protocol's 404 is JSON (a problem) or empty; another body (an HTML page from a wrong path or a proxy) says the endpoint is set wrong.
  if (update && response.status === 404 && (saysJson(response) || !(await response.text().catch(() => '')).trim())) return { kind: 'missing' };
  return refused(result, response, problem);
}

/**
 * A create's or an update's answer that is not its success (nor, for an update, a 404 saying it is missing): the
 * same for both. A status that is no other case is `refused`, with its status: whether it passes (a 503, a 429) or
 * not (a 400, a 501) is for failedRequest (outcomes.ts) to say, the one place that rule is kept.
 */
function refused(result: Awaited<ReturnType<typeof send>>, response: Response, problem: Problem | undefined): Exclude<CreateResult, { kind: 'created' | 'aborted' }> {
  const withProblem = problem ? { problem } : {};
  // An earlier attempt got no answer (a lost 201, then a 403 as a CSRF token was used up): whatever this answer is, that one may have made it.
  const unanswered = result.unanswered ? { unanswered: true } : {};
  if (response.status === 401 || response.status === 403) return { kind: 'unauthorized', status: response.status, ...withProblem, ...unanswered };
  if (response.status === 409 && problem?.type?.endsWith('/duplicate-connector')) return { kind: 'duplicate', problem, ...unanswered };
  if (problem && fieldRefusal(response, problem)) return { kind: 'invalid', problem, status: response.status, ...unanswered };
  // The key is in use by a request still being handled (a retry after a timeout, another tab): that one may make it.
  const inUse = response.status === 409 && problem?.type?.endsWith('/idempotency-key-reuse') === true;
  const failed = { kind: 'failed', status: response.status, ...(result.unanswered || inUse ? { unanswered: true } : {}), ...withProblem } as const;
  const wait = result.retryAfterMs !== undefined ? { retryAfterMs: result.retryAfterMs } : {};
  if (inUse) return { ...failed, reason: 'in-use' };
  return result.gaveUp ? { ...failed, reason: 'retry-after-too-long', ...wait } : { ...failed, reason: 'refused', ...wait };
}

/** `changed`: a 412, the connector was changed since its revision (`If-Match`): nothing was saved. */
export type UpdateResult =
  { kind: 'updated'; connector: StoredConnector & Record<string, unknown> } | { kind: 'missing' } | { kind: 'changed' } | Exclude<CreateResult, { kind: 'created' }>;

/**
 * PATCH {endpoint}/{id}: the changed fields; credentials left out keep the current ones. The key
 * (one per save, the same for its retries) lets the server replay a save whose answer was lost;
 * `revision`, sent as `If-Match`, makes it refuse (412) a save over a change made elsewhere.
 */
export async function updateConnector(
  endpoint: string,
  id: string,
  changes: Record<string, unknown>,
  { idempotencyKey, revision }: { idempotencyKey: string; revision: string | undefined },
  options: RequestOptions,
): Promise<UpdateResult> {
  // The id goes on the path; a query the endpoint carries (`?tenant=acme`) stays the query.
  const url = new URL(endpoint, document.baseURI);
  url.pathname = `${url.pathname.replace(/\/+$/u, '')}/${encodeURIComponent(id)}`;
  return write(
    'updated',
    url.href,
    changes,
    { 'Idempotency-Key': idempotencyKey, ...(revision !== undefined ? { 'If-Match': `"${revision}"` } : {}) },
    options,
  ) as Promise<UpdateResult>;
}

/** Sent once: a list read when needed again, a test the person retries. */
const once = (options: RequestOptions): RequestOptions => ({ ...options, policy: { ...(options.policy ?? DEFAULT_RETRY_POLICY), attempts: 1 } });

/** GET {endpoint}: the existing connectors (for the one-live-one-testing rule). Undefined if that fails. */
/** What a list that could not be read was: no answer, or an answer that is no list of connectors. */
export type ListFailure = { failed: 'network' | 'server' | 'auth' | 'config'; detail: string };

/** The connectors listed, and how many entries were left out as no connector (see `stored`). */
export type Listed = StoredConnector[] & { dropped?: number };

export async function listConnectors(endpoint: string, options: RequestOptions): Promise<Listed | ListFailure | undefined> {
  const result = await send(endpoint, { ...baseInit, method: 'GET', headers: { Accept: 'application/json' } }, once(options));
  if ('error' in result) {
    if ('detail' in result) return { failed: 'config', detail: result.detail };
    if (result.error === 'aborted') return undefined;
    return { failed: 'network', detail: result.error === 'timeout' ? 'no answer in time' : result.error === 'offline' ? 'offline' : 'no answer' };
  }
  if (result.response.type === 'opaqueredirect') return { failed: 'config', detail: 'a redirect' };
  const { status } = result.response;
  if (!result.response.ok) return { failed: status === 401 || status === 403 ? 'auth' : 'server', detail: `HTTP ${status}` };
  let body: unknown;
  try {
    body = saysJson(result.response) ? (options.mask ?? ((b: unknown) => b))(readText(await result.response.json())) : undefined;
  } catch (error) {
    // The list stopped arriving: the element left (nothing to say), or the connection dropped or timed out (no answer), unlike a body that is no JSON.
    if (options.signal?.aborted) return undefined;
    if (!(error instanceof SyntaxError)) return { failed: 'network', detail: (error as Error).name === 'TimeoutError' ? 'no answer in time' : 'no answer' };
  }
  if (!Array.isArray(body)) return { failed: 'server', detail: `HTTP ${status} with no JSON list` };
  const listed = body.flatMap((item) => {
    const connector = stored(item);
    return connector ? [connector] : [];
  });
  return Object.assign(listed, { dropped: body.length - listed.length });
}

/** POST {test-endpoint}: does the system accept these credentials? Not retried: the person retries. */
export async function testConnection(endpoint: string, payload: ConnectorPayload, options: RequestOptions): Promise<TestResult> {
  const result = await send(
    endpoint,
    { ...baseInit, method: 'POST', body: JSON.stringify(payload), headers: { 'Content-Type': 'application/json', Accept: ACCEPT } },
    once(options),
  );
  if ('error' in result)
    return result.error === 'aborted'
      ? { kind: 'aborted' }
      : 'detail' in result
        ? { kind: 'unprepared', detail: result.detail }
        : { kind: 'unreachable', ...(result.error === 'offline' ? { offline: true } : {}) };
  const { response } = result;
  if (response.type === 'opaqueredirect') return { kind: 'redirected' };
  if (response.ok) {
    const body = await readJson(response, options.mask);
    if (typeof body !== 'object' || body === null || (body as { ok?: unknown }).ok !== true) return { kind: 'unreachable', status: response.status };
    return { kind: 'ok', ...readReport(body, options.mask) };
  }
  const problem = await readProblem(response, options.mask);
  if (response.status === 401 || response.status === 403) return { kind: 'unauthorized', status: response.status };
  if (problem && fieldRefusal(response, problem)) return problem.type?.endsWith('/credentials-rejected') ? { kind: 'rejected', problem } : { kind: 'invalid', problem };
  return { kind: 'unreachable', status: response.status, ...(problem ? { problem } : {}), retryAfterMs: result.retryAfterMs };
}
