/**
 * The "manage your connectors" page of a Patchworks-style platform, hosting <connector-wizard>.
 * It plays the integrator: it keeps the connectors (in localStorage, never with credentials),
 * passes them to the wizard for the one-live-one-testing rule, and lists what gets created.
 */
import '../src/define.js';
import type { ConnectorPayload, ExistingConnector, Group } from '../src/index.js';

type Environment = 'live' | 'test';
interface StoredConnector extends ExistingConnector {
  id: string;
  timeZone: string;
  authType: string;
  createdAt: string;
}

const GROUPS: Group[] = [
  { id: 'uk', name: 'UK' },
  { id: 'us', name: 'North America' },
];
const STORAGE_KEY = 'connector-wizard-demo:connectors';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const wizard = $<HTMLElementTagNameMap['connector-wizard']>('connector-wizard');
const listView = $('#list-view');
const wizardView = $('#wizard-view');
const toast = $('#toast');
let activeTab: Environment = 'live';
const systemNames = new Map<string, string>();

function load(): StoredConnector[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as StoredConnector[]) : [];
  } catch {
    return [];
  }
}

function save(list: StoredConnector[]) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(list));
  } catch {
    // The demo keeps working without storage; the list just will not survive a reload.
  }
}

let connectors = load();

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
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
          el('p', {}, `Company group: ${GROUPS.find((g) => g.id === c.group)?.name ?? '—'}`),
          el('p', {}, `Time zone: ${c.timeZone}`),
        ),
      );
    const add = el('button', { type: 'button', className: 'add-tile' }, '+ Add connector');
    add.addEventListener('click', () => openWizard());
    panel.replaceChildren(...cards, add);
  }
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

function openWizard() {
  wizard.groups = GROUPS;
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
  $<HTMLButtonElement>(`#panel-${activeTab} .add-tile`).focus();
}

wizard.addEventListener('connector-created', (event) => {
  // The host creates the connector. A real host would send the credentials to its API here;
  // the demo drops them and keeps only what a list needs.
  const { credentials: _credentials, ...connector }: ConnectorPayload = event.detail.connector;
  connectors = [...connectors, { ...connector, id: crypto.randomUUID(), createdAt: new Date().toISOString() }];
  save(connectors);
  selectTab(connector.environment);
  closeWizard();
  toast.textContent = `${connector.name} was created in ${connector.environment === 'live' ? 'Live' : 'Testing'}.`;
  void wizard.reset();
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

fetch('./sample-catalogue.json')
  .then((r) => r.json())
  .then((catalogue: { systems?: { id: string; name: string }[] }) => {
    for (const s of catalogue.systems ?? []) systemNames.set(s.id, s.name);
    renderPanels();
  })
  .catch(() => renderPanels());
renderPanels();
