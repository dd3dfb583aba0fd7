// @ts-check
/**
 * What the reference API accepts: the client's own rules (the shared zod schema from the built
 * package in dist/), plus what only a server knows or must bound: the company's groups, the
 * fields an edit may change, and how long a stored value may be.
 */
import { connectorPayloadSchema } from '../../dist/schemas/connector-payload-schema.js';
import { toPointer } from '../../dist/schemas/feedback.js';

/** The fields `PATCH {endpoint}/{id}` may change; anything else is refused (422, with a pointer). */
export const EDITABLE = ['name', 'group', 'environment', 'timeZone', 'dateFormat', 'authType', 'credentials'];
/** The longest credential value stored (a PEM private key is a few kB). */
export const CREDENTIAL_MAX_LENGTH = 16_384;
/** The longest group or date format stored when the catalogue and groups leave them open. */
const TEXT_MAX_LENGTH = 200;
/** More problems than this in one answer say nothing more. */
const MAX_ERRORS = 50;
/** A string with U+0000, or a UTF-16 surrogate without its pair (`u` mode reads a pair as one code point). @param {unknown} value */
const unstorable = (value) => typeof value === 'string' && /[\u0000\p{Cs}]/u.test(value);
const UNSTORABLE_DETAIL = 'Remove the NUL character (U+0000) or unpaired surrogate it contains: it cannot be stored';

/**
 * @typedef {{ pointer: string, detail: string }} FieldError
 * @param {{ catalogue: any, groups: { id: string, name: string }[] }} options
 */
export function createValidator({ catalogue, groups }) {
  const schema = connectorPayloadSchema(catalogue);

  /**
   * Client rules plus the server's own.
   * @param {any} body
   * @returns {FieldError[]}
   */
  function validate(body) {
    const result = schema.safeParse(body);
    /** @type {FieldError[]} */
    const errors = result.success ? [] : result.error.issues.map((i) => ({ pointer: toPointer(i.path), detail: i.message }));
    if (body && typeof body === 'object' && !Array.isArray(body)) {
      if (groups.length) {
        if (!body.group) errors.push({ pointer: '/group', detail: 'Choose the company group this connector belongs to' });
        else if (!groups.some((g) => g.id === body.group)) errors.push({ pointer: '/group', detail: `There is no company group “${String(body.group).slice(0, 60)}”` });
      }
      for (const key of ['group', 'dateFormat'])
        if (typeof body[key] === 'string' && body[key].length > TEXT_MAX_LENGTH) errors.push({ pointer: `/${key}`, detail: `Use at most ${TEXT_MAX_LENGTH} characters` });
      const credentials = body.credentials && typeof body.credentials === 'object' ? body.credentials : {};
      for (const [key, value] of Object.entries(credentials))
        if (typeof value === 'string' && value.length > CREDENTIAL_MAX_LENGTH)
          errors.push({ pointer: toPointer(['credentials', key]), detail: `Use at most ${CREDENTIAL_MAX_LENGTH.toLocaleString('en')} characters` });
      // Postgres text cannot hold U+0000, and stores an unpaired surrogate as U+FFFD: refused, never changed.
      // Credentials (sealed as JSON, which could hold them) follow the same rule: no system's credential has either.
      for (const [key, value] of Object.entries(body)) if (unstorable(value)) errors.push({ pointer: toPointer([key]), detail: UNSTORABLE_DETAIL });
      for (const [key, value] of Object.entries(credentials)) if (unstorable(value)) errors.push({ pointer: toPointer(['credentials', key]), detail: UNSTORABLE_DETAIL });
    }
    const seen = new Set();
    return errors.filter((e) => !seen.has(e.pointer) && seen.add(e.pointer)).slice(0, MAX_ERRORS);
  }

  /**
   * An edit: only the editable fields (the system and id may be sent only unchanged); the result is
   * checked whole, like a create. Credentials sent empty keep their stored values while the
   * authentication type stays; a new type needs all of its own.
   * @param {import('./db/store.mjs').Connector} current
   * @param {Record<string, unknown>} credentials the stored ones, in clear
   * @param {Record<string, any>} changes
   * @returns {{ ok: true, payload: Record<string, any> } | { ok: false, errors: FieldError[] }}
   */
  function applyEdit(current, credentials, changes) {
    /** @type {FieldError[]} */
    const refused = [];
    for (const key of Object.keys(changes)) {
      if (EDITABLE.includes(key)) continue;
      if (key === 'system' && changes.system === current.system) continue;
      if (key === 'id' && changes.id === current.id) continue;
      refused.push({
        pointer: toPointer([key]),
        detail: key === 'system' ? 'The system of a connector cannot be changed; create a new connector instead' : `“${key.slice(0, 60)}” cannot be changed`,
      });
    }
    if (refused.length) return { ok: false, errors: refused.slice(0, MAX_ERRORS) };
    const sent = changes.credentials;
    if (sent !== undefined && (sent === null || typeof sent !== 'object' || Array.isArray(sent)))
      return { ok: false, errors: [{ pointer: '/credentials', detail: 'Send credentials as an object' }] };
    // Field keys are data (`constructor`, `__proto__`): only own properties count, kept as own ones.
    const given = Object.entries(sent ?? {}).filter(([, v]) => v !== '' && v !== null && v !== undefined);
    const authType = Object.hasOwn(changes, 'authType') ? changes.authType : current.authType;
    const kept = authType === current.authType ? Object.entries(credentials).filter(([key]) => !given.some(([k]) => k === key)) : [];
    const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, ...fields } = current;
    /** @type {Record<string, any>} */
    const payload = { ...fields, credentials: Object.fromEntries([...kept, ...given]) };
    for (const key of EDITABLE) if (key !== 'credentials' && Object.hasOwn(changes, key)) payload[key] = changes[key];
    if (payload.group === undefined || payload.group === null || payload.group === '') delete payload.group;
    const errors = validate(payload);
    return errors.length ? { ok: false, errors } : { ok: true, payload };
  }

  /** @param {{ system: string, group?: string, environment: string }} connector */
  function duplicateDetail(connector) {
    const system = catalogue.systems.find((/** @type {any} */ s) => s.id === connector.system)?.name ?? connector.system;
    const group = groups.find((g) => g.id === connector.group)?.name;
    const env = connector.environment === 'live' ? 'live' : 'testing';
    return `A ${env} ${system} connector already exists${group ? ` in ${group}` : ''}.`;
  }

  return { validate, applyEdit, duplicateDetail };
}
