import { html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { HeadingLevel } from '../../context/wizard-context.js';
import { announcement } from '../state/selectors.js';
import type { DraftNotice, Focus, WizardState } from '../state/wizard-state.js';
import type { SubmissionProgress } from '../../controllers/submission-controller.js';
import { notOffered, type CatalogueProblemText, type CatalogueState } from '../../controllers/catalogue-controller.js';
import type { Messages } from '../../messages/messages.js';
import type { StepId } from '../../schemas/wizard-data.js';
import { HEADINGS } from './success-panel.js';
import { onePress } from './action-bar.js';
import { markedNames, type Named } from '../../steps/marked-names.js';
import { marking } from '../../messages/marking.js';

/** A notice about the draft; a conflict with another tab offers both ways out, grouped under its text (a button reached by Tab says what it answers); `named`: the labels of the fields whose values left the draft, each with its lang (see markedNames). */
export function draftNotice(msg: Messages, notice: DraftNotice | undefined, inConflict: boolean, loadTheirs: () => void, keepMine: () => void, named: readonly Named[] = []) {
  if (!notice) return nothing;
  if (notice === 'conflict' || notice === 'deleted' || notice === 'created') {
    if (!inConflict) return nothing;
    return html`<div class="notice" data-notice="conflict" part="notice" role="group" aria-labelledby="conflict-text">
      <p id="conflict-text">${msg.draftNotices[notice]}</p>
      <button type="button" class="secondary" part="button" data-conflict="theirs" @click=${loadTheirs}>
        ${notice === 'conflict' ? msg.conflictLoadTheirs : msg.conflictStartAgain}
      </button>
      <button type="button" class="secondary" part="button" data-conflict="mine" @click=${keepMine}>${msg.conflictKeepMine}</button>
    </div>`;
  }
  return html`<p class="notice" data-notice=${notice}>${notice === 'secret-elsewhere' && named.length ? markedNames(msg.draftElsewhereNamed(named.map((n) => n.text)), named) : msg.draftNotices[notice]}</p>`;
}

/**
 * A test answered after the person left Credentials failed a check on another step's field: said where they are, with a way there
 * (see testFailedElsewhere) that lands on that step's error summary, which links to the field, as Create does in the same state.
 */
export function testElsewhere(msg: Messages, { testElsewhere: notice }: WizardState, goTo: (step: StepId, focus: Focus) => void, named: readonly Named[] = []) {
  if (!notice) return nothing;
  return html`<div class="notice" data-test-elsewhere part="notice">
    <p>${markedNames(marking(notice.said, msg), named)}</p>
    <button type="button" class="secondary" part="button" @click=${() => goTo(notice.step, 'summary')}>${notice.go(msg)}</button>
  </div>`;
}

/** Part of the wizard could not be loaded: say so, with a way to try again. */
export function loadError(msg: Messages, tryAgain: () => void) {
  return html`<div class="notice error" role="alert" part="load-error">
    <p>${msg.loadFailed}</p>
    <button type="button" class="secondary" part="button retry" @click=${tryAgain}>${msg.tryAgain}</button>
  </div>`;
}

/**
 * The polite live region: retries as they happen, else the last announcement, each as a new text (two templates by turns), so the same
 * words said again are said again; the catalogue's names it holds (`named`, see catalogueNames) marked with their lang, as on screen, and
 * never the server's words a test's outcome quotes (see quoting.ts).
 */
export function liveText(msg: Messages, s: WizardState, progress: SubmissionProgress | undefined, named: readonly Named[] = []) {
  const text =
    progress?.state === 'sending' && progress.attempt > 1 ? msg.retrying(progress.attempt, progress.attempts, progress.waitSeconds) : markedNames(announcement(s, msg), named);
  return (s.said ?? 0) % 2 ? html`${text}` : html`${text}`;
}

/** While a create, or an edit's changes, are sent (and retried). */
export function sending(msg: Messages, progress: { state: string; attempt?: number; attempts?: number; waitSeconds?: number } | undefined, editing: boolean) {
  if (progress?.state !== 'sending') return nothing;
  return html`<p class="sending" data-progress>${progress.attempt! > 1 ? msg.retrying(progress.attempt!, progress.attempts!, progress.waitSeconds) : editing ? msg.saving : msg.creating}</p>`;
}

/**
 * A catalogue with nothing to offer: what is wrong with it (the parser's problems in English, marked
 * so; a failed fetch in the wizard's language); Try again when fetching it failed (the first step
 * then takes the focus). The heading can take the focus when a Try again fails in a way asking
 * again cannot mend.
 */
export function catalogueProblems(
  msg: Messages,
  { problems, unloaded }: { problems: readonly CatalogueProblemText[]; unloaded?: true },
  level: HeadingLevel,
  tryAgain?: () => void,
) {
  const h = HEADINGS[level];
  return staticHtml`<div class="catalogue-error" role="alert" part="catalogue-error">
    <${h} tabindex="-1">${unloaded ? msg.catalogueUnloadedTitle : msg.catalogueErrorTitle}</${h}>
    <ul>
      ${problems.map((p) => (typeof p === 'string' ? html`<li lang="en" dir="ltr">${p}</li>` : html`<li>${p(msg)}</li>`))}
    </ul>
    ${tryAgain ? html`<button type="button" class="secondary" part="button retry" @click=${tryAgain}>${msg.tryAgain}</button>` : nothing}
  </div>`;
}

/** What the wizard shows before its steps can: the catalogue or the draft loading, or why it cannot start. */
export interface StartView {
  catalogue: CatalogueState;
  /** The host's `system` preset. */
  system: string | undefined;
  /** Why the host's `connector` could not be opened (its system the catalogue lacks, said as a preset's is; no usable id): the edit never becomes a new connector. */
  unopened: ((msg: Messages) => string) | undefined;
  draftLoading: boolean;
  level: HeadingLevel;
  /** A create or an edit's save is under way, sent or not yet (read when Cancel is pressed too). */
  sending: () => boolean;
  cancel: () => void;
  /** Fetches the catalogue again. */
  tryAgain: () => void;
}

/** The status or the alert shown instead of the steps, or undefined once they can show. */
export function beforeSteps(msg: Messages, v: StartView) {
  const said = startView(msg, v);
  // Nothing can be set up yet, or at all: Cancel is still there (after the status or the alert), so a host that closes its dialog
  // on it lets the person out of a slow load too; as in the action bar, not while a create or a save is under way, sent or not yet (the host would hear "cancelled", then "created").
  // One template in every state, so it is the same button throughout: a keyboard user on it keeps the focus when the loading text gives way to an alert.
  // A double click's second click (`detail` 2) does nothing, as in the action bar: it stays put, and the host would hear "cancelled" twice.
  return (
    said &&
    html`${said}<button type="button" class="link" part="button cancel" aria-disabled=${v.sending() ? 'true' : nothing} @click=${onePress(() => v.sending() || v.cancel())}>${msg.cancel}</button>`
  );
}

function startView(msg: Messages, v: StartView) {
  const { catalogue } = v;
  if (catalogue.status === 'loading') return html`<p role="status" data-loading tabindex="-1">${msg.loadingCatalogue}</p>`;
  if (catalogue.status === 'none') return html`<div class="catalogue-error" role="alert" part="catalogue-error"><p>${msg.noCatalogue}</p></div>`;
  if (catalogue.status === 'error') return catalogueProblems(msg, catalogue, v.level, catalogue.retry && v.tryAgain);
  const unknown = v.system && !catalogue.catalogue.systems.some((sys) => sys.id === v.system) && notOffered(catalogue, v.system)(msg);
  const said = v.unopened?.(msg) ?? unknown;
  // `data-unopened`: its Cancel takes the focus from a step that gave way to it (see ConnectorWizard.updated).
  if (said) return html`<div class="catalogue-error" role="alert" part="catalogue-error" data-unopened><p>${said}</p></div>`;
  return v.draftLoading ? html`<p role="status" data-loading tabindex="-1">${msg.loadingDraft}</p>` : undefined;
}
