import { html } from 'lit';
import type { SystemDefinition } from '../catalogue/catalogue-schema.js';
import { namedIn, textLang } from '../catalogue/localize-catalogue.js';
import { THEIRS_CLOSE, THEIRS_OPEN, unmarked } from '../messages/isolate.js';
import { fieldsOf } from '../schemas/lookup.js';
import { systemToldAfter } from './told-apart.js';

/** A text from the catalogue a sentence may name (a system's name, a field's label), and its `lang` where it differs from the wizard's (textLang). */
export type Named = {
  text: string;
  lang: string | undefined;
  /** What a sentence may say right after the name, isolated with it (a system told apart from another of its name: ` (shopify)`, see systemToldAfter). */
  after?: string;
};

/** What markedNames looks at: the isolates' controls and the THEIRS marks. */
const SCANNED = new RegExp(`[\u2066-\u2069${THEIRS_OPEN}${THEIRS_CLOSE}]`, 'gu');

/**
 * A sentence the wizard wrote with each of
 * `names` that has a `lang` of its own in a `<bdi>` of that `lang`, where the message put it: as
 * one isolate (FSI … PDI) standing in the sentence, not inside another (see namedIn), whose text
 * is that name, or an isolate of that name right at the start of one followed by just the words
 * given as said `after` it (`⁨Shopify⁩ (shopify)`, a system told apart, that the message isolated again). So a screen reader says "Store subdomain" in a German sentence in an English
 * voice, as on the field's own label; the isolate's marks give way to the `<bdi>`, which isolates
 * as they did, so the text drawn is the same. Words around it are never searched, and a value
 * isolated inside the sentence holds its isolates one level down, where none is looked at. A
 * server's words the sentence quotes (a test's check detail, a refusal's title), said between the
 * THEIRS marks (see quoting.ts), are never marked, even where they read as a name, nor any isolate
 * around or inside them; the wizard's own naming beside them still is. The marks are taken out.
 */
export function markedNames(sentence: string, names: readonly Named[]): unknown {
  const parts: unknown[] = [];
  // Where each isolate open starts, and whether it opened inside a server's words; the name an isolate nested right at the start of the outer one holds, if any.
  const opened: [at: number, theirs: boolean][] = [];
  let inner: [from: number, to: number, name: Named] | undefined;
  let from = 0;
  // How deep in a server's words (between THEIRS marks) the scan is.
  let theirs = 0;
  // Peeled down to the name: the messages isolate what they are given once more (`isolated` where it holds an isolate, Arabic on every name).
  const named = (start: number, end: number) => {
    const said = sentence.slice(start, end + 1).replace(/^\u2068+|\u2069+$/gu, '');
    return names.find(({ text, lang }) => lang && said === text);
  };
  const mark = (start: number, end: number, { text: name, lang }: Named) => {
    parts.push(unmarked(sentence.slice(from, start)), html`<bdi lang=${lang}>${name}</bdi>`);
    from = end + 1;
  };
  // LRI, RLI and FSI open an isolate; a PDI closes the one open, if any; the THEIRS marks open and close a server's words.
  sentence.replace(SCANNED, (char, at: number) => {
    if (char === THEIRS_OPEN) theirs++;
    else if (char === THEIRS_CLOSE) theirs = Math.max(0, theirs - 1);
    else if (char < '\u2069') {
      if (!opened.length) inner = undefined;
      opened.push([at, theirs > 0]);
    } else if (opened.length) {
      const [start, inTheirs] = opened.pop()!;
      const outer = opened[0]?.[0] ?? start;
      // A name the message isolated with words after it (`⁨Shopify⁩ (shopify)`, a system told apart) and isolated again as one: the name is the isolate at its start.
      const name = inTheirs || unmarked(sentence.slice(start, at)).length < at - start ? undefined : named(start, at);
      if (opened.length && name && /^[\u2066-\u2068]*$/u.test(sentence.slice(outer, start))) inner = [start, at, name];
      else if (!opened.length) {
        // The rest of it must be the words said after that name, never a value that happens to open with it.
        const after = (text: string | undefined) => text?.replace(/\u2069+$/u, '');
        if (name) mark(start, at, name);
        else if (inner?.[2].after && after(sentence.slice(inner[1] + 1, at + 1)) === after(inner[2].after)) mark(...inner);
      }
    }
    return char;
  });
  return parts.length ? [...parts, unmarked(sentence.slice(from))] : unmarked(sentence);
}

/** The wizard's sentence `say` makes naming `system` (none: no name), its name marked with its `lang` where shown as written (namedIn, markedNames). */
export const namingSystem = (system: SystemDefinition | undefined, locale: string, say: (name: string) => string): unknown =>
  system ? markedNames(say(namedIn(system, 'name', locale)), [{ text: system.name, lang: textLang(system, 'name', locale) }]) : say('');

/**
 * The catalogue's names a sentence of the wizard's may hold about the answers' `system` (in the language in use), each with its
 * `lang` (textLang), for markedNames: its name, said as Review tells it from another of its name (a 409's sentence, see
 * systemToldAfter), and the labels of the way to sign in chosen (`authType`). None without a system.
 */
export const catalogueNames = (system: SystemDefinition | undefined, systems: readonly SystemDefinition[], authType: string | undefined, locale: string): Named[] =>
  system
    ? [
        { text: system.name, lang: textLang(system, 'name', locale), after: systemToldAfter(systems, system) },
        ...fieldsOf(system, authType).map((f) => ({ text: f.label, lang: textLang(f, 'label', locale) })),
      ]
    : [];
