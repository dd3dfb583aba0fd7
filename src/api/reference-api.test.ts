/**
 * The reference API (demo/api) for real, over HTTP from the browser: the endpoint protocol plus
 * DELETE and the test of a saved connector, on each store it runs on (the test server's PGlite in
 * memory, PGlite in a data folder, Postgres over the wire through `pg`), credentials sealed at
 * rest, key rotation, and the hardening of issue 16. Servers other than the test server's own are
 * started by test-server commands (demo/api/test-server-commands.mjs) on free 127.0.0.1 ports.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { freshApi, shopifyPayload, SHOPIFY_TOKEN } from '../test/fixtures.js';
import { serverCommand } from '../test/server-command.js';

type Started = { started: true; id: string; url: string } | { started: false; error: string };
type Problem = { type: string; status: number; detail?: string; errors?: { pointer: string; detail: string }[] };
type Stored = Record<string, unknown> & { id: string; name: string };

/** Every command here may outlast the runner's 20 s for an answer on a loaded machine: see src/test/server-command.ts. */
const command = <T>(name: string, payload?: unknown) => serverCommand<T>(name, payload);

/** Runs `run` against a reference API started on its own database and key, and stops it afterwards. */
async function onInstance(database: 'pglite' | 'postgres', run: (instance: Extract<Started, { started: true }>) => Promise<void>, key: 'file' | 'env' = 'file') {
  const started = await command<Started>('reference-api-instance', { database, key });
  if (!started.started) throw new Error(`The reference API did not start: ${started.error}`);
  try {
    await run(started);
  } finally {
    await command('reference-api-instance-stop', { id: started.id });
  }
}

const hex = (bytes: number) => [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
/** A Shopify access token no other test uses (the catalogue's pattern: shpat_ and 32 hex digits). */
const token = () => `shpat_${hex(16)}`;

/** The endpoint protocol at `base` (`…/api` or `…/api/ns/<id>`), as a client calls it. */
function client(base: string) {
  const endpoint = `${base}/connectors`;
  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${endpoint}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  return {
    endpoint,
    send,
    create: (payload: unknown, key: string = crypto.randomUUID()) => send('POST', '', payload, { 'Idempotency-Key': key }),
    list: async () => (await (await send('GET', '')).json()) as Stored[],
    patch: (id: string, changes: unknown) => send('PATCH', `/${id}`, changes),
    remove: (id: string) => send('DELETE', `/${id}`),
    test: (id: string) => send('POST', `/${id}/test`),
  };
}

/** Creates, replays, races, lists, edits, tests and deletes, as an integrator's server would see it. */
async function protocolScenario(base: string) {
  const api = client(base);
  const first = token();
  const payload = shopifyPayload({ credentials: { shop: 'my-store', accessToken: first } });

  const key = crypto.randomUUID();
  const created = await api.create(payload, key);
  expect(created.status).to.equal(201);
  const connector = (await created.json()) as Stored;
  expect(connector).to.include({ name: 'Shopify UK', system: 'shopify', group: 'uk', environment: 'live' });
  expect(connector).to.not.have.property('credentials');
  expect(created.headers.get('location')).to.match(new RegExp(`/connectors/${connector.id}$`));

  // The same key and body: the same 201, no second connector; the key with another body: 422.
  const replayed = await api.create(payload, key);
  expect(replayed.status).to.equal(201);
  expect(((await replayed.json()) as Stored).id).to.equal(connector.id);
  const reused = await api.create({ ...payload, credentials: { shop: 'my-store', accessToken: token() } }, key);
  expect(reused.status).to.equal(422);
  expect(((await reused.json()) as Problem).type).to.match(/\/idempotency-key-reuse$/);

  // 20 creates at once for one slot, each with its own key: exactly one wins.
  const racers = await Promise.all(
    Array.from({ length: 20 }, () => api.create(shopifyPayload({ environment: 'test', credentials: { shop: 'my-store', accessToken: token() } }))),
  );
  const statuses = racers.map((r) => r.status);
  expect(
    statuses.filter((s) => s === 201),
    statuses.join(),
  ).to.have.length(1);
  expect(
    statuses.filter((s) => s === 409),
    statuses.join(),
  ).to.have.length(19);
  const conflict = (await racers.find((r) => r.status === 409)!.json()) as Problem;
  expect(conflict.type).to.match(/\/duplicate-connector$/);
  expect(conflict.errors?.[0]?.pointer).to.equal('/environment');

  const listed = await api.list();
  expect(listed.map((c) => c.environment).sort()).to.deep.equal(['live', 'test']);
  expect(JSON.stringify(listed)).to.not.contain('shpat_').and.not.contain('credentials');

  // The saved connector is tested with its stored credentials.
  const tested = await api.test(connector.id);
  expect(tested.status).to.equal(200);
  expect(await tested.json()).to.deep.include({ ok: true, account: 'my-store.myshopify.com' });

  // An edit: the new non-secret value is stored sealed with the rest, and used by the next test.
  const edited = await api.patch(connector.id, { name: 'Shopify UK (renamed)', credentials: { shop: 'wrong-store' } });
  expect(edited.status).to.equal(200);
  const editedBody = await edited.text();
  expect(JSON.parse(editedBody)).to.include({ id: connector.id, name: 'Shopify UK (renamed)' });
  expect(editedBody).to.not.contain('wrong-store').and.not.contain(first);
  const refused = await api.test(connector.id);
  expect(refused.status).to.equal(422);
  expect(((await refused.json()) as Problem).errors?.map((e) => e.pointer)).to.include('/credentials/shop');
  expect((await api.patch(connector.id, { credentials: { shop: 'my-store' } })).status).to.equal(200);
  expect((await api.test(connector.id)).status).to.equal(200);
  // Into the taken testing slot: 409 on the environment.
  const moved = await api.patch(connector.id, { environment: 'test' });
  expect(moved.status).to.equal(409);
  expect(((await moved.json()) as Problem).type).to.match(/\/duplicate-connector$/);

  const removed = await api.remove(connector.id);
  expect(removed.status).to.equal(204);
  expect(await removed.text()).to.equal('');
  expect((await api.remove(connector.id)).status).to.equal(404);
  expect((await api.test(connector.id)).status).to.equal(404);
  expect((await api.patch(connector.id, { name: 'Gone' })).status).to.equal(404);
  expect((await api.list()).map((c) => c.environment)).to.deep.equal(['test']);
  // The live slot is free again.
  expect((await api.create(shopifyPayload({ credentials: { shop: 'my-store', accessToken: token() } }))).status).to.equal(201);
}

describe('reference API: the endpoint protocol on every store', function () {
  this.timeout(60_000);

  it("on the test server's PGlite in memory", async () => {
    await protocolScenario(freshApi().endpoint.replace(/\/connectors$/, ''));
  });

  it('on PGlite in a data folder (the default of `npm start` and `npm run api`)', async () => {
    await onInstance('pglite', (instance) => protocolScenario(instance.url));
  });

  it('on Postgres over the wire (DATABASE_URL, through pg, to PGlite behind PGLiteSocketServer)', async () => {
    await onInstance('postgres', (instance) => protocolScenario(instance.url));
  });

  it('two edits of one connector at once, on Postgres over the wire: both answered 200, and neither is lost', async () => {
    await onInstance('postgres', async (instance) => {
      const api = client(instance.url);
      for (let round = 0; round < 10; round++) {
        const { id } = (await (await api.create(shopifyPayload({ credentials: { shop: 'my-store', accessToken: token() } }))).json()) as Stored;
        // Each reads the connector, merges its change and writes it whole: one credential, one name.
        const edits = await Promise.all([api.patch(id, { credentials: { shop: 'second-store' } }), api.patch(id, { name: `Renamed ${round}` })]);
        expect(
          edits.map((r) => r.status),
          `round ${round}`,
        ).to.deep.equal([200, 200]);
        expect(((await (await api.send('GET', `/${id}`)).json()) as Stored).name, `round ${round}`).to.equal(`Renamed ${round}`);
        expect(((await (await api.test(id)).json()) as { account?: string }).account, `round ${round}`).to.equal('second-store.myshopify.com');
        expect((await api.remove(id)).status).to.equal(204);
      }
    });
  });
});

type Scan = { files: number; bytes: number; found: Record<string, string[]> };
type Rotation = {
  code: number;
  output: string;
  url: string;
  keyIds: { before: string; after: string };
  sealedWith: { keyId: string; count: number }[];
  oldKey?: { id: string; mode: string };
};

describe("reference API: the test endpoint's checks", function () {
  // One test starts an instance of its own (a catalogue of its own), as the other groups here do.
  this.timeout(60_000);
  type Check = { id: string; label: string; status: 'passed' | 'failed' | 'skipped'; detail?: string; pointer?: string };
  type Tested = Problem & { ok?: true; account?: string; checks?: Check[] };
  const test = async (payload: Record<string, unknown>) => {
    const response = await fetch(freshApi().testEndpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) });
    return { status: response.status, body: (await response.json()) as Tested };
  };
  const statuses = (body: Tested) => Object.fromEntries((body.checks ?? []).map((c) => [c.id, c.status]));
  const netsuite = (environment: 'live' | 'test', accountId: string, tokenSecret = 'ts-4') =>
    shopifyPayload({
      system: 'netsuite',
      environment,
      authType: 'token-based-auth',
      credentials: { accountId, consumerKey: 'ck-1', consumerSecret: 'cs-2', tokenId: 'ti-3', tokenSecret },
    });

  it('all four checks, in order, with the account: format and environment passed where the catalogue can tell', async () => {
    const { status, body } = await test(netsuite('test', '1234567_SB1'));
    expect(status).to.equal(200);
    expect(body.account).to.equal('NetSuite account 1234567_SB1 (sandbox)');
    expect(body.checks!.map((c) => c.id)).to.deep.equal(['format', 'account', 'permissions', 'environment']);
    expect(statuses(body)).to.deep.equal({ format: 'passed', account: 'passed', permissions: 'passed', environment: 'passed' });
    expect(body.checks!.find((c) => c.id === 'environment')!.label).to.equal('Matches a testing account');
  });

  it('skips what it cannot tell, saying why', async () => {
    const { status, body } = await test(shopifyPayload());
    expect(status).to.equal(200);
    const environment = body.checks!.find((c) => c.id === 'environment')!;
    expect(environment.status).to.equal('skipped');
    expect(environment.detail).to.equal('No way to tell live from testing credentials for this system');
  });

  it('environment passed only when a value matches its own pattern: matching neither is skipped', async () => {
    // A NetSuite production account ID matches the live pattern; one with another suffix matches neither.
    expect(statuses((await test(netsuite('live', '1234567'))).body).environment).to.equal('passed');
    const { status, body } = await test(netsuite('live', '1234567_RP'));
    expect(status).to.equal(200);
    const environment = body.checks!.find((c) => c.id === 'environment')!;
    expect(environment.status).to.equal('skipped');
    expect(environment.detail).to.equal('Nothing in these credentials shows whether they are for a live or a testing account');
  });

  it("the other environment's account: environment failed on its field, in the problem's errors too", async () => {
    const { status, body } = await test(netsuite('live', '1234567_SB1'));
    expect(status).to.equal(422);
    expect(body.type).to.match(/\/credentials-rejected$/u);
    const environment = body.checks!.find((c) => c.id === 'environment')!;
    expect(environment).to.include({ status: 'failed', pointer: '/credentials/accountId', label: 'Matches a live account' });
    expect(environment.detail).to.contain('looks like a testing one, but this connector is live');
    expect(body.errors).to.deep.include({ pointer: '/credentials/accountId', detail: environment.detail });
  });

  it('a read-only secret: permissions failed on that secret, the account still named', async () => {
    const { status, body } = await test(netsuite('test', '1234567_SB1', 'ReadOnly-secret'));
    expect(status).to.equal(422);
    expect(statuses(body)).to.deep.include({ account: 'passed', permissions: 'failed' });
    expect(body.checks!.find((c) => c.id === 'permissions')!.pointer).to.equal('/credentials/tokenSecret');
    expect(body.account).to.equal('NetSuite account 1234567_SB1 (sandbox)');
    expect(JSON.stringify(body), 'never echoes a secret').to.not.contain('ReadOnly-secret');
  });

  it('an unknown account: account failed on its field, permissions skipped, no account named', async () => {
    const { status, body } = await test(shopifyPayload({ credentials: { shop: 'unknown-shop', accessToken: SHOPIFY_TOKEN } }));
    expect(status).to.equal(422);
    expect(statuses(body)).to.deep.include({ account: 'failed', permissions: 'skipped' });
    expect(body.checks!.find((c) => c.id === 'account')!.pointer).to.equal('/credentials/shop');
    expect(body).to.not.have.property('account');
  });

  it('an empty environment pattern tells nothing, as the widget reads it: it never fails a value of the other environment', async () => {
    const catalogue = await (await fetch('/demo/sample-catalogue.json')).json();
    const shipstation = catalogue.systems.find((s: { id: string }) => s.id === 'shipstation');
    shipstation.authTypes.find((a: { id: string }) => a.id === 'v2-api-key').fields[0].environmentPatterns = { live: '^LIVE_', test: '' };
    const started = await command<Started>('reference-api-instance', { database: 'pglite', catalogue });
    if (!started.started) throw new Error(`The reference API did not start: ${started.error}`);
    try {
      const payload = shopifyPayload({ system: 'shipstation', environment: 'live', authType: 'v2-api-key', credentials: { apiKey: 'a1b2c3d4e5f6' } });
      const response = await fetch(`${started.url}/connectors/test`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) });
      const body = (await response.json()) as Tested;
      expect(body.checks?.find((c) => c.id === 'environment')?.status, JSON.stringify(body)).to.not.equal('failed');
      expect(JSON.stringify(body)).to.not.contain('looks like a testing one');
    } finally {
      await command('reference-api-instance-stop', { id: started.id });
    }
  });

  it("a value off its field's pattern is refused before any check, as a create is", async () => {
    const { status, body } = await test(netsuite('test', '1234567 SB1'));
    expect(status).to.equal(422);
    expect(body.type).to.match(/\/invalid-connector$/u);
    expect(body.errors!.map((e) => e.pointer)).to.deep.equal(['/credentials/accountId']);
    expect(body).to.not.have.property('checks');
  });
});

describe('reference API: credentials at rest', function () {
  this.timeout(60_000);

  it('a canary secret sent by a real POST and PATCH is nowhere on disk, in clear, base64 or hex; a key rotation keeps every connector working, and the old key', async () => {
    await onInstance('pglite', async (instance) => {
      const api = client(instance.url);
      const name = `Name canary ${hex(12)}`;
      const [firstToken, secondToken, clientSecret] = [token(), token(), `canary-secret-${hex(16)}`];
      const live = (await (await api.create(shopifyPayload({ name, credentials: { shop: 'my-store', accessToken: firstToken } }))).json()) as Stored;
      const test = await api.create(
        shopifyPayload({
          name: 'Client credentials',
          environment: 'test',
          authType: 'client-credentials',
          credentials: { shop: 'my-store', clientId: 'client-1', clientSecret },
        }),
      );
      expect(test.status).to.equal(201);
      const other = (await test.json()) as Stored;
      expect((await api.patch(live.id, { credentials: { accessToken: secondToken } })).status).to.equal(200);

      const scan = await command<Scan>('reference-api-scan', { id: instance.id, needles: [name, firstToken, secondToken, clientSecret] });
      expect(scan.files).to.be.greaterThan(100);
      // The control: what is stored in clear (a name) is found, so the data did reach the disk.
      expect(scan.found[name]).to.include('clear');
      expect(scan.found[firstToken], 'the token sent by POST').to.deep.equal([]);
      expect(scan.found[secondToken], 'the token sent by PATCH').to.deep.equal([]);
      expect(scan.found[clientSecret], 'a free-text secret').to.deep.equal([]);

      // `npm run api:rotate-key` on the stopped server's folder, then the server again.
      const rotation = await command<Rotation>('reference-api-rotate', { id: instance.id });
      expect(rotation.code, rotation.output).to.equal(0);
      expect(rotation.output).to.contain('Re-encrypted 2 connectors');
      for (const secret of [firstToken, secondToken, clientSecret]) expect(rotation.output).to.not.contain(secret);
      expect(rotation.keyIds.after).to.not.equal(rotation.keyIds.before);
      expect(rotation.sealedWith).to.deep.equal([{ keyId: rotation.keyIds.after, count: 2 }]);
      // The old key is kept beside the new one (a backup made before the rotation needs it), readable by its owner only.
      expect(rotation.oldKey).to.deep.equal({ id: rotation.keyIds.before, mode: '600' });
      expect(rotation.output).to.contain('connector-api.key.old');
      const rotated = client(rotation.url);
      const liveTest = await rotated.test(live.id);
      expect(liveTest.status).to.equal(200);
      expect(await liveTest.json()).to.deep.include({ ok: true, account: 'my-store.myshopify.com' });
      expect((await rotated.test(other.id)).status).to.equal(200);
    });
  });

  it('rotates a key given in CONNECTOR_API_KEY to CONNECTOR_API_KEY_NEW', async () => {
    await onInstance(
      'pglite',
      async (instance) => {
        const created = (await (await client(instance.url).create(shopifyPayload({ credentials: { shop: 'my-store', accessToken: token() } }))).json()) as Stored;
        const rotation = await command<Rotation>('reference-api-rotate', { id: instance.id });
        expect(rotation.code, rotation.output).to.equal(0);
        expect(rotation.output).to.contain('set CONNECTOR_API_KEY to the new key');
        expect(rotation.sealedWith).to.deep.equal([{ keyId: rotation.keyIds.after, count: 1 }]);
        expect((await client(rotation.url).test(created.id)).status).to.equal(200);
      },
      'env',
    );
  });

  it('on Postgres, a running API holds the in-use lock that a key rotation needs exclusively (shared), and lets it go when it stops', async () => {
    // PGlite's socket server has one session, so its connections never conflict: the lock is checked, the refusal needs a real server.
    await onInstance('postgres', async (instance) => {
      const locks = await command<{ running: string[]; stopped: string[] }>('reference-api-locks', { id: instance.id });
      expect(locks.running).to.deep.equal(['ShareLock']);
      expect(locks.stopped).to.deep.equal([]);
    });
  });

  it('refuses to start with a malformed CONNECTOR_API_KEY, saying what a key looks like (and never echoing it)', async () => {
    const started = await command<Started>('reference-api-instance', { database: 'pglite', key: 'malformed' });
    expect(started.started).to.equal(false);
    const error = (started as { error: string }).error;
    expect(error).to.contain('CONNECTOR_API_KEY').and.contain('base64 of exactly 32 random bytes');
    expect(error).to.not.contain('not-a-key-but-a-password');

    const main = await command<{ code: number; output: string }>('reference-api-main', { env: { CONNECTOR_API_KEY: 'hunter2' } });
    expect(main.code).to.equal(1);
    expect(main.output).to.contain('CONNECTOR_API_KEY is not a valid key').and.not.contain('hunter2');
  });

  it('`npm run api` starts the API alone on 127.0.0.1, prints its URL, and creates its key file with mode 0600', async () => {
    const main = await command<{ code: number; output: string; url?: string; groupsStatus?: number }>('reference-api-main', {});
    expect(main.url, main.output).to.match(/^http:\/\/127\.0\.0\.1:\d+\/api\/connectors$/);
    expect(main.groupsStatus).to.equal(200);
    // The key file it created on first start is readable by its owner only.
    expect((main as { keyFileMode?: string }).keyFileMode).to.equal('600');
    expect(main.output).to.contain('PGlite in').and.contain('connector-api.key');
  });
});

describe('reference API: hardening', function () {
  this.timeout(60_000);

  const base = () => freshApi().endpoint.replace(/\/connectors$/, '');
  const stats = async (at: string) => (await (await fetch(`${at}/__stats`)).json()) as { connectors: number; connectorBytes: number };
  /** Nothing a person could use to attack the server: no stack trace, no path on this machine. */
  const expectNoInternals = (text: string) => {
    expect(text).to.not.match(/\bat .+:\d+:\d+/);
    expect(text).to.not.match(/\/(?:work|home|tmp|usr|Users|root)\//);
    expect(text).to.not.contain('node_modules').and.not.contain('Error:');
  };

  it('POST and PATCH alike refuse a body that is not sent as application/json (415), and change nothing', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shop live' }));
    const [stored] = (await api.connectors()) as { id: string; name: string }[];
    const patched = await fetch(`${api.endpoint}/${stored!.id}`, { method: 'PATCH', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ name: 'Renamed' }) });
    expect(patched.status).to.equal(415);
    expectNoInternals(await patched.text());
    expect(((await api.connectors()) as { name: string }[]).map((c) => c.name)).to.deep.equal(['Shop live']);
    const posted = await fetch(api.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify(shopifyPayload()),
    });
    expect(posted.status).to.equal(415);
    // Another JSON media type is another format (a JSON Patch is not a connector); parameters after the type are fine.
    const patch = await fetch(`${api.endpoint}/${stored!.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json-patch+json' },
      body: JSON.stringify({ name: 'Renamed' }),
    });
    expect(patch.status, 'application/json-patch+json').to.equal(415);
    const withCharset = await fetch(`${api.endpoint}/${stored!.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ name: 'Renamed' }),
    });
    expect(withCharset.status, 'application/json with a charset').to.equal(200);
  });

  it('a dropped connection queued with delayMs waits that long before it drops', async () => {
    const api = freshApi();
    await api.faults({ kind: 'drop', delayMs: 800 });
    const start = performance.now();
    const failed = await fetch(api.endpoint).then(
      () => false,
      () => true,
    );
    expect(failed, 'dropped').to.equal(true);
    expect(performance.now() - start, 'waited before dropping').to.be.greaterThan(700);
  });

  it('a late fault held by the test creates the connector at once and answers only once released', async () => {
    const api = freshApi();
    await api.faults({ kind: 'late', held: true, method: 'POST' });
    let answered = false;
    const creating = fetch(api.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify(shopifyPayload()),
    }).then((r) => {
      answered = true;
      return r;
    });
    try {
      await waitUntil(async () => (await api.connectors()).length === 1, 'created while its answer is held', { timeout: 5000 });
      expect(answered, 'no answer before the release').to.equal(false);
    } finally {
      await api.release();
    }
    expect((await creating).status, 'answered once released').to.equal(201);
  });

  it('a held fault of another kind still holds the request before it is handled', async () => {
    const api = freshApi();
    await api.faults({ kind: 'slow', held: true, method: 'POST' });
    const creating = fetch(api.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify(shopifyPayload()),
    });
    try {
      await waitUntil(async () => (await api.log()).length === 1, 'the request came', { timeout: 5000 });
      expect(await api.connectors(), 'nothing created while held').to.deep.equal([]);
    } finally {
      await api.release();
    }
    expect((await creating).status, 'handled once released').to.equal(201);
    expect(await api.connectors(), 'created once released').to.have.length(1);
  });

  it('a NUL character or an unpaired surrogate in a stored string is refused with a 422 on its field, never a 500 or a changed value', async () => {
    const api = client(base());
    const clientSecret = (secret: string) =>
      shopifyPayload({ environment: 'test', authType: 'client-credentials', credentials: { shop: 'my-store', clientId: 'client-1', clientSecret: secret } });
    const refused = async (response: Response, pointer: string, what: string) => {
      expect(response.status, what).to.equal(422);
      const problem = (await response.json()) as Problem;
      expect(problem.type, what).to.match(/\/invalid-connector$/u);
      expect(
        problem.errors?.map((e) => e.pointer),
        what,
      ).to.deep.equal([pointer]);
    };
    for (const [payload, pointer] of [
      [shopifyPayload({ name: 'Shop\u0000UK' }), '/name'],
      [shopifyPayload({ name: 'Shop \ud800 UK' }), '/name'],
      [shopifyPayload({ dateFormat: "yyyy'\u0000'MM" }), '/dateFormat'],
      [clientSecret('sec\u0000ret'), '/credentials/clientSecret'],
      [clientSecret('sec\udc00ret'), '/credentials/clientSecret'],
    ] as const) {
      await refused(await api.create(payload), pointer, `POST ${pointer}`);
      await refused(await api.send('POST', '/test', payload), pointer, `POST /test ${pointer}`);
    }
    expect(await api.list()).to.deep.equal([]);
    const { id } = (await (await api.create(shopifyPayload())).json()) as Stored;
    for (const [changes, pointer] of [
      [{ name: 'Shop\u0000UK' }, '/name'],
      [{ name: 'Shop \udbff' }, '/name'],
      [{ dateFormat: "yyyy'\ud800'MM" }, '/dateFormat'],
      [{ authType: 'client-credentials', credentials: { shop: 'my-store', clientId: 'client-1', clientSecret: '\u0000' } }, '/credentials/clientSecret'],
    ] as const)
      await refused(await api.patch(id, changes), pointer, `PATCH ${pointer}`);
    const [after] = await api.list();
    expect(after).to.include({ name: 'Shopify UK', dateFormat: shopifyPayload().dateFormat, authType: 'access-token' });
  });

  it("a folder lock naming this process's pid that it does not hold (a crashed run, restarted as pid 1 in a container) is stale; one it holds still refuses", async () => {
    const started = await command<Started>('reference-api-instance', { database: 'pglite', staleLock: true });
    if (!started.started) throw new Error(`The reference API did not start: ${started.error}`);
    try {
      expect((await client(started.url).create(shopifyPayload())).status).to.equal(201);
      const again = await command<{ started: boolean; error?: string }>('reference-api-open-again', { id: started.id });
      expect(again.started).to.equal(false);
      expect(again.error).to.contain('is in use by another process').and.contain('this one');
    } finally {
      await command('reference-api-instance-stop', { id: started.id });
    }
  });

  it('a folder lock taken on another host (a container sharing the folder) is never taken for stale, whatever its pid', async () => {
    const started = await command<Started>('reference-api-instance', { database: 'pglite', staleLock: 'other-host' });
    if (started.started) throw new Error('It started beside a lock taken on another host.');
    expect(started.error).to.contain('is in use by process').and.contain('on other-host').and.contain('pglite.lock');
  });

  it('PATCH changes only the editable fields: others are refused with a pointer, never stored or returned', async () => {
    const at = base();
    const api = client(at);
    const { id } = (await (await api.create(shopifyPayload())).json()) as Stored;
    const refused = await api.patch(id, { name: 'New name', secret: 'hunter2', createdAt: '1970-01-01T00:00:00Z', nested: { a: 1 } });
    expect(refused.status).to.equal(422);
    const problem = (await refused.json()) as Problem;
    expect(problem.errors?.map((e) => e.pointer).sort()).to.deep.equal(['/createdAt', '/nested', '/secret']);
    expect(JSON.stringify(problem)).to.not.contain('hunter2');
    const system = await api.patch(id, { system: 'bigcommerce' });
    expect(((await system.json()) as Problem).errors?.[0]?.pointer).to.equal('/system');
    const [after] = await api.list();
    expect(after).to.not.have.any.keys('secret', 'nested');
    expect(after!.name).to.equal('Shopify UK');
  });

  it('credentials sent in a PATCH are sealed and never come back, from PATCH or GET', async () => {
    const api = client(base());
    const { id } = (await (await api.create(shopifyPayload())).json()) as Stored;
    const secret = token();
    const patched = await api.patch(id, { credentials: { accessToken: secret } });
    expect(patched.status).to.equal(200);
    expect(await patched.text()).to.not.contain(secret);
    expect(JSON.stringify(await api.list())).to.not.contain(secret);
    expect(await (await api.send('GET', `/${id}`)).text()).to.not.contain(secret);
    expect((await api.test(id)).status).to.equal(200);
  });

  it('repeated large PATCHes cannot grow the store: every stored field is bounded', async () => {
    const at = base();
    const api = client(at);
    const { id } = (await (await api.create(shopifyPayload())).json()) as Stored;
    const before = await stats(at);
    const big = 'x'.repeat(900_000);
    for (let i = 0; i < 5; i++) {
      for (const changes of [{ notes: big }, { name: big }, { credentials: { accessToken: `shpat_${big}` } }, { timeZone: big }, { dateFormat: big }, { group: big }]) {
        const r = await api.patch(id, changes);
        expect(r.status, Object.keys(changes).join()).to.equal(422);
      }
      // A free-text secret has no pattern: the server's own bound refuses it.
      const secret = await api.patch(id, { authType: 'client-credentials', credentials: { shop: 'my-store', clientId: 'c', clientSecret: 'y'.repeat(20_000) } });
      expect(((await secret.json()) as Problem).errors?.map((e) => e.pointer)).to.deep.equal(['/credentials/clientSecret']);
      expect((await api.patch(id, { name: `Renamed ${i}`, credentials: { accessToken: token() } })).status).to.equal(200);
    }
    const after = await stats(at);
    expect(after.connectors).to.equal(1);
    expect(after.connectorBytes - before.connectorBytes).to.be.lessThan(64);
  });

  it('a deeply nested JSON body under 1 MB gets a 400 problem, never a 500 or internals; over 1 MB a 413', async () => {
    const at = base();
    const api = client(at);
    const { id } = (await (await api.create(shopifyPayload())).json()) as Stored;
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const deepObject = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
    for (const [method, path, body] of [
      ['POST', '', deep],
      ['POST', '', deepObject],
      ['POST', '/test', deep],
      ['PATCH', `/${id}`, deep],
    ] as const) {
      const r = await api.send(method, path, body, { 'Idempotency-Key': crypto.randomUUID() });
      expect(r.status, `${method} ${path}`).to.equal(400);
      expect(r.headers.get('content-type')).to.contain('application/problem+json');
      const text = await r.text();
      expect(JSON.parse(text).detail).to.contain('nested');
      expectNoInternals(text);
    }
    // A saved connector's test takes no body: one sent is never parsed.
    expect((await api.send('POST', `/${id}/test`, deep)).status).to.equal(200);
    const faults = await fetch(`${at}/__faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: deep });
    expect(faults.status).to.equal(400);
    const huge = await api.create(JSON.stringify({ ...shopifyPayload(), name: 'x'.repeat(1024 * 1024) }));
    expect(huge.status).to.equal(413);
    expectNoInternals(await huge.text());
  });

  it('revisions: 1 when created, one more per PATCH that changes something; If-Match decides (412 when stale, * for any), absent it edits as before', async () => {
    const api = client(base());
    const { id, revision } = (await (await api.create(shopifyPayload())).json()) as Stored;
    expect(revision).to.equal('1');
    const patch = (changes: unknown, headers: Record<string, string>) => api.send('PATCH', `/${id}`, changes, headers);
    const renamed = await patch({ name: 'Renamed' }, { 'If-Match': '"1"' });
    expect(renamed.status).to.equal(200);
    expect(((await renamed.json()) as Stored).revision).to.equal('2');
    // The same value again changes nothing: the revision stays.
    expect(((await (await patch({ name: 'Renamed' }, { 'If-Match': '"2"' })).json()) as Stored).revision).to.equal('2');
    const stale = await patch({ name: 'Mine' }, { 'If-Match': '"1"' });
    expect(stale.status).to.equal(412);
    expect(stale.headers.get('content-type')).to.match(/^application\/problem\+json/);
    expect(((await stale.json()) as Problem).type).to.match(/\/connector-changed$/);
    expect((await patch({ name: 'Mine' }, { 'If-Match': 'W/"2"' })).status).to.equal(412);
    expect((await api.list()).map((c) => [c.name, c.revision])).to.deep.equal([['Renamed', '2']]);
    expect((await patch({ name: 'Any' }, { 'If-Match': '*' })).status).to.equal(200);
    expect((await patch({ name: 'Plain' }, {})).status).to.equal(200);
    expect((await api.list()).map((c) => [c.name, c.revision])).to.deep.equal([['Plain', '4']]);
    expect((await api.send('PATCH', `/${crypto.randomUUID()}`, { name: 'X' }, { 'If-Match': '*' })).status).to.equal(404);
  });

  it('a PATCH with an Idempotency-Key is replayed before If-Match is checked: a retry after a lost 200 gets that 200, never a 412; the key with another body is a 422', async () => {
    const api = client(base());
    const { id } = (await (await api.create(shopifyPayload())).json()) as Stored;
    const key = crypto.randomUUID();
    const send = (changes: unknown) => api.send('PATCH', `/${id}`, changes, { 'If-Match': '"1"', 'Idempotency-Key': key });
    const first = await send({ name: 'Once' });
    expect(first.status).to.equal(200);
    const again = await send({ name: 'Once' });
    expect(again.status).to.equal(200);
    expect(await again.json()).to.deep.equal(await first.json());
    const other = await send({ name: 'Twice' });
    expect(other.status).to.equal(422);
    expect(((await other.json()) as Problem).type).to.match(/\/idempotency-key-reuse$/);
    expect((await api.list()).map((c) => [c.name, c.revision])).to.deep.equal([['Once', '2']]);
  });

  it('idempotency keys replay for 24 hours, then are forgotten', async () => {
    const at = base();
    const api = client(at);
    const advance = (hours: number) =>
      fetch(`${at}/__clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ advanceMs: hours * 3600_000 }) });
    const key = crypto.randomUUID();
    const payload = shopifyPayload();
    const { id } = (await (await api.create(payload, key)).json()) as Stored;
    await advance(23);
    const replayed = await api.create(payload, key);
    expect(replayed.status).to.equal(201);
    expect(((await replayed.json()) as Stored).id).to.equal(id);
    await advance(2);
    // Forgotten: the same body is a new create (and the slot is taken), another body is no reuse.
    expect((await api.create(payload, key)).status).to.equal(409);
    expect((await api.create(shopifyPayload({ environment: 'test' }), key)).status).to.equal(201);
    expect(await api.list()).to.have.length(2);
  });
});

type ViteStarted = { url: string; root: string; files: { path: string; sha256: string; text?: string }[] };

describe('reference API: the data folder through the dev server', function () {
  this.timeout(60_000);
  let vite: ViteStarted;
  before(async () => {
    vite = await command<ViteStarted>('vite-dev-start');
  });
  after(async () => {
    await command('vite-dev-stop');
  });

  const sha256 = async (bytes: ArrayBuffer) => hex2(await crypto.subtle.digest('SHA-256', bytes));
  const hex2 = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

  it('never serves the database, the key file or anything else in .data/, whatever the path', async () => {
    expect(vite.files.map((f) => f.path.slice(vite.root.length))).to.have.length(4);
    for (const file of vite.files) {
      const inRepo = file.path.slice(vite.root.length); // /.data/vite-test-…/…
      const viaFs = [
        `/@fs${file.path}`,
        `/@fs${file.path}?raw`,
        `/@fs${file.path}?import&raw??`,
        `/@fs${file.path}?url`,
        `/@fs${file.path}?inline`,
        `/@fs${file.path}?direct`,
      ];
      const relative = [`/..${inRepo}`, `/%2e%2e${inRepo}`, `/@fs${vite.root}/demo/%2e%2e${inRepo}`, inRepo, `${inRepo}?raw`];
      for (const path of [...viaFs, ...relative]) {
        const r = await fetch(`${vite.url}${path}`);
        const body = await r.arrayBuffer();
        if (viaFs.includes(path)) expect([403, 404], `${path}: ${r.status}`).to.include(r.status);
        expect(await sha256(body), path).to.not.equal(file.sha256);
        if (file.text) expect(new TextDecoder().decode(body), path).to.not.contain(file.text);
      }
      // Nor does the test server, which serves this package's folder.
      const here = await fetch(inRepo);
      expect(here.status, inRepo).to.equal(404);
    }
  });

  it('answers a deeply nested body with a 400 problem, not the dev server error page', async () => {
    const r = await fetch(`${vite.url}/api/connectors`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    });
    expect(r.status).to.equal(400);
    expect(r.headers.get('content-type')).to.contain('application/problem+json');
    const text = await r.text();
    expect(text)
      .to.not.contain(vite.root)
      .and.not.match(/\bat .+:\d+:\d+/);
  });
});

describe('server commands that take longer than 20 s', function () {
  this.timeout(120_000);

  it('a dev server that takes 25 s to start still answers, and a stop sent meanwhile waits for it, then stops it and removes its data folder', async () => {
    const starting = command<ViteStarted>('vite-dev-start', { delayMs: 25_000 });
    const stopping = command<{ stopped: boolean }>('vite-dev-stop');
    const [started, stopped] = await Promise.all([starting, stopping]);
    expect(started.url).to.match(/^http:\/\/localhost:\d+$|^http:\/\/127\.0\.0\.1:\d+$|^http:\/\/\[::1\]:\d+$/);
    expect(stopped).to.deep.equal({ stopped: true, waitedForStart: true, dataLeft: false });
    let closed = false;
    await fetch(`${started.url}/api/groups`).catch(() => (closed = true));
    expect(closed, 'the dev server is closed').to.equal(true);
  });
});
