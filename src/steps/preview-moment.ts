/**
 * The moment the date format previews show, per wizard: the Time zone step records when it
 * opened, Review shows the same, so the two agree and neither changes by itself (WCAG 2.2.2).
 * Keyed by the context's `actions`, one object for a wizard's life (the context value itself is
 * replaced on every change); kept with the later steps, the only ones that preview a date.
 */
const moments = new WeakMap<object, Date>();

/** The Time zone step, open since `opened`, previews that moment; Review then shows it too. */
export function timeZoneStepMoment(actions: object, opened: Date): Date {
  moments.set(actions, opened);
  return opened;
}

/** When the wizard's Time zone step last opened; `undefined` before it has (an edit opened on Review). */
export const previewMoment = (actions: object): Date | undefined => moments.get(actions);
