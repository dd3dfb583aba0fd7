import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import * as z from 'zod/mini';
import { STEP_IDS, type StepId, type WizardData } from '../schemas/wizard-data.js';

export const DEFAULT_DRAFT_DATABASE = 'connector-wizard:drafts';

export interface DraftRecord {
  id: string;
  step: StepId;
  data: WizardData;
  updatedAt: number;
}

interface DraftDB extends DBSchema {
  drafts: { key: string; value: DraftRecord };
}

const credentialValues = z.record(z.string(), z.union([z.string(), z.boolean()]));

/** Records are checked on read: a malformed or foreign record is treated as no draft. */
const draftRecordSchema = z.object({
  id: z.string(),
  step: z.enum(STEP_IDS),
  updatedAt: z.number(),
  data: z.object({
    system: z.optional(z.string()),
    name: z.string(),
    group: z.optional(z.string()),
    environment: z.optional(z.enum(['live', 'test'])),
    timeZone: z.optional(z.string()),
    dateFormat: z.optional(z.string()),
    customDateFormat: z.string(),
    authType: z.optional(z.string()),
    credentials: z.record(z.string(), credentialValues),
    secretsEntered: z.record(z.string(), z.array(z.string())),
    submission: z.optional(z.object({ key: z.string(), fingerprint: z.string() })),
  }),
});

/**
 * The only code that touches IndexedDB. Every method rejects when storage is unavailable;
 * the draft controller turns that into a notice and keeps the wizard working in memory.
 */
export class DraftStore {
  private db?: Promise<IDBPDatabase<DraftDB>>;

  constructor(readonly databaseName: string = DEFAULT_DRAFT_DATABASE) {}

  private open(): Promise<IDBPDatabase<DraftDB>> {
    if (!this.db) {
      if (typeof indexedDB === 'undefined') return Promise.reject(new Error('IndexedDB is not available'));
      this.db = openDB<DraftDB>(this.databaseName, 1, {
        upgrade(db) {
          db.createObjectStore('drafts', { keyPath: 'id' });
        },
        terminated: () => {
          this.db = undefined;
        },
      });
      this.db.catch(() => {
        this.db = undefined;
      });
    }
    return this.db;
  }

  async get(id: string): Promise<DraftRecord | undefined> {
    const raw: unknown = await (await this.open()).get('drafts', id);
    if (raw === undefined) return undefined;
    const parsed = draftRecordSchema.safeParse(raw);
    return parsed.success ? (parsed.data as DraftRecord) : undefined;
  }

  async put(record: DraftRecord): Promise<void> {
    await (await this.open()).put('drafts', record);
  }

  async delete(id: string): Promise<void> {
    await (await this.open()).delete('drafts', id);
  }

  async close(): Promise<void> {
    const db = this.db;
    this.db = undefined;
    if (db) (await db.catch(() => undefined))?.close();
  }
}
