import { retryingImport } from '../retrying-import.js';
import { languageTag } from './language-tag.js';
import type { Messages } from './messages.js';

/**
 * Locales other than English are separate modules, loaded on first use, so they add nothing to
 * the default bundle. Add a locale: write `locales/<tag>.ts` (typed `Messages`) and list it here.
 */
const LOADERS: Record<string, () => Promise<{ default: Messages }>> = {
  de: retryingImport(() => import('./locales/de.js')),
  fr: retryingImport(() => import('./locales/fr.js')),
  es: retryingImport(() => import('./locales/es.js')),
  nl: retryingImport(() => import('./locales/nl.js')),
  ar: retryingImport(() => import('./locales/ar.js')),
};

export const SUPPORTED_LOCALES = ['en', ...Object.keys(LOADERS)] as const;
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur']);

/** The best shipped locale for a BCP 47 tag: exact, then its language ("de-AT" -> "de"), else English. */
export function supportedLocale(tag: string | undefined | null): string {
  if (!tag) return 'en';
  const lower = languageTag(tag);
  if ((SUPPORTED_LOCALES as readonly string[]).includes(lower)) return lower;
  const language = lower.split('-')[0]!;
  return (SUPPORTED_LOCALES as readonly string[]).includes(language) ? language : 'en';
}

export const isRtl = (tag: string): boolean => RTL_LANGUAGES.has(languageTag(tag).split('-')[0]!);

/**
 * The language an element should speak: its own `lang`, else the nearest `lang` up the tree
 * (crossing shadow roots), else the browser's. A `lang` is read as the catalogue's `l10n` keys are
 * (languageTag: "de_DE" is "de-de").
 */
export function requestedLanguage(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return languageTag(node.getAttribute('lang')!);
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return globalThis.navigator?.language ?? 'en';
}

const loaded = new Map<string, Promise<Messages | undefined>>([['en', Promise.resolve(undefined)]]);

/**
 * The messages of a shipped locale; `undefined` means English (built in). Rejects when the
 * locale's file could not be loaded; asked again, it loads it again.
 */
export function loadMessages(locale: string): Promise<Messages | undefined> {
  const tag = supportedLocale(locale);
  let messages = loaded.get(tag);
  if (!messages) {
    messages = LOADERS[tag]!().then(
      (m) => m.default,
      (error: unknown) => {
        loaded.delete(tag);
        throw error;
      },
    );
    loaded.set(tag, messages);
  }
  return messages;
}
