/** Paths into a catalogue as written, and copies of it with parts replaced or left out (parse-system.ts). */
export type Path = readonly PropertyKey[];

export const REMOVE = Symbol('remove');

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const child = (node: unknown, key: PropertyKey): unknown =>
  (isRecord(node) || Array.isArray(node)) && Object.hasOwn(node, key) ? (node as Record<PropertyKey, unknown>)[key] : undefined;

export const valueAt = (node: unknown, path: Path): unknown => path.reduce<unknown>((n, key) => child(n, key), node);

/** Members that name a next page (`nextPageToken`, `has_more`, `links.next`, `@odata.nextLink`): a paged API's answer, not a whole catalogue. */
export const pagedAt = (input: Record<string, unknown>): Path[] =>
  Object.keys(input).flatMap((key) => {
    const name = key.toLowerCase().replace(/[-_]/gu, '');
    const path = name === 'links' ? [key, 'next'] : [key];
    return (name === 'links' || /^(?:@odata\.)?(?:next(?:page)?(?:token|url|link|cursor)?|has(?:more|nextpage))$/u.test(name)) && valueAt(input, path) ? [path] : [];
  });

type Change = (value: unknown) => unknown;
/** The changes below a place, by key; its own change, if any, under REMOVE. */
type Edit = Map<PropertyKey, unknown>;

/** Per list copied here, where each of its items is in the input (items left out shift the later ones). */
const origins = new WeakMap<object, number[]>();

/** Where item `index` of `list` (the input, or a copy made here) is in the input. */
export const inputIndex = (list: unknown, index: number): number => origins.get(list as object)?.[index] ?? index;

/**
 * A copy of `node` with the value at each path replaced (or removed, when the change gives
 * `REMOVE`); the input is never changed. All at once, each list copied once: 40,000 options
 * mended cost what one does, not 40,000 copies of the list. A change at a path wins over those
 * below it (an option left out needs no value read as text). Indexes are as they are before any
 * change.
 */
export function updateAll(node: unknown, changes: Iterable<readonly [Path, Change]>): unknown {
  const root: Edit = new Map();
  for (const [path, change] of changes) {
    let edit = root;
    for (const key of path) edit = (edit.get(key) ?? edit.set(key, new Map()).get(key)) as Edit;
    if (!edit.has(REMOVE)) edit.set(REMOVE, change);
  }
  return apply(node, root);
}

function apply(node: unknown, edit: Edit): unknown {
  const change = edit.get(REMOVE) as Change | undefined;
  if (change) return change(node);
  if (Array.isArray(node)) {
    const copy: unknown[] = [];
    const origin: number[] = [];
    node.forEach((item, i) => {
      const value = edit.has(i) ? apply(item, edit.get(i) as Edit) : item;
      if (value === REMOVE) return;
      copy.push(value);
      origin.push(inputIndex(node, i));
    });
    origins.set(copy, origin);
    return copy;
  }
  if (!isRecord(node)) return node;
  const copy: Record<PropertyKey, unknown> = { ...node };
  for (const [key, below] of edit) {
    const value = apply(child(node, key), below as Edit);
    if (value === REMOVE) delete copy[key as string];
    else Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}
