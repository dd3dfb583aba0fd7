import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { cut } from '../catalogue/cut.js';
import type { WizardErrorKind } from '../events/error-event.js';
import type { Messages } from '../messages/messages.js';
import type { Environment, Feedback, Group, Pointer, SecretValues, StepId, WizardData } from '../schemas/wizard-data.js';
import type { DraftRecord } from '../storage/draft-store.js';
import type { DraftControllerOptions, RestoreHow } from './draft-host.js';
import type { Flow } from '../wizard/later-api.js';
import { backInDraft, leftDraft } from '../wizard/state/left-drafts.js';
import { currentSystem, hasAnswers, systemOf } from '../wizard/state/selectors.js';
import { securedElsewhere, stillElsewhere, typedElsewhere } from '../wizard/state/secret-elsewhere.js';
import * as draft from '../wizard/state/draft-transitions.js';
import * as edit from '../wizard/state/edit-transitions.js';
import { movedOn, notMovedOn, sameConnector, unopenable, unopenedConnector } from '../wizard/state/host-connector.js';
import * as t from '../wizard/state/transitions.js';
import type { EditableConnector, Said, WizardState } from '../wizard/state/wizard-state.js';
import type { WizardStore } from '../wizard/state/wizard-store.js';
import type { LaterLoader } from './later-loader.js';
import { systemNotOffered } from './catalogue-controller.js';
import { DraftNotices } from './draft-notices.js';
import { PresetReports } from './preset-reports.js';
import { forgetSignIn, takeSignInReturn } from './sign-in-return.js';

export interface WizardSessionOptions {
  store: WizardStore;
  later: LaterLoader;
  flow: () => Flow | undefined;
  catalogue: () => Catalogue | undefined;
  /** The host's `system`, `group`, `environment` and groups. */
  presets: () => { system?: string; group?: string; environment?: Environment; groups: readonly Group[] };
  /** The host's `connector`: the one it asked to edit, if any. */
  connector: () => EditableConnector | null | undefined;
  /** The focus is in the wizard (see followConnector). */
  hasFocus: () => boolean;
  msg: () => Messages;
  /** Why the catalogue does not offer the system with this id (see notOffered in catalogue-controller). */
  notOffered: (id: string) => Said;
  /** `answers`: checked instead of those on screen. */
  check: (step: StepId, answers?: Pick<WizardState, 'data' | 'secrets'>) => Feedback | undefined;
  /** Lands on a restored draft's step (see StepNavigation), restored as `how` says. */
  settleRestoredStep: (how: RestoreHow) => void;
  /** Answers changed: the draft is saved soon. */
  scheduleSave: () => void;
  fail: (kind: WizardErrorKind, message: string) => void;
}

/**
 * The connector in progress: the host's presets, a restored draft, starting over, opening an
 * existing connector to edit, and every change to the answers. It changes state only through
 * the store's transitions.
 */
export class WizardSession {
  /** What the host is told of presets not offered. */
  readonly #reports = new PresetReports((kind, message) => this.o.fail(kind, message));
  /** The messages, and the catalogue's words, the problems on screen are in. */
  #saidIn?: { msg: Messages; catalogue: Catalogue | undefined };
  /** The sign-in key a same-tab return was last looked for (see takeSignInReturn). */
  #oauthReturnCheckedFor?: string;
  /** What is said of the draft. */
  readonly #notices: DraftNotices;
  /** Presets (or a catalogue) that came while a create or an edit was sent: applied in the first update after its answer. */
  #presetsHeld = false;

  constructor(private readonly o: WizardSessionOptions) {
    this.#notices = new DraftNotices({ ...o, saidIn: () => this.#saidIn?.catalogue });
  }

  /** What the draft code tells the wizard (see DraftControllerOptions): drafts to show, switches, notices, storage failing. */
  readonly draftEvents: Pick<DraftControllerOptions, 'restore' | 'left' | 'switched' | 'notice' | 'held' | 'unavailable' | 'shared'> = {
    restore: (...args) => this.restore(...args),
    left: (key, answers) => this.o.store.update((s) => leftDraft(s, key, answers)),
    switched: (remote, finished, setAside, unreadable) => {
      // What was typed is kept in the draft left, never dropped without a word; nor is a draft switched to that could not be read.
      const said = setAside && !this.o.store.state.created && hasAnswers(this.o.store.state, this.o.presets().system);
      this.startOver(remote, finished);
      if (said || unreadable) this.#notices.say(said ? (unreadable ? 'malformed-set-aside' : 'set-aside') : 'malformed');
    },
    notice: (notice) => this.#notices.say(notice),
    held: (held, saved) => this.o.store.update((s) => t.draftHeld(s, held, saved)),
    shared: (message) => this.o.fail('config', message),
    unavailable: (error) => this.#notices.unavailable(error),
  };

  /**
   * The host's presets, over the answers. `changed`: they (or the catalogue) changed since the
   * last update. While a create or an edit is sent they wait, as a new `connector` does (the
   * answers sent stay the ones shown until the server answers), and apply in the update after.
   */
  applyPresets(changed = true): void {
    if (!changed && !this.#presetsHeld) return;
    this.#presetsHeld = Boolean(this.o.store.state.submitting);
    if (this.#presetsHeld) return;
    const catalogue = this.o.catalogue();
    if (!catalogue) return;
    const { system, group, groups } = this.o.presets();
    const { secrets, data, editing } = this.o.store.state;
    this.#reports.system(catalogue, system);
    this.#reports.group(group, groups, editing !== undefined || data.editing !== undefined);
    this.o.store.update((s) => t.applyPresets(s, { catalogue, ...this.o.presets() }));
    // A test still running would answer about the answers before.
    if (this.o.store.state.data !== data) this.o.flow()?.abortTest();
    // A value that left the answers (see t.applyPresets) leaves the stored draft at once: once the load that restored it has marked the draft ready (a save asked for while loading is none).
    if (this.o.store.state.secrets !== secrets) queueMicrotask(() => this.o.scheduleSave());
  }

  /**
   * The language changed (or the host's `messages`, or the catalogue's words in it: another
   * region's variants, a new catalogue): the problems on screen are said again in it, the same
   * problems only, checked again in the answers they were found in (a server's own words stay as
   * they came). `catalogue`: in the language in use.
   */
  relocalize(catalogue: Catalogue | undefined): void {
    const said = { msg: this.o.msg(), catalogue };
    const before = this.#saidIn;
    if (said.msg === before?.msg && said.catalogue === before.catalogue) return;
    this.#saidIn = said;
    const { store, check } = this.o;
    const { msg } = said;
    if (before && Object.keys(store.state.feedback).length)
      store.update((s) => t.relocalized(s, s.checkedAs && check(s.step, s.checkedAs), (step) => msg.stepLabels[step]! + msg.colon));
  }

  /** Answers changed: errors on screen are checked again, and the draft is saved soon. */
  edited(pointers: Pointer[]): void {
    const { store, check } = this.o;
    const now = Object.keys(store.state.feedback).length ? check(store.state.step) : undefined;
    store.update((s) => typedElsewhere(t.edited(s, pointers, now), pointers));
    this.o.scheduleSave();
  }

  update(patch: Partial<WizardData>): void {
    const was = this.o.store.state.data.environment;
    const hidden = this.#notices.hidden;
    this.o.store.update((s) => t.updateData(s, patch, currentSystem(s, this.o.catalogue())));
    if (patch.environment && patch.environment !== was) this.o.flow()?.environmentSet(was);
    if (patch.authType !== undefined) this.o.flow()?.applyReturnedOAuth();
    this.edited(Object.keys(patch).map((k) => `/${k}`));
    this.#notices.sayIfShown(hidden);
  }

  selectSystem(id: string): void {
    const was = this.o.store.state.data.system;
    if (id === was) return;
    // Another system ends a sign-in under way; the first one picked does not: one taken up after a reload with `no-drafts` waits
    // for the system it was started for (OAuthController ends it for another).
    if (was !== undefined) this.o.flow()?.resetOAuth();
    this.o.store.update((s) => t.selectSystem(s, id, this.o.catalogue()));
    // Its answers set aside earlier come back under the environment chosen since: a connection made for the other goes.
    this.o.flow()?.environmentSet(undefined);
    // A system with one authentication type has it at once: a same-tab sign-in return waiting for it applies now.
    this.o.flow()?.applyReturnedOAuth();
    this.edited(['/system']);
  }

  /** A stored draft to show (see RestoreHow); `key`: the draft's, loaded on a switch (the secrets it was left with come back). */
  restore(record: DraftRecord, secrets: SecretValues, how: RestoreHow, key?: string): boolean {
    // Back after a removal: the secrets come back, never over ones typed since; nothing else changes.
    if (how === 'secrets') {
      this.o.store.update((s) => draft.secretsBack(s, secrets));
      return true;
    }
    // Another tab's next connector, a draft loaded as drafts come on, or the one a new preset moved to, never replaces the success panel: it stays stored, and "Add another connector" takes it (see reset()). A `draft-id` the host switches to does.
    const remote = how === 'follow';
    if (this.o.store.state.created && (remote || how === 'open')) return true;
    const { system } = this.o.presets();
    // A draft of an edit belongs to that connector only; an edit ignores drafts of anything else.
    if ((system && record.data.system && record.data.system !== system && record.data.editing == null) || (record.data.editing ?? undefined) !== this.#editingId())
      return false;
    // Following another tab's save of this draft keeps a sign-in under way here (a new system or auth type ends it: OAuthController).
    if (remote) this.o.flow()?.abortTest();
    else this.#newSession();
    // Following another tab restores nothing the person saved earlier: "restored" is not said (a move to another step is: settleRestoredStep), the other version chosen in a conflict is said as that, and the secrets typed here stay (no version holds them in `memory`).
    // A draft of the edit open: what the person changed, over the connector as it is now.
    const { editing, data: shown, draftNotice } = this.o.store.state;
    const later = this.o.later.module;
    const edited = editing && later && systemOf(this.o.catalogue(), editing.system);
    const drafted = record.data;
    if (edited) record = { ...record, data: later.followDraft(record.data, editing, edited) };
    this.o.store.update((s) =>
      draft.restoreDraft(s, record, secrets, how !== 'load' && how !== 'open', system, remote ? undefined : (msg) => (how === 'theirs' ? msg.draftTheirs : msg.draftRestored)),
    );
    // Over a connector that moved since (another store, the other environment), a connection the draft holds for what it had goes.
    if (edited) this.o.flow()?.answersFollowed(drafted);
    if (key) this.o.store.update((s) => backInDraft(s, key));
    this.applyPresets();
    // A value held in clear (its field plain then), moved to memory or followed away (an edit's), leaves the stored draft at once (not written again while it stays: tabs would echo); values shown in clear here that another tab's version took out (its catalogue marks their fields secret) are said, by field, never emptied unsaid (see secret-elsewhere.ts).
    if (draft.heldInClear(drafted, this.o.catalogue()) && !draft.heldInClear(this.o.store.state.data, this.o.catalogue())) queueMicrotask(() => this.o.scheduleSave());
    const moved = remote || how === 'theirs' ? securedElsewhere(shown, this.o.store.state.data, this.o.catalogue()) : [];
    if (moved.length) this.#notices.say('secret-elsewhere', moved);
    else if (remote || how === 'theirs') this.o.store.update((s) => stillElsewhere(s, remote ? draftNotice : s.beneathConflict, this.o.catalogue()));
    this.o.settleRestoredStep(how);
    return true;
  }

  /**
   * The draft id changed to one with no draft, or the person discarded it: an edit not yet saved
   * starts again from the connector as it was (while its system is still offered); anything
   * else, a saved edit included, makes way for a fresh connector. `notByPerson`: the draft was
   * deleted in another tab, or only a new preset moved to an empty one.
   */
  startOver(notByPerson = false, finishedElsewhere = false): void {
    const { editing, created } = this.o.store.state;
    // Neither another tab finishing the next connector nor a host's new preset takes this one's success panel away: the person leaves it.
    if (notByPerson && created) return;
    if (!editing || created || !this.startEdit(editing)) {
      // The host's `connector` is not opened again once the person has moved on from it.
      if (editing && sameConnector(this.o.connector(), editing)) this.o.store.update((s) => movedOn(s, editing));
      this.#fresh();
    }
    // Said: the answers on screen went because their connector exists now, not to be added again.
    if (finishedElsewhere) this.#notices.say('finished');
  }

  /**
   * The host's `connector`: a new one opens for editing; cleared, an edit in progress makes way
   * for a fresh connector. A saved edit's success panel stays (a host may clear `connector` on
   * `connector-updated`); "Add another connector" moves on from it.
   */
  followConnector(connector: EditableConnector | null | undefined): void {
    // While an edit's changes are sent, a new `connector` waits for the answer (the update after it looks again).
    if (this.o.store.state.submitting) return;
    const { editing, created } = this.o.store.state;
    // The field with the focus goes with the edit it belonged to: the new step's heading takes it, never <body> (as in reset()).
    const refocus = () => this.o.hasFocus() && this.o.store.update((s) => t.focusOn(s, 'heading'));
    if (!connector) {
      this.o.store.update((s) => movedOn(s, undefined));
      if (editing && !created) {
        this.#fresh();
        refocus();
      }
    } else if (connector !== editing && notMovedOn(this.o.store.state, connector)) {
      // The same connector, as a new object, keeps what the person changed; another one is opened afresh.
      const later = this.o.later.module;
      const system = systemOf(this.o.catalogue(), connector.system);
      const same = sameConnector(connector, editing);
      // Saved, and passed again (a host's list fetched again on `connector-updated`): the success panel stays.
      if (same && created) this.o.store.update((s) => edit.savedPassedAgain(s, connector));
      else if (same && later && system) this.#following(() => this.o.store.update((s) => edit.followEdit(s, connector, later.followedEdit(s, connector, system))));
      else if (this.startEdit(connector)) refocus();
      // One that cannot be opened ends the edit before it, as another connector does (its draft keeps what was typed): nothing of it is saved now.
      else if (connector === this.o.store.state.unopenable && editing && !created) this.#fresh();
    }
  }

  /**
   * Opens an existing connector on General, once the later module (which reads its answers) is
   * there; false when it cannot be opened now. A draft of this edit restored before the module
   * came keeps its answers; started again after a 412, from the version it read (see LaterModule.editOpened).
   */
  startEdit(connector: EditableConnector): boolean {
    const system = systemOf(this.o.catalogue(), connector.system);
    // Its id goes on the path of the PATCH: none, "" or a dot segment (which a URL resolves) would send the changes to another address,
    // and a lone surrogate has no UTF-8 to encode (encodeURIComponent throws; as U+FFFD it would name another connector).
    const { id } = connector;
    const named = (typeof id === 'string' && id !== '' && id !== '.' && id !== '..' && !/\p{Cs}/u.test(id)) || Number.isSafeInteger(id);
    if (!system || !named) {
      if (this.o.store.state.unopenable !== connector) {
        this.o.store.update((s) => unopenable(s, connector));
        this.o.fail(
          'config',
          system
            ? `The connector to edit has no id a request can name it by: ${cut(typeof id === 'string' ? JSON.stringify(id) : String(id))} (a text other than "", "." and "..", without a lone surrogate, or a whole number).`
            : systemNotOffered(this.o.catalogue(), 'The connector to edit', String(connector.system)),
        );
      }
      return false;
    }
    this.o.store.update((s) => unopenable(s, undefined));
    const later = this.o.later.module;
    if (!later) {
      if (this.o.later.status !== 'failed') void this.o.later.need();
      return false;
    }
    this.#newSession();
    const { editing, data } = this.o.store.state;
    if (!editing && data.editing === String(connector.id))
      this.#following(() => this.o.store.update((s) => edit.resumeEdit(s, connector, later.followDraft(s.data, connector, system))));
    else this.o.store.update((s) => later.editOpened(s, edit.startEdit(s, connector, later.editAnswers(connector, system)), system));
    return true;
  }

  /** `change` may move the answers (the host's connector, a draft resumed): a connection made for what they held goes (another environment, another store). */
  #following(change: () => void): void {
    const was = this.o.store.state.data;
    change();
    this.o.flow()?.answersFollowed(was);
  }

  /** Back from signing in in this tab, or a popup sign-in left under way by a reload (see takeSignInReturn). */
  takeOAuthReturn(draftId: string, endpoint: string | undefined, draftUnsettled: boolean): void {
    this.#oauthReturnCheckedFor = takeSignInReturn(this.o, draftId, endpoint, this.editingId, draftUnsettled, this.#oauthReturnCheckedFor);
  }

  /** reset(): a same-tab sign-in left unfinished goes with the answers (see forgetSignIn). */
  discard(draftId: string, endpoint: string | undefined, database: string): void {
    forgetSignIn(this.o, draftId, endpoint, this.editingId, database);
    this.startOver();
  }

  /** A fresh connector, never an edit. */
  #fresh() {
    this.#newSession();
    this.o.store.update((s) => t.startOver(s, this.o.presets().system));
    this.applyPresets();
  }

  /**
   * The connector being edited, whose draft is kept apart (see draftKey): from the moment the
   * host asks for it (before the later module can open it) until the person moves on from it,
   * its success panel included.
   */
  get editingId(): string | undefined {
    // One that cannot open (its system is not in the catalogue, or it has no usable id) has no draft: why is said instead (see unopened).
    const editing = this.o.store.state.editing;
    return editing ? String(editing.id) : this.o.store.state.unopenable === this.o.connector() ? undefined : this.#editingId();
  }

  /** Why the host's `connector` could not be opened (see startEdit), while the person has not moved on from it: said, never silently a new connector. */
  get unopened(): Said | undefined {
    const connector = unopenedConnector(this.o.store.state, this.o.connector());
    if (!connector) return undefined;
    return systemOf(this.o.catalogue(), connector.system) ? (msg) => msg.editNoId : this.o.notOffered(String(connector.system));
  }

  /** The connector whose drafts apply: the host's, unless the person moved on from it. */
  #editingId(): string | undefined {
    const connector = notMovedOn(this.o.store.state, this.o.connector());
    return connector ? String(connector.id) : undefined;
  }

  /** What a new connector leaves behind outside the state: a sign-in under way, a retry to repeat. */
  #newSession() {
    this.o.flow()?.resetOAuth();
    // A test under way belongs to the connector before: its answer must not land on this one.
    this.o.flow()?.abortTest();
    this.o.later.forget();
  }
}
