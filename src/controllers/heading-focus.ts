import type { ReactiveControllerHost } from 'lit';

/**
 * A heading rendered by level (`heading-level`) is another element at another level: lit replaces
 * it, and what it held (the heading's focus, or that of the block rendered with it) would fall to
 * `<body>`. Noted before the update, given to the same place after it. `selectors`: what may hold
 * the focus and be replaced with the heading, in the host's shadow root; anything else replaced
 * with it (a step's fields, in the same template) is found again by its id, else its name, and a
 * text field's caret or selection goes with it.
 */
export function keepHeadingFocus(host: ReactiveControllerHost & Element, level: () => number | undefined, selectors: readonly string[]): void {
  let was: number | undefined;
  let kept: [had: Element, selector: string] | undefined;
  host.addController({
    hostUpdate() {
      const active = was !== (was = level()) ? host.shadowRoot?.activeElement : undefined;
      const name = active?.getAttribute('name');
      const selector = active && (selectors.find((s) => active.matches(s)) ?? (active.id ? `#${CSS.escape(active.id)}` : name && `[name="${CSS.escape(name)}"]`));
      kept = selector ? [active, selector] : undefined;
    },
    hostUpdated() {
      const [had, selector] = kept ?? [];
      kept = undefined;
      if (!had || had.isConnected) return;
      const now = host.shadowRoot?.querySelector<HTMLInputElement>(selector!);
      now?.focus();
      // A field taken out of the page keeps its selection; null on what has none (a radio, a heading: undefined).
      const { selectionStart: start, selectionEnd: end, selectionDirection } = had as HTMLInputElement;
      if (now?.selectionStart != null && start != null) now.setSelectionRange(start, end, selectionDirection ?? undefined);
    },
  });
}
