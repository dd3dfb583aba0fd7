import * as z from 'zod/mini';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { checkDatePattern, isListedZone } from '../date-format/date-pattern.js';
import { en } from '../messages/english.js';
import type { Messages } from '../messages/messages.js';
import { credentialsSchema, type OAuthMode } from './credentials-schema.js';
import { idRecord, idRecordSchema, own } from './id-record.js';
import { connectorName, NAME_MAX_LENGTH } from './general-schema.js';
import { authTypeOf, systemOf } from './lookup.js';
import { hasDirectionControls, hasVisibleText } from './normalize.js';

/**
 * A connector payload as it travels (DESIGN.md "Connector payload"), checked against a
 * catalogue. The reference server validates POST bodies with this, so a server 422 and a
 * client-side error come from the same rules.
 */
export function connectorPayloadSchema(catalogue: Catalogue, options: { msg?: Messages; oauth?: OAuthMode } = {}) {
  const msg = options.msg ?? en;
  return z
    .object({
      name: z.string(msg.nameRequired).check(
        z.refine((v) => hasVisibleText(v), msg.nameRequired),
        z.refine((v) => [...connectorName(v)].length <= NAME_MAX_LENGTH, msg.nameTooLong(NAME_MAX_LENGTH)), // Characters as the General step counts them.
        z.refine((v) => !hasDirectionControls(v), msg.nameDirectionControls),
      ),
      system: z.string(msg.systemRequired).check(z.refine((id) => catalogue.systems.some((s) => s.id === id), msg.systemRequired)),
      group: z.optional(z.string(msg.groupRequired).check(z.minLength(1, msg.groupRequired))),
      environment: z.enum(['live', 'test'], msg.environmentRequired),
      timeZone: z.string(msg.timeZoneRequired).check(z.refine(isListedZone, msg.timeZoneUnknown)),
      dateFormat: z.string(msg.dateFormatRequired).check(z.refine((p) => checkDatePattern(p).ok, msg.dateFormatRequired)),
      authType: z.string(),
      // Not z.record, which drops a `__proto__` key: field keys are data (see id-record.ts).
      credentials: idRecordSchema(z.union([z.string(), z.number(), z.boolean()])),
    })
    .check(
      z.superRefine((payload, ctx) => {
        const system = systemOf(catalogue, payload.system);
        if (!system) return;
        const authType = authTypeOf(system, payload.authType);
        if (!authType) {
          ctx.addIssue({ code: 'custom', path: ['authType'], message: msg.authRequired(system.name), input: payload.authType });
          return;
        }
        const values = authType.fields.map((field): [string, string | boolean] => {
          const v = own(payload.credentials, field.key);
          return [field.key, field.type === 'boolean' ? v === true : v === undefined ? '' : String(v)];
        });
        const connectionRef = own(payload.credentials, 'connectionRef');
        if (typeof connectionRef === 'string') values.push(['connectionRef', connectionRef]);
        const known = new Set(authType.fields.map((f) => f.key));
        if (authType.kind === 'oauth2-authorization-code') known.add('connectionRef');
        for (const key of Object.keys(payload.credentials))
          if (!known.has(key)) ctx.addIssue({ code: 'custom', path: ['credentials', key], message: `“${key}” is not a field of ${authType.label}`, input: key });
        const result = credentialsSchema(authType, msg, system.name, options.oauth ?? 'connection-required').safeParse({ credentials: idRecord(values) });
        if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, input: undefined });
      }),
    );
}

/** What a server returns for a connector: the payload's fields with an `id`, never credentials (read by connector-client.ts). */
export interface StoredConnector {
  id: string;
  name: string;
  system: string;
  group?: string | undefined;
  environment: 'live' | 'test';
  [key: string]: unknown;
}
