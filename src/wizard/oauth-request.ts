/**
 * What a sign-in is started with, read from the answers as they stand: the OAuth URLs (a refused one
 * said to the integrator), the fields the start URL carries (never a secret) and their values, and
 * whether the answers still match a sign-in started before. Pure functions of the state and the
 * settings: the sign-in itself is oauth-flow.ts's.
 */
import { isSecretField, type AuthTypeDefinition, type CredentialField } from '../catalogue/catalogue-schema.js';
import { timeoutOf } from '../config/request-timeout.js';
import { configUrl } from '../config/url-policy.js';
import { oauthKey, type OAuthRequest } from '../oauth/oauth-controller.js';
import { own } from '../schemas/id-record.js';
import type { FlowConfig, FlowHost, UrlProperty } from './later-api.js';
import { credentialValue } from './state/selectors.js';
import type { WizardState } from './state/wizard-state.js';

/** Each OAuth URL `changed` names that is refused, said to the integrator through `refused`; the step says sign-in cannot be used here. */
export function checkOAuthUrls(config: FlowConfig, changed: (property: UrlProperty) => boolean, refused: (message: string) => void): void {
  for (const [property, attribute, value] of [
    ['oauthStartUrl', 'oauth-start-url', config.oauthStartUrl],
    ['oauthResultUrl', 'oauth-result-url', config.oauthResultUrl],
  ] as const) {
    if (!changed(property)) continue;
    const url = value ? configUrl(attribute, value) : undefined;
    const effect =
      attribute === 'oauth-start-url' ? 'Sign-in with OAuth cannot be used.' : 'Sign-in still works, but a result cannot be asked for when a provider cuts the popup off.';
    if (url && !url.ok) refused(`The ${attribute} attribute was refused: ${url.reason}. ${effect}`);
  }
}

/** The auth type's fields a sign-in is started for: all but secrets, which never go on a URL. */
export function startFields(authType: AuthTypeDefinition | undefined): CredentialField[] {
  return authType?.kind === 'oauth2-authorization-code' ? authType.fields.filter((field) => !isSecretField(field)) : [];
}

/** `!value.isWellFormed()`, in the browsers ES2022 targets too. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * The fields whose value in `fields` (see signInRequest) a start URL cannot carry as it is: a lone surrogate (text broken in
 * copying) has no UTF-8, so the URL would carry U+FFFD in its place, a value the person did not give (another store).
 */
export const unsendableFields = (authType: AuthTypeDefinition | undefined, fields: Record<string, string>): CredentialField[] =>
  startFields(authType).filter((field) => LONE_SURROGATE.test(own(fields, field.key) ?? ''));

/** Their values as they stand (those with one), as the start URL carries them; a checkbox always, as the payload sends it (unticked is false). */
function startValues(s: WizardState, authType: AuthTypeDefinition | undefined): Record<string, string> {
  const values: [string, string][] = [];
  for (const field of startFields(authType)) {
    const value = credentialValue(s, authType!.id, field);
    if (field.type === 'boolean') values.push([field.key, String(value === true)]);
    else if (value !== undefined && value !== '') values.push([field.key, String(value)]);
  }
  return Object.fromEntries(values);
}

/** The first field `request` was started for that holds another value now (none if the auth type changed: that ends it anyway). */
export function changedField(s: WizardState, authType: AuthTypeDefinition | undefined, request: Pick<OAuthRequest, 'authType' | 'fields'>): CredentialField | undefined {
  if (authType?.id !== request.authType) return undefined;
  const now = startValues(s, authType);
  return startFields(authType).find((field) => own(now, field.key) !== own(request.fields, field.key));
}

/** The sign-in the answers and settings make now, or none (no OAuth auth type, no system, a start URL refused). */
export function signInRequest(
  s: WizardState,
  authType: AuthTypeDefinition | undefined,
  config: FlowConfig,
  draft: Pick<FlowHost['draft'], 'status' | 'revision'>,
): OAuthRequest | undefined {
  const startUrl = configUrl('oauth-start-url', config.oauthStartUrl);
  const resultUrl = configUrl('oauth-result-url', config.oauthResultUrl);
  const system = s.data.system;
  if (!authType || authType.kind !== 'oauth2-authorization-code' || !startUrl.ok || !system) return undefined;
  const editing = s.editing ? String(s.editing.id) : undefined;
  return {
    startUrl: startUrl.url,
    resultUrl: resultUrl.ok ? resultUrl.url : undefined,
    timeoutMs: timeoutOf(config.requestTimeout),
    system,
    authType: authType.id,
    environment: s.data.environment,
    draftId: config.draftId,
    database: config.draftDatabase,
    editing,
    key: oauthKey({ draftId: config.draftId, system: config.system, group: config.group, endpoint: config.endpoint, editing }),
    fields: startValues(s, authType),
    // Drafted: a version of the answers is stored (a first write held up or lost, nothing is: a reload finds nothing gone).
    ...(draft.status === 'ready' && draft.revision > 0 ? { drafted: true as const } : {}),
  };
}
