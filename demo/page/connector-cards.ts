/**
 * One tab's panel: the connectors of that environment as cards (logo, name, system, company
 * group, time zone, created date, and Edit, Test and Delete), or an empty state that says what
 * the tab is for; the Add connector tile always ends it.
 */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { monogram, type Environment } from '../../src/index.js';
import type { Connector } from './connectors-api.js';
import { testResult, type TestView } from './test-result.js';

export interface PanelView {
  environment: Environment;
  /** `loading` until the first answer; `failed` when the list could not be loaded (the page says why). */
  status: 'loading' | 'ready' | 'failed';
  connectors: readonly Connector[];
  tests: ReadonlyMap<string, TestView>;
  /** The page's language, for dates. */
  locale: string;
  /** A stable id prefix for a connector's card (server ids are data, never put into ids or selectors as they are). */
  keyOf(id: string): string;
  systemName(system: string): string;
  /** A logo URL the page may load (local or https), unless that logo failed to load. */
  logoOf(system: string): string | undefined;
  groupName(group: string | undefined): string | undefined;
  onLogoError(system: string): void;
  onAdd(): void;
  onEdit(connector: Connector): void;
  onTest(connector: Connector): void;
  onDelete(connector: Connector): void;
}

const EMPTY: Record<Environment, { title: string; text: string }> = {
  live: {
    title: 'No live connectors yet',
    text: 'Live connectors move real data between your systems. Add one when an integration is ready to go live; try it with a testing connector first.',
  },
  test: {
    title: 'No testing connectors yet',
    text: 'Testing connectors reach a system’s sandbox or test account, so you can try an integration without touching real orders, stock or invoices.',
  },
};

function createdDate(iso: string | undefined, locale: string) {
  const date = iso ? new Date(iso) : undefined;
  if (!date || Number.isNaN(date.getTime())) return nothing;
  let text: string;
  try {
    text = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
  } catch {
    text = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(date);
  }
  // In the language chosen, inside a page written in English: said with that language's voice.
  return html`<div><dt>Created</dt><dd><time lang=${locale} dir="auto" datetime=${date.toISOString()}>${text}</time></dd></div>`;
}

function logo(view: PanelView, connector: Connector, systemName: string) {
  const src = view.logoOf(connector.system);
  return src
    ? html`<img class="logo" src=${src} alt="" width="40" height="40" referrerpolicy="no-referrer" @error=${() => view.onLogoError(connector.system)} />`
    : html`<span class="logo monogram" aria-hidden="true">${monogram(systemName)}</span>`;
}

function card(view: PanelView, connector: Connector) {
  const key = view.keyOf(connector.id);
  const system = view.systemName(connector.system);
  const group = view.groupName(connector.group);
  const test = view.tests.get(connector.id);
  const testing = test?.state === 'testing';
  // The actions say which connector they act on, for anyone listing the page's buttons: with its
  // group (else its system) when another connector in the list has the same name.
  const twin = view.connectors.some((c) => c.id !== connector.id && c.name === connector.name);
  const forName = html`<span class="visually-hidden"> ${connector.name}${twin ? `, ${group ?? system}` : ''}</span>`;
  return html`<li>
    <article class="card" id=${key} tabindex="-1" aria-labelledby=${`${key}-name`} data-connector=${key}>
      <div class="card-head">
        ${logo(view, connector, system)}
        <div>
          <h2 id=${`${key}-name`}>${connector.name}</h2>
          <p class="system">${system}</p>
        </div>
      </div>
      <dl class="facts">
        ${group ? html`<div><dt>Company group</dt><dd>${group}</dd></div>` : nothing}
        ${connector.timeZone ? html`<div><dt>Time zone</dt><dd>${connector.timeZone}</dd></div>` : nothing}
        ${createdDate(connector.createdAt, view.locale)}
      </dl>
      <div class="card-actions">
        <button type="button" class="secondary" data-action="edit" @click=${() => view.onEdit(connector)}>Edit${forName}</button>
        <button
          type="button"
          class="secondary"
          data-action="test"
          aria-disabled=${testing ? 'true' : nothing}
          aria-describedby=${`${key}-test`}
          @click=${() => !testing && view.onTest(connector)}
        >
          Test${forName}
        </button>
        <button type="button" class="danger" data-action="delete" @click=${() => view.onDelete(connector)}>Delete${forName}</button>
      </div>
      ${testResult(key, test)}
    </article>
  </li>`;
}

const addTile = (view: PanelView) => html`<button type="button" class="add-tile" @click=${view.onAdd}>
  <span><span aria-hidden="true">+</span> Add connector</span>
</button>`;

export function panel(view: PanelView) {
  const connectors = view.connectors.filter((c) => c.environment === view.environment);
  if (view.status === 'loading') return html`<p class="loading">Loading connectors…</p>`;
  if (connectors.length === 0 && view.status === 'ready') {
    const empty = EMPTY[view.environment];
    return html`<div class="empty" data-empty>
        <h2>${empty.title}</h2>
        <p>${empty.text}</p>
      </div>
      <div class="cards">${addTile(view)}</div>`;
  }
  return html`<ul class="cards" role="list">
    ${repeat(
      connectors,
      (c) => c.id,
      (c) => card(view, c),
    )}
    <li>${addTile(view)}</li>
  </ul>`;
}
