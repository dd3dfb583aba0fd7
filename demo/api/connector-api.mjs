// @ts-check
/**
 * The reference server for the endpoint protocol of DESIGN.md: GET and POST of connectors,
 * idempotent creates, problem details (RFC 9457) with JSON pointers, and a test endpoint.
 * It validates with the client's own zod schemas (the built package in dist/), plus checks only
 * a server can make. It never returns, stores or logs credentials.
 *
 * Used by `npm start` (Vite middleware, data in demo/data/) and by the browser tests
 * (web-test-runner middleware, in memory, with fault injection per namespace).
 */
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseCatalogue, summariseProblems } from '../../dist/catalogue/parse-catalogue.js';
import { connectorPayloadSchema } from '../../dist/schemas/connector-payload-schema.js';
import { toPointer } from '../../dist/schemas/feedback.js';

const MAX_BODY_BYTES = 1024 * 1024;
/**
 * Bodies carry credentials, so they are only ever fingerprinted with a key that lives in this
 * process's memory: a fingerprint on disk or in a log cannot be brute-forced back to a password.
 */
const PROCESS_KEY = randomBytes(32);
const PROCESS_ID = randomUUID();
const PROBLEM = 'application/problem+json';
/** Problem `type`s are relative URI references (RFC 9457 §3.1.1); clients match on the last segment. */
const TYPES = {
  duplicate: '/problems/duplicate-connector',
  invalid: '/problems/invalid-connector',
  idempotency: '/problems/idempotency-key-reuse',
  badRequest: '/problems/bad-request',
  tooLarge: '/problems/too-large',
  notFound: '/problems/not-found',
  injected: '/problems/injected-fault',
  rejected: '/problems/credentials-rejected',
  unreachable: '/problems/system-unreachable',
  storage: '/problems/storage-failed',
};

/**
 * @typedef {{ id: string, name: string, system: string, group?: string, environment: 'live' | 'test',
 *   timeZone: string, dateFormat: string, authType: string, createdAt: string }} Connector
 * @typedef {{ kind: 'drop' } | { kind: 'lose-response' } | { kind: 'status', status: number, retryAfter?: string, retryAfterDate?: number, body?: unknown, headers?: Record<string, string> }
 *   | { kind: 'slow', delayMs: number } | { kind: 'invalid', errors: { pointer: string, detail: string }[] }} Fault
 * @typedef {{ at: string, method: string, path: string, idempotencyKey?: string, bodySha256?: string, status: number | 'dropped' }} LogEntry
 * @typedef {{ connectors: Connector[], idempotency: Record<string, { publicSha256: string, secretHmac: string, processId: string, status: number, body: unknown }>,
 *   faults: Fault[], log: LogEntry[], lock: Promise<unknown> }} Namespace
 */

/**
 * @param {{ catalogue: unknown, groups?: { id: string, name: string }[], dataFile?: string,
 *   faults?: boolean, prefix?: string, log?: Pick<Console, 'warn'> }} options
 */
export function createConnectorApi(options) {
  // The same reading as the widget's: a broken system is left out, not a reason to refuse the rest.
  const parsed = parseCatalogue(options.catalogue);
  if (!parsed.ok) throw new Error(`connector-api: the catalogue is not valid:\n${parsed.problems.map((p) => p.message).join('\n')}`);
  if (parsed.problems.length) {
    const log = options.log ?? console;
    log.warn(`connector-api: ${summariseProblems(parsed.problems)}\n${parsed.problems.map((p) => `  - ${p.message}`).join('\n')}`);
  }
  const catalogue = parsed.catalogue;
  const groups = options.groups ?? [];
  const prefix = options.prefix ?? '/api';
  const schema = connectorPayloadSchema(catalogue);
  /** @type {Map<string, Namespace>} */
  const namespaces = new Map();
  let writing = Promise.resolve();
  let loaded;

  const emptyNamespace = () => /** @type {Namespace} */ ({ connectors: [], idempotency: {}, faults: [], log: [], lock: Promise.resolve() });

  /** The default namespace is persisted when a data file is given; test namespaces live in memory. */
  async function namespace(name) {
    if (name === '' && options.dataFile && !loaded) {
      loaded = readFile(options.dataFile, 'utf8')
        .then((text) => {
          const data = JSON.parse(text);
          namespaces.set('', { ...emptyNamespace(), connectors: data.connectors ?? [], idempotency: data.idempotency ?? {} });
        })
        .catch((error) => {
          if (error.code !== 'ENOENT') console.warn(`connector-api: could not read ${options.dataFile}; starting empty (${error.message})`);
          namespaces.set('', emptyNamespace());
        });
    }
    if (name === '' && loaded) await loaded;
    let ns = namespaces.get(name);
    if (!ns) namespaces.set(name, (ns = emptyNamespace()));
    return ns;
  }

  /**
   * Write to a temporary file, then rename over the old one: a crash mid-write loses nothing.
   * Writes are queued; a failed write fails only its own request.
   */
  function persist(state) {
    const file = options.dataFile;
    if (!file) return Promise.resolve();
    const text = JSON.stringify({ connectors: state.connectors, idempotency: state.idempotency }, null, 2);
    const write = writing.then(async () => {
      await mkdir(dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
      await writeFile(tmp, text, { mode: 0o600 });
      await rename(tmp, file);
    });
    writing = write.catch(() => undefined);
    return write;
  }

  /** Creates run one at a time per namespace, so two requests cannot both take the same slot. */
  function exclusive(ns, run) {
    const result = ns.lock.then(run);
    ns.lock = result.catch(() => undefined);
    return result;
  }

  /**
   * Handles a request under the prefix; returns false for anything else so the host server can
   * pass it on. Connect-style, so Vite and (through a small adapter) Koa can both mount it.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(`${prefix}/`)) return false;
    if (url.pathname === `${prefix}/oauth/start` || url.pathname === `${prefix}/oauth/callback`) {
      oauthPage(req, res, url);
      return true;
    }
    const match = new RegExp(`^${prefix}(?:/ns/([A-Za-z0-9_-]{1,64}))?/(connectors(?:/test|/[A-Za-z0-9-]{1,64})?|groups|__faults|__log)/?$`).exec(url.pathname);
    if (!match) {
      problem(res, 404, TYPES.notFound, 'Not found', `No API resource at ${url.pathname}.`);
      return true;
    }
    const nsName = match[1] ?? '';
    // connectors/{id} is one connector (PATCH); connectors/test the test endpoint.
    const id = /^connectors\/(?!test$)([A-Za-z0-9-]+)$/.exec(match[2] ?? '')?.[1];
    const resource = id ? 'connector' : match[2];
    const ns = await namespace(nsName);
    const control = resource === '__faults' || resource === '__log';
    if (control) {
      if (!options.faults) problem(res, 404, TYPES.notFound, 'Not found', 'Fault injection is only available to the tests.');
      else if (resource === '__log' && req.method === 'GET') json(res, 200, ns.log);
      else if (resource === '__faults' && req.method === 'POST') {
        const body = await readJson(req, res);
        if (body === undefined) return true;
        ns.faults.push(...(Array.isArray(body.faults) ? body.faults : []));
        json(res, 200, { queued: ns.faults.length });
      } else problem(res, 405, TYPES.badRequest, 'Method not allowed', `${req.method} is not supported here.`);
      return true;
    }

    if (resource === 'groups') {
      json(res, 200, groups);
      return true;
    }
    // Only the tests' namespaces keep a request log (method, path, key and a body hash, so a test
    // can prove a retry resent the same body); the demo keeps none.
    const entry = /** @type {LogEntry} */ ({ at: new Date().toISOString(), method: req.method ?? '', path: url.pathname, status: 0 });
    entry.idempotencyKey = header(req, 'idempotency-key');
    if (options.faults) ns.log.push(entry);
    const raw = req.method === 'POST' || req.method === 'PATCH' ? await readBody(req, res) : '';
    if (raw === undefined) {
      entry.status = 413;
      return true;
    }
    if (raw) entry.bodySha256 = keyedHash(raw);
    const finish = (status) => (entry.status = status);

    const fault = ns.faults.shift();
    if (fault?.kind === 'drop') {
      entry.status = 'dropped';
      // The connection dies mid-response, so the browser sees a network error. Closing without
      // a byte would let Chromium resend the request by itself on a reused keep-alive socket
      // (hiding the fault); conflicting lengths make it fail the response instead.
      req.socket.end('HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n');
      req.socket.destroy();
      return true;
    }
    if (fault?.kind === 'slow') await new Promise((r) => setTimeout(r, Math.min(fault.delayMs, 60_000)));
    if (fault?.kind === 'status') {
      // retryAfterDate: seconds from now, sent as an HTTP date computed when the response goes out.
      const retryAfter = fault.retryAfterDate !== undefined ? new Date(Date.now() + fault.retryAfterDate * 1000).toUTCString() : fault.retryAfter;
      const headers = { ...(fault.headers ?? {}), ...(retryAfter ? { 'Retry-After': retryAfter } : {}) };
      if (fault.body !== undefined && typeof fault.body === 'string') {
        res.writeHead(fault.status, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
        res.end(fault.body);
      } else if (fault.json !== undefined) {
        // Any JSON at all, for tests of what the client does with a strange server.
        res.writeHead(fault.status, { 'Content-Type': `${fault.type ?? 'application/json'}; charset=utf-8`, ...headers });
        res.end(JSON.stringify(fault.json));
      } else problem(res, fault.status, TYPES.injected, `Injected ${fault.status}`, 'A fault the test asked for.', headers);
      finish(fault.status);
      return true;
    }
    if (fault?.kind === 'invalid') {
      problem(res, 422, TYPES.invalid, 'The connector is not valid', 'Some answers were refused by the server.', {}, { errors: fault.errors });
      finish(422);
      return true;
    }

    if (resource === 'connectors' && req.method === 'GET') {
      json(res, 200, ns.connectors.map(publicView));
      finish(200);
      return true;
    }
    if (resource === 'connector') {
      if (req.method !== 'PATCH') {
        problem(res, 405, TYPES.badRequest, 'Method not allowed', `${req.method} is not supported here.`, { Allow: 'PATCH' });
        finish(405);
        return true;
      }
      let changes;
      try {
        changes = JSON.parse(raw);
      } catch {
        problem(res, 400, TYPES.badRequest, 'Bad request', 'The body is not valid JSON.');
        finish(400);
        return true;
      }
      finish(await exclusive(ns, () => update(res, ns, id, changes)));
      return true;
    }
    if (req.method !== 'POST') {
      problem(res, 405, TYPES.badRequest, 'Method not allowed', `${req.method} is not supported on ${url.pathname}.`, { Allow: 'GET, POST' });
      finish(405);
      return true;
    }
    if (!/^application\/json\b/i.test(header(req, 'content-type') ?? '')) {
      problem(res, 415, TYPES.badRequest, 'Unsupported media type', 'Send the connector as application/json.');
      finish(415);
      return true;
    }
    let body;
    try {
      body = JSON.parse(raw);
    } catch {
      problem(res, 400, TYPES.badRequest, 'Bad request', 'The body is not valid JSON.');
      finish(400);
      return true;
    }
    if (fault?.kind === 'lose-response') {
      // The create happens, but the answer never arrives: what idempotency keys exist for.
      const sink = /** @type {any} */ ({ writeHead: () => sink, end: () => undefined });
      finish(await exclusive(ns, () => create(req, sink, ns, body)));
      entry.status = 'dropped';
      req.socket.end('HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n');
      req.socket.destroy();
      return true;
    }
    const status = resource === 'connectors/test' ? testConnection(res, body) : await exclusive(ns, () => create(req, res, ns, body));
    finish(status);
    return true;
  }

  /** @returns {Promise<number>} */
  async function create(req, res, ns, body) {
    const key = header(req, 'idempotency-key');
    if (!key || !/^[A-Za-z0-9_-]{8,128}$/.test(key)) {
      problem(res, 400, TYPES.badRequest, 'Idempotency-Key required', 'Send an Idempotency-Key header (a UUID) with every create.');
      return 400;
    }
    const fingerprint = bodyFingerprint(body);
    // Keys are the client's data (`constructor` is a valid one): never an inherited member.
    const previous = Object.hasOwn(ns.idempotency, key) ? ns.idempotency[key] : undefined;
    if (previous) {
      // After a restart the credentials part cannot be compared (its key is gone): the rest must match.
      const same = previous.publicSha256 === fingerprint.publicSha256 && (previous.processId !== PROCESS_ID || previous.secretHmac === fingerprint.secretHmac);
      if (!same) {
        problem(res, 422, TYPES.idempotency, 'Idempotency-Key reused', 'This Idempotency-Key was used for a different connector; use a new key.');
        return 422;
      }
      json(res, previous.status, previous.body, previous.status >= 400 ? PROBLEM : undefined);
      return previous.status;
    }
    const errors = validate(body);
    if (errors.length) {
      problem(res, 422, TYPES.invalid, 'The connector is not valid', `${errors.length} answer${errors.length === 1 ? ' was' : 's were'} refused.`, {}, { errors });
      return 422;
    }
    const taken = ns.connectors.find((c) => c.system === body.system && (c.group ?? '') === (body.group ?? '') && c.environment === body.environment);
    if (taken) {
      const system = catalogue.systems.find((s) => s.id === body.system)?.name ?? body.system;
      const group = groups.find((g) => g.id === body.group)?.name;
      const env = body.environment === 'live' ? 'live' : 'testing';
      problem(
        res,
        409,
        TYPES.duplicate,
        'Connector already exists',
        `A ${env} ${system} connector already exists${group ? ` in ${group}` : ''}.`,
        {},
        {
          errors: [{ pointer: '/environment', detail: `A ${env} ${system} connector already exists${group ? ` in ${group}` : ''}.` }],
        },
      );
      return 409;
    }
    /** @type {Connector} */
    const connector = {
      id: randomUUID(),
      name: body.name.trim(),
      system: body.system,
      ...(body.group ? { group: body.group } : {}),
      environment: body.environment,
      timeZone: body.timeZone,
      dateFormat: body.dateFormat,
      authType: body.authType,
      createdAt: new Date().toISOString(),
    };
    const next = {
      connectors: [...ns.connectors, connector],
      idempotency: { ...ns.idempotency, [key]: { ...fingerprint, processId: PROCESS_ID, status: 201, body: publicView(connector) } },
    };
    // On disk first: a 201 is only ever replayed for a connector that was really saved.
    try {
      await persist(next);
    } catch (error) {
      console.error(`connector-api: could not save connectors: ${/** @type {Error} */ (error).message}`);
      problem(res, 503, TYPES.storage, 'Could not save', 'The connector could not be saved; try again.', { 'Retry-After': '1' });
      return 503;
    }
    ns.connectors = next.connectors;
    ns.idempotency = next.idempotency;
    json(res, 201, publicView(connector), undefined, { Location: `${prefix}/connectors/${connector.id}` });
    return 201;
  }

  /**
   * PATCH {endpoint}/{id}: the changed fields; credentials left out (or empty) keep the current
   * ones. The result is validated as a whole, like a create, with the stored credentials standing
   * in for the ones not sent (this server never stores credentials, so a stand-in keeps their
   * place only for validation when the authentication type stays the same).
   */
  async function update(res, ns, id, changes) {
    const current = ns.connectors.find((c) => c.id === id);
    if (!current) {
      problem(res, 404, TYPES.notFound, 'No such connector', 'This connector does not exist, or no longer does.');
      return 404;
    }
    if (!changes || typeof changes !== 'object' || Array.isArray(changes)) {
      problem(res, 400, TYPES.badRequest, 'Bad request', 'Send the changed fields as a JSON object.');
      return 400;
    }
    const { credentials: newCredentials, id: _ignored, ...fields } = changes;
    const merged = { ...current, ...fields };
    const errors = validateUpdate(merged, current, newCredentials);
    if (errors.length) {
      problem(res, 422, TYPES.invalid, 'The connector is not valid', `${errors.length} answer${errors.length === 1 ? ' was' : 's were'} refused.`, {}, { errors });
      return 422;
    }
    const taken = ns.connectors.find((c) => c.id !== id && c.system === merged.system && (c.group ?? '') === (merged.group ?? '') && c.environment === merged.environment);
    if (taken) {
      const system = catalogue.systems.find((s) => s.id === merged.system)?.name ?? merged.system;
      const group = groups.find((g) => g.id === merged.group)?.name;
      const env = merged.environment === 'live' ? 'live' : 'testing';
      const detail = `A ${env} ${system} connector already exists${group ? ` in ${group}` : ''}.`;
      problem(res, 409, TYPES.duplicate, 'Connector already exists', detail, {}, { errors: [{ pointer: '/environment', detail }] });
      return 409;
    }
    const updated = { ...merged, name: String(merged.name).trim(), updatedAt: new Date().toISOString() };
    const next = ns.connectors.map((c) => (c.id === id ? updated : c));
    try {
      await persist({ connectors: next, idempotency: ns.idempotency });
    } catch {
      problem(res, 503, TYPES.storage, 'Could not save', 'The connector could not be saved; try again.', { 'Retry-After': '1' });
      return 503;
    }
    ns.connectors = next;
    json(res, 200, publicView(updated));
    return 200;
  }

  function validateUpdate(merged, current, newCredentials) {
    if (merged.system !== current.system) return [{ pointer: '/system', detail: 'The system of a connector cannot be changed; create a new connector instead' }];
    const given =
      newCredentials && typeof newCredentials === 'object' && !Array.isArray(newCredentials)
        ? Object.fromEntries(Object.entries(newCredentials).filter(([, v]) => v !== '' && v !== null && v !== undefined))
        : {};
    const sameAuth = merged.authType === current.authType;
    // Same authentication type: credentials not sent keep their current values, so only the
    // ones sent are checked. A new type needs all of its own.
    // Field keys are data (`constructor`, `toString`): only own properties count as sent.
    return validate({ ...merged, credentials: given }).filter((e) => !(sameAuth && e.pointer.startsWith('/credentials/') && !Object.hasOwn(given, e.pointer.slice(13))));
  }

  /** Client rules (the shared zod schema) plus what only the server knows: the company's groups. */
  function validate(body) {
    const result = schema.safeParse(body);
    /** @type {{ pointer: string, detail: string }[]} */
    const errors = result.success ? [] : result.error.issues.map((i) => ({ pointer: toPointer(i.path), detail: i.message }));
    if (body && typeof body === 'object' && groups.length) {
      if (!body.group) errors.push({ pointer: '/group', detail: 'Choose the company group this connector belongs to' });
      else if (!groups.some((g) => g.id === body.group)) errors.push({ pointer: '/group', detail: `There is no company group “${String(body.group).slice(0, 60)}”` });
    }
    const seen = new Set();
    return errors.filter((e) => !seen.has(e.pointer) && seen.add(e.pointer));
  }

  /**
   * The demo's stand-in for asking the real system: a credential containing "wrong" is refused
   * for that field, "unreachable" makes the system unreachable; anything else works.
   */
  function testConnection(res, body) {
    const errors = validate(body);
    if (errors.length) {
      problem(res, 422, TYPES.invalid, 'The connector is not valid', 'Some answers were refused.', {}, { errors });
      return 422;
    }
    const values = Object.entries(body.credentials ?? {});
    if (values.some(([, v]) => typeof v === 'string' && v.includes('unreachable'))) {
      problem(res, 502, TYPES.unreachable, 'System unreachable', 'The system did not answer.');
      return 502;
    }
    const wrong = values.filter(([, v]) => typeof v === 'string' && v.toLowerCase().includes('wrong'));
    if (wrong.length) {
      problem(
        res,
        422,
        TYPES.rejected,
        'Credentials rejected',
        'The system refused these credentials.',
        {},
        {
          errors: wrong.map(([k]) => ({ pointer: `/credentials/${k}`, detail: 'The system refused this value; check it and try again' })),
        },
      );
      return 422;
    }
    json(res, 200, { ok: true });
    return 200;
  }

  /**
   * A stand-in OAuth provider, so the authorization-code flow runs end to end on 127.0.0.1: a
   * consent page, then a callback page on this origin that posts the result to the widget
   * (`window.opener.postMessage(message, widgetOrigin)`), as DESIGN.md describes. Nothing here
   * is a real token: the connection reference is random.
   */
  function oauthPage(req, res, url) {
    const q = url.searchParams;
    const state = q.get('state') ?? '';
    const system = catalogue.systems.find((s) => s.id === q.get('system'));
    const html = (body, script = '') =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Sign in</title>` +
      `<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}a.button{display:inline-block;padding:.5rem 1rem;margin:.25rem .5rem .25rem 0;border:2px solid #0b0c0c;color:#0b0c0c;text-decoration:none}a.allow{background:#00703c;color:#fff;border-color:#00703c}</style>` +
      `</head><body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
    const esc = (t) => String(t).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    if (url.pathname.endsWith('/start')) {
      if (!system) {
        res.writeHead(400, { 'Content-Type': 'text/html; charset=utf-8' }).end(html('<h1>Unknown system</h1>'));
        return;
      }
      const back = (result) => {
        const next = new URLSearchParams({ state, system: system.id, result, variant: q.get('variant') ?? '', return: q.get('return') ?? '' });
        return `${prefix}/oauth/callback?${next}`;
      };
      const foreign = q.get('variant') === 'foreign' ? `http://127.0.0.1:${req.socket.localPort}` : '';
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(
        html(
          `<h1>Sign in to ${esc(system.name)}</h1><p>Allow <strong>connector-wizard demo</strong> to read and write data in your ${esc(system.name)} account?</p>` +
            `<p><a class="button allow" id="allow" href="${esc(foreign + back('allow'))}">Allow</a><a class="button" id="deny" href="${esc(foreign + back('deny'))}">Deny</a></p>`,
        ),
      );
      return;
    }
    if (!/^[A-Za-z0-9_-]{16,200}$/.test(state) || !system) {
      res.writeHead(400, { 'Content-Type': 'text/html; charset=utf-8' }).end(html('<h1>Bad sign-in request</h1>'));
      return;
    }
    const ok = q.get('result') === 'allow';
    const ref = `conn_${randomUUID().replace(/-/g, '').slice(0, 20)}`;
    const message = ok
      ? { type: 'connector-wizard-oauth', state, ok: true, connection: { ref, account: `demo-account@${q.get('system')}.example` } }
      : { type: 'connector-wizard-oauth', state, ok: false, error: 'You denied access.' };
    // Test variants: a message the widget must ignore (and nothing else).
    const variant = q.get('variant');
    const messages =
      variant === 'wrong-state'
        ? [{ ...message, state: 'not-the-state' }]
        : variant === 'malformed'
          ? [{ type: 'connector-wizard-oauth', state, ok: 'yes', connection: 42 }]
          : variant === 'replay'
            ? [message, { ...message, connection: { ref: 'conn_replayed', account: 'someone-else' } }]
            : [message];
    const target = variant === 'foreign' ? '*' : null;
    // Same-tab return: only to this server's own origin (never an open redirect).
    const here = `http://${req.headers.host}`;
    let returnTo = '';
    try {
      const candidate = new URL(q.get('return') ?? '', here);
      if (q.get('return') && candidate.origin === here && !/[\u0000-\u001f]/.test(q.get('return') ?? '')) returnTo = candidate.href;
    } catch {
      returnTo = '';
    }
    // Everything put inside <script> is JSON with <, >, & and line separators escaped.
    const js = (value) => JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const script =
      `const messages=${js(messages)};` +
      `if (window.opener) { for (const m of messages) window.opener.postMessage(m, ${target ? "'*'" : 'location.origin'}); ${variant ? '' : 'window.close();'} }` +
      (returnTo ? ` else location.replace(${js(returnTo)} + '#connector-wizard-oauth=' + encodeURIComponent(JSON.stringify(messages[0])));` : '');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(html(`<p>${ok ? 'Connected. You can close this window.' : 'Access was denied. You can close this window.'}</p>`, script));
  }

  return { handle, catalogue };
}

/** A connector as the API shows it: never credentials (they are not even stored here). */
function publicView(c) {
  const { createdAt: _createdAt, ...rest } = c;
  return rest;
}

function header(req, name) {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function keyedHash(text) {
  return createHmac('sha256', PROCESS_KEY).update(text).digest('hex');
}

/** The body without credentials, hashed plainly (it holds no secret), and the credentials keyed. */
function bodyFingerprint(body) {
  const { credentials, ...rest } = body ?? {};
  const canonical = JSON.stringify(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b)));
  return {
    publicSha256: createHash('sha256').update(canonical).digest('hex'),
    secretHmac: keyedHash(JSON.stringify(Object.entries(credentials ?? {}).sort(([a], [b]) => a.localeCompare(b)))),
  };
}

function json(res, status, body, type = 'application/json', extra = {}) {
  res.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store', ...extra });
  res.end(JSON.stringify(body));
}

function problem(res, status, type, title, detail, headers = {}, extra = {}) {
  json(res, status, { type, title, status, detail, ...extra }, PROBLEM, headers);
}

/** @returns {Promise<string | undefined>} undefined when the body was refused (response sent). */
function readBody(req, res) {
  return new Promise((resolve) => {
    let size = 0;
    /** @type {Buffer[]} */
    const chunks = [];
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        problem(res, 413, TYPES.tooLarge, 'Too large', 'The body is larger than 1 MB.');
        req.destroy();
        resolve(undefined);
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(undefined));
  });
}

async function readJson(req, res) {
  const raw = await readBody(req, res);
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw || '{}');
  } catch {
    problem(res, 400, TYPES.badRequest, 'Bad request', 'The body is not valid JSON.');
    return undefined;
  }
}
