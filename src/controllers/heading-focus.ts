import type { ReactiveControllerHost } from 'lit';

/**
 * A heading rendered by level (`heading-level`) is another element at another level: lit replaces
 * it, and what it held (the heading's focus, or that of the block rendered with it) would fall to
 * `<body>`. Noted before the update, given to the same place after it. `selectors`: what may hold
 * the focus and be replaced with the heading, in the host's shadow root.
 */
export function keepHeadingFocus(host: ReactiveControllerHost & Element, level: () => number | undefined, selectors: readonly string[]): void {
  let was: number | undefined;
  let kept: [had: Element, selector: string] | undefined;
  host.addController({
    hostUpdate() {
      const active = was !== (was = level()) ? host.shadowRoot?.activeElement : undefined;
      const selector = active && selectors.find((s) => active.matches(s));
      kept = selector ? [active, selector] : undefined;
    },
    hostUpdated() {
      if (kept && !kept[0].isConnected) host.shadowRoot?.querySelector<HTMLElement>(kept[1])?.focus();
      kept = undefined;
    },
  });
}
