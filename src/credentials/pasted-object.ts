/**
 * Pasted text read as a JSON object or a list: JSON as written, or as a person may paste it (a dict as Python prints one, curly
 * quotes, a trailing comma), also in a Markdown code block; and how many members it holds.
 */
import { apostrophe, QUOTES } from './quoted.js';

/** A paste's text without a Markdown code block (```json … ```) around it, trimmed. */
export const unfenced = (text: string) =>
  text
    .trim()
    .replace(/^```[\w-]*[^\S\n]*\n([^]*)\n[^\S\n]*```$/u, '$1')
    .trim();

/** Python's words for true, false and null, as a dict prints them, and JSON's. */
const PYTHON_WORD = /^(?:True|False|None)(?!\w)/u;
const PYTHON: Record<string, string> = { True: 'true', False: 'false', None: 'null' };

/**
 * What after a comma makes it trailing: spaces and comments (`//` to its line's end, whose line break may be Windows' `\r\n`; a
 * block up to its own end only, taken whole as a lookahead finds it, never read on to a later block's end), then a `}` or `]`. From
 * the comma only, each character read once: a big paste stays linear.
 */
const TRAILING = /^(?:\s|\/\/.*|(?=(\/\*[^]*?\*\/))\1)*[}\]]/u;

/**
 * JSON as a person may paste it, written as JSON: curly quotes (a word processor's, a chat's) and
 * single-quoted strings (a dict as Python prints one, its quotes typed or curly) as JSON's, Python's `True`, `False` and `None` as
 * JSON's words, no comma before `}` or `]`, and no comments (a `//` line's or a block's, as JSON with comments writes them).
 * One pass over the text, so a hostile paste costs no more than a long one.
 */
function asJson(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (Object.hasOwn(QUOTES, c)) {
      // A double quote, typed or curly, closes at either kind; a single one at its own (‘ at ’, not at an apostrophe inside a word).
      const ends = c === '"' || c === '“' ? '"”' : QUOTES[c]!;
      let inner = '';
      for (i++; i < text.length && !(ends.includes(text[i]!) && !apostrophe(text, i)); i++) {
        if (text[i] !== '\\') inner += text[i] === '"' ? '\\"' : text[i];
        // `\'` is a quote in a single-quoted string; other escapes stay as written.
        else inner += text[++i] === "'" ? "'" : `\\${text[i] ?? ''}`;
      }
      out += `"${inner}"`;
    } else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      // A comment, as JSON with comments writes one (.NET's appsettings.json, an editor's settings): `//` to the line's end, or a block.
      const line = text[i + 1] === '/';
      const end = line ? text.indexOf('\n', i) : text.indexOf('*/', i + 2);
      // On to the line break, which is kept, or past the block's end; a block never closed runs to the end.
      i = end < 0 ? text.length : line ? end - 1 : end + 1;
    } else if ((c === 'T' || c === 'F' || c === 'N') && !/\w/u.test(text[i - 1] ?? '') && PYTHON_WORD.test(text.slice(i, i + 6))) {
      // Python's True, False and None, as a dict prints them: JSON's.
      const word = PYTHON_WORD.exec(text.slice(i, i + 6))![0];
      out += PYTHON[word];
      i += word.length - 1;
    } else if (c !== ',' || !TRAILING.test(text.slice(i + 1))) out += c;
  }
  return out;
}

/**
 * `text` read as an object or a list (`parsed`, through `reviver` where given), and whether it is JSON as written (`json`) or only
 * as JSON would write it (asJson); undefined for other text.
 */
export function readObject(text: string, reviver?: (name: string, value: unknown, context?: { source?: string }) => unknown): { parsed: object; json: boolean } | undefined {
  const trimmed = unfenced(text);
  if (!/^[[{]/u.test(trimmed)) return undefined;
  for (const [source, json] of [
    [trimmed, true],
    [asJson(trimmed), false],
  ] as const)
    try {
      return { parsed: JSON.parse(source, reviver) as object, json };
    } catch {
      // Not JSON as it is: then as JSON would write it, else no object.
    }
  return undefined;
}

/** The members of a parsed JSON value's objects, at any depth: with a stack, not by recursion, so a paste nested thousands deep counts too. */
export function countMembers(value: unknown): number {
  let count = 0;
  for (const stack = [value]; stack.length;) {
    const item = stack.pop();
    if (!item || typeof item !== 'object') continue;
    const inner = Array.isArray(item) ? item : Object.values(item);
    if (!Array.isArray(item)) count += inner.length;
    stack.push(...inner);
  }
  return count;
}
