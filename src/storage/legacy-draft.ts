import type { SecretValues } from '../schemas/wizard-data.js';
import { DEFAULT_DRAFT_ID } from './draft-key.js';
import type { DraftRecord, DraftStore, EncryptedSecrets } from './draft-store.js';

/** Opens a record's secrets under its own id, and seals them again under another. */
export interface DraftSecrets {
  open(record: DraftRecord): Promise<SecretValues>;
  seal(secrets: SecretValues, draftId: string): Promise<EncryptedSecrets | undefined>;
}

/**
 * Before per-system default drafts (see draftKey), a page preset to a system kept its default
 * draft under `default`. That draft, if it is of `system`, moves to `to` (once, whichever tab
 * gets there first), so it keeps loading. A draft saved there since (`format` 2) belongs to a
 * page with no preset and stays. Before per-group ones, a page preset to a `group` kept it under
 * `default:<system>` (or, before that, `default`): it moves if it is of that group and was saved
 * before (no `keys`); one saved since belongs to a page without a group preset and stays.
 * Secrets are bound to the draft id: opened under the old one, sealed under the new one.
 * Returns what is stored under `to` afterwards.
 */
export async function moveLegacyDraft(
  store: DraftStore,
  from: string,
  to: string,
  { system, group }: { system?: string | undefined; group?: string | undefined },
  secrets: DraftSecrets,
): Promise<{ record?: DraftRecord; revision: number }> {
  const legacy = await store.get(from);
  const record = legacy.record;
  // A draft of an edit is never a preset page's default draft.
  if (!record || record.data.editing || !theirs(record, from, system, group)) return { revision: 0 };
  const { revision: _old, secrets: _sealed, ...rest } = record;
  const values = await secrets.open(record);
  const sealed = Object.keys(values).length ? await secrets.seal(values, to) : undefined;
  const moved = { ...rest, id: to, ...(sealed ? { secrets: sealed } : {}) };
  const result = await store.move(from, legacy.revision, moved);
  // Another tab moved it first (or it changed meanwhile): take what is stored now.
  return result.ok ? { record: { ...moved, revision: result.revision }, revision: result.revision } : store.get(to);
}

/** Whether a draft stored under the older key `from` is the default draft of a page preset to `system` (and `group`). */
function theirs({ data, format, keys }: DraftRecord, from: string, system: string | undefined, group: string | undefined): boolean {
  if (!group) return !format && data.system === system;
  // Saved since per-group keys by a page without a group preset: that page's.
  if (keys || data.group !== group) return false;
  // Under `default`, one saved since per-system keys belongs to a page with no preset.
  return system === undefined || (data.system === system && (from !== DEFAULT_DRAFT_ID || !format));
}
