import { html, nothing, type PropertyDeclarations } from 'lit';
import type { WizardContextValue } from '../../context/wizard-context.js';
import { canonicalZone, isListedZone, isZoneId, listedZoneName, localOffsetLabel } from '../../date-format/date-format.js';
import { isTakenZone } from '../../schemas/timezone-schema.js';
import { FormStepElement, formStepStyles } from '../form-step-element.js';
import { composing, fieldId } from '../wizard-step-element.js';
import { searchText } from '../../schemas/search-text.js';
import { DateFormatField } from './date-format-field.js';
import { timezoneStyles } from './timezone-styles.js';
import { buildZonesAhead, filterZones, timeZoneOptions, type ZoneOption } from './time-zones.js';

const LISTBOX_ID = 'time-zone-listbox';
/** Enough rows to scroll through; the search narrows the rest. */
const MAX_ROWS = 500;

/**
 * Step 3: the IANA time zone the connector runs in (an ARIA 1.2 combobox over every zone, with
 * its current offset) and the date format the system uses, each with a preview.
 *
 * @tagname connector-wizard-timezone-step
 */
export class TimezoneStep extends FormStepElement {
  static override styles = [...formStepStyles, timezoneStyles];

  static override properties: PropertyDeclarations = {
    _query: { state: true, attribute: false },
    _open: { state: true, attribute: false },
    _activeZone: { state: true, attribute: false },
  };

  private _query?: string;
  private _open = false;
  /** The zone highlighted, by its id: the list may change under it (a language switch reorders and renames the zones). */
  private _activeZone?: string;
  /** The person moved the highlight since typing (arrow keys): the zone highlighted is their pick. */
  #picked = false;
  /** The moment the step opened, which the previews and the zone list's offsets show (and Review after it): they never change by themselves (nothing on the page updates on a timer, WCAG 2.2.2). */
  readonly #opened = new Date();
  /** The date format, below the zone. */
  readonly #dateFormat = new DateFormatField({ radioGroup: (options) => this.renderRadioGroup(options), invalid: (pointer) => this.invalid(pointer) }, this.#opened);

  protected heading() {
    return this.ctx!.msg.timezoneTitle;
  }

  /** The zone list being built ahead, in idle time, for the language in use (`buildZonesAhead`). */
  #ahead?: { locale: string; stop: AbortController };

  /** Review previews the moment this step did: the wizard keeps it (once per opening, a no-op after). */
  override updated() {
    if (this.ctx && this.ctx.previewAt !== this.#opened.getTime()) this.ctx.actions.previewFrom(this.#opened.getTime());
    const locale = this.ctx?.locale;
    if (locale && this.#ahead?.locale !== locale) {
      this.#ahead?.stop.abort();
      this.#ahead = { locale, stop: new AbortController() };
      buildZonesAhead(locale, this.#ahead.stop.signal, this.#opened.getTime());
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#ahead?.stop.abort();
    this.#ahead = undefined;
  }

  protected fieldOrder() {
    return ['/timeZone', '/dateFormat'];
  }

  protected renderStep(ctx: WizardContextValue) {
    return html`<p>${ctx.msg.timezoneIntro}</p>
      ${this.renderTimeZone(ctx)} ${this.#dateFormat.render(ctx)}`;
  }

  private get shownZones(): ZoneOption[] {
    return filterZones(timeZoneOptions(this.ctx?.locale, this.#opened.getTime()), this._query ?? '').slice(0, MAX_ROWS);
  }

  /** Where the zone highlighted is in `zones` as they are now, or -1: one no longer listed is highlighted nowhere. */
  #activeIn(zones: readonly ZoneOption[]): number {
    return this._activeZone === undefined ? -1 : zones.findIndex((z) => z.zone === this._activeZone);
  }

  private renderTimeZone(ctx: WizardContextValue) {
    const { msg, data } = ctx;
    const pointer = '/timeZone';
    const zones = this._open ? this.shownZones : [];
    const selected = listedZoneName(data.timeZone);
    const active = this.#activeIn(zones);
    const activeId = this._open && active >= 0 ? `tz-${active}` : nothing;
    // The name in the language in use shows where the search found the text in it: it says why the zone is listed.
    const typed = searchText(this._query ?? '');
    const name = (z: ZoneOption) => (typed && z.named.includes(typed) ? html`<span class="zone-name">${z.name}</span>` : nothing);
    return html`<div class="field ${ctx.feedback[pointer] ? 'has-error' : ''}" part="field">
      <label for=${fieldId(pointer)} id="tz-label" part="label">${msg.timeZone}</label>
      <p class="hint" id="${fieldId(pointer)}-hint">${msg.timeZoneHint}</p>
      ${this.renderError(pointer)}
      <div class="combobox">
        <input
          id=${fieldId(pointer)}
          type="text"
          part="input"
          dir="ltr"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${this._open && zones.length ? 'true' : 'false'}
          aria-controls=${LISTBOX_ID}
          aria-activedescendant=${activeId}
          aria-invalid=${this.invalid(pointer)}
          aria-describedby=${this.describedBy(pointer, true)}
          .value=${this._query ?? selected ?? ''}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @blur=${this.commitTyped}
          @click=${() => this.setOpen(true)}
        />
        <!-- A press anywhere on the list (an option, its border, its scrollbar) leaves the focus in the box: the list, focusable to stay out of the Tab order, would take it and close. -->
        <ul
          id=${LISTBOX_ID}
          role="listbox"
          aria-labelledby="tz-label"
          tabindex="-1"
          ?hidden=${!this._open || !zones.length}
          @mousedown=${(e: Event) => e.preventDefault()}
        >
          ${zones.map(
            (z, i) => html`<li
              id="tz-${i}"
              role="option"
              class="${i === active ? 'active' : ''} ${z.zone === selected ? 'chosen' : ''}"
              aria-selected=${i === active ? 'true' : 'false'}
              @click=${() => this.choose(z.zone)}
            >
              <span>${z.zone.replace(/_/gu, ' ')}</span>${name(z)}<span class="offset">${z.offset}</span>
            </li>`,
          )}
        </ul>
        <!-- While typing, how many zones match (the list highlights none of several): said politely. -->
        <p class="hint no-match" role="status">
          ${this._open && !zones.length ? msg.timeZoneNoMatch((this._query ?? '').trim()) : this._open && this._query?.trim() ? `${msg.timeZoneCount(zones.length)}.` : ''}
        </p>
      </div>
      ${
        // Only a zone Continue takes is shown as chosen: not an abbreviation typed (EST), which browsers map to a zone of their own choosing.
        // Nor an edited connector's own that is no zone id this browser can tell the time in (not known, or BST): no offset it would guess.
        selected && !this._open && isTakenZone(data.timeZone!, data.editBase) && isZoneId(selected)
          ? html`<p class="hint" data-testid="tz-selected">${selected.replace(/_/gu, ' ')} · ${localOffsetLabel(selected, ctx.locale, this.#opened) ?? ''}</p>`
          : nothing
      }
    </div>`;
  }

  private setOpen(open: boolean) {
    this._open = open;
    // Opened afresh: the highlight is the zone chosen, not one the person moved to.
    this.#picked = false;
    if (open) {
      const zones = this.shownZones;
      const chosen = listedZoneName(this.ctx?.data.timeZone);
      this._activeZone = zones.some((z) => z.zone === chosen) ? chosen : this.#onlyMatch(zones);
      void this.updateComplete.then(() => this.scrollActiveIntoView());
    }
  }

  private onInput(event: Event) {
    this.#picked = false;
    this._query = (event.target as HTMLInputElement).value;
    this._open = true;
    this._activeZone = this.#onlyMatch(this.shownZones);
  }

  /**
   * What typing highlights: the zone Enter and Tab take for the text, the only match or the zone it
   * names listed first ("GMT": UTC), so a screen reader says it; else nothing (the first of several
   * is a guess, which Enter would not take), so the first ArrowDown lands on the first match.
   */
  #onlyMatch(zones: readonly ZoneOption[]): string | undefined {
    const query = this._query?.trim();
    return query && (zones.length === 1 || zones[0]?.zone === this.#typedZone(query)) ? zones[0]?.zone : undefined;
  }

  private onKeydown(event: KeyboardEvent) {
    if (composing(event)) return; // Keys that drive an input method's composition are its own.
    const zones = this._open ? this.shownZones : [];
    const active = this.#activeIn(zones);
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && this._open) this.#picked = true;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this._open) return this.setOpen(true);
        this._activeZone = zones[Math.min(zones.length - 1, active + 1)]?.zone;
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!this._open) return this.setOpen(true);
        // Alt+ArrowUp closes the list (what was typed stays); from nothing highlighted, ArrowUp goes to the last zone (ARIA APG).
        if (event.altKey) return void (this._open = false);
        this._activeZone = zones[active < 0 ? zones.length - 1 : Math.max(0, active - 1)]?.zone;
        break;
      // Home and End move the caret in the text, as in any editable combobox (ARIA APG).
      case 'Enter': {
        event.preventDefault();
        // As leaving the box: the zone moved to with the arrows, else the zone typed (see #typedZone),
        // else the zone highlighted in the open list (the one chosen, as the list opened on it).
        // An open list with a highlighted zone takes it and closes; only a closed list goes on (ARIA APG).
        const query = this._query?.trim();
        const highlighted = zones[active]?.zone;
        const zone = this.#picked && this._open ? highlighted : query ? this.#typedZone(query) : highlighted;
        if (zone && isListedZone(zone)) return this.choose(zone);
        // Text that matches no zone is kept, and Continue says to choose from the list.
        this.commitTyped();
        this.ctx?.actions.next();
        return;
      }
      case 'Escape':
        // Back to the last choice, the list open or closed (Alt+ArrowUp closes it, keeping what was typed).
        if (this._open || this._query !== undefined) {
          event.preventDefault();
          this._open = false;
          this._query = undefined;
        }
        return;
      default:
        return;
    }
    void this.updateComplete.then(() => this.scrollActiveIntoView());
  }

  private scrollActiveIntoView() {
    this.renderRoot.querySelector(`#tz-${this.#activeIn(this.shownZones)}`)?.scrollIntoView({ block: 'nearest' });
  }

  /**
   * Leaving the box (Tab, a click on Continue) or Enter with nothing highlighted: what was typed
   * counts. A zone typed in full (any case), else the one highlighted in the list; text that
   * matches none is kept as typed, so Continue says to choose from the list (it never falls back
   * to the last choice without a word). Nothing typed: the zone moved to with the arrows, as
   * Enter takes it; else the choice stays.
   */
  private commitTyped() {
    const query = this._query?.trim();
    const shown = this.shownZones;
    const moved = this.#picked && this._open ? shown[this.#activeIn(shown)]?.zone : undefined;
    if (query) this.ctx?.actions.update({ timeZone: this.#typedZone(query) });
    else if (moved && isListedZone(moved)) this.ctx?.actions.update({ timeZone: moved });
    this._open = false;
    this._query = undefined;
  }

  /** The zone `query` stands for, or `query` itself when it is none (Continue then refuses it). */
  #typedZone(query: string): string {
    const typed = searchText(query).replace(/ /gu, '_');
    const exact = timeZoneOptions(this.ctx?.locale, this.#opened.getTime()).find((z) => searchText(z.zone) === typed);
    // The zone highlighted only when the person moved to it, or when it is the only match:
    // the first of several ("India" lists America/Indiana/… first) is a guess, not a choice.
    const shown = this.shownZones;
    const highlighted = this.#picked || shown.length === 1 ? shown[this.#activeIn(shown)] : undefined;
    const zone = (this.#picked ? (highlighted ?? exact) : (exact ?? highlighted))?.zone;
    // Another spelling of a listed zone ("US/Eastern", "GMT") is sent as its current name; an offset or an abbreviation ("+10", "EST") is not one.
    return zone ?? (isZoneId(query) ? canonicalZone(query) : query);
  }

  private choose(zone: string) {
    this.ctx?.actions.update({ timeZone: zone });
    this._open = false;
    this._query = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'connector-wizard-timezone-step': TimezoneStep;
  }
}
