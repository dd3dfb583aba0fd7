import { zoneOffsetLabel } from '../../date-format/date-format.js';

export interface ZoneOption {
  zone: string;
  offset: string;
  /** Lower-case text the search matches against: name, spaced name and offset. */
  search: string;
}

let cache: { at: number; zones: ZoneOption[] } | undefined;
const HOUR = 3_600_000;

/**
 * Every IANA zone this browser knows, with its current UTC offset. Built once an hour at most:
 * offsets change with daylight saving, and 400+ formatters are not free.
 */
export function timeZoneOptions(now = Date.now()): ZoneOption[] {
  if (cache && now - cache.at < HOUR) return cache.zones;
  const names = new Set<string>(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  names.add('UTC');
  const at = new Date(now);
  const zones = [...names].map((zone) => {
    const offset = zoneOffsetLabel(zone, at) ?? '';
    return { zone, offset, search: `${zone} ${zone.replace(/_/gu, ' ')} ${offset}`.toLowerCase() };
  });
  cache = { at: now, zones };
  return zones;
}

export function filterZones(zones: ZoneOption[], query: string): ZoneOption[] {
  const q = query.trim().toLowerCase().replace(/\s+/gu, ' ');
  if (!q) return zones;
  return zones.filter((z) => z.search.includes(q) || z.search.includes(q.replace(/ /gu, '_')));
}

export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
