// @ts-check
/**
 * `npm run api:rotate-key`: re-encrypts every stored connector's credentials with a new key, in
 * one transaction (all or none). Stop the API first: it refuses to run beside one (PGlite's folder
 * lock; on Postgres, the in-use lock every running API holds, see db/connection.mjs).
 * - The current key is read where the API reads it: `CONNECTOR_API_KEY`, else the key file.
 * - The new key is `CONNECTOR_API_KEY_NEW` if set; otherwise, with a key file, a new random key.
 * - With a key file, the new key is written to `connector-api.key.next` first and renamed over
 *   the key file once the records are re-encrypted; the old key is kept as
 *   `connector-api.key.old` (mode 0600). A rotation cut short is finished by running the command
 *   again (the API refuses to start until then).
 * - With `CONNECTOR_API_KEY`, set it to the new key (the value of `CONNECTOR_API_KEY_NEW`) before
 *   starting the API again.
 * It prints key ids, never a key.
 */
import { readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { dataDirFrom } from './config.mjs';
import { KEY_FILE, KeyError, NEXT_KEY_FILE, OLD_KEY_FILE, generateKey, loadKey, open, parseKey, seal, writeKeyFile } from './crypto.mjs';
import { InUseError, openStore } from './db/store.mjs';

const env = process.env;
const dataDir = dataDirFrom(env);
const databaseUrl = env.DATABASE_URL || undefined;

try {
  if (!env.CONNECTOR_API_KEY && !(await readFile(join(dataDir, KEY_FILE)).catch(() => undefined)))
    throw new KeyError(`No key to rotate: CONNECTOR_API_KEY is unset and ${join(dataDir, KEY_FILE)} does not exist.`);
  const current = await loadKey({ env, dataDir, create: false, rotating: true });
  const nextPath = join(dataDir, NEXT_KEY_FILE);
  let next;
  if (env.CONNECTOR_API_KEY_NEW) next = parseKey(env.CONNECTOR_API_KEY_NEW, 'CONNECTOR_API_KEY_NEW');
  else if (current.source === 'env')
    throw new KeyError('CONNECTOR_API_KEY is set: set CONNECTOR_API_KEY_NEW to the new key as well (e.g. from `openssl rand -base64 32`), then run this again.');
  else next = await readNextKey(nextPath);
  next ??= generateKey();
  if (next.id === current.key.id) throw new KeyError('The new key is the current key: nothing to do.');

  // Refused while an API runs (it would go on with the old key); held until the key file is replaced.
  const store = await openStore({ databaseUrl, pgliteDir: databaseUrl ? undefined : join(dataDir, 'pglite'), exclusive: true, log: console });
  let count = 0;
  try {
    // With a key file, the new key is on disk before any record depends on it.
    if (current.source === 'file' && !(await writeKeyFile(nextPath, next)) && (await readNextKey(nextPath))?.id !== next.id)
      throw new KeyError(`${nextPath} holds another key: remove it (if no record uses it) or run without CONNECTOR_API_KEY_NEW.`);
    const keys = new Map([
      [current.key.id, current.key],
      [next.id, next],
    ]);
    const unknown = (await store.keyIds()).filter((k) => !keys.has(k.keyId));
    if (unknown.length)
      throw new KeyError(
        `Some connectors are encrypted with key ${unknown.map((k) => k.keyId).join(', ')}, which is neither the current key nor the new one: nothing was changed.`,
      );
    count = await store.reseal(({ id, credentials }) => (credentials.keyId === next.id ? undefined : seal(next, open(keys, credentials, id), id)));
    await store.checkpoint();
    if (current.source === 'file') {
      // The old key is kept, never destroyed: a backup made before the rotation needs it.
      await rm(join(dataDir, OLD_KEY_FILE), { force: true });
      await writeKeyFile(join(dataDir, OLD_KEY_FILE), current.key);
      await rename(nextPath, join(dataDir, KEY_FILE));
    }
  } finally {
    await store.close();
  }
  console.log(`Re-encrypted ${count} connector${count === 1 ? '' : 's'}: key ${current.key.id} -> ${next.id}.`);
  if (current.source === 'file')
    console.log(`The key file ${join(dataDir, KEY_FILE)} now holds the new key; the old one is kept in ${join(dataDir, OLD_KEY_FILE)} (for backups made before).`);
  else console.log('Now set CONNECTOR_API_KEY to the new key (the value of CONNECTOR_API_KEY_NEW) before you start the API again.');
} catch (error) {
  console.error(
    error instanceof KeyError || error instanceof InUseError ? error.message : `Key rotation failed (${/** @type {Error} */ (error).message}); run it again to finish it.`,
  );
  process.exit(1);
}

/** @param {string} path */
async function readNextKey(path) {
  try {
    return parseKey(await readFile(path, 'utf8'), `The key file ${path}`);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return undefined;
    throw error;
  }
}
