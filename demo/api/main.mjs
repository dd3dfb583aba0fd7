// @ts-check
/**
 * `npm run api`: the reference API alone, on 127.0.0.1 (port from `PORT`, default 8787), with the
 * storage config.mjs describes. Ctrl+C closes the database cleanly.
 */
import { serve } from '@hono/node-server';
import { demoApiOptions } from './config.mjs';
import { createConnectorApi } from './connector-api.mjs';
import { describeStorage } from './storage.mjs';

const env = process.env;
const port = env.PORT ? Number(env.PORT) : 8787;
if (!Number.isInteger(port) || port < 0 || port > 65_535) fail(`PORT must be a port number (0 to 65535), not "${String(env.PORT).slice(0, 20)}".`);

/** @type {ReturnType<typeof demoApiOptions>} */
let options;
try {
  options = demoApiOptions(env);
} catch (error) {
  fail(/** @type {Error} */ (error).message);
}
const allowedHosts = (env.CONNECTOR_API_ALLOWED_HOSTS ?? '')
  .split(',')
  .map((host) => host.trim().toLowerCase())
  .filter(Boolean);
const api = createConnectorApi({ ...options, allowedHosts });
try {
  await api.storage(); // opens (or creates) the database and the key now, not on the first request
} catch {
  fail('The reference API could not open its storage (see above).');
}

const server = serve({ fetch: api.app.fetch, hostname: '127.0.0.1', port, overrideGlobalObjects: false }, (info) => {
  console.log(`Reference API on http://127.0.0.1:${info.port}/api/connectors\n  ${describeStorage(options.storage)}`);
});
server.on('error', async (error) => {
  await api.close();
  const code = /** @type {NodeJS.ErrnoException} */ (error).code;
  fail(code === 'EADDRINUSE' ? `Port ${port} is in use: stop what uses it, or set PORT (e.g. PORT=8788 npm run api).` : `The server failed: ${error.message}`);
});

let stopping = false;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    await api.close();
    process.exit(0);
  });

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(message);
  process.exit(1);
}
