// @ts-check
/**
 * The database under the store: embedded PGlite (a folder, or memory when no folder is given) or
 * a Postgres server (`DATABASE_URL`, through a `pg` pool). Either way the schema is brought up to
 * date with the SQL files in ./migrations, applied in name order, once each, and recorded in
 * `schema_migrations`. Only demo/api/db/store.mjs uses this module.
 */
import { mkdir, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';

const MIGRATIONS = new URL('./migrations/', import.meta.url);
/** Held while migrating, so two servers starting on one Postgres do not both apply a file. */
const MIGRATION_LOCK = 7_318_204;
/**
 * Held on a Postgres server for as long as a process uses it, on a connection of its own: shared
 * by every running API, exclusive by a key rotation, so a rotation never re-encrypts what a running
 * API reads with the old key, and no API starts during one. (PGlite's folder lock does this there.)
 */
const IN_USE_LOCK = 7_318_205;

/** The database is in use by another process (a PGlite folder's owner, an API or a rotation on Postgres); the message says what to do. */
export class InUseError extends Error {
  name = 'InUseError';
}

/**
 * @typedef {{ rows: any[], count: number }} Result
 * @typedef {{ query(sql: string, params?: unknown[]): Promise<Result>, exec(sql: string): Promise<void> }} Queryable
 * @typedef {Queryable & { kind: 'pglite' | 'postgres', transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>,
 *   checkpoint(): Promise<void>, close(): Promise<void> }} Database
 */

/**
 * @param {{ databaseUrl?: string, pgliteDir?: string, exclusive?: boolean, log?: Pick<Console, 'warn'> }} options
 *   `exclusive`: a key rotation, which no API may run beside (on Postgres, the in-use lock taken exclusively)
 * @returns {Promise<Database>}
 */
export async function connect(options) {
  const db = options.databaseUrl ? await connectPostgres(options.databaseUrl, options.exclusive ?? false, options.log ?? console) : await connectPglite(options.pgliteDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  return db;
}

/** @param {Database} db */
async function migrate(db) {
  const files = (await readdir(MIGRATIONS)).filter((name) => /^\d+_[\w-]+\.sql$/.test(name)).sort();
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const applied = new Set((await tx.query('SELECT version FROM schema_migrations')).rows.map((row) => row.version));
    for (const file of files) {
      const version = file.replace(/\.sql$/, '');
      if (applied.has(version)) continue;
      await tx.exec(await readFile(new URL(file, MIGRATIONS), 'utf8'));
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
    }
  });
}

/**
 * PGlite runs Postgres inside this process: one process per folder. A lock file beside the folder
 * (`<folder>.lock`, holding the pid and the host name) refuses a second one with a message instead
 * of corrupting it, a process on another host (a container sharing the folder) included.
 * @param {string | undefined} dir
 * @returns {Promise<Database>}
 */
async function connectPglite(dir) {
  const { PGlite } = await import('@electric-sql/pglite');
  const lock = dir ? await takeLock(`${dir}.lock`) : undefined;
  let pg;
  try {
    if (dir) await mkdir(dirname(dir), { recursive: true, mode: 0o700 });
    pg = new PGlite(dir);
    await pg.waitReady;
  } catch (error) {
    await lock?.release();
    throw error;
  }
  const db = /** @type {import('@electric-sql/pglite').PGlite} */ (pg);
  /** @param {import('@electric-sql/pglite').PGlite | import('@electric-sql/pglite').Transaction} q */
  const queryable = (q) => ({
    /** @type {Queryable['query']} */
    query: async (sql, params) => {
      const result = await q.query(sql, params);
      return { rows: result.rows, count: result.affectedRows ?? result.rows.length };
    },
    /** @param {string} sql */
    exec: async (sql) => void (await q.exec(sql)),
  });
  let closed = false;
  return {
    kind: 'pglite',
    ...queryable(db),
    transaction: (fn) => db.transaction((tx) => fn(queryable(tx))),
    checkpoint: async () => void (await db.exec('CHECKPOINT')),
    close: async () => {
      if (closed) return;
      closed = true;
      await db.close();
      await lock?.release();
    },
  };
}

/**
 * @param {string} url
 * @param {boolean} exclusive
 * @param {Pick<Console, 'warn'>} log
 * @returns {Promise<Database>}
 */
async function connectPostgres(url, exclusive, log) {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000 });
  // An idle client's error (the server restarted) must not crash the process; the next query reconnects.
  pool.on('error', (error) => log.warn(`connector-api: a database connection failed (${error.message})`));
  /** @param {{ query: (sql: string, params?: unknown[]) => Promise<import('pg').QueryResult> }} q */
  const queryable = (q) => ({
    /** @type {Queryable['query']} */
    query: async (sql, params) => {
      const result = await q.query(sql, params);
      return { rows: result.rows, count: result.rowCount ?? 0 };
    },
    /** @param {string} sql */
    exec: async (sql) => void (await q.query(sql)),
  });
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`connector-api: could not connect to Postgres at ${serverName(url)} (${/** @type {Error} */ (error).message}). Check DATABASE_URL.`);
  }
  let inUse;
  try {
    inUse = await holdInUseLock(pg, url, exclusive, log);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  let closed = false;
  /** @type {Database['transaction']} */
  async function transaction(fn) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(queryable(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  return {
    kind: 'postgres',
    // Every statement runs between BEGIN and COMMIT: the same as autocommit on a Postgres server,
    // and what a wire-protocol server in front of one embedded database (PGlite's socket server,
    // in the tests) needs to keep a connection's parse/bind/execute messages together.
    query: (sql, params) => transaction((tx) => tx.query(sql, params)),
    exec: (sql) => transaction((tx) => tx.exec(sql)),
    transaction,
    checkpoint: async () => undefined, // the server's own business
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
      await inUse.release();
    },
  };
}

/**
 * IN_USE_LOCK, taken without waiting (shared for an API, exclusive for a rotation) on a
 * connection that stays open, and so keeps it, until `release`.
 * @param {typeof import('pg')} pg
 * @param {string} url
 * @param {boolean} exclusive
 * @param {Pick<Console, 'warn'>} log
 */
async function holdInUseLock(pg, url, exclusive, log) {
  const suffix = exclusive ? '' : '_shared';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  // The lock goes with the connection (the server restarted): said, since a rotation could then run.
  client.on('error', (error) =>
    log.warn(`connector-api: the connection holding the database's in-use lock failed (${error.message}): restart the API, so that a key rotation cannot run beside it.`),
  );
  await client.connect();
  try {
    // No parameters: one simple-protocol message (see `query` above on PGlite's socket server).
    const { rows } = await client.query(`SELECT pg_try_advisory_lock${suffix}(${IN_USE_LOCK}) AS taken`);
    if (!rows[0]?.taken)
      throw new InUseError(
        exclusive
          ? `An API is running on the Postgres database at ${serverName(url)}: stop every API that uses it, then run this again. Nothing was changed.`
          : `connector-api: a key rotation (\`npm run api:rotate-key\`) is running on the Postgres database at ${serverName(url)}; start the API once it has finished.`,
      );
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  return {
    release: async () => {
      // Ending the session lets it go; unlocking first also does where the session outlives the connection (PGlite's socket server).
      await client.query(`SELECT pg_advisory_unlock${suffix}(${IN_USE_LOCK})`).catch(() => undefined);
      await client.end().catch(() => undefined);
    },
  };
}

/** Names the server, never the URL: it may carry a password. @param {string} url */
function serverName(url) {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return 'the server in DATABASE_URL';
  }
}

/** The lock files this process holds: one naming this pid that is not among them was left by an earlier run with the same pid. */
const heldLocks = new Set();

/**
 * @param {string} path
 * @returns {Promise<{ release(): Promise<void> }>}
 */
async function takeLock(path) {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(path, `${process.pid}\n${hostname()}\n`, { flag: 'wx', mode: 0o600 });
      heldLocks.add(path);
      return {
        release: async () => {
          heldLocks.delete(path);
          await unlink(path).catch(() => undefined);
        },
      };
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    }
    const [pidLine = '', host = ''] = (await readFile(path, 'utf8').catch(() => '')).split('\n');
    const pid = Number(pidLine.trim());
    // Taken on another machine or container sharing the folder: whether its process lives cannot be seen from here.
    if (pid && host.trim() && host.trim() !== hostname())
      throw new InUseError(
        `connector-api: the database folder ${path.replace(/\.lock$/, '')} is in use by process ${pid} on ${host.trim()}. ` +
          `Stop it first; if it is gone for good, delete ${path}.`,
      );
    // Our own pid in a lock we do not hold: a crashed run restarted as the same pid (pid 1 in a container).
    if (pid && alive(pid) && (pid !== process.pid || heldLocks.has(path)))
      throw new InUseError(
        `connector-api: the database folder ${path.replace(/\.lock$/, '')} is in use by another process (pid ${pid}${pid === process.pid ? ', this one' : ''}). ` +
          'Stop it first (`npm start` already runs the API), or set CONNECTOR_API_DATA_DIR to another folder.',
      );
    await unlink(path).catch(() => undefined); // left by a process that is gone (or an earlier run of this pid)
  }
  throw new Error(`connector-api: could not take the lock ${path}`);
}

/** @param {number} pid */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}
