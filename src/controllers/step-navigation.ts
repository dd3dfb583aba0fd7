import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { StepChangeEvent } from '../events/step-change-event.js';
import { STEP_IDS, type Feedback, type StepId } from '../schemas/wizard-data.js';
import type { Flow } from '../wizard/later-api.js';
import { authTypeOf, firstInvalid, systemOf } from '../wizard/state/selectors.js';
import { settleRestoredStep } from '../wizard/state/draft-transitions.js';
import * as t from '../wizard/state/transitions.js';
import type { Focus, Said } from '../wizard/state/wizard-state.js';
import type { WizardStore } from '../wizard/state/wizard-store.js';
import type { RestoreHow } from './draft-host.js';
import type { LaterLoader } from './later-loader.js';

export interface StepNavigationOptions {
  store: WizardStore;
  later: LaterLoader;
  flow: () => Flow | undefined;
  catalogue: () => Catalogue | undefined;
  steps: () => readonly StepId[];
  /** A step's problems; `undefined` while its code is not loaded. */
  check: (step: StepId) => Feedback | undefined;
  /** Saves the draft at once (a step change is worth a strict write). */
  saveNow: () => void;
  /** The host's `connector` cannot be opened and says so: no step is on screen to move from or to. */
  unopened: () => boolean;
}

/**
 * Moving between steps: Continue checks the step and waits for the next one's code, Back never
 * checks, a step button or `goTo` reaches any earlier step or a later complete one, and a
 * restored draft lands on its step. Each move asks the host page first (the cancelable
 * `connector-wizard-step-change`).
 */
export class StepNavigation implements ReactiveController {
  /** Another tab's version (followed, or chosen in a conflict) whose step has not landed yet: whether the focus was in the wizard when it came, and what to say of the move. */
  #followed?: { within: boolean; said: Said };

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly o: StepNavigationOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get #state() {
    return this.o.store.state;
  }

  firstInvalid(steps: readonly StepId[], ignoreDroppedSecrets = false) {
    return firstInvalid(this.#state, steps, this.o.check, ignoreDroppedSecrets);
  }

  /** `kept`: called when the host keeps the step (a prevented step change), never when its listener started again (reset()), whose fresh form the move was not about. */
  changeStep(to: StepId, focus: Focus = 'heading', kept?: () => void): boolean {
    const s = this.#state;
    if (s.created) return false;
    if (to === s.step) {
      this.o.store.update((state) => t.focusOn(state, focus));
      return true;
    }
    const event = new StepChangeEvent(s.step, to);
    this.host.dispatchEvent(event);
    // Its listener started again (reset()): this move was for answers that are gone.
    if (this.#state !== s) return false;
    if (event.defaultPrevented) return (kept?.(), false);
    // What a credential's rule changed (a space trimmed) is said on Review, which shows it by the value: moving on straight after typing (Enter), it was never heard or seen.
    // Only notes made since the last such move, so a later pass that changed nothing says nothing long past.
    const notes = s.step === 'credentials' && to === 'review' ? this.o.flow()?.commitCredentials(true) : undefined;
    this.o.store.update((state) => t.moved(state, to, this.o.steps(), focus));
    if (notes) this.o.store.update((state) => t.announce(state, notes));
    this.o.saveNow();
    return true;
  }

  /** Validates the current step and moves on (to Review, when it came from a Change link). */
  async next(): Promise<boolean> {
    const { later, store } = this.o;
    // The catalogue no longer has an answer of an earlier step (and the host kept the step then): back there, unless kept again.
    const gone = this.#gone();
    const asked = this.#state;
    // A listener that started again (reset()) ends this Continue too: the fresh form was asked nothing.
    if (gone && (this.changeStep(gone) || this.#state !== asked)) return false;
    if (this.#state.step !== 'system' && !this.o.flow() && !(await later.needFor(() => this.next()))) return false;
    if (this.#state.step === 'credentials') this.o.flow()?.commitCredentials();
    const feedback = this.o.check(this.#state.step) ?? {};
    if (Object.keys(feedback).length) {
      store.update((s) => t.showFeedback(s, feedback));
      return false;
    }
    const steps = this.o.steps();
    let to = steps[steps.indexOf(this.#state.step) + 1]!;
    if (this.#state.returnToReview && !this.firstInvalid(steps.slice(0, steps.indexOf('review')))) to = 'review';
    // The next step is on screen when it is shown: no half-loaded step in between. What was
    // checked still holds only if nothing changed while it loaded (a discard, another tab).
    if (!this.o.flow()) {
      const { step: from, data } = this.#state;
      if (!(await later.needFor(() => this.next()))) return false;
      if (this.#state.step !== from) return false;
      if (this.#state.data !== data) return this.next();
      if (this.changeStep(to)) return true;
      // The step was replaced by "loading" meanwhile, and the focus with it: kept there by the host, the step takes it back.
      if (document.activeElement === document.body) this.o.store.update((s) => t.focusOn(s, 'heading'));
      return false;
    }
    return this.changeStep(to);
  }

  /** A create or an edit's save is under way, sent or not yet (checked, its key made): the answers it sends stay as they are, on Review, until the answer comes. */
  get #sending(): boolean {
    return Boolean(this.o.flow()?.sending || this.#state.submitting);
  }

  back(): boolean {
    const steps = this.o.steps();
    const index = steps.indexOf(this.#state.step);
    return index > 0 && !this.#sending && !this.o.unopened() && this.changeStep(steps[index - 1]!);
  }

  /** `focus`: what takes the focus on the step (its heading unless said). */
  async goTo(step: StepId, options: { returnToReview?: boolean; focus?: Focus } = {}): Promise<boolean> {
    const steps = this.o.steps();
    if (!(STEP_IDS as readonly string[]).includes(step)) throw new Error(`connector-wizard: unknown step "${String(step)}". Use one of: ${steps.join(', ')}.`);
    if (!steps.includes(step))
      throw new Error(
        `connector-wizard: step "${step}" is skipped ${this.#state.editing ? 'while a connector is edited' : 'because the "system" attribute is set'}. Use one of: ${steps.join(', ')}.`,
      );
    if (!this.o.catalogue() || this.#state.created || this.#sending || this.o.unopened()) return false;
    if (step !== 'system' && !this.o.flow() && !(await this.o.later.needFor(() => this.goTo(step, options)))) return false;
    if (steps.indexOf(step) > steps.indexOf(this.#state.step) && this.firstInvalid(steps.slice(0, steps.indexOf(step)))) return false;
    if (!this.changeStep(step, options.focus)) return false;
    // Only once the host let the step change: a prevented `goTo` changes nothing, where Continue goes included.
    this.o.store.update((s) => t.returnToReview(s, step !== 'review' && Boolean(options.returnToReview)));
    return true;
  }

  /** Past the System (or Auth) step, the step whose answer (a system, a way to sign in) the catalogue no longer has. */
  #gone(): StepId | undefined {
    const { step, data, restoredStep, created } = this.#state;
    const system = systemOf(this.o.catalogue(), data.system);
    const steps = this.o.steps();
    const gone: StepId | undefined = !system ? 'system' : data.authType && !authTypeOf(system, data.authType) ? 'auth' : undefined;
    const back = this.o.catalogue() && data.system && !restoredStep && !created && !this.#sending && gone && steps.indexOf(step) > steps.indexOf(gone) && steps.includes(gone);
    return back ? gone : undefined;
  }

  /**
   * A new catalogue: a restored draft lands on its step; past the System (or Auth) step, a system
   * (or way to sign in) the catalogue no longer has takes the person back there, where it is said.
   * The answers stay, for a catalogue that offers it again. A step change as any other: a host
   * that keeps the step sees the move asked again at the next Continue.
   */
  catalogueChanged(): void {
    const gone = this.#gone();
    // The focus goes with it only from inside the wizard, never from the page.
    const within = (this.host as unknown as Element).matches(':focus-within');
    if (gone && this.changeStep(gone) && !within) this.o.store.update((s) => t.focusOn(s, undefined));
    this.settleRestoredStep();
  }

  /** The later module arrived (after Try again too): a restored draft waiting for it lands on its step. */
  hostUpdate(): void {
    if (this.#state.restoredStep && this.o.later.module) this.settleRestoredStep();
  }

  /**
   * Lands on a restored draft's step once the catalogue and the later steps can check the ones
   * before it. `how` (from WizardSession.restore): `follow` for another tab's save this tab
   * follows, `theirs` for the other version chosen in a conflict; left out when the landing
   * waited for the later steps.
   */
  settleRestoredStep(how?: RestoreHow): void {
    // Whether the focus was in the wizard is asked now: a step still loading takes it away meanwhile.
    // The other version is chosen with a button in the wizard (gone by now, its focus with it).
    const within = how === 'theirs' || (this.host as unknown as Element).matches(':focus-within');
    if (how !== undefined)
      this.#followed = how === 'follow' || how === 'theirs' ? { within, said: (msg) => (how === 'theirs' ? msg.draftTheirs : msg.draftFollowed) } : undefined;
    const saved = this.#state.restoredStep;
    const steps = this.o.steps();
    if (!saved || !this.o.catalogue()) return;
    if (!this.o.later.module && saved !== steps[0]) {
      void this.o.later.need(() => this.settleRestoredStep()).then((module) => module && this.settleRestoredStep());
      return;
    }
    const invalid = (before: readonly StepId[]) => this.firstInvalid(before, true)?.step;
    const follow = this.#followed;
    this.#followed = undefined;
    const { step: from } = this.#state;
    const to = settleRestoredStep(this.#state, steps, invalid).step;
    if (!follow || to === from) return this.o.store.update((s) => settleRestoredStep(s, steps, invalid));
    // Another tab's version onto another step (followed, or chosen with Use the other version) is
    // a step change like any other: the host is asked (one that keeps the step keeps it, with the
    // other tab's answers), the focus goes to the new heading if it was in the wizard (the step it
    // was in is gone), and the move is said.
    const event = new StepChangeEvent(from, to);
    this.host.dispatchEvent(event);
    if (event.defaultPrevented) return this.o.store.update((s) => settleRestoredStep(s, steps, invalid, true));
    this.o.store.update((s) => t.announce(t.focusOn(settleRestoredStep(s, steps, invalid), follow.within ? 'heading' : undefined), follow.said));
  }
}
