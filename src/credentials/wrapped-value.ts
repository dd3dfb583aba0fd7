import { INVISIBLE_CHARS } from '../schemas/visible-text.js';

/**
 * Whitespace and invisible characters at a piece's ends: a PDF's space or soft hyphen at a break,
 * a chat's zero-width space at a line's start. A run ending the piece is found from its first
 * character only, so a long run inside a line is read once (as normalize.ts trims).
 */
const ENDS = new RegExp(`^[\\s${INVISIBLE_CHARS}]+|(?<![\\s${INVISIBLE_CHARS}])[\\s${INVISIBLE_CHARS}]+$`, 'gu');

/**
 * A long value (a token, a key, a URL) that a PDF or a chat wrapped over lines, as one line: its
 * pieces joined, each without the whitespace and invisible characters at its ends (a PDF leaves a
 * space or a soft hyphen at a wrapped line's end: left inside, unseen, the key would be wrong).
 * A one-line field would otherwise get a space for each line break from the browser, unseen in a
 * masked field. Undefined for text on one line, or with a space inside a
 * line or a blank line (words, which the browser joins with a space as they were written), or
 * with two lines or more starting `NAME=` (a template's empty `KEY=` lines; only a wrapped
 * value's last line can end in base64's `=`).
 */
export function unwrapped(text: string): string | undefined {
  const lines = text
    .trim()
    .split(/\r\n?|\n/u)
    .map((line) => line.replace(ENDS, ''));
  const named = lines.filter((line) => /^[A-Za-z_][\w.-]*=/u.test(line)).length;
  return lines.length > 1 && named < 2 && lines.every((line) => /^\S+$/u.test(line)) ? lines.join('') : undefined;
}
