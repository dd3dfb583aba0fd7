/** Registers tags once: a page may load the bundle twice (e.g. two widgets); the first definition stands. */
export function defineElements(elements: [string, CustomElementConstructor][]): void {
  for (const [tag, ctor] of elements) if (!customElements.get(tag)) customElements.define(tag, ctor);
}
