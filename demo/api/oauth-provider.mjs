// @ts-check
/**
 * A stand-in OAuth provider, so the authorization-code flow runs end to end on 127.0.0.1:
 * - `GET {prefix}/oauth/start?system=&authType=&state=` (plus `variant`, `return`, `coop`,
 *   `broadcast`): a consent page whose Allow / Deny (`#allow`, `#deny`) lead to the callback.
 *   It reads the widget's origin from `Referer` and passes it on as `opener`. The auth type's
 *   other fields come on it too (Shopify's `shop`, see startParam): a real provider's approval
 *   page is per shop or account, so one that is required and missing is refused (400); the page
 *   names them, and the connection's account reflects them.
 * - With `coop=1` they lead first to `{prefix}/oauth/consent?…&result=allow|deny`, served with
 *   `Cross-Origin-Opener-Policy: same-origin` as real providers do: the popup passes through it
 *   and loses `window.opener`; it goes straight on to the callback.
 * - `{prefix}/oauth/callback?…&result=allow|deny`: keeps the result for `GET {prefix}/oauth/result`,
 *   then returns to `return` (same tab; on this origin or the widget's) when the sign-in carries one, or else posts it to the
 *   widget (`window.opener.postMessage(message, widgetOrigin)`), or without an opener on
 *   `BroadcastChannel('connector-wizard-oauth')` (unless `broadcast=0`), as DESIGN.md describes.
 * - `GET {prefix}/oauth/result?state=`: what `oauth-result-url` asks when the popup lost its opener.
 * Nothing here is a real token: the connection reference is random.
 */
import { randomUUID } from 'node:crypto';
import { isSecretField } from '../../dist/catalogue/catalogue-schema.js';
import { startParam } from '../../dist/oauth/start-params.js';
import { TYPES, allowedOrigin, corsHeaders, json, problem } from './http.mjs';

/** The stand-in provider's results (`GET {prefix}/oauth/result`): kept this long, at most this many. */
const OAUTH_RESULT_TTL_MS = 10 * 60 * 1000;
const OAUTH_RESULT_MAX = 10_000;
/** A state as the widget makes it (and as the callback accepts it). */
const OAUTH_STATE = /^[A-Za-z0-9_-]{16,200}$/;

/** @typedef {import('../../dist/catalogue/catalogue-schema.js').CredentialField} CredentialField */

/**
 * @param {{ catalogue: { systems: { id: string, name: string, authTypes: { id: string, fields: CredentialField[] }[] }[] }, prefix: string }} options
 * @returns {(request: Request, localPort: number) => Response | undefined} undefined for a path it does not own
 */
export function createOauthProvider({ catalogue, prefix }) {
  /**
   * The results, kept per state: the message the callback page posts (a connection reference and
   * an account name, never a token), used once, forgotten after 10 minutes. In memory only;
   * insertion order is age order.
   * @type {Map<string, { message: unknown, expires: number }>}
   */
  const oauthResults = new Map();

  /**
   * Keeps the first result for a state (a reloaded callback page does not replace it).
   * @param {string} state
   * @param {unknown} message
   */
  function keepOauthResult(state, message) {
    const now = Date.now();
    const kept = oauthResults.get(state);
    if (kept && kept.expires > now) return;
    oauthResults.delete(state);
    if (oauthResults.size >= OAUTH_RESULT_MAX) {
      for (const [key, value] of oauthResults) if (value.expires <= now) oauthResults.delete(key);
      for (const key of oauthResults.keys()) {
        if (oauthResults.size < OAUTH_RESULT_MAX) break;
        oauthResults.delete(key);
      }
    }
    oauthResults.set(state, { message, expires: now + OAUTH_RESULT_TTL_MS });
  }

  /**
   * 200 with the callback's message (then forgotten: single use), or 404 while there is none (not
   * finished, already taken, or expired). Readable cross-origin (with credentials) by a page on a
   * loopback origin or on this host over https, so a widget on another port can poll.
   * @param {Request} request
   * @param {URL} url
   */
  function oauthResult(request, url) {
    const origin = allowedOrigin(request.headers.get('origin'), request.headers.get('host') ?? '');
    const cors = corsHeaders(request, origin, { methods: 'GET', credentials: true });
    if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: { ...cors, 'Cache-Control': 'no-store' } });
    if (request.method !== 'GET') return problem(405, TYPES.badRequest, 'Method not allowed', `${request.method} is not supported here.`, { ...cors, Allow: 'GET, OPTIONS' });
    const state = url.searchParams.get('state') ?? '';
    if (!OAUTH_STATE.test(state)) return problem(400, TYPES.badRequest, 'Bad request', 'Send the state of the sign-in as the state query parameter.', cors);
    const kept = oauthResults.get(state);
    oauthResults.delete(state);
    if (!kept || kept.expires <= Date.now())
      return problem(404, TYPES.notFound, 'Not finished', 'This sign-in has not finished yet, or its result was already collected or has expired.', cors);
    return json(200, kept.message, undefined, cors);
  }

  /**
   * @param {Request} request
   * @param {URL} url
   * @param {number} localPort the port this request came in on (for the `foreign` variant)
   */
  function oauthPage(request, url, localPort) {
    const q = url.searchParams;
    const host = request.headers.get('host') ?? '';
    const state = q.get('state') ?? '';
    const system = catalogue.systems.find((s) => s.id === q.get('system'));
    const variant = q.get('variant') ?? '';
    // The fields the sign-in is for (a shop, an account code), as the widget sent them: never secrets.
    const authType = system?.authTypes.find((a) => a.id === q.get('authType'));
    const fields = (authType?.fields ?? []).filter((field) => !isSecretField(field)).map((field) => ({ field, value: (q.get(startParam(field.key)) ?? '').slice(0, 100) }));
    const given = fields.filter(({ value }) => value);
    /** What the person signs in to: `my-store.myshopify.com`, `mycompany`. */
    const where = given.map(({ field, value }) => `${value}${field.suffix ?? ''}`).join(', ');
    // A testing connector's sign-in (`environment=test`) goes to the provider's sandbox, as a backend may send it.
    const sandbox = q.get('environment') === 'test' ? ' (sandbox)' : '';
    /** @param {string} body @param {string} [script] */
    const html = (body, script = '') =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Sign in</title>` +
      `<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}a.button{display:inline-block;padding:.5rem 1rem;margin:.25rem .5rem .25rem 0;border:2px solid #0b0c0c;color:#0b0c0c;text-decoration:none}a.allow{background:#00703c;color:#fff;border-color:#00703c}</style>` +
      // A page of its own (a popup, or the tab itself): its content in a main landmark, under an h1.
      `</head><body><main>${body}</main>${script ? `<script>${script}</script>` : ''}</body></html>`;
    /** @param {unknown} t */
    const esc = (t) => String(t).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    // Everything put inside <script> is JSON with <, >, & and line separators escaped.
    /** @param {unknown} value */
    const js = (value) => JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    /** @type {(status: number, body: string, script?: string, headers?: Record<string, string>) => Response} */
    const page = (status, body, script = '', headers = {}) =>
      new Response(html(body, script), { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers } });
    /**
     * The same parameters for the next hop (the optional ones only when given).
     * @param {string} path @param {string} result
     */
    const onward = (path, result, opener = q.get('opener') ?? '') => {
      const next = new URLSearchParams({ state, system: system?.id ?? '', result, variant, return: q.get('return') ?? '' });
      for (const [name, value] of [
        ['authType', q.get('authType') ?? ''],
        ['environment', q.get('environment') ?? ''],
        ['coop', q.get('coop') ?? ''],
        ['broadcast', q.get('broadcast') ?? ''],
        ['opener', opener],
        ...given.map(({ field, value }) => [startParam(field.key), value]),
      ])
        if (value) next.set(name, value);
      return `${prefix}/oauth/${path}?${next}`;
    };
    if (url.pathname.endsWith('/start')) {
      if (!system) return page(400, '<h1>Unknown system</h1>');
      const missing = fields.find(({ field, value }) => field.required && !value);
      if (missing) return page(400, `<h1>Which ${esc(missing.field.label)}?</h1><p>The sign-in request did not say, so there is no approval page to send you to.</p>`);
      // The widget's origin, for the callback's postMessage: from Referer (origin only).
      let opener = '';
      try {
        opener = allowedOrigin(new URL(request.headers.get('referer') ?? '').origin, host);
      } catch {
        opener = '';
      }
      const next = q.get('coop') === '1' ? 'consent' : 'callback';
      const foreign = variant === 'foreign' ? `http://127.0.0.1:${localPort}` : '';
      // `auto=allow|deny` answers at once, as a person would click (for scripted runs, e.g. a popup on another origin).
      const answer = q.get('auto');
      const auto = answer === 'allow' || answer === 'deny' ? foreign + onward(next, answer, opener) : '';
      return page(
        200,
        `<h1>Sign in to ${esc(system.name)}${sandbox}</h1><p>Allow <strong>connector-wizard demo</strong> to read and write data in your ${esc(system.name)} account${where ? ` <strong>${esc(where)}</strong>` : ''}?</p>` +
          `<p><a class="button allow" id="allow" href="${esc(foreign + onward(next, 'allow', opener))}">Allow</a><a class="button" id="deny" href="${esc(foreign + onward(next, 'deny', opener))}">Deny</a></p>`,
        auto ? `location.replace(${js(auto)});` : '',
      );
    }
    if (!OAUTH_STATE.test(state) || !system) return page(400, '<h1>Bad sign-in request</h1>');
    const result = q.get('result') === 'allow' ? 'allow' : 'deny';
    if (url.pathname.endsWith('/consent')) {
      // A real provider's sign-in page: this header severs the popup from its opener.
      const callback = onward('callback', result);
      return page(200, `<h1>Signing in to ${esc(system.name)}…</h1><p><a id="continue" href="${esc(callback)}">Continue</a></p>`, `location.replace(${js(callback)});`, {
        'Cross-Origin-Opener-Policy': 'same-origin',
      });
    }
    const ok = result === 'allow';
    const ref = `conn_${randomUUID().replace(/-/g, '').slice(0, 20)}`;
    const message = ok
      ? { type: 'connector-wizard-oauth', state, ok: true, connection: { ref, account: `demo-account@${system.id}.example${where ? ` on ${where}` : ''}${sandbox}` } }
      : { type: 'connector-wizard-oauth', state, ok: false, error: 'You denied access.' };
    // Test variants: a message the widget must ignore (and nothing else).
    const messages =
      variant === 'wrong-state'
        ? [{ ...message, state: 'Z'.repeat(43) }] // well-formed, but not the state in flight
        : variant === 'malformed'
          ? [{ type: 'connector-wizard-oauth', state, ok: 'yes', connection: 42 }]
          : variant === 'replay'
            ? [message, { ...message, connection: { ref: 'conn_replayed', account: 'someone-else' } }]
            : [message];
    keepOauthResult(state, messages[0]);
    // Posted to the widget's origin (passed on from the start page), else to this one.
    const opener = allowedOrigin(q.get('opener') ?? '', host);
    const target = variant === 'foreign' ? "'*'" : opener ? js(opener) : 'location.origin';
    // Same-tab return: only to this server's own origin, or to the widget's origin it posts to
    // (`opener`, checked as above: loopback or this host over https), never an open redirect.
    const here = `http://${host}`;
    let returnTo = '';
    try {
      const candidate = new URL(q.get('return') ?? '', here);
      const widget = candidate.origin === here || (opener !== '' && candidate.origin === opener);
      if (q.get('return') && widget && !/[\u0000-\u001f]/.test(q.get('return') ?? '')) returnTo = candidate.href;
    } catch {
      returnTo = '';
    }
    // A same-tab sign-in (it carries `return`) goes back there, whether or not its page has an
    // opener of its own (a page another window opened is no popup of the widget's). Otherwise to
    // the opener; without one (a COOP page cut it off), on the BroadcastChannel, which reaches the
    // widget when its page has this origin.
    const broadcast =
      q.get('broadcast') === '0'
        ? ''
        : "try { const channel = new BroadcastChannel('connector-wizard-oauth'); for (const m of messages) channel.postMessage(m); channel.close(); } catch {}";
    const script =
      `const messages=${js(messages)};` +
      (returnTo
        ? `location.replace(${js(returnTo)} + '#connector-wizard-oauth=' + encodeURIComponent(JSON.stringify(messages[0])));`
        : `if (window.opener) { for (const m of messages) window.opener.postMessage(m, ${target}); ${variant ? '' : 'window.close();'} }` +
          ` else { ${broadcast} ${variant ? '' : 'setTimeout(() => window.close(), 200);'} }`);
    return page(200, `<h1>${ok ? 'Connected' : 'Access was denied'}</h1><p>You can close this window.</p>`, script);
  }

  return (request, localPort) => {
    const url = new URL(request.url);
    const route = url.pathname.startsWith(`${prefix}/oauth/`) ? url.pathname.slice(prefix.length + 7) : '';
    if (route === 'result') return oauthResult(request, url);
    if (route === 'start' || route === 'consent' || route === 'callback') return oauthPage(request, url, localPort);
    return undefined;
  };
}
