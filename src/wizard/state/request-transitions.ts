/**
 * Transitions of the steps after System: credentials, requests, connection tests and OAuth.
 * Pure, like transitions.ts; they load with the later module, which is their only user (the
 * Idempotency-Keys of creates and saves: key-transitions.ts).
 */
import { isSecretField, type AuthTypeDefinition, type CredentialField, type SystemDefinition } from '../../catalogue/catalogue-schema.js';
import type { ReturnedOAuth } from '../../oauth/returned-sign-in.js';
import { idRecord, own, withEntry } from '../../schemas/id-record.js';
import { STEP_IDS, type CredentialValue, type ExistingConnector, type Feedback, type Pointer, type StepId, type WizardData } from '../../schemas/wizard-data.js';
import { stepForPointer } from '../../submission/server-feedback.js';
import { announce, clearSession, dropSecrets, typedHere, unsaid } from './transitions.js';
import { testForgotten, withoutServerFeedback } from './server-marks.js';
import { keepsConnection } from './kept-connection.js';
import { credentialValue } from './selectors.js';
import type { ConnectionTest, Finished, HeldBefore, PasteUndo, Said, WizardState } from './wizard-state.js';

/** A typed credential: secrets to memory (and which were entered, to the draft), the rest to the answers. `label`: a field's label in the language in use. */
export function credentialSet(
  s: WizardState,
  authType: AuthTypeDefinition,
  field: CredentialField,
  value: CredentialValue,
  label: (field: CredentialField) => string,
): WizardState {
  const pointer: Pointer = `/credentials/${field.key}`;
  const { [pointer]: _note, ...notes } = s.notes;
  // A test result is about the values it tested; it goes as soon as one changes.
  const next: WizardState = { ...s, notes, ...testForgotten(s), paste: typedIn(s.paste, authType.id, field.key) };
  if (!isSecretField(field)) {
    const held = own(next.data.credentials, authType.id);
    const credentials = withEntry(next.data.credentials, authType.id, withEntry(held, field.key, value));
    const changed = { ...next, data: { ...next.data, credentials } };
    // In an edit, the connector's own connection goes too when the value is not the connector's any more.
    if (movedField(s.data, changed.data, authType) || (keepsConnection(s, authType) && !keepsConnection(changed, authType)))
      return oauthDropped(changed, authType.id, (msg) => msg.oauthFieldChanged(label(field)));
    // Back to the connector's value: its connection is kept again, and what was said of dropping it goes.
    return keepsConnection(changed, authType) ? oauthStarted(changed) : changed;
  }
  const text = typeof value === 'string' ? value : '';
  const secrets = own(s.secrets, authType.id);
  const entered = new Set(own(s.data.secretsEntered, authType.id));
  if (text) entered.add(field.key);
  else entered.delete(field.key);
  return {
    ...next,
    secrets: withEntry(s.secrets, authType.id, withEntry(secrets, field.key, text)),
    secretsFromDraft: typedHere(s.secretsFromDraft, authType.id, field.key),
    data: { ...next.data, secretsEntered: withEntry(next.data.secretsEntered, authType.id, [...entered]) },
  };
}

/**
 * A field a paste filled is changed (the paste itself records it after its fills): Undo leaves it
 * as typed and still puts back the others; once every field it filled is changed, it has nothing
 * left to put back and goes, said (`typedOver`). A field of another way to sign in with the same
 * key is another field: the paste's stays as filled.
 */
function typedIn(paste: PasteUndo | undefined, authType: string, key: string): PasteUndo | undefined {
  if (!paste || 'undone' in paste || paste.authType !== authType || !paste.filled.includes(key) || paste.typed?.includes(key)) return paste;
  const typed = [...(paste.typed ?? []), key];
  return typed.length < paste.filled.length ? { ...paste, typed } : { undone: true, typedOver: true, ...(paste.dropped ? { dropped: true } : {}) };
}

/**
 * A sign-in is made for its auth type's other fields (a shop): the first of them that holds
 * another value in `now` than when `was` had its connection, whose connection is then not this one's.
 */
function movedField(was: WizardData, now: WizardData, authType: AuthTypeDefinition): CredentialField | undefined {
  const held = own(was.credentials, authType.id);
  if (authType.kind !== 'oauth2-authorization-code' || own(held, 'connectionRef') === undefined) return undefined;
  return authType.fields.find((field) => !isSecretField(field) && own(held, field.key) !== own(own(now.credentials, authType.id), field.key));
}

/**
 * The answers moved from `was` without being typed (the host passed the edited connector again,
 * a save found another version): a connection made for a value they no longer hold goes, as
 * when the person changes it (credentialSet); said aloud only for the way to sign in chosen.
 */
export function signInFieldsFollowed(s: WizardState, was: WizardData, system: SystemDefinition | undefined, label: (field: CredentialField) => string): WizardState {
  let next = s;
  for (const authType of system?.authTypes ?? []) {
    const field = movedField(was, s.data, authType);
    if (!field) continue;
    next = oauthDropped(next, authType.id, (msg) => msg.oauthFieldChanged(label(field)), authType.id !== s.data.authType);
    // The edited connector's own connection, made for the value it has now, is what shows: nothing is said against it (as in environmentSwitched).
    if (keepsConnection(next, authType)) next = oauthStarted(next);
  }
  return next;
}

/** What `field` of `authType` holds now, as Undo of a paste puts it back. */
export function heldBefore(s: WizardState, authType: string, field: CredentialField): HeldBefore {
  const value = credentialValue(s, authType, field);
  const lost = isSecretField(field) && !value && (own(s.data.secretsEntered, authType) ?? []).includes(field.key);
  const note = s.notes[`/credentials/${field.key}`] as Said | undefined;
  return { key: field.key, value, lost, ...(note ? { note } : {}) };
}

/** A paste (or a drop, `dropped`) filled several fields of `authType`: Undo puts back what they held `before`. */
export const pasted = (s: WizardState, authType: string, before: readonly HeldBefore[], dropped: boolean): WizardState => ({
  ...s,
  paste: { authType, filled: before.map(({ key }) => key), before, ...(dropped ? { dropped } : {}) },
});

/**
 * The paste's values are put back (typed again, by the flow); so are what typing cannot bring
 * back: no value at all for a field that had none (in an edit, a checkbox never set keeps the
 * connector's setting, shown mixed, where an unticked one would clear it), a lost secret's
 * "enter this again" (an empty field would otherwise keep the current value of an edit) and each
 * field's note.
 */
export function pasteUndone(s: WizardState, paste: Exclude<PasteUndo, { undone: true }>): WizardState {
  const lost = paste.before.filter((held) => held.lost).map(({ key }) => key);
  const entered = [...new Set([...(own(s.data.secretsEntered, paste.authType) ?? []), ...lost])];
  const notes = { ...s.notes };
  for (const { key, note } of paste.before) if (note) notes[`/credentials/${key}`] = note;
  const unset = new Set(paste.before.filter((held) => held.value === undefined).map(({ key }) => key));
  // No value at all, as before the paste: a secret's '' left in memory would make Keep the current value an input that changes nothing.
  const unsetIn = <V>(values: Record<string, Record<string, V>>) => {
    const held = own(values, paste.authType);
    return held && unset.size ? withEntry(values, paste.authType, idRecord(Object.entries(held).filter(([key]) => !unset.has(key)))) : values;
  };
  const credentials = unsetIn(s.data.credentials);
  return {
    ...s,
    secrets: unsetIn(s.secrets),
    notes,
    data: { ...s.data, credentials, secretsEntered: withEntry(s.data.secretsEntered, paste.authType, entered) },
    paste: { undone: true, ...(paste.dropped ? { dropped: true } : {}) },
  };
}

export const credentialNoted = (s: WizardState, pointer: Pointer, note: Said): WizardState => ({ ...s, notes: { ...s.notes, [pointer]: note } });

/**
 * A create or an edit's save begins (its checks first), and its outcome is in the state: see WizardState.submitting. Counted: a submit()
 * after a Cancel may begin while one begun before is still under way, and the first of them to end leaves the other under way.
 */
export const submitBegan = (s: WizardState): WizardState => ({ ...s, submitting: (s.submitting ?? 0) + 1 });
export const submitEnded = (s: WizardState): WizardState => ({ ...s, submitting: (s.submitting ?? 1) > 1 ? s.submitting! - 1 : undefined });

/** Sending: the discard question goes (nothing can be discarded until the answer). */
export const requestStarted = (s: WizardState, announcement: Said): WizardState => ({ ...s, submitError: undefined, announcement, confirmDiscard: false });

/** What the alert region said holds no more. */
export const withoutSubmitError = (s: WizardState): WizardState => ({ ...s, submitError: undefined });

/** Why a request failed, shown in a role="alert" region (none: it was stopped before it was sent); the polite live region stays quiet. */
export const requestFailed = (s: WizardState, submitError: Said | undefined): WizardState => ({ ...s, submitError, announcement: '' });

/** Server errors land like client ones: on their step and fields, with the summary focused (the request is over: nothing more to say politely). */
export const serverErrors = (s: WizardState, feedback: Feedback, serverLater?: WizardState['serverLater'], own?: true): WizardState => ({
  ...s,
  announcement: '',
  feedback,
  // The wizard's own words (a slot taken, with the list read again) are its checks' to say again.
  serverPointers: new Set(own ? [] : Object.keys(feedback)),
  checkedAs: { data: s.data, secrets: s.secrets },
  serverLater,
  focus: 'summary',
});

/**
 * A test's failed checks on steps' fields (`byStep`), answered after the person left Credentials:
 * each waits on its step (`serverLater`, as a 422's do; one on this step is marked here, quietly:
 * the outcome is said politely), and `notice`, for a check on another step, is shown where the
 * person is. Nothing moves, the focus included.
 */
export function testFailedElsewhere(s: WizardState, byStep: Partial<Record<StepId, Feedback>>, notice: WizardState['testElsewhere']): WizardState {
  const { [s.step]: here, ...others } = byStep;
  const serverLater = { ...s.serverLater };
  for (const [step, errors] of Object.entries(others) as [StepId, Feedback][]) serverLater[step] = { ...serverLater[step], ...errors };
  const feedback = { ...s.feedback, ...here };
  const marked = here ? { feedback, quietFeedback: feedback, serverPointers: new Set([...s.serverPointers, ...Object.keys(here)]) } : {};
  // The test keeps what it placed, so they go with it (testForgotten).
  const elsewhere = Object.assign({}, ...Object.values(byStep)) as Feedback;
  const connectionTest = s.connectionTest && { ...s.connectionTest, elsewhere };
  return { ...s, ...marked, serverLater, testElsewhere: notice, connectionTest };
}

/** An answer came while the focus was outside the wizard: it stays there (no `focus`), and what a focused summary would have said is said politely (`said`). */
export const answeredAway = (s: WizardState, said?: Said): WizardState => (said ? announce({ ...s, focus: undefined }, said) : { ...s, focus: undefined });

/** A create or a save answered by an endpoint the element no longer has: what it made holds no slot at the one it has now. */
export const madeElsewhere = (s: WizardState): WizardState => (s.made.length ? { ...s, made: [] } : s);

export const existingLoaded = (s: WizardState, serverExisting: readonly ExistingConnector[]): WizardState => ({ ...s, serverExisting });

/**
 * Another endpoint: the last one's connectors go, those made there too (or, before any endpoint, the ones the host creates: its list is
 * the new endpoint's), and so does the version an edit's 412 read there, with what it said (its revision is never sent to another
 * server), and the revisions its draft found older than that version (another server's are its own). What the last one answered is not
 * said at this one (its "press Create connector again" is about that server); the record of creates sent there stays, for a switch back.
 */
export function endpointChanged(s: WizardState, endpoint: string | undefined): WizardState {
  const { over, ...editBase } = s.data.editBase ?? { over: undefined };
  if (s.endpoint === endpoint) return s;
  if (!(s.endpoint || s.serverExisting.length || s.made.length || s.editConflict || over)) return { ...s, endpoint };
  return {
    ...s,
    endpoint,
    ...(s.endpoint ? { submitError: undefined } : {}),
    serverExisting: [],
    made: [],
    ...(s.editConflict ? { editConflict: undefined, submitError: undefined } : {}),
    ...(over ? { data: { ...s.data, editBase: editBase as WizardData['editBase'] } } : {}),
  };
}

/**
 * Created: the success panel; the answers go with the draft, the key with them, and every secret.
 * The connector counts for the duplicate rule (`made`, without credentials) until the host passes
 * its list again: in emit mode no list from a server would ever name it.
 */
export function created(s: WizardState, created: Finished, announcement: Said, made: readonly ExistingConnector[]): WizardState {
  const { submission: _key, ...data } = s.data;
  return { ...clearSession(dropSecrets(s)), created, data, focus: 'success', announcement, made: [...s.made, ...made] };
}

/** An edit was saved; its secrets leave memory. As saved, it stands in for the lists' entry of its id (`made`, as after a create). */
export const saved = (s: WizardState, finished: Finished, announcement: Said, made: readonly ExistingConnector[]): WizardState => ({
  ...clearSession(dropSecrets(s)),
  created: { ...finished, updated: true },
  focus: 'success',
  announcement,
  made: [...s.made, ...made],
});

/**
 * A test's start is said in the polite region ("Testing the connection…", not only shown: a slow
 * server's retries can take seconds), so the same outcome twice is said twice too (the flow says
 * each outcome). Accepted credentials were checked again: what a server said against them before
 * (a failed check, a 422) holds no more. A test stopped without an outcome leaves nothing said of it.
 */
export function connectionTested(s: WizardState, connectionTest: ConnectionTest | undefined): WizardState {
  // The test replaced (a new one started) takes what it left waiting on other steps with it, as when an answer it sent changes: nothing else could.
  const { serverLater, testElsewhere } = s.connectionTest?.elsewhere ? testForgotten(s) : s;
  const said = connectionTest?.state === 'testing' ? { announcement: connectionTest.message, said: (s.said ?? 0) + 1 } : {};
  // Stopped with no outcome (the element removed, a create started): "Testing the connection…" goes with it.
  const next = { ...(connectionTest ? s : unsaid(s, s.connectionTest?.message)), serverLater, testElsewhere, connectionTest, ...said };
  if (connectionTest?.state !== 'ok') return next;
  // Those on a credential, and those on no step's field (which no typing clears).
  return { ...next, ...withoutServerFeedback(s, (pointer) => pointer.startsWith('/credentials/') || !stepForPointer(pointer, STEP_IDS)) };
}

const CONNECTION: Pointer = '/credentials/connectionRef';
const CONNECTION_KEYS = new Set(['connectionRef', 'connectionAccount', 'connectionEnvironment']);
const withoutConnection = (s: WizardState, authTypeId: string) => Object.entries(own(s.data.credentials, authTypeId) ?? {}).filter(([key]) => !CONNECTION_KEYS.has(key));

/**
 * A sign-in connected: its reference (and account, and the environment it was made for) are
 * answers of that auth type, never sent but the reference; an earlier connection's go with it,
 * and what was said of a dropped one.
 */
export function oauthConnected(s: WizardState, authTypeId: string, ref: string, account: string | undefined, environment: string | undefined): WizardState {
  const made = Object.entries({ connectionRef: ref, connectionAccount: account, connectionEnvironment: environment }).filter((entry): entry is [string, string] =>
    Boolean(entry[1]),
  );
  const current = idRecord([...withoutConnection(s, authTypeId), ...made]);
  return { ...oauthStarted(s), data: { ...s.data, credentials: withEntry(s.data.credentials, authTypeId, current) }, ...testForgotten(s) };
}

/**
 * A field the sign-in is started for changed, or live or testing: the connection made (or the
 * sign-in under way) for the value before is dropped, and `said` beside Connect (once, not at each
 * key), in the language in use when it shows. `quiet`: not announced (its Connect is not on screen).
 */
export function oauthDropped(s: WizardState, authTypeId: string, said: Said, quiet = false): WizardState {
  const credentials = withEntry(s.data.credentials, authTypeId, idRecord(withoutConnection(s, authTypeId)));
  const dropped = { ...s, data: { ...s.data, credentials }, notes: { ...s.notes, [CONNECTION]: said } };
  return quiet || Object.hasOwn(s.notes, CONNECTION) ? dropped : announce(dropped, said);
}

/** Why a connection goes when the connector changed between live and testing: it was made for the other. */
const LIVE_NOW: Said = (msg) => msg.oauthEnvironmentChanged(true);
const TESTING_NOW: Said = (msg) => msg.oauthEnvironmentChanged(false);
export const otherEnvironment = (s: WizardState): Said => (s.data.environment === 'live' ? LIVE_NOW : TESTING_NOW);

/**
 * The connector's environment changed (it was `was`, perhaps none yet): a sign-in is made for
 * live or testing, as for a store, so a connection made for the other goes (the one it was made
 * for, else `was`), and so does, in an edit, the connector's own (made for the connector's);
 * back to the connector's, that one is kept again.
 */
export function environmentSwitched(s: WizardState, authType: AuthTypeDefinition | undefined, was: WizardState['data']['environment']): WizardState {
  const said = otherEnvironment(s);
  let next = s;
  let heard = false;
  for (const [id, held] of Object.entries(s.data.credentials)) {
    const madeFor = own(held, 'connectionEnvironment') ?? was;
    if (own(held, 'connectionRef') === undefined || madeFor === undefined || madeFor === s.data.environment) continue;
    next = oauthDropped(next, id, said, true);
    heard ||= id === s.data.authType;
  }
  // Announced only for the way to sign in chosen: another's connection goes quietly, its note waiting beside its Connect.
  if (heard && !Object.hasOwn(s.notes, CONNECTION)) next = announce(next, said);
  // The connector's own connection is kept (back to its environment): it is what the step shows, and nothing is said of another.
  if (keepsConnection(next, authType)) return oauthStarted(next);
  if (next !== s) return next;
  if (was && keepsConnection({ ...s, data: { ...s.data, environment: was } }, authType)) return oauthDropped(s, authType!.id, said);
  // A switch that dropped nothing: what an earlier switch said ("for testing now") no longer holds.
  const note = s.notes[CONNECTION];
  return note === LIVE_NOW || note === TESTING_NOW ? oauthStarted(s) : s;
}

/** A new sign-in starts: what was said of a dropped connection is done. */
export function oauthStarted(s: WizardState): WizardState {
  const { [CONNECTION]: _dropped, ...notes } = s.notes;
  return Object.hasOwn(s.notes, CONNECTION) ? { ...s, notes } : s;
}

export const oauthReturned = (s: WizardState, returnedOAuth: ReturnedOAuth | undefined): WizardState => ({ ...s, returnedOAuth });
