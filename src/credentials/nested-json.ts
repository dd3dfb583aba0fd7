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
