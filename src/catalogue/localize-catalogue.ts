import { isolated } from '../messages/isolate.js';
import { languageTag } from '../messages/language-tag.js';
import { own } from '../schemas/id-record.js';
import type { Catalogue } from './catalogue-schema.js';

type Texts = Record<string, Partial<Record<string, string>>> | undefined;

/**
 * The variant for a locale, text by text: exact tag first ("zh-Hant-TW"), then the tag one subtag
 * shorter at a time ("zh-Hant", "zh"), as RFC 4647 lookup falls back; tags match whatever their case,
 * `_` read as `-` ("fr_CA"). Beneath them, the first other variant of the language ("de-DE" for "de"
 * or "de-AT"): registries often write only those, and another region's German is nearer to a German
 * wizard than the text as written. Not for English: the text as written is English ("en-GB" holds British spellings).
 */
function variant(l10n: Texts, locale: string): Partial<Record<string, string>> {
  if (!l10n) return {};
  // Own keys only: `lang="constructor"` must not find Object.prototype.constructor.
  const tags = Object.keys(l10n);
  const find = (match: (tag: string) => boolean) => {
    const key = tags.find((t) => match(languageTag(t)));
    return key === undefined ? undefined : own(l10n, key);
  };
  const subtags = languageTag(locale).split('-');
  const language = subtags[0]!;
  // A regional variant usually holds only what differs: the rest comes from its language, then from a sibling.
  return Object.assign(
    {},
    language !== 'en' && find((t) => t.startsWith(`${language}-`)),
    ...subtags.map((_, i) => find((t) => t === subtags.slice(0, i + 1).join('-'))),
  ) as Partial<Record<string, string>>;
}

const cache = new WeakMap<Catalogue, Map<string, Catalogue>>();
/** Per localized object, the texts a variant gave (in the interface's language). */
const translated = new WeakMap<object, ReadonlySet<string>>();
/** Per localized object, the item as the catalogue wrote it. */
const written = new WeakMap<object, object>();

/** The item with its variant's texts (remembered as translated) and its localized parts. */
function withVariant<T extends object>(item: T, texts: Partial<Record<string, string>>, parts: Partial<T> = {}): T {
  const result = { ...item, ...texts, ...parts };
  // Only where a variant gave something: a catalogue without variants (10,000 systems) costs nothing more.
  const keys = Object.keys(texts);
  if (keys.length) {
    translated.set(result, new Set(keys));
    written.set(result, item);
  }
  return result;
}

/**
 * `auto` for a text shown as written (no variant in the interface's language): its own
 * characters set its direction, so English help reads left to right inside an Arabic wizard,
 * and a Hebrew name right to left in an English one. A translated text follows the wizard.
 */
export const textDir = (item: object, key: string): 'auto' | undefined => (translated.get(item)?.has(key) ? undefined : 'auto');

/**
 * `en` for a text shown as written in a wizard speaking `locale`, another language: the text as
 * written is the catalogue's English (a variant is shown only where one is given), so a screen
 * reader says a field's label or a system's name in that voice, not the wizard's. A translation,
 * and any text in an English wizard, takes the wizard's `lang`.
 */
export const textLang = (item: object, key: string, locale: string): 'en' | undefined => (locale !== 'en' && !translated.get(item)?.has(key) ? 'en' : undefined);

/**
 * `item[key]` to name in a sentence of the wizard's: isolated (FSI … PDI) where textLang marks it,
 * so the sentence holds it where its message put it and `markedNames` finds it there, never by
 * searching the words around it. Else as it is, so the sentence is the one it always was.
 */
export const namedIn = (item: object, key: string, locale: string): string => {
  const text = (item as Record<string, string>)[key]!;
  return textLang(item, key, locale) ? isolated(text) : text;
};

/** A text as the catalogue wrote it, where a variant replaced it: the search finds "Google Sheets" in a German wizard too. */
export const writtenText = (item: object, key: string): string | undefined => {
  const text = (written.get(item) as Record<string, unknown> | undefined)?.[key];
  return typeof text === 'string' && translated.get(item)!.has(key) ? text : undefined;
};

/**
 * The catalogue with its text in `locale` wherever it has a variant (see the `l10n` keys of the
 * schema); everything else, ids and patterns included, stays as written. Memoised per catalogue.
 */
export function localizeCatalogue(catalogue: Catalogue, locale: string): Catalogue {
  let byLocale = cache.get(catalogue);
  if (!byLocale) cache.set(catalogue, (byLocale = new Map()));
  const hit = byLocale.get(locale);
  if (hit) return hit;
  const localized: Catalogue = {
    ...catalogue,
    systems: catalogue.systems.map((system) =>
      withVariant(system, variant(system.l10n, locale), {
        authTypes: system.authTypes.map((authType) =>
          withVariant(authType, variant(authType.l10n, locale), {
            fields: authType.fields.map((field) =>
              withVariant(field, variant(field.l10n, locale), field.options ? { options: field.options.map((o) => withVariant(o, variant(o.l10n, locale))) } : {}),
            ),
          }),
        ),
      }),
    ),
  };
  byLocale.set(locale, localized);
  return localized;
}
