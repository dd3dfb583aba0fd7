import { offered, problem, unreadable, type CatalogueAction, type CatalogueProblem, type Said } from './catalogue-problems.js';
import { stillReadAlike } from './ids-told-apart.js';
import { clip, type Catalogue, type SystemDefinition } from './catalogue-schema.js';
import { isRecord, pagedAt, type Path } from './input-paths.js';
import { parseSystem } from './parse-system.js';
import { alikeProblem, isAlikeProblem, readingAlike } from './reading-alike.js';

export type { CatalogueAction, CatalogueProblem } from './catalogue-problems.js';

export type CatalogueResult = { ok: true; catalogue: Catalogue; problems: CatalogueProblem[] } | { ok: false; problems: CatalogueProblem[] };

/**
 * Reads a catalogue system by system: a system or authentication type with a problem is left
 * out and the rest load; a display text over its limit is shortened; a broken optional part
 * (a pattern, a URL, a translation) is ignored. Every problem is returned once, with what was
 * done. `ok: false` only when no usable system is left. Never throws, never changes its input.
 */
export function parseCatalogue(input: unknown): CatalogueResult {
  let entries: unknown[];
  let paged: Path[];
  try {
    const shape = 'must be a JSON object such as {"version": 1, "systems": […]}';
    if (!isRecord(input)) return refused('The catalogue', shape);
    // An error answer ({"error": …}) or a wrapper ({"data": {…}}) is no catalogue: said with what it holds, never as a wrong version.
    if (input.version === undefined && input.systems === undefined) {
      const keys = Object.keys(input);
      const holds = keys.length ? `"${keys.slice(0, 5).map(clip).join('", "')}"${keys.length > 5 ? ', …' : ''}` : 'nothing';
      return refused('The catalogue', `has no "version" nor "systems" (it holds ${holds}); it ${shape}`);
    }
    if (input.version !== 1) return refused('"version"', 'must be 1 (the only catalogue version this element reads)');
    if (!Array.isArray(input.systems)) return refused('"systems"', input.systems === undefined ? 'is missing' : 'must be a list of systems');
    entries = [...(input.systems as unknown[])];
    paged = pagedAt(input);
  } catch (error) {
    // An object, not JSON: a getter that throws, a revoked proxy (an Immer draft kept past its recipe).
    return refused('The catalogue', unreadable(error));
  }

  const problems: CatalogueProblem[] = paged.map((path) => problem(input, path, 'names a next page: only the systems on this page are offered', 'ignored'));
  const systems: SystemDefinition[] = [];
  const at: number[] = [];
  const seen = new Set<string>();
  entries.forEach((raw: unknown, index) => {
    const root = { systems: { [index]: raw } };
    const said: Said[] = [];
    const system = parseSystem(raw, index, root, said);
    // A later duplicate is offered in no part: only why it is left out is said.
    if (system && seen.has(system.id)) {
      problems.push(problem(input, ['systems', index], `duplicate system id "${clip(system.id)}" (the first is kept)`, 'system-left-out'));
      return;
    }
    for (const p of offered(root, said, !!system)) problems.push(p);
    if (!system) return;
    seen.add(system.id);
    systems.push(system);
    at.push(index);
    // Read again for where each is: a host's object that cannot be read twice only goes unsaid.
    try {
      problems.push(...readingAlike(input, index, system));
    } catch {
      /* said nowhere */
    }
  });
  for (const group of stillReadAlike(
    systems,
    (s) => s.name,
    (s) => s.id,
  ))
    problems.push(...group.map((k) => alikeProblem(input, ['systems', at[k]!, 'name'], 'a name', group.length)));
  if (!systems.length) {
    const why = entries.length ? 'has no usable system: every one has a problem (listed here)' : 'lists no systems';
    return { ok: false, problems: [...problems, problem(input, [], why, 'refused')] };
  }
  return { ok: true, catalogue: { version: 1, systems }, problems };
}

/** One line for a person reading a log: "20 problems in the catalogue: 12 systems left out, …". */
export function summariseProblems(problems: readonly CatalogueProblem[]): string {
  // A name that reads as another is offered as it is (nothing ignored): counted apart.
  const alike = problems.filter((p) => isAlikeProblem(p)).length;
  const count = (action: CatalogueAction) => problems.filter((p) => p.action === action).length - (action === 'ignored' ? alike : 0);
  // Systems, not problems: one left out for each of its broken auth types is one system.
  const systems = new Set(problems.flatMap((p) => (p.action === 'system-left-out' ? [/^systems\[\d+\]/u.exec(p.path)?.[0] ?? p.path] : []))).size;
  const parts = [
    [systems, 'system', 'systems', 'left out'],
    [count('auth-type-left-out'), 'authentication type', 'authentication types', 'left out'],
    [count('field-left-out'), 'field', 'fields', 'left out'],
    [count('shortened'), 'text', 'texts', 'shortened'],
    [count('converted'), 'value', 'values', 'converted'],
    [count('ignored'), 'optional part', 'optional parts', 'ignored'],
    [alike, 'name that reads as another', 'names that read as others', ''],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, one, many, done]) => `${n} ${n === 1 ? one : many}${done && ` ${done}`}`);
  const total = `${problems.length} problem${problems.length === 1 ? '' : 's'} in the catalogue`;
  return said.length ? `${total}: ${said.join(', ')}.` : `${total}.`;
}

function refused(place: string, what: string): CatalogueResult {
  return { ok: false, problems: [{ path: '', problem: what, action: 'refused', message: `${place}: ${what}.` }] };
}
