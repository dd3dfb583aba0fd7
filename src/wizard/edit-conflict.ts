/**
 * An edit's revision (sent as `If-Match`) and what a 412 means to the person: the connector was
 * changed elsewhere since it was opened, and nothing was saved (docs/endpoint-protocol.md,
 * "Editing a connector"). Only edits need it, so it is part of the later module.
 */
import type { CredentialField, SystemDefinition } from '../catalogue/catalogue-schema.js';
import type { SubmissionController } from '../controllers/submission-controller.js';
import { sameZone } from '../date-format/date-format.js';
import { resolveDateFormat } from '../date-format/date-pattern.js';
import { keptCredentials } from '../schemas/connector-schema.js';
import { own } from '../schemas/id-record.js';
import type { Messages } from '../messages/messages.js';
import type { StoredConnector } from '../schemas/connector-payload-schema.js';
import type { ConnectorPayload, WizardData } from '../schemas/wizard-data.js';
import type { RequestOptions } from '../submission/connector-client.js';
import { revisionText, withoutCredentials } from '../submission/stored-connector.js';
import { idText } from './clean.js';
import type { FlowHost } from './later-api.js';
import { answered } from './late-focus.js';
import { editAnswers, editChanges, followAnswers } from './outcomes.js';
import * as refusedEdit from './state/conflict-transitions.js';
import { fieldsOf } from './state/selectors.js';
import * as t from './state/request-transitions.js';
import type { EditableConnector, WizardState } from './state/wizard-state.js';

/** The answers compared with the connector as it is now, by key, with the words that name them. */
const FIELDS = ['name', 'group', 'environment', 'timeZone', 'dateFormat', 'authType'] as const;
const LABELS = { name: 'name', group: 'group', environment: 'environment', timeZone: 'timeZone', dateFormat: 'dateFormat', authType: 'authTitle' } as const;

/**
 * What an edit is counted against: the version a 412 read (`conflict.base`), while `editing` is still the connector it read
 * over (the same object, or one with its id and revision, as a framework's render passes it again); otherwise `editing` itself.
 * The edit's draft keeps that version's answers and revision (`editBase`) and the revisions it was read over: a host's connector
 * at one of those (a list not fetched again, after another connector or a reload) is older, and the draft's version stands.
 */
export function conflictBase({ editConflict: conflict, data }: Pick<WizardState, 'editConflict' | 'data'>, editing: EditableConnector): EditableConnector {
  const over = conflict?.over;
  // A revision as its text, as If-Match sends it: 3 passed again as "3" is the same revision.
  const same = over === editing || (over !== undefined && idText(over.id) === idText(editing.id) && idText(over.revision) === idText(editing.revision));
  return (same && conflict?.base) || draftBase(data, editing) || editing;
}

/** The version the edit's draft is based on, when `connector` is older than it (see conflictBase): the host's object, with the draft's base answers and revision. */
function draftBase(data: WizardData, connector: EditableConnector): EditableConnector | undefined {
  const b = data.editBase;
  const revision = revisionText(connector.revision);
  if (!b?.revision || !revision || data.editing !== idText(connector.id) || !b.over?.includes(revision)) return undefined;
  const { name, group, environment, timeZone, authType } = b;
  const credentials = { ...(authType === connector.authType ? connector.credentials : {}), ...own(b.credentials, authType ?? '') };
  return {
    ...connector,
    name,
    group,
    environment,
    timeZone,
    dateFormat: resolveDateFormat(b.dateFormat, b.customDateFormat),
    authType,
    credentials,
    revision: b.revision,
  } as EditableConnector;
}

/** A draft of the edit brought back over the host's connector (see followAnswers): one older than the draft's base (see conflictBase) moves nothing. */
export const followDraft = (data: WizardData, connector: EditableConnector, system: SystemDefinition): WizardData =>
  draftBase(data, connector) ? data : followAnswers(data, undefined, connector, system);

/**
 * The answers once the host passes the edited connector again as a new object: followed on from what they are counted against,
 * which after a 412 is the version it read (unless `connector` is the older one it read over, which moves nothing new).
 */
export function followedEdit(s: WizardState, connector: EditableConnector, system: SystemDefinition): WizardData {
  const editing = s.editing!;
  const base = conflictBase(s, editing);
  return followAnswers(s.data, base !== editing && conflictBase(s, connector) === connector ? base : editing, connector, system);
}

/**
 * An existing connector `opened` on General from `before`: started again after a 412 (in this page, or in the draft it came back
 * from), from the version it read, which the edit is still counted against; the revisions found older than it stay so.
 */
export function editOpened(before: WizardState, opened: WizardState, system: SystemDefinition): WizardState {
  const base = conflictBase(before, opened.editing!);
  if (base === opened.editing) return opened;
  const data = editAnswers(base, system);
  const over = before.data.editBase?.over;
  return {
    ...opened,
    data: over && data.editBase ? { ...data, editBase: { ...data.editBase, over } } : data,
    editConflict: { label: (m) => m.saveChanges, over: before.editConflict?.over ?? opened.editing!, base },
  };
}

/**
 * An edit's save refused by the endpoint the host switched away from while it was sent, or while its 412's list was read: nothing was
 * saved, and nothing of it is said at the new one (no field, no step, no change made elsewhere); only that the changes were not saved
 * here (`unsure`: an earlier save of theirs got no answer there, so they may have been saved there), and that Save changes saves them here.
 */
export const notSavedHere = (h: FlowHost, unsure: boolean): false =>
  answered(h, 'edit', () => {
    h.store.update((s) => t.requestFailed(s, (msg) => msg.savedBeforeSwitch(unsure)));
    return false;
  });

export interface ConflictDeps {
  h: FlowHost;
  submission: SubmissionController;
  options: () => Omit<RequestOptions, 'signal' | 'onRetry'>;
  /** Said as a 404 on save: the connector no longer exists. */
  missing: () => false;
  /** The answers moved from `was` (see Flow.answersFollowed). */
  answersFollowed: (was: WizardData) => void;
}

export class EditConflicts {
  readonly #d: ConflictDeps;
  /** Connectors whose unusable revision the host was told about (once each). */
  readonly #told = new WeakSet<object>();

  constructor(deps: ConflictDeps) {
    this.#d = deps;
  }

  /**
   * What an edit is counted against: the version a 412 gave, while the host's connector is still the one edited (passed
   * again as a new object, as a framework's render does, with the same id and revision); a newer revision from the host is its own.
   */
  base(editing: EditableConnector): EditableConnector {
    return conflictBase(this.#d.h.store.state, editing);
  }

  /** The revision `If-Match` sends; none when the connector has none, or one no entity-tag can hold (the host is told once, never its value). */
  revision(connector: EditableConnector): string | undefined {
    const { revision } = connector;
    if (revision === undefined || revision === null) return undefined;
    const text = revisionText(revision);
    if (text) return text;
    if (!this.#told.has(connector)) {
      this.#told.add(connector);
      this.#d.h.fail('config', 'The connector’s revision is not usable (text of visible ASCII without ", or a whole number), so its changes are saved without If-Match.');
    }
    return undefined;
  }

  /**
   * A 412: the list is read again and the connector found by id. Gone, it is said as a 404 on
   * save; found, it becomes the edit's base where the person changed nothing (as when the host
   * passes it again), and the answers they changed that were also changed elsewhere are named.
   * Found with everything the person changed as they chose it, the edit is saved: it ends as a
   * save does (`saved`, with the list's connector), so the host learns the connector as it is now.
   * `options`: the save's, so the list is masked against the credential headers the save sent too (a rotating token, each request its own).
   */
  async changed(
    url: string,
    before: EditableConnector,
    changes: Record<string, unknown>,
    fields: readonly CredentialField[],
    unsure: readonly Record<string, unknown>[],
    saved: (now: StoredConnector) => boolean,
    options = this.#d.options(),
  ): Promise<boolean | 'again'> {
    const { h } = this.#d;
    const { editing } = h.store.state;
    const { endpoint } = h.config();
    const list = await this.#d.submission.list(url, options, true);
    // The edit ended or was started over meanwhile: the answer is not about what is on screen.
    if (h.store.state.editing !== editing) return false;
    // Another endpoint came: this one's version is never the new one's, and nothing was saved, here or there (as a 412 answered after the switch).
    if (h.config().endpoint !== endpoint) return notSavedHere(h, unsure.length > 0);
    if (!list) return false;
    if (!Array.isArray(list)) {
      h.store.update((s) => refusedEdit.changedUnread(s, before));
      return false;
    }
    const found = list.find((c) => c.id === String(before.id));
    if (!found) return this.#d.missing();
    // The list's connector, over what the host passed: no group or revision in it is none now; credentials it lacks (the server keeps them) stay as passed.
    const { group: _g, revision: _r, credentials, ...rest } = before;
    const now = { ...rest, ...found, credentials: (found as { credentials?: Record<string, unknown> }).credentials ?? credentials } as EditableConnector;
    // A zone under an old name or in another case (Asia/Calcutta, Asia/Kolkata) is the same zone.
    const same = (key: string, a: unknown, b: unknown) =>
      key === 'group' ? idText(a) === idText(b) : key === 'timeZone' ? sameZone(a, b) : JSON.stringify(a) === JSON.stringify(b);
    const fieldsBefore = fieldsOf(h.system(now.system), before.authType);
    // A number field's value as a JSON number or as its text (4, "4") is the same number, as editChanges sends it.
    const asSent = (k: string, v: unknown) => (fieldsBefore.find((f) => f.key === k)?.type === 'number' && typeof v === 'string' && v.trim() ? Number(v) : v);
    const sameCredential = (k: string, a: unknown, b: unknown) => JSON.stringify(asSent(k, a)) === JSON.stringify(asSent(k, b));
    // Changed since `before`, and not to what an earlier save of the person's whose answer never came sent (`c`).
    const changedBy = (c: Record<string, unknown> | undefined) => ({
      fields: FIELDS.filter((k) => !same(k, before[k], now[k]) && !(c && k in c && same(k, c[k], now[k]))),
      credentials: [...new Set([...Object.keys(before.credentials ?? {}), ...Object.keys(now.credentials ?? {})])].filter(
        (k) =>
          !sameCredential(k, own(before.credentials, k), own(now.credentials, k)) &&
          !(c && sameCredential(k, own(c.credentials as Record<string, unknown>, k), own(now.credentials, k))),
      ),
    });
    const by = [undefined, ...unsure].map(changedBy);
    // Everything changed is what one of those saves sent: the 412 is the person's own save, made after all.
    const own412 = by[0]!.fields.length + by[0]!.credentials.length > 0 && by.slice(1).some((b) => !b.fields.length && !b.credentials.length);
    // Named in the language in use when said: the answers' words, a credential's label as the catalogue gives it then (never what the person's own saves made).
    const overlap = FIELDS.filter((k) => k in changes && by.every((b) => b.fields.includes(k)));
    const credentialKeys = Object.keys((changes.credentials as object | undefined) ?? {}).filter((k) => by.every((b) => b.credentials.includes(k)));
    const label = (k: string) => fieldsOf(h.system(now.system), before.authType).find((f) => f.key === k)?.label ?? k;
    // What the person changed that is not as they chose it now: nothing left, and what they chose is saved.
    const sent = { ...changes, authType: changes.authType ?? before.authType, credentials: changes.credentials ?? {} } as ConnectorPayload;
    const left = editChanges(now, sent, fields, keptCredentials(h.validationInput()), true);
    const remaining = Object.keys(changes).some((k) =>
      k === 'credentials' ? Object.keys(changes.credentials as object).some((c) => own(left.credentials as Record<string, unknown>, c) !== undefined) : k in left,
    );
    // Saved: the host learns the connector as the list gives it, without the credentials a list may carry (as a create's or a save's answer).
    if (!remaining) return saved(withoutCredentials(found));
    const system = h.system(now.system);
    // Answers the person left as they were take the values of now; the host's object stays the one edited.
    const { data } = h.store.state;
    if (system) h.store.update((s) => refusedEdit.answersRebased(s, followAnswers(s.data, before, now, system)));
    // The draft keeps the version found and the revision refused: a host's connector at that revision is older than this base (see conflictBase).
    const [read, refused] = [revisionText(now.revision), revisionText(before.revision)];
    if (read && refused) h.store.update((s) => refusedEdit.baseRead(s, read, refused));
    if (h.store.state.data !== data) void h.draft.saveNow();
    this.#d.answersFollowed(data);
    // The version found is the edit's base now: the saves there that were unsure against the last one are settled.
    h.store.update((s) => refusedEdit.unsureSettled(s, url));
    if (own412) {
      h.store.update((s) => refusedEdit.ownSaveFound(s, now));
      return 'again';
    }
    const said = (m: Messages) => m.editChanged([...overlap.map((k) => m[LABELS[k]]), ...credentialKeys.map(label)]);
    h.store.update((s) => refusedEdit.changedElsewhere(s, said, now));
    return false;
  }
}
