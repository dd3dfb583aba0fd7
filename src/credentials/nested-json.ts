/**
 * The members of an object's objects, one level down, as an API's answer or a downloaded key file
 * nests them (`{"credentials": {…}}`, `{"installed": {…}}`): each name from the one object that
 * gives it, never one that two of them give (which is meant is not known). Counted in one pass, so
 * a paste of thousands of small objects costs no more than a long one.
 */
export function nested(parsed: object): [string, unknown][] {
  const inner = Object.values(parsed).flatMap((value) =>
    value && typeof value === 'object' && !Array.isArray(value) ? [new Map(Object.entries(value).map(([n, v]) => [n.trim().toLowerCase(), v]))] : [],
  );
  const objects = new Map<string, number>();
  for (const members of inner) for (const name of members.keys()) objects.set(name, (objects.get(name) ?? 0) + 1);
  return inner.flatMap((members) => [...members].filter(([name]) => objects.get(name) === 1));
}

/** A member's value worth naming: text that is not blank, a number or true and false (what readPasted reads), a list or an object holding something. */
const holds = (value: unknown) =>
  typeof value === 'string'
    ? value.trim() !== ''
    : typeof value === 'boolean' || Number.isFinite(value) || (value !== null && typeof value === 'object' && Object.keys(value).length > 0);

/**
 * The names, as written, of a JSON object's members (`members`, as readPasted read them) that no field takes (`taken`): each top-level
 * member's, as a field is; an object in it by its own name, unless a field takes one of its members (`{"credentials": {…}}`), then those
 * of its members no field takes. Never an empty value. One pass, so a paste of thousands of members costs no more than a long one.
 */
export function unusedMembers(members: readonly [string, unknown][], taken: (name: string) => boolean): string[] {
  return members.flatMap(([name, value]) => {
    if (taken(name) || !holds(value)) return [];
    const inner = value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
    return inner.some(([n]) => taken(n)) ? inner.filter(([n, v]) => !taken(n) && holds(v)).map(([n]) => n.trim()) : [name.trim()];
  });
}

/**
 * A JSON list of `{"key": …, "value": …}` or `{"name": …, "value": …}` objects, as a hosting dashboard or a task definition exports
 * its variables, as `[name, value]` members; none unless every item is such a pair, its value text, a number, true and false or null (a list
 * of other objects names nothing: which is meant is not known).
 */
export function valuePairs(list: readonly unknown[]): [string, unknown][] {
  const pair = (item: unknown): [string, unknown] | undefined => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return undefined;
    const { key, name, value } = item as Record<string, unknown>;
    const named = typeof key === 'string' ? key : name;
    // A value left out of an export (`null`, as for a secret the dashboard does not show) is a pair that fills nothing, as an empty value.
    return typeof named === 'string' && (value === null || ['string', 'number', 'boolean'].includes(typeof value)) ? [named, value ?? ''] : undefined;
  };
  const read = list.map(pair);
  return read.every((item) => item !== undefined) ? (read as [string, unknown][]) : [];
}
