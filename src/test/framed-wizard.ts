/**
 * The driver of src/test/framed-wizard.html: a Shopify wizard in a frame its parent cannot reach
 * into (sandboxed, or on another site), which does what `?do=` says and posts to its parent what
 * it saw, once:
 * - `finish`: whether the draft loaded, the notices, then the whole flow to `connector-created`;
 * - `type`: types `?name=` on General and saves the draft;
 * - `read`: the name General shows (the draft restored, or not) and the drafts listed.
 * Opened as a window of its own, it posts to its opener. Every `connector-wizard-error` and anything thrown or rejected that nothing caught is posted too.
 */
import '../define.js';
import { listDrafts } from '../storage/draft-store.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { advanceTo, currentStepId, inStep, settle, type } from './fixtures.js';

const query = new URLSearchParams(location.search);
const uncaught: string[] = [];
addEventListener('error', (e) => uncaught.push(String(e.error ?? e.message)));
addEventListener('unhandledrejection', (e) => uncaught.push(String(e.reason)));
const errors: string[] = [];
addEventListener('connector-wizard-error', (e) => errors.push(`${(e as CustomEvent).detail.kind}: ${(e as CustomEvent).detail.message}`));

async function run(): Promise<Record<string, unknown>> {
  const el = document.createElement('connector-wizard') as ConnectorWizard;
  el.draftDatabase = query.get('db') ?? 'framed';
  el.setAttribute('catalogue-src', '/demo/sample-catalogue.json');
  el.setAttribute('system', 'shopify');
  el.setAttribute('draft-id', query.get('draft-id') ?? 'default');
  document.body.append(el);
  await settle(el);
  // TypeScript-private: what the wizard knows of its draft, as the host cannot ask it.
  const said = { origin: self.origin, step: currentStepId(el), status: el['draft'].status } as Record<string, unknown>;
  const notices = () => [...el.shadowRoot!.querySelectorAll('[data-notice]')].map((n) => `${n.getAttribute('data-notice')}: ${n.textContent!.trim()}`);
  if (query.get('do') === 'type') {
    await type(el, '#field-name', query.get('name') ?? '');
    said.saved = await el.saveDraft();
  } else if (query.get('do') === 'read') {
    said.name = inStep<HTMLInputElement>(el, '#field-name')?.value;
    said.drafts = (await listDrafts(el.draftDatabase!)).map((d) => d.id);
  } else {
    said.notices = notices();
    said.saved = await el.saveDraft();
    const created: unknown[] = [];
    el.addEventListener('connector-created', (e) => created.push((e as CustomEvent).detail.connector.name));
    await advanceTo(el, 'review');
    said.submitted = await el.submit();
    said.created = created;
    said.noticesAtEnd = notices();
  }
  return said;
}

run()
  .then(
    (said) => ({ ...said, errors, uncaught }),
    (error: unknown) => ({ failed: String(error), errors, uncaught }),
  )
  .then((said) => (opener ?? parent).postMessage(said, '*'));
