import { localOffsetLabel, zoneOffsetLabel } from '../../date-format/date-format.js';

export interface ZoneOption {
  zone: string;
  /** The offset as the locale writes it, through Intl ("GMT+05:30"). */
  offset: string;
  /** Lower-case text the search matches against: name, spaced name, old name, offsets. */
  search: string;
}

/**
 * Chromium's ICU still canonicalises some zones to names IANA has since replaced (Asia/Calcutta,
 * Europe/Kiev). People search for, and servers expect, the current names; both are valid links.
 */
const RENAMED: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'America/Godthab': 'America/Nuuk',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
};

export const currentZoneName = (zone: string): string => (RENAMED[zone] && isValidZone(RENAMED[zone]!) ? RENAMED[zone]! : zone);

function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

let cache: { at: number; locale: string; zones: ZoneOption[] } | undefined;
const HOUR = 3_600_000;

/**
 * Every IANA zone this browser knows, with its current UTC offset. Built once an hour at most:
 * offsets change with daylight saving, and 400+ formatters are not free.
 */
export function timeZoneOptions(locale = 'en', now = Date.now()): ZoneOption[] {
  if (cache && cache.locale === locale && now - cache.at < HOUR) return cache.zones;
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const names = new Set<string>(supported.map(currentZoneName));
  names.add('UTC');
  const at = new Date(now);
  const zones = [...names].map((zone) => {
    const utc = zoneOffsetLabel(zone, at) ?? '';
    const offset = localOffsetLabel(zone, locale, at) ?? utc;
    const old = Object.keys(RENAMED).find((k) => RENAMED[k] === zone) ?? '';
    return { zone, offset, search: `${zone} ${zone.replace(/_/gu, ' ')} ${old} ${utc} ${offset}`.toLowerCase() };
  }).sort((a, b) => a.zone.localeCompare(b.zone));
  cache = { at: now, locale, zones };
  return zones;
}

export function filterZones(zones: ZoneOption[], query: string): ZoneOption[] {
  const q = query.trim().toLowerCase().replace(/\s+/gu, ' ');
  if (!q) return zones;
  return zones.filter((z) => z.search.includes(q) || z.search.includes(q.replace(/ /gu, '_')));
}

export function browserTimeZone(): string {
  try {
    return currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  } catch {
    return 'UTC';
  }
}
