/** Systems, ways to sign in and options that still read alike with their ids beside them: offered, and said to the integrator. */
import { problem, type CatalogueProblem } from './catalogue-problems.js';
import type { SystemDefinition } from './catalogue-schema.js';
import { isRecord, valueAt, type Path } from './input-paths.js';
import { STILL_ALIKE, stillReadAlike } from './ids-told-apart.js';

/**
 * Systems, ways to sign in or list options named alike whose ids (values) are written alike (one
 * composed, one decomposed), or ten or more whose long ids are alike at both ends, still read alike
 * with their ids beside them (see idsToTellApart): they are
 * offered as they are, and the integrator hears of each (`ignored`), to name them apart.
 */
export function readingAlike(input: unknown, index: number, system: SystemDefinition): CatalogueProblem[] {
  const at = (list: unknown, id: string, member: string) => (Array.isArray(list) ? list.findIndex((item) => isRecord(item) && String(item[member]).trim() === id) : -1);
  const raw = valueAt(input, ['systems', index, 'authTypes']);
  const types = stillReadAlike(
    system.authTypes,
    (a) => a.label,
    (a) => a.id,
  ).flatMap((group) => group.map((k) => alikeProblem(input, ['systems', index, 'authTypes', at(raw, system.authTypes[k]!.id, 'id'), 'label'], 'a label', group.length)));
  const options = system.authTypes.flatMap((authType) =>
    authType.fields.flatMap((field) => {
      const path = ['systems', index, 'authTypes', at(raw, authType.id, 'id'), 'fields'];
      const fieldAt = [...path, at(valueAt(input, path), field.key, 'key'), 'options'];
      return stillReadAlike(
        field.options ?? [],
        (o) => o.label,
        (o) => o.value,
      ).flatMap((group) =>
        group.map((k) => alikeProblem(input, [...fieldAt, at(valueAt(input, fieldAt), field.options![k]!.value, 'value'), 'label'], 'a label', group.length)),
      );
    }),
  );
  return [...types, ...options];
}

/** The problems alikeProblem made, for summariseProblems to count apart (their action is `ignored`, though nothing is). */
const ALIKE = new WeakSet<CatalogueProblem>();
export const alikeProblem = (input: unknown, path: Path, what: string, count: number) => {
  const said = problem(
    input,
    path,
    `reads as ${count === 2 ? 'another named alike does' : `${count - 1} others named alike do`}, with the id beside it (${STILL_ALIKE})`,
    'ignored',
    `give it ${what} of its own`,
  );
  ALIKE.add(said);
  return said;
};

/** Whether alikeProblem made it: its action is `ignored`, though nothing is, so it is counted apart. */
export const isAlikeProblem = (p: CatalogueProblem): boolean => ALIKE.has(p);
