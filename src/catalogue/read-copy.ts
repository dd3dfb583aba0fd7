/**
 * A copy of a catalogue object as it was read, and whether it holds what an earlier copy holds: a
 * framework passes a new object on every render, and an equal one is not read again. A copy, not
 * the object itself: the host may change that in place. Not its JSON: writing 10,000 systems out
 * took longer than drawing the picker, a part the systems share (one list of auth types) written
 * once per system; here each part is copied, and compared, once, and strings are shared.
 * Members are compared in their order: a change of order changes the order problems are said in.
 */
const tagOf = (value: unknown) => Object.prototype.toString.call(value).slice(8, -1);

/**
 * Levels below which nothing is read: the parser's deepest text is eleven down
 * (`systems[0].authTypes[0].fields[0].options[0].l10n.de.label`). A member nested thousands deep
 * (a registry's own data riding along) is neither copied nor compared there: walked down, it
 * overflowed the stack, and the catalogue was read, and its problems said, on every render.
 */
const READ_DEPTH = 16;
const NOT_READ = Symbol('not read');

/**
 * `whole`: the copy holds all the parser reads of `input`: lists and plain objects alone, every member own and enumerable, as deep as
 * the copy goes. A class's getter (a store's `get systems()`), a member defined not enumerable or a Date is read by the parser but in no
 * copy (or not as it is): changed behind it, the copy would still compare equal. Told in the same walk as the copy, not by a second one
 * (which cost a 10,000-system catalogue's first reading a third of its copy's time again).
 */
export function copyComparing(input: unknown, was: unknown): [copy: unknown, same: boolean, whole: boolean] {
  // Each with the level it was copied at: copied deeper, it holds fewer levels than one reached shallower needs.
  const copies = new Map<object, [copy: unknown, was: unknown, depth: number]>();
  let same = true;
  let whole = true;
  const copy = (value: unknown, old: unknown, depth = 0): unknown => {
    if (depth > READ_DEPTH) {
      same &&= old === NOT_READ;
      return NOT_READ;
    }
    if (typeof value !== 'object' || value === null) {
      // A function or a symbol is no data (JSON leaves it out, and a host makes a new one each render): any one is as good as another.
      // -0 is 0 (JSON writes it so, and the parser reads it so); NaN is NaN.
      same &&= typeof value === 'function' || typeof value === 'symbol' ? typeof old === typeof value : value === old || Object.is(value, old);
      return value;
    }
    const seen = copies.get(value);
    // Reached again no shallower (a part the systems share, a cycle), it is as copied; reached shallower (a system also held deep in a
    // registry member written before `systems`), it is copied and compared again to the depth it is read at there.
    if (seen && seen[2] <= depth) {
      same &&= seen[1] === old;
      return seen[0];
    }
    // Lists and objects (plain, of a class, behind a proxy) member by member, as JSON writes them; a Date by its time. Any other object
    // (a Map, a Set) by its own members too: the parser reads nothing else of it (a Map's entries are not read), so what else it holds
    // changes nothing read; refused, it would be read again on every render, and its problems said each time.
    if (tagOf(value) === 'Date') {
      whole = false;
      same &&= old instanceof Date && +old === +value;
      return new Date(+value);
    }
    // Copied as a list or a plain object, and compared as one: the parser tells lists from objects as Array.isArray does.
    const tag = Array.isArray(value) ? 'Array' : 'Object';
    const out: Record<string, unknown> = tag === 'Array' ? ([] as never) : {};
    copies.set(value, [out, old, depth]);
    const keys = Object.keys(value);
    if (whole) {
      const proto: unknown = Object.getPrototypeOf(value);
      whole =
        (tag === 'Array' ? proto === Array.prototype : proto === Object.prototype || proto === null) &&
        Object.getOwnPropertyNames(value).length === keys.length + (tag === 'Array' ? 1 : 0);
    }
    const oldKeys = tagOf(old) === tag ? Object.keys(old as object) : [];
    same &&= tagOf(old) === tag && keys.length === oldKeys.length;
    keys.forEach((key, i) => {
      same &&= key === oldKeys[i];
      const member = copy((value as Record<string, unknown>)[key], same ? (old as Record<string, unknown>)[key] : undefined, depth + 1);
      // An own `__proto__` (JSON.parse makes one) is a member like any other: assigned, it would set the copy's prototype instead.
      if (key === '__proto__') Object.defineProperty(out, key, { value: member, enumerable: true, writable: true, configurable: true });
      else out[key] = member;
    });
    return out;
  };
  const value = copy(input, was);
  return [value, same, whole];
}
