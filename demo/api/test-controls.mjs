// @ts-check
/**
 * Controls only the test server turns on (`faults: true`), per namespace, kept in memory:
 * - `POST {ns}/__faults` `{faults: [...]}` queues faults for the next connector requests, in order:
 *   `{kind: "drop"}` (the connection dies mid-response), `{kind: "lose-response"}` (a create
 *   happens, its answer is lost), `{kind: "status", status, retryAfter?, retryAfterDate?, headers?,
 *   body?, json?, type?}`, `{kind: "slow", delayMs}` (waits, then handles), `{kind: "late", delayMs}` (handles,
 *   then waits before answering), `{kind: "invalid", errors}`; any but `late` may add `delayMs` to
 *   wait before it is applied, `held: true` to wait until `POST {ns}/__release` (at most a minute);
 *   `{kind: "late", held: true}` handles the request, then holds its answer until that release
 *   (a change made, its answer still on the way, for as long as the test needs); and any may add
 *   `method` ("POST") to wait for a request of that method;
 *   `{requireHeader: {name, value}}` (`null` ends it) has every later request without that header
 *   and value refused with a 403 problem, as a CSRF check or a bearer token's is (after any fault);
 * - `POST {ns}/__release`: answers the requests held by a fault with `held: true` (a `late` one
 *   only once it has been handled: until then it is not counted as released);
 * - `GET {ns}/__log`: method, path, query, key and a keyed body hash per connector request;
 * - `GET {ns}/__held`: how many requests a `held: true` fault holds now (`{held}`), so a test can
 *   wait until the request reached the server before it stops it, and how many held ones the page
 *   gave up on (`{gaveUp}`: their connection closed unanswered, as an aborted fetch closes it);
 * - `POST {ns}/__clock` `{advanceMs}`: moves this namespace's clock on (idempotency keys expire);
 * - `GET {ns}/__stats`: how many connectors and keys the namespace holds, and their bytes.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { TYPES, json, methodNotAllowed, parseJson, problem, readBody } from './http.mjs';

/**
 * @typedef {({ kind: 'drop' } | { kind: 'lose-response' } | { kind: 'slow', delayMs: number } | { kind: 'late', delayMs?: number } | { kind: 'invalid', errors: { pointer: string, detail: string }[] }
 *   | { kind: 'status', status: number, retryAfter?: string, retryAfterDate?: number, body?: unknown, json?: unknown, type?: string, headers?: Record<string, string> }) & { delayMs?: number, held?: boolean, method?: string }} Fault
 * @typedef {{ at: string, method: string, path: string, query: string, idempotencyKey?: string, ifMatch?: string, bodySha256?: string, status: number | 'dropped' }} LogEntry
 * @typedef {{ faults: Fault[], log: LogEntry[], clockOffsetMs: number, held: (() => void)[], gaveUp: number, required?: { name: string, value: string } }} Space
 */

/** A log and a fault queue this long is more than any test needs. */
const MAX_ENTRIES = 1000;
/**
 * Bodies carry credentials, so the log only ever holds a hash keyed with a key that lives in this
 * process's memory: it cannot be brute-forced back to a password.
 */
const PROCESS_KEY = randomBytes(32);
const FAULT_JSON_DEPTH = 10_000;

/**
 * The connection dies mid-response, so the browser sees a network error. Closing without a byte
 * would let Chromium resend the request by itself on a reused keep-alive socket (hiding the
 * fault); conflicting lengths make it fail the response instead.
 * @param {any} c a Hono context served by @hono/node-server
 */
export function dropConnection(c) {
  const socket = c.env?.incoming?.socket;
  if (!socket) return problem(500, TYPES.injected, 'Injected drop', 'This server cannot drop a connection here.');
  socket.end('HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n');
  socket.destroy();
  return RESPONSE_ALREADY_SENT;
}

export function createTestControls() {
  /** @type {Map<string, Space>} */
  const spaces = new Map();
  /** @param {string} ns */
  const space = (ns) => {
    let s = spaces.get(ns);
    if (!s) spaces.set(ns, (s = { faults: [], log: [], clockOffsetMs: 0, held: [], gaveUp: 0 }));
    return s;
  };

  return {
    /** This namespace's clock, in ms. @param {string} ns */
    now: (ns) => Date.now() + (spaces.get(ns)?.clockOffsetMs ?? 0),

    /** @param {string} text */
    bodyHash: (text) => createHmac('sha256', PROCESS_KEY).update(text).digest('hex'),

    /** @param {string} ns @param {LogEntry} entry */
    log(ns, entry) {
      const s = space(ns);
      if (s.log.length < MAX_ENTRIES) s.log.push(entry);
    },

    /** The first fault queued for this request's method (or for any). @param {string} ns @param {string} method @returns {Fault | undefined} */
    nextFault(ns, method) {
      const faults = spaces.get(ns)?.faults ?? [];
      const at = faults.findIndex((f) => !f.method || f.method === method);
      return at < 0 ? undefined : faults.splice(at, 1)[0];
    },

    /**
     * A 403 for a request without the header the namespace requires, else undefined.
     * @param {string} ns @param {(name: string) => string | undefined} header
     */
    refusedHeader(ns, header) {
      const required = spaces.get(ns)?.required;
      if (!required || header(required.name) === required.value) return undefined;
      return problem(403, TYPES.badRequest, 'Forbidden', `This request needs a valid ${required.name} header.`);
    },

    /** Waits until `POST {ns}/__release` (at most a minute), or until the page gives the request up (counted). @param {any} c @returns {Promise<void>} */
    hold(c) {
      const s = space(c.req.param('ns') ?? '');
      return new Promise((release) => {
        const answer = () => release(undefined);
        s.held.push(answer);
        /** @type {AbortSignal} */ (c.req.raw.signal).addEventListener(
          'abort',
          () => {
            const at = s.held.indexOf(answer);
            if (at < 0) return;
            s.held.splice(at, 1);
            s.gaveUp++;
            answer();
          },
          { once: true },
        );
        setTimeout(answer, 60_000);
      });
    },

    /**
     * After a `late` fault's request was handled: waits its `delayMs`, or until released if `held`.
     * @param {any} c
     * @param {Fault | undefined} fault
     */
    async answerLate(c, fault) {
      if (fault?.kind !== 'late') return;
      if (fault.held) await this.hold(c);
      else await new Promise((r) => setTimeout(r, Math.min(Number(fault.delayMs) || 0, 60_000)));
    },

    /**
     * Answers a fault that replaces the request's handling, or undefined to go on (after a delay).
     * @param {any} c
     * @param {Fault | undefined} fault
     * @returns {Promise<Response | undefined>}
     */
    async apply(c, fault) {
      // `delayMs` delays any fault's answer (a slow 422, a drop); `late` waits after handling instead.
      if (fault?.delayMs && fault.kind !== 'late') await new Promise((r) => setTimeout(r, Math.min(Number(fault.delayMs) || 0, 60_000)));
      // Held until the test releases it: a window that no busy machine closes early, as a delay can.
      if (fault?.held && fault.kind !== 'late') await this.hold(c);
      if (fault?.kind === 'drop') return dropConnection(c);
      if (fault?.kind === 'invalid')
        return problem(422, TYPES.invalid, 'The connector is not valid', 'Some answers were refused by the server.', {}, { errors: fault.errors });
      if (fault?.kind !== 'status') return undefined;
      // retryAfterDate: seconds from now, sent as an HTTP date computed when the response goes out.
      const retryAfter = fault.retryAfterDate !== undefined ? new Date(Date.now() + fault.retryAfterDate * 1000).toUTCString() : fault.retryAfter;
      const headers = { ...(fault.headers ?? {}), ...(retryAfter ? { 'Retry-After': retryAfter } : {}) };
      // Statuses that carry no body (a PATCH's 204 No Content) get none.
      if ([204, 205, 304].includes(fault.status)) return new Response(null, { status: fault.status, headers });
      if (typeof fault.body === 'string') return new Response(fault.body, { status: fault.status, headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers } });
      // Any JSON at all, for tests of what the client does with a strange server.
      if (fault.json !== undefined) return json(fault.status, fault.json, fault.type ?? 'application/json', headers);
      return problem(fault.status, TYPES.injected, `Injected ${fault.status}`, 'A fault the test asked for.', headers);
    },

    /**
     * The control routes, on a Hono app mounted per namespace.
     * @param {import('hono').Hono<any>} resource
     * @param {() => Promise<{ stats(ns: string): Promise<unknown> }>} store
     */
    routes(resource, store) {
      /** @param {any} c */
      const ns = (c) => c.req.param('ns') ?? '';
      /** @param {any} c */
      const body = async (c) => {
        const read = await readBody(c.req.raw);
        if (!read.ok) return read;
        // Faults may carry strange answers 2,000 levels deep (the security tests); not 100,000.
        return parseJson(read.text, {}, FAULT_JSON_DEPTH);
      };
      resource.post('/__faults', async (c) => {
        const parsed = await body(c);
        if (!parsed.ok) return parsed.response;
        const s = space(ns(c));
        const faults = Array.isArray(parsed.value?.faults) ? parsed.value.faults : [];
        s.faults.push(...faults.slice(0, MAX_ENTRIES - s.faults.length));
        const required = parsed.value?.requireHeader;
        if (required !== undefined) s.required = required && { name: String(required.name), value: String(required.value) };
        return json(200, { queued: s.faults.length });
      });
      resource.get('/__log', (c) => json(200, spaces.get(ns(c))?.log ?? []));
      resource.get('/__held', (c) => json(200, { held: spaces.get(ns(c))?.held.length ?? 0, gaveUp: spaces.get(ns(c))?.gaveUp ?? 0 }));
      resource.post('/__release', (c) => {
        const held = space(ns(c)).held.splice(0);
        for (const release of held) release();
        return json(200, { released: held.length });
      });
      resource.post('/__clock', async (c) => {
        const parsed = await body(c);
        if (!parsed.ok) return parsed.response;
        const s = space(ns(c));
        s.clockOffsetMs += Math.max(0, Number(parsed.value?.advanceMs) || 0);
        return json(200, { offsetMs: s.clockOffsetMs });
      });
      resource.get('/__stats', async (c) => json(200, await (await store()).stats(ns(c))));
      resource.all('/:control{__(?:faults|log|held|clock|stats|release)}', (c) =>
        methodNotAllowed(c.req.method, ['__faults', '__release'].includes(c.req.param('control')) ? 'POST' : 'GET, POST'),
      );
    },
  };
}
