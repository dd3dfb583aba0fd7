/** Paths into a catalogue as written, and copies of it with parts replaced or left out (parse-catalogue.ts). */
export type Path = readonly PropertyKey[];

export const REMOVE = Symbol('remove');

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const child = (node: unknown, key: PropertyKey): unknown =>
  (isRecord(node) || Array.isArray(node)) && Object.hasOwn(node, key) ? (node as Record<PropertyKey, unknown>)[key] : undefined;

export const valueAt = (node: unknown, path: Path): unknown => path.reduce<unknown>((n, key) => child(n, key), node);

type Change = (value: unknown) => unknown;
type Edit = { change?: Change; below: Map<PropertyKey, Edit> };

/**
 * A copy of `node` with the value at each path replaced (or removed, when the change gives
 * `REMOVE`); the input is never changed. All at once, each list copied once: 40,000 options
 * mended cost what one does, not 40,000 copies of the list. A change at a path wins over those
 * below it (an option left out needs no value read as text). Indexes are as they are before any
 * change.
 */
export function updateAll(node: unknown, changes: Iterable<readonly [Path, Change]>): unknown {
  const root: Edit = { below: new Map() };
  for (const [path, change] of changes) {
    let edit = root;
    for (const key of path) {
      let next = edit.below.get(key);
      if (!next) edit.below.set(key, (next = { below: new Map() }));
      edit = next;
    }
    edit.change ??= change;
  }
  return apply(node, root);
}

function apply(node: unknown, edit: Edit): unknown {
  if (edit.change) return edit.change(node);
  if (Array.isArray(node)) {
    let removed = false;
    const copy = node.map((item, i) => {
      const below = edit.below.get(i);
      const value = below ? apply(item, below) : item;
      removed ||= value === REMOVE;
      return value;
    });
    return removed ? copy.filter((value) => value !== REMOVE) : copy;
  }
  if (!isRecord(node)) return node;
  const copy: Record<PropertyKey, unknown> = { ...node };
  for (const [key, below] of edit.below) {
    const value = apply(child(node, key), below);
    if (value === REMOVE) delete copy[key as string];
    else Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/**
 * Where each item of a list is in the input, once items before it were left out (an auth type,
 * a list's option): a later round's problem names the item where the catalogue author wrote it.
 */
export class Origins {
  /** Per list (its path in the input, as JSON): the input index of each item still there. */
  readonly #lists = new Map<string, number[]>();

  constructor(private readonly input: unknown) {}

  /** `path`, read in the candidate as it is now, as it is in the input. */
  inInput(path: Path): Path {
    const mapped: PropertyKey[] = [];
    for (const key of path) mapped.push(typeof key === 'number' ? (this.#lists.get(JSON.stringify(mapped))?.[key] ?? key) : key);
    return mapped;
  }

  /** The list items at `paths` (each as it is now, before any of them goes) are left out: the items after them move up. */
  removed(paths: Iterable<Path>): void {
    const gone = new Map<string, [Path, Set<number>]>();
    for (const path of paths) {
      const index = path[path.length - 1];
      if (typeof index !== 'number') continue;
      const list = this.inInput(path.slice(0, -1));
      const key = JSON.stringify(list);
      if (!gone.has(key)) gone.set(key, [list, new Set()]);
      gone.get(key)![1].add(index);
    }
    for (const [key, [list, indexes]] of gone) {
      const items = valueAt(this.input, list);
      const origin = this.#lists.get(key) ?? (Array.isArray(items) ? items.map((_, i) => i) : []);
      this.#lists.set(
        key,
        origin.filter((_, i) => !indexes.has(i)),
      );
    }
  }
}
