import { isZoneId, localOffsetLabel, zoneOffsetLabel } from '../../date-format/date-format.js';
import { canonicalZone, currentZoneName, RENAMED_ZONES } from '../../date-format/date-pattern.js';
import { searchText } from '../../schemas/search-text.js';

export { browserTimeZone } from '../../date-format/date-pattern.js';

export interface ZoneOption {
  zone: string;
  /** The offset as the locale writes it, through Intl ("GMT+05:30"). */
  offset: string;
  /** The zone's name as the browser gives it in the language in use ("Mitteleuropäische Zeit"), or '' when it gives only an offset. */
  name: string;
  /** `name` as the search compares it. */
  named: string;
  /** Lower-case text the search matches against: name, spaced name, old name, offsets, the name in the language in use. */
  search: string;
  /** The current offset as `utc+05:30`, for a search by offset. */
  utc: string;
  /** The names a query equals to come first: the zone (`america/new_york`) and its place (`new york`). */
  names: readonly string[];
  /** The parts of `search`, for the matches that start a part ("york" in New York). */
  parts: readonly string[];
}

/** The list last built: for one language, at one moment (its offsets are that moment's). */
let cache: { at: number; locale: string; zones: ZoneOption[] } | undefined;

/** A name that is only an offset ("GMT+06:00", "غرينتش+06:00"): what Intl gives a zone it has no name for. */
const OFFSET_FORM = /[+\-\u2212]\d{1,2}(?::\d{2})?$/u;
/** Zones' names per language, built on first use: they do not change with the hour as offsets do. A cache, not wizard state. */
const localNames = new Map<string, Map<string, string>>();

/**
 * The zone's generic name in `locale` ("Mitteleuropäische Zeit", "heure d’Europe centrale"; some
 * zones get a place: "Vereinigtes Königreich (Ortszeit)"), else its long one ("Koordinierte
 * Weltzeit"); '' when Intl gives only an offset. Intl names no city for most zones.
 */
function localName(zone: string, locale: string, at: Date): string {
  let names = localNames.get(locale);
  if (!names) localNames.set(locale, (names = new Map()));
  let name = names.get(zone);
  if (name !== undefined) return name;
  name = '';
  for (const timeZoneName of ['longGeneric', 'long'] as const) {
    try {
      const said = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
      if (said && !OFFSET_FORM.test(said)) {
        name = said;
        break;
      }
    } catch {
      break;
    }
  }
  names.set(zone, name);
  return name;
}

/** One zone as the list shows and searches it, in `locale`, at `at`. */
function zoneOption(zone: string, locale: string, at: Date): ZoneOption {
  const utc = zoneOffsetLabel(zone, at) ?? '';
  const offset = localOffsetLabel(zone, locale, at) ?? utc;
  const old = Object.keys(RENAMED_ZONES).find((k) => RENAMED_ZONES[k] === zone) ?? '';
  const name = localName(zone, locale, at);
  const named = searchText(name);
  // Spaced as people type the place: "New York" (New_York), "Port au Prince" (Port-au-Prince).
  const search = `${searchText(`${zone} ${zone.replace(/[_-]/gu, ' ')} ${old} ${utc} ${offset}`)} ${named}`;
  const names = [searchText(zone), searchText(zone.split('/').at(-1)!.replace(/[_-]/gu, ' '))];
  return { zone, offset, name, named, utc: utc.toLowerCase(), search, names, parts: search.split(/[\s/_-]+/u) };
}

function zoneNames(): string[] {
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const names = new Set<string>(supported.map(currentZoneName));
  names.add('UTC');
  return [...names];
}

/** Zones built ahead in idle time, for one language and moment; the list takes them as they are. */
let ahead: { at: number; locale: string; zones: Map<string, ZoneOption> } | undefined;

/**
 * Every IANA zone this browser knows, with its UTC offset at `now`: the moment the step opened, which
 * its previews and the line under the box show, so that across a daylight saving change no offset
 * listed contradicts them. Built again only for another language or moment (a step opened again):
 * the names, the costly part, are built once per language, and the formatters are kept.
 */
export function timeZoneOptions(locale = 'en', now = Date.now()): ZoneOption[] {
  if (zonesBuilt(locale, now)) return cache!.zones;
  const built = ahead && ahead.locale === locale && ahead.at === now ? ahead : undefined;
  const at = new Date(now);
  const zones = zoneNames()
    .map((zone) => built?.zones.get(zone) ?? zoneOption(zone, locale, at))
    .sort((a, b) => a.zone.localeCompare(b.zone));
  cache = { at: now, locale, zones };
  ahead = undefined;
  return zones;
}

/**
 * Builds the list for `locale` at `now` (the moment the step opened) in the browser's idle time, a few
 * zones at a time, so that its first opening in a language (some hundred milliseconds of formatters)
 * finds it ready and no slice holds up what the person types. Called once the time zone step shows;
 * stops when `signal` aborts.
 */
export function buildZonesAhead(locale: string, signal: AbortSignal, now = Date.now()): void {
  if (zonesBuilt(locale, now)) return;
  if (!ahead || ahead.locale !== locale || ahead.at !== now) ahead = { at: now, locale, zones: new Map() };
  const mine = ahead;
  const todo = zoneNames().filter((zone) => !mine.zones.has(zone));
  const at = new Date(mine.at);
  const idle = (work: (left: () => number) => void) =>
    'requestIdleCallback' in window ? requestIdleCallback((d) => work(() => d.timeRemaining())) : setTimeout(() => work(() => 0), 50);
  const slice = (left: () => number) => {
    if (signal.aborted || ahead !== mine) return;
    // At least one zone a slice, so a busy page still gets there.
    do {
      const zone = todo.shift()!;
      mine.zones.set(zone, zoneOption(zone, locale, at));
    } while (todo.length && left() > 2);
    if (todo.length) idle(slice);
    else timeZoneOptions(locale, mine.at);
  };
  if (todo.length) idle(slice);
}

/** An offset as people type it: `+1`, `+01`, `UTC+1`, `GMT-5`, `+5:30`, `+0530`, `−03:00`. */
const OFFSET = /^(?:utc|gmt)?\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?$/u;

/** An offset typed, as `utc+05:30`; -0 is +00:00, as the zones at UTC are written. */
function offsetOf(q: string): string | undefined {
  const offset = OFFSET.exec(q);
  if (!offset) return undefined;
  const hours = offset[2]!.padStart(2, '0');
  const minutes = offset[3] ?? '00';
  return `utc${offset[1] === '+' || hours + minutes === '0000' ? '+' : '-'}${hours}:${minutes}`;
}

/** A zone's standard offset this year, as `utc-08:00`: the lesser of January's and July's (daylight saving time adds to it). */
function standardOffset(zone: string): string {
  const year = new Date().getUTCFullYear();
  const [winter, summer] = [0, 6].map((month) => (zoneOffsetLabel(zone, new Date(Date.UTC(year, month))) ?? '').toLowerCase());
  const minutes = (utc = '') => Number(utc.slice(3, 6)) * 60 + Math.sign(Number(utc.slice(3, 6)) || 1) * Number(utc.slice(7));
  return minutes(winter) <= minutes(summer) ? winter! : summer!;
}

export function filterZones(zones: ZoneOption[], query: string): ZoneOption[] {
  const q = searchText(query);
  if (!q) return zones;
  // A label as Windows and the systems exporting its zones write one, "(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi" or
  // "(UTC-08:00) Pacific Time (US & Canada)": the zones its places name, else all, at its offset, which is the standard one.
  const label = /^\(((?:utc|gmt)[^)]*)\)\s*(.*)$/u.exec(q);
  if (label) {
    const wanted = offsetOf(label[1]!) ?? 'utc+00:00';
    const places = label[2]!.split(',').map((place) => place.replace(/\(.*$/u, '').trim());
    const named = places.flatMap((place) => (place ? filterZones(zones, place) : []));
    const atStandard = (list: ZoneOption[]) => [...new Set(list)].filter((z) => standardOffset(z.zone) === wanted);
    const found = atStandard(named);
    return found.length ? found : atStandard(zones);
  }
  // An offset finds the zones at exactly that offset now ("+1" is not "+10:00").
  const offset = offsetOf(q);
  if (offset) return zones.filter((z) => z.utc === offset);
  // Another spelling of a listed zone, typed in full ("US/Eastern", "Etc/UTC", "Europe/Uzhgorod"): the
  // zone Enter and Tab take for it is listed, first, never "No time zone matches" for a zone that is taken.
  // Another name of UTC ("GMT", "Zulu") too, unlike an abbreviation a browser maps to a zone of its choosing (isZoneId).
  const typed = query.trim();
  const spelt = isZoneId(typed) ? canonicalZone(typed) : undefined;
  const matches = zones.filter((z) => z.zone === spelt || z.search.includes(q) || z.search.includes(q.replace(/ /gu, '_')));
  // The zone named as typed first ("UTC"), then those with a name part that starts with it
  // ("york": New York), then those that hold it inside a word ("est": Creston, Bucharest).
  // Worked out with the list (once per language and opening of the step), not per keystroke: `names` and `parts`.
  const first = q.split(' ')[0]!;
  const rank = (z: ZoneOption) =>
    z.zone === spelt || z.names.includes(q) || z.names[0] === q.replace(/ /gu, '_') ? 0 : z.parts.some((part) => part.startsWith(first)) ? 1 : 2;
  return matches
    .map((z) => [rank(z), z] as const)
    .sort(([a], [b]) => a - b)
    .map(([, z]) => z);
}

/** The list for `locale` is built, at the moment `now` when given, else at the last moment asked (opening it then builds nothing). */
export function zonesBuilt(locale: string, now?: number): boolean {
  return cache?.locale === locale && (now === undefined || cache.at === now);
}
