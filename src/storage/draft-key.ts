/** The element's `draft-id` when the host sets none. */
export const DEFAULT_DRAFT_ID = 'default';

/**
 * What `listDrafts` calls the draft stored as `default` (a page's with no preset), and the
 * `draft-id` that opens it: `default` itself, set as `draft-id`, is the page's own default draft
 * (per preset system and group). No preset makes this key: an empty `system` is none.
 */
export const LISTED_DEFAULT_ID = `${DEFAULT_DRAFT_ID}:`;

/** The id `listDrafts` gives the draft stored under `key`: set as `draft-id`, it opens that draft (see draftKey). */
export const listedId = (key: string): string => (key === DEFAULT_DRAFT_ID ? LISTED_DEFAULT_ID : key);

/**
 * The key a draft is stored under, which is also the `id` that `listDrafts` gives back:
 * - `draft-id` as the host set it, when it is not `default`;
 * - `default:edit:<connector id>` when `draft-id` is `default` and an existing connector is
 *   being edited: an edit never writes over the draft of a new connector, nor of another edit;
 * - `default` when `draft-id` is `default` and no `system` is preset (as before per-system
 *   drafts, so drafts saved then keep loading);
 * - `default:<system>` when `draft-id` is `default` and `system` is preset: two pages preset to
 *   different systems keep a draft each instead of replacing each other's;
 * - then `:group:<group>` when a group is preset too: a page for the US group never takes the UK
 *   page's answers, nor writes over them. (An `environment` preset keeps the draft: a host may set
 *   it while the person is at work, and it only preselects.)
 * A listed id can be set as `draft-id`: it is used as is (`default:`, LISTED_DEFAULT_ID, as
 * `default`), so it loads the draft that was listed.
 */
export function draftKey(draftId: string, { system, editing, group }: DraftScope = {}): string {
  if (draftId !== DEFAULT_DRAFT_ID) return draftId === LISTED_DEFAULT_ID ? DEFAULT_DRAFT_ID : draftId;
  if (editing) return `${DEFAULT_DRAFT_ID}:edit:${editing}`;
  return `${system ? `${DEFAULT_DRAFT_ID}:${system}` : draftId}${group ? `:group:${group}` : ''}`;
}

/** The host's presets (and the connector being edited) that choose the default draft. */
export interface DraftScope {
  system?: string | undefined;
  editing?: string | undefined;
  group?: string | undefined;
}
