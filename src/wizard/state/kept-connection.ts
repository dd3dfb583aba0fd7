/**
 * An edit's own sign-in (OAuth): the connector keeps its connection only while the fields it was
 * made for (Shopify's store) hold the connector's values. Pure, like the transitions; it loads
 * with the later module (it applies the fields' `normalize` rules).
 */
import { isSecretField, type AuthTypeDefinition, type CredentialField } from '../../catalogue/catalogue-schema.js';
import { own } from '../../schemas/id-record.js';
import { normalizeCredential } from '../../schemas/normalize.js';
import type { WizardState } from './wizard-state.js';

/** A value as the form sends it: `My-Store` is `my-store`; a number the host passed is its text, as the edit shows it. */
const asSent = (field: CredentialField, value: unknown) =>
  typeof value === 'string' ? normalizeCredential(field, value).value : typeof value === 'number' ? String(value) : value;

/** An edit on the connector's own OAuth auth type. */
const ownSignIn = (s: WizardState, authType: AuthTypeDefinition | undefined): authType is AuthTypeDefinition =>
  Boolean(s.editing && authType?.kind === 'oauth2-authorization-code' && authType.id === s.editing.authType);

/**
 * In an edit on the connector's own OAuth auth type: a field its sign-in is made for holds
 * another value than the connector's (an empty one keeps the connector's), or the connector
 * changed between live and testing. The connection the connector has belongs to the values
 * before, so a new sign-in is needed, as for a new connector.
 */
export function signInFieldChanged(s: WizardState, authType: AuthTypeDefinition | undefined): boolean {
  if (!ownSignIn(s, authType)) return false;
  const now = own(s.data.credentials, authType.id);
  // The connector's values as the edit began (or as the host passed it since: see followAnswers).
  const before: Record<string, unknown> | undefined = s.data.editBase ? own(s.data.editBase.credentials, authType.id) : s.editing!.credentials;
  if (s.data.environment !== (s.data.editBase ?? s.editing!).environment) return true;
  return authType.fields.some((field) => {
    const value = own(now, field.key);
    return !isSecretField(field) && value !== undefined && value !== '' && asSent(field, value) !== asSent(field, before && own(before, field.key));
  });
}

/** The edit keeps the connector's connection: no new sign-in made, and the fields it was made for as the connector has them. */
export const keepsConnection = (s: WizardState, authType: AuthTypeDefinition | undefined): boolean =>
  ownSignIn(s, authType) && own(own(s.data.credentials, authType.id), 'connectionRef') === undefined && !signInFieldChanged(s, authType);
