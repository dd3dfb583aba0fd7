// @ts-check
/**
 * The test endpoint's stand-in for the real systems (it never goes online): `POST {endpoint}/test`
 * with a connector, and `POST {endpoint}/{id}/test` with a saved one's stored credentials, both
 * answer through `testConnection`. See docs/endpoint-protocol.md for what each sample system knows.
 */
import { createHash } from 'node:crypto';
import { isSecretField, searchPattern } from '../../dist/catalogue/catalogue-schema.js';
import { matchesPattern as matches, patternLimit } from '../../dist/credentials/pattern-match.js';
import { TYPES, invalid, json, problem } from './http.mjs';

/** @typedef {{ id: string, label: string, status: 'passed' | 'failed' | 'skipped', detail?: string, pointer?: string }} TestCheck */

/**
 * @param {{ catalogue: any, validate: (body: unknown) => { pointer: string, detail: string }[] }} options
 * @returns {(body: any) => Response}
 */
export function createConnectionTester({ catalogue, validate }) {
  /**
   * The demo's stand-in for asking the real system (no internet): a small table of what the
   * "system" knows. A credential containing "unreachable" makes the system unreachable (502); one
   * containing "wrong" is refused for that field (422). Otherwise the answer lists what was checked
   * and as whom (`account`, `checks`, see docs/endpoint-protocol.md):
   * - format: every credential matches its field's catalogue `pattern` (skipped when none has one);
   * - account: the store or account identifier resolves to a demo account, unless it contains
   *   "unknown" (for `oauth2-authorization-code`, the identifier field if any, then `connectionRef`);
   * - permissions: a secret containing "readonly" can only read (passed for sign-ins);
   * - environment: no value matches the other environment's `environmentPatterns` (skipped when the
   *   auth type has none).
   * A failed check makes the answer a 422 problem whose `errors` are the failed checks with a
   * pointer. Secrets are never echoed: not in a detail, nor in the account name.
   */
  function testConnection(body) {
    const errors = validate(body);
    if (errors.length) return invalid(errors, 'Some answers were refused.');
    const values = Object.entries(body.credentials ?? {});
    if (values.some(([, v]) => typeof v === 'string' && v.includes('unreachable'))) return problem(502, TYPES.unreachable, 'System unreachable', 'The system did not answer.');
    const wrong = values.filter(([, v]) => typeof v === 'string' && v.toLowerCase().includes('wrong'));
    const { account, checks } = connectionChecks(body, wrong.length ? `/credentials/${wrong[0][0]}` : undefined);
    const failed = checks.filter((c) => c.status === 'failed');
    if (failed.length || wrong.length) {
      // A refused credential is pointed at as it always was; the other failed checks say why themselves.
      const refused = wrong.map(([k]) => ({ pointer: `/credentials/${k}`, detail: REFUSED }));
      const found = failed.filter((c) => c.pointer && !refused.some((e) => e.pointer === c.pointer)).map((c) => ({ pointer: c.pointer, detail: c.detail }));
      // One sentence per failed check (each has a detail), as text.
      const detail = wrong.length ? 'The system refused these credentials.' : failed.map((c) => `${c.detail ?? `${c.label}: failed`}.`).join(' ');
      return problem(422, TYPES.rejected, 'Credentials rejected', detail, {}, { errors: [...refused, ...found], ...(account ? { account } : {}), checks });
    }
    return json(200, { ok: true, ...(account ? { account } : {}), checks });
  }

  /** The detail on a credential containing "wrong" (the browser tests look for it). */
  const REFUSED = 'The system refused this value; check it and try again';
  /** How a demo account is named when the key itself is all the system has to go on. */
  const DEMO_COMPANIES = ['Demo Store', 'Northwind Traders', 'Tailspin Toys', 'Wide World Importers'];
  /**
   * The stand-in's demo accounts, per sample system: the credentials that identify the account (the
   * first one given is used), what the system calls it, and its display name. `byKey`: the key
   * itself identifies the account, so a demo company is picked from it (never echoed when secret).
   * A URL identifies the account by its host. Other systems use their first non-secret text or URL
   * field, else their first secret (like `byKey`).
   * @type {Record<string, { fields: string[], noun: string, name?: (id: string) => string, byKey?: boolean }>}
   */
  const DEMO_ACCOUNTS = {
    shopify: { fields: ['shop'], noun: 'store called', name: (id) => `${id}.myshopify.com` },
    bigcommerce: { fields: ['storeHash'], noun: 'store with the hash', name: (id) => `BigCommerce store ${id}` },
    woocommerce: { fields: ['storeUrl'], noun: 'store at' },
    'adobe-commerce': { fields: ['baseUrl'], noun: 'store at' },
    netsuite: {
      fields: ['accountId'],
      noun: 'account',
      name: (id) => `NetSuite account ${id}${/[_-]sb\d*$/i.test(id) ? ' (sandbox)' : /[_-]rp$/i.test(id) ? ' (release preview)' : ''}`,
    },
    brightpearl: { fields: ['accountCode'], noun: 'account', name: (id) => `Brightpearl account ${id}` },
    peoplevox: { fields: ['clientId'], noun: 'client', name: (id) => `Peoplevox client ${id}` },
    shipstation: { fields: ['apiKey'], noun: 'account', byKey: true },
    mintsoft: { fields: ['apiKey', 'username'], noun: 'account', byKey: true },
    xero: { fields: ['clientId'], noun: 'organisation', byKey: true },
  };
  /**
   * Whether a credential matches a catalogue pattern, with the client's own matcher
   * (src/credentials/pattern-match.ts: linear time, compiled once per pattern; never `new RegExp`
   * on a catalogue pattern with a person's value). A pattern the
   * matcher refuses was already left out, and reported, when the catalogue was read.
   * @param {string} pattern
   * @param {{ maxLength?: number }} field
   * @param {string} value
   * @returns {boolean | undefined} undefined when it cannot be told (the value is too long to check)
   */
  function matchesPattern(pattern, field, value) {
    const limit = patternLimit(field);
    return value.length > limit ? undefined : matches(pattern, limit, value);
  }

  /**
   * The stand-in's checks for a valid body, in order: format, account, permissions, environment.
   * @param {any} body a body that passed validate
   * @param {string | undefined} refusedAt the pointer of a credential the system refused ("wrong")
   * @returns {{ account?: string, checks: TestCheck[] }}
   */
  function connectionChecks(body, refusedAt) {
    const system = catalogue.systems.find((s) => s.id === body.system);
    const authType = system?.authTypes.find((a) => a.id === body.authType);
    if (!system || !authType) return { checks: [] };
    const credentials = body.credentials ?? {};
    /** @param {string} key */
    const valueOf = (key) => {
      const value = Object.hasOwn(credentials, key) ? credentials[key] : undefined;
      return typeof value === 'string' && value !== '' ? value : undefined;
    };
    /** @param {string} key */
    const pointer = (key) => `/credentials/${key}`;
    /** A non-secret value as it may be echoed (JSON only, never HTML). */
    const shown = (value) => (value.length > 60 ? `${value.slice(0, 59)}…` : value);
    const oauth = authType.kind === 'oauth2-authorization-code';
    const given = authType.fields.filter((f) => valueOf(f.key) !== undefined);
    /** @type {TestCheck[]} */
    const checks = [];

    // format
    const patterned = given.filter((f) => f.pattern);
    const misfit = patterned.find((f) => matchesPattern(/** @type {string} */ (f.pattern), f, /** @type {string} */ (valueOf(f.key))) === false);
    checks.push({
      id: 'format',
      label: 'Values have the expected format',
      ...(misfit
        ? { status: 'failed', detail: misfit.patternMessage ?? `${misfit.label} does not have the expected format`, pointer: pointer(misfit.key) }
        : patterned.length
          ? { status: 'passed' }
          : { status: 'skipped', detail: 'These credentials have no fixed format to check' }),
    });

    // account
    const known = DEMO_ACCOUNTS[system.id];
    const field = known
      ? known.fields.map((key) => given.find((f) => f.key === key)).find(Boolean)
      : (given.find((f) => !isSecretField(f) && (f.type === 'text' || f.type === 'url')) ?? given.find((f) => isSecretField(f)));
    let account;
    /** @type {{ status: 'passed' | 'failed', detail?: string, pointer?: string }} */
    let found = { status: 'passed' };
    if (refusedAt) found = { status: 'failed', detail: REFUSED, pointer: refusedAt };
    else if (field) {
      const value = /** @type {string} */ (valueOf(field.key));
      const secret = isSecretField(field);
      let id = value;
      if (field.type === 'url') {
        try {
          id = new URL(value).host;
        } catch {
          id = value;
        }
      }
      const what = `${system.name} ${known?.noun ?? 'account'}`;
      if (id.toLowerCase().includes('unknown'))
        found = { status: 'failed', detail: secret ? `No ${what} uses this ${field.label}` : `No ${what} “${shown(id)}” was found`, pointer: pointer(field.key) };
      else if (known?.name) account = known.name(shown(id));
      else if (field.type === 'url') account = shown(id);
      else if (known?.byKey || secret)
        account = `${DEMO_COMPANIES[createHash('sha256').update(`${system.id}:${value}`).digest()[0] % DEMO_COMPANIES.length]} (${system.name})`;
      else account = `${system.name} account ${shown(id)}`;
    }
    const ref = oauth ? (valueOf('connectionRef') ?? '') : '';
    if (oauth && found.status === 'passed' && ref.toLowerCase().includes('unknown'))
      found = { status: 'failed', detail: `This ${system.name} sign-in was not found; sign in again`, pointer: pointer('connectionRef') };
    // Without an identifier, a sign-in is named as the stand-in provider names it (a testing one went to its sandbox).
    if (found.status === 'passed') account ??= oauth ? `demo-account@${system.id}.example${body.environment === 'test' ? ' (sandbox)' : ''}` : `${system.name} demo account`;
    else account = undefined;
    checks.push({ id: 'account', label: 'Account found', ...found });

    // permissions
    const noun =
      /** @type {Record<string, string>} */ ({ token: 'token', 'api-key': 'key', basic: 'user', oauth1: 'token', 'oauth2-client-credentials': 'app' })[authType.kind] ??
      'token';
    const readonly = oauth ? undefined : given.find((f) => isSecretField(f) && /** @type {string} */ (valueOf(f.key)).toLowerCase().includes('readonly'));
    checks.push({
      id: 'permissions',
      label: 'Has the permissions this connector needs',
      ...(found.status === 'failed'
        ? { status: 'skipped', detail: refusedAt ? 'Not checked, because the system refused the credentials' : 'Not checked, because the account was not found' }
        : readonly
          ? { status: 'failed', detail: `This ${noun} can read but not write orders and products; give it write access`, pointer: pointer(readonly.key) }
          : { status: 'passed' }),
    });

    // environment
    const live = body.environment === 'live';
    const other = live ? 'test' : 'live';
    const telling = given.filter((f) => f.environmentPatterns?.live || f.environmentPatterns?.test);
    /** Whether `f`'s value matches its pattern for `environment`, tested as RegExp.test does, as the widget's warning does (catalogue.md, "Environment patterns"). */
    const looksLike = (f, environment) => {
      const pattern = f.environmentPatterns?.[environment];
      // An empty pattern (which every value matches) tells nothing, as the widget reads it.
      return !!pattern && matchesPattern(searchPattern(pattern), f, /** @type {string} */ (valueOf(f.key))) === true;
    };
    // As the widget's warning (in its words): a value that matches the other environment's pattern.
    const misplaced = telling.find((f) => looksLike(f, other) && !looksLike(f, live ? 'live' : 'test'));
    // Passed only when a value matches this environment's own pattern: matching neither tells nothing.
    const told = telling.some((f) => looksLike(f, live ? 'live' : 'test'));
    checks.push({
      id: 'environment',
      label: live ? 'Matches a live account' : 'Matches a testing account',
      ...(misplaced
        ? {
            status: 'failed',
            detail: live
              ? `This ${misplaced.label} looks like a testing one, but this connector is live`
              : `This ${misplaced.label} looks like a live one, but this connector is for testing`,
            pointer: pointer(misplaced.key),
          }
        : told
          ? { status: 'passed' }
          : {
              status: 'skipped',
              detail: telling.length
                ? 'Nothing in these credentials shows whether they are for a live or a testing account'
                : 'No way to tell live from testing credentials for this system',
            }),
    });
    return { ...(account ? { account } : {}), checks };
  }
  return testConnection;
}
