import type * as z from 'zod/mini';
import { isSecretField, type CredentialField } from '../catalogue/catalogue-schema.js';
import { namedIn } from '../catalogue/localize-catalogue.js';
import type { OAuthSetup } from '../config/url-policy.js';
import type { Messages } from '../messages/messages.js';
import { authStepSchema } from './auth-schema.js';
import { credentialsSchema } from './credentials-schema.js';
import { issuesToFeedback } from './feedback.js';
import { authTypeOf } from './lookup.js';
import { connectorName, formGroup, generalStepSchema, NAME_MAX_LENGTH } from './general-schema.js';
import { idRecord, own } from './id-record.js';
import { hasVisibleText, normalizeCredential } from './normalize.js';
import { systemStepSchema } from './system-schema.js';
import { resolveDateFormat, timezoneStepSchema } from './timezone-schema.js';
import { canonicalZone, isListedZone } from '../date-format/date-pattern.js';
import type { ConnectorPayload, Feedback, SecretValues, StepId, ValidationContext, WizardData } from './wizard-data.js';

export { NAME_MAX_LENGTH };

export interface StepValidationInput {
  ctx: ValidationContext;
  msg: Messages;
  data: WizardData;
  secrets: SecretValues;
  /** Whether `oauth-start-url` is set and allowed. */
  oauthSetup: OAuthSetup;
  /** Editing with the authentication type unchanged: empty credentials keep the current ones. */
  keepCredentials?: boolean;
}

/**
 * A list's value as a choice: one that is none of its options (a catalogue replaced since
 * dropped it; the list shows no choice) is no choice. An optional list goes on without it, a
 * required one asks for one, an edit keeps the current value.
 */
const chosen = (field: CredentialField, value: string): string => (field.type !== 'select' || field.options?.some((o) => o.value === value) ? value : '');

/** The current auth type's credentials, secrets included, normalised as they will be sent. */
export function currentCredentials({ ctx, data, secrets }: Pick<StepValidationInput, 'ctx' | 'data' | 'secrets'>) {
  const authType = authTypeOf(ctx.system, data.authType);
  if (!authType) return { authType, values: idRecord<string | boolean>() };
  const plain = own(data.credentials, authType.id);
  const secret = own(secrets, authType.id);
  const values = authType.fields.map((field): [string, string | boolean] => {
    const raw = isSecretField(field) ? own(secret, field.key) : own(plain, field.key);
    if (field.type === 'boolean') return [field.key, raw === true];
    return [field.key, typeof raw === 'string' ? chosen(field, normalizeCredential(field, raw).value) : ''];
  });
  // The reference the OAuth callback returned ("Connect with {system}").
  const connectionRef = own(plain, 'connectionRef');
  if (authType.kind === 'oauth2-authorization-code' && typeof connectionRef === 'string') values.push(['connectionRef', connectionRef]);
  return { authType, values: idRecord(values) };
}

/**
 * Editing with the authentication type unchanged: the fields whose current value is kept because
 * nothing is on screen for them (left empty, a checkbox never set, a list whose choice its options
 * no longer have). None otherwise.
 */
export function keptCredentials(input: Pick<StepValidationInput, 'ctx' | 'data' | 'secrets' | 'keepCredentials'>): CredentialField[] {
  const { ctx, data, secrets, keepCredentials } = input;
  const authType = authTypeOf(ctx.system, data.authType);
  if (!keepCredentials || !authType) return [];
  const plain = own(data.credentials, authType.id);
  const secret = own(secrets, authType.id);
  const lost = lostSecrets(input);
  return authType.fields.filter((field) => {
    const value = own(isSecretField(field) ? secret : plain, field.key);
    if (lost.includes(field.key)) return false;
    if (field.type === 'boolean') return typeof value !== 'boolean';
    return typeof value !== 'string' || !hasVisibleText(value) || !chosen(field, normalizeCredential(field, value).value);
  });
}

/**
 * The secrets typed here (to replace the current ones, in an edit) that are no longer in memory:
 * a reload or Cancel dropped them. Optional ones too, they are never left out (nor "kept")
 * silently: the person enters each again, or clears it on purpose, leaving it empty or keeping
 * the current value (which clears it from `secretsEntered`).
 */
export function lostSecrets({ ctx, data, secrets }: Pick<StepValidationInput, 'ctx' | 'data' | 'secrets'>): string[] {
  const authType = authTypeOf(ctx.system, data.authType);
  if (!authType) return [];
  const secret = own(secrets, authType.id);
  return (own(data.secretsEntered, authType.id) ?? []).filter((key) => {
    const value = own(secret, key);
    return authType.fields.some((f) => f.key === key && isSecretField(f)) && !(typeof value === 'string' && hasVisibleText(value));
  });
}

/**
 * Schemas built again only when what they read changed (compared with Object.is): a keystroke checks
 * the step typed in, and the step navigation checks every step, each time with a schema built anew
 * until these were kept. One set per `msg` (its messages are in every schema): a language or an
 * override is another object. The values checked are never in a schema; `deps` list all it reads.
 */
const built = new WeakMap<Messages, Map<StepId, [deps: unknown[], schema: z.ZodMiniType]>>();
function schemaOf(msg: Messages, step: StepId, deps: unknown[], build: () => z.ZodMiniType): z.ZodMiniType {
  let byStep = built.get(msg);
  if (!byStep) built.set(msg, (byStep = new Map()));
  const last = byStep.get(step);
  if (last && last[0].length === deps.length && last[0].every((dep, i) => Object.is(dep, deps[i]))) return last[1];
  const schema = build();
  byStep.set(step, [deps, schema]);
  return schema;
}

/** One schema per step (DESIGN: validated locally, per step, with zod). */
function stepSchema(step: StepId, input: StepValidationInput): { schema: z.ZodMiniType; value: unknown } | undefined {
  const { ctx, msg, data } = input;
  const auth = () => schemaOf(msg, 'auth', [ctx.system], () => authStepSchema(ctx, msg));
  switch (step) {
    case 'system':
      return { schema: schemaOf(msg, step, [ctx.catalogue], () => systemStepSchema(ctx, msg)), value: { system: data.system } };
    case 'general': {
      // The connectors one by one: an edit's list of the others is a new array at each check (see existingOthers); the locale marks the system's name.
      const deps = [ctx.system, ctx.groups, ctx.locale, data.group, data.submission, data.editing, data.editBase, ...ctx.existingConnectors];
      return {
        schema: schemaOf(msg, step, deps, () => generalStepSchema(ctx, msg, data)),
        value: { name: data.name, group: ctx.groups.length ? formGroup(ctx.groups, data) : undefined, environment: data.environment },
      };
    }
    case 'timezone':
      return {
        schema: schemaOf(msg, step, [data.editBase], () => timezoneStepSchema(msg, data.editBase)),
        value: { timeZone: data.timeZone, dateFormat: data.dateFormat, customDateFormat: data.customDateFormat },
      };
    case 'auth':
      return { schema: auth(), value: { authType: data.authType } };
    case 'credentials': {
      const { authType, values } = currentCredentials(input);
      if (!authType) return { schema: auth(), value: { authType: data.authType } };
      const oauth = input.keepCredentials ? 'keep' : input.oauthSetup === 'ready' ? 'connection-required' : input.oauthSetup;
      const lost = lostSecrets(input);
      // The edit's saved values (editBase holds only the connector's auth type's): one left as it is passes, though a new sign-in is needed (a switch between live and testing).
      const saved = own(data.editBase?.credentials, authType.id);
      const locale = ctx.locale ?? 'en';
      const system = ctx.system ? namedIn(ctx.system, 'name', locale) : '';
      return {
        schema: schemaOf(msg, step, [authType, system, oauth, saved, locale, ...lost], () => credentialsSchema(authType, msg, system, oauth, lost, saved, locale)),
        value: { credentials: values },
      };
    }
    default:
      return undefined;
  }
}

export function validateStep(step: StepId, input: StepValidationInput): Feedback {
  const s = stepSchema(step, input);
  if (!s) return {};
  const result = s.schema.safeParse(s.value);
  return result.success ? {} : issuesToFeedback(result.error.issues);
}

/** Builds the payload of DESIGN.md, or returns the first step with a problem. */
export function buildConnector(
  input: StepValidationInput,
  steps: readonly StepId[],
): { ok: true; connector: ConnectorPayload } | { ok: false; step: StepId; feedback: Feedback } {
  for (const step of steps) {
    const feedback = validateStep(step, input);
    if (Object.keys(feedback).length) return { ok: false, step, feedback };
  }
  const { ctx, data } = input;
  const { authType, values } = currentCredentials(input);
  const entries: [string, string | number | boolean][] = [];
  for (const field of authType?.fields ?? []) {
    const value = own(values, field.key);
    // White space or invisible characters alone are no value, as the step's check says.
    if (value === undefined || (typeof value === 'string' && !hasVisibleText(value))) continue;
    entries.push([field.key, field.type === 'number' && typeof value === 'string' ? Number(value) : value]);
  }
  const connectionRef = own(values, 'connectionRef');
  if (typeof connectionRef === 'string') entries.push(['connectionRef', connectionRef]);
  // It leaves the element (event, POST): an ordinary object, whose fromEntries keys are all own.
  const credentials: ConnectorPayload['credentials'] = Object.fromEntries(entries);
  const group = ctx.groups.length ? formGroup(ctx.groups, data) : undefined;
  const connector: ConnectorPayload = {
    name: connectorName(data.name),
    system: data.system!,
    ...(group ? { group } : {}),
    environment: data.environment!,
    // A new connector goes out under the zone's current name (a draft may hold Asia/Calcutta, as Review shows Asia/Kolkata); an edit keeps its spelling.
    timeZone: !data.editing && isListedZone(data.timeZone!) ? canonicalZone(data.timeZone!) : data.timeZone!,
    dateFormat: resolveDateFormat(data.dateFormat, data.customDateFormat)!,
    authType: data.authType!,
    credentials,
  };
  return { ok: true, connector };
}
