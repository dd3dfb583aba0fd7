// @ts-check
/**
 * Credentials at rest: AES-256-GCM with a fresh 12-byte nonce per record, the record's id as
 * additional data (a sealed value copied onto another record does not open), and a key id beside
 * every record so a rotation can tell keys apart. The key comes from `CONNECTOR_API_KEY` (base64
 * of 32 bytes) or, when that is unset, from a key file in the data folder, created with mode 0600
 * on first start. Nothing here ever puts a key or a plaintext in a message.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const KEY_FILE = 'connector-api.key';
/** Written first by a rotation, renamed over KEY_FILE once every record is re-encrypted. */
export const NEXT_KEY_FILE = 'connector-api.key.next';
/** The key a rotation replaced, kept (mode 0600) for what was sealed with it before (a backup). */
export const OLD_KEY_FILE = 'connector-api.key.old';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** A problem with the key that a person can fix; the message says how. */
export class KeyError extends Error {
  name = 'KeyError';
}

/**
 * @typedef {{ id: string, key: Buffer, fingerprintKey: Buffer }} DataKey
 * @typedef {{ keyId: string, nonce: Buffer, sealed: Buffer }} Sealed
 * @typedef {{ key: DataKey, source: 'env' | 'file' | 'memory', path?: string, created: boolean }} LoadedKey
 */

/**
 * Base64 of exactly 32 bytes, as `openssl rand -base64 32` prints it.
 * @param {string} text
 * @param {string} where what to name in the message (never the value)
 */
export function parseKey(text, where) {
  const value = text.trim();
  if (!/^[A-Za-z0-9+/]{43}=$/.test(value))
    throw new KeyError(`${where} is not a valid key: it must be the base64 of exactly 32 random bytes (44 characters ending in "="), as \`openssl rand -base64 32\` prints.`);
  return dataKey(Buffer.from(value, 'base64'));
}

/** @param {Buffer} key 32 bytes */
export function dataKey(key) {
  return {
    // Names the key without revealing it: a keyed hash of a constant, cut short.
    id: createHmac('sha256', key).update('connector-api key id v1').digest('hex').slice(0, 16),
    key,
    // Idempotency fingerprints of credentials are keyed with a key derived from this one, so a
    // fingerprint on disk cannot be brute-forced back to a password without the key.
    fingerprintKey: Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'connector-api idempotency fingerprint v1', 32)),
  };
}

export const generateKey = () => dataKey(randomBytes(32));

/** @param {DataKey} key */
export const encodeKey = (key) => `${key.key.toString('base64')}\n`;

/**
 * @param {DataKey} key
 * @param {unknown} value any JSON value
 * @param {string} aad the record's id
 * @returns {Sealed}
 */
export function seal(key, value, aad) {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.key, nonce);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return { keyId: key.id, nonce, sealed };
}

/**
 * @param {Map<string, DataKey>} keys by id
 * @param {Sealed} record
 * @param {string} aad
 */
export function open(keys, record, aad) {
  const key = keys.get(record.keyId);
  if (!key) throw new KeyError(`A record is encrypted with key ${record.keyId}, which is not the current key.`);
  const decipher = createDecipheriv('aes-256-gcm', key.key, record.nonce);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(record.sealed.subarray(record.sealed.length - TAG_BYTES));
  const plain = Buffer.concat([decipher.update(record.sealed.subarray(0, record.sealed.length - TAG_BYTES)), decipher.final()]);
  return JSON.parse(plain.toString('utf8'));
}

/**
 * The key, from `CONNECTOR_API_KEY`, else the key file in `dataDir` (created when `create` allows
 * and it is missing), else (no data folder: tests) a key that lives in memory only.
 * @param {{ env: Record<string, string | undefined>, dataDir?: string, create: boolean, rotating?: boolean }} options
 * @returns {Promise<LoadedKey>}
 */
export async function loadKey({ env, dataDir, create, rotating = false }) {
  if (env.CONNECTOR_API_KEY) return { key: parseKey(env.CONNECTOR_API_KEY, 'CONNECTOR_API_KEY'), source: 'env', created: false };
  if (!dataDir) return { key: generateKey(), source: 'memory', created: false };
  const path = join(dataDir, KEY_FILE);
  if (!rotating && (await exists(join(dataDir, NEXT_KEY_FILE))))
    throw new KeyError(`A key rotation did not finish (${join(dataDir, NEXT_KEY_FILE)} exists): run \`npm run api:rotate-key\` again to finish it.`);
  let text;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
    if (!create)
      throw new KeyError(
        `The key file ${path} is missing, but the stored connectors are encrypted: restore the file, or set CONNECTOR_API_KEY to the key they were encrypted with.`,
      );
    const key = generateKey();
    if (await writeKeyFile(path, key)) return { key, source: 'file', path, created: true };
    text = await readFile(path, 'utf8'); // another process created it first
  }
  return { key: parseKey(text, `The key file ${path}`), source: 'file', path, created: false };
}

/**
 * Creates a key file readable by its owner only; false when it already exists.
 * @param {string} path
 * @param {DataKey} key
 */
export async function writeKeyFile(path, key) {
  await mkdir(join(path, '..'), { recursive: true, mode: 0o700 });
  try {
    await writeFile(path, encodeKey(key), { mode: 0o600, flag: 'wx' });
    return true;
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'EEXIST') return false;
    throw error;
  }
}

/** @param {string} path */
async function exists(path) {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
