/**
 * What the wizard does once the later steps are there: creating and updating through the endpoint, testing a connection, signing in with
 * OAuth (oauth-flow.ts), and taking typed credentials. It works through `FlowHost` (later-api.ts): only by the store's transitions, never the element.
 */
import type { AuthTypeDefinition, CredentialField } from '../catalogue/catalogue-schema.js';
import { SubmissionController } from '../controllers/submission-controller.js';
import type { StoredConnector } from '../schemas/connector-payload-schema.js';
import { buildConnector, keptCredentials } from '../schemas/connector-schema.js';
import { slotOf } from '../schemas/general-schema.js';
import { submissionAt, unsureSlots, type ConnectorPayload, type CredentialValue, type Environment, type WizardData } from '../schemas/wizard-data.js';
import type { CreateResult } from '../submission/connector-client.js';
import { endpointUrl } from '../config/url-policy.js';
import { digest, newIdempotencyKey, payloadFingerprint } from '../submission/idempotency.js';
import type { PlacedProblem } from '../submission/server-feedback.js';
import { EditConflicts, notSavedHere } from './edit-conflict.js';
import { EndpointList } from './endpoint-list.js';
import { answered } from './late-focus.js';
import type { Pasted } from '../context/wizard-context.js';
import type { Flow, FlowHost } from './later-api.js';
import { OAuthFlow } from './oauth-flow.js';
import { editChanges, failedRequest, type RequestContext } from './outcomes.js';
import { signInFieldChanged } from './state/kept-connection.js';
import * as keys from './state/key-transitions.js';
import * as t from './state/request-transitions.js';
import { currentAuthType, fieldsOf, stepsWithProblems } from './state/selectors.js';
import { showFeedback } from './state/transitions.js';
import type { EditableConnector, Said } from './state/wizard-state.js';
import { ReviewNotes } from './review-notes.js';
import { CredentialEntry } from './credential-entry.js';
import { ConnectionTester } from './connection-test.js';
import { connectorCreated, editSaved, finishedUnread } from './finished.js';
import { requestOptions } from './request-options.js';
import { urlChecks } from './url-checks.js';

/** One submit's wait for its request: see WizardFlow.#underWay. */
type UnderWay = { begin(): void; end(): void };

export const createFlow = (host: FlowHost): Flow => new WizardFlow(host);

class WizardFlow implements Flow {
  readonly #h: FlowHost;
  readonly #submission: SubmissionController;
  readonly #oauth: OAuthFlow;
  readonly #urls: ReturnType<typeof urlChecks>; // Each URL property's value as last checked.
  readonly #credentials: CredentialEntry;
  readonly signInFieldChanged = () => signInFieldChanged(this.#state, this.#authType());
  readonly #options: ReturnType<typeof requestOptions>; // Each request's timeout, retries and host headers, as configured when it starts.
  readonly #conflicts: EditConflicts; // An edit's revision, and its save refused as changed elsewhere (412).
  readonly #list: EndpointList; // The endpoint's connectors.
  readonly #tester: ConnectionTester;
  readonly #listRead = new Set<() => void>(); // The ends of the saves that wait on the list read after a 412 (see #underWay): a connector found gone is told as their outcome.

  constructor(h: FlowHost) {
    this.#h = h;
    this.#submission = new SubmissionController(h.host);
    this.#options = requestOptions(h);
    this.#urls = urlChecks(h);
    this.#list = new EndpointList(h, this.#submission, this.#options);
    // Credential notes the next move to Review says are kept by ReviewNotes.
    this.#credentials = new CredentialEntry(h, new ReviewNotes(() => h), () => this.#submission.abortTest());
    this.#oauth = new OAuthFlow(h, () => this.commitCredentials(), this.#label);
    this.#conflicts = new EditConflicts({
      h,
      submission: this.#submission,
      options: () => this.#options(),
      missing: () => {
        for (const end of this.#listRead) end();
        return this.#missing();
      },
      answersFollowed: (was) => this.answersFollowed(was),
    });
    this.#tester = new ConnectionTester({
      h,
      submission: this.#submission,
      options: this.#options,
      context: () => this.#requestContext(),
      label: this.#label,
      showServerErrors: (place) => this.#showServerErrors(place),
    });
    this.checkUrls();
  }

  get progress() {
    return this.#submission.progress;
  }

  get sending() {
    return this.#submission.sending;
  }

  get oauthStatus() {
    return this.#oauth.status;
  }

  get #state() {
    return this.#h.store.state;
  }

  #update(transition: Parameters<FlowHost['store']['update']>[0]) {
    this.#h.store.update(transition);
  }

  /** `url`: where the request went; only the creates sent there may have made what it answers of. */
  #requestContext(group?: string, url?: string): RequestContext {
    return {
      msg: this.#h.msg(),
      steps: this.#h.steps(),
      systemName: () => this.#h.systemName() ?? this.#state.data.system ?? '',
      groupName: this.#h.groups().find((g) => g.id === group)?.name,
      editing: Boolean(this.#state.editing),
      unsure: unsureSlots(submissionAt(this.#state.data.submission, url)),
      fields: this.#authType()?.fields,
      system: this.#h.system(),
    };
  }

  #authType(): AuthTypeDefinition | undefined {
    return currentAuthType(this.#state, this.#h.system());
  }

  /** A switch of draft asked for meanwhile waits for the outcome, which belongs to this draft. */
  submit(): Promise<boolean> {
    const under = this.#underWay();
    return this.#h.draft.during(this.#submit(under)).finally(under.end);
  }

  /**
   * One submit's wait for its request (`submitting`: see WizardSession): from its checks passed on Review until its answer is there, and
   * only then, a new `connector` and the host's presets wait, looked at again in the update its end brings, and a reset() is refused. It ends
   * before the outcome is shown and told, so a listener of the outcome (or of a problem) may start again. Its beginning is no change on screen (`settle`).
   */
  #underWay() {
    let on = false;
    return {
      begin: () => {
        if (!on) this.#h.store.settle(t.submitBegan);
        on = true;
      },
      end: () => {
        if (on) this.#update(t.submitEnded);
        on = false;
      },
    };
  }

  async #submit(under: UnderWay): Promise<boolean> {
    const steps = this.#h.steps().filter((s) => s !== 'review');
    const result = buildConnector(this.#h.validationInput(), steps);
    // A server's error waiting on another step (a late test's failed check), as the step buttons say, is a known problem too: Create goes there (`moved` shows it).
    const { serverLater, connectionTest } = this.#state;
    const problems = stepsWithProblems(this.#state);
    const waiting = steps.find((step) => problems.has(step));
    if (!result.ok || waiting) {
      const problem = result.ok ? { step: waiting!, feedback: { ...serverLater?.[waiting!], ...(waiting === 'credentials' && connectionTest?.errors) } } : result;
      // The host kept the step (a prevented step change): the problems are said where the person is. Its listener started again (reset()): they are gone with those answers.
      if (this.#h.changeStep(problem.step, 'summary', () => this.#update((s) => t.requestFailed(s, () => Object.values(problem.feedback).join(' ')))))
        this.#update((s) => (result.ok ? s : showFeedback(s, problem.feedback)));
      return false;
    }
    const editing = this.#state.editing;
    // Sent (or fired) from Review, whatever step asked (a host's submit()): the answers sent are the ones shown; a host that keeps its step gets nothing.
    if (this.#state.step !== 'review' && !this.#h.changeStep('review', 'heading')) return false;
    if (editing) return this.#submitEdit(under, this.#conflicts.base(editing), result.connector);
    if (this.#h.config().endpoint) return this.#submitToEndpoint(under, result.connector);
    return connectorCreated(this.#h, result.connector);
  }

  /**
   * The key for this payload at `url`: the one stored for that endpoint while nothing changed, else a new one (another endpoint never
   * sees it: a server that kept keys across tenants could replay another's create); saved with its slot as `sending` before the request.
   */
  async #idempotencyKey(connector: ConnectorPayload, url: string): Promise<string> {
    const fields = fieldsOf(this.#h.system(), connector.authType);
    const fingerprint = await payloadFingerprint(connector, fields);
    const { data, newKeyNeeded } = this.#state;
    const current = submissionAt(data.submission, url);
    const reused = current?.fingerprint === fingerprint && !newKeyNeeded && !keys.secretsChangedSinceKey(this.#state, connector.authType, current.key);
    const key = reused ? current.key : newIdempotencyKey();
    this.#update((s) => (reused ? keys.keyUsed(s, key, slotOf(connector), url) : keys.keyIssued(s, key, fingerprint, slotOf(connector), url)));
    // A reload after a lost response, or while it is sent, resends the same key and knows that connector may exist. Waited for no longer than a held
    // write takes to be said (3 s, HELD_MS): held by another tab's long transaction, or a storage that never answers, the request goes; its key lands when it can.
    if (this.#state.data !== data) await Promise.race([this.#h.draft.saveNow('strict'), new Promise((go) => setTimeout(go, 3000))]);
    return key;
  }

  /** The endpoint, if it may receive credentials (a sign-in under way then ends: the request carries the connection there is); otherwise says so and sends nothing. */
  #acceptedEndpoint(announcement: Said): string | undefined {
    const url = endpointUrl(this.#h.config().endpoint);
    if (!url.ok) {
      this.#update((s) => t.requestFailed(s, (msg) => msg.endpointRefused));
      this.#h.fail('config', `The endpoint attribute was refused: ${url.reason}. No request was made.`);
      return undefined;
    }
    this.#update((s) => t.requestStarted(s, announcement));
    this.#oauth.sending();
    return url.url;
  }

  /** Endpoint mode: POST with retries; the server's answer decides what the person sees. */
  async #submitToEndpoint(under: UnderWay, connector: ConnectorPayload): Promise<boolean> {
    const url = this.#acceptedEndpoint((msg) => msg.creating);
    if (!url) return false;
    under.begin();
    const key = async (fresh: boolean) => {
      // The server saw the key with another body (a secret retyped differently after a reload).
      if (fresh) this.#update(keys.keyRefused);
      return this.#idempotencyKey(connector, url);
    };
    // Masked as it was read (the options' `mask`), before any text of it was cut.
    const result = await this.#submission.create(url, connector, key, this.#options(connector));
    under.end();
    return answered(this.#h, 'create', () => this.#list.answered(url, this.#handleResult(result, connector, url)));
  }

  #handleResult(result: CreateResult, connector: ConnectorPayload, url: string, body: object = connector): boolean {
    // The host set another endpoint meanwhile: what this one answered goes to its record (kept for a switch back), never on the new
    // one's slots, fields or steps, where nothing was sent; there it is said that it was not created (or an edit's changes not saved)
    // there, maybe at the last one, or that it was created (saved) at the last one, not here.
    const moved = this.#list.movedFrom(url);
    const editing = this.#state.editing !== undefined;
    if (result.kind === 'created') return connectorCreated(this.#h, result.connector, moved);
    if (result.kind === 'duplicate') this.#update((s) => keys.duplicateAnswered(s, connector, moved));
    // A 409's sentence is shown on General, where the system's name is marked as the steps mark it (systemMarked).
    const found = failedRequest(result, connector, { ...this.#requestContext(connector.group, url), systemName: () => this.#h.systemMarked() ?? connector.system }, body);
    const said = editing ? 'savedBeforeSwitch' : 'sentBeforeSwitch';
    const outcome: typeof found =
      moved && (found.submitError || found.place) ? { error: found.error, unsure: found.unsure, submitError: (msg) => msg[said](found.unsure === true) } : found;
    // Done, says the server (a create's 201, an edit's 200 or 204), in an answer that is no connector: finished all the same (no event to carry),
    // so no Create and no draft is left to make it twice. Another 2xx (a 202, a 200 without the connector) may not have done it: the answers stay.
    if (result.kind === 'failed' && result.reason === 'bad-response' && (editing ? result.status === 200 || result.status === 204 : result.status === 201)) {
      finishedUnread(this.#h, connector, moved);
      if (outcome.error) this.#h.fail(...outcome.error);
      return true;
    }
    // Kept in the draft, for a reload too: that connector may exist (no answer), or none was made (an answer, but a 2xx with no connector).
    const { data } = this.#state;
    if (outcome.unsure && !editing) this.#update((s) => keys.createUnsure(s, slotOf(connector)));
    else if (result.kind !== 'failed' || result.reason !== 'bad-response') this.#update(keys.createAnswered);
    if (this.#state.data !== data) void this.#h.draft.saveNow();
    if (outcome.reloadExisting) void this.#list.load(true);
    // "Creating…" holds no more; what went wrong is said, if anything is (a create stopped before it was sent has nothing).
    this.#update((s) => t.requestFailed(s, outcome.submitError));
    if (outcome.place) this.#showServerErrors(outcome.place);
    if (outcome.error) this.#h.fail(...outcome.error);
    return false;
  }

  #showServerErrors({ step, feedback, later, own }: PlacedProblem) {
    if (step === this.#state.step || this.#h.changeStep(step, 'summary', () => this.#update((s) => t.requestFailed(s, () => Object.values(feedback).join(' ')))))
      this.#update((s) => t.serverErrors(s, feedback, later, own));
  }

  /** Saves an edit: PATCH with the endpoint, else `connector-updated` with the changes. */
  async #submitEdit(under: UnderWay, original: EditableConnector, connector: ConnectorPayload, again = false): Promise<boolean> {
    const config = this.#h.config();
    const fields = fieldsOf(this.#h.system(), connector.authType);
    const changes = editChanges(original, connector, fields, keptCredentials(this.#h.validationInput()), Boolean(config.endpoint));
    // Nothing differs from the connector: no request, no event, no "updated"; the person is told.
    if (!Object.keys(changes).length) {
      this.#update((s) => t.requestFailed(s, (msg) => msg.editUnchanged));
      return false;
    }
    // Without an endpoint, the changes hold no secret (editChanges leaves them out): the event carries them.
    if (!config.endpoint) return editSaved(this.#h, { id: String(original.id), ...changes }, connector);
    const revision = this.#conflicts.revision(original);
    const url = this.#acceptedEndpoint((msg) => msg.saving);
    if (!url) return false;
    under.begin();
    // The same key for its retries, and for a press again with the same changes to the same version: a save whose 200 was lost is replayed, never taken for a change made elsewhere.
    const fingerprint = await digest(JSON.stringify([String(original.id), revision ?? null, changes]));
    // The key, and the saves that may have been made, are the endpoint's they were sent to: another server never sees that key (a server keeping keys
    // across tenants could replay the other's save as its own), nor takes a 412 for the person's own because of a save made at the other; kept for a switch back.
    const held = this.#state.editKeys?.find((k) => k.url === url);
    const unsure = held?.unsure ?? [];
    const editKey = { key: held?.fingerprint === fingerprint ? held.key : newIdempotencyKey(), fingerprint, unsure, url };
    this.#update((s) => keys.editKeyUsed(s, editKey));
    const options = this.#options(connector);
    const sending = this.#submission.update(url, String(original.id), changes, { idempotencyKey: editKey.key, revision }, options);
    const result = await sending;
    // A 412 waits on the list read (it may send again): its outcome, or a connector found gone, ends it there.
    if (result.kind !== 'changed') under.end();
    // No answer: the server may have made these changes (a 412 they cause later is the person's own). Offline throughout, or without the host's headers, nothing went out.
    const unsent = result.kind === 'failed' && (result.reason === 'offline' || result.reason === 'headers') && !result.unanswered;
    if ((result.kind === 'failed' && !unsent) || (result.kind === 'aborted' && result.unanswered))
      this.#update((s) => keys.editKeyUsed(s, { ...editKey, unsure: [...unsure, changes] }));
    // Refused by the endpoint the host switched away from (its connector gone there, or changed there): said as not saved here, and its list never read (its version is not this one's).
    const moved = this.#list.movedFrom(url);
    if (moved && (result.kind === 'missing' || result.kind === 'changed')) return notSavedHere(this.#h, unsure.length > 0);
    if (result.kind === 'missing') return this.#missing();
    // Found changed elsewhere to what the person chose: saved, and the host told the connector as the list gives it (masked by the save's options: a secret typed, the credential headers it sent).
    if (result.kind === 'changed') {
      const saved = (now: StoredConnector) => {
        under.end();
        return answered(this.#h, 'edit', () => editSaved(this.#h, options.mask!(now) as typeof now, connector));
      };
      this.#listRead.add(under.end);
      const after = await this.#conflicts.changed(url, original, changes, fields, unsure, saved, options).finally(() => this.#listRead.delete(under.end));
      // The person's own earlier save made the changes found: what is left goes now, counted against that version (once).
      if (after === 'again' && !again) return this.#submitEdit(under, this.#conflicts.base(this.#state.editing!), connector, true);
      under.end();
      return after === true;
    }
    return answered(this.#h, 'edit', () =>
      this.#list.answered(url, result.kind === 'updated' ? editSaved(this.#h, result.connector, connector, moved) : this.#handleResult(result, connector, url, changes)),
    );
  }

  #missing(): false {
    this.#update((s) => t.requestFailed(s, (msg) => msg.connectorMissing));
    this.#h.fail('server', 'The connector to update no longer exists (404).');
    return false;
  }

  /** Test connection is ConnectionTester's. */
  testConnection(): Promise<void> {
    return this.#tester.run();
  }

  abortTest(): void {
    this.#submission.abortTest();
  }

  readonly loadExisting = (again?: boolean | 'refused') => this.#list.load(again);

  // Signing in is OAuthFlow's.
  readonly connectOAuth = () => this.#oauth.connect();
  readonly oauthFinished = () => this.#oauth.finished();
  readonly continueOAuthInTab = (repeated = false) => this.#oauth.continueInTab(repeated);
  readonly resetOAuth = () => this.#oauth.reset();
  readonly takeOAuthReturn = (key: string, editing: string | undefined) => this.#oauth.takeReturn(key, editing);
  readonly applyReturnedOAuth = () => this.#oauth.applyReturned();

  environmentSet(was: Environment | undefined): void {
    this.#update((s) => t.environmentSwitched(s, this.#authType(), was));
  }

  answersFollowed(was: WizardData): void {
    const { environment } = this.#state.data;
    if (environment && environment !== was.environment) this.environmentSet(was.environment);
    this.#update((s) => t.signInFieldsFollowed(s, was, this.#h.system(), this.#label));
  }

  cancelled(): void {
    this.#oauth.abandon();
    this.abortTest();
  }

  /** A refused URL attribute is said to the integrator when the flow starts and when it is set, not first when a person presses Create; a create, a save or a test is refused again then, and says so to the person. */
  checkUrls(): void {
    this.#urls.checkEndpoints();
    this.#oauth.checkUrls(this.#urls.changed);
  }

  // Typed and pasted credentials are CredentialEntry's.
  readonly setCredential = (key: string, value: CredentialValue) => this.#credentials.set(key, value);
  readonly pasteCredentials = (fill: readonly { key: string; value: CredentialValue }[], dropped: boolean) => this.#credentials.paste(fill, dropped);
  readonly undoPaste = () => this.#credentials.undoPaste();
  readonly commitCredentials = (sayNow = false) => this.#credentials.commitAll(sayNow);
  readonly commitCredential = (key: string, pasted?: Pasted) => this.#credentials.commitOne(key, pasted);
  readonly #label = (field: CredentialField) => this.#credentials.label(field);
}
