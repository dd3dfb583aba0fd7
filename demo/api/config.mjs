// @ts-check
/**
 * The demo's reference API as `npm start`, `npm run api` and `npm run api:rotate-key` run it: the
 * sample catalogue, two company groups, and storage from the environment:
 * - `CONNECTOR_API_DATA_DIR`: the data folder (default `.data/` in this package), holding
 *   `pglite/` (the embedded database) and `connector-api.key` (when `CONNECTOR_API_KEY` is unset);
 * - `DATABASE_URL`: a Postgres server instead of PGlite;
 * - `CONNECTOR_API_KEY`: the key credentials are sealed with (base64 of 32 bytes).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseKey } from './crypto.mjs';

export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** @param {Record<string, string | undefined>} env */
export const dataDirFrom = (env) => resolve(env.CONNECTOR_API_DATA_DIR || resolve(PACKAGE_ROOT, '.data'));

export const DEMO_GROUPS = [
  { id: 'uk', name: 'UK' },
  { id: 'us', name: 'North America' },
];

export const demoCatalogue = () => JSON.parse(readFileSync(new URL('../sample-catalogue.json', import.meta.url), 'utf8'));

/**
 * Options for createConnectorApi. Throws (with the fix in the message) when `CONNECTOR_API_KEY`
 * is set but is not a key, so a server refuses to start rather than failing on the first request.
 * @param {Record<string, string | undefined>} env
 */
export function demoApiOptions(env) {
  if (env.CONNECTOR_API_KEY) parseKey(env.CONNECTOR_API_KEY, 'CONNECTOR_API_KEY');
  return {
    catalogue: demoCatalogue(),
    groups: DEMO_GROUPS,
    storage: { dataDir: dataDirFrom(env), databaseUrl: env.DATABASE_URL || undefined, env },
  };
}
