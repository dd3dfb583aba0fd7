import { isSecretField, type CredentialField } from '../catalogue/catalogue-schema.js';
import type { ConnectorPayload } from '../schemas/wizard-data.js';

/** The Idempotency-Key of a payload, and what it was made for. Kept in the draft (no secrets). */
export interface IdempotencyRecord {
  key: string;
  /** SHA-256 of the payload without its secret values (that JSON itself where WebCrypto is missing): any other edit changes it. */
  fingerprint: string;
}

/**
 * Fingerprints the payload minus secrets, so the draft can hold it. Secret edits are tracked
 * in memory by the element instead (a hash of a secret in storage could be brute-forced). A page
 * that is not a secure context (plain `http:` other than this machine) has no `crypto.subtle`:
 * the fingerprint is then the canonical JSON itself, which holds nothing the draft does not.
 */
export async function payloadFingerprint(payload: ConnectorPayload, fields: readonly CredentialField[]): Promise<string> {
  const secret = new Set(fields.filter(isSecretField).map((f) => f.key));
  const credentials = Object.fromEntries(
    Object.entries(payload.credentials)
      .filter(([k]) => !secret.has(k))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return digest(JSON.stringify(Object.entries({ ...payload, credentials }).sort(([a], [b]) => a.localeCompare(b))));
}

/**
 * SHA-256 of `text` in hex; without WebCrypto (not a secure context), the text itself. An edit's
 * key digests the changes it sends, a new secret among them: it lives in memory only and goes
 * with the secrets (`dropSecrets`).
 */
export async function digest(text: string): Promise<string> {
  if (!crypto.subtle) return text;
  return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

/** A random (version 4) UUID, from `getRandomValues`, which every page has (`randomUUID` needs a secure context). */
export function newIdempotencyKey(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = hex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
