/**
 * Where the answer to a request may put the focus. A create, a save or a connection test can take
 * tens of seconds (retries wait as long as the server asks), and the person may have moved on
 * meanwhile: to another wizard on the page, or to the page's own controls. What the answer shows
 * takes the focus only from inside this wizard (its steps included), from nowhere (`<body>`,
 * where it falls when the control that had it goes), as a new catalogue does (StepNavigation), or
 * from the control that started the request, where the focus stayed (a host page's own Create
 * button calling `submit()`).
 * Loaded with the later steps: the flow is its only user.
 */
import { deepFocus, focusFree } from '../controllers/asked-focus.js';
import { focusedAtStart } from '../controllers/submission-controller.js';
import type { FlowHost } from './later-api.js';
import { answeredAway } from './state/request-transitions.js';
import type { Said } from './state/wizard-state.js';

/**
 * Shows an answer (`show`, which may ask for the focus), then keeps the focus where the person
 * put it if that is outside the wizard. A success says itself in the polite live region anyway; a
 * create's or a save's problems (`request`) are said there too, since their summary is not
 * focused (a connection test says its own outcome).
 */
export function answered<T>(h: Pick<FlowHost, 'host' | 'store'>, request: 'create' | 'edit' | 'test', show: () => T): T {
  const free = focusFree(h.host, focusedAtStart(h.host));
  const outcome = show();
  const { focus, step } = h.store.state;
  if (free || !focus) return outcome;
  const said: Said | undefined = focus === 'summary' && request !== 'test' ? (msg) => msg.answersRefused(msg.stepLabels[step]!, request === 'edit') : undefined;
  h.store.update((s) => answeredAway(s, said));
  return outcome;
}

/** Tells the host (`connector-created`, `connector-updated`): a listener that moved the focus on, to the page's own controls (its list's new card), keeps it there, and the success is said in the polite live region only. */
export function told(h: Pick<FlowHost, 'host' | 'store'>, event: Event): void {
  const had = deepFocus();
  h.host.dispatchEvent(event);
  if (deepFocus() !== had && !focusFree(h.host)) h.store.update((s) => answeredAway(s));
}
