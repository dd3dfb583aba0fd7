import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { DraftStatus } from '../../controllers/draft-host.js';
import type { SubmissionProgress } from '../../controllers/submission-controller.js';
import type { Messages } from '../../messages/messages.js';
import type { StepId } from '../../schemas/wizard-data.js';
import type { Focus, WizardState } from '../state/wizard-state.js';
import type { SystemDefinition } from '../../catalogue/catalogue-schema.js';
import { textLang } from '../../catalogue/localize-catalogue.js';
import { elsewhereFields, shownNotice } from '../state/secret-elsewhere.js';
import { actionBar, type ActionBar } from './action-bar.js';
import { checkedOnce, completedSteps, reachableSteps, stepsWithProblems, type StepCheck } from '../state/selectors.js';
import { draftNotice, loadError, sending, testElsewhere } from './notices.js';
import { stepNav } from './step-nav.js';
import { markedNames, type Named } from '../../steps/marked-names.js';
import { marking } from '../../messages/marking.js';
import { heldNotice } from './success-panel.js';

/** Parts inside the step elements, re-exported so `connector-wizard::part(input)` works. */
const STEP_PARTS =
  'heading, field, label, input, error, error-summary, summary, system-option, button, change, notice, test-connection, test-checks, test, connect, oauth-finished, paste-undo';

/** Steps are rendered by tag, so each stays a separate, separately testable element. */
const STEPS: Record<StepId, unknown> = {
  system: html`<connector-wizard-system-step data-step="system" part="step" exportparts=${STEP_PARTS}></connector-wizard-system-step>`,
  general: html`<connector-wizard-general-step data-step="general" part="step" exportparts=${STEP_PARTS}></connector-wizard-general-step>`,
  timezone: html`<connector-wizard-timezone-step data-step="timezone" part="step" exportparts=${STEP_PARTS}></connector-wizard-timezone-step>`,
  auth: html`<connector-wizard-auth-step data-step="auth" part="step" exportparts=${STEP_PARTS}></connector-wizard-auth-step>`,
  credentials: html`<connector-wizard-credentials-step data-step="credentials" part="step" exportparts=${STEP_PARTS}></connector-wizard-credentials-step>`,
  review: html`<connector-wizard-review-step data-step="review" part="step" exportparts=${STEP_PARTS}></connector-wizard-review-step>`,
};

export interface ShellView {
  state: WizardState;
  steps: readonly StepId[];
  /** A step's problems (undefined while its code is not loaded): which steps the navigation offers, and which it says are completed. */
  check: StepCheck;
  /** The current step's code is on its way: a status says so. */
  stepLoading: boolean;
  /** It could not be loaded: an alert with Try again. */
  loadFailed: boolean;
  /** The draft's status: a conflict offers both ways out, a draft `kept` says so. */
  draftStatus: DraftStatus;
  /** The system of the answers, in the language in use: the fields a notice names, by their labels. */
  system: () => SystemDefinition | undefined;
  /** The locale the element speaks: a label the notice names shown as written is marked with its own lang (textLang). */
  locale: string;
  /** The catalogue's names the wizard's sentences may hold (catalogueNames): marked with their lang in an alert or a notice, as the steps mark them. */
  named: readonly Named[];
  progress?: SubmissionProgress;
  actions: Omit<ActionBar, 'first' | 'onReview' | 'sending' | 'editing' | 'conflict' | 'confirmingDiscard'>;
  /** A step button's move (the focus on the heading), or a notice's (`focus`). */
  goTo: (step: StepId, focus?: Focus) => void;
  resolveConflict: (choice: 'theirs' | 'mine') => void;
  tryAgain: () => void;
}

/**
 * The wizard around the current step: navigation, notices, the step, what went wrong, the actions (inside the element's part="base").
 * What went wrong is a new alert for each refusal or failure (each is a new `submitError`), so the same words after a second
 * press are said again; a render for anything else keeps it as it is.
 */
export function wizardShell(msg: Messages, v: ShellView) {
  const s = v.state;
  const check = checkedOnce(v.check);
  const fields = elsewhereFields(s, v.system());
  // Each label with its lang where shown as written in another language (textLang), as the steps mark it.
  const named = fields.map((f) => ({ text: f.label, lang: textLang(f, 'label', v.locale) }));
  const reachable = reachableSteps(s, v.steps, check);
  return html`
    ${stepNav(msg, v.steps, s.step, {
      reachable,
      // Said of links alone: a step the navigation does not link is not checked.
      completed: completedSteps(s, reachable, check),
      problems: stepsWithProblems(s),
      sending: v.progress?.state === 'sending' || v.actions.submitting(),
      goTo: v.goTo,
    })}
    ${s.storageNotice ? html`<p class="notice" data-notice="storage">${msg.draftsUnavailable}</p>` : nothing}
    ${heldNotice(msg, s.draftHeld)}
    ${draftNotice(
      msg,
      v.draftStatus === 'kept' ? 'kept' : shownNotice(s, fields),
      v.draftStatus === 'conflict',
      () => v.resolveConflict('theirs'),
      () => v.resolveConflict('mine'),
      named,
    )}
    ${testElsewhere(msg, s, v.goTo, v.named)}
    ${v.stepLoading ? (v.loadFailed ? nothing : html`<p role="status" data-loading tabindex="-1">${msg.loadingStep}</p>`) : STEPS[s.step]}
    ${s.submitError ? keyed(s.submitError, html`<div class="notice error" role="alert" part="submit-error">${markedNames(marking(s.submitError, msg), v.named)}</div>`) : nothing}
    ${v.loadFailed ? loadError(msg, v.tryAgain) : nothing}
    ${sending(msg, v.progress, Boolean(s.editing))}
    ${actionBar(msg, {
      ...v.actions,
      first: v.steps.indexOf(s.step) <= 0,
      onReview: s.step === 'review',
      sending: v.progress?.state === 'sending',
      editing: Boolean(s.editing),
      conflict: s.editConflict?.label(msg),
      confirmingDiscard: s.confirmDiscard,
    })}`;
}
