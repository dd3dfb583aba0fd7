/** One system read on its own: parsed, mended round by round, and what cannot be mended left out, each problem said where it is in the input. */
import type * as z from 'zod/mini';
import { isolatedIfBidi } from '../messages/isolate.js';
import { sayingTo, unreadable, where, type Said } from './catalogue-problems.js';
import { shorten } from '../schemas/shorten.js';
import { clip, systemSchema, type SystemDefinition } from './catalogue-schema.js';
import { child, inputIndex, REMOVE, updateAll, valueAt, type Path } from './input-paths.js';
import { repairFor, type Repair } from './repair-for.js';
import { withoutDuplicates } from './kept-once.js';

/** A repair changes what the schema sees, so a system is parsed again; a few rounds always settle it. */
const MAX_ROUNDS = 8;

/** The system at `systems[index]`, mended, or undefined when it is left out; its problems go to `said`, to be put in order by `offered`. */
export function parseSystem(raw: unknown, index: number, root: unknown, said: Said[]): SystemDefinition | undefined {
  const at: Path = ['systems', index];
  const say = sayingTo(said, root);
  let candidate = raw;
  // Auth types and options left out in one round shift the later ones: problems name where each was in the input.
  const inInput = (path: Path): Path => {
    let node = candidate;
    return [
      ...at,
      ...path.map((key) => {
        const written = typeof key === 'number' ? inputIndex(node, key) : key;
        node = child(node, key);
        return written;
      }),
    ];
  };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let result;
    try {
      result = systemSchema.safeParse(candidate);
    } catch (error) {
      // zod overflows its stack on a few hundred thousand problems in one object (a list of that many options).
      // Anything else is the entry failing to be read (a getter that throws), so it is not read again to name it.
      const tooLarge = error instanceof RangeError;
      sayingTo(said, tooLarge ? root : {})(at, tooLarge ? 'is too large to check' : unreadable(error), 'system-left-out');
      return undefined;
    }
    if (result.success) return withoutDuplicates(result.data, inInput, say, (path) => valueAt(root, inInput(path)));
    const repairs: Repair[] = [];
    const placed = new Set<string>();
    const leftOut = new Map<number, z.core.$ZodIssue[]>();
    for (const issue of result.error.issues) {
      const repair = repairFor(candidate, issue);
      // One repair a place (an empty option is a duplicate too): removed twice, it would take the next one.
      if (repair) {
        const place = JSON.stringify(repair.path);
        if (placed.has(place)) continue;
        placed.add(place);
        repairs.push(repair);
      } else if (issue.path[0] === 'authTypes' && typeof issue.path[1] === 'number') {
        if (!leftOut.has(issue.path[1])) leftOut.set(issue.path[1], []);
        leftOut.get(issue.path[1])!.push(issue);
      } else {
        say([...at, ...issue.path], reason(candidate, issue), 'system-left-out');
        return undefined;
      }
    }
    for (const { path, action, max, value, issue, why } of repairs) {
      const done = action === 'shortened' ? `shortened to ${max} characters` : action === 'converted' ? `read as ${isolatedIfBidi(JSON.stringify(value))}` : undefined;
      // A part left out or ignored for one of its members names it: `option 1: "label" is missing`, `"l10n", "de": "name" must not be empty`.
      const member = issue.path
        .slice(path.length)
        .map((key) => (typeof key === 'number' ? `item ${key + 1} ` : `"${clip(String(key))}" `))
        .join('');
      if (action !== 'absent') say(inInput(path), `${member}${why ?? reason(candidate, issue)}`, action, done);
    }
    // All at once, each index as it was: an option left out never shifts another still to go.
    candidate = updateAll(
      candidate,
      repairs.map(
        (repair) => [repair.path, repair.action === 'shortened' ? (v) => shorten(String(v), repair.max!, true) : () => ('value' in repair ? repair.value : REMOVE)] as const,
      ),
    );
    // Every auth type broken: one problem each, saying the system is left out (not twice over).
    const authTypes = valueAt(candidate, ['authTypes']);
    const none = Array.isArray(authTypes) && leftOut.size >= authTypes.length;
    for (const [authIndex, issues] of [...leftOut].sort((a, b) => b[0] - a[0])) {
      const authType = valueAt(candidate, ['authTypes', authIndex]);
      const why = [...new Set(issues.map((issue) => `${where(authType, issue.path.slice(2))}${reason(candidate, issue)}`))];
      say(inInput(['authTypes', authIndex]), why.slice(0, 3).join('; '), none ? 'system-left-out' : 'auth-type-left-out');
      candidate = updateAll(candidate, [[['authTypes', authIndex], () => REMOVE]]);
    }
    if (none) return undefined;
  }
  say(at, 'could not be read', 'system-left-out');
  return undefined;
}

function reason(candidate: unknown, issue: z.core.$ZodIssue): string {
  return issue.code === 'invalid_type' && valueAt(candidate, issue.path) === undefined ? 'is missing' : issue.message;
}
