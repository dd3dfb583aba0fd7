/**
 * A language tag as the element compares tags: whatever their case, and with `_` read as `-`, as
 * Java and ICU write locales ("de_DE" is "de-de"). One rule for the page's `lang` and the
 * catalogue's `l10n` keys, so a key the parser accepts is one the wizard finds. Imports nothing:
 * the catalogue's reader and the locale code both use it.
 */
export const languageTag = (tag: string): string => tag.toLowerCase().replaceAll('_', '-');
