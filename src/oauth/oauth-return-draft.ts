import { OAUTH_PENDING_PREFIX, OAUTH_RETURN_KEY, returnedState } from './oauth-return.js';

type Pending = { key: string; state?: unknown; draftId?: unknown; editing?: unknown; at?: unknown };

/**
 * The same-tab sign-in this page has just come back from (the callback's `#connector-wizard-oauth=` fragment), as kept when it
 * began. One whose state cannot be read (cut short, another encoding) is the sign-in this tab left for last, as the wizards
 * take it (see ownedElsewhere): kept without a time (an earlier version), it left before any other.
 */
function returned(): Pending | undefined {
  if (!location.hash.includes(OAUTH_RETURN_KEY)) return undefined;
  const state = returnedState(location.hash);
  let last: Pending | undefined;
  try {
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i) ?? '';
      if (!key.startsWith(OAUTH_PENDING_PREFIX)) continue;
      const pending = parsed(sessionStorage.getItem(key));
      if (typeof pending?.state !== 'string') continue;
      if (pending.state === state) return { ...pending, key: key.slice(OAUTH_PENDING_PREFIX.length) };
      const at = (kept?: Pending) => (typeof kept?.at === 'number' ? kept.at : 0);
      if (state === undefined && (!last || at(pending as Pending) > at(last))) last = { ...pending, key: key.slice(OAUTH_PENDING_PREFIX.length) };
    }
  } catch {
    // No sessionStorage: nothing to reopen.
  }
  return last;
}

/** One entry kept under the prefix: not JSON (written by hand, cut short) is none, and the entries after it are still read. */
function parsed(kept: string | null): Omit<Pending, 'key'> | null {
  try {
    return JSON.parse(kept ?? 'null') as Omit<Pending, 'key'> | null;
  } catch {
    return null;
  }
}

/**
 * The `draft-id` of the wizard that started the sign-in this page has just come back from (the
 * callback's `#connector-wizard-oauth=` fragment), if any. A page that gives each wizard its own
 * `draft-id` opens that one, and the wizard takes the result from there.
 */
export function oauthReturnDraftId(): string | undefined {
  const pending = returned();
  // Stored under the sign-in's key (`default:<system>` with a `system` preset); the `draft-id` is kept beside it.
  return pending && (typeof pending.draftId === 'string' ? pending.draftId : pending.key);
}

/**
 * The id of the connector being edited by the wizard that started the sign-in this page has just
 * come back from, if it was editing one: open the wizard with that connector (`connector`, and
 * the `draft-id` oauthReturnDraftId() gives) to take the result. Undefined for a new connector.
 */
export function oauthReturnConnectorId(): string | undefined {
  const editing = returned()?.editing;
  return typeof editing === 'string' ? editing : undefined;
}
