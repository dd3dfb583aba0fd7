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
import { PATTERN_VALUE_LIMIT, isSecretField } from '../../dist/catalogue/catalogue-schema.js';
import { compilePattern } from '../../dist/catalogue/linear-pattern.js';
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
/** The stand-in provider's results (`GET {prefix}/oauth/result`): kept this long, at most this many. */
const OAUTH_RESULT_TTL_MS = 10 * 60 * 1000;
const OAUTH_RESULT_MAX = 10_000;
/** A state as the widget makes it (and as the callback accepts it). */
const OAUTH_STATE = /^[A-Za-z0-9_-]{16,200}$/;
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
    const oauthRoute = url.pathname.startsWith(`${prefix}/oauth/`) ? url.pathname.slice(prefix.length + 7) : '';
    if (oauthRoute === 'result') {
      oauthResult(req, res, url);
      return true;
    }
    if (oauthRoute === 'start' || oauthRoute === 'consent' || oauthRoute === 'callback') {
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
   * The demo's stand-in for asking the real system (no internet): a small table of what the
   * "system" knows. A credential containing "unreachable" makes the system unreachable (502); one
   * containing "wrong" is refused for that field (422). Otherwise the answer lists what was checked
   * and as whom (`account`, `checks`, see docs/endpoint-protocol.md):
   * - format: every credential matches its field's catalogue `pattern` (skipped when none has one);
   * - account: the store or account identifier resolves to a demo account, unless it contains
   *   "unknown" (for `oauth2-authorization-code`, the identifier field if any, then `connectionRef`);
   * - permissions: a secret containing "readonly" can only read (passed for sign-ins);
   * - environment: no value matches the other environment's `environmentPatterns` (skipped when the
   *   auth type has none).
   * A failed check makes the answer a 422 problem whose `errors` are the failed checks with a
   * pointer. Secrets are never echoed: not in a detail, nor in the account name.
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
    const { account, checks } = connectionChecks(body, wrong.length ? `/credentials/${wrong[0][0]}` : undefined);
    const failed = checks.filter((c) => c.status === 'failed');
    if (failed.length || wrong.length) {
      // A refused credential is pointed at as it always was; the other failed checks say why themselves.
      const refused = wrong.map(([k]) => ({ pointer: `/credentials/${k}`, detail: REFUSED }));
      const found = failed.filter((c) => c.pointer && !refused.some((e) => e.pointer === c.pointer)).map((c) => ({ pointer: c.pointer, detail: c.detail }));
      // One sentence per failed check (each has a detail), as text.
      const detail = wrong.length ? 'The system refused these credentials.' : failed.map((c) => `${c.detail ?? `${c.label}: failed`}.`).join(' ');
      problem(res, 422, TYPES.rejected, 'Credentials rejected', detail, {}, { errors: [...refused, ...found], ...(account ? { account } : {}), checks });
      return 422;
    }
    json(res, 200, { ok: true, ...(account ? { account } : {}), checks });
    return 200;
  }

  /** The detail on a credential containing "wrong" (the browser tests look for it). */
  const REFUSED = 'The system refused this value; check it and try again';
  /** How a demo account is named when the key itself is all the system has to go on. */
  const DEMO_COMPANIES = ['Demo Store', 'Northwind Traders', 'Tailspin Toys', 'Wide World Importers'];
  /**
   * The stand-in's demo accounts, per sample system: the credentials that identify the account (the
   * first one given is used), what the system calls it, and its display name. `byKey`: the key
   * itself identifies the account, so a demo company is picked from it (never echoed when secret).
   * A URL identifies the account by its host. Other systems use their first non-secret text or URL
   * field, else their first secret (like `byKey`).
   * @type {Record<string, { fields: string[], noun: string, name?: (id: string) => string, byKey?: boolean }>}
   */
  const DEMO_ACCOUNTS = {
    shopify: { fields: ['shop'], noun: 'store called', name: (id) => `${id}.myshopify.com` },
    bigcommerce: { fields: ['storeHash'], noun: 'store with the hash', name: (id) => `BigCommerce store ${id}` },
    woocommerce: { fields: ['storeUrl'], noun: 'store at' },
    'adobe-commerce': { fields: ['baseUrl'], noun: 'store at' },
    netsuite: {
      fields: ['accountId'],
      noun: 'account',
      name: (id) => `NetSuite account ${id}${/[_-]sb\d*$/i.test(id) ? ' (sandbox)' : /[_-]rp$/i.test(id) ? ' (release preview)' : ''}`,
    },
    brightpearl: { fields: ['accountCode'], noun: 'account', name: (id) => `Brightpearl account ${id}` },
    peoplevox: { fields: ['clientId'], noun: 'client', name: (id) => `Peoplevox client ${id}` },
    shipstation: { fields: ['apiKey'], noun: 'account', byKey: true },
    mintsoft: { fields: ['apiKey', 'username'], noun: 'account', byKey: true },
    xero: { fields: ['clientId'], noun: 'organisation', byKey: true },
  };
  /** Catalogue patterns, compiled once each, for the linear-time matcher (as the schemas do). */
  const compiledPatterns = new Map();

  /**
   * Whether a credential matches a catalogue pattern, in the linear-time matcher the client's
   * schemas use (never `new RegExp` on a catalogue pattern with a person's value). A pattern the
   * matcher refuses was already left out, and reported, when the catalogue was read.
   * @param {string} pattern
   * @param {{ maxLength?: number }} field
   * @param {string} value
   * @returns {boolean | undefined} undefined when it cannot be told (the value is too long to check)
   */
  function matchesPattern(pattern, field, value) {
    const limit = field.maxLength ?? PATTERN_VALUE_LIMIT;
    if (value.length > limit) return undefined;
    const id = `${limit}:${pattern}`;
    let test = compiledPatterns.get(id);
    if (!test) {
      const check = compilePattern(pattern, limit);
      test = check.ok ? check.test : () => undefined;
      compiledPatterns.set(id, test);
    }
    return test(value);
  }

  /** @typedef {{ id: string, label: string, status: 'passed' | 'failed' | 'skipped', detail?: string, pointer?: string }} TestCheck */

  /**
   * The stand-in's checks for a valid body, in order: format, account, permissions, environment.
   * @param {any} body a body that passed validate
   * @param {string | undefined} refusedAt the pointer of a credential the system refused ("wrong")
   * @returns {{ account?: string, checks: TestCheck[] }}
   */
  function connectionChecks(body, refusedAt) {
    const system = catalogue.systems.find((s) => s.id === body.system);
    const authType = system?.authTypes.find((a) => a.id === body.authType);
    if (!system || !authType) return { checks: [] };
    const credentials = body.credentials ?? {};
    /** @param {string} key */
    const valueOf = (key) => {
      const value = Object.hasOwn(credentials, key) ? credentials[key] : undefined;
      return typeof value === 'string' && value !== '' ? value : undefined;
    };
    /** @param {string} key */
    const pointer = (key) => `/credentials/${key}`;
    /** A non-secret value as it may be echoed (JSON only, never HTML). */
    const shown = (value) => (value.length > 60 ? `${value.slice(0, 59)}…` : value);
    const oauth = authType.kind === 'oauth2-authorization-code';
    const given = authType.fields.filter((f) => valueOf(f.key) !== undefined);
    /** @type {TestCheck[]} */
    const checks = [];

    // format
    const patterned = given.filter((f) => f.pattern);
    const misfit = patterned.find((f) => matchesPattern(/** @type {string} */ (f.pattern), f, /** @type {string} */ (valueOf(f.key))) === false);
    checks.push({
      id: 'format',
      label: 'Values have the expected format',
      ...(misfit
        ? { status: 'failed', detail: misfit.patternMessage ?? `${misfit.label} does not have the expected format`, pointer: pointer(misfit.key) }
        : patterned.length
          ? { status: 'passed' }
          : { status: 'skipped', detail: 'These credentials have no fixed format to check' }),
    });

    // account
    const known = DEMO_ACCOUNTS[system.id];
    const field = known
      ? known.fields.map((key) => given.find((f) => f.key === key)).find(Boolean)
      : (given.find((f) => !isSecretField(f) && (f.type === 'text' || f.type === 'url')) ?? given.find((f) => isSecretField(f)));
    let account;
    /** @type {{ status: 'passed' | 'failed', detail?: string, pointer?: string }} */
    let found = { status: 'passed' };
    if (refusedAt) found = { status: 'failed', detail: REFUSED, pointer: refusedAt };
    else if (field) {
      const value = /** @type {string} */ (valueOf(field.key));
      const secret = isSecretField(field);
      let id = value;
      if (field.type === 'url') {
        try {
          id = new URL(value).host;
        } catch {
          id = value;
        }
      }
      const what = `${system.name} ${known?.noun ?? 'account'}`;
      if (id.toLowerCase().includes('unknown'))
        found = { status: 'failed', detail: secret ? `No ${what} uses this ${field.label}` : `No ${what} “${shown(id)}” was found`, pointer: pointer(field.key) };
      else if (known?.name) account = known.name(shown(id));
      else if (field.type === 'url') account = shown(id);
      else if (known?.byKey || secret)
        account = `${DEMO_COMPANIES[createHash('sha256').update(`${system.id}:${value}`).digest()[0] % DEMO_COMPANIES.length]} (${system.name})`;
      else account = `${system.name} account ${shown(id)}`;
    }
    const ref = oauth ? (valueOf('connectionRef') ?? '') : '';
    if (oauth && found.status === 'passed' && ref.toLowerCase().includes('unknown'))
      found = { status: 'failed', detail: `This ${system.name} sign-in was not found; sign in again`, pointer: pointer('connectionRef') };
    // Without an identifier, a sign-in is named as the stand-in provider names it.
    if (found.status === 'passed') account ??= oauth ? `demo-account@${system.id}.example` : `${system.name} demo account`;
    else account = undefined;
    checks.push({ id: 'account', label: 'Account found', ...found });

    // permissions
    const noun =
      /** @type {Record<string, string>} */ ({ token: 'token', 'api-key': 'key', basic: 'user', oauth1: 'token', 'oauth2-client-credentials': 'app' })[authType.kind] ??
      'token';
    const readonly = oauth ? undefined : given.find((f) => isSecretField(f) && /** @type {string} */ (valueOf(f.key)).toLowerCase().includes('readonly'));
    checks.push({
      id: 'permissions',
      label: 'Has the permissions this connector needs',
      ...(found.status === 'failed'
        ? { status: 'skipped', detail: refusedAt ? 'Not checked, because the system refused the credentials' : 'Not checked, because the account was not found' }
        : readonly
          ? { status: 'failed', detail: `This ${noun} can read but not write orders and products; give it write access`, pointer: pointer(readonly.key) }
          : { status: 'passed' }),
    });

    // environment
    const live = body.environment === 'live';
    const other = live ? 'test' : 'live';
    const telling = given.filter((f) => f.environmentPatterns?.live || f.environmentPatterns?.test);
    // As the widget's warning (in its words): a value that matches the other environment's pattern.
    const misplaced = telling.find((f) => {
      const theirs = f.environmentPatterns?.[other];
      return theirs !== undefined && matchesPattern(theirs, f, /** @type {string} */ (valueOf(f.key))) === true;
    });
    checks.push({
      id: 'environment',
      label: live ? 'Matches a live account' : 'Matches a testing account',
      ...(misplaced
        ? {
            status: 'failed',
            detail: live
              ? `This ${misplaced.label} looks like a testing one, but this connector is live`
              : `This ${misplaced.label} looks like a live one, but this connector is for testing`,
            pointer: pointer(misplaced.key),
          }
        : telling.length
          ? { status: 'passed' }
          : { status: 'skipped', detail: 'No way to tell live from testing credentials for this system' }),
    });
    return { ...(account ? { account } : {}), checks };
  }

  /**
   * The stand-in provider's results, kept per state for `oauth-result-url`: the message the
   * callback page posts (a connection reference and an account name, never a token), used once,
   * forgotten after 10 minutes. In memory only; insertion order is age order.
   * @type {Map<string, { message: unknown, expires: number }>}
   */
  const oauthResults = new Map();

  /**
   * Keeps the first result for a state (a reloaded callback page does not replace it).
   * @param {string} state
   * @param {unknown} message
   */
  function keepOauthResult(state, message) {
    const now = Date.now();
    const kept = oauthResults.get(state);
    if (kept && kept.expires > now) return;
    oauthResults.delete(state);
    if (oauthResults.size >= OAUTH_RESULT_MAX) {
      for (const [key, value] of oauthResults) if (value.expires <= now) oauthResults.delete(key);
      for (const key of oauthResults.keys()) {
        if (oauthResults.size < OAUTH_RESULT_MAX) break;
        oauthResults.delete(key);
      }
    }
    oauthResults.set(state, { message, expires: now + OAUTH_RESULT_TTL_MS });
  }

  /**
   * `GET {prefix}/oauth/result?state=…`, what `oauth-result-url` asks when the popup lost its
   * opener: 200 with the callback's message (then forgotten: single use), or 404 while there is
   * none (not finished, already taken, or expired). Readable cross-origin (with credentials) by a
   * page on a loopback origin or on this host over https, so a widget on another port can poll.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   */
  function oauthResult(req, res, url) {
    const origin = allowedOrigin(header(req, 'origin'), req);
    /** @type {Record<string, string>} */
    const cors = origin ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' } : { Vary: 'Origin' };
    if (req.method === 'OPTIONS') {
      const asked = header(req, 'access-control-request-headers') ?? '';
      res.writeHead(204, {
        ...cors,
        ...(origin
          ? {
              'Access-Control-Allow-Methods': 'GET',
              ...(/^[A-Za-z0-9-]+(?:\s*,\s*[A-Za-z0-9-]+)*$/.test(asked) ? { 'Access-Control-Allow-Headers': asked } : {}),
              ...(header(req, 'access-control-request-private-network') === 'true' ? { 'Access-Control-Allow-Private-Network': 'true' } : {}),
              'Access-Control-Max-Age': '600',
            }
          : {}),
        'Cache-Control': 'no-store',
      });
      res.end();
      return;
    }
    if (req.method !== 'GET') {
      problem(res, 405, TYPES.badRequest, 'Method not allowed', `${req.method} is not supported here.`, { ...cors, Allow: 'GET, OPTIONS' });
      return;
    }
    const state = url.searchParams.get('state') ?? '';
    if (!OAUTH_STATE.test(state)) {
      problem(res, 400, TYPES.badRequest, 'Bad request', 'Send the state of the sign-in as the state query parameter.', cors);
      return;
    }
    const kept = oauthResults.get(state);
    oauthResults.delete(state);
    if (!kept || kept.expires <= Date.now()) {
      problem(res, 404, TYPES.notFound, 'Not finished', 'This sign-in has not finished yet, or its result was already collected or has expired.', cors);
      return;
    }
    json(res, 200, kept.message, undefined, cors);
  }

  /**
   * A stand-in OAuth provider, so the authorization-code flow runs end to end on 127.0.0.1:
   * - `GET {prefix}/oauth/start?system=&authType=&state=` (plus `variant`, `return`, `coop`,
   *   `broadcast`): a consent page whose Allow / Deny (`#allow`, `#deny`) lead to the callback.
   *   It reads the widget's origin from `Referer` and passes it on as `opener`.
   * - With `coop=1` they lead first to `{prefix}/oauth/consent?…&result=allow|deny`, served with
   *   `Cross-Origin-Opener-Policy: same-origin` as real providers do: the popup passes through it
   *   and loses `window.opener`; it goes straight on to the callback.
   * - `{prefix}/oauth/callback?…&result=allow|deny`: keeps the result for `GET {prefix}/oauth/result`,
   *   then posts it to the widget (`window.opener.postMessage(message, widgetOrigin)`), or
   *   without an opener returns to `return` (same tab), or else posts it on
   *   `BroadcastChannel('connector-wizard-oauth')` (unless `broadcast=0`), as DESIGN.md describes.
   * Nothing here is a real token: the connection reference is random.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   */
  function oauthPage(req, res, url) {
    const q = url.searchParams;
    const state = q.get('state') ?? '';
    const system = catalogue.systems.find((s) => s.id === q.get('system'));
    const variant = q.get('variant') ?? '';
    const html = (body, script = '') =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Sign in</title>` +
      `<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}a.button{display:inline-block;padding:.5rem 1rem;margin:.25rem .5rem .25rem 0;border:2px solid #0b0c0c;color:#0b0c0c;text-decoration:none}a.allow{background:#00703c;color:#fff;border-color:#00703c}</style>` +
      `</head><body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
    const esc = (t) => String(t).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    // Everything put inside <script> is JSON with <, >, & and line separators escaped.
    const js = (value) => JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const page = (status, body, script = '', headers = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
      res.end(html(body, script));
    };
    /** The same parameters for the next hop (the optional ones only when given). */
    const onward = (path, result, opener = q.get('opener') ?? '') => {
      const next = new URLSearchParams({ state, system: system?.id ?? '', result, variant, return: q.get('return') ?? '' });
      for (const [name, value] of [
        ['authType', q.get('authType') ?? ''],
        ['coop', q.get('coop') ?? ''],
        ['broadcast', q.get('broadcast') ?? ''],
        ['opener', opener],
      ])
        if (value) next.set(name, value);
      return `${prefix}/oauth/${path}?${next}`;
    };
    if (url.pathname.endsWith('/start')) {
      if (!system) {
        res.writeHead(400, { 'Content-Type': 'text/html; charset=utf-8' }).end(html('<h1>Unknown system</h1>'));
        return;
      }
      // The widget's origin, for the callback's postMessage: from Referer (origin only).
      let opener = '';
      try {
        opener = allowedOrigin(new URL(header(req, 'referer') ?? '').origin, req);
      } catch {
        opener = '';
      }
      const next = q.get('coop') === '1' ? 'consent' : 'callback';
      const foreign = variant === 'foreign' ? `http://127.0.0.1:${req.socket.localPort}` : '';
      // `auto=allow|deny` answers at once, as a person would click (for scripted runs, e.g. a popup on another origin).
      const auto = q.get('auto') === 'allow' || q.get('auto') === 'deny' ? foreign + onward(next, q.get('auto'), opener) : '';
      page(
        200,
        `<h1>Sign in to ${esc(system.name)}</h1><p>Allow <strong>connector-wizard demo</strong> to read and write data in your ${esc(system.name)} account?</p>` +
          `<p><a class="button allow" id="allow" href="${esc(foreign + onward(next, 'allow', opener))}">Allow</a><a class="button" id="deny" href="${esc(foreign + onward(next, 'deny', opener))}">Deny</a></p>`,
        auto ? `location.replace(${js(auto)});` : '',
      );
      return;
    }
    if (!OAUTH_STATE.test(state) || !system) {
      res.writeHead(400, { 'Content-Type': 'text/html; charset=utf-8' }).end(html('<h1>Bad sign-in request</h1>'));
      return;
    }
    const result = q.get('result') === 'allow' ? 'allow' : 'deny';
    if (url.pathname.endsWith('/consent')) {
      // A real provider's sign-in page: this header severs the popup from its opener.
      const callback = onward('callback', result);
      page(200, `<p>Signing in to ${esc(system.name)}…</p><p><a id="continue" href="${esc(callback)}">Continue</a></p>`, `location.replace(${js(callback)});`, {
        'Cross-Origin-Opener-Policy': 'same-origin',
      });
      return;
    }
    const ok = result === 'allow';
    const ref = `conn_${randomUUID().replace(/-/g, '').slice(0, 20)}`;
    const message = ok
      ? { type: 'connector-wizard-oauth', state, ok: true, connection: { ref, account: `demo-account@${system.id}.example` } }
      : { type: 'connector-wizard-oauth', state, ok: false, error: 'You denied access.' };
    // Test variants: a message the widget must ignore (and nothing else).
    const messages =
      variant === 'wrong-state'
        ? [{ ...message, state: 'not-the-state' }]
        : variant === 'malformed'
          ? [{ type: 'connector-wizard-oauth', state, ok: 'yes', connection: 42 }]
          : variant === 'replay'
            ? [message, { ...message, connection: { ref: 'conn_replayed', account: 'someone-else' } }]
            : [message];
    keepOauthResult(state, messages[0]);
    // Posted to the widget's origin (passed on from the start page), else to this one.
    const opener = allowedOrigin(q.get('opener') ?? '', req);
    const target = variant === 'foreign' ? "'*'" : opener ? js(opener) : 'location.origin';
    // Same-tab return: only to this server's own origin (never an open redirect).
    const here = `http://${req.headers.host}`;
    let returnTo = '';
    try {
      const candidate = new URL(q.get('return') ?? '', here);
      if (q.get('return') && candidate.origin === here && !/[\u0000-\u001f]/.test(q.get('return') ?? '')) returnTo = candidate.href;
    } catch {
      returnTo = '';
    }
    // No opener (a COOP page cut it off, or the same-tab flow): back to `return`, else on the
    // BroadcastChannel, which reaches the widget when its page has this origin.
    const broadcast =
      q.get('broadcast') === '0'
        ? ''
        : "try { const channel = new BroadcastChannel('connector-wizard-oauth'); for (const m of messages) channel.postMessage(m); channel.close(); } catch {}";
    const script =
      `const messages=${js(messages)};` +
      `if (window.opener) { for (const m of messages) window.opener.postMessage(m, ${target}); ${variant ? '' : 'window.close();'} }` +
      (returnTo
        ? ` else location.replace(${js(returnTo)} + '#connector-wizard-oauth=' + encodeURIComponent(JSON.stringify(messages[0])));`
        : ` else { ${broadcast} ${variant ? '' : 'setTimeout(() => window.close(), 200);'} }`);
    page(200, `<p>${ok ? 'Connected. You can close this window.' : 'Access was denied. You can close this window.'}</p>`, script);
  }

  return { handle, catalogue };
}

/**
 * An origin this server trusts to be the widget's (`opener`) or to read OAuth results (CORS):
 * loopback (`localhost`, 127.0.0.0/8, `[::1]`, any port, http or https), this server's own
 * origin, or https on this server's host name. Returns the origin, or '' for anything else.
 * @param {string | undefined} value
 * @param {import('node:http').IncomingMessage} req
 */
function allowedOrigin(value, req) {
  if (!value) return '';
  let origin;
  try {
    origin = new URL(value);
  } catch {
    return '';
  }
  // Only a bare, normalized origin: no path, user, query or fragment.
  if (origin.origin !== value || (origin.protocol !== 'http:' && origin.protocol !== 'https:')) return '';
  const host = req.headers.host ?? '';
  let hostname = '';
  try {
    hostname = new URL(`http://${host}`).hostname;
  } catch {
    hostname = '';
  }
  const loopback = origin.hostname === 'localhost' || origin.hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(origin.hostname);
  const sameHost = value === `http://${host}` || (origin.protocol === 'https:' && hostname !== '' && origin.hostname === hostname);
  return loopback || sameHost ? origin.origin : '';
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
