import type { ReactiveControllerHost } from 'lit';
import type { DraftSnapshot } from './draft-host.js';
import type { DraftTarget } from './draft-target.js';
import type { SecretValues } from '../schemas/wizard-data.js';
import { DraftStore, type DraftRecord, type EncryptedSecrets } from '../storage/draft-store.js';
import { withKept } from '../storage/kept-sealed.js';
import { moveLegacyDraft } from '../storage/legacy-draft.js';
import type { SecretVault } from '../storage/secret-vault.js';
import { PURGE_AFTER_MS } from './draft-timing.js';

/** What tabs using the same database tell each other. */
export interface DraftMessage {
  type: 'saved' | 'deleted';
  id: string;
  revision: number;
  from: string;
  /** Deleted because its connector was made: said by the message too, as a full disk leaves no tombstone to say it. */
  finished?: true;
}

export interface DraftConnectionOptions {
  /** Another tab is upgrading the database (see DraftStore). */
  onVersionChange: () => void;
  /** Another tab saved or deleted a draft in this database. */
  onMessage: (message: DraftMessage) => void;
  /** Secrets cannot be sealed in this browser: from now on they stay in memory. */
  onSecretsInMemory: () => void;
  /** An open given up on as blocked by another tab went through after all (see DraftStore). */
  onLateOpen: () => void;
}

/**
 * One drafts database as the draft controller uses it: the store, the vault that seals secrets
 * in it, and the BroadcastChannel to the other tabs using it.
 */
export class DraftConnection {
  readonly store: DraftStore;
  /** Loaded with its own file on first use: only `secret-persistence="encrypted"` needs it. */
  #vault?: Promise<typeof import('../storage/secret-vault.js') & { vault: SecretVault }>;
  #channel?: BroadcastChannel;
  /** False once the vault proved unusable here (said once). */
  #sealing = true;
  /** Reads under way: the draft each reads, and the newest revision another tab announced for it meanwhile. */
  readonly #reads = new Set<{ id: string; heard: number }>();
  /** See movedFrom. */
  #left?: { id: string; revision: number; to: string; from: string };

  constructor(
    readonly databaseName: string,
    private readonly options: DraftConnectionOptions,
  ) {
    this.store = new DraftStore(databaseName, { onVersionChange: options.onVersionChange, onLateOpen: options.onLateOpen });
    this.listen();
  }

  /** The connection to `databaseName`: `current` if it is on that database, else a new one (`current` closed). */
  static on(databaseName: string, current: DraftConnection | undefined, options: DraftConnectionOptions): DraftConnection {
    if (current?.databaseName === databaseName) return current;
    void current?.close();
    return new DraftConnection(databaseName, options);
  }

  /** Follows the other tabs (again, after `close()`). */
  listen(): void {
    if (this.#channel || typeof BroadcastChannel !== 'function') return;
    this.#channel = new BroadcastChannel(`connector-wizard:${this.databaseName}`);
    this.#channel.onmessage = ({ data }: MessageEvent<DraftMessage>) => {
      for (const read of this.#reads) if (read.id === data.id) read.heard = Math.max(read.heard, data.revision);
      this.options.onMessage(data);
    };
  }

  post(message: DraftMessage): void {
    try {
      this.#channel?.postMessage(message);
    } catch {
      // A closed channel (the element went away) has nobody to tell.
    }
  }

  /** Stops following other tabs and lets the database connection go (the store reopens if used again, and the vault reads its key again: the page may delete the database meanwhile). */
  close(): Promise<void> {
    this.#channel?.close();
    this.#channel = undefined;
    this.#vault = undefined;
    return this.store.close();
  }

  /** Deletes a draft (leaving its tombstone, which says whether its connector was `finished`; `known`: the revision this tab has of it; `at`: see DraftStore.delete) and tells the other tabs, as `from`; gives back the revision stored now, and whether a draft was `kept` there (`at`: saved since). */
  async delete(id: string, from: string, known = 0, finished = false, at?: number): Promise<{ revision: number; kept: boolean }> {
    const gone = await this.store.delete(id, known, finished, at);
    const { revision, record, newer, malformed } = await this.store.get(id);
    const kept = Boolean(record || newer || malformed);
    // Kept: nothing to tell. Gone without a tombstone (a full disk): told with the revision it would have had, or no tab would follow.
    if (!kept) this.post({ type: 'deleted', id, revision: Math.max(revision, gone), from, ...(finished ? { finished } : {}) });
    return { revision, kept };
  }

  /** The answers on screen moved to the draft `to` from the draft `id` (at `revision`), by the wizard `from`: that draft goes once they are written to `to` (see save); undefined: none moved. */
  movedFrom(left: { id: string; revision: number; to: string; from: string } | undefined): void {
    this.#left = left;
  }

  /** Drafts untouched for PURGE_AFTER_MS go, but `keep` (the one just loaded). Persistent storage is asked for by DraftHandle. */
  async tidy(keep: string): Promise<void> {
    try {
      await this.store.purge(PURGE_AFTER_MS, keep);
    } catch {
      // Purging is tidying up; a failure here changes nothing for the person.
    }
  }

  /**
   * The draft stored as `id`, with its secrets opened (none unless `encrypted`). With `legacyId`,
   * a draft still stored under a key that is no longer its own moves to `id` first, when `id`
   * has none (see moveLegacyDraft). `heard`: the newest revision of it another tab announced
   * while it was read (opening sealed secrets takes a while), or 0: one newer than `revision`
   * was missed by a tab still loading.
   */
  async read(id: string, encrypted: boolean, legacy: Pick<DraftTarget, 'legacyIds' | 'system' | 'group'> = {}) {
    const read = { id, heard: 0 };
    this.#reads.add(read);
    try {
      return { ...(await this.#read(id, encrypted, legacy)), heard: read.heard };
    } finally {
      this.#reads.delete(read);
    }
  }

  async #read(id: string, encrypted: boolean, { legacyIds = [], system, group }: Pick<DraftTarget, 'legacyIds' | 'system' | 'group'>) {
    const stored = await this.store.get(id);
    let { record, revision } = stored;
    // Nothing ever stored under `id`: a draft kept under an older key may move to it.
    if (!stored.record && !stored.malformed && !stored.newer && stored.revision === 0)
      for (const from of legacyIds) {
        ({ record, revision } = await moveLegacyDraft(
          this.store,
          from,
          id,
          { system, group },
          { open: (r) => this.open(r, encrypted), seal: (secrets, to) => this.seal(secrets, to) },
        ));
        if (record || revision) break;
      }
    return { ...stored, record, revision, secrets: record ? await this.open(record, encrypted) : {} };
  }

  /** Writes `snapshot` as the draft `id`, compare-and-set on `base` (see DraftStore.put); with `encrypted`, its secrets are sealed first: a transaction may await only its own requests. */
  async save(id: string, snapshot: DraftSnapshot, base: number, encrypted: boolean, options: { durability: 'strict' | 'default'; force: boolean }) {
    const from = this.#left?.to === id ? this.#left.id : undefined;
    const carried = encrypted && from !== undefined ? await this.#carried(from, snapshot) : undefined;
    const sealed = encrypted ? await this.seal(carried?.secrets ?? snapshot.secrets, id) : undefined;
    // A copy carried over keeps its expiry, as one kept at the same id does (see keptSealed).
    const secrets = sealed && carried ? { ...sealed, expiresAt: Math.min(sealed.expiresAt, carried.expiresAt) } : sealed;
    const result = await this.store.put({ id, step: snapshot.step, data: snapshot.data, updatedAt: Date.now(), ...(secrets ? { secrets } : {}) }, base, options);
    const left = this.#left;
    // Written where they moved, never before: a write that fails leaves them in the draft they left too (and one that cannot go, expires).
    if (result.ok && left?.to === id) {
      this.#left = undefined;
      await this.delete(left.id, left.from, 0, false, left.revision).catch(() => undefined);
    }
    return result;
  }

  /**
   * Answers moved from the draft `from` (see movedFrom) keep the secrets sealed there that they
   * still list as entered and no longer hold in memory (Cancel drops secrets from memory, not from
   * the draft): opened there, to be sealed again here, since the draft id is part of each one's
   * additional data (as moveLegacyDraft does). Undefined when there are none.
   */
  async #carried(from: string, { data, secrets }: DraftSnapshot) {
    const { record } = await this.store.get(from);
    if (!record?.secrets) return undefined;
    const kept = withKept(secrets, data, record.data, await this.open(record, true), (copy): copy is string => typeof copy === 'string');
    return kept === secrets ? undefined : { secrets: kept, expiresAt: record.secrets.expiresAt };
  }

  #loadVault() {
    this.#vault ??= import('../storage/secret-vault.js').then((module) => ({ ...module, vault: new module.SecretVault(this.store) }));
    return this.#vault;
  }

  /** False once the secret vault proved unusable here: typed secrets stay in memory only. */
  get sealing(): boolean {
    return this.#sealing;
  }

  /** The record's secrets that still decrypt; none unless `encrypted` (nor if the vault's file cannot be loaded: they are typed again). */
  async open(record: DraftRecord, encrypted: boolean): Promise<SecretValues> {
    if (!record.secrets || !encrypted) return {};
    const loaded = await this.#loadVault().catch(() => undefined);
    return loaded ? loaded.vault.decrypt(record.secrets, record.id) : {};
  }

  /** The secrets sealed for the draft `id`, or nothing once the vault proved unusable here (or its file could not be loaded). */
  async seal(secrets: SecretValues, id: string): Promise<EncryptedSecrets | undefined> {
    if (!this.#sealing) return undefined;
    const loaded = await this.#loadVault().catch(() => undefined);
    try {
      if (loaded) return await loaded.vault.encrypt(secrets, id);
    } catch (error) {
      if (!(error instanceof loaded!.VaultUnavailable)) throw error;
    }
    this.#sealing = false;
    this.options.onSecretsInMemory();
    return undefined;
  }
}

/** Deletes the draft `id` of `database`: through `connection` when it is on that database (the other tabs are told), else on its own; `finished`: its connector was made (the tombstone says so). */
export function deleteDraftOf(connection: DraftConnection | undefined, database: string, id: string, from: string, finished = false): Promise<unknown> {
  return connection?.databaseName === database ? connection.delete(id, from, 0, finished) : deleteDraftIn(database, id, finished);
}

/** Deletes a draft in a database no connection is open on (a reset() meant for a draft switched away from, or one a create finished after drafts stopped). */
export async function deleteDraftIn(database: string, id: string, finished = false): Promise<void> {
  const store = new DraftStore(database);
  try {
    await store.delete(id, 0, finished);
  } finally {
    await store.close();
  }
}

/** Asked on the document by a wizard opening a default draft: another wizard connected there with it answers (`shared`), and says whether the host was told of it already (`told`). */
interface Claim {
  key: string;
  /** The asking wizard's own (not to answer itself). */
  by: object;
  shared?: boolean;
  told?: boolean;
}

const CLAIM = 'connector-wizard-draft-claim';

/**
 * Two wizards on one page with the same default draft (the default `draft-id`, and the same or no
 * `system` preset) share it and follow each other, as two tabs do: on one page, almost always an
 * integrator's mistake. The host is told (`tell`, a `config` error), once per page and draft, by
 * the wizard that opens it second. The wizards are asked through the document, so one inside
 * another element's shadow root answers too, and nothing is kept at module level.
 */
export function tellSameDraftOnPage(host: ReactiveControllerHost, target: () => DraftTarget | undefined, tell: (message: string) => void): void {
  let claimed: string | undefined;
  /** Drafts this wizard shares with another on the page, the host told of. */
  const told = new Set<string>();
  const answer = (event: Event) => {
    const claim = (event as CustomEvent<Claim>).detail;
    if (claim.by === told || claim.key !== target()?.key) return;
    claim.shared = true;
    claim.told ||= told.has(claim.key);
    told.add(claim.key);
  };
  host.addController({
    hostConnected: () => document.addEventListener(CLAIM, answer),
    hostDisconnected: () => document.removeEventListener(CLAIM, answer),
    hostUpdated() {
      const draft = target();
      // A draft-id the host set (no `editing`) is its own choice.
      if (!draft || draft.editing === undefined || draft.key === claimed) return;
      const claim: Claim = { key: (claimed = draft.key), by: told };
      document.dispatchEvent(new CustomEvent(CLAIM, { detail: claim }));
      if (!claim.shared || claim.told) return;
      told.add(claim.key);
      tell(`Another connector-wizard on this page shares the draft "${draft.id}" (each follows what is typed in the other): give each its own draft-id.`);
    },
  });
}
