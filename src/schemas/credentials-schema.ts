import * as z from 'zod/mini';
import type { AuthTypeDefinition, CredentialField } from '../catalogue/catalogue-schema.js';
import type { Messages } from '../messages/messages.js';
import type { CredentialValue } from './wizard-data.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

const isWebAddress = (value: string) => {
  try {
    const url = new URL(value);
    if (url.username || url.password) return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
  } catch {
    return false;
  }
};

const patterns = new Map<string, RegExp>();
/**
 * Catalogue patterns match the whole value, as HTML `pattern` does, but are compiled with `u`
 * here (the HTML attribute's `v` flag rejects common real-world classes such as `[a-z0-9_-]`).
 */
function compiled(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (!re) {
    re = new RegExp(`^(?:${pattern})$`, 'u');
    patterns.set(pattern, re);
  }
  return re;
}

function fieldSchema(field: CredentialField, msg: Messages) {
  if (field.type === 'boolean') return z.optional(z.boolean());
  const label = field.label;
  const required = field.type === 'select' ? msg.chooseRequired(label) : msg.fieldRequired(label);
  // Missing values arrive as '' (see currentCredentials): checks on an optional() would be skipped.
  return z.string(required).check(
    z.superRefine((value: string, ctx) => {
      const fail = (message: string) => ctx.addIssue({ code: 'custom', message, input: value });
      if (value === '') {
        if (field.required) fail(required);
        return;
      }
      if (field.type === 'select' && !field.options?.some((o) => o.value === value)) return fail(required);
      if (field.type === 'number' && !Number.isFinite(Number(value))) return fail(msg.fieldNumber(label));
      if (field.type === 'url' && !isWebAddress(value)) return fail(msg.fieldUrl(label));
      if (field.type === 'email' && !EMAIL.test(value)) return fail(msg.fieldEmail(label));
      if (field.minLength !== undefined && value.length < field.minLength) return fail(msg.fieldTooShort(label, field.minLength));
      if (field.maxLength !== undefined && value.length > field.maxLength) return fail(msg.fieldTooLong(label, field.maxLength));
      if (field.pattern && !compiled(field.pattern).test(value)) return fail(field.patternMessage ?? msg.fieldPattern(label, field.example));
    }),
  );
}

/**
 * How an `oauth2-authorization-code` type is checked: in the browser it cannot complete until
 * the popup flow exists (issue 8), saying why; a server requires the `connectionRef` the
 * integrator's OAuth callback produced.
 */
export type OAuthMode = 'not-configured' | 'connection-required' | 'keep';

/** The credentials of one authentication type, built from its catalogue fields. */
export function credentialsSchema(authType: AuthTypeDefinition, msg: Messages, system: string, oauth: OAuthMode) {
  const shape: Record<string, z.ZodMiniType<CredentialValue | undefined>> = {};
  // 'keep' (editing, same authentication type): an empty field keeps the current value.
  for (const field of authType.fields) shape[field.key] = fieldSchema(oauth === 'keep' ? { ...field, required: false } : field, msg);
  const credentials = z.object(shape);
  if (authType.kind !== 'oauth2-authorization-code' || oauth === 'keep') return z.object({ credentials });
  const message = oauth === 'not-configured' ? msg.oauthNotConfigured(system) : msg.oauthConnectionRequired(system);
  return z.object({
    credentials: z.looseObject(shape).check(
      z.refine((value) => oauth === 'connection-required' && typeof value.connectionRef === 'string' && value.connectionRef.length > 0, {
        message,
        path: ['connectionRef'],
      }),
    ),
  });
}
