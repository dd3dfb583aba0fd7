import type { SecretValues } from '../schemas/wizard-data.js';
import type { DraftRecord, DraftStore, EncryptedSecrets } from './draft-store.js';

/** Opens a record's secrets under its own id, and seals them again under another. */
export interface DraftSecrets {
  open(record: DraftRecord): Promise<SecretValues>;
  seal(secrets: SecretValues, draftId: string): Promise<EncryptedSecrets | undefined>;
}

/**
 * Before per-system default drafts (see draftKey), a page preset to a system kept its default
 * draft under `default`. That draft, if it is of `system`, moves to `to` (once, whichever tab
 * gets there first), so it keeps loading. A draft this version saved there (`format` 2) belongs to
 * a page with no preset and stays. Secrets are bound to the draft id: opened under the
 * old one, sealed under the new one. Returns what is stored under `to` afterwards.
 */
export async function moveLegacyDraft(
  store: DraftStore,
  from: string,
  to: string,
  system: string | undefined,
  secrets: DraftSecrets,
): Promise<{ record?: DraftRecord; revision: number }> {
  const legacy = await store.get(from);
  // A draft of an edit is never a preset page's default draft.
  if (!legacy.record || legacy.record.format || legacy.record.data.editing || legacy.record.data.system !== system) return { revision: 0 };
  const { revision: _old, secrets: _sealed, ...rest } = legacy.record;
  const values = await secrets.open(legacy.record);
  const sealed = Object.keys(values).length ? await secrets.seal(values, to) : undefined;
  const moved = { ...rest, id: to, ...(sealed ? { secrets: sealed } : {}) };
  const result = await store.move(from, legacy.revision, moved);
  // Another tab moved it first (or it changed meanwhile): take what is stored now.
  return result.ok ? { record: { ...moved, revision: result.revision }, revision: result.revision } : store.get(to);
}
