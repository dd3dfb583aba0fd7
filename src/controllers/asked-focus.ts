import type { ReactiveControllerHost } from 'lit';
import type { WizardStepElement } from '../steps/wizard-step-element.js';
import { keepFocus, samePlace } from './kept-focus.js';
import * as t from '../wizard/state/transitions.js';
import type { Focus } from '../wizard/state/wizard-state.js';
import type { WizardStore } from '../wizard/state/wizard-store.js';

/** The focused element itself, inside shadow roots too (another wizard's field is not that wizard). */
export function deepFocus(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Whether what the wizard shows after a wait (a step loaded, the catalogue fetched again, a
 * request's answer) may take the focus: from inside the wizard (its steps included), from nowhere
 * (`<body>`, where the focus falls when the control that had it goes), or from `had`, what had it
 * when the wait began (a host page's own button that called `submit()`). A person who went on
 * meanwhile, to another wizard on the page or to the page's own controls, keeps it.
 */
export function focusFree(host: Pick<Element, 'matches'>, had?: Element | null): boolean {
  const active = document.activeElement;
  return !active || active === document.body || host.matches(':focus-within') || deepFocus() === had;
}

/**
 * The focus the state asks for (`state.focus`: a step heading, an error summary, the success
 * heading), given once what takes it is on screen: at once, usually; once it is there when a step
 * or the catalogue is still loading, and then only if the focus is still free (see focusFree). And
 * the focus the wizard had when an update began is kept when what held it goes (`began`, `give`).
 */
export class AskedFocus {
  /** The focus asked for, and what had the focus when it was. */
  #asked?: [focus: Focus, had: Element | null];
  /** The wizard had the focus when this update began; and what comes before the steps, or a conflict notice (its buttons go with it), had it. */
  #had = false;
  #beforeHad = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly store: WizardStore,
    headingLevel: () => number,
  ) {
    // The success panel's heading, or the catalogue's problems', keeps the focus when `heading-level`
    // changes, and only then: a step's template made again gets the focus from `give`.
    let level: number | undefined;
    const headings = ['.success > [tabindex="-1"]', '[part~="catalogue-error"] > [tabindex="-1"]'];
    keepFocus(host, (had) => (level !== (level = headingLevel()) ? samePlace(had, headings) : []));
  }

  /** Call as every update begins: whether the wizard has the focus. `beforeSteps`: the last render showed what comes before the steps (a loading text, a catalogue's problems), with its Cancel. */
  began(beforeSteps: boolean): boolean {
    this.#had = this.host.matches(':focus-within');
    this.#beforeHad = this.#had && (beforeSteps || !!(this.host.shadowRoot ?? this.host).querySelector('[data-conflict]:focus'));
    return this.#had;
  }

  /** Call after every render: `step`, the step element on screen, if any. */
  async give(step: WizardStepElement | null): Promise<void> {
    const beforeHad = this.#beforeHad;
    // A step gave way to a loading text (a draft read for another connector), or to an alert (one that cannot be opened), with the focus in it: the text, or the alert's Cancel, holds it.
    if (this.#had && !step && document.activeElement === document.body)
      (this.host.shadowRoot ?? this.host).querySelector<HTMLElement>('[data-loading], [data-unopened] ~ [part~="cancel"]')?.focus();
    await this.#give(step);
    // The view before the steps, or a conflict notice, went with the focus (a keyboard user on its Cancel, on Keep my version): the step's heading takes it, never <body>.
    if (beforeHad && step && document.activeElement === document.body) await step.updateComplete.then(() => step.focusHeading());
  }

  async #give(step: WizardStepElement | null): Promise<void> {
    const focus = this.store.state.focus;
    if (this.#asked?.[0] !== focus) this.#asked = focus && [focus, deepFocus()];
    if (!focus) return;
    const free = focusFree(this.host, this.#asked![1]);
    // A step (or the catalogue) still loading takes the focus once it is there. Meanwhile the loading text holds a focus that fell
    // to <body> (a Try again pressed goes with its alert), so a screen reader keeps its place and hears what it waits for.
    if (free && focus !== 'success' && !step) {
      if (!document.activeElement || document.activeElement === document.body) (this.host.shadowRoot ?? this.host).querySelector<HTMLElement>('[data-loading]')?.focus();
      return;
    }
    this.#asked = undefined;
    this.store.settle((s) => t.focusOn(s, undefined));
    if (!free) return;
    if (focus === 'success') return void (this.host.shadowRoot ?? this.host).querySelector<HTMLElement>('.success [tabindex="-1"]')?.focus();
    await step!.updateComplete;
    if (focus === 'summary') await step!.focusErrorSummary();
    else await step!.focusHeading();
  }
}
