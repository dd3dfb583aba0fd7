/** Quoted values in pasted text: where a quote closes (closing), and a YAML quoted value as YAML reads it (yamlQuoted). */

/** Quotes and the quote that closes each: typed ones, the curly ones a word processor or chat makes of them, and backticks (dotenv's third quote, Markdown's inline code in a note). */
export const QUOTES: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’', '`': '`' };

/** Whether `text[i]` is a curly apostrophe inside a word (`it’s`, `rock’n’roll`): a document curls it as it curls the quotes around it, so it closes no `‘`. */
export const apostrophe = (text: string, i: number): boolean => text[i] === '’' && /[\p{L}\p{N}]/u.test(text[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');

/**
 * Where a quoted value's quote closes in `text` (from `from`), -1 if not yet: a `\"` inside double
 * quotes does not close it, nor, `doubled` (YAML's single quotes), a quote written twice (`'it''s'`),
 * nor an apostrophe inside a word (`‘it’s’`).
 */
export function closing(text: string, quote: string, from: number, doubled = false): number {
  for (let i = from; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote && !apostrophe(text, i)) {
      if (!doubled || text[i + 1] !== quote) return i;
      i++;
    }
  }
  return -1;
}

/** YAML's escapes in double quotes (https://yaml.org/spec/1.2.2/#57-escaped-characters), but `\x`, `\u` and `\U`, which give a code point in hex. */
const ESCAPES: Record<string, string> = {
  0: '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A PEM block (a private key, a certificate) over several lines: its line breaks are its format, which no server reads folded. */
const PEM = /^-----BEGIN [A-Z0-9 ]+-----\n[^]*\n-----END [A-Z0-9 ]+-----$/u;

/**
 * A quoted PEM block over its lines, each without its indentation, or undefined. `escapes` (double
 * quotes): a `\n` (or `\r\n`) escape ending a line is that line's break (a key copied from a JSON
 * key file), where YAML would start the next line with a space, or fold a last one into spaces;
 * a block that still holds a `\` is none.
 */
export function pemBlock(inner: string, escapes: boolean): string | undefined {
  const block = inner
    .split(/\r\n?|\n/u)
    .map((line) => (escapes ? line.trim().replace(/(?:\\r)?\\n$/u, '') : line.trim()))
    .join('\n')
    .trim();
  return PEM.test(block) && !(escapes && block.includes('\\')) ? block : undefined;
}

/**
 * The inside of a YAML quoted value (`quote`: `'` or `"`) as YAML reads it: over several lines,
 * folded (a line break and the spaces around it are one space; each blank line, a line break); in
 * single quotes, a quote written twice is one (`'it''s'`); in double quotes, YAML's escapes
 * (`\"`, `\t`, `\xE9`, `\u00e9`, as PyYAML writes a value that is not ASCII), a `\` ending a line
 * joining the next to it with nothing between (as PyYAML wraps a long value); `\r\n` is one line
 * break, as in a `.env` file. An escape YAML does not have is kept as written. A PEM block (a
 * private key, a certificate in a note or a compose file) keeps its line breaks, as a `.env` line
 * does, each line without its indentation, a `\n` escape ending one read as its break: folded, or
 * with a space starting each line, no server could read it.
 */
export function yamlQuoted(inner: string, quote: string): string {
  const pem = pemBlock(inner, quote === '"');
  if (pem) return pem;
  const lines = inner.split(/\r\n?|\n/u);
  let out = '';
  // Line breaks since the last line with text: -1 after a `\` at a line's end.
  let breaks = -1;
  for (const [l, line] of lines.entries()) {
    const last = l === lines.length - 1;
    const body = l ? line.replace(/^[ \t]+/u, '') : line;
    if (l && !last && !body.trim()) {
      breaks++;
      continue;
    }
    if (breaks >= 0) out += breaks ? '\n'.repeat(breaks) : ' ';
    let text = '';
    // What an escape wrote is kept when the white space at a line's end is folded.
    let kept = 0;
    breaks = 0;
    for (let i = 0; i < body.length; i++) {
      const c = body[i]!;
      if (quote === "'" || c !== '\\') {
        text += c;
        if (c === "'" && quote === "'" && body[i + 1] === "'") i++;
        continue;
      }
      const escape = body[++i] ?? '';
      const digits = HEX_DIGITS[escape] ?? 0;
      const hex = body.slice(i + 1, i + 1 + digits);
      const point = digits && /^[\da-f]+$/iu.test(hex) && hex.length === digits ? parseInt(hex, 16) : -1;
      if (!escape && !last) breaks = -1;
      // Windows' `\r\n` is one line break, as in a `.env` file's double quotes (a private key's).
      else if (escape === 'r' && body.startsWith('\\n', i + 1)) [text, i] = [`${text}\n`, i + 2];
      else if (point >= 0 && point <= 0x10ffff) [text, i] = [text + String.fromCodePoint(point), i + digits];
      else text += Object.hasOwn(ESCAPES, escape) ? ESCAPES[escape] : `\\${escape}`;
      kept = text.length;
    }
    out += last || breaks < 0 ? text : text.slice(0, kept) + text.slice(kept).replace(/[ \t]+$/u, '');
  }
  return out;
}
