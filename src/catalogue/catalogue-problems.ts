/** How a catalogue's problems are said to the integrator: one sentence each, in input order, only for what is offered. */
import { noncharactersOut } from '../messages/isolate.js';
import { hasVisibleText } from '../schemas/visible-text.js';
import { clip } from './catalogue-schema.js';
import { cut } from './cut.js';
import { child, isRecord, valueAt, type Path } from './input-paths.js';

/** What the parser did about a problem. */
export type CatalogueAction = 'system-left-out' | 'auth-type-left-out' | 'field-left-out' | 'shortened' | 'converted' | 'ignored' | 'refused';

/** One problem in a catalogue, for the integrator (`connector-wizard-error`, kind `catalogue`). */
export interface CatalogueProblem {
  /** The system's id as written, when it has one; an id over 60 characters is cut there, ending with `…` (the path says where it is). */
  system?: string;
  /** The authentication type's id, cut as `system` is. */
  authType?: string;
  /** The field's key, cut as `system` is. */
  field?: string;
  /** Where in the input: `systems[12].authTypes[0].fields[1].example`. */
  path: string;
  /** What is wrong: `must be at most 500 characters`. */
  problem: string;
  action: CatalogueAction;
  /** The whole story in one sentence, naming the system, auth type and field by their labels. */
  message: string;
}

/** A problem with where it is in the input, to be put in order with the others of its system. */
export type Said = readonly [Path, CatalogueProblem];

/** Says a problem of the system in `root` (`{systems: {[index]: system}}`), to be put in order by `offered`. */
export const sayingTo = (said: Said[], root: unknown) => (path: Path, what: string, action: CatalogueAction, done?: string) =>
  void said.push([path, problem(root, path, what, action, done)]);
export type Say = ReturnType<typeof sayingTo>;

/**
 * A system's problems as the integrator hears them: in the order they are in the input (a
 * repair lets the next round find more, some earlier in the input: a duplicate option seen
 * once a broken one is gone), and only for what is offered: nothing under an authentication
 * type, field or option left out, and for a system left out only why, each broken
 * authentication type as a reason the system is left out (counted once: summariseProblems).
 */
export function offered(root: unknown, said: Said[], kept: boolean): CatalogueProblem[] {
  // A problem at an item of a list (a path ending in its index) leaves that item out.
  const gone = new Set(said.flatMap(([path, p]) => (typeof path[path.length - 1] === 'number' ? [p.path] : [])));
  const under = (path: Path) => path.some((key, i) => i < path.length - 1 && typeof key === 'number' && gone.has(pathText(path.slice(0, i + 1))));
  return said
    .sort(([a], [b]) => inInput(root, a, b))
    .flatMap(([path, p]) =>
      kept ? (under(path) ? [] : [p]) : p.action === 'system-left-out' ? [p] : p.action === 'auth-type-left-out' ? [problem(root, path, p.problem, 'system-left-out')] : [],
    );
}

/** Orders paths as the input is written: items by index, members as they are written in their object. */
function inInput(root: unknown, a: Path, b: Path): number {
  const i = a.findIndex((key, i) => key !== b[i]);
  if (i < 0 || i >= b.length) return a.length - b.length;
  const [x, y] = [a[i], b[i]];
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  try {
    const keys = Object.keys(Object(valueAt(root, a.slice(0, i))));
    return keys.indexOf(x as string) - keys.indexOf(y as string);
  } catch {
    // A host's object that cannot be read again (a revoked proxy): its problems stay as they were found.
    return 0;
  }
}

const DONE: Record<CatalogueAction, string> = {
  'system-left-out': 'system left out',
  'auth-type-left-out': 'authentication type left out',
  'field-left-out': 'field left out',
  shortened: 'shortened',
  converted: 'converted',
  ignored: 'ignored',
  refused: 'nothing can be offered',
};

export function problem(root: unknown, path: Path, what: string, action: CatalogueAction, done = DONE[action]): CatalogueProblem {
  const found: Pick<CatalogueProblem, 'system' | 'authType' | 'field'> = {};
  let node = root;
  for (let i = 0; i < path.length; i++) {
    node = child(node, path[i]!);
    // Ids have no length limit: the host hears of one by as much as a problem line quotes, and finds it by the path.
    const id = (key: string) => (isRecord(node) && typeof node[key] === 'string' ? cut(node[key] as string) : undefined);
    if (path[i - 1] === 'systems') found.system = id('id');
    if (path[i - 1] === 'authTypes') found.authType = id('id');
    if (path[i - 1] === 'fields') found.field = id('key');
  }
  return {
    ...Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined)),
    path: pathText(path),
    problem: what,
    action,
    // Begins with a capital as it is: `System …`, a quoted member, or the catalogue itself.
    message: `${where(root, path) || 'The catalogue: '}${what}; ${done}.`,
  };
}

/** `System "Shopify" (systems[4]), authentication type "Token" (authTypes[0]), "example": ` */
export function where(root: unknown, path: Path): string {
  const parts: string[] = [];
  let node = root;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = path[i + 1];
    if ((key === 'systems' || key === 'authTypes' || key === 'fields' || key === 'options') && typeof next === 'number') {
      node = child(child(node, key), next);
      if (key === 'options') parts.push(`option ${next + 1}`);
      else parts.push(`${{ systems: 'System', authTypes: 'authentication type', fields: 'field' }[key]} ${label(node, key === 'fields' ? 'key' : 'id', next, key)}`);
      i++;
      continue;
    }
    parts.push(`"${clip(String(key))}"`);
    node = child(node, key);
  }
  return parts.length ? `${parts.join(', ')}: ` : '';
}

function label(item: unknown, key: 'id' | 'key', index: number, collection: string): string {
  // A label of only spaces or invisible characters (or noncharacters, which quoting takes out) would name nothing a reader can see: the next is used.
  const text = (k: string) => (isRecord(item) && typeof item[k] === 'string' && hasVisibleText(noncharactersOut(item[k])) ? item[k] : undefined);
  const shown = text('name') ?? text('label') ?? text(key);
  return shown ? `"${clip(shown)}" (${collection}[${index}])` : `${collection}[${index}]`;
}

const pathText = (path: Path) => path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');

/** What a host's object threw while it was read, for the host: it is their own code's error. */
export const unreadable = (error: unknown) => `could not be read (${error instanceof Error ? clip(error.message) : 'an error'})`;
