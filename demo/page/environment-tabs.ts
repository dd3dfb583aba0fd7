/**
 * The Live and Testing tabs (WAI-ARIA APG tabs, automatic activation): one tab in the tab order,
 * Left and Right arrows move between tabs (wrapping), Home and End go to the first and last.
 * Each tab's label carries its count once the list has loaded: "Live (2)".
 */
import type { Environment } from '../../src/index.js';

const ORDER: readonly Environment[] = ['live', 'test'];
const LABELS: Record<Environment, string> = { live: 'Live', test: 'Testing' };

export class EnvironmentTabs {
  #selected: Environment = 'live';

  constructor(
    private readonly root: ParentNode,
    private readonly onSelect: (env: Environment) => void,
  ) {
    for (const env of ORDER) {
      const tab = this.#tab(env);
      tab.addEventListener('click', () => this.select(env));
      tab.addEventListener('keydown', (event) => this.#onKeydown(event, env));
    }
  }

  get selected(): Environment {
    return this.#selected;
  }

  select(env: Environment, focus = false): void {
    this.#selected = env;
    for (const e of ORDER) {
      const tab = this.#tab(e);
      tab.setAttribute('aria-selected', String(e === env));
      tab.tabIndex = e === env ? 0 : -1;
      this.panel(e).hidden = e !== env;
    }
    if (focus) this.#tab(env).focus();
    this.onSelect(env);
  }

  /** `undefined`: not known (still loading, or the list could not be loaded). */
  setCounts(counts: Record<Environment, number> | undefined): void {
    for (const env of ORDER) this.#tab(env).textContent = counts ? `${LABELS[env]} (${counts[env]})` : LABELS[env];
  }

  panel(env: Environment): HTMLElement {
    return this.root.querySelector<HTMLElement>(`#panel-${env}`)!;
  }

  #tab(env: Environment): HTMLElement {
    return this.root.querySelector<HTMLElement>(`#tab-${env}`)!;
  }

  #onKeydown(event: KeyboardEvent, env: Environment) {
    const at = ORDER.indexOf(env);
    // In a right-to-left page the arrows follow the reading direction.
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let to: Environment | undefined;
    if (step) to = ORDER[(at + step + ORDER.length) % ORDER.length];
    else if (event.key === 'Home') to = ORDER[0];
    else if (event.key === 'End') to = ORDER[ORDER.length - 1];
    if (!to) return;
    event.preventDefault();
    this.select(to, true);
  }
}
