import { isSecretField, type CredentialField } from '../catalogue/catalogue-schema.js';
import type { ConnectorPayload } from '../schemas/wizard-data.js';

/** The Idempotency-Key of a payload, and what it was made for. Kept in the draft (no secrets). */
export interface IdempotencyRecord {
  key: string;
  /** SHA-256 of the payload without its secret values: any other edit changes it. */
  fingerprint: string;
}

/**
 * Fingerprints the payload minus secrets, so the draft can hold it. Secret edits are tracked
 * in memory by the element instead (a hash of a secret in storage could be brute-forced).
 */
export async function payloadFingerprint(payload: ConnectorPayload, fields: readonly CredentialField[]): Promise<string> {
  const secret = new Set(fields.filter(isSecretField).map((f) => f.key));
  const credentials = Object.fromEntries(
    Object.entries(payload.credentials)
      .filter(([k]) => !secret.has(k))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  const canonical = JSON.stringify(Object.entries({ ...payload, credentials }).sort(([a], [b]) => a.localeCompare(b)));
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const newIdempotencyKey = (): string => crypto.randomUUID();
