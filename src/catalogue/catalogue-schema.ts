import { isolatedIfBidi, noncharactersOut } from '../messages/isolate.js';
import { cut } from './cut.js';
import { languageTag } from '../messages/language-tag.js';
import * as z from 'zod/mini';
import { checkDatePattern, isListedZone } from '../date-format/date-pattern.js';
import { compiledPattern } from './linear-pattern.js';
import { planPattern, readLiteral, searchPattern } from './pattern-plan.js';
import { urlProblem } from './safe-url.js';
import { isDecimal } from '../schemas/value-formats.js';
import { hasVisibleText } from '../schemas/visible-text.js';
import { sentValue } from '../schemas/sent-value.js';

/**
 * Field keys become JSON pointers (`/credentials/<key>`), so they stay free of `/` and `~`. Ids and
 * keys are data: names such as `constructor` or `__proto__` are allowed, and the code never uses
 * them as keys of plain objects (see `src/schemas/id-record.ts`).
 */
const FIELD_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/u;
const ID = /^[A-Za-z0-9_]+(?:[-.][A-Za-z0-9_]+)*$/u;

const AUTH_KINDS = ['basic', 'token', 'api-key', 'oauth1', 'oauth2-client-credentials', 'oauth2-authorization-code', 'none', 'custom'] as const;

/** Kinds whose credentials the person types: one with no fields is broken (`none`, `custom` and a sign-in need none). */
const TYPED_KINDS = new Set<string>(['basic', 'token', 'api-key', 'oauth1', 'oauth2-client-credentials']);

const FIELD_TYPES = ['text', 'secret', 'url', 'email', 'number', 'select', 'textarea', 'boolean'] as const;

/**
 * Text shown to the person: one of only spaces or invisible characters would leave a card or a field without a name.
 * Read without noncharacters, as a server's answers are (noncharactersOut): the wizard marks words with some of them.
 */
const text = (max: number) =>
  z
    .string('must be text')
    .check(
      z.minLength(1, { message: 'must not be empty', abort: true }),
      z.overwrite(noncharactersOut),
      z.refine(hasVisibleText, 'must have visible text'),
      z.maxLength(max, `must be at most ${max} characters`),
    );

const optionalText = (max: number) => z.optional(text(max));

const ID_RULE = 'must be letters, digits, _, and single dashes or dots between them';
const code = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
/**
 * Why an id breaks ID, where a problem line would not show it: white space at an end (a registry's `"shopify "`), and the
 * first character that is not A to Z, a digit or _ (an accent written apart from its letter, as NFD and macOS write it, looks like none).
 */
function idProblem(written: string): string {
  const end = /^\s/u.test(written) ? 'start' : /\s$/u.test(written) ? 'end' : '';
  if (end) return `${ID_RULE}: it has white space at its ${end}`;
  const other = [...written].find((c) => !/[\w.-]/u.test(c));
  if (!other) return ID_RULE;
  // A mark NFC composes with its letter: the id is decomposed. One it keeps (an emoji's variation selector U+FE0F, a keycap's U+20E3) is no letter.
  const why =
    /\p{M}/u.test(other) && !written.normalize('NFC').includes(other)
      ? 'is an accent written apart from its letter, as NFD writes it'
      : /\p{L}/u.test(other)
        ? 'is no A to Z letter'
        : 'is no letter, digit or _';
  return `${ID_RULE}: ${/\p{Script=Latin}/u.test(other) ? `"${other}" (${code(other)})` : code(other)} ${why}`;
}

/** An authentication type's or a system's id. */
const id = z.string('must be text').check(
  z.superRefine((written, ctx) => {
    if (!ID.test(written)) ctx.addIssue({ code: 'custom', message: idProblem(written), input: written });
  }),
);
const flag = z.boolean('must be true or false');
const regexText = z.string('must be a regular expression as text');

/** A link or logo the element would use (safeUrl): one it never would is reported, not kept. */
const url = z.string('must be a URL').check(
  z.superRefine((value, ctx) => {
    const message = urlProblem(value);
    if (message) ctx.addIssue({ code: 'custom', message, input: value });
  }),
);

export { searchPattern } from './pattern-plan.js';

/** The longest value a pattern is checked against when its field sets no `maxLength`. */
export const PATTERN_VALUE_LIMIT = 10_000;

/** A name from the catalogue as a problem line quotes it: `cut` (so without noncharacters), and isolated when its bidi characters could turn the line around. */
export const clip = (s: string) => isolatedIfBidi(cut(s));

/**
 * Per-locale variants of a catalogue's text: `"l10n": { "de": { "label": "Zugriffstoken" } }`.
 * Keys are BCP 47 tags ("de", "fr-CA"), or written with `_` as Java and ICU write locales ("de_DE");
 * only text is translatable, never ids or patterns.
 */
const LANGUAGE_TAGS = 'must be keyed by language tags such as "de" or "fr-CA"';
/** An own `__proto__` (JSON.parse makes one) is no language tag either, but a record passes over it without a word: said here. */
const protoKeySaid = z.unknown().check(
  z.superRefine((v, ctx) => {
    if (v !== null && typeof v === 'object' && Object.hasOwn(v, '__proto__')) ctx.addIssue({ code: 'custom', message: LANGUAGE_TAGS, path: ['__proto__'], input: v });
  }),
);
const l10n = <const K extends string>(limits: Record<K, number>) =>
  z.optional(
    z.pipe(
      protoKeySaid,
      z
        .record(
          z.string().check(z.regex(/^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/iu, LANGUAGE_TAGS)),
          // An object, so a text this version does not translate is ignored like any unknown key.
          // Each text with the limit of the text it translates.
          z.object(
            Object.fromEntries(Object.entries<number>(limits).map(([key, max]) => [key, z.optional(text(max))])),
            'must be an object of texts',
          ) as unknown as z.ZodMiniType<Partial<Record<K, string>>>,
          { error: (issue) => (issue.code === 'invalid_key' ? LANGUAGE_TAGS : 'must be an object keyed by language tags') },
        )
        // "de-DE" and "de_de" are one tag: only the first would ever be used, so the later is ignored, and said.
        .check(z.superRefine(uniqueBy((_, name) => languageTag(name), 'language tag'))),
    ),
  );

/** Items of a list (or members of an object: `key` gets each one's name too) that another before them has the key of: the first is kept. */
const uniqueBy =
  <T, L extends T[] | Record<string, T>>(key: (item: T, name: string) => string, what: string) =>
  (items: L, ctx: z.core.$RefinementCtx<L>) => {
    const seen = new Set<string>();
    for (const [name, item] of Object.entries(items)) {
      const k = key(item, name);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', message: `duplicate ${what} "${clip(k)}"`, path: [Array.isArray(items) ? +name : name], input: item });
      seen.add(k);
    }
  };

export const fieldOptionSchema = z.object(
  {
    // Empty is what "none chosen" sends: an option of that value could be chosen and never accepted.
    value: z.string('must be text').check(z.minLength(1, 'must not be empty (empty means no choice made)')),
    label: text(200),
    l10n: l10n({ label: 200 }),
  },
  'must be an object such as {"value": "eu", "label": "Europe"}',
);

export const credentialFieldSchema = z
  .object(
    {
      key: z.string('must be text').check(z.regex(FIELD_KEY, 'must start with a letter or _ and contain only letters, digits and _')),
      label: text(200),
      type: z.enum(FIELD_TYPES, `must be one of ${FIELD_TYPES.join(', ')}`),
      required: z._default(flag, true),
      secret: z.optional(flag),
      pattern: z.optional(regexText),
      patternMessage: optionalText(500),
      minLength: z.optional(z.int('must be a whole number').check(z.nonnegative('must not be negative'))),
      maxLength: z.optional(z.int('must be a whole number').check(z.positive('must be positive'))),
      placeholder: optionalText(200),
      example: optionalText(500),
      help: optionalText(2000),
      helpUrl: z.optional(url),
      default: z.optional(z.union([z.string(), z.number(), z.boolean()], 'must be text, a number or true/false')),
      prefix: optionalText(100),
      suffix: optionalText(100),
      normalize: z._default(z.enum(['trim', 'lowercase', 'none'], 'must be "trim", "lowercase" or "none"'), 'trim'),
      options: z.optional(
        z
          .array(fieldOptionSchema, 'must be a list of {value, label}')
          .check(z.minLength(1, 'must list at least one option'), z.superRefine(uniqueBy((o: { value: string }) => o.value, 'option value'))),
      ),
      // A value that matches the other environment's pattern gets a warning (never blocks).
      environmentPatterns: z.optional(z.object({ live: z.optional(regexText), test: z.optional(regexText) }, 'must be an object such as {"live": …, "test": …}')),
      // Names the value may carry in a pasted .env block or JSON object.
      aliases: z.optional(z.array(text(100), 'must be a list of names').check(z.maxLength(20, 'must list at most 20 names'))),
      l10n: l10n({ label: 200, help: 2000, patternMessage: 500, placeholder: 200, example: 500, prefix: 100, suffix: 100 }),
    },
    'must be an object such as {"key": …, "label": …, "type": …}',
  )
  .check(
    // A list takes the values of its options, and only those: a length or pattern that refused one would offer a choice no one can make.
    z.superRefine((f, ctx) => {
      if (f.type !== 'select') return;
      for (const key of ['maxLength', 'minLength', 'pattern'] as const)
        if (f[key] !== undefined)
          ctx.addIssue({ code: 'custom', message: `does not apply to a "select" field: its options are the values it takes`, path: [key], input: f[key] });
    }),
    // An empty list is said by `options` itself ("must list at least one option"), once.
    z.refine((f) => f.type !== 'select' || f.options !== undefined, {
      message: 'a "select" field needs "options"',
      path: ['options'],
    }),
    z.refine((f) => f.minLength === undefined || f.maxLength === undefined || f.minLength <= f.maxLength, {
      message: 'minLength is greater than maxLength',
      path: ['minLength'],
    }),
    // A checkbox is ticked or not: any other default ("yes", 1) would be a box set no one can read.
    z.refine((f) => f.type !== 'boolean' || f.default === undefined || typeof f.default === 'boolean', {
      message: 'must be true or false for a checkbox',
      path: ['default'],
    }),
    // Checked by the linear-time matcher the form uses, so a pattern that could freeze the page is refused here.
    // An environment pattern must compile as written, not only once wrapped (`a)|(b` does then, meaning something else).
    z.superRefine((f, ctx) => {
      for (const [path, written] of [
        [['pattern'], f.pattern],
        [['environmentPatterns', 'live'], f.environmentPatterns?.live],
        [['environmentPatterns', 'test'], f.environmentPatterns?.test],
      ] as const) {
        if (written === undefined) continue;
        // `/^[a-z]+$/i`, as registries store patterns: read as it means (parseCatalogue says so), or ignored.
        const literal = readLiteral(written);
        if (literal) {
          const message = literal.ok ? LITERAL : `${LITERAL}, with the flag "${literal.flag}", which cannot be honoured (only i, m and s can)`;
          ctx.addIssue({ code: 'custom', message, path: [...path], input: written, params: literal.ok ? { convertTo: literal.pattern } : undefined });
          continue;
        }
        const check = planPattern(path[0] === 'pattern' ? written : searchPattern(written), f.maxLength ?? PATTERN_VALUE_LIMIT, written);
        if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message, path: [...path], input: written });
      }
    }),
    // A default the field itself would refuse (prefilled, it would stop Continue, or stay hidden in a list that cannot show it).
    z.superRefine((f, ctx) => {
      const why = f.default === undefined || f.type === 'boolean' ? undefined : defaultProblem(f, String(f.default));
      if (why) ctx.addIssue({ code: 'custom', message: why, path: ['default'], input: f.default });
    }),
  );

const LITERAL = 'is written as a JavaScript regular expression literal, between slashes';

/** Why a field would refuse its own `default` (as Continue checks it: normalised as it would be sent), if it would. */
function defaultProblem(f: Omit<CredentialField, 'default'>, written: string): string | undefined {
  if (!hasVisibleText(written)) return undefined;
  // A list shows as chosen only the option whose value is the default as written (" eu " or "EU" is none of them).
  if (f.type === 'select') return f.options?.some((o) => o.value === written) ? undefined : 'is not the value of one of its options';
  // Trimmed of white space and invisible characters at its edges, lower-cased, without the field's own prefix or suffix, as sent.
  const value = sentValue(f, written);
  if (f.type === 'number' && !isDecimal(value)) return 'is not a decimal number, which a "number" field takes';
  // A minLength above maxLength is the part ignored (see above): Continue measures against maxLength alone.
  if (f.minLength !== undefined && !(f.minLength > (f.maxLength ?? Infinity)) && value.length < f.minLength) return `is shorter than the field's minLength (${f.minLength})`;
  if (f.maxLength !== undefined && value.length > f.maxLength) return `is longer than the field's maxLength (${f.maxLength})`;
  // Its `pattern` as read (a literal `/…/i` as it means; one refused is ignored, so it refuses nothing; an empty one asks
  // nothing, as at Continue), in the same linear-time matcher as Continue: prefilled, a value the person cannot submit
  // would be the catalogue's fault shown as theirs.
  const literal = f.pattern ? readLiteral(f.pattern) : undefined;
  const pattern = literal ? (literal.ok ? literal.pattern : undefined) : f.pattern;
  const check = pattern ? compiledPattern(pattern, f.maxLength ?? PATTERN_VALUE_LIMIT) : undefined;
  if (check?.ok && !check.test(value)) return "does not match the field's pattern";
  // A `url` or an `email` is checked where the person sees it: Continue says what is wrong, on the field.
  return undefined;
}

export const authTypeSchema = z
  .object(
    {
      id,
      label: text(200),
      kind: z.enum(AUTH_KINDS, `must be one of ${AUTH_KINDS.join(', ')}`),
      description: optionalText(2000),
      docsUrl: z.optional(url),
      l10n: l10n({ label: 200, description: 2000 }),
      fields: z.array(credentialFieldSchema, 'must be a list of fields'),
    },
    'must be an object such as {"id": …, "label": …, "kind": …, "fields": […]}',
  )
  .check(
    // A kind that signs in with something typed, listing nothing to type (its fields lost on export), would create a connector without credentials.
    z.superRefine((a, ctx) => {
      if (!a.fields.length && TYPED_KINDS.has(a.kind))
        ctx.addIssue({
          code: 'custom',
          message: `must list at least one field: its kind, "${a.kind}", has credentials to enter`,
          path: ['fields'],
          input: a.fields,
        });
    }),
  );

export const systemSchema = z.object(
  {
    id,
    name: text(200),
    category: optionalText(100),
    logo: z.optional(url),
    docsUrl: z.optional(url),
    l10n: l10n({ name: 200, category: 100 }),
    defaultTimeZone: z.optional(text(100).check(z.refine(isListedZone, 'is not an IANA time zone the list offers, such as "Europe/London"'))),
    defaultDateFormat: z.optional(
      text(100).check(
        z.superRefine((value, ctx) => {
          const check = checkDatePattern(value);
          if (!check.ok) ctx.addIssue({ code: 'custom', message: `is not a date pattern this form reads: ${check.message}`, input: value });
        }),
      ),
    ),
    authTypes: z.array(authTypeSchema, 'must be a list of authentication types').check(z.minLength(1, 'must list at least one authentication type')),
  },
  'must be an object such as {"id": …, "name": …, "authTypes": […]}',
);

/**
 * The whole catalogue, strictly: any problem fails it. The element reads catalogues with
 * `parseCatalogue`, which checks system by system and leaves out only what is broken.
 */
export const catalogueSchema = z.object({
  version: z.literal(1, 'must be 1 (the only catalogue version this element reads)'),
  systems: z.array(systemSchema, 'must be a list of systems').check(z.superRefine(uniqueBy((s: { id: string }) => s.id, 'system id'))),
});

export type Catalogue = z.output<typeof catalogueSchema>;
export type CatalogueInput = z.input<typeof catalogueSchema>;
export type SystemDefinition = z.output<typeof systemSchema>;
export type AuthTypeDefinition = z.output<typeof authTypeSchema>;
export type CredentialField = z.output<typeof credentialFieldSchema>;
export type AuthKind = (typeof AUTH_KINDS)[number];

/** A field whose value never goes to storage, logs or events other than emit-mode create. */
export const isSecretField = (field: CredentialField): boolean => field.type === 'secret' || field.secret === true;

/**
 * The field each name a paste may use (a key or an alias, lower-cased) fills: the secret fields'
 * keys, then their aliases, then the other fields' keys, then theirs; the first claim wins, so
 * a pasted secret never fills a field shown in clear.
 */
export function nameOwners(fields: readonly CredentialField[]): Map<string, CredentialField> {
  const owners = new Map<string, CredentialField>();
  const claim = (name: string, field: CredentialField) => owners.has(name.toLowerCase()) || owners.set(name.toLowerCase(), field);
  for (const group of [fields.filter(isSecretField), fields.filter((f) => !isSecretField(f))]) {
    for (const field of group) claim(field.key, field);
    for (const field of group) for (const alias of field.aliases ?? []) claim(alias, field);
  }
  return owners;
}
