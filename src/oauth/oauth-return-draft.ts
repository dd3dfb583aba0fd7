import { OAUTH_PENDING_PREFIX, OAUTH_RETURN_KEY } from './oauth-return.js';

/**
 * The `draft-id` of the wizard that started the sign-in this page has just come back from (the
 * callback's `#connector-wizard-oauth=` fragment), if any. A page that gives each wizard its own
 * `draft-id` opens that one, and the wizard takes the result from there.
 */
export function oauthReturnDraftId(): string | undefined {
  const at = location.hash.indexOf(OAUTH_RETURN_KEY);
  if (at < 0) return undefined;
  try {
    const { state } = JSON.parse(decodeURIComponent(location.hash.slice(at + OAUTH_RETURN_KEY.length))) as { state?: unknown };
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i) ?? '';
      if (!key.startsWith(OAUTH_PENDING_PREFIX)) continue;
      const pending = JSON.parse(sessionStorage.getItem(key) ?? 'null') as { state?: unknown; draftId?: unknown } | null;
      // Stored under the sign-in's key (`default:<system>` with a `system` preset); the `draft-id` is kept beside it.
      if (typeof state === 'string' && pending?.state === state) return typeof pending.draftId === 'string' ? pending.draftId : key.slice(OAUTH_PENDING_PREFIX.length);
    }
  } catch {
    // Not a fragment this package wrote, or no sessionStorage: nothing to reopen.
  }
  return undefined;
}
