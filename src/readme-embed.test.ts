/**
 * README's "Embed it" snippet, as written there, run in a page of its own: the listener for
 * `connector-created` is on before anything can fail, so the connector reaches the host page
 * whether or not its own list of connectors could be fetched.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './test/wait.js';
import { DEFAULT_DRAFT_DATABASE } from './storage/draft-database.js';
import { advanceTo, currentStepId, freshApi, settle, shopifyPayload } from './test/fixtures.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';

type Host = Window & { created?: Record<string, unknown>; unhandled: string[] };

/** The README's first HTML block, with its paths made real and the host's comment made a record of what it got. */
async function readmeSnippet(endpoint: string): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const block = /```html\n([^]*?)```/u.exec(readme)?.[1];
  expect(block, 'README has an HTML snippet').to.be.a('string');
  const snippet = block!
    .replaceAll('/path/to/', '/dist/')
    .replace('/catalogue.json', '/demo/sample-catalogue.json')
    .replace('/api/connectors', endpoint)
    .replace(/\/\/ e\.detail\.connector is[^\n]*/u, 'window.created = e.detail.connector;');
  expect(snippet, 'the host records what it got').to.contain('window.created =');
  // The host page's uncaught errors and unhandled rejections (a module's top-level await that throws is reported as an error) are recorded from its start: the snippet should leave none.
  const watch = `<script>window.unhandled = []; addEventListener('unhandledrejection', (e) => unhandled.push(String(e.reason))); addEventListener('error', (e) => unhandled.push(String(e.message)));</script>`;
  return `<!doctype html><html lang="en"><head><title>README snippet</title>${watch}</head><body>${snippet}</body></html>`;
}

/** Runs the snippet in a frame and creates a connector through it: what the host page got. */
async function createThroughReadme(api: ReturnType<typeof freshApi>, listed: (wizard: ConnectorWizard) => boolean | Promise<boolean>) {
  const frame = document.createElement('iframe');
  frame.srcdoc = await readmeSnippet(api.endpoint);
  document.body.append(frame);
  try {
    await waitUntil(() => frame.contentDocument?.querySelector('connector-wizard')?.shadowRoot, 'upgraded', { timeout: 8000 });
    const wizard = frame.contentDocument!.querySelector('connector-wizard') as ConnectorWizard;
    await waitUntil(() => currentStepId(wizard) === 'system', 'first step', { timeout: 8000 });
    // The snippet's list request has had its answer (or lost it) before the person gets far.
    await waitUntil(() => listed(wizard), 'the list asked for', { timeout: 5000 });
    const existing = wizard.existingConnectors.length;
    await advanceTo(wizard, 'review');
    const ok = await wizard.submit();
    await settle(wizard);
    const host = frame.contentWindow as Host;
    return { ok, step: wizard.currentStep, existing, created: host.created?.['system'], unhandled: host.unhandled };
  } finally {
    frame.remove();
  }
}

/**
 * The snippet keeps its draft where any page does (the default database and `draft-id`), shared by
 * these tests' frames: the last one's draft may outlive its frame (removed as soon as it created,
 * before the draft's deletion was written), and would open on Review. Each starts with none.
 */
const noDrafts = () =>
  new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DEFAULT_DRAFT_DATABASE);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });

describe('README: the embed snippet', () => {
  beforeEach(noDrafts);

  it('as written, hands the connector to the host page and fills existingConnectors from the list', async function () {
    this.timeout(20000);
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Already there', environment: 'test' }));
    expect(await createThroughReadme(api, (wizard) => wizard.existingConnectors.length > 0)).to.deep.equal({
      ok: true,
      step: 'done',
      existing: 1,
      created: 'shopify',
      unhandled: [],
    });
  });

  it('as written, takes no list from an answer that is no list (an app s HTML fallback page, a problem), and still hands the connector over', async function () {
    this.timeout(20000);
    const api = freshApi();
    await api.faults({ kind: 'status', status: 200, method: 'GET', body: '<!doctype html><title>App</title>' });
    const asked = async () => (await api.log()).some((entry) => entry.method === 'GET');
    expect(await createThroughReadme(api, asked)).to.deep.equal({ ok: true, step: 'done', existing: 0, created: 'shopify', unhandled: [] });
  });

  it('as written, still hands the connector to the host page when its list request loses its connection', async function () {
    this.timeout(20000);
    const api = freshApi();
    await api.faults({ kind: 'drop', method: 'GET' });
    const asked = async () => (await api.log()).some((entry) => entry.method === 'GET' && entry.status === 'dropped');
    expect(await createThroughReadme(api, asked)).to.deep.equal({ ok: true, step: 'done', existing: 0, created: 'shopify', unhandled: [] });
  });
});
