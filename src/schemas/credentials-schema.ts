import * as z from 'zod/mini';
import type { AuthTypeDefinition, CredentialField } from '../catalogue/catalogue-schema.js';
import { namedIn } from '../catalogue/localize-catalogue.js';
import { matchesPattern, patternLimit } from '../credentials/pattern-match.js';
import type { Messages } from '../messages/messages.js';
import { isObject, own, type IdRecord } from './id-record.js';
import { hasVisibleText, normalizeCredential } from './normalize.js';
import { EMAIL, isDecimal, isWebAddress } from './value-formats.js';

function fieldSchema(field: CredentialField, msg: Messages, locale: string) {
  if (field.type === 'boolean') return z.optional(z.boolean());
  const label = namedIn(field, 'label', locale);
  const required = field.type === 'select' ? msg.chooseRequired(label) : msg.fieldRequired(label);
  // Missing values arrive as '' (see currentCredentials): checks on an optional() would be skipped.
  return z.string(required).check(
    z.superRefine((value: string, ctx) => {
      const fail = (message: string) => ctx.addIssue({ code: 'custom', message, input: value });
      // Only white space or invisible characters (kept byte for byte with `normalize: "none"`) is no value either.
      if (!hasVisibleText(value)) {
        if (field.required) fail(required);
        return;
      }
      if (field.type === 'select' && !field.options?.some((o) => o.value === value)) return fail(required);
      // A decimal number sent as it reads: Number() would also take "0x10" and "1e3", keeps 15
      // significant digits, and writes tiny and huge ones with an exponent a server may refuse.
      if (field.type === 'number' && !isDecimal(value)) return fail(msg.fieldNumber(label));
      if (field.type === 'url' && !isWebAddress(value)) return fail(msg.fieldUrl(label));
      if (field.type === 'email' && !EMAIL.test(value)) return fail(msg.fieldEmail(label));
      if (field.minLength !== undefined && value.length < field.minLength) return fail(msg.fieldTooShort(label, field.minLength));
      if (field.maxLength !== undefined && value.length > field.maxLength) return fail(msg.fieldTooLong(label, field.maxLength));
      if (field.pattern) {
        const limit = patternLimit(field);
        if (value.length > limit) return fail(msg.fieldTooLong(label, limit));
        if (!matchesPattern(field.pattern, limit, value)) return fail(field.patternMessage ?? msg.fieldPattern(label, field.example));
      }
    }),
  );
}

/**
 * In an edit, a value the person left as the connector holds it (`saved`: its non-secret values of
 * this auth type), compared as the form sends it. It is kept whatever the catalogue's rules say now
 * (a `pattern` tightened since): an edit never makes the person replace what they did not touch.
 */
const isSavedValue = (field: CredentialField, value: unknown, saved: IdRecord<unknown> | undefined): boolean => {
  const before = own(saved, field.key);
  return typeof before === 'string' && normalizeCredential(field, before).value === value;
};

/** The saved values (see isSavedValue) that the catalogue's rules no longer take, each with its warning, added to `warnings`. */
export function savedValueWarnings(
  authType: AuthTypeDefinition,
  values: IdRecord<unknown>,
  saved: IdRecord<unknown> | undefined,
  msg: Messages,
  warnings = new Map<string, string>(),
): Map<string, string> {
  for (const field of authType.fields) {
    const value = own(values, field.key);
    if (isSavedValue(field, value, saved) && !fieldSchema(field, msg, 'en').safeParse(value).success)
      warnings.set(field.key, [warnings.get(field.key), msg.savedValueFormat].filter(Boolean).join(' '));
  }
  return warnings;
}

/**
 * How an `oauth2-authorization-code` type is checked: in the browser it cannot complete until
 * the popup flow exists (issue 8), saying why; a server requires the `connectionRef` the
 * integrator's OAuth callback produced.
 */
export type OAuthMode = 'missing' | 'refused' | 'connection-required' | 'keep';

/**
 * The credentials of one authentication type, built from its catalogue fields. Checked field by
 * field, not with `z.object(shape)`: field keys are data (`constructor`, `__proto__`, ...), and
 * an object schema reads inherited members and drops a `__proto__` key. Issues keep the path
 * `['credentials', key]`, so they land on `/credentials/<key>` like a server's.
 */
/**
 * `lost`: secrets typed that a reload or Cancel dropped (see lostSecrets): each is entered again, or left empty (in an edit, kept) on purpose.
 * `saved`: in an edit, the connector's non-secret values of this auth type; one left as it is passes (see isSavedValue).
 */
export function credentialsSchema(
  authType: AuthTypeDefinition,
  msg: Messages,
  system: string,
  oauth: OAuthMode,
  lost: readonly string[] = [],
  saved: IdRecord<unknown> | undefined = undefined,
  locale = 'en',
) {
  // 'keep' (editing, same authentication type): an empty field keeps the current value.
  const fields = authType.fields.map((field) => [field, fieldSchema(oauth === 'keep' ? { ...field, required: false } : field, msg, locale)] as const);
  const needsConnection = authType.kind === 'oauth2-authorization-code' && oauth !== 'keep';
  const message = oauth === 'missing' ? msg.oauthNotConfigured(system) : oauth === 'refused' ? msg.oauthRefused(system) : msg.oauthConnectionRequired(system);
  const credentials = z.custom<IdRecord<unknown>>(isObject, { abort: true }).check(
    z.superRefine((values, ctx) => {
      for (const [field, schema] of fields) {
        const { key } = field;
        if (isSavedValue(field, own(values, key), saved)) continue;
        const result = schema.safeParse(own(values, key));
        if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [key, ...issue.path], input: undefined });
      }
      for (const key of lost) {
        const label = namedIn(
          authType.fields.find((f) => f.key === key)!,
          'label',
          locale,
        );
        if (!own(values, key))
          ctx.addIssue({ code: 'custom', message: oauth === 'keep' ? msg.replacementLost(label) : msg.fieldRequired(label), path: [key], input: undefined });
      }
      if (!needsConnection) return;
      const ref = own(values, 'connectionRef');
      if (!(oauth === 'connection-required' && typeof ref === 'string' && ref.length > 0))
        ctx.addIssue({ code: 'custom', message, path: ['connectionRef'], input: undefined });
    }),
  );
  return z.object({ credentials });
}
