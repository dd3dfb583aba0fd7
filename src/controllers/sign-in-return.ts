import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { OAUTH_PENDING_PREFIX, OAUTH_RETURN_KEY, signInOpen, signInSlot } from '../oauth/oauth-return.js';
import { draftKey } from '../storage/draft-key.js';
import type { Flow } from '../wizard/later-api.js';
import type { LaterLoader } from './later-loader.js';

/** What the sign-in's return needs of the session (see WizardSessionOptions): the host's presets, the catalogue, the later module and its flow. */
export interface SignInReturnOptions {
  presets: () => { system?: string; group?: string };
  catalogue: () => Catalogue | undefined;
  later: LaterLoader;
  flow: () => Flow | undefined;
}

/** The sign-in key (see oauthKey in the OAuth code): the draft's (`editing`: the connector edited, whose draft is kept apart). */
function signInKey(o: SignInReturnOptions, draftId: string, endpoint: string | undefined, editing: string | undefined): string {
  const { system, group } = o.presets();
  return draftKey(draftId, { system, group, editing, endpoint });
}

/**
 * A sign-in the connector in progress left to come back to: a same-tab return (the answer in the URL fragment), or a popup sign-in
 * left under way by a reload. Looked for when the catalogue and this draft are there, and again whenever the sign-in's key changes
 * (`draft-id`, or the `system` preset with the default `draft-id`: a page may set them after the first render), or the connector
 * edited does. Returns what it was looked for under (`checkedFor`: the last; the same again looks no more).
 */
export function takeSignInReturn(
  o: SignInReturnOptions,
  draftId: string,
  endpoint: string | undefined,
  editing: string | undefined,
  draftUnsettled: boolean,
  checkedFor: string | undefined,
): string | undefined {
  const key = signInKey(o, draftId, endpoint, editing);
  // Looked for again when the connector edited changes too: with a page's own `draft-id`, the key stays.
  const checkFor = `${key}\n${editing ?? ''}`;
  if (checkedFor === checkFor || !o.catalogue() || draftUnsettled) return checkedFor;
  if ((location.hash.includes(OAUTH_RETURN_KEY) || signInOpen(key)) && !o.flow()) {
    if (o.later.status !== 'failed') void o.later.need();
    return checkedFor;
  }
  o.flow()?.takeOAuthReturn(key, editing);
  return checkFor;
}

/**
 * reset(): a same-tab sign-in left unfinished (Back from the provider's page) goes with the answers: a late return of it is no later
 * connector's. Only this wizard's (`database`: its draft database): another wizard's of the same `draft-id`, with drafts in another
 * database, is left for its return.
 */
export function forgetSignIn(o: SignInReturnOptions, draftId: string, endpoint: string | undefined, editing: string | undefined, database: string): void {
  const key = signInKey(o, draftId, endpoint, editing);
  for (const slot of new Set([signInSlot(key, database), key])) {
    try {
      const kept = JSON.parse(sessionStorage.getItem(OAUTH_PENDING_PREFIX + slot) ?? 'null') as { database?: unknown } | null;
      // Under the key alone (the default database's, or kept so by an earlier version), only this database's, or none's (see readPendingOf).
      if (kept && (slot !== key || (kept.database ?? database) === database)) sessionStorage.removeItem(OAUTH_PENDING_PREFIX + slot);
    } catch {
      // No sessionStorage: no sign-in was kept in it.
    }
  }
}
