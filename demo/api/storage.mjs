// @ts-check
/**
 * Where the reference API keeps connectors and the key their credentials are sealed with:
 * - `databaseUrl` (`DATABASE_URL`): a Postgres server; otherwise embedded PGlite in
 *   `<dataDir>/pglite`, or in memory when there is no data folder (the test server);
 * - the key: `CONNECTOR_API_KEY`, else `<dataDir>/connector-api.key` (created on first start, mode
 *   0600), else (memory only) a key that lives as long as the process.
 * It refuses to start, with a message that says what to do, when the key cannot open what is stored.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { KeyError, loadKey } from './crypto.mjs';
import { openStore } from './db/store.mjs';

/**
 * @typedef {{ dataDir?: string, databaseUrl?: string, env?: Record<string, string | undefined> }} StorageOptions
 * @typedef {Awaited<ReturnType<typeof openStorage>>} Storage
 */

/** Where connectors and the key are kept, in words. @param {StorageOptions} options */
export function describeStorage(options) {
  const env = options.env ?? {};
  const database = options.databaseUrl ? 'Postgres (DATABASE_URL)' : options.dataDir ? `PGlite in ${join(options.dataDir, 'pglite')}` : 'PGlite in memory';
  const key = env.CONNECTOR_API_KEY ? 'CONNECTOR_API_KEY' : options.dataDir ? join(options.dataDir, 'connector-api.key') : 'memory';
  return `connectors: ${database}; key: ${key}`;
}

/**
 * @param {StorageOptions} options
 * @param {Pick<Console, 'warn'>} log
 */
export async function openStorage(options, log) {
  const env = options.env ?? {};
  if (options.databaseUrl && !options.dataDir && !env.CONNECTOR_API_KEY)
    throw new KeyError('connector-api: with DATABASE_URL, set CONNECTOR_API_KEY, or give a data folder for the key file.');
  const store = await openStore({ databaseUrl: options.databaseUrl, pgliteDir: !options.databaseUrl && options.dataDir ? join(options.dataDir, 'pglite') : undefined, log });
  try {
    const sealedWith = await store.keyIds();
    const loaded = await loadKey({ env, dataDir: options.dataDir, create: sealedWith.length === 0 });
    const other = sealedWith.filter((k) => k.keyId !== loaded.key.id);
    if (other.length) {
      const count = other.reduce((n, k) => n + k.count, 0);
      const source = loaded.source === 'env' ? 'CONNECTOR_API_KEY' : (loaded.path ?? 'the key file');
      throw new KeyError(
        `connector-api: ${count} stored connector${count === 1 ? ' is' : 's are'} encrypted with key ${other.map((k) => k.keyId).join(', ')}, ` +
          `but the current key (${source}) is ${loaded.key.id}. Start with the key they were encrypted with, or finish a rotation with \`npm run api:rotate-key\`.`,
      );
    }
    if (loaded.path) {
      const { mode } = await stat(loaded.path);
      if (mode & 0o077) log.warn(`connector-api: ${loaded.path} can be read by other users; run \`chmod 600 ${loaded.path}\`.`);
    }
    return { store, key: loaded.key, keys: new Map([[loaded.key.id, loaded.key]]), keySource: loaded.source };
  } catch (error) {
    await store.close();
    throw error;
  }
}
