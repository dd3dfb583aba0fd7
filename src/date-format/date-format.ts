/**
 * Formats dates with the LDML patterns of date-pattern.ts through Intl, so the preview shows the
 * time in the chosen zone.
 */
import { canonicalZone, isKnownTimeZone, isListedZone, tokenize } from './date-pattern.js';

export {
  canonicalZone,
  checkDatePattern,
  cleanPattern,
  DATE_FORMAT_PRESETS,
  isKnownTimeZone,
  isListedZone,
  type DateFormatPreset,
  type PatternCheck,
} from './date-pattern.js';

/**
 * A zone this browser can tell the time in as the zone means it: one it knows, written with a `/`
 * (`Etc/GMT+5` included), or another name of UTC (`GMT`, `Zulu`). Not an abbreviation or other old
 * id without a `/` (`BST`, `IST`), which Chromium maps to a zone of its own choosing (BST is
 * Asia/Dhaka): no offset nor preview is shown in such a guess.
 */
export const isZoneId = (zone: string): boolean => isKnownTimeZone(zone) && (zone.includes('/') || canonicalZone(zone) === 'UTC');

/**
 * The zone as the list names it: a listed zone stored under an older name (an edited connector's
 * "Asia/Calcutta") is shown, and marked chosen, as the list's "Asia/Kolkata". The answer keeps
 * its spelling, so an edit sends no change for it; anything else is shown as it is.
 */
export const listedZoneName = <T extends string | undefined>(zone: T): T => (zone && isListedZone(zone) ? (canonicalZone(zone) as T) : zone);

/** One zone however it is written ("europe/london", "Asia/Calcutta"): compared as the list names it, so the same zone is never a change. */
export const sameZone = (a: unknown, b: unknown): boolean => a === b || (typeof a === 'string' && typeof b === 'string' && listedZoneName(a) === listedZoneName(b));

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'long',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      fractionalSecondDigits: 3,
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** `GMT+05:30` -> minutes east of UTC. */
function offsetMinutes(name: string): number {
  const m = /GMT([+-])(\d{2}):?(\d{2})?/u.exec(name);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function formatOffset(minutes: number, style: 'X' | 'x' | 'Z', width: number): string {
  if (minutes === 0 && style === 'X') return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = pad(Math.floor(abs / 60), 2);
  const mm = pad(abs % 60, 2);
  if (style === 'Z') return width === 3 ? `${sign}${hh}${mm}` : `${sign}${hh}${mm}`;
  if (width === 1) return mm === '00' ? `${sign}${hh}` : `${sign}${hh}${mm}`;
  if (width === 2) return `${sign}${hh}${mm}`;
  return `${sign}${hh}:${mm}`;
}

/** The current UTC offset of a zone as `UTC+01:00`; `undefined` for a zone this browser does not know. */
export function zoneOffsetLabel(timeZone: string, at: Date = new Date()): string | undefined {
  try {
    const name =
      partsFormatter(timeZone)
        .formatToParts(at)
        .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    return `UTC${formatOffset(offsetMinutes(name), 'x', 3)}`;
  } catch {
    return undefined;
  }
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** The current offset of a zone as the locale writes it ("GMT+05:30", "غرينتش+05:30" in Arabic: Latin digits), through Intl. */
export function localOffsetLabel(timeZone: string, locale: string, at: Date = new Date()): string | undefined {
  const key = `${locale}\u0000${timeZone}`;
  try {
    let f = offsetFormatters.get(key);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longOffset' });
      offsetFormatters.set(key, f);
    }
    return f.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  } catch {
    return undefined;
  }
}

/** Formats `date` in `timeZone` with an LDML pattern (validated with checkDatePattern first). */
export function formatDate(date: Date, pattern: string, timeZone: string): string {
  if (pattern === 'unix') return String(Math.floor(date.getTime() / 1000));
  if (pattern === 'unix-ms') return String(date.getTime());
  const tokens = tokenize(pattern);
  if (!Array.isArray(tokens)) return '';
  const parts: Record<string, string> = {};
  for (const p of partsFormatter(timeZone).formatToParts(date)) parts[p.type] = p.value;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  const hour = Number(parts.hour) % 24;
  const minute = Number(parts.minute);
  const second = Number(parts.second);
  const ms = Number(parts.fractionalSecond ?? 0);
  const weekday = parts.weekday ?? '';
  const offset = offsetMinutes(parts.timeZoneName ?? 'GMT');
  return tokens
    .map((t) => {
      if ('literal' in t) return t.literal;
      const w = t.width;
      switch (t.field) {
        case 'y':
          return w === 2 ? pad(year % 100, 2) : pad(year, w);
        case 'M':
          return w >= 4 ? MONTHS[month - 1] : w === 3 ? MONTHS[month - 1]!.slice(0, 3) : pad(month, w);
        case 'd':
          return pad(day, w);
        case 'E':
          return w === 4 ? weekday : weekday.slice(0, 3);
        case 'a':
          return hour < 12 ? 'AM' : 'PM';
        case 'H':
          return pad(hour, w);
        case 'h':
          return pad(hour % 12 === 0 ? 12 : hour % 12, w);
        case 'm':
          return pad(minute, w);
        case 's':
          return pad(second, w);
        case 'S':
          // Intl gives milliseconds; finer digits are zeros.
          return pad(ms, 3).padEnd(w, '0').slice(0, w);
        case 'X':
        case 'x':
        case 'Z':
          return formatOffset(offset, t.field, w);
        default:
          return '';
      }
    })
    .join('');
}

/** A pattern that is valid but most likely not what was meant (never blocks). */
export type DatePatternWarning = 'no-am-pm' | 'minutes-as-month';

/**
 * `hh` without `a` writes 14:30 as 02:30, with nothing to tell afternoon from morning; `mm` (minutes)
 * in a pattern with a day or year but no month is most likely the month, `MM`, when the pattern has
 * no hour or writes the minutes twice (`dd/mm/yyyy HH:mm`).
 */
export function datePatternWarning(pattern: string): DatePatternWarning | undefined {
  const tokens = tokenize(pattern.trim());
  if (!Array.isArray(tokens)) return undefined;
  // The pattern's fields in order, one letter each ("dmyHm" for dd/mm/yyyy HH:mm).
  const fields = tokens.map((t) => ('field' in t ? t.field : '')).join('');
  if (fields.includes('h') && !fields.includes('a')) return 'no-am-pm';
  if (!fields.includes('M') && /[dy]/u.test(fields) && /m.*m|^[^Hh]*m[^Hh]*$/u.test(fields)) return 'minutes-as-month';
  return undefined;
}
