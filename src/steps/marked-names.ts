import { html } from 'lit';
import type { SystemDefinition } from '../catalogue/catalogue-schema.js';
import { namedIn, textLang } from '../catalogue/localize-catalogue.js';

/** A text from the catalogue a sentence may name (a system's name, a field's label), and its `lang` where it differs from the wizard's (textLang). */
export type Named = { text: string; lang: string | undefined };

/**
 * A sentence the wizard wrote (never a server's: its words are not ours to mark) with each of
 * `names` that has a `lang` of its own in a `<bdi>` of that `lang`, where the message put it: as
 * one isolate (FSI … PDI) standing in the sentence, not inside another (see namedIn), whose text
 * is that name. So a screen reader says "Store subdomain" in a German sentence in an English
 * voice, as on the field's own label; the isolate's marks give way to the `<bdi>`, which isolates
 * as they did, so the text drawn is the same. Words around it are never searched, and a value
 * isolated inside the sentence holds its isolates one level down, where none is looked at.
 */
export function markedNames(sentence: string, names: readonly Named[]): unknown {
  const parts: unknown[] = [];
  let depth = 0;
  let start = 0;
  let from = 0;
  // LRI, RLI and FSI open an isolate; a PDI closes the one open, if any.
  sentence.replace(/[\u2066-\u2069]/gu, (mark, at: number) => {
    if (mark < '\u2069') {
      if (!depth++) start = at;
    } else if (depth && !--depth) {
      // Peeled down to the name: the messages isolate what they are given once more (`isolated` where it holds an isolate, Arabic on every name).
      const said = sentence.slice(start, at + 1).replace(/^\u2068+|\u2069+$/gu, '');
      for (const { text, lang } of names) {
        if (lang && said === text) {
          parts.push(sentence.slice(from, start), html`<bdi lang=${lang}>${text}</bdi>`);
          from = at + 1;
          break;
        }
      }
    }
    return mark;
  });
  return parts.length ? [...parts, sentence.slice(from)] : sentence;
}

/** The wizard's sentence `say` makes naming `system` (none: no name), its name marked with its `lang` where shown as written (namedIn, markedNames). */
export const namingSystem = (system: SystemDefinition | undefined, locale: string, say: (name: string) => string): unknown =>
  system ? markedNames(say(namedIn(system, 'name', locale)), [{ text: system.name, lang: textLang(system, 'name', locale) }]) : say('');
