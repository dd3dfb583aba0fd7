/** What a stored draft record must look like to be read (see DraftStore). */
import * as z from 'zod/mini';
import { idRecordSchema } from '../schemas/id-record.js';
import { STEP_IDS } from '../schemas/wizard-data.js';

// Records keyed by ids keep every key, `__proto__` included (z.record would drop it).
const credentialValues = idRecordSchema(z.union([z.string(), z.boolean()]));
const encryptedValue = z.object({ iv: z.custom<Uint8Array<ArrayBuffer>>((v) => v instanceof Uint8Array && v.length === 12), data: z.instanceof(ArrayBuffer) });

const answers = {
  system: z.optional(z.string()),
  name: z.string(),
  group: z.optional(z.string()),
  environment: z.optional(z.enum(['live', 'test'])),
  timeZone: z.optional(z.string()),
  dateFormat: z.optional(z.string()),
  customDateFormat: z.string(),
  authType: z.optional(z.string()),
  credentials: idRecordSchema(credentialValues),
  secretsEntered: idRecordSchema(z.array(z.string())),
  editing: z.optional(z.string()),
};

// `unsure` and `unsureExists` as text and `true` too: a draft written when one slot was kept. No `endpoint`: a draft written before it was kept.
const submission = {
  key: z.string(),
  fingerprint: z.string(),
  unsure: z.optional(z.union([z.string(), z.array(z.string())])),
  unsureExists: z.optional(z.union([z.boolean(), z.array(z.string())])),
  sending: z.optional(z.string()),
  endpoint: z.optional(z.string()),
};

/** Records are checked on read: a malformed or foreign record is reported, never trusted. */
export const draftRecordSchema = z.object({
  id: z.string(),
  revision: z._default(z.int().check(z.nonnegative()), 0),
  step: z.enum(STEP_IDS),
  updatedAt: z.number(),
  data: z.object({
    ...answers,
    // `endpoint` and `elsewhere` are unknown keys to the version before, which drops them: its key and slots then apply anywhere, as there.
    submission: z.optional(z.object({ ...submission, elsewhere: z.optional(z.object(submission)) })),
    // `revision` and `over` are unknown keys to the version before, which drops them and reads the rest.
    editBase: z.optional(z.object({ ...answers, revision: z.optional(z.string()), over: z.optional(z.array(z.string())) })),
  }),
  secrets: z.optional(z.object({ expiresAt: z.number(), values: idRecordSchema(idRecordSchema(encryptedValue)) })),
  format: z.optional(z.number()),
  keys: z.optional(z.number()),
});
