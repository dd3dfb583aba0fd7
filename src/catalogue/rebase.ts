import type { Catalogue } from './catalogue-schema.js';

/**
 * A catalogue fetched from `catalogue-src`, just read: its relative links and logos
 * (`logos/acme.svg`, `../help.html`) name files beside it, as a stylesheet's or a web app
 * manifest's do, not pages of the site that embeds the wizard. Absolute ones (a scheme, or
 * `//host`) stay as written. Changed in place: no one has seen it yet.
 */
export function rebase(catalogue: Catalogue, base: string): void {
  const resolve = (item: { logo?: string | undefined; docsUrl?: string | undefined; helpUrl?: string | undefined }) => {
    for (const key of ['logo', 'docsUrl', 'helpUrl'] as const) {
      const value = item[key];
      try {
        if (value && !/^(?:[a-z][a-z\d+.-]*:|\/\/)/iu.test(value)) item[key] = new URL(value, base).href;
      } catch {
        // A base that takes no relative URL (a `blob:` catalogue): the page's, as for a catalogue object.
      }
    }
  };
  for (const system of catalogue.systems) {
    resolve(system);
    for (const authType of system.authTypes) [authType, ...authType.fields].forEach(resolve);
  }
}
