/**
 * Signing in with OAuth, for the flow (flow.ts): the popup or a same-tab sign-in through
 * OAuthController, what the person is told as it goes, and the connection it brings, put in the
 * answers; what a sign-in is started with is oauth-request.ts's. Like the flow, it works through
 * `FlowHost` and changes state only by the store's transitions.
 */
import type { AuthTypeDefinition, CredentialField } from '../catalogue/catalogue-schema.js';
import { quoting } from '../messages/quoting.js';
import { REDIRECTED } from '../oauth/oauth-channels.js';
import { OAuthController, type OAuthRequest } from '../oauth/oauth-controller.js';
import type { OAuthStatus } from '../oauth/oauth-status.js';
import { takeReturned } from '../oauth/returned-sign-in.js';
import { validateStep } from '../schemas/connector-schema.js';
import { own } from '../schemas/id-record.js';
import type { FlowHost, UrlProperty } from './later-api.js';
import { changedField, checkOAuthUrls, signInRequest, startFields, unsendableFields } from './oauth-request.js';
import { typedSecrets } from './outcomes.js';
import * as t from './state/request-transitions.js';
import { credentialValue, currentAuthType } from './state/selectors.js';
import { announce, draftNoticed, showFeedback, unsaid } from './state/transitions.js';
import type { Said } from './state/wizard-state.js';

export class OAuthFlow {
  readonly #h: FlowHost;
  readonly #oauth: OAuthController;
  /** When the person was told that leaving for a same-tab sign-in loses the secrets typed (or, with `no-drafts`, every answer). */
  #leaveSaidAt?: number;
  /** What Continue in this tab last said (a warning, or why the page stays), until a new sign-in starts. */
  #continueSaid?: Said;
  /** The popup sign-in under way: a field it was started for that changes ends it (its window closes). */
  #started?: OAuthRequest;
  /**
   * The connection its auth type held when the sign-in under way started (or was taken up after a reload). Another that comes
   * from the draft while its window is out of touch (a duplicated tab heard the window both listen for, and saved) is its
   * result: it ends, never said as still awaited beside it. A window in touch is kept: its own result comes to this page.
   */
  #held?: unknown;
  /** What the live region was last told of the sign-in under way ("Finish signing in… in the window that opened"): untrue once it ends with nothing to say. */
  #underWay?: string | Said;

  /** `commit`: the credential fields' rules apply, as when each is left (Connect checks them as Continue does); `label`: a field's label in the language in use. */
  constructor(
    h: FlowHost,
    private readonly commit: () => unknown = () => undefined,
    private readonly label: (field: CredentialField) => string = (field) => field.label,
  ) {
    this.#h = h;
    this.#oauth = new OAuthController(
      h.host,
      () => ({
        step: this.#state.step,
        system: this.#state.data.system,
        authType: this.#state.data.authType,
        finished:
          Boolean(this.#state.created) ||
          Boolean(
            this.#started &&
            (this.#changedField(this.#started) ||
              this.#otherEnvironment(this.#started) ||
              (this.#oauth.status.state !== 'waiting' && this.#connectionRef(this.#started.authType) !== this.#held)),
          ),
      }),
      (status, system) => this.#changed(status, system),
    );
  }

  get status(): OAuthStatus {
    return this.#oauth.status;
  }

  get #state() {
    return this.#h.store.state;
  }

  #update(transition: Parameters<FlowHost['store']['update']>[0]) {
    this.#h.store.update(transition);
  }

  #authType(): AuthTypeDefinition | undefined {
    return currentAuthType(this.#state, this.#h.system());
  }

  /** A refused sign-in URL is said to the integrator when the flow starts and when it is set; the step says sign-in cannot be used here. */
  checkUrls(changed: (property: UrlProperty) => boolean): void {
    checkOAuthUrls(this.#h.config(), changed, (refused) => this.#h.fail('config', refused));
  }

  #changedField(request: Pick<OAuthRequest, 'authType' | 'fields'>): CredentialField | undefined {
    return changedField(this.#state, this.#authType(), request);
  }

  #connectionRef(authType: string): unknown {
    return own(own(this.#state.data.credentials, authType), 'connectionRef');
  }

  /** The connector changed between live and testing since `request` started: its connection is for the other one. */
  #otherEnvironment(request: OAuthRequest): boolean {
    return request.environment !== this.#state.data.environment;
  }

  /**
   * Connect first checks the fields the sign-in is started for as Continue does (their rules
   * applied first): a problem is marked on its field and in the summary, which takes the focus,
   * and no window opens.
   */
  #startFieldsReady(): boolean {
    this.commit();
    const input = this.#h.validationInput();
    const pointers = new Set(startFields(this.#authType()).map((field) => `/credentials/${field.key}`));
    // In an edit too: the sign-in needs the values themselves, not ones the connector keeps (one left as saved passes, as on Credentials).
    const problems = Object.entries(validateStep('credentials', { ...input, keepCredentials: false })).filter(([pointer]) => pointers.has(pointer));
    for (const field of unsendableFields(this.#authType(), this.#request()?.fields ?? {}))
      if (!problems.some(([pointer]) => pointer === `/credentials/${field.key}`))
        problems.push([`/credentials/${field.key}`, input.msg.oauthFieldUnsendable(this.label(field))]);
    if (problems.length) this.#update((s) => showFeedback(s, Object.fromEntries(problems)));
    return !problems.length;
  }

  #request(): OAuthRequest | undefined {
    return signInRequest(this.#state, this.#authType(), this.#h.config(), this.#h.draft);
  }

  async connect(): Promise<void> {
    if (!this.#request() || this.#oauth.focusOpen() || !this.#startFieldsReady()) return;
    // Read again: the fields' rules may have changed a value (lower case).
    const request = this.#request()!;
    // What Continue in this tab said is about the blocked window: a new sign-in ends it; so is what was said of a dropped connection.
    const said = this.#continueSaid;
    this.#update((s) => t.oauthStarted(said && s.submitError === said ? t.withoutSubmitError(s) : s));
    this.#continueSaid = this.#leaveSaidAt = undefined;
    await this.#outcome(request, this.#oauth.start(request));
  }

  /** What a popup sign-in ended with, applied if it is still this connector's. */
  async #outcome(request: OAuthRequest, result: Promise<OAuthStatus>): Promise<void> {
    this.#started = request;
    this.#held = this.#connectionRef(request.authType);
    const status = await result;
    if (this.#started === request) this.#started = undefined;
    // The person may have moved to another system meanwhile (auth-type ids repeat across systems).
    if (request.system !== this.#state.data.system || request.authType !== this.#state.data.authType) return;
    // Or changed a field it was started for (the store): its result is not this connector's.
    // A connection there was went with the change, and that is said already; with none, the sign-in under way is what stopped.
    const changed = this.#changedField(request);
    if (changed)
      return this.#update((s) =>
        Object.hasOwn(s.notes, '/credentials/connectionRef') ? s : t.oauthDropped(s, request.authType, (msg) => msg.oauthSignInFieldChanged(this.label(changed))),
      );
    if (this.#otherEnvironment(request)) return this.#update((s) => t.oauthDropped(s, request.authType, t.otherEnvironment(s)));
    this.#apply(request.authType, status, request.environment);
  }

  /**
   * A popup sign-in taken up after a reload. Its draft brought the answers back: it ends as a popup's
   * does. With none (`no-drafts`), they are typed again: its result waits, as a same-tab return's,
   * for the system and auth type it was started for, and is taken only for its environment and fields.
   */
  async #resumed(request: OAuthRequest, result: Promise<OAuthStatus>): Promise<void> {
    const { system, authType, environment } = this.#state.data;
    if (system === request.system && authType === request.authType && environment === request.environment) return this.#outcome(request, result);
    const status = await result;
    if (status.state !== 'connected' && status.state !== 'denied') return;
    const madeFor = request.environment ? { environment: request.environment } : {};
    this.#update((s) => t.oauthReturned(s, { status, system: request.system, authType: request.authType, ...madeFor, fields: request.fields }));
    this.applyReturned();
  }

  /** The answer is said anew even when it is the last one again: the live region empties first, for one render. */
  finished(): void {
    this.#update((s) => announce(s, ''));
    void this.#h.host.updateComplete.then(() => this.#oauth.finished());
  }

  /**
   * Continue in this tab. When leaving loses something, the first press says so and a press made
   * after that goes; not the second click of a double click, nor a press made before it was said.
   */
  continueInTab(repeated = false): void {
    const pressed = performance.now();
    if (!this.#request() || !this.#startFieldsReady()) return;
    const request = this.#request()!;
    // Saved first: only a save shows whether `encrypted` secrets can be sealed here.
    void this.#h.draft.saved(false).then((saved) => {
      // Secrets kept only in memory are lost on leaving, as is every answer on a page with no drafts
      // (`no-drafts`): said first (naming the secrets); a second press goes.
      const off = !saved && this.#h.draft.status === 'off';
      const lost = this.#h.draft.sealsSecrets ? [] : typedSecrets(this.#state, this.#authType());
      const confirmed = !repeated && this.#leaveSaidAt !== undefined && pressed > this.#leaveSaidAt;
      if ((off || lost.length) && !confirmed) {
        if (repeated) return;
        this.#leaveSaidAt = performance.now();
        return this.#sayOnContinue((msg) => (off ? msg.oauthContinueNoDrafts : msg.oauthContinueLosesSecrets(lost)));
      }
      // Otherwise leaving the page is safe only once the answers are in the draft, and the sign-in
      // kept for the return; if not, the page stays and says why: storage failed, or the draft here
      // is not written (one changed in another tab, or one kept for another connector: its notice says).
      const unwritten = ['conflict', 'kept'].includes(this.#h.draft.status);
      if (!saved && !off) return this.#sayOnContinue((msg) => (unwritten ? msg.oauthContinueNotDrafted : msg.oauthContinueUnsaved));
      const refused = this.#oauth.continueInTab(request, saved ? this.#h.draft.revision : undefined);
      if (refused === undefined) return;
      // The draft holds the answers: what failed is keeping the sign-in for the return.
      this.#sayOnContinue((msg) => msg.oauthContinueNotKept);
      this.#h.fail('storage', `Continue in this tab stayed on the page: sessionStorage could not keep the sign-in for its return (${refused}).`);
    });
  }

  #sayOnContinue(said: Said): void {
    this.#continueSaid = said;
    this.#update((s) => t.requestFailed(s, said));
  }

  reset(): void {
    this.#oauth.reset();
    this.#leaveSaidAt = this.#continueSaid = undefined;
  }

  abandon(): void {
    this.#oauth.abandon();
  }

  /** A create or a save is sent with the connection there is: a sign-in under way ends, never to show another one while it goes (after a failure, Connect starts anew). */
  sending(): void {
    this.#oauth.endSignIn();
  }

  /** `key`: this wizard's sign-in key (see oauthKey); `editing`: the connector the host asks to edit. */
  takeReturn(key: string, editing: string | undefined): void {
    const database = this.#h.config().draftDatabase;
    const returned = takeReturned(key, editing, database);
    const { gone, revision } = this.#h.draft;
    // A tombstone where the draft was: finished or discarded in another tab (nothing at all stored: the site's data was cleared).
    const startedAgain = gone && (revision ? (gone === 'created' ? 'finished' : 'discarded') : 'cleared');
    if (!returned) {
      // Else a popup sign-in the page left under way when it reloaded: its window may still bring the result. Not once its draft
      // was finished or discarded in another tab, nor once the draft it started with is not stored at all (the site's data cleared):
      // it was for a connector no longer here. Started with no draft (no-drafts, storage that failed), it is taken up.
      if (startedAgain && this.#oauth.forgetLeftOpen(key, editing, database, (request) => Boolean(revision) || request.drafted === true)) {
        const notice = revision ? startedAgain : 'cleared-reloaded';
        return this.#update((s) => draftNoticed(s, notice, (msg) => msg.draftNotices[notice]));
      }
      const resumed = this.#oauth.resume(key, editing, database);
      if (resumed) void this.#resumed(resumed.request, resumed.result);
      return;
    }
    if (returned.drafted) {
      // Its draft was finished or discarded (in another tab), or the site's data cleared, meanwhile: the sign-in, spent, was for a connector no longer here, never this fresh one.
      if (startedAgain) return this.#update((s) => draftNoticed(s, startedAgain, (msg) => msg.draftNotices[startedAgain]));
      // Written since in another tab: perhaps another connector's draft begun there once this one was created, which cannot be told from an edit.
      // (Only a draft read has a revision to tell: with drafts off on the way back (no-drafts), or one that could not be read, the
      // return waits for its auth type, as with no drafts.) The revision read, not the one now: this page may have written it since it
      // loaded (a value a newer catalogue marks secret leaves it) while the later steps were still on their way.
      const read = this.#h.draft.status;
      if (returned.revision !== undefined && returned.revision !== this.#h.draft.revisionRead && read !== 'unavailable' && read !== 'off')
        return this.#update((s) => draftNoticed(s, 'changed-while-away', (msg) => msg.draftNotices['changed-while-away']));
    }
    this.#update((s) => t.oauthReturned(s, returned));
    this.applyReturned();
  }

  /** A same-tab return applies only to the system and auth type it was started for; until they are chosen, it waits. */
  applyReturned(): void {
    const authType = this.#authType();
    const returned = this.#state.returnedOAuth;
    if (!returned || authType?.kind !== 'oauth2-authorization-code' || returned.system !== this.#state.data.system || returned.authType !== authType.id) return;
    this.#update((s) => t.oauthReturned(s, undefined));
    // Made for the other environment (the answers typed again after leaving with no drafts, another tab's draft): not this connector's.
    // Taken before one is chosen, it is dropped if another is chosen then (see environmentSwitched).
    const { environment } = this.#state.data;
    if (returned.status.state === 'connected' && environment && returned.environment && returned.environment !== environment)
      return this.#update((s) => t.oauthDropped(s, authType.id, t.otherEnvironment(s)));
    if (returned.status.state === 'connected') {
      // The fields it was made for come back where they are empty (typed again after a return to a page with no drafts, the store
      // would otherwise drop it at its first keystroke); made for other values than those the answers hold, it is not this connector's.
      for (const field of startFields(authType)) {
        const value = own(returned.fields, field.key);
        const held = credentialValue(this.#state, authType.id, field);
        if (value !== undefined && (held === undefined || held === ''))
          this.#update((s) => t.credentialSet(s, authType, field, field.type === 'boolean' ? value === 'true' : value, this.label));
      }
      const changed = this.#changedField(returned);
      if (changed) return this.#update((s) => t.oauthDropped(s, authType.id, (msg) => msg.oauthFieldChanged(this.label(changed))));
    }
    // A refusal, a message that could not be read or one that came back too late is shown beside Connect, as after a popup (a connection shows as connected by itself).
    if (['denied', 'unreadable', 'expired'].includes(returned.status.state)) this.#oauth.show(returned.status);
    this.#apply(authType.id, returned.status, returned.environment);
  }

  /** The system's name when said, not when the sentence was made: the catalogue may name it in each language. */
  #systemName(id = this.#state.data.system): () => string {
    return () => this.#h.systemName(id) ?? '';
  }

  /**
   * Said in the live region as it happens: the popup lost touch, the sign-in has not finished, or nothing can bring the result.
   * `signedInTo`: the sign-in's own system, named even before it is chosen again (taken up after a reload with `no-drafts`).
   */
  #changed(status: OAuthStatus, signedInTo?: string) {
    const system = this.#systemName(signedInTo);
    // "I’ve finished" is on Credentials only: on another step (the window lost touch while the person was there, or the sign-in
    // was taken up after a reload there) a sign-in not finished is said as one going on in its window, naming no button it lacks;
    // an ask made for the person that failed once they left says the check failed (the window may be closed) and where that button is.
    const away = this.#state.step !== 'credentials';
    // The result URL answered with a redirect: the page's to mend, said as a create's is, never as no connection.
    const redirected = status.state === 'unreachable' && status.reason === REDIRECTED;
    // A new sign-in says where it goes on (the window that opened), so an outcome the same as the
    // last one is said again too. All are words said in the language in use when they show.
    const text = (
      {
        waiting: (msg) => msg.oauthWaiting(system()),
        detached: (msg) => (away ? msg.oauthWaiting(system()) : msg.oauthDetached(system())),
        unfinished: (msg) => (away ? msg.oauthWaiting(system()) : msg.oauthUnfinished(system())),
        unreachable: (msg) => (redirected ? msg.oauthRedirected(system(), away) : away ? msg.oauthUnreachableAway(system()) : msg.oauthUnreachable(system())),
        closed: (msg) => msg.oauthClosed,
        unreadable: (msg) => msg.oauthUnreadable(system()),
        expired: (msg) => msg.oauthExpired(system()),
      } as Record<string, string | Said>
    )[status.state];
    if (text !== undefined) this.#update((s) => announce(s, (this.#underWay = text)));
    else if (status.state === 'idle') this.#update((s) => unsaid(s, this.#underWay));
    // The integrator's result URL failed when it mattered (asked for the person, or the last time).
    if (status.state === 'unreachable')
      this.#h.fail(
        redirected ? 'config' : status.reason.startsWith('HTTP') ? 'server' : 'network',
        `The oauth-result-url could not be asked for the sign-in's result: ${status.reason}.`,
      );
  }

  /** `environment`: the one the sign-in was made for. */
  #apply(authTypeId: string, status: OAuthStatus, environment: string | undefined) {
    const system = this.#systemName();
    if (status.state === 'connected') {
      this.#update((s) => t.oauthConnected(s, authTypeId, status.ref, status.account, environment));
      this.#h.edited(['/credentials/connectionRef']);
      // The provider's words are theirs, never the wizard's naming (markedNames): an account or an error that reads as the system's name is not marked.
      this.#update((s) =>
        announce(
          s,
          quoting([status.account], (msg, account) => msg.oauthConnected(system(), account)),
        ),
      );
    } else if (status.state === 'denied')
      this.#update((s) =>
        announce(
          s,
          quoting([status.error], (msg, error) => msg.oauthDenied(system(), error)),
        ),
      );
    // A blocked popup is said by the step's alert (a new one for each try), not here as well.
  }
}
