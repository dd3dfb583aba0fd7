import { idRecord, type IdRecord } from '../schemas/id-record.js';
import type { SecretValues } from '../schemas/wizard-data.js';
import type { DraftStore, EncryptedSecrets, EncryptedValue } from './draft-store.js';
import { StorageError } from './storage-error.js';

const KEY_ID = 'secrets-v1';
/** Encrypted secrets older than this are dropped on load. */
export const SECRET_LIFETIME_MS = 24 * 60 * 60 * 1000;

export class VaultUnavailable extends Error {
  override name = 'VaultUnavailable';
}

/** `!value.isWellFormed()`, in the browsers ES2022 targets too. */
const LONE_SURROGATE = /\p{Cs}/u;

const AAD_V2 = new TextEncoder().encode('connector-wizard/2');

/**
 * The additional data a value is sealed with: each part's UTF-8 length (4 bytes, big-endian) before
 * it, so no two contexts give the same bytes. It begins differently from the old form (`old`).
 */
const aad = (...parts: string[]) => {
  const encoded = parts.map((part) => new TextEncoder().encode(part));
  const bytes = new Uint8Array(encoded.reduce((n, part) => n + 4 + part.length, AAD_V2.length));
  const view = new DataView(bytes.buffer);
  bytes.set(AAD_V2);
  let at = AAD_V2.length;
  for (const part of encoded) {
    view.setUint32(at, part.length);
    bytes.set(part, at + 4);
    at += 4 + part.length;
  }
  return bytes;
};

/**
 * The parts joined with NUL, as values were sealed before: opened with it still (a day's drafts:
 * SECRET_LIFETIME_MS), never sealed. Not where a part holds a NUL: two contexts could join alike.
 */
const old = (parts: string[]) => (parts.some((part) => part.includes('\u0000')) ? undefined : new TextEncoder().encode(['connector-wizard', ...parts].join('\u0000')));

/**
 * `secret-persistence="encrypted"`: AES-GCM-256 with a non-extractable key kept in IndexedDB,
 * a fresh random 96-bit IV per value and write, and the draft id and field as additional data
 * (a value copied to another draft or field does not decrypt). Best effort only: script in the
 * page, or anyone who can read the browser profile, can use the key as this code does.
 */
export class SecretVault {
  private key: Promise<CryptoKey> | undefined;
  /** The store's deletions when the key was read: a key the page deleted with the database is read (or made) again. */
  private keyWipes = 0;

  constructor(private readonly store: DraftStore) {}

  static get supported(): boolean {
    return typeof crypto !== 'undefined' && typeof crypto.subtle?.encrypt === 'function';
  }

  private getKey(): Promise<CryptoKey> {
    if (this.keyWipes !== this.store.wipes) this.key = undefined;
    this.keyWipes = this.store.wipes;
    this.key ??= (async () => {
      if (!SecretVault.supported) throw new VaultUnavailable('WebCrypto is not available');
      const stored = await this.store.getKey(KEY_ID);
      if (stored) return stored;
      const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
      try {
        // Two tabs may both generate one: the first stored wins and both use it.
        return await this.store.addKey(KEY_ID, key);
      } catch (error) {
        // Storage itself failing (a full disk, another tab's upgrade) is the draft's failure, said as such.
        if (error instanceof StorageError && error.reason !== 'failed') throw error;
        // Some browsers cannot store a CryptoKey (DataCloneError): then nothing is encrypted at all.
        throw new VaultUnavailable(`The encryption key cannot be stored: ${(error as Error).message}`);
      }
    })();
    this.key.catch(() => (this.key = undefined));
    return this.key;
  }

  async encryptValue(value: string, draftId: string, authType: string, field: string): Promise<EncryptedValue> {
    const key = await this.getKey();
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(draftId, authType, field) }, key, new TextEncoder().encode(value));
    return { iv, data };
  }

  async decryptValue(value: EncryptedValue, draftId: string, authType: string, field: string): Promise<string | undefined> {
    try {
      const key = await this.getKey();
      const open = (additionalData: BufferSource) => crypto.subtle.decrypt({ name: 'AES-GCM', iv: value.iv, additionalData }, key, value.data);
      const before = old([draftId, authType, field]);
      const plain = await open(aad(draftId, authType, field)).catch((error: unknown) => (before ? open(before) : Promise.reject(error)));
      return new TextDecoder().decode(plain);
    } catch {
      return undefined;
    }
  }

  async encrypt(secrets: SecretValues, draftId: string, now = Date.now()): Promise<EncryptedSecrets> {
    const byAuthType: [string, IdRecord<EncryptedValue>][] = [];
    for (const [authType, fields] of Object.entries(secrets)) {
      const sealed: [string, EncryptedValue][] = [];
      // A lone surrogate (not well-formed UTF-16) would come back as U+FFFD through TextEncoder: left unsealed, it is asked for again after a reload, never changed.
      for (const [field, value] of Object.entries(fields))
        if (value && !LONE_SURROGATE.test(value)) sealed.push([field, await this.encryptValue(value, draftId, authType, field)]);
      if (sealed.length) byAuthType.push([authType, idRecord(sealed)]);
    }
    return { expiresAt: now + SECRET_LIFETIME_MS, values: idRecord(byAuthType) };
  }

  /** Secrets that still decrypt for this draft; expired or tampered ones are left out. */
  async decrypt(secrets: EncryptedSecrets | undefined, draftId: string, now = Date.now()): Promise<SecretValues> {
    if (!secrets || secrets.expiresAt <= now) return idRecord();
    const byAuthType: [string, IdRecord<string>][] = [];
    for (const [authType, fields] of Object.entries(secrets.values)) {
      const opened: [string, string][] = [];
      for (const [field, value] of Object.entries(fields)) {
        const plain = await this.decryptValue(value, draftId, authType, field);
        if (plain !== undefined) opened.push([field, plain]);
      }
      if (opened.length) byAuthType.push([authType, idRecord(opened)]);
    }
    return idRecord(byAuthType);
  }
}
