/**
 * Unicode LDML date patterns (https://unicode.org/reports/tr35/tr35-dates.html#Date_Field_Symbol_Table),
 * the subset integration systems use, formatted through Intl so the preview shows the time in
 * the chosen zone. `unix` and `unix-ms` are epoch seconds and milliseconds.
 */

export interface DateFormatPreset {
  id: string;
  pattern: string;
}

export const DATE_FORMAT_PRESETS: readonly DateFormatPreset[] = [
  { id: 'iso', pattern: "yyyy-MM-dd'T'HH:mm:ssXXX" },
  { id: 'sql', pattern: 'yyyy-MM-dd HH:mm:ss' },
  { id: 'dmy', pattern: 'dd/MM/yyyy' },
  { id: 'mdy', pattern: 'MM/dd/yyyy' },
  { id: 'rfc2822', pattern: 'EEE, dd MMM yyyy HH:mm:ss xx' },
  { id: 'unix', pattern: 'unix' },
  { id: 'unix-ms', pattern: 'unix-ms' },
];

type Token = { literal: string } | { field: string; width: number };

const SUPPORTED: Record<string, readonly number[]> = {
  y: [1, 2, 4],
  M: [1, 2, 3, 4],
  d: [1, 2],
  E: [1, 2, 3, 4],
  a: [1],
  H: [1, 2],
  h: [1, 2],
  m: [1, 2],
  s: [1, 2],
  S: [1, 2, 3, 4, 5, 6, 7, 8, 9],
  X: [1, 2, 3],
  x: [1, 2, 3],
  Z: [1, 2, 3],
};

export type PatternCheck = { ok: true } | { ok: false; message: string };

function tokenize(pattern: string): Token[] | string {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        tokens.push({ literal: "'" });
        i += 2;
        continue;
      }
      // Quoted literal text; inside it, '' stands for one quote (LDML).
      let text = '';
      let j = i + 1;
      for (;;) {
        if (j >= pattern.length) return 'A quote (\') is not closed. Put literal text between two single quotes.';
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += pattern[j];
        j++;
      }
      tokens.push({ literal: text });
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/u.test(c)) {
      let j = i;
      while (pattern[j] === c) j++;
      const width = j - i;
      const widths = SUPPORTED[c];
      if (!widths) return `“${c}” is not a date pattern letter this form understands. Put literal text in single quotes, like 'T'.`;
      if (!widths.includes(width)) return `“${c.repeat(width)}” is not supported; use ${widths.map((w) => c.repeat(w)).join(', ')}.`;
      tokens.push({ field: c, width });
      i = j;
      continue;
    }
    tokens.push({ literal: c });
    i++;
  }
  return tokens;
}

export function checkDatePattern(pattern: string): PatternCheck {
  if (pattern === 'unix' || pattern === 'unix-ms') return { ok: true };
  if (!pattern.trim()) return { ok: false, message: 'Enter a date pattern, such as yyyy-MM-dd HH:mm:ss' };
  if (pattern.length > 100) return { ok: false, message: 'A date pattern must be 100 characters or fewer' };
  const tokens = tokenize(pattern);
  if (typeof tokens === 'string') return { ok: false, message: tokens };
  const fields = new Set(tokens.flatMap((t) => ('field' in t ? [t.field] : [])));
  if (!fields.has('y') && !fields.has('d') && !fields.has('H') && !fields.has('h') && !fields.has('m'))
    return { ok: false, message: 'A date pattern needs at least a year, day, hour or minute, such as yyyy-MM-dd' };
  return { ok: true };
}

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
    const name = partsFormatter(timeZone).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    return `UTC${formatOffset(offsetMinutes(name), 'x', 3)}`;
  } catch {
    return undefined;
  }
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** The current offset of a zone as the locale writes it ("GMT+05:30", "غرينتش+٥:٣٠"), through Intl. */
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

export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Formats `date` in `timeZone` with an LDML pattern (validated with checkDatePattern first). */
export function formatDate(date: Date, pattern: string, timeZone: string): string {
  if (pattern === 'unix') return String(Math.floor(date.getTime() / 1000));
  if (pattern === 'unix-ms') return String(date.getTime());
  const tokens = tokenize(pattern);
  if (typeof tokens === 'string') return '';
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
