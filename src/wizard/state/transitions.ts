/**
 * The wizard's named transitions: pure functions from one state to the next. Every reset rule
 * lives here, once (clearSession; the server's and a test's marks on fields in server-marks.ts),
 * and everything that writes wizard state goes through one of these, by way of the store (a
 * stored draft's coming back: draft-transitions.ts).
 */
import { testForgotten } from './server-marks.js';
import { isSecretField, type Catalogue, type SystemDefinition } from '../../catalogue/catalogue-schema.js';
import { browserTimeZone, canonicalZone, dateFormatChoice, isListedZone } from '../../date-format/date-pattern.js';
import { listedUnder } from '../../messages/messages.js';
import { idRecord, own, withEntry } from '../../schemas/id-record.js';
import { emptyWizardData, type Environment, type Feedback, type Group, type Pointer, type SecretValues, type StepId, type WizardData } from '../../schemas/wizard-data.js';
import { authTypeOf, stepsOf, systemOf } from './selectors.js';
import { stillElsewhere } from './secret-elsewhere.js';
import { conflictNotices, connectorNotices, type DraftNotice, type Focus, type HeldNotice, type Said, type SecretField, type WizardState } from './wizard-state.js';

/** What the host page preset through attributes and properties. */
export interface Presets {
  catalogue: Catalogue;
  system?: string;
  group?: string;
  environment?: Environment;
  groups: readonly Group[];
}

/** Everything that belongs to one connector in progress other than its answers: the one reset rule. */
export const clearSession = (s: WizardState): WizardState => ({
  ...s,
  created: undefined,
  submitError: undefined,
  editConflict: undefined,
  editKeys: undefined,
  connectionTest: undefined,
  newKeyNeeded: false,
  keySecrets: undefined,
  notes: {},
  feedback: {},
  checkedAs: undefined,
  serverPointers: new Set(),
  serverLater: undefined,
  testElsewhere: undefined,
  otherSystems: new Map(),
  returnToReview: false,
  restoredStep: undefined,
  secretsSealed: undefined,
  confirmDiscard: false,
  paste: undefined,
  // The moment the date format previews is the last connector's: the next one's is its own.
  previewAt: undefined,
  // What was said is the last connector's: the same words for the next one are said again.
  announcement: '',
  // What was said of the draft this connector began with goes with it (see connectorNotices).
  draftNotice: connectorNotices.includes(s.draftNotice!) ? undefined : s.draftNotice,
  secretElsewhere: undefined,
  // A delete still held of the connector just finished (the only one held beside its success panel) is named as its, not as the draft of the next (see draftHeld).
  draftHeld: s.created && s.draftHeld === 'held-delete' ? 'held-finished' : s.draftHeld,
});

/** A fresh connector, never an edit: nothing typed is kept (the presets are applied again by the caller). */
export function startOver(s: WizardState, presetSystem: string | undefined): WizardState {
  // A same-tab sign-in return still waiting for its auth type was the last connector's.
  const fresh: WizardState = { ...clearSession(s), editing: undefined, data: emptyWizardData(), secrets: idRecord(), furthest: 0, returnedOAuth: undefined };
  return { ...fresh, step: stepsOf(fresh, presetSystem)[0]! };
}

/** Fills catalogue `default`s of the chosen auth type, never over something typed. */
export function withFieldDefaults(data: WizardData, system: SystemDefinition | undefined, held?: SecretValues): WizardData {
  const authType = authTypeOf(system, data.authType);
  if (!authType) return data;
  let current = own(data.credentials, authType.id);
  let changed = false;
  for (const field of authType.fields) {
    // A checkbox takes only true or false: "false" as text is no default (it ticked the box).
    const value =
      field.type === 'boolean' ? (typeof field.default === 'boolean' ? field.default : undefined) : field.default === undefined ? undefined : String(field.default);
    if (value === undefined || isSecretField(field) || own(current, field.key) !== undefined || own(own(held, authType.id), field.key) !== undefined) continue;
    current = withEntry(current, field.key, value);
    changed = true;
  }
  return changed && current ? { ...data, credentials: withEntry(data.credentials, authType.id, current) } : data;
}

/** A system's defaults: its time zone and date format, its only auth type, its field defaults. */
export function withSystemDefaults(data: WizardData, catalogue: Catalogue | undefined, systemId: string): WizardData {
  const system = systemOf(catalogue, systemId);
  if (!system) return { ...data, system: systemId };
  // As the list shows and sends zones: under their current names, whatever the catalogue's spelling;
  // only one the list offers, which Continue takes (a browser set to a bare offset, Etc/GMT-10, preselects none).
  const browser = browserTimeZone();
  const zone = system.defaultTimeZone && isListedZone(system.defaultTimeZone) ? canonicalZone(system.defaultTimeZone) : isListedZone(browser) ? browser : undefined;
  const authType = system.authTypes.length === 1 ? system.authTypes[0]!.id : undefined;
  return withFieldDefaults(
    { ...data, system: systemId, timeZone: zone, ...dateFormatChoice(system.defaultDateFormat), authType, credentials: idRecord(), secretsEntered: idRecord() },
    system,
  );
}

/** Applies the `system`, `group` and `environment` presets and the system's defaults. */
export function applyPresets(s: WizardState, p: Presets): WizardState {
  let data = s.data;
  let { secrets } = s;
  // An edit's answers are the connector's (its system cannot change, its group moves only when the person moves it):
  // the presets wait for the next new connector (startOver applies them again).
  const edit = s.editing !== undefined || data.editing !== undefined;
  if (edit) p = { ...p, system: undefined, group: undefined, environment: undefined };
  if (p.system && data.system !== p.system && systemOf(p.catalogue, p.system)) {
    data = withSystemDefaults({ ...emptyWizardData(), name: data.name, group: data.group, environment: data.environment }, p.catalogue, p.system);
    // The secrets go with the answers of the system left: one system's secret never shows in, or is sent from, another's field.
    if (Object.keys(secrets).length) secrets = idRecord();
  }
  if (p.group && data.group === undefined && p.groups.some((g) => g.id === p.group)) data = { ...data, group: p.group };
  if ((p.environment === 'live' || p.environment === 'test') && data.environment === undefined) data = { ...data, environment: p.environment };
  // One way to sign in is chosen for the person when none was; one chosen that is gone is theirs to replace (the Auth step says so).
  const system = systemOf(p.catalogue, data.system);
  if (system?.authTypes.length === 1 && !data.authType) data = { ...data, authType: system.authTypes[0]!.id };
  // Its fields' `default`s, a field a new catalogue adds included (never over a value there); an edit's own way keeps the stored values.
  const edited = s.editing ?? (data.editing !== undefined ? (data.editBase ?? data) : undefined);
  if (data.authType !== edited?.authType) data = withFieldDefaults(data, system, secrets);
  // Answers changed: a test's outcome was about the ones before.
  return secretsOutOfAnswers(data === s.data ? s : { ...s, data, secrets, ...testForgotten(s) }, system);
}

/**
 * A value among the answers whose field the catalogue marks secret (a draft saved while an older
 * catalogue did not) moves to the secrets in memory, never over one typed: it is not written in
 * clear again, and it is not lost. Anything else stays, a field or auth type the catalogue does
 * not declare now included (a sign-in's connection; one a broken catalogue left out). A value in
 * memory whose field the catalogue no longer marks secret comes back to the answers (shown, and
 * saved as any answer), never over one there. Whenever a value moves, `secrets` is a new record:
 * the caller saves at once. A value moved to memory counts as entered (`secretsEntered`), as one typed.
 */
function secretsOutOfAnswers(s: WizardState, system: SystemDefinition | undefined): WizardState {
  let { credentials, secretsEntered } = s.data;
  let { secrets, secretsFromDraft } = s;
  for (const authType of system?.authTypes ?? []) {
    for (const field of authType.fields) {
      const value = own(own(credentials, authType.id), field.key);
      const hidden = own(own(secrets, authType.id), field.key);
      if (!isSecretField(field) && hidden !== undefined) {
        secrets = withEntry(secrets, authType.id, idRecord(Object.entries(own(secrets, authType.id)!).filter(([key]) => key !== field.key)));
        if (hidden && value === undefined) credentials = withEntry(credentials, authType.id, withEntry(own(credentials, authType.id), field.key, hidden));
        continue;
      }
      if (value === undefined || !isSecretField(field)) continue;
      credentials = withEntry(credentials, authType.id, idRecord(Object.entries(own(credentials, authType.id)!).filter(([key]) => key !== field.key)));
      if (typeof value === 'string' && value && own(own(secrets, authType.id), field.key) === undefined) {
        secrets = withEntry(secrets, authType.id, withEntry(own(secrets, authType.id), field.key, value));
        secretsFromDraft = typedHere(secretsFromDraft, authType.id, field.key);
        // Entered, as if typed: a reload (which drops it from memory) asks for it again, never leaves it out unsaid.
        const entered = own(secretsEntered, authType.id) ?? [];
        if (!entered.includes(field.key)) secretsEntered = withEntry(secretsEntered, authType.id, [...entered, field.key]);
      }
    }
  }
  if (credentials === s.data.credentials && secrets === s.secrets) return s;
  return { ...s, data: { ...s.data, credentials, secretsEntered }, secrets: secrets === s.secrets ? idRecord(Object.entries(secrets)) : secrets, secretsFromDraft };
}

/** Answers changed (a test's outcome was about the ones before: it goes when any of them changes). */
export function updateData(s: WizardState, patch: Partial<WizardData>, system: SystemDefinition | undefined): WizardState {
  const data = { ...s.data, ...patch };
  const changed = Object.entries(patch).some(([key, value]) => s.data[key as keyof WizardData] !== value);
  // Back to the edited connector's own way to sign in: its fields left empty keep the stored values, never a catalogue default.
  const defaults = patch.authType !== undefined && patch.authType !== s.editing?.authType;
  return { ...s, data: defaults ? withFieldDefaults(data, system) : data, ...(changed ? testForgotten(s) : {}) };
}

/**
 * After a failed Continue, errors that get fixed disappear; new ones wait for the next Continue
 * (`now`: the current step checked again, when errors show). An error shown keeps its words until
 * then: new words would be said again by the summary (an alert) at each key. A server's error stays
 * until its own field is edited (the client's error for what is typed there then is a new one).
 */
export function edited(s: WizardState, pointers: readonly Pointer[], now: Feedback | undefined): WizardState {
  if (!now) return s.submitError === undefined ? s : { ...s, submitError: undefined };
  const feedback: Feedback = {};
  for (const [pointer, message] of Object.entries(s.feedback)) if (s.serverPointers.has(pointer) ? !pointers.includes(pointer) : now[pointer]) feedback[pointer] = message;
  return { ...s, feedback, serverPointers: new Set([...s.serverPointers].filter((p) => !pointers.includes(p))), submitError: undefined };
}

/** `marks` (see WizardState.secretsFromDraft) without `key` of `authType`: its value in memory is this tab's own now. */
export function typedHere(marks: WizardState['secretsFromDraft'], authType: string, key: string): WizardState['secretsFromDraft'] {
  const keys = own(marks, authType);
  return keys?.includes(key)
    ? withEntry(
        marks,
        authType,
        keys.filter((k) => k !== key),
      )
    : marks;
}

/**
 * The same problems, in the words of `now` (the check in the new language); a server's own words
 * stay, but the name of the later step they are listed under (see placeProblem) is said anew.
 */
export function relocalized(s: WizardState, now: Feedback | undefined, stepLabel: (step: StepId) => string): WizardState {
  const feedback: Feedback = {};
  for (const [pointer, message] of Object.entries(s.feedback)) feedback[pointer] = (!s.serverPointers.has(pointer) && now?.[pointer]) || message;
  for (const [step, errors] of Object.entries(s.serverLater ?? {}) as [StepId, Feedback][])
    for (const [pointer, detail] of Object.entries(errors)) if (pointer in feedback) feedback[pointer] = listedUnder(stepLabel(step), detail);
  // The same words (a host passing equal `messages` or an equal catalogue again): nothing changes, nothing is said again.
  return Object.entries(feedback).every(([pointer, message]) => s.feedback[pointer] === message) ? s : { ...s, feedback };
}

/** Picks a system; the answers for the one left are kept in case the person comes back. */
export function selectSystem(s: WizardState, id: string, catalogue: Catalogue | undefined): WizardState {
  const previous = s.data.system;
  if (id === previous) return s;
  const otherSystems = new Map(s.otherSystems);
  if (previous) otherSystems.set(previous, { data: s.data, secrets: s.secrets, fromDraft: s.secretsFromDraft });
  const { name, group, environment } = s.data;
  const stashed = otherSystems.get(id);
  // Answers set aside while the catalogue did not mark a field secret, which it does now: that value moves to memory.
  return secretsOutOfAnswers(
    {
      ...s,
      otherSystems,
      data: stashed ? { ...stashed.data, name, group, environment } : withSystemDefaults({ ...emptyWizardData(), name, group, environment }, catalogue, id),
      secrets: stashed?.secrets ?? idRecord(),
      // Set aside with the answers, with which of them a sealed draft gave (one cleared in another tab goes when this one follows).
      secretsFromDraft: stashed?.fromDraft,
      notes: {},
      paste: undefined,
      ...testForgotten(s),
    },
    systemOf(catalogue, id),
  );
}

/** A step change the host did not cancel. */
export const moved = (
  s: WizardState,
  to: StepId,
  steps: readonly StepId[],
  focus: Focus,
  { [to]: later = {}, ...others } = s.serverLater ?? {},
  // The server's errors on this step, if it reported some while the person was on another; on
  // Credentials, those of a test refused, while its outcome stands (it goes when an answer it sent changes).
  waiting: Feedback = { ...later, ...(to === 'credentials' ? { ...s.connectionTest?.listed, ...s.connectionTest?.errors } : undefined) },
): WizardState => ({
  ...s,
  step: to,
  furthest: Math.max(s.furthest, steps.indexOf(to)),
  feedback: waiting,
  checkedAs: undefined,
  serverPointers: new Set(Object.keys(waiting)),
  serverLater: others,
  testElsewhere: undefined,
  quietFeedback: undefined,
  submitError: undefined,
  // A test's outcome stays with the answers it tested, and one still running keeps running (its outcome lands here); it goes when one of them changes.
  connectionTest: s.connectionTest,
  // What was said belongs to the step left (a language change would say it again, long after).
  announcement: '',
  confirmDiscard: false,
  returnToReview: to === 'review' ? false : s.returnToReview,
  paste: undefined,
  focus,
});

/** Continue found problems on this step: show them, focus the summary. */
export const showFeedback = (s: WizardState, feedback: Feedback): WizardState => ({ ...s, feedback, checkedAs: { data: s.data, secrets: s.secrets }, focus: 'summary' });

/** Secrets leave memory (cancel, removal from the page), and Undo of a paste, which may hold some; everything else stays for the draft. */
export const dropSecrets = (s: WizardState): WizardState => ({
  ...s,
  secrets: idRecord(),
  checkedAs: undefined,
  // A test's outcome was about secrets that are gone.
  ...testForgotten(s),
  keySecrets: undefined,
  // Its digest covers the changes a save sent, a new secret among them (the text itself where a page has no WebCrypto).
  editKeys: undefined,
  paste: undefined,
  otherSystems: new Map([...s.otherSystems].map(([id, stash]) => [id, { ...stash, secrets: idRecord() }])),
  leftDrafts: undefined,
  // What is asked for again now left memory here: no longer a sealed copy that expired (see reenterWords).
  secretsSealed: undefined,
});

/** The host passed `existingConnectors` again: its list stands for what exists, those created here before it included. */
export const hostListed = (s: WizardState): WizardState => (s.made.length ? { ...s, made: [] } : s);
export const announce = (s: WizardState, announcement: string | Said): WizardState => ({ ...s, announcement, said: (s.said ?? 0) + 1 });
/** What was said of something under way that ended with nothing to say (a test or a sign-in stopped by removal): the live region no longer says it, unless something else was said since. */
export const unsaid = (s: WizardState, said: string | Said | undefined): WizardState => (said !== undefined && s.announcement === said ? { ...s, announcement: '' } : s);
export const focusOn = (s: WizardState, focus: Focus | undefined): WizardState => ({ ...s, focus });
export const confirmDiscard = (s: WizardState, confirmDiscard: boolean): WizardState => ({ ...s, confirmDiscard });
export const returnToReview = (s: WizardState, returnToReview: boolean): WizardState => ({ ...s, returnToReview });
/** Drafts saving again (`saving-again`, after storage failed or another tab upgraded the database) take the place of the notice that they were not. */
export const draftNoticed = (s: WizardState, draftNotice: DraftNotice, announcement: string | Said, secretElsewhere?: readonly SecretField[]): WizardState => ({
  ...s,
  draftNotice,
  secretElsewhere,
  beneathConflict: conflictNotices.includes(draftNotice) ? (conflictNotices.includes(s.draftNotice!) ? s.beneathConflict : s.draftNotice) : undefined,
  announcement,
  storageNotice: s.storageNotice && draftNotice !== 'saving-again',
});
/** What is said while a write of the draft is held up by another tab, and once it lands. */
const HELD: Record<HeldNotice, Said> = {
  held: (msg) => msg.draftNotices.held,
  'held-delete': (msg) => msg.draftNotices['held-delete'],
  'held-finished': (msg) => msg.draftNotices['held-finished'],
};
const HELD_DONE: Record<HeldNotice, Said> = {
  held: (msg) => msg.draftHeldSaved,
  'held-delete': (msg) => msg.draftHeldDeleted,
  'held-finished': (msg) => msg.draftHeldFinishedDeleted,
};
/** The delete of a finished connector's draft is "this draft" beside its success panel; the form after it (Add another) shows the next connector's answers, saved under the same id once it lands: there it is named as the connector's just finished. */
const heldAs = (s: WizardState, held: HeldNotice): HeldNotice => (held === 'held-finished' && s.created ? 'held-delete' : held);
/** A write (`held`) or a delete (`held-delete`; `held-finished`, of a connector finished) of the draft is held up, or no longer (false): `landed`, it did (said); else it failed or was refused (what is said of that says why). The draft notice stays as it is. */
export const draftHeld = (s: WizardState, held: HeldNotice | false, landed?: boolean): WizardState =>
  held
    ? { ...s, draftHeld: heldAs(s, held), announcement: HELD[heldAs(s, held)] }
    : s.draftHeld
      ? { ...unsaid(s, HELD[s.draftHeld]), draftHeld: undefined, ...(landed && { announcement: HELD_DONE[s.draftHeld] }) }
      : s;
export const storageUnavailable = (s: WizardState, announcement: Said): WizardState => ({ ...s, storageNotice: true, announcement });
/** The person chose a side in a conflict with another tab: the notice goes, focus to the heading, and its words leave the live region, so a second conflict is said again; keeping their version (`kept`: the catalogue in use), a value said to have left the draft before it is said again while its field is still empty (with the other version, once it shows: see WizardSession.restore). */
export const conflictResolved = (s: WizardState, kept?: { catalogue: Catalogue | undefined }): WizardState => {
  const resolved: WizardState = { ...s, draftNotice: undefined, secretElsewhere: undefined, focus: 'heading', announcement: '' };
  return kept ? stillElsewhere({ ...resolved, beneathConflict: undefined }, s.beneathConflict, kept.catalogue) : resolved;
};
/** The step shown no longer exists (`system` was set, an edit began): the first one instead, whose heading takes a focus the wizard had (the control that held it went). */
export const onStep = (s: WizardState, step: StepId, hadFocus: boolean): WizardState => ({ ...s, step, focus: hadFocus ? 'heading' : s.focus });

/** The Time zone step opened at `at`: its previews show that moment, and Review after it. */
export const previewFrom = (s: WizardState, at: number): WizardState => (s.previewAt === at ? s : { ...s, previewAt: at });
