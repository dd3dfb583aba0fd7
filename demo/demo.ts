/**
 * The "manage your connectors" page of a Patchworks-style platform, hosting <connector-wizard>.
 * It plays the integrator: connectors live behind the reference API (demo/api). The page lists
 * them in Live and Testing tabs, tests and deletes them through the API, and opens the wizard to
 * add one (POST) or edit one (PATCH). docs/demo-page.md describes it.
 */
import '../src/define.js';
import { render } from 'lit';
import { oauthReturnConnectorId, oauthReturnDraftId, safeUrl, type ConnectorWizard, type EditableConnector, type Environment, type Group } from '../src/index.js';
import { panel, type PanelView } from './page/connector-cards.js';
import { apiBase, ConnectorsApi, type Connector } from './page/connectors-api.js';
import { DeleteDialog } from './page/delete-dialog.js';
import { renderDrafts } from './page/drafts.js';
import { EnvironmentTabs } from './page/environment-tabs.js';
import { GroupsAlert } from './page/groups-alert.js';
import { LeaveDialog } from './page/leave-dialog.js';
import { LeftWizards } from './page/left-wizards.js';
import type { TestView } from './page/test-result.js';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const ENVIRONMENTS: readonly Environment[] = ['live', 'test'];
const ENV_NAMES: Record<Environment, string> = { live: 'Live', test: 'Testing' };

const api = new ConnectorsApi(apiBase());
const listView = $('#list-view');
const wizardView = $('#wizard-view');
const statusRegion = $('#status');
const listError = $('#list-error');
const tabs = new EnvironmentTabs(listView, () => renderPanels());

let listStatus: PanelView['status'] = 'loading';
let connectors: Connector[] = [];
let groups: Group[] = [];
const systems = new Map<string, { name: string; logo?: string }>();
const failedLogos = new Set<string>();
const tests = new Map<string, TestView>();
/** Connector id -> the id prefix of its card: server ids are data, never used in ids or selectors as they are. */
const cardKeys = new Map<string, string>();
let wizard: ConnectorWizard | undefined;
/** Where focus goes back to when the wizard closes without a result (the button that opened it). */
let returnFocus: (() => HTMLElement | null | undefined) | undefined;

const locale = () => $<HTMLSelectElement>('#language').value || 'en';
const systemName = (id: string) => systems.get(id)?.name ?? id;
const groupName = (id: string | undefined) => (id ? (groups.find((g) => g.id === id)?.name ?? id) : undefined);
const keyOf = (id: string) => cardKeys.get(id) ?? cardKeys.set(id, `connector-${cardKeys.size + 1}`).get(id)!;
const say = (message: string) => (statusRegion.textContent = message);

function renderPanels() {
  for (const environment of ENVIRONMENTS) {
    const view: PanelView = {
      environment,
      status: listStatus,
      connectors,
      tests,
      locale: locale(),
      keyOf,
      systemName,
      groupName,
      logoOf: (system) => (failedLogos.has(system) ? undefined : safeUrl(systems.get(system)?.logo)),
      onLogoError: (system) => {
        failedLogos.add(system);
        renderPanels();
      },
      onAdd: () => openWizard({ opener: () => addTile(environment) }),
      onEdit: (connector) => openWizard({ connector, opener: () => cardElement(connector.id)?.querySelector('[data-action="edit"]') }),
      onTest: (connector) => void testConnector(connector),
      onDelete: (connector) => deleteDialog.open(connector),
    };
    render(panel(view), tabs.panel(environment));
  }
  const count = (env: Environment) => connectors.filter((c) => c.environment === env).length;
  tabs.setCounts(listStatus === 'ready' ? { live: count('live'), test: count('test') } : undefined);
}

const cardElement = (id: string) => document.getElementById(keyOf(id));
const addTile = (env: Environment) => tabs.panel(env).querySelector<HTMLElement>('.add-tile');

/** Cards removed here (deleted, or found gone), in order: a list asked for before one went must not bring it back. */
const removals: string[] = [];
let listAsked = 0;

async function refresh(): Promise<void> {
  const asked = ++listAsked;
  const removedBefore = removals.length;
  try {
    const list = await api.list();
    // A later ask is on its way: this answer may be older than what the page knows.
    if (asked !== listAsked) return;
    const gone = new Set(removals.slice(removedBefore));
    connectors = list.filter((c) => !gone.has(c.id));
    listStatus = 'ready';
    // Try again goes with the error: the focus it had goes to the tab now showing the list.
    const hadFocus = listError.contains(document.activeElement);
    listError.hidden = true;
    if (hadFocus) tabs.select(tabs.selected, true);
  } catch (error) {
    if (asked !== listAsked) return;
    // Keep what was shown; say what went wrong and offer to try again.
    if (listStatus === 'loading') listStatus = 'failed';
    $('#list-error-text').textContent = `${(error as Error).message} `;
    listError.hidden = false;
  }
  renderPanels();
}

const drafts = () =>
  renderDrafts($('#drafts'), {
    locale: locale(),
    // A draft being created by a wizard left while sending (see closeWizard) comes back, or goes, with its answer.
    sending: left.sending,
    systemName,
    onContinue: (draftId) => openWizard({ draftId, opener: () => ($('#drafts').hidden ? undefined : $('#drafts-title')) }),
  });

/**
 * Focus after a card left the list (deleted, or found gone): the next card of its tab, else the
 * previous one, else the tab's Add connector tile. Only when focus was on that card, or lost.
 */
function removeCard(connector: Connector) {
  const card = cardElement(connector.id);
  const hadFocus =
    !document.activeElement || document.activeElement === document.body || card?.contains(document.activeElement) || $('#delete-dialog').contains(document.activeElement);
  const siblings = connectors.filter((c) => c.environment === connector.environment);
  const at = siblings.findIndex((c) => c.id === connector.id);
  const neighbour = siblings[at + 1] ?? siblings[at - 1];
  connectors = connectors.filter((c) => c.id !== connector.id);
  removals.push(connector.id);
  tests.delete(connector.id);
  renderPanels();
  if (!hadFocus) return;
  (neighbour ? cardElement(neighbour.id) : addTile(connector.environment))?.focus();
}

const deleteDialog = new DeleteDialog($<HTMLDialogElement>('#delete-dialog'), {
  remove: (connector) => api.remove(connector.id),
  describe: (c) => `${c.name}, the ${c.environment === 'live' ? 'live' : 'testing'} ${systemName(c.system)} connector${c.group ? ` of ${groupName(c.group)}` : ''},`,
  deleted: (connector, outcome) => {
    removeCard(connector);
    say(outcome === 'deleted' ? `“${connector.name}” was deleted.` : `“${connector.name}” had already been deleted.`);
  },
});

async function testConnector(connector: Connector) {
  tests.set(connector.id, { state: 'testing' });
  renderPanels();
  const outcome = await api.test(connector.id);
  // Deleted here while it was tested (its card already gone, said as deleted): nothing more to say.
  if (!connectors.some((c) => c.id === connector.id)) return;
  tests.set(connector.id, { state: 'done', outcome });
  renderPanels();
  if (outcome.kind === 'missing') {
    removeCard(connector);
    say(`“${connector.name}” no longer exists; someone else may have deleted it.`);
  }
}

interface WizardTask {
  /** A new connector in this draft (a fresh one when not given). */
  draftId?: string;
  /** An existing connector to edit. */
  connector?: Connector;
  opener?: () => HTMLElement | null | undefined;
}

/** The company groups, for the wizard's choice (the server requires one of them). */
function loadGroups(): Promise<void> {
  return api.groups().then((g) => {
    groups = g;
    if (wizard) wizard.groups = g;
    groupsAlert.hide();
  });
}
/** Groups that fail to load again for an open wizard are said above it, with Try again (the focus it had then goes to the wizard's title). */
const groupsAlert = new GroupsAlert($('#groups-error'), loadGroups, () => $('#wizard-title').focus());

/** A fresh wizard for each task, so nothing of one connector (or one edit) carries into the next. */
function openWizard(task: WizardTask) {
  wizard?.remove();
  // They failed to load with the page: asked again, or every create would be refused on a choice not shown.
  if (!groups.length) void loadGroups().catch((error: unknown) => wizard && groupsAlert.show(error));
  const template = $<HTMLTemplateElement>('#wizard-template');
  const el = document.importNode(template.content, true).querySelector('connector-wizard')!;
  el.setAttribute('endpoint', api.endpoint);
  el.setAttribute('test-endpoint', api.testEndpoint);
  el.groups = groups;
  // The wizard also GETs the endpoint itself; passing the list saves a round trip's wait.
  el.existingConnectors = connectors;
  if (task.connector) {
    // An edit is short and sends only what changed: no draft, so it never shows up as "Continue".
    el.noDrafts = true;
    el.connector = task.connector as EditableConnector;
  } else {
    // getRandomValues, not randomUUID: a copy of this page on a plain-http intranet host has no randomUUID.
    el.draftId = task.draftId ?? `draft-${Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('')}`;
    el.environment = tabs.selected;
  }
  applyTheme(el);
  el.addEventListener('connector-created', (event) => {
    doneWizards.add(el);
    // Endpoint mode: the detail is the server's 201 body (with id, without credentials).
    const created = event.detail.connector as Connector;
    void finish(el, created, `“${created.name}” was created in ${ENV_NAMES[created.environment]}.`);
  });
  el.addEventListener('connector-updated', (event) => {
    doneWizards.add(el);
    const updated = event.detail.connector as Connector;
    tests.delete(updated.id);
    void finish(el, updated, `“${updated.name}” was updated.`);
  });
  el.addEventListener('connector-wizard-cancel', () => closeWizard());
  // Answers typed (their input events cross the wizard's shadow root), and whether its drafts are being kept: see backToConnectors.
  el.addEventListener('input', () => answered.add(el));
  el.addEventListener('connector-wizard-error', (event) => event.detail.kind === 'storage' && unkept.add(el));
  show(el, task.connector ? `Edit “${task.connector.name}”` : 'Add connector', task.opener);
}

/** The wizard view, showing `el`. */
function show(el: ConnectorWizard, title: string, opener?: () => HTMLElement | null | undefined) {
  wizard = el;
  returnFocus = opener;
  $('#wizard-host').replaceChildren(el);
  $('#wizard-title').textContent = title;
  listView.hidden = true;
  wizardView.hidden = false;
  say('');
  $('#wizard-title').focus();
}

/** Wizards the person has answered something in, and those whose answers this browser is not keeping as a draft. */
const answered = new WeakSet<ConnectorWizard>();
const unkept = new WeakSet<ConnectorWizard>();
const leaveDialog = new LeaveDialog($<HTMLDialogElement>('#leave-dialog'));

/**
 * "Back to connectors". A new connector's answers in no draft would be lost with the wizard, so the person is asked first: at once when
 * the browser keeps no drafts (the wizard fired a `storage` error), else when saveDraft() says they are not in the draft (another tab
 * continuing it changed it). An edit keeps no draft by design (see openWizard), and a wizard sending is moved aside (see closeWizard).
 */
async function backToConnectors() {
  const el = wizard;
  if (!el || el.connector || el.sending || el.currentStep === 'done' || !answered.has(el)) return closeWizard();
  const ask = () => leaveDialog.ask(unkept.has(el) ? 'unkept' : 'conflict', () => el === wizard && closeWizard());
  if (unkept.has(el)) return ask();
  if (checking.has(el)) return;
  checking.add(el);
  const kept = await el.saveDraft().catch(() => false);
  checking.delete(el);
  if (el !== wizard) return;
  return kept || el.sending ? closeWizard() : ask();
}
const checking = new WeakSet<ConnectorWizard>();

/** Wizards whose connector was created or saved (a wizard moved aside is removed only once the list shows it). */
const doneWizards = new WeakSet<ConnectorWizard>();

/** Wizards left while they were sending (see closeWizard), and those of them that come back once the wizard open is left. */
const left = new LeftWizards({
  say,
  finished: (el) => doneWizards.has(el),
  refresh,
  listed: (id) => connectors.some((c) => String(c.id) === id),
  drafts,
  bringBack,
});
const comingBack: ConnectorWizard[] = [];

/** A wizard left while sending whose answers are in no draft: shown again now, or once the wizard open is left (see closeWizard). */
function bringBack(el: ConnectorWizard): boolean {
  if (wizard) {
    comingBack.push(el);
    return false;
  }
  show(el, 'Add connector');
  return true;
}

/**
 * After a create or an edit: the list as the server has it now, on the connector's tab, with its
 * card focused. A wizard closed before its answer came (Back while it was sending) only has its
 * connector listed and said: the person has moved on, so the focus stays where it is.
 */
async function finish(from: ConnectorWizard, connector: Connector, message: string) {
  // The server's answer is listed at once: a list that then fails to load again still shows it
  // (never "no connectors yet" right after saying one was created).
  connectors = [...connectors.filter((c) => c.id !== connector.id), connector];
  await refresh();
  if (from !== wizard) {
    say(message);
    // Its draft is deleted once created: the drafts list is read after that.
    void from
      .saveDraft()
      .catch(() => false)
      .then(() => (from.remove(), drafts()));
    return;
  }
  tabs.select(connector.environment);
  closeWizard(() => cardElement(connector.id), true);
  say(message);
}

/** Back to the list, focus on `focus()`; the list is asked for again unless the wizard `finished` (then it was just fetched; otherwise it may have changed meanwhile: an edit that found its connector gone). */
function closeWizard(focus: () => HTMLElement | null | undefined = returnFocus ?? (() => undefined), finished = false) {
  // The drafts list is read once the wizard's last changes are stored.
  const saved = wizard?.saveDraft() ?? Promise.resolve();
  // Left while sending a create (Back, Cancel): moved aside, hidden, until its answer comes, so the
  // connector the server makes is listed (removing it would abort the request, though the server may
  // already have made the connector). Otherwise removed, its secrets with it.
  if (wizard?.sending && !finished) left.leave(wizard);
  else wizard?.remove();
  wizard = undefined;
  returnFocus = undefined;
  groupsAlert.hide();
  wizardView.hidden = true;
  listView.hidden = false;
  renderPanels();
  void saved
    .catch(() => undefined)
    .then(drafts)
    .then(() => {
      // The drafts heading (focused after Continue) hides with the last draft: the Add tile takes the focus then.
      const active = document.activeElement;
      if (!active || active === document.body || active.closest('[hidden]')) addTile(tabs.selected)?.focus();
    });
  (focus() ?? addTile(tabs.selected))?.focus();
  // A card that left with the refresh took the focus with it: the tab's Add tile has it then.
  if (!finished) void refresh().then(() => document.activeElement === document.body && addTile(tabs.selected)?.focus());
  const back = comingBack.shift();
  if (back) show(back, 'Add connector');
}

$('#close-wizard').addEventListener('click', () => void backToConnectors());
// Try again says it is at work (and waits) until the answer comes; the focus stays on it.
$('#list-retry').addEventListener('click', (event) => {
  const retry = event.currentTarget as HTMLButtonElement;
  if (retry.getAttribute('aria-disabled')) return;
  retry.setAttribute('aria-disabled', 'true');
  retry.textContent = 'Loading connectors…';
  void refresh().finally(() => {
    retry.removeAttribute('aria-disabled');
    retry.textContent = 'Try again';
  });
});

// The wizard follows the nearest lang up the tree: its host takes the language chosen, while the
// page itself, written in English, stays lang="en". The page's own dates follow the choice too.
const language = $<HTMLSelectElement>('#language');
language.value = localStorage.getItem('connector-wizard-demo:lang') ?? 'en';
const applyLanguage = () => {
  $('#wizard-host').lang = language.value;
  localStorage.setItem('connector-wizard-demo:lang', language.value);
  renderPanels();
  void drafts();
};
language.addEventListener('change', applyLanguage);

const theme = $<HTMLSelectElement>('#theme');
theme.value = localStorage.getItem('connector-wizard-demo:theme') ?? '';
function applyTheme(el: ConnectorWizard | undefined = wizard) {
  if (el && theme.value) el.setAttribute('theme', theme.value);
  else el?.removeAttribute('theme');
  document.documentElement.dataset.theme = theme.value;
  localStorage.setItem('connector-wizard-demo:theme', theme.value);
}
theme.addEventListener('change', () => applyTheme());
applyTheme();
applyLanguage();

// Back from signing in in this tab (a blocked popup): reopen the wizard that started it, with its
// draft; an edit's, once the list it is in has loaded.
const returning = oauthReturnDraftId();
const returningEdit = oauthReturnConnectorId();
if (returning && returningEdit === undefined) openWizard({ draftId: returning });

void Promise.allSettled([
  fetch('./sample-catalogue.json', { headers: { Accept: 'application/json' } })
    .then((r) => r.json() as Promise<{ systems?: { id: string; name: string; logo?: string }[] }>)
    .then((c) => {
      for (const s of c.systems ?? []) systems.set(s.id, { name: s.name, ...(s.logo ? { logo: s.logo } : {}) });
    }),
  loadGroups(),
])
  .then(() => Promise.all([refresh(), drafts()]))
  .then(() => {
    const edited = returningEdit === undefined ? undefined : connectors.find((c) => String(c.id) === returningEdit);
    if (edited) openWizard({ connector: edited });
  });
