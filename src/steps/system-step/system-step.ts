import { css, html, nothing, type PropertyDeclarations } from 'lit';
import type { SystemDefinition } from '../../catalogue/catalogue-schema.js';
import { repeat } from 'lit/directives/repeat.js';
import { safeUrl } from '../../catalogue/safe-url.js';
import { textLang, writtenText } from '../../catalogue/localize-catalogue.js';
import type { WizardContextValue } from '../../context/wizard-context.js';
import { hasDirectionControls, isolated, isolatedIfBidi } from '../../messages/isolate.js';
import { searchText } from '../../schemas/search-text.js';
import { systemOf } from '../../schemas/lookup.js';
import { stepStyles } from '../step-styles.js';
import { cutId } from '../../catalogue/ids-told-apart.js';
import { systemTold, systemToldAfter } from '../told-apart.js';
import { composing, fieldId, WizardStepElement } from '../wizard-step-element.js';

/** Two letters standing in for a logo that is missing or does not load. */
export function monogram(name: string): string {
  // Composed first, marks kept with their letters: "Société Générale" written decomposed (NFD) is SG too, not ST.
  const words = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}\s]/gu, ' ')
    .replace(/(^|\s)\p{M}+/gu, '$1')
    .trim()
    .split(/\s+/u)
    .filter(Boolean);
  // A letter with the marks that follow it; by code point, not UTF-16 unit: a name starting with a letter outside the BMP (𠮷) keeps it whole.
  const letters = (word: string) => word.match(/\P{M}\p{M}*/gu) ?? [];
  const chosen = words.length > 1 ? [letters(words[0]!)[0], letters(words[1]!)[0]] : letters(words[0] ?? '?').slice(0, 2);
  return chosen.join('').toUpperCase();
}

/**
 * The picker shows this many systems at most; the search narrows the rest. A catalogue of
 * 10,000 systems would otherwise take seconds to lay out (measured in `npm run bench`).
 */
const MAX_SHOWN = 100;

/** Each system's text as the search reads it (`all`), and its names and id on their own, made once per catalogue entry. */
const searched = new WeakMap<SystemDefinition, { all: string; names: string[]; id: string }>();

const searchedOf = (system: SystemDefinition) => {
  let text = searched.get(system);
  if (!text) {
    // The name and category as the catalogue wrote them too: people know "Google Sheets" in any language.
    const names = [system.name, writtenText(system, 'name')].flatMap((name) => (name === undefined ? [] : [searchText(name)]));
    const all = searchText(`${system.name} ${writtenText(system, 'name') ?? ''} ${system.category ?? ''} ${writtenText(system, 'category') ?? ''} ${system.id}`);
    searched.set(system, (text = { all, names, id: searchText(system.id) }));
  }
  return text;
};

/**
 * The systems the search matches, best first: a name (or id) typed in full, then names that
 * start with what was typed, then the rest, each group in catalogue order. Ranked before the
 * cut, so a system whose whole name is typed shows however many others contain that name.
 */
function ranked(systems: readonly SystemDefinition[], q: string): SystemDefinition[] {
  if (!q) return [...systems];
  const groups: SystemDefinition[][] = [[], [], []];
  for (const system of systems) {
    const { all, names, id } = searchedOf(system);
    if (!all.includes(q)) continue;
    groups[names.includes(q) || id === q ? 0 : names.some((name) => name.startsWith(q)) ? 1 : 2]!.push(system);
  }
  return groups.flat();
}

/** A count ("1 system") made a sentence, to be followed by another. */
const sentence = (text: string) => (/[.!?…]$/u.test(text) ? text : `${text}.`);

/**
 * Step 1: a searchable picker of the catalogue's systems (name, category, logo or monogram).
 *
 * @tagname connector-wizard-system-step
 */
export class SystemStep extends WizardStepElement {
  static override styles = [
    stepStyles,
    css`
      .notice {
        border-inline-start: 4px solid var(--cw-accent);
        background: var(--cw-notice-bg);
        padding: 0.5rem 0.75rem;
        margin: 0 0 1rem;
      }
      .systems {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
        gap: 0.5rem;
        margin-top: 1rem;
      }
      .system {
        position: relative;
        display: flex;
        align-items: center;
        gap: 0.75rem;
        padding: 0.75rem;
        border: 2px solid var(--cw-border-subtle, #b1b4b6);
        border-radius: var(--cw-radius, 0);
      }
      /* Chosen: a thicker border as well as colour, so it shows in forced colors (high contrast) and to anyone who cannot tell the colours apart. */
      .system:has(input:checked) {
        border-width: 4px;
        padding: calc(0.75rem - 2px);
        border-color: var(--cw-accent, #1d70b8);
        background: var(--cw-selected-bg, #e8f1f8);
      }
      @media (forced-colors: active) {
        .system:has(input:checked) {
          border-color: Highlight;
        }
      }
      .system:has(input:focus-visible) {
        outline: 3px solid var(--cw-focus, #1d70b8);
      }
      .system input {
        position: absolute;
        opacity: 0;
        inset: 0;
        width: 100%;
        height: 100%;
        margin: 0;
        cursor: pointer;
      }
      .logo,
      .monogram {
        width: 2.5rem;
        height: 2.5rem;
        flex: none;
      }
      /* Brands draw their logos for light backgrounds: the dark theme gives them a light tile. */
      .logo {
        box-sizing: border-box;
        padding: 0.125rem;
        border-radius: 0.25rem;
        background: var(--cw-logo-bg, transparent);
      }
      .monogram {
        display: grid;
        place-items: center;
        background: var(--cw-monogram-bg, #1d70b8);
        color: var(--cw-monogram-fg, #fff);
        font-weight: 700;
        border-radius: 50%;
      }
      .system label {
        margin: 0;
        font-weight: 600;
        cursor: pointer;
      }
      .category {
        display: block;
        font-weight: 400;
        color: var(--cw-muted, #505a5f);
      }
      /* Each name and category keeps its own direction (Yahoo! is not drawn !Yahoo in Arabic), as
         dir="auto" would, in the style sheet rather than on every card. */
      .name,
      .category {
        unicode-bidi: plaintext;
      }
    `,
  ];

  static override properties: PropertyDeclarations = { _query: { state: true, attribute: false }, _failedLogos: { state: true, attribute: false } };

  private _query = '';
  private _failedLogos = new Set<string>();
  /** A system gone from the catalogue whose sentence the count has said and stops saying: the person searched on since. */
  #goneHeard?: string;
  /** What the live region says, and what it was said of (the search, what matched, the system kept or gone). */
  #said = { words: '', of: '' };

  protected heading() {
    return this.ctx!.msg.systemTitle;
  }

  protected fieldOrder() {
    return ['/system'];
  }

  protected renderStep(ctx: WizardContextValue) {
    const { msg } = ctx;
    const query = searchText(this._query);
    const matching = ranked(ctx.catalogue.systems, query);
    // The chosen system stays in sight (and checked) even beyond the cut, or when the search no longer matches it: never a choice no one can see.
    const selected = systemOf(ctx.catalogue, ctx.data.system);
    // A draft (or a catalogue replaced since) names a system this catalogue no longer has: said, not silently unchosen.
    const gone = ctx.data.system && !selected ? cutId(ctx.data.system) : undefined;
    // Its entry is there but could not be read (left out), or it is not in the catalogue at all: said apart, as for the page's `system`.
    const goneWords = gone && (ctx.leftOut.includes(ctx.data.system!) ? msg.systemUnreadable(gone) : msg.systemGone(gone));
    // Rendered keyed by id: a new catalogue that adds or removes a system before the focused one keeps the focus on that system's card.
    const shown = matching.slice(0, MAX_SHOWN);
    const matched = shown.length;
    // Said with the count, so "no match" or "1 system" never contradicts the cards on screen.
    const kept = selected && !shown.includes(selected) ? (shown.push(selected), selected) : undefined;
    // Names another system of the catalogue has (registries hold a few): those cards say their ids too where their category does not tell
    // them apart (systemTold), to eyes and to screen readers, cut among all of the name (worked out once per catalogue), so a card says
    // the same words as Review and the success panel, whatever the search or the cut leaves out.
    const ids = new Map(shown.map((s) => [s, systemTold(ctx.catalogue.systems, s).id]));
    const count = !matching.length
      ? msg.systemNoMatch(this._query.trim())
      : matching.length > matched
        ? msg.systemShowing(matched, matching.length)
        : msg.systemCount(matching.length);
    const goneSaid = goneWords && this.#goneHeard !== ctx.data.system ? goneWords : '';
    // The choice kept in sight named as Review names it (systemToldAfter): by its category where another has its name, its id too where that one shares it.
    const keptAfter = kept && systemToldAfter(ctx.catalogue.systems, kept);
    const counted = kept ? `${sentence(count)} ${msg.systemKeptInSight(keptAfter ? `${isolatedIfBidi(kept.name)}${keptAfter}` : kept.name)}` : count;
    const words = `${goneSaid && `${goneSaid} `}${counted}`;
    // Said as the answer to a search or a new catalogue: words that change alone (a new language, the host's messages) are not read out, out of the blue.
    const of = JSON.stringify([this._query, matching.length, kept?.id, gone, goneSaid !== '']);
    if (of !== this.#said.of) this.#said = { words, of };
    else if (words !== this.#said.words) this.#said = { words: '', of };
    return html`
      ${goneWords ? html`<p class="notice" part="notice" data-system-gone>${goneWords}</p>` : nothing}
      <div class="field" part="field">
        <label for="search-systems" part="label">${msg.systemSearch}</label>
        <p class="hint" id="search-systems-hint">${msg.systemSearchHint}</p>
        <input
          id="search-systems"
          part="input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="search-systems-hint systems-count"
          .value=${this._query}
          @input=${(e: Event) => {
            // Said once with the count, not again with every keystroke of the search.
            if (gone) this.#goneHeard = ctx.data.system;
            this._query = (e.target as HTMLInputElement).value;
          }}
          @keydown=${(e: KeyboardEvent) => this.#onSearchKey(e, matching)}
        />
      </div>
      <fieldset class="field ${ctx.feedback['/system'] ? 'has-error' : ''}" id=${fieldId('/system')} aria-describedby=${this.describedBy('/system', false)}>
        <legend class="visually-hidden">${msg.systemTitle}</legend>
        <!-- The search's description; the status below reads it out. Gone words said too, here: when they appear (a catalogue replaced while the person is here), until the person searches on. -->
        <p id="systems-count" class="hint" aria-hidden="true">
          ${goneSaid ? html`<span class="visually-hidden">${goneSaid} </span>` : nothing}${counted}
        </p>
        <p role="status" class="visually-hidden">${this.#said.words}</p>
        ${this.renderError('/system')}
        <div class="systems">${repeat(
          shown,
          (s) => s.id,
          (s) => this.#renderSystem(ctx, s, ids.get(s)),
        )}</div>
      </fieldset>
    `;
  }

  /**
   * A new catalogue can drop the card that had the focus (chosen or not): the search takes it,
   * never the page; its description, the count, says when the chosen system is gone.
   */
  protected override focusAfter(had: Element) {
    return [...super.focusAfter(had), ...(had.closest('.system') ? ['#search-systems'] : [])];
  }

  #renderSystem(ctx: WizardContextValue, system: SystemDefinition, shownId: string | undefined) {
    const id = `system-${system.id}`;
    const logo = safeUrl(system.logo);
    // Remembered by address: a new catalogue that gives another one tries it.
    const useLogo = logo && !this._failedLogos.has(logo);
    // A category with direction controls (hasDirectionControls) is isolated beside an id, as text
    // (the accessible name keeps its space): an override it never closes (U+202E) would draw the id before it. Right-to-left letters alone keep the card's direction.
    return html`<div class="system" part="system-option">
      <input
        type="radio"
        name="system"
        id=${id}
        .value=${system.id}
        .checked=${ctx.data.system === system.id}
        @change=${() => ctx.actions.selectSystem(system.id)}
      />
      ${
        useLogo
          ? html`<img class="logo" src=${logo} alt="" loading="lazy" referrerpolicy="no-referrer" @error=${() => this.#logoFailed(logo)} />`
          : html`<span class="monogram" aria-hidden="true">${monogram(system.name)}</span>`
      }
      <label for=${id}
        ><span class="name" lang=${textLang(system, 'name', ctx.locale) ?? nothing}>${system.name}</span> ${
          system.category || shownId
            ? html`<span class="category" lang=${(system.category && textLang(system, 'category', ctx.locale)) || nothing}>${system.category && shownId ? `${hasDirectionControls(system.category) ? isolated(system.category) : system.category} ` : (system.category ?? '')}${shownId ? html`<bdi>(${shownId})</bdi>` : ''}</span>`
            : ''
        }</label
      >
    </div>`;
  }

  #logoFailed(url: string) {
    this._failedLogos = new Set(this._failedLogos).add(url);
  }

  /**
   * Enter with exactly one match (or a name typed in full) picks it and moves on: the fastest
   * path for "shop⏎". Otherwise Enter is Continue, as in any single-line field: on with the
   * system chosen, or the problem said.
   */
  #onSearchKey(event: KeyboardEvent, shown: SystemDefinition[]) {
    // Enter that ends an input method's composition (Japanese, Chinese…) picks a word, not a system.
    if (event.key !== 'Enter' || composing(event)) return;
    // A name typed in full picks its system only when no other system has that name (registries hold a few).
    const typed = searchText(this._query);
    const named = shown.filter((s) => [s.name, writtenText(s, 'name')].some((name) => name !== undefined && searchText(name) === typed));
    const only = shown.length === 1 ? shown[0] : named.length === 1 ? named[0] : undefined;
    if (!only) return;
    event.preventDefault();
    this.ctx!.actions.selectSystem(only.id);
    this.ctx!.actions.next();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'connector-wizard-system-step': SystemStep;
  }
}
