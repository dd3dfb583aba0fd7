import { html, nothing } from 'lit';
import type { AuthTypeDefinition, SystemDefinition } from '../catalogue/catalogue-schema.js';
import { textLang } from '../catalogue/localize-catalogue.js';
import { isolated, isolatedIfBidi } from '../messages/isolate.js';
import { alike, idsToTellApart, readAs } from '../catalogue/ids-told-apart.js';
import { systemOf } from '../schemas/lookup.js';

/**
 * A way to sign in as it is named wherever it is (Authentication, Credentials, Review): its label
 * (marked as the catalogue English where shown as written in a wizard speaking `locale`), and its
 * id where another of its system's is labelled alike.
 */
export function authTypeNamed(
  types: readonly AuthTypeDefinition[],
  type: AuthTypeDefinition,
  locale: string,
  label: unknown = html`<bdi lang=${textLang(type, 'label', locale) ?? nothing}>${type.label}</bdi>`,
) {
  const id = idsToTellApart(
    types,
    (a) => a.label,
    (a) => a.id,
  )[types.indexOf(type)];
  return id ? html`${label} <bdi>(${id})</bdi>` : label;
}

/** How each of a catalogue's systems is told from others named alike (systemTold), worked out once per catalogue: the id as shown beside its name is cut among all of its name (idsToTellApart). */
type Told = { category?: string; id?: string }[];
const toldOf = new WeakMap<readonly SystemDefinition[], Told>();
function toldIn(systems: readonly SystemDefinition[]): Told {
  let found = toldOf.get(systems);
  if (found) return found;
  const ids = idsToTellApart(
    systems,
    (s) => s.name,
    (s) => s.id,
  );
  const sharing = new Set(alike(systems, (s) => readAs(`${s.name}\n${s.category ?? ''}`)).flat());
  // A twin without a category has nothing else to be told by: its id, as its card says it (never its name alone, reading as the only one).
  const toldBy = (s: SystemDefinition, i: number) => ({
    category: (ids[i] !== undefined && s.category) || undefined,
    id: ids[i] !== undefined && (!s.category || sharing.has(i)) ? ids[i] : undefined,
  });
  found = systems.map(toldBy);
  toldOf.set(systems, found);
  return found;
}

/**
 * How each system is told from others named alike (as the picker reads names: look-alike letters and case folded): its category
 * where another has its name, its id where another has both or it has no category. The id is cut among all of its name (not only those of its category). Worked out once per catalogue.
 */
export function systemTold(systems: readonly SystemDefinition[], system: SystemDefinition): { category?: string; id?: string } {
  return toldIn(systems)[systems.indexOf(system)] ?? {};
}

/**
 * A system as a sentence names it (the success panel, a sign-in's or a test's outcome), as Review does (systemTold).
 * With `locale`, for a sentence the steps show marked (markedNames): its name isolated where textLang marks it, as namedIn does.
 */
export function systemNamed(systems: readonly SystemDefinition[], systemId: string | undefined, locale?: string): string | undefined {
  const system = systemOf({ systems }, systemId);
  if (!system) return undefined;
  const marked = locale !== undefined && textLang(system, 'name', locale) ? isolated(system.name) : undefined;
  const after = systemToldAfter(systems, system);
  return after ? `${marked ?? isolatedIfBidi(system.name)}${after}` : (marked ?? system.name);
}

/** What a sentence says after a system's name to tell it apart (systemTold): ` (category)`, ` (id)`, both, or nothing. */
export function systemToldAfter(systems: readonly SystemDefinition[], system: SystemDefinition): string {
  const { category, id } = systemTold(systems, system);
  return `${category ? ` (${isolatedIfBidi(category)})` : ''}${id ? ` (${isolatedIfBidi(id)})` : ''}`;
}
