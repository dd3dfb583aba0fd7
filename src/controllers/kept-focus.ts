import type { ReactiveControllerHost } from 'lit';

/**
 * A render can take the focus from what held it: lit makes a heading rendered at another level
 * (`heading-level`) again, with the block rendered beside it, and a new catalogue lists a control
 * elsewhere (a node moved loses the focus), drops it or makes it again as another kind. What held
 * the focus is noted before the update; if nothing in the host holds the focus after it, the first of
 * `placesFor(had)` there is, in the host's shadow root, takes it, never `<body>`, and a text
 * field's caret or selection goes with it.
 */
export function keepFocus(host: ReactiveControllerHost & Element, placesFor: (had: Element) => readonly string[]): void {
  let kept: [had: Element, places: readonly string[]] | undefined;
  host.addController({
    hostUpdate() {
      const had = host.shadowRoot?.activeElement;
      kept = had ? [had, placesFor(had)] : undefined;
    },
    hostUpdated() {
      const [had, places] = kept ?? [];
      kept = undefined;
      const root = host.shadowRoot;
      if (!had || !root || root.activeElement) return;
      const now = places!.map((place) => root.querySelector<HTMLInputElement>(place)).find(Boolean);
      now?.focus();
      // A field taken out of the page keeps its selection; null on what has none (a radio, a heading: undefined).
      const { selectionStart: start, selectionEnd: end, selectionDirection } = had as HTMLInputElement;
      if (now?.selectionStart != null && start != null) now.setSelectionRange(start, end, selectionDirection ?? undefined);
    },
  });
}

/** The same place made again: the one of `places` that `had` matches, else the control with its id (every control a step renders has one). */
export function samePlace(had: Element, places: readonly string[] = []): string[] {
  return [...places.filter((place) => had.matches(place)), ...(had.id ? [`#${CSS.escape(had.id)}`] : [])];
}
