/**
 * The "manage your connectors" page of a Patchworks-style platform, hosting <connector-wizard>.
 * It plays the integrator: connectors live behind the reference API (demo/api), which the
 * wizard POSTs to; the page lists what GET returns.
 */
import '../src/define.js';
import { listDrafts, oauthReturnDraftId, type Group, type StoredConnector } from '../src/index.js';

type Environment = 'live' | 'test';
type Connector = StoredConnector & { timeZone?: string };

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const wizard = $<HTMLElementTagNameMap['connector-wizard']>('connector-wizard');
const listView = $('#list-view');
const wizardView = $('#wizard-view');
const toast = $('#toast');
const listError = $('#list-error');
let activeTab: Environment = 'live';
let groups: Group[] = [];
let connectors: Connector[] = [];
const systemNames = new Map<string, string>();

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function refresh() {
  try {
    connectors = await getJson<Connector[]>('/api/connectors');
    listError.hidden = true;
  } catch (error) {
    listError.textContent = `The connectors could not be loaded (${(error as Error).message}). Reload the page to try again.`;
    listError.hidden = false;
  }
  renderPanels();
}

function renderPanels() {
  for (const env of ['live', 'test'] as const) {
    const panel = $(`#panel-${env}`);
    const cards = connectors
      .filter((c) => c.environment === env)
      .map((c) =>
        el(
          'article',
          { className: 'card' },
          el('h2', {}, c.name),
          el('p', {}, systemNames.get(c.system) ?? c.system),
          el('p', {}, `Company group: ${groups.find((g) => g.id === c.group)?.name ?? '—'}`),
          ...(c.timeZone ? [el('p', {}, `Time zone: ${c.timeZone}`)] : []),
        ),
      );
    const add = el('button', { type: 'button', className: 'add-tile' }, '+ Add connector');
    add.addEventListener('click', () => openWizard());
    panel.replaceChildren(...cards, add);
  }
}

/** Saved drafts (the wizard keeps one per draft-id), so a person can pick up where they stopped. */
async function renderDrafts() {
  const section = $('#drafts');
  let drafts: Awaited<ReturnType<typeof listDrafts>> = [];
  try {
    drafts = await listDrafts();
  } catch {
    // No storage: no drafts to offer.
  }
  section.hidden = drafts.length === 0;
  const steps: Record<string, string> = { system: 'System', general: 'General', timezone: 'Time zone', auth: 'Authentication', credentials: 'Credentials', review: 'Review' };
  $('#draft-list').replaceChildren(
    ...drafts.map((d) => {
      const button = el('button', { type: 'button', className: 'link' }, 'Continue');
      button.addEventListener('click', () => openWizard(d.id));
      const label = `${d.name || 'Untitled'} · ${d.system ? (systemNames.get(d.system) ?? d.system) : 'no system yet'} · ${steps[d.step] ?? d.step} · saved ${new Date(d.updatedAt).toLocaleString()}`;
      return el('li', {}, el('span', {}, label), ' ', button);
    }),
  );
}

function selectTab(env: Environment, focus = false) {
  activeTab = env;
  for (const e of ['live', 'test'] as const) {
    const tab = $(`#tab-${e}`);
    tab.setAttribute('aria-selected', String(e === env));
    tab.tabIndex = e === env ? 0 : -1;
    $(`#panel-${e}`).hidden = e !== env;
    if (focus && e === env) tab.focus();
  }
}

function openWizard(draftId = `draft-${crypto.randomUUID()}`) {
  // Each new connector gets its own draft; "Continue" reopens one.
  wizard.draftId = draftId;
  wizard.groups = groups;
  // The wizard also GETs the endpoint itself; passing the list saves a round trip's wait.
  wizard.existingConnectors = connectors;
  wizard.environment = activeTab;
  listView.hidden = true;
  wizardView.hidden = false;
  toast.textContent = '';
  $('#wizard-title').focus();
}

function closeWizard() {
  wizardView.hidden = true;
  listView.hidden = false;
  renderPanels();
  void renderDrafts();
  $<HTMLButtonElement>(`#panel-${activeTab} .add-tile`).focus();
}

wizard.addEventListener('connector-created', (event) => {
  // Endpoint mode: the detail is the server's 201 body (with id, without credentials).
  const connector = event.detail.connector as Connector;
  selectTab(connector.environment);
  void refresh().then(() => {
    closeWizard();
    toast.textContent = `${connector.name} was created in ${connector.environment === 'live' ? 'Live' : 'Testing'}.`;
  });
});
wizard.addEventListener('connector-wizard-cancel', closeWizard);
$('#close-wizard').addEventListener('click', closeWizard);
$('#wizard-title').tabIndex = -1;

for (const env of ['live', 'test'] as const) {
  const tab = $(`#tab-${env}`);
  tab.addEventListener('click', () => selectTab(env));
  tab.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') selectTab(env === 'live' ? 'test' : 'live', true);
  });
}

// The wizard follows the nearest lang up the tree, so switching the page's lang is enough.
const language = $<HTMLSelectElement>('#language');
language.value = localStorage.getItem('connector-wizard-demo:lang') ?? 'en';
const applyLanguage = () => {
  document.documentElement.lang = language.value;
  localStorage.setItem('connector-wizard-demo:lang', language.value);
};
language.addEventListener('change', applyLanguage);
applyLanguage();

const theme = $<HTMLSelectElement>('#theme');
theme.value = localStorage.getItem('connector-wizard-demo:theme') ?? '';
const applyTheme = () => {
  if (theme.value) wizard.setAttribute('theme', theme.value);
  else wizard.removeAttribute('theme');
  document.documentElement.dataset.theme = theme.value;
  localStorage.setItem('connector-wizard-demo:theme', theme.value);
};
theme.addEventListener('change', applyTheme);
applyTheme();

renderPanels();
void Promise.allSettled([
  getJson<{ systems?: { id: string; name: string }[] }>('./sample-catalogue.json').then((c) => {
    for (const s of c.systems ?? []) systemNames.set(s.id, s.name);
  }),
  getJson<Group[]>('/api/groups').then((g) => (groups = g)),
]).then(() => Promise.all([refresh(), renderDrafts()]));
// Back from signing in in this tab (a blocked popup): reopen the wizard that started it, with its draft.
const returning = oauthReturnDraftId();
if (returning) openWizard(returning);
