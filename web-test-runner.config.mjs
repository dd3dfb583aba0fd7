// Browser tests: real headless Chromium, real IndexedDB, real HTTP from this server.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';

const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(chromePath)) {
  console.error(
    `No Chrome or Chromium found at ${chromePath}.\n` +
      'Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or point CHROME_PATH at your Chrome,\n' +
      'e.g. CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test',
  );
  process.exit(1);
}

/**
 * The reference API of demo/api (a Hono app), mounted in the test server so tests make real HTTP
 * requests (namespaced per test, with fault injection), on PGlite in memory with a key that lives
 * as long as the run. It validates with the built schemas in dist/, which `npm test` builds first
 * (pretest). Other instances (file-backed PGlite, Postgres over the wire, the Vite dev server) are
 * started by test-server commands (demo/api/test-server-commands.mjs).
 */
if (!existsSync(new URL('./dist/schemas/connector-payload-schema.js', import.meta.url))) {
  console.error('The tests need the built package: run `npm run build` first (npm test does it for you).');
  process.exit(1);
}
const { createConnectorApi } = await import('./demo/api/connector-api.mjs');
const { testServerCommandsPlugin } = await import('./demo/api/test-server-commands.mjs');
const api = createConnectorApi({
  catalogue: JSON.parse(readFileSync(new URL('./demo/sample-catalogue.json', import.meta.url), 'utf8')),
  groups: [
    { id: 'uk', name: 'UK' },
    { id: 'us', name: 'US' },
  ],
  faults: true,
});
// Opened now, while Chromium starts: the first test to reach the API would otherwise pay PGlite's start (11.6 s seen on a busy
// machine, the first test of edit.test.ts) inside its own 10 s. A failure is logged, and the first request tries again.
api.storage().catch(() => undefined);

/**
 * A page served with the strictest Content-Security-Policy of issue 7, which loads only the
 * standalone bundle and a driver script (src/security/csp-driver.ts) that completes the flow.
 * With `more=1` the wizard speaks German, seals secrets and can test a connection, and the driver
 * opens the zone list, fills the credentials from one paste and runs the test.
 * With `hostLit=1` the page is an app with its own lit (src/test/host-lit.ts), loaded first,
 * and the policy allows the bundle's second `lit-html` policy, as docs/security.md says to.
 */
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' https:; " +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

async function strictPage(ctx, next) {
  if (ctx.path !== '/__csp/page.html') return next();
  const ns = String(ctx.query.ns ?? 'csp').replace(/[^A-Za-z0-9_-]/g, '');
  const hostLit = ctx.query.hostLit === '1';
  // `more=1`: German, sealed secrets and a connection test (see the driver).
  const more = ctx.query.more === '1' ? ` lang="de" secret-persistence="encrypted" test-endpoint="/api/ns/${ns}/connectors/test"` : '';
  ctx.set('Content-Security-Policy', hostLit ? `${STRICT_CSP} 'allow-duplicates'` : STRICT_CSP);
  ctx.type = 'text/html';
  ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict CSP</title>
<script type="module" src="/src/security/csp-driver.ts"></script>${hostLit ? '\n<script type="module" src="/src/test/host-lit.ts"></script>' : ''}
<script type="module" src="/dist/connector-wizard.js"></script></head>
<body><connector-wizard catalogue-src="/demo/sample-catalogue.json" endpoint="/api/ns/${ns}/connectors" draft-id="${ns}"${more}></connector-wizard></body></html>`;
}

/**
 * Holds a request until one of `waiting`'s releases is called. It leaves the held count once a minute has
 * answered it, or once the page gave it up (its connection closed, as a reload, a removed frame or a closed
 * popup closes it), so the count holds only requests a release would still answer.
 */
function heldUntilReleased(ctx, waiting) {
  return new Promise((resolve) => {
    const release = () => resolve(undefined);
    waiting.push(release);
    const drop = () => {
      const at = waiting.indexOf(release);
      if (at >= 0) waiting.splice(at, 1);
      release();
    };
    setTimeout(drop, 60_000);
    ctx.req.once('close', drop);
  });
}

/**
 * Fault injection for the wizard's lazily loaded module: `POST /__faults/module?prefix=/src/...`
 * with `fail=1` answers 503 to every request under that path, `fail=html` answers 200 with a
 * page that is not JSON (as a captive portal or a misrouted proxy does), `delay=<ms>` holds them,
 * `held=1` holds them until `POST /__faults/module/release` (or the next `POST`, or a minute, or
 * until the page gives the request up):
 * a window no busy machine closes early; `POST` without any clears it. `GET` says how many
 * requests came under the path since the last `POST` (`hits`) and how many are held now (`held`).
 * Tests that arm it clear it when they finish.
 */
const moduleFault = { prefix: '', fail: 0, delay: 0, held: false, hits: 0, waiting: /** @type {(() => void)[]} */ ([]) };
async function moduleFaults(ctx, next) {
  if (ctx.path === '/__faults/module' && ctx.method === 'GET') {
    ctx.body = { hits: moduleFault.hits, held: moduleFault.waiting.length, prefix: moduleFault.prefix };
    return;
  }
  if (ctx.path === '/__faults/module/release' && ctx.method === 'POST') {
    const waiting = moduleFault.waiting.splice(0);
    for (const release of waiting) release();
    ctx.body = { released: waiting.length };
    return;
  }
  if (ctx.path === '/__faults/module' && ctx.method === 'POST') {
    for (const release of moduleFault.waiting.splice(0)) release();
    moduleFault.held = ctx.query.held === '1';
    moduleFault.hits = 0;
    moduleFault.prefix = String(ctx.query.prefix ?? '');
    moduleFault.fail = ctx.query.fail === '1' ? 503 : ctx.query.fail === 'html' ? 200 : 0;
    moduleFault.delay = Math.min(Number(ctx.query.delay ?? 0) || 0, 5000);
    ctx.status = 204;
    return;
  }
  if (moduleFault.prefix && ctx.path.startsWith(moduleFault.prefix)) {
    moduleFault.hits++;
    if (moduleFault.delay) await new Promise((resolve) => setTimeout(resolve, moduleFault.delay));
    if (moduleFault.held) await heldUntilReleased(ctx, moduleFault.waiting);
    if (moduleFault.fail) {
      ctx.status = moduleFault.fail;
      ctx.set('Cache-Control', 'no-store');
      ctx.type = moduleFault.fail === 200 ? 'text/html' : 'text/plain';
      ctx.body = moduleFault.fail === 200 ? '<!doctype html><title>Sign in to the network</title>' : 'injected fault';
      return;
    }
  }
  return next();
}

/**
 * `GET /__faults/redirect?to=<path>&…`: answers 302 to that same-origin path, with the other
 * query parameters passed on, for checking that a request does not follow redirects.
 */
async function redirectFault(ctx, next) {
  if (ctx.path !== '/__faults/redirect') return next();
  const { to, ...rest } = ctx.query;
  const target = new URL(String(to ?? '/'), 'http://127.0.0.1');
  for (const [name, value] of Object.entries(rest)) target.searchParams.set(name, String(value));
  ctx.status = 302;
  ctx.set('Location', `${target.pathname}${target.search}`);
}

/**
 * `GET /__faults/trickle?every=<ms>&stallAfter=<n>`: the sample catalogue in 20 pieces, one every
 * `every` ms (a big file on a slow link); with `stallAfter`, the pieces stop after that many and
 * the answer never ends; with `cutAfter`, the connection drops after that many; `pieces=0` answers
 * 204 with no body.
 */
async function trickleFault(ctx, next) {
  if (ctx.path !== '/__faults/trickle') return next();
  // `?pieces=0`: an answer with no body at all (204 No Content).
  if (ctx.query.pieces === '0') return void (ctx.status = 204);
  const body = readFileSync(new URL('./demo/sample-catalogue.json', import.meta.url));
  const every = Number(ctx.query.every ?? 100);
  const stallAfter = ctx.query.stallAfter === undefined ? Infinity : Number(ctx.query.stallAfter);
  const pieces = 20;
  const size = Math.ceil(body.length / pieces);
  const stream = new PassThrough();
  ctx.type = 'application/json';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = stream;
  let sent = 0;
  const timer = setInterval(() => {
    if (sent >= stallAfter) return clearInterval(timer);
    if (ctx.query.cutAfter !== undefined && sent >= Number(ctx.query.cutAfter)) {
      clearInterval(timer);
      return ctx.req.socket.destroy();
    }
    stream.write(body.subarray(sent * size, (sent + 1) * size));
    if (++sent === pieces) {
      clearInterval(timer);
      stream.end();
    }
  }, every);
  stream.on('close', () => clearInterval(timer));
}

/**
 * A catalogue served as real registries' exports are: `POST /__faults/served-catalogue` with the
 * catalogue's JSON text as the body stores it and answers `{ "url": … }`, which serves it as that
 * query asked: `as=utf-16le` in UTF-16 with its byte order mark (as Windows PowerShell's
 * `Out-File` writes a file), `as=gzip` compressed and marked `Content-Encoding: gzip`,
 * `as=gzip-unmarked` compressed but served as plain JSON (a `.json.gz` uploaded as `.json`),
 * `as=bom` after a UTF-8 byte order mark, `as=latin1` in ISO-8859-1 (as a legacy Windows export writes `é`), `as=bytes` the
 * body's bytes as posted (UTF-8 with a stray byte of another charset); `type=` its Content-Type (`application/json` unless
 * given, e.g. `text/html`). `GET` of that URL counts in `hits` (`GET /__faults/served-catalogue`).
 */
const servedCatalogues = new Map();
let servedCatalogueHits = 0;
async function servedCatalogue(ctx, next) {
  if (ctx.path === '/__faults/served-catalogue' && ctx.method === 'POST') {
    const parts = [];
    for await (const part of ctx.req) parts.push(part);
    const id = String(servedCatalogues.size + 1);
    const bytes = Buffer.concat(parts);
    servedCatalogues.set(id, { bytes, text: bytes.toString('utf8'), as: ctx.query.as ?? '', type: ctx.query.type ?? 'application/json' });
    ctx.type = 'application/json';
    return void (ctx.body = { url: `/__faults/served-catalogue/${id}` });
  }
  if (ctx.path === '/__faults/served-catalogue' && ctx.method === 'GET') return void (ctx.body = { hits: servedCatalogueHits });
  const served = servedCatalogues.get(/^\/__faults\/served-catalogue\/(\d+)$/.exec(ctx.path)?.[1]);
  if (!served) return next();
  servedCatalogueHits++;
  const utf8 = Buffer.from(served.text, 'utf8');
  const body =
    served.as === 'bytes'
      ? served.bytes
      : served.as === 'utf-16le'
        ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(served.text, 'utf16le')])
        : served.as === 'latin1'
          ? Buffer.from(served.text, 'latin1')
          : served.as === 'bom'
            ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])
            : served.as.startsWith('gzip')
              ? gzipSync(utf8)
              : utf8;
  if (served.as === 'gzip') ctx.set('Content-Encoding', 'gzip');
  ctx.set('Cache-Control', 'no-store');
  ctx.type = served.type;
  ctx.body = body;
}

/**
 * `executeServerCommand('bundle-size', { file })`: the gzip size (level 9, as `npm run bench`) of
 * a built file under dist/, and the files it imports statically (which load with it).
 */
function bundleSizePlugin() {
  return {
    name: 'bundle-size',
    executeCommand({ command, payload }) {
      if (command !== 'bundle-size') return undefined;
      const file = String(payload?.file ?? '');
      if (!/^dist\/[\w./-]+\.js$/u.test(file) || file.includes('..')) throw new Error(`bundle-size: not a file under dist/: ${file}`);
      const code = readFileSync(new URL(`./${file}`, import.meta.url));
      const text = code.toString('utf8');
      // import"./x.js", import{…}from"./x.js" and export{…}from"./x.js", not import("./x.js").
      const staticImports = [...text.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]+?from\s*)?["'`]([^"'`]+)["'`]/gu)].map((m) => m[1]);
      const dynamicImports = [...text.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/gu)].map((m) => m[1]);
      return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length, staticImports, dynamicImports };
    },
  };
}

/**
 * `executeServerCommand('reference-api-start', { catalogue })`: starts another reference API
 * (demo/api) with that catalogue, as `npm start` does, and returns what it logged when it
 * started, or why it refused to start.
 */
function referenceApiStartPlugin() {
  return {
    name: 'reference-api-start',
    async serverStop() {
      await api.close();
    },
    executeCommand({ command, payload }) {
      if (command !== 'reference-api-start') return undefined;
      const warnings = [];
      try {
        createConnectorApi({ catalogue: payload?.catalogue, log: { warn: (text) => warnings.push(String(text)) } });
        return { started: true, warnings };
      } catch (error) {
        return { started: false, warnings, error: String(error?.message ?? error) };
      }
    },
  };
}

/**
 * `executeServerCommand('clear-browser-cache')`: the runner serves every file as cacheable for a
 * year, so a page that arms a module fault first empties the browser's HTTP cache (CDP).
 */
function clearBrowserCachePlugin() {
  return {
    name: 'clear-browser-cache',
    async executeCommand({ command, session }) {
      if (command !== 'clear-browser-cache') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      await cdp.send('Network.clearBrowserCache');
      await cdp.detach();
      return true;
    },
  };
}

/**
 * A sandboxed frame (`<iframe sandbox="allow-scripts">`) has an opaque origin: its requests say
 * `Origin: null`, and module scripts load only through CORS. The sources, the build and the
 * dependencies answer it (under `__wds-outside-root__` when node_modules is a link out of the folder),
 * so a test can run a module as the page of an integrator who sandboxes the wizard would, and
 * the sample catalogue, so the wizard there can read it (src/test/framed-wizard.html).
 */
async function opaqueOriginModules(ctx, next) {
  await next();
  if (ctx.get('Origin') === 'null' && /^\/(?:src\/|dist\/|node_modules\/|__wds-outside-root__\/|demo\/sample-catalogue\.json$)/.test(ctx.path))
    ctx.set('Access-Control-Allow-Origin', 'null');
}

/**
 * `GET /__clear-site-data`: answers with `Clear-Site-Data: "storage"`, as a site's sign-out does
 * (and as a person clearing the site's data in the browser's settings does to it): the browser
 * deletes this origin's IndexedDB and closes its open connections abnormally (`close` event,
 * idb's `terminated`), with no `versionchange` first.
 */
async function clearSiteData(ctx, next) {
  if (ctx.path !== '/__clear-site-data') return next();
  ctx.set('Clear-Site-Data', '"storage"');
  ctx.set('Cache-Control', 'no-store');
  ctx.status = 204;
}

/**
 * A real paste, as a person makes it: `grant-clipboard` lets the page write the system
 * clipboard (`navigator.clipboard.writeText`), and `press-paste` presses Ctrl+V in the focused
 * control, which makes the browser run its own Paste command (puppeteer key presses run no
 * editing command unless named).
 */
function clipboardPlugin() {
  return {
    name: 'clipboard',
    async executeCommand({ command, session }) {
      if (command !== 'grant-clipboard' && command !== 'press-paste') return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'grant-clipboard') {
        await page.browserContext().overridePermissions(new URL(page.url()).origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
        return true;
      }
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyV', { commands: ['Paste'] });
      await page.keyboard.up('Control');
      return true;
    },
  };
}

/** `forced-colors` ({ value: 'active' | 'none' }): Chromium's forced colors (high contrast), as the DevTools rendering panel sets it. */
function forcedColorsPlugin() {
  // One DevTools session per page, kept: the emulation ends with the session that set it.
  const sessions = new WeakMap();
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.target().createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.value }] });
      return true;
    },
  };
}

/**
 * `executeServerCommand('offline-for', { ms })`: the page's network is offline (DevTools' own
 * emulation: `navigator.onLine` false, every request fails at once) for `ms`, then back. The
 * command answers before it goes offline, and nothing can be asked of the server meanwhile, so
 * the page waits for `navigator.onLine` to change each way.
 */
function offlinePlugin() {
  // One DevTools session per page, kept: the emulation ends with the session that set it.
  const sessions = new WeakMap();
  return {
    name: 'offline-for',
    async executeCommand({ command, payload, session }) {
      if (command !== 'offline-for') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.target().createCDPSession());
      const cdp = sessions.get(page);
      await cdp.send('Network.enable');
      const set = (offline) => cdp.send('Network.emulateNetworkConditions', { offline, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      // Once the command has answered (its answer needs the network too).
      setTimeout(async () => {
        await set(true).catch(() => undefined);
        setTimeout(() => set(false).catch(() => undefined), Number(payload?.ms ?? 1000));
      }, 50);
      return true;
    },
  };
}

/**
 * `abort-listeners` ({ global }): how many `abort` listeners the AbortSignal the page keeps at
 * `globalThis[global]` holds now, as DevTools lists them (no listener count is in the page's reach).
 */
function abortListenersPlugin() {
  return {
    name: 'abort-listeners',
    async executeCommand({ command, payload, session }) {
      if (command !== 'abort-listeners') return undefined;
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      try {
        const { result } = await cdp.send('Runtime.evaluate', { expression: `globalThis[${JSON.stringify(String(payload?.global))}]` });
        if (!result.objectId) return null;
        const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
        return listeners.filter((l) => l.type === 'abort').length;
      } finally {
        await cdp.detach();
      }
    },
  };
}

/**
 * `focused-ax`: what assistive technology is given for the focused control (Chromium's own
 * accessibility tree, as a screen reader reads it): `{ role, name, description }`.
 */
function focusedAxPlugin() {
  return {
    name: 'focused-ax',
    async executeCommand({ command, session }) {
      if (command !== 'focused-ax') return undefined;
      const page = session.browser.getPage(session.id);
      const find = (node) => (node.focused ? node : (node.children ?? []).map(find).find(Boolean));
      const node = find((await page.accessibility.snapshot({ interestingOnly: false })) ?? {});
      return node ? { role: node.role, name: node.name, description: node.description ?? '' } : null;
    },
  };
}

/** `tap` ({ x, y, times? }): a finger's tap at that point of the viewport, `times` in a row (two: a double tap, clicks of detail 1 then 2). */
function tapPlugin() {
  return {
    name: 'tap',
    async executeCommand({ command, payload, session }) {
      if (command !== 'tap') return undefined;
      const page = session.browser.getPage(session.id);
      for (let i = 0; i < (payload.times ?? 1); i++) await page.touchscreen.tap(payload.x, payload.y);
      return true;
    },
  };
}

/** `executeServerCommand('time-zone', { zone })`: the page's time zone, as a browser set to it reports it (no `zone`: the machine's again). */
function timeZonePlugin() {
  return {
    name: 'time-zone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'time-zone') return undefined;
      await session.browser.getPage(session.id).emulateTimezone(payload?.zone || undefined);
      return true;
    },
  };
}

/**
 * `executeServerCommand('https-origin')`: a second origin, `https://127.0.0.1:<port>` (a certificate
 * made for it by `openssl` at first use, which this page's browser is told to accept), serving the
 * sample catalogue at `/catalogue.json` as a CDN would: with `?cors=1` it lets any page read it
 * (`Access-Control-Allow-Origin: *`), without it no other origin may. -> `{ origin }`.
 */
function httpsOriginPlugin() {
  let started;
  const sessions = new WeakMap();
  const answeredUnread = new Set();
  const start = async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { createServer } = await import('node:https');
    const dir = mkdtempSync(join(tmpdir(), 'wtr-https-'));
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    try {
      execFileSync(
        'openssl',
        ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert],
        { stdio: 'ignore' },
      );
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`The test server's https origin needs openssl to make its certificate (Debian/Ubuntu: sudo apt-get install -y openssl): ${error.message}`);
    }
    const tls = { key: readFileSync(key), cert: readFileSync(cert) };
    rmSync(dir, { recursive: true, force: true });
    const server = createServer(tls, (req, res) => {
      const url = new URL(req.url ?? '/', 'https://127.0.0.1');
      if (url.pathname !== '/catalogue.json') return void res.writeHead(404).end();
      // `?lose=<id>`: the connection drops without an answer for each request the page reads (mode cors) until one not read
      // (no-cors) has come for that id, as a connection lost once on the way does, whatever the browser retries itself.
      // `?hang`: a request not read (no-cors) is never answered, as a server that stops answering between two requests (it still counts
      // as come for `lose`). `?hold` (with `lose`): a request read once the one not read has come is never answered.
      const lose = url.searchParams.get('lose');
      const unread = req.headers['sec-fetch-mode'] === 'no-cors';
      if (lose && !unread && answeredUnread.has(lose) && url.searchParams.has('hold')) return;
      if (lose && unread) answeredUnread.add(lose);
      if (url.searchParams.has('hang') && unread) return;
      if (lose && !unread && !answeredUnread.has(lose)) return void req.socket.destroy();
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Cache-Control': 'no-store',
        ...(url.searchParams.get('cors') === '1' && { 'Access-Control-Allow-Origin': '*' }),
      });
      res.end(readFileSync(new URL('./demo/sample-catalogue.json', import.meta.url)));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { server, origin: `https://127.0.0.1:${server.address().port}` };
  };
  return {
    name: 'https-origin',
    async serverStop() {
      // A start that failed (no openssl) was said to the test that asked; stopping has nothing to close.
      (await started?.catch(() => undefined))?.server.close();
    },
    async executeCommand({ command, session }) {
      if (command !== 'https-origin') return undefined;
      const { origin } = await (started ??= start());
      // Kept open: the setting ends with the DevTools session that made it.
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) {
        sessions.set(page, await page.createCDPSession());
        await sessions.get(page).send('Security.setIgnoreCertificateErrors', { ignore: true });
      }
      return { origin };
    },
  };
}

/**
 * A sign-in whose popup first loads a page of the widget's own origin, then is sent to a provider
 * on another origin that answers with `Cross-Origin-Opener-Policy: same-origin` (Chromium then
 * severs the popup from its opener), and comes back to the widget's origin:
 * - `GET /__oauth/elsewhere/first?provider=<origin>&…`: a page on this origin, which goes on to
 *   `{provider}/__oauth/elsewhere/provider?home=<this origin>&…` (the same query);
 * - `GET /__oauth/elsewhere/provider?home=<origin>&…`: the provider's page, with the header, which
 *   goes on to `{home}/__oauth/elsewhere/back?…`;
 * - `GET /__oauth/elsewhere/back?…`: held (the person still signing in at the provider) until
 *   `POST /__oauth/elsewhere/release`, then a redirect to the stand-in's `/api/oauth/callback`
 *   with the same query (`result=allow` unless given), which answers on the BroadcastChannel
 *   (no opener) and keeps the result for `/api/oauth/result`.
 * `GET /__oauth/elsewhere` says how many pages of the provider were served (`provider`) and how
 * many returns are held now (`held`); `POST /__oauth/elsewhere` releases any and counts anew.
 */
const elsewhere = { provider: 0, waiting: /** @type {(() => void)[]} */ ([]) };
async function oauthElsewhere(ctx, next) {
  if (!ctx.path.startsWith('/__oauth/elsewhere')) return next();
  const route = ctx.path.slice('/__oauth/elsewhere'.length);
  const query = new URLSearchParams(ctx.querystring);
  const page = (title, to, headers = {}) => {
    for (const [name, value] of Object.entries({ 'Cache-Control': 'no-store', ...headers })) ctx.set(name, value);
    ctx.type = 'text/html';
    // The target as JSON, with <, > and & escaped, inside the script.
    const target = JSON.stringify(to).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    ctx.body = `<!doctype html><html lang="en"><meta charset="utf-8"><title>${title}</title><main><h1>${title}</h1></main><script>location.replace(${target});</script></html>`;
  };
  if (route === '' && ctx.method === 'GET') return void (ctx.body = { provider: elsewhere.provider, held: elsewhere.waiting.length });
  if ((route === '' || route === '/release') && ctx.method === 'POST') {
    const waiting = elsewhere.waiting.splice(0);
    for (const release of waiting) release();
    if (route === '') elsewhere.provider = 0;
    ctx.body = { released: waiting.length };
    return;
  }
  if (route === '/first') {
    const provider = new URL(query.get('provider') ?? '').origin;
    query.delete('provider');
    query.set('home', ctx.origin);
    return page('Signing in', `${provider}/__oauth/elsewhere/provider?${query}`);
  }
  if (route === '/provider') {
    elsewhere.provider++;
    const home = new URL(query.get('home') ?? '').origin;
    query.delete('home');
    return page('Sign in at the provider', `${home}/__oauth/elsewhere/back?${query}`, { 'Cross-Origin-Opener-Policy': 'same-origin' });
  }
  if (route === '/back') {
    await heldUntilReleased(ctx, elsewhere.waiting);
    if (!query.has('result')) query.set('result', 'allow');
    ctx.status = 302;
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Location', `/api/oauth/callback?${query}`);
    return;
  }
  return next();
}

/** Koa (wtr) -> the API's Node handler; anything it does not own goes on to the file server. */
async function apiMiddleware(ctx, next) {
  if (await api.handle(ctx.req, ctx.res)) {
    ctx.respond = false;
    return;
  }
  return next();
}

/** The test server serves this package's folder: never the reference API's data folder (`.data/`). */
async function denyDataFolder(ctx, next) {
  let path = ctx.path;
  try {
    path = decodeURIComponent(path);
  } catch {
    // Left encoded: it is compared as it is.
  }
  if (/(^|[/\\])\.data([/\\]|$)/i.test(path)) {
    ctx.status = 404;
    return;
  }
  return next();
}

/**
 * The dev server's public folder (Vite's `publicDir`, demo/public) at the root, as `npm start`
 * serves it: the demo page's local logos are `/logos/<system>.svg`.
 */
const publicDir = fileURLToPath(new URL('./demo/public/', import.meta.url));
async function demoPublicFiles(ctx, next) {
  if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
  let file;
  try {
    file = resolve(publicDir, `.${decodeURIComponent(ctx.path)}`);
  } catch {
    return next();
  }
  if (!file.startsWith(publicDir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) return next();
  ctx.type = extname(file);
  ctx.body = createReadStream(file);
}

/**
 * CI reads the last line as `N passed, N failed`. wtr's own summary has no counts, so this
 * reporter counts tests from the sessions; a file that fails to load counts as one failure.
 */
function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const s of suite.suites) walk(s);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        const loadFailed = !session.passed && (session.errors?.length ?? 0) > 0;
        if (loadFailed || (!session.testResults && !session.passed)) failed++;
      }
      process.on('exit', () => {
        console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
      });
    },
  };
}

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: true,
  middleware: [
    opaqueOriginModules,
    clearSiteData,
    denyDataFolder,
    moduleFaults,
    redirectFault,
    trickleFault,
    servedCatalogue,
    strictPage,
    oauthElsewhere,
    apiMiddleware,
    demoPublicFiles,
  ],
  concurrency: 1,
  // A whole file's limit: the reference API's 31 tests (embedded Postgres) take about 90 s alone on
  // 2 cores, and ran past the default 120 s on a busy machine (each test keeps its own 10 s).
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-quic',
          '--no-first-run',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE *.localhost, EXCLUDE 127.0.0.1',
        ],
      },
    }),
  ],
  plugins: [
    bundleSizePlugin(),
    clearBrowserCachePlugin(),
    clipboardPlugin(),
    forcedColorsPlugin(),
    timeZonePlugin(),
    focusedAxPlugin(),
    tapPlugin(),
    offlinePlugin(),
    abortListenersPlugin(),
    httpsOriginPlugin(),
    referenceApiStartPlugin(),
    testServerCommandsPlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: new URL('./tsconfig.json', import.meta.url).pathname,
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
