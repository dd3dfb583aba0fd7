import type * as z from 'zod/mini';
import { isolatedIfBidi } from '../messages/isolate.js';
import { offered, problem, sayingTo, where, type CatalogueAction, type CatalogueProblem, type Said, type Say } from './catalogue-problems.js';
import { shorten } from '../schemas/shorten.js';
import { stillReadAlike } from '../steps/told-apart.js';
import { clip, isSecretField, nameOwners, systemSchema, type Catalogue, type SystemDefinition } from './catalogue-schema.js';
import { child, inputIndex, isRecord, pagedAt, REMOVE, updateAll, valueAt, type Path } from './input-paths.js';

export type { CatalogueAction, CatalogueProblem } from './catalogue-problems.js';

export type CatalogueResult = { ok: true; catalogue: Catalogue; problems: CatalogueProblem[] } | { ok: false; problems: CatalogueProblem[] };

/** Display texts: over their limit they are shortened, never a reason to leave anything out. */
const TEXTS = new Set(['name', 'label', 'category', 'description', 'help', 'example', 'placeholder', 'patternMessage', 'prefix', 'suffix']);
/** Optional parts the form works without: a broken one is ignored and the rest is kept. */
const OPTIONAL = new Set([
  'category',
  'description',
  'help',
  'example',
  'placeholder',
  'patternMessage',
  'prefix',
  'suffix',
  'logo',
  'docsUrl',
  'helpUrl',
  'pattern',
  'minLength',
  'maxLength',
  'default',
  'normalize',
  'defaultTimeZone',
  'defaultDateFormat',
]);
/** A repair changes what the schema sees, so a system is parsed again; a few rounds always settle it. */
const MAX_ROUNDS = 8;

/** `absent`: a member written as `null`, read as left out (or as `value`), without a word. */
type Repair = { path: Path; action: 'shortened' | 'converted' | 'ignored' | 'absent'; max?: number; value?: unknown; issue: z.core.$ZodIssue; why?: string };
/** Kinds whose authentication types need no `fields`: none at all, or a sign-in that brings its own result. */
const NO_FIELDS_NEEDED = new Set(['none', 'oauth2-authorization-code']);

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
  const alike = problems.filter((p) => ALIKE.has(p)).length;
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

function parseSystem(raw: unknown, index: number, root: unknown, said: Said[]): SystemDefinition | undefined {
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
      // An option left out for one of its members names it: `option 1: "label" is missing`.
      const member =
        path[path.length - 2] === 'options'
          ? issue.path
              .slice(path.length)
              .map((key) => `"${clip(String(key))}" `)
              .join('')
          : '';
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

/** How a problem can be mended without leaving anything out, if it can. */
function repairFor(candidate: unknown, issue: z.core.$ZodIssue): Repair | undefined {
  const path = issue.path;
  const key = path[path.length - 1];
  // A member written as null (as a database export writes one not used): read as absent.
  const value = valueAt(candidate, path);
  if (typeof key === 'string' && value === null) return { path, action: 'absent', issue };
  // No `fields` where the kind needs none (an export leaves an empty list out): no fields.
  if (key === 'fields' && value === undefined && NO_FIELDS_NEEDED.has(valueAt(candidate, [...path.slice(0, -1), 'kind']) as string))
    return { path, action: 'absent', value: [], issue };
  // A pattern written `/…/i` (catalogue-schema.ts says what it reads as).
  const convertTo = issue.code === 'custom' ? issue.params?.['convertTo'] : undefined;
  if (convertTo !== undefined) return { path, action: 'converted', value: convertTo, issue };
  // An option's value written as a number (a registry of API versions): its text, which is what the form sends.
  if (key === 'value' && path[path.length - 3] === 'options' && typeof value === 'number' && Number.isFinite(value))
    return { path, action: 'converted', value: String(value), issue, why: 'is a number; option values are text, and the form sends the one chosen as text' };
  // `"required": "false"`, as a registry that keeps every value as text writes it (a checkbox's `default` too).
  const flag = key === 'required' || key === 'secret' || (key === 'default' && valueAt(candidate, [...path.slice(0, -1), 'type']) === 'boolean');
  if (flag && typeof value === 'string' && /^\s*(?:true|false)\s*$/iu.test(value)) return { path, action: 'converted', value: value.trim().toLowerCase() === 'true', issue };
  if (issue.code === 'too_big' && issue.origin === 'string' && typeof key === 'string' && TEXTS.has(key))
    return { path, action: 'shortened', max: Number(issue.maximum), issue };
  // A broken part of environment patterns or of aliases: the whole of it is ignored; of a translation, that language's (all of it when `l10n` is no object).
  const whole = path.findIndex((p) => p === 'l10n' || p === 'environmentPatterns' || p === 'aliases');
  if (whole >= 0) return { path: path.slice(0, whole + (path[whole] === 'l10n' ? 2 : 1)), action: 'ignored', issue };
  if (typeof key === 'string' && OPTIONAL.has(key) && valueAt(candidate, path) !== undefined) return { path, action: 'ignored', issue };
  // A broken option of a list: that option alone is left out (a list left with none is the field's problem).
  const option = path.lastIndexOf('options');
  if (option >= 0 && typeof path[option + 1] === 'number') return { path: path.slice(0, option + 2), action: 'ignored', issue };
  return undefined;
}

/** Keeps the first authentication type with an id, and the first field with a key (never one keyed like a sign-in's result). */
function withoutDuplicates(system: SystemDefinition, inInput: (path: Path) => Path, say: Say, written: (path: Path) => unknown): SystemDefinition {
  const ids = new Set<string>();
  const authTypes = system.authTypes.filter((authType, a) => {
    const at = inInput(['authTypes', a]);
    if (ids.has(authType.id)) {
      say(at, `duplicate authentication type id "${clip(authType.id)}" (the first is kept)`, 'auth-type-left-out');
      return false;
    }
    ids.add(authType.id);
    const keys = new Set<string>();
    const fields = authType.fields.filter((field, f) => {
      // A sign-in's result is kept under these keys: a field of the same key would pass for a sign-in.
      if (authType.kind === 'oauth2-authorization-code' && /^connection(Ref|Account|Environment)$/u.test(field.key)) {
        say([...at, 'fields', f], `key "${clip(field.key)}" is where the sign-in's result goes`, 'field-left-out');
        return false;
      }
      if (!keys.has(field.key)) {
        keys.add(field.key);
        return true;
      }
      say([...at, 'fields', f], `duplicate field key "${clip(field.key)}" (the first is kept)`, 'field-left-out');
      return false;
    });
    const pathOf = (field: (typeof fields)[number], member: 'key' | 'aliases' | 'type') => [...at, 'fields', authType.fields.indexOf(field), member];
    for (const field of fields) {
      if (field.aliases) field.aliases = readableAliases(field.aliases, pathOf(field, 'aliases'), say);
      // A PEM block (a private key, a certificate) is on several lines, which a one-line field cannot hold: every one pasted would be refused.
      // The pattern as written: one ignored (too large to check on 10,000 characters) still says what the field holds.
      const pattern = written(['authTypes', a, 'fields', authType.fields.indexOf(field), 'pattern']);
      if ((field.type === 'text' || field.type === 'secret') && typeof pattern === 'string' && PEM.test(pattern.replaceAll('\\', ''))) {
        const secret = isSecretField(field) || /PRIVATE/u.test(pattern);
        say(
          pathOf(field, 'type'),
          `is one line, but its pattern asks for a PEM block (-----BEGIN …), which is on several lines`,
          'converted',
          `read as "textarea"${secret ? ' with "secret": true' : ''}`,
        );
        Object.assign(field, { type: 'textarea', secret: secret || field.secret });
      }
    }
    withoutSharedAliases(fields, pathOf, say);
    if (fields.length !== authType.fields.length) authType.fields = fields;
    return true;
  });
  return authTypes.length === system.authTypes.length ? system : { ...system, authTypes };
}

/** A pattern that asks for a PEM block's first line (`-----BEGIN`, its hyphens escaped or counted), its `\` taken off. */
const PEM = /-(?:----|\{5\})BEGIN/u;

/** A name a pasted `NAME=value` or `NAME: value` line can carry (paste-fill.ts reads no other). */
const LINE_NAME = /^[A-Za-z_][\w.-]*$/u;

/**
 * Aliases as a paste can match them: trimmed (a pasted name is), and only names a pasted line
 * can carry, so none is matched in JSON alone, unknown to whoever pastes a `.env` file.
 */
function readableAliases(aliases: string[], path: Path, say: Say): string[] {
  return aliases.flatMap((written) => {
    const alias = written.trim();
    if (!LINE_NAME.test(alias)) {
      const why = `"${clip(alias)}" is no name a pasted NAME=value or NAME: value line can carry`;
      say(path, why, 'ignored');
      return [];
    }
    if (alias !== written) say(path, `"${clip(written)}" has spaces around it`, 'converted', `read as "${alias}"`);
    return [alias];
  });
}

/**
 * A name a paste may use (a key or an alias, in any case) fills one field only (see nameOwners:
 * a secret field's first). An alias another field has is taken off; a key another field's
 * alias has stays, and is reported, as the paste fills that other field.
 */
function withoutSharedAliases(fields: SystemDefinition['authTypes'][number]['fields'], pathOf: (field: (typeof fields)[number], member: 'key' | 'aliases') => Path, say: Say) {
  const owners = nameOwners(fields);
  const said = (field: (typeof fields)[number], member: 'key' | 'aliases', name: string, other: (typeof fields)[number]) =>
    say(pathOf(field, member), `"${clip(name)}" names field "${clip(other.key)}" too; a pasted value under it fills "${clip(other.key)}" only`, 'ignored');
  for (const field of fields) {
    const keyOwner = owners.get(field.key.toLowerCase())!;
    if (keyOwner !== field) said(field, 'key', field.key, keyOwner);
    const aliases = (field.aliases ?? []).filter((alias) => {
      const other = owners.get(alias.toLowerCase())!;
      if (other !== field) said(field, 'aliases', alias, other);
      return other === field;
    });
    if (field.aliases && aliases.length !== field.aliases.length) field.aliases = aliases;
  }
}

/**
 * Ten or more systems, ways to sign in or list options named alike whose long ids (values) are
 * alike at both ends still read alike with their ids beside them (see idsToTellApart): they are
 * offered as they are, and the integrator hears of each (`ignored`), to name them apart.
 */
function readingAlike(input: unknown, index: number, system: SystemDefinition): CatalogueProblem[] {
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
const alikeProblem = (input: unknown, path: Path, what: string, count: number) => {
  const said = problem(
    input,
    path,
    `reads as ${count === 2 ? 'another named alike does' : `${count - 1} others named alike do`}, with the id beside it (long ids alike at both ends: at most nine named alike are told apart)`,
    'ignored',
    `give it ${what} of its own`,
  );
  ALIKE.add(said);
  return said;
};

/** What a host's object threw while it was read, for the host: it is their own code's error. */
const unreadable = (error: unknown) => `could not be read (${error instanceof Error ? clip(error.message) : 'an error'})`;

function reason(candidate: unknown, issue: z.core.$ZodIssue): string {
  return issue.code === 'invalid_type' && valueAt(candidate, issue.path) === undefined ? 'is missing' : issue.message;
}

function refused(place: string, what: string): CatalogueResult {
  return { ok: false, problems: [{ path: '', problem: what, action: 'refused', message: `${place}: ${what}.` }] };
}
