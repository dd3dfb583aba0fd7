/**
 * Unicode LDML date patterns (https://unicode.org/reports/tr35/tr35-dates.html#Date_Field_Symbol_Table),
 * the subset integration systems use: the presets, and checking a pattern or a zone. Formatting
 * is in date-format.ts, which only the later steps need. `unix` and `unix-ms` are epoch
 * seconds and milliseconds.
 */

import { INVISIBLE } from '../schemas/visible-text.js';

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
  a: [1, 2, 3],
  H: [1, 2],
  h: [1, 2],
  m: [1, 2],
  s: [1, 2],
  S: [1, 2, 3, 4, 5, 6, 7, 8, 9],
  X: [1, 2, 3],
  x: [1, 2, 3],
  Z: [1, 2, 3],
};

/** What is wrong with a date pattern, as data: each language words it (Messages.datePatternProblem). */
/** `lowercase`: a capital D or Y, as other libraries write the day and year (`DD/MM/YYYY`): here dd and yyyy. */
export type DatePatternProblem =
  { kind: 'empty' | 'length' | 'quote' | 'no-field' } | { kind: 'letter'; letter: string; lowercase?: true } | { kind: 'width'; text: string; allowed: string[] };

/** `message`: the problem in English, for code without a language (a server's 422). */
export type PatternCheck = { ok: true } | { ok: false; problem: DatePatternProblem; message: string };

/** The problem in English (the Messages of the other languages word it in theirs). */
export function datePatternProblemText(p: DatePatternProblem): string {
  if (p.kind === 'letter')
    return p.lowercase
      ? `“${p.letter}” is not a date pattern letter this form understands: write the day as dd and the year as yyyy, as in dd/MM/yyyy.`
      : `“${p.letter}” is not a date pattern letter this form understands. Put literal text in single quotes, like 'T'.`;
  if (p.kind === 'width') return `“${p.text}” is not supported; use ${p.allowed.join(', ')}.`;
  return {
    empty: 'Enter a date pattern, such as yyyy-MM-dd HH:mm:ss',
    length: 'A date pattern must be 100 characters or fewer',
    quote: "A quote (') is not closed. Put literal text between two single quotes.",
    'no-field': 'A date pattern needs at least a year, day, hour or minute, such as yyyy-MM-dd',
  }[p.kind];
}

const fails = (problem: DatePatternProblem): PatternCheck => ({ ok: false, problem, message: datePatternProblemText(problem) });

/** Splits a pattern into fields and literals, or says what is wrong with it. */
export function tokenize(pattern: string): Token[] | DatePatternProblem {
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
        if (j >= pattern.length) return { kind: 'quote' };
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
      if (!widths) return { kind: 'letter', letter: c, ...(c === 'D' || c === 'Y' ? { lowercase: true as const } : {}) };
      if (!widths.includes(width)) return { kind: 'width', text: c.repeat(width), allowed: widths.map((w) => c.repeat(w)) };
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
  if (!pattern.trim()) return fails({ kind: 'empty' });
  if (pattern.length > 100) return fails({ kind: 'length' });
  const tokens = tokenize(pattern);
  if (!Array.isArray(tokens)) return fails(tokens);
  const fields = new Set(tokens.flatMap((t) => ('field' in t ? [t.field] : [])));
  if (!fields.has('y') && !fields.has('d') && !fields.has('H') && !fields.has('h') && !fields.has('m')) return fails({ kind: 'no-field' });
  return { ok: true };
}

/**
 * Answers so far: building an Intl.DateTimeFormat to ask takes about 40 µs, and a catalogue
 * repeats the same few zones (it was half the time of validating 1,000 systems). Bounded, since
 * a hostile catalogue can name any number of zones.
 */
const knownZones = new Map<string, boolean>();

export function isKnownTimeZone(timeZone: string): boolean {
  let known = knownZones.get(timeZone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size >= 1000) knownZones.clear();
    knownZones.set(timeZone, known);
  }
  return known;
}

/**
 * Chromium's ICU still canonicalises some zones to names IANA has since replaced (Asia/Calcutta,
 * Europe/Kiev). People search for, and servers expect, the current names; both are valid links.
 */
export const RENAMED_ZONES: Record<string, string> = {
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
  'Africa/Asmera': 'Africa/Asmara',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'America/Coral_Harbour': 'America/Atikokan',
};

export const currentZoneName = (zone: string): string => (RENAMED_ZONES[zone] && isKnownTimeZone(RENAMED_ZONES[zone]!) ? RENAMED_ZONES[zone]! : zone);

/** A known zone under its current IANA name, however it was spelt: "europe/london", "GB" and "Europe/London" all give Europe/London (isListedZone refuses "GB"). */
export const canonicalZone = (zone: string): string => currentZoneName(new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone);

let listed: ReadonlySet<string> | undefined;
/**
 * A zone the time-zone list offers, under any spelling Intl knows ("US/Eastern", "Asia/Calcutta"):
 * not an offset ("+10:00") nor a legacy id without a `/` but UTC ("EST", "BST", "Japan"), which
 * Chromium resolves to listed zones, some unrelated (BST is Asia/Dhaka, IST Asia/Kolkata). Without
 * `Intl.supportedValuesOf` to list them, any zone Intl knows.
 */
export function isListedZone(zone: string): boolean {
  let answer = listedAnswers.get(zone);
  if (answer === undefined) {
    listed ??= typeof Intl.supportedValuesOf === 'function' ? new Set([...Intl.supportedValuesOf('timeZone').map(currentZoneName), 'UTC']) : undefined;
    answer = (zone.includes('/') || zone.toUpperCase() === 'UTC') && isKnownTimeZone(zone) && (!listed || listed.has(canonicalZone(zone)));
    // Asked for every catalogue system: answered once per spelling (bounded, as knownZones is).
    if (listedAnswers.size >= 1000) listedAnswers.clear();
    listedAnswers.set(zone, answer);
  }
  return answer;
}
const listedAnswers = new Map<string, boolean>();

/** The browser's own zone, under its current IANA name; UTC when it cannot say. */
export function browserTimeZone(): string {
  try {
    return currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  } catch {
    return 'UTC';
  }
}

/**
 * A custom pattern as it is checked, previewed and sent: without the white space at its ends, nor
 * the invisible characters copy and paste leaves outside its quoted literals (zero-width spaces,
 * soft hyphens, bidi marks and controls, the BOM), which show nowhere. Text in quotes is the
 * person's own literal, kept as typed.
 */
export const cleanPattern = (custom: string): string => custom.replace(/'[^']*'?|[^']+/gu, (part) => (part.startsWith("'") ? part : part.replace(INVISIBLE, ''))).trim();

/** The pattern a choice stands for: a preset's pattern, or the custom one as typed (`cleanPattern`). */
export function resolveDateFormat(dateFormat: string | undefined, custom: string): string | undefined {
  if (dateFormat === 'custom') return cleanPattern(custom) || undefined;
  return DATE_FORMAT_PRESETS.find((p) => p.id === dateFormat)?.pattern;
}

/** The choice that stands for a pattern: a preset when one matches, else `custom`. */
export function dateFormatChoice(pattern: string | undefined): { dateFormat?: string; customDateFormat: string } {
  if (!pattern) return { dateFormat: 'iso', customDateFormat: '' };
  const preset = DATE_FORMAT_PRESETS.find((p) => p.pattern === pattern);
  return preset ? { dateFormat: preset.id, customDateFormat: '' } : { dateFormat: 'custom', customDateFormat: pattern };
}
