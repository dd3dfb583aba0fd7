// @ts-check
/**
 * The reference API's data access: every query it makes, on PGlite or Postgres alike (the same
 * SQL, the same migrations, see connection.mjs). Connectors belong to a namespace ('' for the
 * demo; the tests use one per test). Credentials arrive and leave sealed: this module never sees
 * them in clear.
 */
import { connect } from './connection.mjs';

export { InUseError } from './connection.mjs';

/**
 * @typedef {import('../crypto.mjs').Sealed} Sealed
 * @typedef {{ id: string, name: string, system: string, group?: string, environment: 'live' | 'test',
 *   timeZone: string, dateFormat: string, authType: string, createdAt: string, updatedAt?: string, revision?: string }} Connector
 * @typedef {Connector & { credentials: Sealed }} StoredConnector
 * @typedef {{ publicFingerprint: string, secretFingerprint: string, fingerprintKeyId: string }} Fingerprint
 * @typedef {Fingerprint & { status: number, response: unknown, createdAt: string }} IdempotencyRecord
 * @typedef {Awaited<ReturnType<typeof openStore>>} Store
 */

const COLUMNS = 'id, name, system, company_group, environment, time_zone, date_format, auth_type, created_at, updated_at, revision';
const SEALED = 'credentials_key_id, credentials_nonce, credentials_sealed';

/**
 * @param {{ databaseUrl?: string, pgliteDir?: string, exclusive?: boolean, log?: Pick<Console, 'warn'> }} options
 *   no `databaseUrl` and no `pgliteDir`: PGlite in memory; `exclusive`: a key rotation, which refuses to run beside an API
 */
export async function openStore(options) {
  const db = await connect(options);

  return {
    kind: db.kind,

    /** @param {string} ns @returns {Promise<Connector[]>} */
    async list(ns) {
      const { rows } = await db.query(`SELECT ${COLUMNS} FROM connectors WHERE namespace = $1 ORDER BY position`, [ns]);
      return rows.map(toConnector);
    },

    /** @param {string} ns @param {string} id @returns {Promise<StoredConnector | undefined>} */
    async get(ns, id) {
      const { rows } = await db.query(`SELECT ${COLUMNS}, ${SEALED} FROM connectors WHERE namespace = $1 AND id = $2`, [ns, id]);
      return rows[0] && { ...toConnector(rows[0]), credentials: toSealed(rows[0]) };
    },

    /**
     * Records the key with its response, then the connector, in one transaction: a second request
     * with the same key waits for (or meets) the first one's key and is answered from it.
     * @param {string} ns
     * @param {Connector} connector
     * @param {Sealed} credentials
     * @param {{ key: string, fingerprint: Fingerprint, status: number, response: unknown, expiredBefore: string }} idempotency
     * @returns {Promise<'created' | 'slot-taken' | 'key-taken'>}
     */
    async create(ns, connector, credentials, idempotency) {
      try {
        await db.transaction(async (tx) => {
          const { key, fingerprint: f } = idempotency;
          await tx.query('DELETE FROM idempotency_keys WHERE namespace = $1 AND key = $2 AND created_at < $3', [ns, key, idempotency.expiredBefore]);
          await tx.query(
            `INSERT INTO idempotency_keys (namespace, key, public_fingerprint, secret_fingerprint, fingerprint_key_id, status, response, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [ns, key, f.publicFingerprint, f.secretFingerprint, f.fingerprintKeyId, idempotency.status, JSON.stringify(idempotency.response), connector.createdAt],
          );
          await tx.query(
            `INSERT INTO connectors (namespace, id, name, system, company_group, environment, time_zone, date_format, auth_type, ${SEALED}, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
            [ns, connector.id, ...fieldValues(connector), credentials.keyId, credentials.nonce, credentials.sealed, connector.createdAt],
          );
        });
        return 'created';
      } catch (error) {
        const conflict = uniqueViolation(error);
        if (conflict === 'connectors_one_per_slot') return 'slot-taken';
        if (conflict === 'idempotency_keys_pkey') return 'key-taken';
        throw error;
      }
    },

    /**
     * Writes the connector only if it is still as it was read: its credentials' nonce, new on
     * every write, is its version. `changed`: it was written (or deleted) since; read it again.
     * Its revision goes up by one when `changed` says the edit changes something.
     * @param {string} ns
     * @param {Connector} connector the whole connector after the change
     * @param {Sealed} credentials
     * @param {Buffer} readNonce the nonce of the credentials read before the change
     * @param {boolean} changed
     * @returns {Promise<{ result: 'updated', connector: Connector } | { result: 'changed' | 'slot-taken' }>}
     */
    async update(ns, connector, credentials, readNonce, changed) {
      try {
        const { rows } = await db.query(
          `UPDATE connectors SET name = $3, system = $4, company_group = $5, environment = $6, time_zone = $7, date_format = $8, auth_type = $9,
             credentials_key_id = $10, credentials_nonce = $11, credentials_sealed = $12, updated_at = $13, revision = revision + $15
           WHERE namespace = $1 AND id = $2 AND credentials_nonce = $14 RETURNING ${COLUMNS}`,
          [ns, connector.id, ...fieldValues(connector), credentials.keyId, credentials.nonce, credentials.sealed, connector.updatedAt, readNonce, changed ? 1 : 0],
        );
        return rows[0] ? { result: 'updated', connector: toConnector(rows[0]) } : { result: 'changed' };
      } catch (error) {
        if (uniqueViolation(error) === 'connectors_one_per_slot') return { result: 'slot-taken' };
        throw error;
      }
    },

    /** @param {string} ns @param {string} id */
    async remove(ns, id) {
      return (await db.query('DELETE FROM connectors WHERE namespace = $1 AND id = $2', [ns, id])).count > 0;
    },

    /**
     * A key's record, unless it expired.
     * @param {string} ns @param {string} key @param {string} notBefore ISO time
     * @returns {Promise<IdempotencyRecord | undefined>}
     */
    async idempotency(ns, key, notBefore) {
      const { rows } = await db.query(
        `SELECT public_fingerprint, secret_fingerprint, fingerprint_key_id, status, response, created_at
         FROM idempotency_keys WHERE namespace = $1 AND key = $2 AND created_at >= $3`,
        [ns, key, notBefore],
      );
      const row = rows[0];
      return (
        row && {
          publicFingerprint: row.public_fingerprint,
          secretFingerprint: row.secret_fingerprint,
          fingerprintKeyId: row.fingerprint_key_id,
          status: row.status,
          response: JSON.parse(row.response),
          createdAt: iso(row.created_at),
        }
      );
    },

    /**
     * Records an edit's answer under its Idempotency-Key (after the edit: a request with the same
     * key meanwhile finds none and is handled as new, which If-Match then decides).
     * @param {string} ns @param {string} key @param {Fingerprint} f @param {number} status @param {unknown} response @param {string} at
     */
    async remember(ns, key, f, status, response, at) {
      await db.query(
        `INSERT INTO idempotency_keys (namespace, key, public_fingerprint, secret_fingerprint, fingerprint_key_id, status, response, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
        [ns, key, f.publicFingerprint, f.secretFingerprint, f.fingerprintKeyId, status, JSON.stringify(response), at],
      );
    },

    /** Forgets keys older than `before` (ISO time), in every namespace. @param {string} before */
    async purgeIdempotency(before) {
      return (await db.query('DELETE FROM idempotency_keys WHERE created_at < $1', [before])).count;
    },

    /** Which keys the stored credentials are sealed with, and how many under each. */
    async keyIds() {
      const { rows } = await db.query('SELECT credentials_key_id AS key_id, count(*)::int AS count FROM connectors GROUP BY credentials_key_id ORDER BY 1');
      return rows.map((row) => ({ keyId: /** @type {string} */ (row.key_id), count: /** @type {number} */ (row.count) }));
    },

    /**
     * Re-seals every connector's credentials in one transaction (a key rotation): all or none.
     * @param {(record: { id: string, credentials: Sealed }) => Sealed | undefined} reseal undefined leaves a record as it is
     */
    async reseal(reseal) {
      return db.transaction(async (tx) => {
        const { rows } = await tx.query(`SELECT id, ${SEALED} FROM connectors ORDER BY position FOR UPDATE`);
        let count = 0;
        for (const row of rows) {
          const next = reseal({ id: row.id, credentials: toSealed(row) });
          if (!next) continue;
          await tx.query(`UPDATE connectors SET credentials_key_id = $2, credentials_nonce = $3, credentials_sealed = $4 WHERE id = $1`, [
            row.id,
            next.keyId,
            next.nonce,
            next.sealed,
          ]);
          count++;
        }
        return count;
      });
    },

    /** What a namespace holds (for the tests: stores must not grow without bound). @param {string} ns */
    async stats(ns) {
      const [connectors, keys] = await Promise.all([
        db.query('SELECT count(*)::int AS count, coalesce(sum(pg_column_size(c.*)), 0)::int AS bytes FROM connectors c WHERE namespace = $1', [ns]),
        db.query('SELECT count(*)::int AS count, coalesce(sum(pg_column_size(k.*)), 0)::int AS bytes FROM idempotency_keys k WHERE namespace = $1', [ns]),
      ]);
      return {
        connectors: connectors.rows[0].count,
        connectorBytes: connectors.rows[0].bytes,
        idempotencyKeys: keys.rows[0].count,
        idempotencyBytes: keys.rows[0].bytes,
      };
    },

    /** Writes everything to the data files (PGlite; a Postgres server does this itself). */
    checkpoint: () => db.checkpoint(),
    close: () => db.close(),
  };
}

/** @param {Connector} c */
const fieldValues = (c) => [c.name, c.system, c.group ?? null, c.environment, c.timeZone, c.dateFormat, c.authType];

/** @param {any} row @returns {Connector} */
function toConnector(row) {
  return {
    id: row.id,
    name: row.name,
    system: row.system,
    ...(row.company_group !== null ? { group: row.company_group } : {}),
    environment: row.environment,
    timeZone: row.time_zone,
    dateFormat: row.date_format,
    authType: row.auth_type,
    createdAt: iso(row.created_at),
    ...(row.updated_at ? { updatedAt: iso(row.updated_at) } : {}),
    revision: String(row.revision),
  };
}

/** @param {any} row @returns {Sealed} */
const toSealed = (row) => ({ keyId: row.credentials_key_id, nonce: bytes(row.credentials_nonce), sealed: bytes(row.credentials_sealed) });

/** bytea comes back as a Buffer from pg and as a Uint8Array from PGlite. @param {Uint8Array} value */
const bytes = (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength));

/** @param {Date | string} value */
const iso = (value) => (value instanceof Date ? value : new Date(value)).toISOString();

/** The constraint a unique violation (SQLSTATE 23505) broke, if that is what the error is. @param {unknown} error */
function uniqueViolation(error) {
  const e = /** @type {{ code?: string, constraint?: string }} */ (error);
  return e && e.code === '23505' ? (e.constraint ?? '') : undefined;
}
