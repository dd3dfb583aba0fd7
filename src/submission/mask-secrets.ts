import { isSecretField, type SystemDefinition } from '../catalogue/catalogue-schema.js';
import { fieldsOf } from '../schemas/lookup.js';
import type { ConnectorPayload } from '../schemas/wizard-data.js';
import { otherCase } from './secret-case.js';
import { bareEnd, endCut } from './secret-ends.js';
import { lookAlike } from './secret-lookalikes.js';
import { startCut } from './secret-starts.js';
import { shapedSecrets } from './shaped-secrets.js';

/** What stands for a secret wherever an endpoint's answer repeated it. */
export const SECRET_MASK = '•••';

/**
 * An endpoint's answer to a request that carried secrets, each of them masked wherever it repeats
 * one, as written, URL-encoded (an upstream URL quoted in a title), quoted in a JSON text (an
 * upstream body quoted in a detail), escaped as HTML or base64-encoded (see base64Forms; as written, JSON-quoted or URL-encoded), a numeric one as the number it was sent as too: a connector's `settings`, a
 * problem's title, a test's account or checks. So a server that echoes a token puts it in no
 * event, error or text shown. The secrets are the values of the sent auth type's secret fields (and
 * `more`: the host's credential headers, the only ones for a request that sent no payload: a list read; `sure`:
 * those of their values that are secrets by their place, a Basic header's password, masked as one typed); the start of one quoted cut
 * short with an ellipsis (`sk_test_4eC3…`) too (see startCut);
 * one shorter than 4 characters is masked only where it is a whole text, so it cannot blank out
 * common letters; one shorter than 8 (a PIN `2026`) leaves a text that is a date or one of the person's own
 * answers that are no secret (the name `Shop 2026`), and digits of a longer number (`conn_20261`), or letters of a longer word of the system's name or those answers (`Shop` in `Shopify`), but for the secret itself. What the wizard reads rather than shows (a pointer, a problem's type, an id or revision, a
 * connector's system, group or environment) is left as it is: a password `password` must not
 * move an error off `/credentials/password`.
 */
export function masked<T>(answer: T, sent: ConnectorPayload | undefined, system: SystemDefinition | undefined, more: readonly string[] = [], sure: readonly string[] = []): T {
  const fields = sent ? fieldsOf(system, sent.authType) : [];
  const secrets = fields
    .filter(isSecretField)
    .map((field) => sent!.credentials[field.key])
    // A numeric secret (a `number` field marked secret, a PIN) is sent as a JSON number: its text is what an answer repeats.
    .map((value) => (typeof value === 'number' ? String(value) : value))
    .concat(sure)
    .filter((value): value is string => typeof value === 'string' && value !== '');
  // The person's own answers that are no secret, as sent: a text that is one of them says nothing they did not type in the clear.
  const typed = fields.filter((field) => !isSecretField(field)).map((field) => sent!.credentials[field.key]);
  const own = new Set([sent?.name, sent?.dateFormat, ...typed].filter((value) => value !== undefined).map(String));
  // A date's year, month, day and time hold no digit run longer than 4 (a PIN 2026 is a year there); its fraction and offset can hold a longer PIN, or one of 4: masked then.
  const readable = (text: string, secret: string) => own.has(text) || (DATE.test(text) && !text.replace(DAY_TIME, '').includes(secret));
  // The words of the system's name and of those answers, which a short password of letters may be part of (`Shop` in `Shopify`): see hider.
  let words: Set<string> | undefined;
  const wordsOf = () => (words ??= new Set([system?.name ?? '', ...own].flatMap((text) => text.match(/[\p{L}\p{M}]+/gu) ?? []).map((w) => w.toLowerCase())));
  // A base64 text is written as it is, JSON-quoted or URL-encoded: its pieces are found by plain search, not by a pattern each (six for each secret: three quarters of a masking pass, a 1,000-character secret 70 ms, now 20).
  // A host header's short value that is no secret typed (a tenant `acme` in X-Auth-Tenant) is masked only as a word of its own: see hider.
  const all = [...new Set([...secrets, ...more])]
    .map((secret) => ({ secret, plain: secret.length > PATTERN_LIMIT, alone: secret.length < SHORT_SECRET && !secrets.includes(secret), cut: true }))
    .concat(secrets.flatMap(base64Forms).map((secret) => ({ secret, plain: true, alone: false, cut: false })));
  // A token with the shape of a secret field (its pattern starts with the token's kind, `^shpat_`), though the wizard does not have it: an edit keeps the stored one.
  const shaped = shapedSecrets(fields, SECRET_MASK).map((hide) => ({ secret: '', hide }));
  // Longest first: a secret holding another (a key inside a token) is masked whole, not left with its tail after the shorter one's mask.
  return all.length || shaped.length
    ? mask(
        answer,
        all
          .sort((a, b) => b.secret.length - a.secret.length)
          .map(({ secret, plain, alone, cut }) => {
            // Look-alikes first: an echo broken by an invisible character is masked whole, not only its end after it (see bareEnd).
            const hides = [
              cut && !alone ? lookAlike(secret, SECRET_MASK, keptAlike(secret, readable, wordsOf)) : undefined,
              hider(secret, plain, readable, wordsOf, alone),
              ...(cut ? [otherCase(secret, SECRET_MASK), startCut(secret, own, SECRET_MASK), endCut(secret, SECRET_MASK), bareEnd(secret, own, SECRET_MASK)] : []),
            ].filter((hide) => !!hide);
            return { secret, hide: (text: string) => hides.reduce((out, hide) => hide(out), text) };
          })
          .concat(shaped),
      )
    : answer;
}

/** A secret shorter than this (a PIN, a short password) is made of common characters: a date or the name typed may hold them as its own. */
const SHORT_SECRET = 8;

/** A date or a time as ISO 8601 writes it (a `createdAt`): its digits are a year or a day, never a short secret sent. */
const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u;

/** A date's day and time of day, before any fraction of a second and offset. */
const DAY_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?/u;

/** A letter, or a mark on one: part of a word. */
const LETTER = /[\p{L}\p{M}]/u;

/** Part of a word a server writes around a name (`acme-store`, `store.acme.com`, `ops@acme`): a letter, a digit, `_`; or `-`, `.`, `@` before another of them. */
const WORD = /[\p{L}\p{M}\p{N}_]/u;
const JOINS = /[-.@]/u;

/** The longest secret found in all its forms by one pattern: the pattern grows with the secret, and near 4,000 characters Chromium cannot compile it (a stack overflow). */
const PATTERN_LIMIT = 2000;

/**
 * `secret` masked in a text. Its pattern (written) is built only once a text is long enough to
 * hold it (no form of a secret is shorter than it) and holds a `\`, `%`, `&` or `+` (which its
 * encodings need), so an answer shorter than a long secret (a 413's title), or one in plain words,
 * costs no pattern. A `plain` one (longer than PATTERN_LIMIT, a megabyte pasted; or a
 * piece of base64) is masked as sent, quoted in a JSON text (`/` as `\/` too, as PHP writes it)
 * and URL-encoded (the hex in either case), each found in one pass.
 */
function hider(
  secret: string,
  plain: boolean,
  readable: (text: string, secret: string) => boolean,
  wordsOf: () => ReadonlySet<string>,
  alone = false,
): (text: string) => string {
  let hide: ((text: string) => string) | undefined;
  const short = secret.length < SHORT_SECRET;
  const inWord = inWordOf(secret, wordsOf);
  // `alone` (a host header's short value, no secret typed): inside a longer word (`acme-store EU`, a list's name) it is that word's, not the header.
  // One that mixes letters and digits, no `-`, `.` or `@` of its own (`ab12`, `Kx9mPq`), is no word nor number a name holds: joined by them
  // (`/keys/ab12.json`, `ab12@tenant`) it is the value still. Digits only (`1042` in `Invoice 1042-17`), or with its own (`eu-1` in `eu-1.example.com`), it is an id's.
  const joinsWords = !(/\p{L}/u.test(secret) && /\p{N}/u.test(secret) && !JOINS.test(secret));
  const joins = (text: string, next: number, beyond: number) => WORD.test(text[next] ?? '') || (joinsWords && JOINS.test(text[next] ?? '') && WORD.test(text[beyond] ?? ''));
  const joined = (at: number, end: number, text: string) => alone && (joins(text, at - 1, at - 2) || joins(text, end, end + 1));
  return (text) => {
    if (text.length < secret.length || (short && text !== secret && readable(text, secret))) return text;
    // A text with none of the characters the pattern's encodings are written with can hold the secret only as sent: a plain search, no pattern built (a 1,500-character secret's cost 15 ms an answer).
    if (!plain && !short && !/[\\%&+]/u.test(text)) return text.replaceAll(secret, SECRET_MASK);
    if (!hide) {
      const pattern = plain ? undefined : written(secret);
      const json = JSON.stringify(secret).slice(1, -1);
      // A lone surrogate is URL-encoded as U+FFFD's bytes, as TextEncoder writes it (encodeURIComponent would throw).
      const url = encodeURIComponent(secret.replace(/\p{Cs}/gu, '\uFFFD'));
      const forms = pattern ? [] : [...new Set([secret, json, json.replaceAll('/', '\\/'), url, url.replace(/%[\dA-F]{2}/gu, (hex) => hex.toLowerCase())])];
      hide = pattern
        ? inWord || alone
          ? (t) => t.replace(pattern, (match, at: number, text: string) => (inWord?.(match, at, text) || joined(at, at + match.length, text) ? match : SECRET_MASK))
          : (t) => t.replace(pattern, SECRET_MASK)
        : (t) => forms.reduce((out, form) => out.replaceAll(form, SECRET_MASK), t);
    }
    return hide(text);
  };
}

/**
 * A short password of letters only, inside a longer word that is a word of the system's name or of the person's own answers (`Shop` in
 * `Shopify`, `myshopify` in the store typed), is that word, not the secret; anywhere else (its own word, `adminShop`, `hunters`) it is masked.
 * Undefined for any other secret, or with no such words.
 */
function inWordOf(secret: string, wordsOf: () => ReadonlySet<string>): ((match: string, at: number, text: string) => boolean) | undefined {
  if (secret.length >= SHORT_SECRET || !/^[\p{L}\p{M}]+$/u.test(secret)) return undefined;
  const words = wordsOf();
  // A loop, not Math.max(...): a long answer typed (a text area) may hold more words than a call takes arguments.
  let longest = 0;
  for (const word of words) longest = Math.max(longest, word.length);
  return longest
    ? (match, at, text) => {
        if (match !== secret) return false;
        let [start, end] = [at, at + match.length];
        while (start > 0 && at + match.length - start <= longest && LETTER.test(text[start - 1]!)) start--;
        while (end < text.length && end - start <= longest && LETTER.test(text[end]!)) end++;
        return end - start > match.length && end - start <= longest && words.has(text.slice(start, end).toLowerCase());
      }
    : undefined;
}

/**
 * For a short secret found through look-alikes (see lookAlike), what the plain pass leaves as written: a text that is a date or one of the
 * person's own answers, a PIN's digits inside a longer number (`２０２６１`), a short password of letters inside a word of the system's name
 * (`Ｓｈｏｐｉｆｙ` for `Shop`). A password of letters and digits is itself beside a digit (`ｈｕｎｔｅｒ２２` for `hunter2`), as it is plainly.
 */
function keptAlike(secret: string, readable: (text: string, secret: string) => boolean, wordsOf: () => ReadonlySet<string>) {
  if (secret.length >= SHORT_SECRET) return undefined;
  // Typed in full width (`２０２６`), a PIN is digits still.
  const pin = /^\d+$/u.test(secret.normalize('NFKC'));
  let inWord: ReturnType<typeof inWordOf> | null = null;
  return (text: string, plain: string, at: number, end: number) => {
    if (readable(text, secret) || readable(plain, secret)) return true;
    if (pin) return /\d/u.test(plain[at - 1] ?? '') || /\d/u.test(plain[end] ?? '');
    if (inWord === null) inWord = inWordOf(secret, wordsOf);
    return !!inWord?.(plain.slice(at, end), at, plain);
  };
}

/**
 * `secret`'s bytes (UTF-8) as base64 and base64url write them inside a longer encoded text (a
 * `Basic` authorization header of `user:password`), at each of base64's three alignments: the
 * characters its bytes alone decide. Only for a secret of 8 characters or more, so a piece never
 * stands for a common word.
 */
function base64Forms(secret: string): string[] {
  if (secret.length < SHORT_SECRET) return [];
  const bytes = new TextEncoder().encode(secret);
  return [0, 1, 2].flatMap((shift) => {
    let binary = '\0'.repeat(shift);
    for (const byte of bytes) binary += String.fromCharCode(byte);
    const encoded = btoa(binary).slice(Math.ceil((shift * 4) / 3), Math.floor(((shift + bytes.length) * 4) / 3));
    return [encoded, encoded.replace(/\+/gu, '-').replace(/\//gu, '_')];
  });
}

/** How a JSON text may write a character besides itself: `\"`, `\\`, `\/` (as PHP writes `/`) and the control characters' short escapes. */
const SHORT: Readonly<Record<string, string>> = { '"': '"', '\\': '\\\\', '/': '/', '\b': 'b', '\f': 'f', '\n': 'n', '\r': 'r', '\t': 't' };

/** How HTML writes the characters it escapes (an upstream error page quoted in a detail): by name, or as a decimal or hex reference. */
const ENTITY: Readonly<Record<string, string>> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' };

/** Hex digits in either case, as writers differ (`%2F` and `%2f`, `\u00FC` and `\u00fc`). */
const eitherCase = (hex: string) => hex.replace(/[a-f]/gu, (d) => `[${d}${d.toUpperCase()}]`);

/**
 * `secret` wherever a text repeats it: each character as itself, quoted in a JSON text (each
 * UTF-16 unit as `\uXXXX`, as Python and PHP write every letter outside ASCII and Gson writes
 * `=`, or as its short escape), escaped as HTML (`&amp;`, `&lt;`, `&#39;`, `&#x27;`: a page
 * quoted whole) or URL-encoded (its UTF-8 bytes as `%XX`, which encoders choose
 * differently: Python's `quote` encodes `!*()` that `encodeURIComponent` leaves, .NET writes the
 * hex in lower case; a space as `+` too). Its own letters only as sent: `summer` in a text is not
 * the password `Summer`. One shorter than 4 characters only as a whole text; one shorter than 8 not inside a longer number. One pass: each
 * character's forms are fixed texts.
 */
function written(secret: string): RegExp {
  let source = '';
  for (const char of secret) {
    const forms = [...char].map((unit) => {
      const hex = unit.charCodeAt(0).toString(16).padStart(4, '0');
      const short = SHORT[unit];
      const entity = ENTITY[unit];
      const html = entity ? `|&(?:${entity}|#0*${unit.charCodeAt(0)}|#[xX]0*${eitherCase(unit.charCodeAt(0).toString(16))});` : '';
      return `(?:\\\\u${eitherCase(hex)}${short ? `|\\\\${short}` : ''}${html}|\\u${hex})`;
    });
    const bytes = [...new TextEncoder().encode(char)].map((byte) => `%${eitherCase(byte.toString(16).padStart(2, '0'))}`);
    // Escapes before the character itself: a secret ending in `%` or `&` echoed as `%25` or `&#38;` is masked with the whole escape, not up to its `%` or `&`.
    source += `(?:${bytes.join('')}${char === ' ' ? '|\\+' : ''}|${forms.join('')})`;
  }
  // A short one of digits only (a PIN) is not found where its digits join others (`conn_20261` holds no PIN 2026; a password `hunter2` is itself in `hunter22`, its letters mark it); an escape's hex (`\\u0027`, `%22`) is no digit of a number.
  // Digits in full width (`２０２６`, as typed or as an upstream writes them) are digits too.
  const bounded = secret.length < SHORT_SECRET && /^\d+$/u.test(secret.normalize('NFKC'));
  const lead = bounded ? '(?:(?<![\\d\\uFF10-\\uFF19])|(?<=%[\\dA-Fa-f]{2}|\\\\u[\\dA-Fa-f]{4}))' : '';
  const trail = bounded ? '(?![\\d\\uFF10-\\uFF19])' : '';
  return new RegExp(secret.length < 4 ? `^${source}$` : lead + source + trail, 'g');
}

/** Read, not shown: never masked, where the wizard reads them (the answer's own members, and its `errors` and `checks`); but a `revision` (see revised). */
const READ = new Set(['status', 'type', 'pointer', 'id', 'revision', 'system', 'group', 'environment', 'authType']);

/** The protocol's member names, which the wizard reads (a password `name` or `ok` must not take a connector's name away, or a test's answer; `credentials` is dropped by that name): the rest are data, masked as texts are. */
const NAMES = new Set([...READ, 'name', 'title', 'detail', 'account', 'label', 'errors', 'checks', 'ok', 'credentials']);

type Secret = { secret: string; hide: (text: string) => string };

/** `read`: an object the wizard reads (the answer, or one of its `errors` or `checks`); anything deeper (a connector's `settings`) is the server's data, masked whole, member names included. */
function mask<T>(value: T, secrets: readonly Secret[], read = true): T {
  // A number the answer repeats as the JSON number sent (a PIN in its `settings`): masked where it is the whole value.
  if (typeof value === 'number') return (secrets.some(({ secret }) => secret === String(value)) ? SECRET_MASK : value) as T;
  if (typeof value === 'string') return secrets.reduce<string>((text, { hide }) => hide(text), value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mask(item, secrets, read)) as T;
  const proto = value && typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (proto !== Object.prototype && proto !== null) return value;
  // A record read from JSON, plain or null-prototype (ids as data): copied with its kind of prototype.
  const copy = Object.create(proto) as Record<string, unknown>;
  const entries = Object.entries(value as object).map(([key, item]) => [key, read && NAMES.has(key) ? key : mask(key, secrets), item] as const);
  // Two names that mask alike (a map keyed by two secrets) stay two members: a masked one already taken is numbered (`••• 2`), never written over.
  const taken = new Set(entries.flatMap(([key, name]) => (key === name ? [name] : [])));
  for (const [key, hidden, item] of entries) {
    let name = hidden;
    for (let n = 2; name !== key && taken.has(name); n++) name = `${hidden} ${n}`;
    taken.add(name);
    // Defined, never assigned: a server's `__proto__` member stays a member (data), never the copy's prototype.
    Object.defineProperty(copy, name, {
      value: read && READ.has(key) ? (key === 'revision' ? revised(item, secrets) : item) : mask(item, secrets, read && (key === 'errors' || key === 'checks')),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy as T;
}

/**
 * A revision comes back as `If-Match` (revisionText: a text or a number), so a short or numeric secret (a PIN 2026) must not make an
 * updatedAt revision `•••-12-05…`; one of 8 characters or more is masked in it all the same, and anything else (an object) is data, masked whole.
 */
const revised = (revision: unknown, secrets: readonly Secret[]): unknown =>
  mask(revision, typeof revision === 'string' || typeof revision === 'number' ? secrets.filter(({ secret }) => secret.length >= SHORT_SECRET) : secrets, false);
