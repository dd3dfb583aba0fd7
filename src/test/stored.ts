/** What the browser keeps for this origin, to prove a value reached none of it. */
import { openDB } from 'idb';
import { idRecord } from '../schemas/id-record.js';
import { emptyWizardData, type StepId } from '../schemas/wizard-data.js';
import { DraftStore } from '../storage/draft-store.js';

/** Every value in every browser store, flattened to text, binary included (as latin1 and hex). */
export async function everythingStored(): Promise<string> {
  const parts: string[] = [document.cookie, JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
  const flatten = (value: unknown): void => {
    if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
      const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      parts.push(String.fromCharCode(...bytes), [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(''));
    } else if (typeof value === 'string') parts.push(value);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) flatten(v);
  };
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await openDB(name);
    for (const store of db.objectStoreNames) flatten(await db.getAll(store));
    db.close();
  }
  for (const cacheName of await caches.keys()) {
    const cache = await caches.open(cacheName);
    for (const request of await cache.keys()) parts.push(request.url, await (await cache.match(request))!.text());
  }
  return parts.join('\n');
}

/** A value as text, base64, hex and URI-encoded: the forms a leak could take. */
export const canaryForms = (canary: string) => {
  const bytes = new TextEncoder().encode(canary);
  return [canary, btoa(canary), [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(''), encodeURIComponent(canary)];
};

/** The stored record; by default the one of a wizard with the default draft-id, preset to Shopify (see draftKey). */
export async function readDraft(database: string, id = 'default:shopify'): Promise<Record<string, any> | undefined> {
  const db = await openDB(database);
  try {
    return db.objectStoreNames.contains('drafts') ? await db.get('drafts', id) : undefined;
  } finally {
    db.close();
  }
}

/** A record at `id` that no version can read (other code's, or a damaged profile's); the database must exist (a wizard opened it). */
export async function storeUnreadable(database: string, id: string): Promise<void> {
  const db = await openDB(database);
  await db.put('drafts', { id, step: 'review', updatedAt: Date.now(), data: { name: { evil: true } }, revision: 3 });
  db.close();
}

/** While `run` runs, the tabs hear nothing of each other (a frozen background tab). */
export async function withTabsDeaf(run: () => Promise<void>) {
  const post = BroadcastChannel.prototype.postMessage;
  BroadcastChannel.prototype.postMessage = function () {} as never;
  try {
    await run();
  } finally {
    BroadcastChannel.prototype.postMessage = post;
  }
}

/** Holds the drafts store with a write transaction kept alive by one read after another, until `release()`. */
export async function holdDrafts(name: string) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  let held = true;
  const tx = db.transaction('drafts', 'readwrite');
  const spin = () => (tx.objectStore('drafts').get('none').onsuccess = () => void (held && spin()));
  spin();
  const done = new Promise((resolve) => (tx.oncomplete = resolve));
  return async () => {
    held = false;
    await done;
    db.close();
  };
}

/**
 * Stores, as a page with an older catalogue would have, a Shopify draft (named Old, group uk, live, UTC, its access token
 * chosen) whose plain answers hold `credentials` as given; `record` adds what a current record carries (keys, format).
 */
export async function storedShopifyDraft(
  draftDatabase: string,
  credentials: [string, string][],
  {
    id = 'default:shopify',
    step = 'credentials',
    record = {},
    others = [],
  }: { id?: string; step?: StepId; record?: { keys?: number; format?: number }; others?: [string, [string, string][]][] } = {},
) {
  const store = new DraftStore(draftDatabase);
  const data = {
    ...emptyWizardData(),
    ...{ system: 'shopify', name: 'Old', group: 'uk', environment: 'live' as const, timeZone: 'UTC', dateFormat: 'iso', authType: 'access-token' },
    credentials: idRecord([['access-token', idRecord<string>(credentials)], ...others.map(([authType, values]) => [authType, idRecord<string>(values)] as const)]),
  };
  await store.put({ id, step, updatedAt: Date.now(), data, ...record }, 0);
  await store.close();
}

/**
 * While `run` runs, the transactions asked of the database `name` in turn, as `stores mode` (`drafts readonly`, `keys readwrite`):
 * to wait until a read or a write has begun (held up, it has not ended). Anything asked of IndexedDB is seen, not changed.
 */
export async function withTransactionsSeen(name: string, run: (seen: string[]) => Promise<void>) {
  const transaction = IDBDatabase.prototype.transaction;
  const seen: string[] = [];
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof transaction>) {
    if (this.name === name) seen.push(`${[args[0]].flat().join(',')} ${args[1] ?? 'readonly'}`);
    return transaction.apply(this, args);
  } as typeof transaction;
  try {
    await run(seen);
  } finally {
    IDBDatabase.prototype.transaction = transaction;
  }
}
