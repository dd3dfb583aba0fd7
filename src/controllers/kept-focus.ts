import type { ReactiveControllerHost } from 'lit';

/** The headings a render makes again at another level, and those that take a focus no control kept. */
const HEADING = ':is(h2, h3, h4, h5, h6)';
const FOCUSABLE_HEADING = `${HEADING}[tabindex="-1"]`;

/** Where an element sits: its tag and the index among its parent's children, from the shadow root down (a heading's level aside). */
type Position = readonly [tag: string, index: number][];
const tagOf = (e: Element) => (e.matches(HEADING) ? 'H' : e.tagName);

function positionOf(e: Element, root: ShadowRoot): Position {
  const chain: [string, number][] = [];
  for (let at: Element | null = e; at; at = at.parentElement) chain.unshift([tagOf(at), [...(at.parentElement ?? root).children].indexOf(at)]);
  return chain;
}

function atPosition(root: ShadowRoot, position: Position): HTMLElement | undefined {
  let at: Element | undefined;
  for (const [tag, index] of position) {
    at = (at ?? root).children[index];
    if (!at || tagOf(at) !== tag) return undefined;
  }
  return at as HTMLElement | undefined;
}

interface Noted {
  had: Element;
  places: readonly string[];
  where: Position;
  /** The first heading before the update, and where it was: gone, with a heading in its place, the template was made again. */
  heading?: [Element, Position];
}

/**
 * A render can take the focus from what held it: lit makes a heading rendered at another level
 * (`heading-level`) again, with the block rendered beside it, and a new catalogue lists a control
 * elsewhere (a node moved loses the focus), drops it or makes it again as another kind. What held
 * the focus is noted before the update; if nothing in the host holds the focus after it, the first of
 * `placesFor(had)` there is, in the host's shadow root, takes it, and a text field's caret or
 * selection goes with it. When the template was made again (its heading replaced by a heading in
 * the same place), a control with no id (Add another connector, a Change button, an error summary's
 * link) is found again where it was, by its position and tag, else the heading takes the focus:
 * never `<body>`.
 */
export function keepFocus(host: ReactiveControllerHost & Element, placesFor: (had: Element) => readonly string[]): void {
  let noted: Noted | undefined;
  host.addController({
    hostUpdate() {
      const root = host.shadowRoot;
      const had = root?.activeElement;
      const heading = had && root.querySelector(HEADING);
      noted = had ? { had, places: placesFor(had), where: positionOf(had, root), heading: heading ? [heading, positionOf(heading, root)] : undefined } : undefined;
    },
    hostUpdated() {
      const { had, places, where, heading } = noted ?? {};
      noted = undefined;
      const root = host.shadowRoot;
      const active = root?.activeElement as HTMLInputElement | null | undefined;
      // A control disabled under the focus (an environment a new existing connector takes) loses it at the next frame: gone too.
      if (!had || !root || (active && !active.disabled)) return;
      const remade = heading && !heading[0].isConnected && atPosition(root, heading[1])?.matches(HEADING);
      // Made again: the control with its id, else at its place; else where the host says (a control gone: the step's own fallbacks).
      // A control with an id that is gone (a new catalogue dropped it) is not looked for by its place: another field may stand there.
      const again = remade ? (had.id ? root.getElementById(had.id) : atPosition(root, where!)) : undefined;
      // The first that takes the focus: a fieldset found by the id its select had (radios again) takes none, so the next is tried.
      const now = (again ? [again as HTMLInputElement] : places!.map((place) => root.querySelector<HTMLInputElement>(place))).find(
        (e) => e && !e.disabled && (e.focus(), root.activeElement === e),
      );
      if (remade && !root.activeElement) root.querySelector<HTMLElement>(FOCUSABLE_HEADING)?.focus();
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
