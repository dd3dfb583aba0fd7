/**
 * "Continue where you left off": the drafts the wizard keeps in this browser (one per
 * `draft-id`), newest first, so a person can pick up a connector they had started.
 */
import { html, render } from 'lit';
import { englishMessages, listDrafts, type DraftSummary } from '../../src/index.js';

/** The steps as the wizard's own step list names them (in English, as this page is written), so a draft is said to be where the wizard will open it. */
const STEPS = englishMessages.stepLabels;

export interface DraftsView {
  locale: string;
  /** Drafts whose create is being sent by a wizard moved aside: not offered until its answer comes. */
  sending: ReadonlySet<string>;
  systemName(system: string): string;
  onContinue(draftId: string): void;
}

function savedAt(updatedAt: number, locale: string) {
  const date = new Date(updatedAt);
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  } catch {
    return date.toLocaleString();
  }
}

function item(draft: DraftSummary, view: DraftsView) {
  const system = draft.system ? view.systemName(draft.system) : 'no system chosen yet';
  const step = STEPS[draft.step] ?? draft.step;
  const saved = savedAt(draft.updatedAt, view.locale);
  // The button's name tells drafts apart (untitled ones, twin names) as the line beside it does.
  return html`<li data-draft>
    <span>${draft.name || 'Untitled'} · ${system} · ${step} · saved <span lang=${view.locale} dir="auto">${saved}</span></span>
    <button type="button" class="link" @click=${() => view.onContinue(draft.id)}>
      Continue<span class="visually-hidden"> ${draft.name || 'the untitled draft'} (${system}, ${step}, saved <span lang=${view.locale}>${saved}</span>)</span>
    </button>
  </li>`;
}

/** Lists the drafts in `section` (hidden when there are none, or no storage to keep them in); resolves to the ids of those listed. */
export async function renderDrafts(section: HTMLElement, view: DraftsView): Promise<ReadonlySet<string>> {
  let drafts: DraftSummary[] = [];
  try {
    // A draft of an edit opens only with its connector set, and this page's edits keep no draft: one another page of
    // this site kept (editing with drafts on) is not offered here as a new connector, which would open empty. It stays stored.
    drafts = (await listDrafts()).filter((d) => !view.sending.has(d.id) && d.editing === undefined);
  } catch {
    // No storage (private mode, blocked): there are no drafts to offer.
  }
  section.hidden = drafts.length === 0;
  render(
    drafts.map((d) => item(d, view)),
    section.querySelector('ul')!,
  );
  return new Set(drafts.map((d) => d.id));
}
