import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WizardContextValue } from '../../context/wizard-context.js';
import { fieldId } from '../wizard-step-element.js';

type Step = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };
type Control = HTMLInputElement | HTMLTextAreaElement;

/**
 * Undo of the last fill from a paste (or a drop): its values put back by the store, then, from its
 * button, the focus on the first field put back (`first`), not on the page the button leaves.
 */
export async function undoFill(step: Step, ctx: () => WizardContextValue | undefined, first?: string): Promise<void> {
  ctx()?.actions.undoPaste();
  // The undone state reaches the step through the context, an update or two later.
  for (let i = 0; i < 3 && !('undone' in (ctx()?.paste ?? {})); i++) await step.updateComplete;
  if (first) step.renderRoot.querySelector<HTMLElement>(`#${fieldId(`/credentials/${first}`)}`)?.focus();
}

/**
 * The browser's own Undo and Redo in the credential fields (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y, the
 * context menu). Its history holds only what the browser set; replayed over a value the form
 * wrote (a trim when the field is left, a fill from a paste, that fill undone) an Undo changes
 * nothing and the Redo after it inserts the old text again, unseen in a masked field. So the
 * history runs only while a field holds what the browser's own last edit left there, and a Redo
 * only after an Undo that changed something. A fill from a paste was never the browser's: Ctrl+Z
 * in a field it filled and not typed in since, or in the field pasted into before anything is
 * typed there, undoes it as its Undo button does.
 */
export class EditHistory implements ReactiveController {
  /** What each control held after the browser's last edit of it. */
  readonly #edited = new WeakMap<EventTarget, string>();
  /** Controls whose last Undo changed nothing: their Redo would insert old text. */
  readonly #staleRedo = new WeakSet<EventTarget>();
  /** The control a fill's paste landed on, until it is edited. */
  #pastedInto?: EventTarget;
  #undoing?: string;

  constructor(
    private readonly step: Step,
    private readonly ctx: () => WizardContextValue | undefined,
  ) {
    step.addController(this);
  }

  hostConnected() {
    for (const type of ['beforeinput', 'input', 'keydown']) this.step.addEventListener(type, this, true);
  }

  hostDisconnected() {
    for (const type of ['beforeinput', 'input', 'keydown']) this.step.removeEventListener(type, this, true);
  }

  /**
   * A paste (or a drop) on `control` filled the fields `keys`: Ctrl+Z there undoes that, until the
   * control is edited. The browser's Redo in those fields would replay what it undid before the
   * fill (text typed and taken back) over the fill or, once the fill is undone, over what it put
   * back: it does nothing there until the browser edits the field again.
   */
  filled(control: EventTarget | null, keys: readonly { key: string }[]) {
    this.#pastedInto = control ?? undefined;
    for (const { key } of keys) {
      const filled = this.step.renderRoot.querySelector(`#${fieldId(`/credentials/${key}`)}`);
      if (filled) this.#staleRedo.add(filled);
    }
  }

  handleEvent(event: Event) {
    const control = event.composedPath()[0];
    if (!(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement)) return;
    if (event instanceof KeyboardEvent) this.#keyed(event, control);
    else if (event.type === 'input') this.#input(event as InputEvent, control);
    else this.#before(event as InputEvent, control);
  }

  #keyed(event: KeyboardEvent, control: Control) {
    if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z') return;
    const ctx = this.ctx();
    const paste = ctx?.paste;
    const key = control.closest('[data-field]')?.getAttribute('data-field');
    if (!paste || 'undone' in paste || paste.authType !== ctx.data.authType) return;
    // A filled field typed in since is the browser's again: its Ctrl+Z takes back the typing.
    if (!(control === this.#pastedInto || (key && paste.filled.includes(key) && !paste.typed?.includes(key)))) return;
    event.preventDefault();
    this.#pastedInto = undefined;
    void undoFill(this.step, this.ctx);
  }

  #before(event: InputEvent, control: Control) {
    if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return;
    const redo = event.inputType === 'historyRedo';
    if (control.value !== this.#edited.get(control) || (redo && this.#staleRedo.has(control))) event.preventDefault();
    else this.#undoing = redo ? undefined : control.value;
  }

  #input(event: InputEvent, control: Control) {
    if (control === this.#pastedInto) this.#pastedInto = undefined;
    if (event.inputType === 'historyUndo' && this.#undoing === control.value) this.#staleRedo.add(control);
    else if (event.inputType !== 'historyRedo') this.#staleRedo.delete(control);
    this.#undoing = undefined;
    this.#edited.set(control, control.value);
  }
}
