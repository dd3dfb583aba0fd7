import { cut } from '../catalogue/cut.js';
import { isolatedIfBidi } from '../messages/isolate.js';
import { hasVisibleText } from '../schemas/visible-text.js';
import { idsToTellApart, STILL_ALIKE, stillReadAlike } from '../catalogue/ids-told-apart.js';
import type { ExistingConnector, Group } from '../schemas/wizard-data.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A whole-number id (as an API may give it) is the same id as text; any other non-text is none. */
export const idText = (id: unknown): string | undefined => (typeof id === 'string' ? id : Number.isSafeInteger(id) ? String(id) : undefined);

/** Not a list at all (an API's wrapper object, JSON text): none of it counts, and it is said; `null` or `undefined` is no list yet. */
const isList = (name: string, list: unknown, report?: (message: string) => void): list is unknown[] => {
  if (Array.isArray(list)) return true;
  if (list != null) report?.(`${name} is not an array: none of it is used.`);
  return false;
};

/** Host-provided lists are checked entry by entry: one bad entry is skipped, not fatal (and `report`ed, once per list). */
export function cleanGroups(groups: unknown, report?: (message: string) => void): Group[] {
  if (!isList('groups', groups, report)) return [];
  const seen = new Set<string>();
  const kept = groups.flatMap((g) => {
    const id = isRecord(g) ? idText(g.id) : undefined;
    if (!isRecord(g) || !id || typeof g.name !== 'string' || seen.has(id)) return [];
    seen.add(id);
    // A blank name (white space or invisible characters only) would leave a radio without a label: the id stands in for it.
    return [{ id, name: hasVisibleText(g.name) ? g.name : cut(id) }];
  });
  const dropped = groups.length - kept.length;
  // Named alike with ids written alike (`café` composed and decomposed), or ten or more whose long ids are alike at both ends, still
  // read alike beside their ids (see stillReadAlike): the host hears of them, as of systems.
  const said = [
    ...(dropped ? [`groups: ${dropped} of ${groups.length} entries left out: each needs a new id (text or a whole number) and a text name.`] : []),
    ...stillReadAlike(
      kept,
      (g) => g.name,
      (g) => g.id,
    ).map(
      (group) =>
        `groups: ${group.length} entries named "${cut(kept[group[0]!]!.name)}" still read alike with their ids beside them (${STILL_ALIKE}): give each a name of its own.`,
    ),
  ];
  if (said.length) report?.(said.join(' '));
  // Groups named alike (two "Europe"s, as a search reads them) say their ids too, wherever they are named: radios, Review, a taken slot's reason.
  // A name is isolated where it could reorder what follows: one ending in U+202E would draw its id turned round, `(eu-2)` as `)2-ue(`.
  const ids = idsToTellApart(
    kept,
    (g) => g.name,
    (g) => g.id,
  );
  return kept.map((g, i) => (ids[i] === undefined ? g : { id: g.id, name: `${isolatedIfBidi(g.name)} (${isolatedIfBidi(ids[i])})` }));
}

/**
 * The host's `groups` as last cleaned. Entries left out are said once per problem: not again for
 * each new array of the same content (a React host passing a literal gets a new one each
 * render), but again after a clean list.
 */
export class HostGroups {
  list: Group[] = [];
  #said?: string;
  readonly #report: (message: string) => void;
  constructor(report: (message: string) => void) {
    this.#report = report;
  }
  /** The list, or `groups` cleaned when none was read yet (a preset is read before the first update). */
  now(groups: unknown): Group[] {
    return this.list.length ? this.list : cleanGroups(groups);
  }
  read(groups: unknown): void {
    let message: string | undefined;
    this.list = cleanGroups(groups, (m) => (message = m));
    if (message && message !== this.#said) this.#report(message);
    this.#said = message;
  }
}

export function cleanExisting(list: unknown, report?: (message: string) => void): ExistingConnector[] {
  if (!isList('existingConnectors', list, report)) return [];
  const kept = list.flatMap((c): ExistingConnector[] => {
    if (!isRecord(c) || typeof c.system !== 'string' || (c.environment !== 'live' && c.environment !== 'test')) return [];
    const id = idText(c.id);
    const group = idText(c.group);
    return [
      {
        ...(id !== undefined ? { id } : {}),
        name: typeof c.name === 'string' ? c.name : '',
        system: c.system,
        // No group ("" too, as many APIs write it: no group id is empty) takes the slot of connectors without one.
        ...(group ? { group } : {}),
        environment: c.environment,
      },
    ];
  });
  // An entry left out holds no slot (an `environment: "testing"` would let the person create a second testing connector): said, as for groups.
  const dropped = list.length - kept.length;
  if (dropped) report?.(`existingConnectors: ${dropped} of ${list.length} entries left out: each needs a text system and an environment of live or test.`);
  return kept;
}

/** One entry per id, the last one given (a connector saved here since the lists were read); entries without an id are all kept. */
function latestById(list: readonly ExistingConnector[]): ExistingConnector[] {
  const last = new Map(list.flatMap((c, i) => (c.id === undefined ? [] : [[c.id, i] as const])));
  return list.filter((c, i) => c.id === undefined || last.get(c.id) === i);
}

/**
 * The connectors that exist, as far as a wizard knows: the host's list, the endpoint's, and
 * those created or saved here since (see t.created and t.saved), each list as it was when these
 * were made. Worked out again only when one of the three lists is another one.
 */
export function knownConnectors(
  report: (message: string) => void,
): (host: unknown, server: readonly ExistingConnector[], made: readonly ExistingConnector[]) => ExistingConnector[] {
  let of: readonly unknown[] = [];
  let known: ExistingConnector[] = [];
  /** The host's entries left out are said once per problem, as its groups are: not again for a new array of the same content. */
  let said: string | undefined;
  let listed: ExistingConnector[] = [];
  return (host, server, made) => {
    if (of[0] !== host) {
      let message: string | undefined;
      listed = cleanExisting(host, (m) => (message = m));
      if (message && message !== said) report(message);
      said = message;
    }
    if (of[0] !== host || of[1] !== server || of[2] !== made) {
      of = [host, server, made];
      known = latestById([...listed, ...server, ...made]);
    }
    return known;
  };
}
