import { html } from 'lit';

/** A text from the catalogue a sentence may name (a system's name, a field's label), and its `lang` where it differs from the wizard's (textLang). */
export type Named = { text: string; lang: string | undefined };

/**
 * `sentence` with the first place each of `names` stands in it as a whole word in a span of that
 * name's `lang`: a German sentence naming "Store subdomain" as the catalogue wrote it has a screen
 * reader say those words in an English voice, as on the field's own label. A name with no `lang`
 * of its own (translated, or an English wizard), or not found ("Name" in "Connectorname"), leaves
 * the sentence a plain text. Isolates the message put around a name stay outside the span.
 */
export function markedNames(sentence: string, names: readonly Named[]): unknown {
  const spans: [number, number, string][] = [];
  for (const { text, lang } of names) {
    if (!lang || !text) continue;
    const at = new RegExp(`(?<![\\p{L}\\p{N}])${text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').exec(sentence);
    if (at && !spans.some(([from, to]) => at.index < to && from < at.index + text.length)) spans.push([at.index, at.index + text.length, lang]);
  }
  if (!spans.length) return sentence;
  let from = 0;
  const parts: unknown[] = [];
  for (const [start, end, lang] of spans.sort((a, b) => a[0] - b[0])) {
    parts.push(sentence.slice(from, start), html`<span lang=${lang}>${sentence.slice(start, end)}</span>`);
    from = end;
  }
  return [...parts, sentence.slice(from)];
}
