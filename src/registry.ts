/** Marks this package's elements, whichever copy of it defined them (Symbol.for is shared across copies). */
const OURS = Symbol.for('connector-wizard.element');

/**
 * Registers tags once: a page may load the bundle twice (e.g. two widgets); the first definition
 * stands. A tag that other code defined first is left to it, and the console says which.
 */
export function defineElements(elements: [string, CustomElementConstructor][]): void {
  const taken: string[] = [];
  for (const [tag, ctor] of elements) {
    const existing = customElements.get(tag);
    if (existing) {
      if (!(OURS in existing)) taken.push(tag);
      continue;
    }
    Object.defineProperty(ctor, OURS, { value: true });
    customElements.define(tag, ctor);
  }
  if (taken.length) console.warn(`<connector-wizard>: ${taken.join(', ')} already defined by other code, which is used instead.`);
}
