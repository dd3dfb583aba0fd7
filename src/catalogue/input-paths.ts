/** Paths into a catalogue as written, and copies of it with parts replaced or left out (parse-catalogue.ts). */
export type Path = readonly PropertyKey[];

export const REMOVE = Symbol('remove');

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const child = (node: unknown, key: PropertyKey): unknown =>
  (isRecord(node) || Array.isArray(node)) && Object.hasOwn(node, key) ? (node as Record<PropertyKey, unknown>)[key] : undefined;

export const valueAt = (node: unknown, path: Path): unknown => path.reduce<unknown>((n, key) => child(n, key), node);

/** A copy of `node` with the value at `path` replaced (or removed); the input is never changed. */
export function updateAt(node: unknown, path: Path, change: (value: unknown) => unknown): unknown {
  if (!path.length) return change(node);
  const [key, ...rest] = path;
  if (Array.isArray(node) && typeof key === 'number') {
    const value = updateAt(node[key], rest, change);
    return value === REMOVE ? node.filter((_, i) => i !== key) : node.map((item, i) => (i === key ? value : item));
  }
  if (!isRecord(node)) return node;
  const copy: Record<PropertyKey, unknown> = { ...node };
  const value = updateAt(child(node, key!), rest, change);
  if (value === REMOVE) delete copy[key as string];
  else Object.defineProperty(copy, key!, { value, enumerable: true, writable: true, configurable: true });
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

  /** The list item at `path` (as it is now) is left out: the items after it move up one. */
  removed(path: Path): void {
    const index = path[path.length - 1];
    if (typeof index !== 'number') return;
    const list = this.inInput(path.slice(0, -1));
    const key = JSON.stringify(list);
    let origin = this.#lists.get(key);
    if (!origin) {
      const items = valueAt(this.input, list);
      this.#lists.set(key, (origin = Array.isArray(items) ? items.map((_, i) => i) : []));
    }
    origin.splice(index, 1);
  }
}
