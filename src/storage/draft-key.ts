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
 *   with an `endpoint`, `default:edit@<endpoint tag>:<connector id>` (see endpointTag): two
 *   endpoints' connectors of one id (staging and production) never take each other's draft;
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
export function draftKey(draftId: string, { system, editing, group, endpoint }: DraftScope = {}): string {
  if (draftId !== DEFAULT_DRAFT_ID) return draftId === LISTED_DEFAULT_ID ? DEFAULT_DRAFT_ID : draftId;
  if (editing) return endpoint ? `${DEFAULT_DRAFT_ID}:edit@${endpointTag(endpoint)}:${editing}` : `${DEFAULT_DRAFT_ID}:edit:${editing}`;
  return `${system ? `${DEFAULT_DRAFT_ID}:${system}` : draftId}${group ? `:group:${group}` : ''}`;
}

/** The host's presets (and the connector being edited) that choose the default draft. */
export interface DraftScope {
  system?: string | undefined;
  editing?: string | undefined;
  group?: string | undefined;
  /** The `endpoint` an edit is saved to: its drafts are the endpoint's (see endpointTag). */
  endpoint?: string | undefined;
}

/**
 * A short, stable stand-in for an endpoint: a 32-bit FNV-1a hash of its resolved URL, in base
 * 36. Never the address itself: its query may hold a token, and draft keys are listed to the page
 * (`listDrafts`). Synchronous, as the key is needed at once.
 */
export function endpointTag(endpoint: string): string {
  let url = endpoint;
  try {
    url = new URL(endpoint, globalThis.document?.baseURI).href;
  } catch {
    // Not a URL (the request will say so): its text is hashed as it is.
  }
  let hash = 0x811c9dc5;
  for (const c of url) hash = Math.imul(hash ^ c.charCodeAt(0), 0x01000193);
  return (hash >>> 0).toString(36);
}
