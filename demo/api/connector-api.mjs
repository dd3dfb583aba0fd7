// @ts-check
/**
 * The reference server for the endpoint protocol of DESIGN.md, on Hono: GET, POST, PATCH and
 * DELETE of connectors, idempotent creates, problem details (RFC 9457) with JSON pointers, a test
 * endpoint, and a test of a saved connector with its stored credentials. It validates with the
 * client's own zod schemas (the built package in dist/), plus checks only a server can make.
 * Connectors live in Postgres (embedded PGlite by default, see storage.mjs); their credentials are
 * sealed with AES-256-GCM and never returned or logged.
 *
 * Served alone by `npm run api` (main.mjs), inside the Vite dev server by `npm start`, and inside
 * the test server by the browser tests (in memory, with the controls of test-controls.mjs).
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { parseCatalogue, summariseProblems } from '../../dist/catalogue/parse-catalogue.js';
import { createConnectionTester } from './connection-test.mjs';
import { open, seal } from './crypto.mjs';
import { PROBLEM, TYPES, allowedOrigin, corsHeaders, invalid, isLoopback, json, methodNotAllowed, notFound, parseJson, problem, readBody } from './http.mjs';
import { createOauthProvider } from './oauth-provider.mjs';
import { openStorage } from './storage.mjs';
import { createTestControls, dropConnection } from './test-controls.mjs';
import { createValidator } from './validation.mjs';

/** Idempotency keys are answered from for this long, then forgotten. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const PURGE_EVERY_MS = 10 * 60 * 1000;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/;
const ID = '[A-Za-z0-9-]{1,64}';
/** How many times an edit is applied again when other edits keep landing between its read and its write. */
const EDIT_ATTEMPTS = 5;

/**
 * @typedef {import('./db/store.mjs').Connector} Connector
 * @typedef {import('./storage.mjs').Storage} Storage
 * @typedef {{ catalogue: unknown, groups?: { id: string, name: string }[], prefix?: string, faults?: boolean,
 *   storage?: import('./storage.mjs').StorageOptions, allowedHosts?: string[], log?: Pick<Console, 'warn' | 'error'> }} ApiOptions
 */

/** @param {ApiOptions} options */
export function createConnectorApi(options) {
  const log = options.log ?? console;
  // The same reading as the widget's: a broken system is left out, not a reason to refuse the rest.
  const parsed = parseCatalogue(options.catalogue);
  if (!parsed.ok) throw new Error(`connector-api: the catalogue is not valid:\n${parsed.problems.map((p) => p.message).join('\n')}`);
  if (parsed.problems.length) log.warn(`connector-api: ${summariseProblems(parsed.problems)}\n${parsed.problems.map((p) => `  - ${p.message}`).join('\n')}`);
  const catalogue = parsed.catalogue;
  const groups = options.groups ?? [];
  const prefix = options.prefix ?? '/api';
  const validator = createValidator({ catalogue, groups });
  const testConnection = createConnectionTester({ catalogue, validate: validator.validate });
  const oauth = createOauthProvider({ catalogue, prefix });
  const controls = options.faults ? createTestControls() : undefined;
  /** @param {string} ns */
  const now = (ns) => (controls ? controls.now(ns) : Date.now());
  let lastPurge = 0;

  /** @type {Promise<Storage> | undefined} */
  let opening;
  /** Opened on first use, so a server that never stores anything never touches a disk. */
  const storage = () => {
    opening ??= openStorage(options.storage ?? {}, log).catch((error) => {
      opening = undefined; // the next request tries again (another process may have let go)
      log.error(error instanceof Error ? error.message : String(error));
      throw Object.assign(new Error('storage unavailable'), { unavailable: true });
    });
    return opening;
  };

  const app = new Hono({ strict: false });
  app.onError((error, c) => {
    if (/** @type {any} */ (error).unavailable)
      return problem(503, TYPES.unavailable, 'Not available', 'The connector store could not be opened; the server console says why.', { 'Retry-After': '5' });
    // The name and message only: an error's other properties may hold a query's parameters.
    log.error(`connector-api: ${c.req.method} ${c.req.path} failed: ${error.name}: ${error.message}`);
    return problem(500, TYPES.internal, 'Internal server error', 'The server could not answer this request; try again.');
  });
  app.notFound((c) => problem(404, TYPES.notFound, 'Not found', `No API resource at ${c.req.path}.`));
  if (options.allowedHosts) {
    const hosts = options.allowedHosts;
    // A page on another name that resolves to 127.0.0.1 (DNS rebinding) is not let in.
    app.use('*', async (c, next) => {
      let hostname = '';
      try {
        hostname = new URL(`http://${c.req.header('host') ?? ''}`).hostname;
      } catch {
        hostname = '';
      }
      if (!isLoopback(hostname) && !hosts.includes(hostname))
        return problem(403, TYPES.badRequest, 'Host not allowed', 'Call this API as 127.0.0.1 or localhost, or list the host name in CONNECTOR_API_ALLOWED_HOSTS.');
      await next();
    });
  }
  app.all(`${prefix}/oauth/*`, (c) => oauth(c.req.raw, /** @type {any} */ (c.env)?.incoming?.socket?.localPort ?? 0) ?? c.notFound());

  const resource = new Hono({ strict: false });
  // Readable from pages on loopback origins (a widget on another port than `npm run api`).
  resource.use('*', async (c, next) => {
    const origin = allowedOrigin(c.req.header('origin'), c.req.header('host') ?? '');
    const headers = corsHeaders(c.req.raw, origin, { methods: 'GET, POST, PATCH, DELETE', expose: 'Location, Retry-After' });
    if (c.req.method === 'OPTIONS') return new Response(null, { status: 204, headers });
    await next();
    if (c.res.headers.has('x-hono-already-sent')) return;
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  });
  // Logged, and faults apply, as for connectors (a page whose groups fail to load is tested too).
  resource.use('/groups', requestScope);
  resource.get('/groups', () => json(200, groups));
  controls?.routes(resource, async () => (await storage()).store);
  // Also matches `/connectors` itself.
  resource.use('/connectors/*', requestScope);
  resource.get('/connectors', async (c) => json(200, await (await storage()).store.list(ns(c))));
  resource.post('/connectors', create);
  resource.post('/connectors/test', async (c) => {
    const body = jsonBody(c, true);
    return body.ok ? testConnection(body.value) : body.response;
  });
  resource.all('/connectors/test', (c) => methodNotAllowed(c.req.method, 'POST'));
  resource.get(`/connectors/:id{${ID}}`, async (c) => {
    const found = await (await storage()).store.get(ns(c), c.req.param('id'));
    if (!found) return notFound();
    const { credentials: _sealed, ...connector } = found;
    return json(200, connector);
  });
  resource.patch(`/connectors/:id{${ID}}`, update);
  resource.delete(`/connectors/:id{${ID}}`, async (c) => ((await (await storage()).store.remove(ns(c), c.req.param('id'))) ? json(204, null) : notFound()));
  resource.post(`/connectors/:id{${ID}}/test`, async (c) => {
    const { store, keys } = await storage();
    const id = c.req.param('id');
    const found = await store.get(ns(c), id);
    if (!found) return notFound();
    const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, credentials: sealed, ...fields } = found;
    return testConnection({ ...fields, credentials: open(keys, sealed, id) });
  });
  resource.all('/connectors', (c) => methodNotAllowed(c.req.method, 'GET, POST'));
  resource.all(`/connectors/:id{${ID}}`, (c) => methodNotAllowed(c.req.method, 'GET, PATCH, DELETE'));
  resource.all(`/connectors/:id{${ID}}/test`, (c) => methodNotAllowed(c.req.method, 'POST'));
  app.route(`${prefix}/ns/:ns{[A-Za-z0-9_-]{1,64}}`, resource);
  app.route(prefix, resource);

  /** @param {any} c */
  function ns(c) {
    return c.req.param('ns') ?? '';
  }

  /**
   * Every connector request: the body read (at most 1 MB), and in the test server a log entry and
   * the next queued fault.
   * @param {any} c
   * @param {() => Promise<void>} next
   */
  async function requestScope(c, next) {
    /** @type {import('./test-controls.mjs').LogEntry | undefined} */
    const entry = controls && {
      at: new Date().toISOString(),
      method: c.req.method,
      path: c.req.path,
      query: new URL(c.req.url).search,
      idempotencyKey: c.req.header('idempotency-key'),
      ifMatch: c.req.header('if-match'),
      status: 0,
    };
    if (entry) controls?.log(ns(c), entry);
    if (c.req.method === 'POST' || c.req.method === 'PATCH') {
      const read = await readBody(c.req.raw);
      if (!read.ok) {
        if (entry) entry.status = 413;
        return read.response;
      }
      c.set('raw', read.text);
      if (entry && read.text) entry.bodySha256 = controls?.bodyHash(read.text);
    }
    const fault = controls?.nextFault(ns(c), c.req.method);
    const early = await controls?.apply(c, fault);
    if (early) {
      if (entry) entry.status = fault?.kind === 'drop' ? 'dropped' : early.status;
      return early;
    }
    const refused = controls?.refusedHeader(ns(c), (name) => c.req.header(name));
    if (refused) {
      if (entry) entry.status = refused.status;
      return refused;
    }
    await next();
    // Handled now, answered later: what a slow network does to an answer made before a change.
    await controls?.answerLate(c, fault);
    if (fault?.kind === 'lose-response') {
      // The request was handled, but its answer never arrives: what idempotency keys exist for.
      c.res = dropConnection(c);
      if (entry) entry.status = 'dropped';
    } else if (entry) entry.status = c.res.status;
  }

  /**
   * @param {any} c
   * @param {boolean} [requireJsonType]
   * @returns {{ ok: true, value: any } | { ok: false, response: Response }}
   */
  function jsonBody(c, requireJsonType = false) {
    if (requireJsonType && !/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? ''))
      return { ok: false, response: problem(415, TYPES.badRequest, 'Unsupported media type', 'Send the connector as application/json.') };
    return parseJson(c.get('raw') ?? '');
  }

  /**
   * `POST {endpoint}` with an Idempotency-Key: 201, the same 201 replayed for the same key and
   * body, 422 for the key with another body, 409 when the slot is taken (the database's unique
   * index decides, so parallel creates cannot both win).
   * @param {any} c
   */
  async function create(c) {
    const body = jsonBody(c, true);
    if (!body.ok) return body.response;
    const key = c.req.header('idempotency-key');
    if (!key || !IDEMPOTENCY_KEY.test(key)) return problem(400, TYPES.badRequest, 'Idempotency-Key required', 'Send an Idempotency-Key header (a UUID) with every create.');
    const { store, key: dataKey } = await storage();
    const space = ns(c);
    const at = now(space);
    if (Date.now() - lastPurge > PURGE_EVERY_MS) {
      lastPurge = Date.now();
      store
        .purgeIdempotency(iso(Date.now() - IDEMPOTENCY_TTL_MS))
        .catch((/** @type {Error} */ e) => log.warn(`connector-api: could not forget old idempotency keys (${e.message})`));
    }
    const fingerprint = fingerprintOf(body.value, dataKey);
    const location = (/** @type {string} */ id) => ({ Location: `${new URL(c.req.url).pathname.replace(/\/+$/, '')}/${id}` });
    /** The answer already given for this key (unless it expired). */
    const replay = async () => {
      const previous = await store.idempotency(space, key, iso(at - IDEMPOTENCY_TTL_MS));
      if (!previous) return undefined;
      // A fingerprint made with another key (before a rotation) cannot compare the credentials: the rest must match.
      const same =
        previous.publicFingerprint === fingerprint.publicFingerprint &&
        (previous.fingerprintKeyId !== fingerprint.fingerprintKeyId || previous.secretFingerprint === fingerprint.secretFingerprint);
      if (!same) return problem(422, TYPES.idempotency, 'Idempotency-Key reused', 'This Idempotency-Key was used for a different connector; use a new key.');
      const id = /** @type {any} */ (previous.response)?.id;
      return json(previous.status, previous.response, previous.status >= 400 ? PROBLEM : undefined, id ? location(id) : {});
    };
    const answered = await replay();
    if (answered) return answered;
    const errors = validator.validate(body.value);
    if (errors.length) return invalid(errors);
    const payload = body.value;
    /** @type {Connector} */
    const connector = {
      id: randomUUID(),
      name: payload.name.trim(),
      system: payload.system,
      ...(payload.group ? { group: payload.group } : {}),
      environment: payload.environment,
      timeZone: payload.timeZone,
      dateFormat: payload.dateFormat,
      authType: payload.authType,
      createdAt: iso(at),
      revision: '1',
    };
    const sealed = seal(dataKey, Object.fromEntries(Object.entries(payload.credentials)), connector.id);
    const outcome = await store.create(space, connector, sealed, { key, fingerprint, status: 201, response: connector, expiredBefore: iso(at - IDEMPOTENCY_TTL_MS) });
    if (outcome === 'slot-taken') return duplicate(connector);
    // Another request with this key got there first: answer as it was answered.
    if (outcome === 'key-taken') return (await replay()) ?? problem(409, TYPES.idempotency, 'Idempotency-Key in use', 'A request with this key is in progress; try again.');
    return json(201, connector, undefined, location(connector.id));
  }

  /**
   * `PATCH {endpoint}/{id}`: the allow-listed fields (validation.mjs); credentials sent are
   * merged with the stored ones and sealed again with a fresh nonce. An Idempotency-Key (optional
   * here) is looked up first, so a retry after a lost 200 gets that 200 again rather than a 412
   * from its own change; then `If-Match` (a revision as an entity-tag, or `*`) must match, else
   * 412. The write is conditional on the connector being as it was read: when another edit
   * landed in between, the edit is applied again to what is stored now (If-Match checked again),
   * up to EDIT_ATTEMPTS times, then a 409.
   * @param {any} c
   */
  async function update(c) {
    const body = jsonBody(c, true);
    if (!body.ok) return body.response;
    const { store, key, keys } = await storage();
    const space = ns(c);
    const id = c.req.param('id');
    const changes = body.value;
    if (!changes || typeof changes !== 'object' || Array.isArray(changes)) return problem(400, TYPES.badRequest, 'Bad request', 'Send the changed fields as a JSON object.');
    const idempotencyKey = c.req.header('idempotency-key');
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey))
      return problem(400, TYPES.badRequest, 'Bad Idempotency-Key', 'An Idempotency-Key is a UUID (8 to 128 letters, digits, - or _).');
    // The connector's id is part of what the key was used for: the same body for another connector is another request.
    const fingerprint = fingerprintOf({ ...changes, '#patch': id }, key);
    const at = now(space);
    if (idempotencyKey) {
      const previous = await store.idempotency(space, idempotencyKey, iso(at - IDEMPOTENCY_TTL_MS));
      if (previous) {
        const same =
          previous.publicFingerprint === fingerprint.publicFingerprint &&
          (previous.fingerprintKeyId !== fingerprint.fingerprintKeyId || previous.secretFingerprint === fingerprint.secretFingerprint);
        if (!same) return problem(422, TYPES.idempotency, 'Idempotency-Key reused', 'This Idempotency-Key was used for a different request; use a new key.');
        return json(previous.status, previous.response);
      }
    }
    const ifMatch = c.req.header('if-match');
    for (let attempt = 0; attempt < EDIT_ATTEMPTS; attempt++) {
      const current = await store.get(space, id);
      if (!current) return notFound();
      if (ifMatch !== undefined && !matches(ifMatch, current.revision))
        return problem(412, TYPES.connectorChanged, 'Connector changed', 'This connector was changed since it was read; read it again and decide what to save.');
      const { credentials: sealed, ...fields } = current;
      const opened = open(keys, sealed, id);
      const edit = validator.applyEdit(fields, opened, changes);
      if (!edit.ok) return invalid(edit.errors);
      const p = edit.payload;
      /** @type {Connector} */
      const next = {
        id,
        name: String(p.name).trim(),
        system: current.system,
        ...(p.group ? { group: p.group } : {}),
        environment: p.environment,
        timeZone: p.timeZone,
        dateFormat: p.dateFormat,
        authType: p.authType,
        createdAt: current.createdAt,
        updatedAt: iso(at),
      };
      const changed =
        ['name', 'group', 'environment', 'timeZone', 'dateFormat', 'authType'].some((k) => /** @type {any} */ (next)[k] !== /** @type {any} */ (current)[k]) ||
        JSON.stringify(sorted(p.credentials)) !== JSON.stringify(sorted(opened));
      const outcome = await store.update(space, next, seal(key, p.credentials, id), sealed.nonce, changed);
      if (outcome.result === 'updated') {
        if (idempotencyKey) await store.remember(space, idempotencyKey, fingerprint, 200, outcome.connector, iso(at));
        return json(200, outcome.connector);
      }
      if (outcome.result === 'slot-taken') return duplicate(next);
      // 'changed': another request wrote (or deleted) it since it was read.
    }
    return problem(409, TYPES.editConflict, 'Changed at the same time', 'This connector kept changing while the edit was saved; load it again and retry.');
  }

  /** @param {{ system: string, group?: string, environment: string }} connector */
  function duplicate(connector) {
    const detail = validator.duplicateDetail(connector);
    return problem(409, TYPES.duplicate, 'Connector already exists', detail, {}, { errors: [{ pointer: '/environment', detail }] });
  }

  const listener = getRequestListener(app.fetch, {
    overrideGlobalObjects: false,
    errorHandler: () => problem(500, TYPES.internal, 'Internal server error', 'The server could not answer this request; try again.'),
  });

  return {
    app,
    catalogue,
    /** The store and key, opened on first use (tools and tests). */
    storage,
    /**
     * Handles a request under the prefix; returns false for anything else so the host server can
     * pass it on. Connect-style, so Vite and (through a small adapter) Koa can both mount it.
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     */
    async handle(req, res) {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      if (!path.startsWith(`${prefix}/`)) return false;
      await listener(req, res);
      return true;
    },
    /** Closes the store (its lock is released, PGlite's files are complete). */
    async close() {
      const open = opening;
      opening = undefined;
      const s = await open?.catch(() => undefined);
      await s?.store.close();
    },
  };
}

/**
 * `If-Match` (RFC 9110, 13.1.1): `*`, or a list of entity-tags compared strongly with the revision (a weak `W/` one never matches).
 * @param {string} header @param {string | undefined} revision
 */
function matches(header, revision) {
  if (header.trim() === '*') return true;
  return revision !== undefined && header.split(',').some((tag) => tag.trim() === `"${revision}"`);
}

/** @param {Record<string, unknown>} record */
const sorted = (record) => Object.entries(record ?? {}).sort(([a], [b]) => a.localeCompare(b));

/** @param {number} ms */
const iso = (ms) => new Date(ms).toISOString();

/**
 * The body without credentials hashed plainly (it holds no secret), and the credentials keyed
 * with the fingerprint key (derived from the data key, so a rotation tells them apart).
 * @param {any} body
 * @param {import('./crypto.mjs').DataKey} key
 */
function fingerprintOf(body, key) {
  const { credentials, ...rest } = body && typeof body === 'object' && !Array.isArray(body) ? body : {};
  /** @param {object} value */
  const canonical = (value) => JSON.stringify(Object.entries(value ?? {}).sort(([a], [b]) => a.localeCompare(b)));
  return {
    publicFingerprint: createHash('sha256').update(canonical(rest)).digest('hex'),
    secretFingerprint: createHmac('sha256', key.fingerprintKey).update(canonical(credentials)).digest('hex'),
    fingerprintKeyId: key.id,
  };
}
