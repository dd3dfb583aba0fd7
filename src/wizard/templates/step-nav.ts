import { html, nothing } from 'lit';
import type { Messages } from '../../messages/messages.js';
import type { StepId } from '../../schemas/wizard-data.js';

export interface StepLinks {
  /** Steps offered as links. */
  reachable: ReadonlySet<StepId>;
  /** Steps whose answers are complete: their link says "(completed)" to screen readers (never Review's). */
  completed: ReadonlySet<StepId>;
  /** Steps with a server's error waiting on them. */
  problems: ReadonlySet<StepId>;
  sending: boolean;
  goTo: (step: StepId) => void;
}

/** The step buttons at the top: links back to reachable steps, the current one, and "Step n of N"; a step with a server's error waiting on it (`problems`) says so in words, a complete one says it is completed. */
export function stepNav(msg: Messages, steps: readonly StepId[], current: StepId, { reachable, completed, problems, sending, goTo }: StepLinks) {
  const index = steps.indexOf(current);
  return html`<div class="header" part="header">
    <nav aria-label=${msg.stepsLabel} part="steps">
      <ol>
        ${steps.map((step, i) => {
          const label = msg.stepLabels[step];
          const problem = problems.has(step) && html`<span data-problem> (${msg.needsAttention})</span>`;
          if (reachable.has(step))
            return html`<li>
              <button type="button" part="step-link button" aria-disabled=${sending ? 'true' : nothing} @click=${() => goTo(step)}>
                ${label}${problem || (completed.has(step) ? html`<span class="visually-hidden"> (${msg.completed})</span>` : nothing)}
              </button>
            </li>`;
          if (i === index) return html`<li><span part="step-link current" aria-current="step">${label}</span></li>`;
          return html`<li><span part="step-link" class="future">${label}${problem || nothing}</span></li>`;
        })}
      </ol>
    </nav>
    <p class="progress">${msg.stepOf(index + 1, steps.length)}</p>
  </div>`;
}
