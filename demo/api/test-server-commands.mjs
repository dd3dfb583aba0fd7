// @ts-check
/**
 * Test-server commands (web-test-runner plugin) that start real servers for the browser tests of
 * src/api/reference-api.test.ts, each on a free 127.0.0.1 port, answering CORS for the test page:
 * - `reference-api-instance` `{ database: 'pglite' | 'postgres', key?: 'file' | 'env' | 'malformed', catalogue?, staleLock? }`
 *   starts a reference API (on the sample catalogue, or `catalogue`) in a new temporary data folder: file-backed PGlite, or PGlite behind
 *   `PGLiteSocketServer` reached through `pg` with `DATABASE_URL`; the key from a key file there, or
 *   from `CONNECTOR_API_KEY`; with `staleLock`, PGlite's folder lock is there first, naming this
 *   process's pid (what a crashed run restarted as the same pid, pid 1 in a container, finds), on
 *   this host, or with `staleLock: 'other-host'` on another (a container sharing the folder).
 *   -> `{ started: true, id, url }` (url ends in `/api`) or `{ started: false, error }`.
 * - `reference-api-instance-stop` `{ id }`: stops it and removes its folder.
 * - `reference-api-open-again` `{ id }`: another API, in this process, on a running PGlite
 *   instance's folder -> `{ started: true }` (closed again) or `{ started: false, error }`.
 * - `reference-api-locks` `{ id }`: the advisory locks held on a Postgres instance's database
 *   while its API runs, then after it stops -> `{ running: mode[], stopped: mode[] }`.
 * - `reference-api-scan` `{ id, needles }`: stops the API (PGlite checkpoints and closes: everything
 *   is on disk), then reads every file in the folder -> `{ files, bytes, found: { [needle]: forms[] } }`
 *   where a form is `clear`, `utf16`, `base64`, `base64url` or `hex`.
 * - `reference-api-rotate` `{ id }`: runs `demo/api/rotate-key.mjs` on the stopped instance's folder
 *   (as `npm run api:rotate-key` does), then starts it again -> `{ code, output, url, keyIds: { before, after }, sealedWith, oldKey? }`
 *   where `oldKey` is `{ id, mode }` of the key file the rotation kept (`connector-api.key.old`).
 * - `reference-api-main` `{ env }`: runs `demo/api/main.mjs` (`npm run api`) with PORT=0 in a new
 *   folder and that environment; -> `{ code, output, url?, groupsStatus?, keyFileMode? }` (stopped again).
 * - `vite-dev-start` `{ delayMs? }` / `vite-dev-stop`: this package's Vite dev server (vite.config.ts), with its
 *   API's data folder inside `.data/` -> `{ url, root, files: [{ path, sha256, text? }] }`; `delayMs`
 *   (the test of long commands only) makes the start that much slower before the database opens. A
 *   stop sent while a start is under way waits for it, then stops what it started ->
 *   `{ stopped, waitedForStart?, dataLeft }` (`dataLeft`: the data folder is still there).
 *
 * Each of these can take longer on a loaded machine (Node spawned, Vite or PGlite started, a key
 * rotated) than the 20 s the browser waits for a command's answer, so every one answers within
 * 5 s: with its result, or with `{ pending: id }` while it goes on, and `server-command-result`
 * `{ pending: id }` asks again (the same way). `serverCommand()` in src/test/server-command.ts
 * does the asking; a test calls the commands through it, never `executeServerCommand` alone.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { watch } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { DEMO_GROUPS, PACKAGE_ROOT, demoCatalogue } from './config.mjs';
import { createConnectorApi } from './connector-api.mjs';
import { KEY_FILE, OLD_KEY_FILE, parseKey } from './crypto.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/**
 * @typedef {{ id: string, dir: string, database: 'pglite' | 'postgres', env: Record<string, string>, url?: string,
 *   catalogue?: unknown, api?: ReturnType<typeof createConnectorApi>, server?: import('node:http').Server, pglite?: any, socket?: any }} Instance
 */

export function testServerCommandsPlugin() {
  /** @type {Map<string, Instance>} */
  const instances = new Map();
  /** @type {{ server: import('vite').ViteDevServer, dataDir: string, createdParent: boolean } | undefined} */
  let vite;
  /** Settles when a `vite-dev-start` under way ends, however it ends. @type {Promise<void> | undefined} */
  let viteStarting;
  /** Commands still at work after they answered `{ pending: id }`. @type {Map<string, Promise<{ value?: unknown, error?: unknown }>>} */
  const jobs = new Map();

  /** @param {Instance} instance @param {QuietLog} log what the API logs (why it did not start) */
  async function listen(instance, log = quietLog()) {
    let databaseUrl;
    if (instance.database === 'postgres') {
      const { PGlite } = await import('@electric-sql/pglite');
      const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
      instance.pglite ??= new PGlite();
      await instance.pglite.waitReady;
      instance.socket = new PGLiteSocketServer({ db: instance.pglite, host: '127.0.0.1', port: 0, maxConnections: 100 });
      await instance.socket.start();
      databaseUrl = `postgres://postgres@${instance.socket.getServerConn()}/postgres`;
    }
    const api = createConnectorApi({
      catalogue: instance.catalogue ?? demoCatalogue(),
      groups: DEMO_GROUPS,
      storage: { dataDir: instance.dir, databaseUrl, env: instance.env },
      log,
    });
    instance.api = api;
    await api.storage();
    const server = /** @type {import('node:http').Server} */ (serve({ fetch: api.app.fetch, hostname: '127.0.0.1', port: 0, overrideGlobalObjects: false }));
    await once(server, 'listening');
    instance.server = server;
    instance.url = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/api`;
  }

  /** Stops the API (and the socket server); PGlite's files are complete afterwards. @param {Instance} instance */
  async function halt(instance) {
    instance.server?.closeAllConnections();
    instance.server?.close();
    instance.server = undefined;
    await instance.api?.close();
    instance.api = undefined;
    await instance.socket?.stop();
    instance.socket = undefined;
  }

  /** @param {Instance} instance */
  async function remove(instance) {
    await halt(instance);
    await instance.pglite?.close();
    instances.delete(instance.id);
    await rm(instance.dir, { recursive: true, force: true, maxRetries: 3 });
  }

  /** @param {string} id */
  function instanceOf(id) {
    const instance = instances.get(String(id));
    if (!instance) throw new Error(`No reference API instance ${id}`);
    return instance;
  }

  /** Creates the dev server (kept in `vite` at once, so a stop can close it), then opens its API's database. @param {any} payload */
  async function startVite(payload) {
    const { createServer } = await import('vite');
    const dataDir = join(PACKAGE_ROOT, '.data', `vite-test-${randomUUID()}`);
    const createdParent = !(await exists(join(PACKAGE_ROOT, '.data')));
    const previous = process.env.CONNECTOR_API_DATA_DIR;
    process.env.CONNECTOR_API_DATA_DIR = dataDir; // read by vite.config.ts while the server is created
    let server;
    try {
      server = await createServer({
        configFile: join(PACKAGE_ROOT, 'vite.config.ts'),
        cacheDir: join(tmpdir(), 'connector-wizard-vite-test-cache'),
        logLevel: 'silent',
        server: { port: 0, strictPort: false, hmr: false, watch: null },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
    } finally {
      if (previous === undefined) delete process.env.CONNECTOR_API_DATA_DIR;
      else process.env.CONNECTOR_API_DATA_DIR = previous;
    }
    vite = { server, dataDir, createdParent };
    try {
      await server.listen();
      const url = /** @type {string} */ (server.resolvedUrls?.local[0]).replace(/\/$/, '');
      // Injected slowness (a loaded machine), for the test of long commands: `delayMs` more before the database opens.
      if (payload?.delayMs) await new Promise((r) => setTimeout(r, Number(payload.delayMs)));
      // The first API request opens the database and creates the key file, as `npm start` does.
      await fetch(`${url}/api/connectors`);
      const probe = `probe-${randomBytes(16).toString('hex')}`;
      await writeFile(join(dataDir, 'probe.txt'), probe, { mode: 0o600 });
      const files = [];
      for (const path of [join(dataDir, 'probe.txt'), join(dataDir, KEY_FILE), join(dataDir, 'pglite', 'PG_VERSION'), join(dataDir, 'pglite', 'global', 'pg_control')]) {
        const content = await readFile(path);
        files.push({ path, sha256: createHash('sha256').update(content).digest('hex'), ...(path.endsWith('probe.txt') ? { text: probe } : {}) });
      }
      return { url, root: PACKAGE_ROOT.replace(/\/$/, ''), files };
    } catch (error) {
      await stopVite();
      throw error;
    }
  }

  /** Closes the dev server, waits for its API to let the database go, and removes the data folder. */
  async function stopVite() {
    if (!vite) return;
    const { server, dataDir, createdParent } = vite;
    vite = undefined;
    await server.close();
    // The API closes its database when the HTTP server closes: wait for its lock to go.
    await gone(join(dataDir, 'pglite.lock'), 30_000);
    await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
    if (createdParent) await rmdir(join(PACKAGE_ROOT, '.data')).catch(() => undefined); // only if empty
  }

  /** @type {Record<string, (payload: any) => Promise<unknown>>} */
  const commands = {
    async 'reference-api-instance'(payload) {
      const database = payload?.database === 'postgres' ? 'postgres' : 'pglite';
      /** @type {Record<string, string>} */
      const env = {};
      if (payload?.key === 'env') env.CONNECTOR_API_KEY = randomBytes(32).toString('base64');
      if (payload?.key === 'malformed') env.CONNECTOR_API_KEY = 'not-a-key-but-a-password';
      /** @type {Instance} */
      const instance = { id: randomUUID(), dir: await mkdtemp(join(tmpdir(), 'connector-api-test-')), database, env, catalogue: payload?.catalogue };
      instances.set(instance.id, instance);
      // A lock naming this pid: on this host (a crashed run restarted as the same pid), or on another one (a container sharing the folder).
      if (payload?.staleLock)
        await writeFile(join(instance.dir, 'pglite.lock'), `${process.pid}\n${payload.staleLock === 'other-host' ? 'other-host' : hostname()}\n`, { mode: 0o600 });
      const log = quietLog();
      try {
        await listen(instance, log);
        return { started: true, id: instance.id, url: instance.url };
      } catch (error) {
        await remove(instance);
        return { started: false, error: log.lastError ?? String(/** @type {Error} */ (error).message) };
      }
    },

    async 'reference-api-instance-stop'(payload) {
      await remove(instanceOf(payload?.id));
      return { stopped: true };
    },

    async 'reference-api-open-again'(payload) {
      const instance = instanceOf(payload?.id);
      const log = quietLog();
      const api = createConnectorApi({ catalogue: demoCatalogue(), groups: DEMO_GROUPS, storage: { dataDir: instance.dir, env: instance.env }, log });
      try {
        await api.storage();
        return { started: true };
      } catch (error) {
        return { started: false, error: log.lastError ?? String(/** @type {Error} */ (error).message) };
      } finally {
        await api.close();
      }
    },

    async 'reference-api-locks'(payload) {
      const instance = instanceOf(payload?.id);
      if (!instance.pglite) throw new Error('reference-api-locks: not a Postgres instance');
      const modes = async () =>
        (await instance.pglite.query("SELECT mode FROM pg_locks WHERE locktype = 'advisory' ORDER BY mode")).rows.map((/** @type {any} */ row) => row.mode);
      const running = await modes();
      await halt(instance);
      return { running, stopped: await modes() };
    },

    async 'reference-api-scan'(payload) {
      const instance = instanceOf(payload?.id);
      await halt(instance);
      /** @type {string[]} */
      const needles = (Array.isArray(payload?.needles) ? payload.needles : []).map(String);
      /** @type {Record<string, Set<string>>} */
      const found = Object.fromEntries(needles.map((n) => [n, new Set()]));
      const forms = needles.map((needle) => ({ needle, forms: encodings(needle) }));
      let files = 0;
      let bytes = 0;
      for (const file of await filesUnder(instance.dir)) {
        const content = await readFile(file);
        files++;
        bytes += content.length;
        for (const { needle, forms: list } of forms) for (const [form, pattern] of list) if (content.includes(pattern)) found[needle]?.add(form);
      }
      return { files, bytes, found: Object.fromEntries(Object.entries(found).map(([n, set]) => [n, [...set].sort()])) };
    },

    async 'reference-api-rotate'(payload) {
      const instance = instanceOf(payload?.id);
      await halt(instance);
      const before = await keyIdOf(instance);
      /** @type {Record<string, string>} */
      const extra = {};
      if (instance.env.CONNECTOR_API_KEY) extra.CONNECTOR_API_KEY_NEW = randomBytes(32).toString('base64');
      const { code, output } = await run(process.execPath, [join(HERE, 'rotate-key.mjs')], { ...cleanEnv(), ...instance.env, ...extra, CONNECTOR_API_DATA_DIR: instance.dir });
      if (code === 0 && extra.CONNECTOR_API_KEY_NEW) instance.env = { ...instance.env, CONNECTOR_API_KEY: extra.CONNECTOR_API_KEY_NEW };
      await listen(instance);
      const after = await keyIdOf(instance);
      const { store } = await /** @type {NonNullable<Instance['api']>} */ (instance.api).storage();
      const oldKey = await readFile(join(instance.dir, OLD_KEY_FILE), 'utf8').catch(() => undefined);
      const oldKeyMode = oldKey && ((await stat(join(instance.dir, OLD_KEY_FILE))).mode & 0o777).toString(8);
      return {
        code,
        output,
        url: instance.url,
        keyIds: { before, after },
        sealedWith: await store.keyIds(),
        ...(oldKey ? { oldKey: { id: parseKey(oldKey, 'old key file').id, mode: oldKeyMode } } : {}),
      };
    },

    async 'reference-api-main'(payload) {
      const dir = await mkdtemp(join(tmpdir(), 'connector-api-main-'));
      try {
        const env = { ...cleanEnv(), PORT: '0', CONNECTOR_API_DATA_DIR: dir, ...(payload?.env ?? {}) };
        const child = spawn(process.execPath, [join(HERE, 'main.mjs')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        const exited = once(child, 'exit').then(([code]) => /** @type {number | null} */ (code));
        // Its URL once it says it, or nothing once it exits (or after a minute, a start that hangs).
        const url = await new Promise((resolve) => {
          const look = () => {
            const match = /http:\/\/127\.0\.0\.1:\d+\/api\/connectors/.exec(output);
            if (match) done(match[0]);
          };
          const timer = setTimeout(() => done(undefined), 60_000);
          /** @param {string | undefined} value */
          const done = (value) => {
            clearTimeout(timer);
            child.stdout.off('data', look);
            child.stderr.off('data', look);
            resolve(value);
          };
          child.stdout.on('data', look);
          child.stderr.on('data', look);
          exited.then(() => done(undefined));
        });
        const groupsStatus = url ? (await fetch(url.replace(/connectors$/, 'groups'))).status : undefined;
        if (child.exitCode === null) child.kill('SIGTERM');
        const code = await exited;
        const keyFile = await stat(join(dir, KEY_FILE)).catch(() => undefined);
        return { code, output, url, groupsStatus, ...(keyFile ? { keyFileMode: (keyFile.mode & 0o777).toString(8) } : {}) };
      } finally {
        await rm(dir, { recursive: true, force: true, maxRetries: 3 });
      }
    },

    async 'vite-dev-start'(payload) {
      if (vite || viteStarting) throw new Error('vite-dev-start: already started');
      const starting = startVite(payload);
      viteStarting = starting.then(
        () => undefined,
        () => undefined,
      );
      try {
        return await starting;
      } finally {
        viteStarting = undefined;
      }
    },

    async 'vite-dev-stop'() {
      // A start under way: wait for it, then stop what it started.
      const waitedForStart = viteStarting !== undefined;
      await viteStarting;
      if (!vite) return { stopped: false, ...(waitedForStart ? { waitedForStart } : {}) };
      const { dataDir } = vite;
      await stopVite();
      return { stopped: true, ...(waitedForStart ? { waitedForStart } : {}), dataLeft: await exists(dataDir) };
    },
  };

  return {
    name: 'reference-api-instances',
    /**
     * Answers within ANSWER_WITHIN_MS, under the runner's 20 s: with the command's result, or with
     * `{ pending: id }` while it goes on; `server-command-result { pending: id }` asks again.
     * @param {{ command: string, payload: any }} options
     */
    async executeCommand({ command, payload }) {
      if (command === 'server-command-result') {
        const job = jobs.get(String(payload?.pending));
        if (!job) throw new Error(`server-command-result: no command under way as ${payload?.pending}`);
        return answer(String(payload.pending), job);
      }
      const handler = Object.hasOwn(commands, command) ? commands[command] : undefined;
      if (!handler) return undefined;
      const id = randomUUID();
      const job = handler(payload).then(
        (value) => ({ value }),
        (error) => ({ error }),
      );
      jobs.set(id, job);
      return answer(id, job);
    },
    async serverStop() {
      await Promise.all(jobs.values());
      for (const instance of [...instances.values()]) await remove(instance).catch(() => undefined);
      await viteStarting;
      await stopVite().catch(() => undefined);
    },
  };

  /** The job's result once it ends, or `{ pending: id }` if it is still at work after ANSWER_WITHIN_MS. @param {string} id @param {Promise<{ value?: unknown, error?: unknown }>} job */
  async function answer(id, job) {
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let timer;
    const outcome = /** @type {{ value?: unknown, error?: unknown } | undefined} */ (
      await Promise.race([job, new Promise((resolve) => (timer = setTimeout(resolve, ANSWER_WITHIN_MS)))])
    );
    clearTimeout(timer);
    if (!outcome) return { pending: id };
    jobs.delete(id);
    // By the key, not the value: a command may reject with anything, `undefined` and `0` too.
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  }
}

/** @typedef {{ lastError?: string, warn: () => void, error: (message: string) => void }} QuietLog */

/**
 * A log for an API started here: silent, but it keeps the last error the API logged (why it did
 * not start). One per command, since commands overlap (one answered `{ pending }` goes on while
 * others come), so none reports another's reason.
 * @returns {QuietLog}
 */
function quietLog() {
  /** @type {QuietLog} */
  const log = { warn: () => undefined, error: (message) => void (log.lastError = message) };
  return log;
}

/** How long a command may work before it answers `{ pending: id }`: well under the runner's 20 s for an answer, on a loaded machine too. */
const ANSWER_WITHIN_MS = 5_000;

/** The environment without this API's own settings, so the developer's do not leak into a test. */
function cleanEnv() {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('CONNECTOR_API_') || name === 'DATABASE_URL' || name === 'PORT') delete env[name];
  return env;
}

/**
 * @param {string} file @param {string[]} args @param {NodeJS.ProcessEnv} env
 * @returns {Promise<{ code: number, output: string }>}
 */
function run(file, args, env) {
  return new Promise((resolve) => {
    execFile(file, args, { env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(/** @type {any} */ (error).code ?? 1) || 1 : 0, output: `${stdout}${stderr}` });
    });
  });
}

/** The key id of an instance's current key (its key file, or CONNECTOR_API_KEY). @param {Instance} instance */
async function keyIdOf(instance) {
  if (instance.env.CONNECTOR_API_KEY) return parseKey(instance.env.CONNECTOR_API_KEY, 'CONNECTOR_API_KEY').id;
  return parseKey(await readFile(join(instance.dir, KEY_FILE), 'utf8'), 'key file').id;
}

/**
 * The forms a secret may take on disk: in clear (UTF-8 and UTF-16), base64 and base64url at each
 * of the three alignments (the stable middle part), and hex in either case.
 * @param {string} needle
 * @returns {[string, Buffer][]}
 */
function encodings(needle) {
  const bytes = Buffer.from(needle, 'utf8');
  /** @type {[string, Buffer][]} */
  const out = [
    ['clear', bytes],
    ['utf16', Buffer.from(needle, 'utf16le')],
    ['hex', Buffer.from(bytes.toString('hex'))],
    ['hex', Buffer.from(bytes.toString('hex').toUpperCase())],
  ];
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes])
      .toString('base64')
      .replace(/=+$/, '');
    // Characters that mix in the bytes before or after the needle are left out.
    const middle = encoded.slice([0, 2, 3][shift], encoded.length - 3);
    out.push(['base64', Buffer.from(middle)], ['base64url', Buffer.from(middle.replace(/\+/g, '-').replace(/\//g, '_'))]);
  }
  return out;
}

/** @param {string} dir @returns {Promise<string[]>} */
async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? /** @type {any} */ (e).path, e.name));
}

/** @param {string} path */
async function exists(path) {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Resolves once `path` no longer exists (watching its folder), or after `bound` ms.
 * @param {string} path @param {number} bound
 */
async function gone(path, bound) {
  /** @type {import('node:fs').FSWatcher | undefined} */
  let watcher;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  try {
    await new Promise((resolve) => {
      timer = setTimeout(resolve, bound);
      const check = () => exists(path).then((there) => there || resolve(undefined));
      try {
        watcher = watch(dirname(path), check);
        watcher.on('error', () => resolve(undefined));
      } catch {
        resolve(undefined); // the folder is gone already
      }
      void check();
    });
  } finally {
    clearTimeout(timer);
    watcher?.close();
  }
}
