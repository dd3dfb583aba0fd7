import { isSecretField, type CredentialField } from '../catalogue/catalogue-schema.js';
import { unwrapped } from './wrapped-value.js';

/**
 * Characters a PDF, a word processor or a chat leaves inside a key: a no-break space, zero-width
 * spaces and joiners, a word joiner, a BOM, a soft hyphen. A key, a token or an id holds none.
 */
const INSIDE = /[\u00A0\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

/** A field that may hold a password: its rule keeps it byte for byte (`none`), or its key or label names a password in one of the wizard's languages. */
const PASSWORD = /pass|pwd|kennwort|wachtwoord|contrase|مرور/iu;
const holdsPassword = (field: CredentialField) => field.normalize === 'none' || PASSWORD.test(`${field.key} ${field.label}`);

/** What a paste into a one-line field was cleaned of: the marks around it (`code`: a chat's backticks or a fence; `quote`: an email reply's `>`), its lines `joined`, characters `removed` from inside. */
export type PastedKey = { value: string; marks?: 'code' | 'quote'; joined: boolean; removed: number };

/** `lines` without the fence a chat or a wiki writes around a code block (```` ``` ````, ```` ```text ````, `~~~`), or undefined. */
function unfenced(lines: string[]): string[] | undefined {
  const open = /^(`{3,}|~{3,})[\w+-]*$/u.exec(lines[0]!.trim());
  return open && lines.length > 2 && lines.at(-1)!.trim() === open[1] ? lines.slice(1, -1) : undefined;
}

/**
 * `text` pasted into the one-line field `field` as the key it holds, or undefined where nothing is
 * taken off: the marks a chat or a wiki puts around code (`` `KEY` ``, a fence) and those an email
 * reply puts before each line (`> KEY`), only where what they hold is one word (a passphrase of words
 * is no code: kept as pasted); then its lines joined (see unwrapped); and, in a field that is no
 * password's, the no-break spaces, zero-width characters and soft hyphens inside it (a password
 * may hold them: kept, and said as any invisible character is).
 */
export function pastedKey(text: string, field: CredentialField): PastedKey | undefined {
  let lines = text.trim().split(/\r\n?|\n/u);
  let marks: PastedKey['marks'];
  if (lines.every((line) => /^\s*>+[ \t]/u.test(line))) {
    lines = lines.map((line) => line.replace(/^[ \t]*(?:>[ \t]?)+/u, ''));
    marks = 'quote';
  }
  const fenced = unfenced(lines);
  if (fenced) [lines, marks] = [fenced, 'code'];
  let value = lines.join('\n').trim();
  const ticked = /^(`{1,2})([^`\s]+)\1$/u.exec(value);
  if (ticked) [value, marks] = [ticked[2]!, 'code'];
  const joined = unwrapped(value);
  if (joined !== undefined) value = joined;
  // Marks around words (a passphrase, a sentence) are kept: only a key is taken out of them.
  if (marks && !/^\S+$/u.test(value)) return undefined;
  const key = !holdsPassword(field) && (isSecretField(field) || field.type === 'text') && /^\S+$/u.test(value.replace(INSIDE, ''));
  const removed = key ? (value.match(INSIDE)?.length ?? 0) : 0;
  if (removed) value = value.replace(INSIDE, '');
  return marks || removed ? { value, marks, joined: joined !== undefined, removed } : undefined;
}
