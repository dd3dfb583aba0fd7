/**
 * What the wizard does once the later steps are there: creating and updating through the
 * endpoint, testing a connection, signing in with OAuth, and taking typed credentials. These
 * run on the element (`w`) but load with the later module, so the entry stays small.
 */
import { isSecretField } from '../catalogue/catalogue-schema.js';
import { safeUrl } from '../catalogue/safe-url.js';
import { ConnectorCreatedEvent } from '../events/connector-created-event.js';
import { ConnectorUpdatedEvent } from '../events/connector-updated-event.js';
import type { OAuthStatus } from '../oauth/oauth-controller.js';
import type { StoredConnector } from '../schemas/connector-payload-schema.js';
import { buildConnector } from '../schemas/connector-schema.js';
import { idRecord, own, withEntry } from '../schemas/id-record.js';
import type { ConnectorPayload, CredentialValue, Feedback, StepId } from '../schemas/wizard-data.js';
import type { CreateResult } from '../submission/connector-client.js';
import { endpointUrl } from '../submission/endpoint-url.js';
import { newIdempotencyKey, payloadFingerprint } from '../submission/idempotency.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../submission/retry-policy.js';
import { cleanExisting } from './clean.js';
import type { ConnectorWizard, EditableConnector } from './connector-wizard.js';
import { committedCredential, editChanges, failedRequest, testedConnection } from './outcomes.js';

export async function submitAnswers(w: ConnectorWizard): Promise<boolean> {
  const steps = w.steps.filter((s) => s !== 'review');
  const result = buildConnector(w.validationInput(), steps);
  if (!result.ok) {
    if (w.changeStep(result.step, 'summary')) w._feedback = result.feedback;
    return false;
  }
  if (w.editing) return submitEdit(w, w.editing, result.connector);
  if (w.endpoint) return submitToEndpoint(w, result.connector);
  return created(w, result.connector);
}

export function policy(w: ConnectorWizard): RetryPolicy {
  return { ...DEFAULT_RETRY_POLICY, ...w.retryPolicy };
}

/** The key for this payload: the stored one while nothing changed, else a new one, saved first. */
export async function idempotencyKey(w: ConnectorWizard, connector: ConnectorPayload): Promise<string> {
  const fields = w.systemDefinition?.authTypes.find((a) => a.id === connector.authType)?.fields ?? [];
  const fingerprint = await payloadFingerprint(connector, fields);
  const current = w._data.submission;
  if (current && current.fingerprint === fingerprint && !w.secretsChangedSinceKey) return current.key;
  const key = newIdempotencyKey();
  w._data = { ...w._data, submission: { key, fingerprint } };
  w.secretsChangedSinceKey = false;
  // Saved before the request, so a reload after a lost response resends the same key.
  await w.draft.saveNow('strict');
  return key;
}

/** The endpoint, if it may receive credentials; otherwise says so and sends nothing. */
export function acceptedEndpoint(w: ConnectorWizard, announcement: string): string | undefined {
  const url = endpointUrl(w.endpoint);
  if (!url.ok) {
    w._submitError = w.msg.endpointRefused;
    w.fail('config', `The endpoint attribute was refused: ${url.reason}. No request was made.`);
    return undefined;
  }
  w._submitError = undefined;
  w._announcement = announcement;
  return url.url;
}

/** Endpoint mode: POST with retries; the server's answer decides what the person sees. */
export async function submitToEndpoint(w: ConnectorWizard, connector: ConnectorPayload): Promise<boolean> {
  const url = acceptedEndpoint(w, w.msg.creating);
  if (!url) return false;
  const key = async (fresh: boolean) => {
    // The server saw the key with another body (a secret retyped differently after a reload).
    if (fresh) w.secretsChangedSinceKey = true;
    return idempotencyKey(w, connector);
  };
  const result = await w.submission!.create(url, connector, key, { timeoutMs: w.requestTimeout, policy: policy(w) });
  return handleCreateResult(w, result, connector);
}

export function handleCreateResult(w: ConnectorWizard, result: CreateResult, connector: ConnectorPayload): boolean {
  if (result.kind === 'created') return created(w, result.connector);
  if (result.kind === 'aborted') return false;
  const outcome = failedRequest(result, connector, requestContext(w, connector.group));
  if (outcome.reloadExisting) void loadExisting(w);
  if (outcome.place) showServerErrors(w, outcome.place.step, outcome.place.feedback);
  if (outcome.submitError) {
    w._submitError = outcome.submitError;
    // The error itself is a role="alert" region; the polite live region stays quiet.
    w._announcement = '';
  }
  if (outcome.error) w.fail(...outcome.error);
  return false;
}

export function requestContext(w: ConnectorWizard, group?: string) {
  return { msg: w.msg, steps: w.steps, systemName: w.systemDefinition?.name ?? w._data.system ?? '', groupName: w.knownGroups.find((g) => g.id === group)?.name };
}

/** Server errors land like client ones: on the step and field they belong to, with the summary. */
export function showServerErrors(w: ConnectorWizard, step: StepId, feedback: Feedback) {
  if (step === w._step) w.focusAfterUpdate = 'summary';
  else if (!w.changeStep(step, 'summary')) return;
  w._feedback = feedback;
  w.serverPointers = new Set(Object.keys(feedback));
}

/** GET the endpoint's connectors for the duplicate rule; if that fails the server's 409 is the backstop. */
export async function loadExisting(w: ConnectorWizard) {
  const url = endpointUrl(w.endpoint);
  if (!url.ok) return;
  const list = await w.submission!.list(url.url, { timeoutMs: w.requestTimeout });
  if (list) w._serverExisting = cleanExisting(list);
}

/** Saves an edit: PATCH with the endpoint, else `connector-updated` with the changes. */
export async function submitEdit(w: ConnectorWizard, original: EditableConnector, connector: ConnectorPayload): Promise<boolean> {
  const fields = w.systemDefinition?.authTypes.find((a) => a.id === connector.authType)?.fields ?? [];
  const changes = editChanges(original, connector, fields, Boolean(w.endpoint));
  if (!w.endpoint) {
    const { credentials: _secretsStay, ...withoutCredentials } = changes;
    return saved(w, { id: original.id, ...withoutCredentials }, connector);
  }
  const url = acceptedEndpoint(w, w.msg.saving);
  if (!url) return false;
  const result = await w.submission!.update(url, original.id, changes, { timeoutMs: w.requestTimeout, policy: policy(w) });
  if (result.kind === 'updated') return saved(w, result.connector, connector);
  if (result.kind === 'missing') {
    w._submitError = w.msg.connectorMissing;
    w.fail('server', 'The connector to update no longer exists (404).');
    return false;
  }
  return handleCreateResult(w, result, connector);
}

export function saved(w: ConnectorWizard, detail: { id: string } & Record<string, unknown>, connector: ConnectorPayload): boolean {
  w._created = { name: connector.name, system: w.systemDefinition?.name ?? connector.system, updated: true };
  w._submitError = undefined;
  w._secrets = idRecord();
  w.focusAfterUpdate = 'success';
  w._announcement = w.msg.updatedBody(w._created.name, w._created.system);
  void w.draft.discard();
  w.dispatchEvent(new ConnectorUpdatedEvent(detail));
  return true;
}

export function created(w: ConnectorWizard, connector: ConnectorPayload | StoredConnector): boolean {
  w._created = { name: connector.name, system: w.systemDefinition?.name ?? connector.system };
  w._submitError = undefined;
  const { submission: _key, ...rest } = w._data;
  w._data = rest;
  w._connectionTest = undefined;
  w._secrets = idRecord();
  w.otherSystems.clear();
  w._notes = {};
  w._feedback = {};
  w.focusAfterUpdate = 'success';
  w._announcement = w.msg.createdBody(w._created.name, w._created.system);
  void w.draft.discard();
  w.dispatchEvent(new ConnectorCreatedEvent(connector));
  return true;
}

export async function testConnection(w: ConnectorWizard) {
  const url = endpointUrl(w.testEndpoint);
  if (!url.ok) {
    w.fail('config', `The test-endpoint attribute was refused: ${url.reason}. No request was made.`);
    return;
  }
  const steps = w.steps.slice(0, w.steps.indexOf('credentials') + 1);
  const built = buildConnector(w.validationInput(), steps);
  if (!built.ok) {
    showServerErrors(w, built.step, built.feedback);
    return;
  }
  const msg = w.msg;
  w._connectionTest = { state: 'testing', message: msg.testing };
  const result = await w.submission!.test(url.url, built.connector, { timeoutMs: w.requestTimeout, policy: policy(w) });
  if (result.kind === 'aborted') {
    w._connectionTest = undefined;
    return;
  }
  const { test, place } = testedConnection(result, requestContext(w));
  w._connectionTest = test;
  if (place) showServerErrors(w, place.step, place.feedback);
  w._announcement = w._connectionTest.message;
}

export function oauthRequest(w: ConnectorWizard) {
  const authType = w.systemDefinition?.authTypes.find((a) => a.id === w._data.authType);
  const startUrl = safeUrl(w.oauthStartUrl);
  if (!authType || authType.kind !== 'oauth2-authorization-code' || !startUrl || !w._data.system) return undefined;
  return { startUrl, system: w._data.system, authType: authType.id, draftId: w.draftId };
}

export function applyReturnedOAuth(w: ConnectorWizard) {
  const authType = w.systemDefinition?.authTypes.find((a) => a.id === w._data.authType);
  if (!w.returnedOAuth || authType?.kind !== 'oauth2-authorization-code') return;
  const returned = w.returnedOAuth;
  w.returnedOAuth = undefined;
  applyOAuth(w, authType.id, returned);
}

export async function connectOAuth(w: ConnectorWizard) {
  const request = oauthRequest(w);
  if (!request) return;
  const status = await w.oauth!.start(request);
  // The person may have moved to another system meanwhile (auth-type ids repeat across systems).
  if (request.system !== w._data.system || request.authType !== w._data.authType) return;
  applyOAuth(w, request.authType, status);
}

export function continueOAuthInTab(w: ConnectorWizard) {
  const request = oauthRequest(w);
  if (!request) return;
  void w.draft.saveNow('strict').finally(() => w.oauth!.continueInTab(request));
}

export function applyOAuth(w: ConnectorWizard, authTypeId: string, status: OAuthStatus) {
  const msg = w.msg;
  const system = w.systemDefinition?.name ?? '';
  if (status.state === 'connected') {
    let current = withEntry(own(w._data.credentials, authTypeId), 'connectionRef', status.ref);
    if (status.account) current = withEntry(current, 'connectionAccount', status.account);
    w._data = { ...w._data, credentials: withEntry(w._data.credentials, authTypeId, current) };
    w.changed(['/credentials/connectionRef']);
    w._announcement = msg.oauthConnected(system, status.account);
  } else if (status.state === 'denied') w._announcement = msg.oauthDenied(system, status.error);
  else if (status.state === 'closed') w._announcement = msg.oauthClosed;
  else if (status.state === 'blocked') w._announcement = msg.oauthBlocked;
}

export function setCredential(w: ConnectorWizard, key: string, value: CredentialValue) {
  const authType = w.systemDefinition?.authTypes.find((a) => a.id === w._data.authType);
  const field = authType?.fields.find((f) => f.key === key);
  if (!authType || !field) return;
  const pointer = `/credentials/${key}`;
  if (pointer in w._notes) {
    const { [pointer]: _, ...rest } = w._notes;
    w._notes = rest;
  }
  if (isSecretField(field)) {
    const text = typeof value === 'string' ? value : '';
    // Re-entering a secret a reload dropped is not an edit; changing one typed in w visit is.
    const secrets = own(w._secrets, authType.id);
    if (own(secrets, key)) w.secretsChangedSinceKey = true;
    w._secrets = withEntry(w._secrets, authType.id, withEntry(secrets, key, text));
    const entered = new Set(own(w._data.secretsEntered, authType.id));
    if (text) entered.add(key);
    else entered.delete(key);
    w._data = { ...w._data, secretsEntered: withEntry(w._data.secretsEntered, authType.id, [...entered]) };
  } else {
    w._data = {
      ...w._data,
      credentials: withEntry(w._data.credentials, authType.id, withEntry(own(w._data.credentials, authType.id), key, value)),
    };
  }
  // A test result is about the values it tested; it goes as soon as one changes.
  if (w._connectionTest) {
    w.submission?.abortTest();
    w._connectionTest = undefined;
  }
  w.changed([pointer]);
}

/** Applies the field's `normalize` rule to what was typed and says what it did. */
export function commitCredential(w: ConnectorWizard, key: string) {
  const authType = w.systemDefinition?.authTypes.find((a) => a.id === w._data.authType);
  const field = authType?.fields.find((f) => f.key === key);
  if (!authType || !field || field.type === 'boolean' || field.type === 'select') return;
  const secret = isSecretField(field);
  const raw = secret ? own(own(w._secrets, authType.id), key) : own(own(w._data.credentials, authType.id), key);
  if (typeof raw !== 'string' || !raw) return;
  const { value, note } = committedCredential(field, raw, w.msg);
  if (value !== raw) setCredential(w, key, value);
  if (note) w._notes = { ...w._notes, [`/credentials/${key}`]: note };
}
