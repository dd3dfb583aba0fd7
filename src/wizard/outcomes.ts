/**
 * What the wizard shows after a request, an edit or a typed credential, worked out away from the
 * element: these only matter once the later steps are there, so they load with them (later.ts).
 * Each returns what to show; the element applies it. A connection test's: test-outcome.ts.
 */
import { connectorName, NAME_MAX_LENGTH, slotOf } from '../schemas/general-schema.js';
import { shorten } from '../schemas/shorten.js';
import { isSecretField, type AuthTypeDefinition, type CredentialField, type SystemDefinition } from '../catalogue/catalogue-schema.js';
import { sameZone } from '../date-format/date-format.js';
import { cleanPattern, dateFormatChoice } from '../date-format/date-pattern.js';
import type { EditableConnector, Quoting, Said, WizardState } from './state/wizard-state.js';
import { authTypeOf, credentialValue } from './state/selectors.js';
import type { WizardErrorKind } from '../events/error-event.js';
import { isolated, type Messages } from '../messages/messages.js';
import { quoting } from '../messages/quoting.js';
import { idRecord, own } from '../schemas/id-record.js';
import { rebase, same } from './rebase.js';
import { normalizeCredential } from '../schemas/normalize.js';
import { emptyWizardData, type ConnectorPayload, type ExistingConnector, type StepId, type WizardData } from '../schemas/wizard-data.js';
import { cleanExisting, idText } from './clean.js';
import { revisionText } from '../submission/stored-connector.js';
import { isRetryableStatus } from '../submission/retry-policy.js';
import type { CreateResult, Problem } from '../submission/connector-client.js';
import { keyNamed, onFormField, placeProblem, tooLarge, type PlacedProblem } from '../submission/server-feedback.js';

export interface Outcome {
  /** Why it failed, in words, when no field is to blame. */
  submitError?: Quoting;
  /** The `connector-wizard-error` to fire. */
  error?: [WizardErrorKind, string];
  /** The server's errors, on the step and fields they belong to. */
  place?: PlacedProblem;
  /** The server knows connectors this page does not: fetch the list again. */
  reloadExisting?: boolean;
  /** A create (or a save) with no answer: it may have made the connector (or the changes). */
  unsure?: boolean;
}

export interface RequestContext {
  msg: Messages;
  steps: readonly StepId[];
  /** The system's name as the person reads it now: a message said again after a change of language names it in the new one. */
  systemName: () => string;
  groupName?: string;
  /** The request saves an edit (PATCH), not a create. */
  editing?: boolean;
  /** The slots of earlier creates with no answer, which may have made their connectors. */
  unsure?: readonly string[];
  /** The credential fields on the form (the auth type chosen): a pointer to none of them (`/credentials`, another auth type's) marks nothing. */
  fields?: readonly CredentialField[];
  /** The system as the catalogue gives it in the language in use: names another way to sign in's credential by its label. */
  system?: SystemDefinition;
}

/**
 * A server's errors placed on their steps and fields (`fallback` when none names one), for a create's answer and a test's alike:
 * one on an answer with no field on the form said after its name (keyNamed), a credential by its label in any of the system's
 * ways to sign in (a sign-in's connection, `connectionRef`, by the way to sign in that makes one), else by its key.
 */
export function placedErrors(problem: Problem, { msg, steps, fields, system }: RequestContext, fallback: StepId): PlacedProblem {
  const ways = system?.authTypes ?? [];
  const labelOf = (key: string) =>
    ways.flatMap((a) => a.fields).find((f) => f.key === key)?.label ?? (key === 'connectionRef' ? ways.find((a) => a.kind === 'oauth2-authorization-code')?.label : undefined);
  const named = (errors: Problem['errors'] = []) => errors.map((e) => keyNamed(e, steps, fields, labelOf, msg.colon));
  return placeProblem(
    { ...problem, errors: named(problem.errors), past: named(problem.past) },
    steps,
    fallback,
    (step) => msg.stepLabels[step]! + msg.colon,
    msg.serverMoreErrors,
  );
}

/** A create or an update that did not succeed; `body`: what was sent (an edit's changes). */
export function failedRequest(result: Exclude<CreateResult, { kind: 'created' }>, connector: ConnectorPayload, context: RequestContext, body: object = connector): Outcome {
  const { msg, steps, systemName, groupName, editing, unsure, fields } = context;
  const what = editing ? 'Saving the changes to the connector' : 'Creating the connector';
  // No answer (to this attempt or an earlier one): it may have been done.
  const noAnswer = (m: Messages) => (editing ? m.saveNetworkFailed : m.networkFailed);
  switch (result.kind) {
    // Stopped (the element taken out of the page) once sent: said as a create with no answer,
    // which it may be. Stopped before anything went out (its key being saved, the host's
    // requestHeaders pending): nothing to say. The host, which stopped it, hears no error.
    case 'aborted':
      return result.unanswered ? { submitError: noAnswer, unsure: true } : {};
    case 'duplicate': {
      // Maybe this person's own connector, made by a create whose answer never came: never "added after you started".
      // An edit's save makes no connector (a lost one at most moved this one, which never takes its own slot): the slot is another's.
      const said = !editing && (result.unanswered || unsure?.includes(slotOf(connector))) ? msg.duplicateMaybeOwn : msg.duplicateOnServer;
      return { reloadExisting: true, place: { step: 'general', own: true, feedback: { '/environment': said(connector.environment, systemName(), groupName) } } };
    }
    case 'invalid': {
      const { problem } = result;
      const place = placedErrors(problem, context, 'review');
      // None of its errors names an answer (no `errors` at all, or only ones on no field of the form: no pointer, `/credentials`
      // itself, a credential the chosen way to sign in has not): nothing is marked that the person could mend, so the host is told, as of any other refusal.
      const named = [...problem.errors, ...(problem.past ?? [])].some((e) => onFormField(e.pointer, steps, fields));
      const error: Outcome['error'] = named
        ? undefined
        : ['server', `${what} failed: refused (HTTP ${result.status}${problem.title ? `: ${problem.title}` : ''}), naming no answer.`];
      return { place, unsure: result.unanswered === true, ...(error ? { error } : {}) };
    }
    case 'unauthorized': {
      // An earlier attempt got no answer, then this one met the sign-in check: the create may have been made, so never "not created".
      const lost = result.unanswered === true && !editing;
      const may = lost ? '; an earlier attempt got no answer, so it may have been done' : '';
      return {
        submitError: (m) => (lost ? m.notAuthorisedUnsure : editing ? m.saveNotAuthorised : m.notAuthorised)(result.status),
        error: ['auth', `The endpoint answered ${result.status}: the host page's session is not authorised to ${editing ? 'change' : 'create'} connectors${may}.`],
        unsure: result.unanswered === true,
      };
    }
    case 'failed': {
      // The host's headers could not be had: that attempt was not sent (an earlier one with no answer may have done it).
      if (result.reason === 'headers')
        return {
          submitError: (m) => (result.unanswered ? noAnswer(m) : m.requestNotPrepared),
          error: [
            'config',
            `${what} failed: ${result.detail}; ${result.unanswered ? 'this retry was not sent, and an earlier attempt got no answer, so it may have been done' : 'nothing was sent'}.`,
          ],
          unsure: result.unanswered === true,
        };
      // A redirect: the endpoint (a login page for an ended session, a moved path) is the host's to mend; its status is hidden, so it may have been done.
      if (result.reason === 'redirect')
        return {
          submitError: (m) => m.redirected(editing),
          error: [
            'config',
            `${what} failed: the endpoint answered with a redirect, which is never followed, so whether it was done cannot be told; the endpoint attribute may not name the connectors endpoint itself, or the page's session may have ended.`,
          ],
          unsure: true,
        };
      const detail = result.problem?.title ?? (result.status ? `HTTP ${result.status}` : undefined);
      // A 413 on the longest answer sent; none sent (an edit of the environment alone): said below as any refusal is.
      const large = result.status === 413 && !result.unanswered && tooLarge(body, steps, msg.tooLarge(result.problem?.title, editing), what);
      if (large) return large;
      // No answer at all, or none to an earlier attempt (a lost answer, then 503s): it may have happened. Offline throughout: nothing went out.
      const network = result.reason === 'network' || result.reason === 'timeout' || result.unanswered === true;
      // A 201 (or an edit's 200) whose body is no connector: it happened, so never "try again".
      if (result.reason === 'bad-response')
        return {
          submitError: (m) => (editing ? m.savedUnreadable : m.createdUnreadable),
          error: ['server', `${what} succeeded (HTTP ${result.status}), but the answer is not a connector.`],
        };
      // The one place a refusal is said as final or passing. A status the wizard never retries (a 4xx, a 501 or 505):
      // the same request gets the same answer, so never "try again"; but a conflict or a lock (409, 423, 425), which
      // passes, and a 408 or 429 (or a 5xx) that outlasted the retries. A 404 or a 405 says the endpoint itself is set wrong: the host's to mend.
      const status = result.status ?? 0;
      const final = result.reason === 'refused' && status > 0 && !isRetryableStatus(status) && ![409, 423, 425].includes(status);
      const config = final && (result.status === 404 || result.status === 405);
      // A 409 that is no slot taken, nor the key in use (an edit conflict, a record locked): the server's own words (its detail first) and that the same answers may meet it again, never "in a moment".
      const conflict = result.reason === 'refused' && status === 409;
      const said = conflict ? (result.problem?.detail ?? result.problem?.title) : detail;
      return {
        // Unknown first: "try again then" must not invite a second create of one that may exist. The server's title it quotes is theirs, never marked.
        submitError: quoting([said], (m, detail) =>
          result.reason === 'in-use'
            ? m.keyInUse(editing)
            : conflict && result.unanswered
              ? m.conflictUnsure(detail, editing)
              : network
                ? noAnswer(m)
                : result.reason === 'offline'
                  ? m.offline(editing)
                  : result.retryAfterMs !== undefined && result.retryAfterMs >= 1000
                    ? m.serverBusy(Math.ceil(result.retryAfterMs / 1000))
                    : conflict
                      ? m.conflictRefused(detail, editing)
                      : (final ? (editing ? m.saveClientFailed : m.clientFailed) : editing ? m.saveServerFailed : m.serverFailed)(detail),
        ),
        error: config
          ? ['config', `${what} failed: the endpoint answered HTTP ${result.status}, so the endpoint attribute may not name the connectors endpoint.`]
          : [
              // A conflict after an attempt with no answer is the server's answer, maybe to what that attempt made: never `network`.
              (network && !conflict) || result.reason === 'offline' ? 'network' : 'server',
              // A refusal named as it is said: `refused` for good, `server` for one that may pass, `conflict` for a 409 of no other kind.
              conflict
                ? `${what} failed: conflict (HTTP 409${result.problem?.title ? `: ${result.problem.title}` : ''})${result.unanswered ? '; an earlier attempt got no answer, so it may have been done' : ''}.`
                : `${what} failed: ${result.reason === 'refused' && !final ? 'server' : result.reason}${detail ? ` (${detail})` : ''}.`,
            ],
        unsure: network,
      };
    }
  }
}

/** A typed credential after the field's `normalize` rule, and a note saying what happened to it (words said in the language in use when it shows). */
export function committedCredential(field: CredentialField, raw: string): { value: string; note?: Said } {
  const { value, note, invisible, affixes } = normalizeCredential(field, raw);
  if (!note && !invisible && !affixes) return { value };
  const said: Said = (msg) =>
    [
      note &&
        {
          trimmed: () => msg.trimmed(msg.whitespace(note.what!)),
          lowercased: () => msg.lowercased,
          'trimmed-lowercased': () => msg.trimmedAndLowercased(msg.whitespace(note.what!)),
          kept: () => msg.keptWhitespace(msg.whitespace(note.what!)),
        }[note.kind](),
      invisible && (invisible.removed ? msg.invisibleRemoved(invisible.count) : msg.invisibleKept(invisible.count)),
      affixes && msg.affixesRemoved(affixes),
    ]
      .filter(Boolean)
      .join(' ');
  return { value, note: said };
}

/** The notes of `fields` said together, each after its field's label (`label`: in the language in use when said), isolated from the sentence. */
export function labelledNotes(
  fields: readonly CredentialField[],
  noteOf: (field: CredentialField) => Said | undefined,
  label: (field: CredentialField) => string,
): Said | undefined {
  const notes = fields.flatMap((field) => {
    const note = noteOf(field);
    return note ? [(msg: Messages) => `${isolated(label(field))}${msg.colon} ${note(msg)}`] : [];
  });
  return notes.length ? (msg) => notes.map((note) => note(msg)).join(' ') : undefined;
}

/**
 * The fields an edit changed; credentials only where something was typed or set (`kept`: see
 * keptCredentials; a checkbox never set is not sent as cleared). Without an endpoint a secret
 * could only travel in an event, which never carries one. (An edit where the company's only
 * group leaves no choice keeps its own group in `connector`: see formGroup.)
 */
export function editChanges(
  original: EditableConnector,
  connector: ConnectorPayload,
  fields: readonly CredentialField[],
  kept: readonly CredentialField[],
  secretsAllowed: boolean,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const key of ['name', 'group', 'environment', 'timeZone', 'dateFormat', 'authType'] as const)
    if (connector[key] !== undefined && connector[key] !== (key === 'group' ? idText(original.group) : original[key])) changes[key] = connector[key];
  // A name (or a date pattern) left as it was is no change, though it is sent cleaned (connectorName, trimmed): a host's value keeps what it holds.
  if (typeof original.name === 'string' && connector.name === connectorName(original.name)) delete changes.name;
  if (typeof original.dateFormat === 'string' && connector.dateFormat === cleanPattern(original.dateFormat)) delete changes.dateFormat;
  // So is a zone under its old name, or in another case, picked again from the list (Asia/Calcutta, europe/london): Review says no "was" for it either.
  if (typeof original.timeZone === 'string' && connector.timeZone && sameZone(connector.timeZone, original.timeZone)) delete changes.timeZone;
  // A new authentication type needs all of its own values: one typed as it was before is sent too.
  const sameType = connector.authType === original.authType;
  const credentials = Object.entries(connector.credentials).filter(([key, value]) => {
    const field = fields.find((f) => f.key === key);
    if ((field && isSecretField(field) && !secretsAllowed) || kept.some((f) => f.key === key)) return false;
    // The host's value as the form sends it (`My-Store` lower-cased): a value left as it was is no change.
    const before = own(original.credentials, key);
    // A number as the host passed it, text ("4") or a number, is the number sent.
    const asSent = field?.type === 'number' && typeof before === 'string' && before.trim() ? Number(before) : before;
    return value !== '' && !(sameType && (asSent === value || (field && typeof before === 'string' && normalizeCredential(field, before).value === value)));
  });
  // Sent or emitted: an ordinary object whose keys are all own (fromEntries), `__proto__` too.
  if (credentials.length) changes.credentials = Object.fromEntries(credentials);
  return changes;
}

/** The labels of the secret fields of `authType` that hold a value: what leaving the page loses when secrets are kept in memory only. */
export function typedSecrets(s: WizardState, authType: AuthTypeDefinition | undefined): string[] {
  return (authType?.fields ?? []).filter((f) => isSecretField(f) && credentialValue(s, authType!.id, f)).map((f) => f.label);
}

/** A name from a server's answer as the success panel shows and the live region says it: cut, with an ellipsis, at the characters a name may have (the event keeps the answer whole). */
export const shownName = (name: string) => shorten(name, NAME_MAX_LENGTH);

/**
 * What an edit's answer says was saved: the connector, named as the answer names it (a rename
 * made elsewhere meanwhile is its name now), and its entry among those made (the slot it holds).
 */
export function savedAs(answer: { id: string } & Record<string, unknown>, sent: ConnectorPayload): { connector: ConnectorPayload; made: ExistingConnector[] } {
  const connector = typeof answer.name === 'string' ? { ...sent, name: shownName(answer.name) } : sent;
  return { connector, made: cleanExisting([{ ...connector, id: String(answer.id) }]) };
}

/** The answers of an existing connector to edit: non-secret credential values the host passed along, if any; secrets never come in. */
export function editAnswers(connector: EditableConnector, system: SystemDefinition): WizardData {
  const authType = authTypeOf(system, connector.authType);
  const plain: [string, string | boolean][] = [];
  for (const field of authType?.fields ?? []) {
    // A secret a host passes anyway (a numeric PIN as the create sent it too) never becomes an answer, which a draft stores in clear.
    if (isSecretField(field)) continue;
    const value = own(connector.credentials, field.key);
    if (typeof value === 'string' || typeof value === 'boolean') plain.push([field.key, value]);
    // A number field's value as the create sent it (a JSON number), shown as typed.
    else if (field.type === 'number' && typeof value === 'number' && Number.isFinite(value)) plain.push([field.key, String(value)]);
  }
  // What a host's object holds as it comes (a `null` from its API too): only answers are kept, as a draft stores them.
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  const { environment } = connector;
  // A whole-number group (as an API may give it) is its text, as the groups' ids are (see cleanGroups).
  const group = text(idText(connector.group));
  const answers = {
    ...emptyWizardData(),
    editing: String(connector.id),
    system: connector.system,
    name: text(connector.name) ?? '',
    ...(group ? { group } : {}),
    ...(environment === 'live' || environment === 'test' ? { environment } : {}),
    ...(text(connector.timeZone) ? { timeZone: connector.timeZone } : {}),
    ...dateFormatChoice(text(connector.dateFormat)),
    ...(authType ? { authType: authType.id, credentials: idRecord([[authType.id, idRecord(plain)]]) } : {}),
    // A way to sign in the catalogue no longer offers stays named, as a create's choice does: Auth says it is gone and asks (one left is never chosen silently).
    ...(!authType && text(connector.authType) ? { authType: connector.authType } : {}),
  };
  return { ...answers, editBase: revisionText(connector.revision) ? { ...answers, revision: revisionText(connector.revision) } : answers };
}

/**
 * The answers on screen once the connector being edited is passed again as a new object (a
 * re-render, a list fetched again, with what others changed since), or once a draft of the edit
 * comes back (`before` undefined: its `editBase`): an answer the person left as it was (as in
 * `before`'s answers) takes its value in `after`; one they changed stays.
 */
export function followAnswers(data: WizardData, before: EditableConnector | undefined, after: EditableConnector, system: SystemDefinition): WizardData {
  // A draft saved before edits kept their base: its answers stand as they are.
  const was = before ? editAnswers(before, system) : data.editBase && { ...data.editBase, editBase: data.editBase };
  if (!was) return data;
  const fresh = editAnswers(after, system);
  const next = rebase(data, was, fresh) as WizardData;
  // One answer in two keys, compared as it is sent (cleanPattern): a date format the person changed stays whole; one left as it was (an invisible character added is no change) follows the new object's.
  const formatChanged = sentFormat(data) !== sentFormat(was);
  const format = formatChanged || sentFormat(fresh) === sentFormat(was) ? data : fresh;
  // An authentication type goes with what was typed under it: a value or a secret entered there keeps it.
  const id = data.authType;
  const typedUnder = id !== undefined && (!same(own(data.credentials, id), own(was.credentials, id)) || (own(data.secretsEntered, id)?.length ?? 0) > 0);
  const followed = {
    ...next,
    dateFormat: format.dateFormat,
    customDateFormat: format === fresh ? (fresh.customDateFormat ?? next.customDateFormat) : format.customDateFormat,
    ...(typedUnder ? { authType: id } : {}),
  };
  // Nothing moved: the same answers (a connection test of them stands).
  return same(followed, data) ? data : followed;
}

const sentFormat = (d: WizardData) => (d.dateFormat === 'custom' ? cleanPattern(d.customDateFormat ?? '') : d.dateFormat);
