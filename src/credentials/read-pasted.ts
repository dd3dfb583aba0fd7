/**
 * Pasted text read as named values (readPasted): JSON, a table, `.env` and shell lines, notes
 * and YAML.
 */
import { nested, valuePairs } from './nested-json.js';
import { readObject, unfenced } from './pasted-object.js';
import { closing, pemBlock, QUOTES, yamlQuoted } from './quoted.js';
import { secretLabel, secretName, secretPartName } from './secret-name.js';

/** Pasted text longer than this is not read as several values (a whole file is not a credentials block). */
export const MAX_PASTE = 100_000;

/** Numbers as written (`12345678901234567890`, `1.50`), where the browser gives their source. */
const asWritten = (_: string, value: unknown, context?: { source?: string }) => (typeof value === 'number' && context?.source ? context.source : value);

/** Pasted text read as a JSON object or a list, as readPasted reads it (numbers as written), or null for other text (or text over MAX_PASTE). */
export type PastedObject = { readonly parsed: object; readonly json: boolean } | null;

/** `text` read as a JSON object or a list (see PastedObject): parsed here once, then handed to readPasted with the text. */
export const readJson = (text: string): PastedObject => (text.length > MAX_PASTE ? null : (readObject(text, asWritten) ?? null));

/**
 * Invisible marks a wiki or a chat leaves (zero-width characters), a PDF or a word processor (a soft hyphen where it may break a word:
 * `Pass\u00ADword`), or an editor writing right to left (`API key\u200F: …`: a mark
 * of direction, an embedding or an isolate, set so the colon shows beside its label): not part of a label's words (sameWords).
 */
const MARKS = String.raw`\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069`;
/** How a shell line names a value: `export`, Windows' `set`, PowerShell's `$env:`, or nothing (after any invisible marks: MARKS). */
export const SHELL = String.raw`^[\s${MARKS}]*(?:export\s+|set\s+|\$env:)?`;
/**
 * A value that starts a shell line: a word (no `;` inside, and not itself a `key=value` part, as a
 * connection string's `host=db` is; a URL's query, `?lang=en`, may hold a `=`), then another assignment.
 */
const SHELL_LINE = /^(?![A-Za-z_][\w.-]*=[^\s=])[^\s;]*\s+(?:export\s+)?[A-Za-z_][\w.-]*=/u;
/** Another assignment after a value on a shell line (`A=1 B=2 npm start`, `A=1; B=2`), or after a part of a connection string (`user=ops;password=…`). */
const NEXT_ASSIGNMENT = /^[\s;&]+((?:export\s+)?[A-Za-z_][\w.-]*=.*)$/u;
/** A later `NAME=` in a value, after a space, `;` or `&` (a connection string's part, or a shell line's next assignment). */
const LATER_ASSIGNMENT = /(?<![\s;&])[\s;&]+([A-Za-z_][\w.-]*)=/gu;
/** A `name=value` part anywhere in a value (a connection string's, a URL query's). */
const PART = /(?:^|[\s;&?])([A-Za-z_][\w.-]*)[ \t]*=[ \t]*[^\s;&]/gu;
/** A name in a table's first column: a word, or two or three (`Client ID`). */
const CELL_NAME = /^[A-Za-z_][\w.-]*(?: [A-Za-z_][\w.-]*){0,2}$/u;

/** A double-quoted value's escapes: `\n` and Windows' `\r\n` a line break, `\"` and `\\` the character. */
const unescaped = (inner: string) => inner.replace(/\\(r\\n|[nr"\\])/gu, (_, c: string) => (c === '"' || c === '\\' ? c : '\n'));

/** What a `\` outside quotes escapes: a character a shell treats specially. Before any other it is kept, as dotenv keeps it (`C:\Users\ops`, `DOMAIN\user`, a regex). */
const ESCAPED = /[ \t'"\\$`;&|<>()#]/u;

/**
 * The word `text` starts with, as a POSIX shell reads it: up to an unquoted space or `;`, its
 * quoted and unquoted pieces joined (`'it'\''s'` is `it's`), a `\` outside quotes taking the
 * next character as it is when a shell treats that one specially (ESCAPED), else kept;
 * double-quoted pieces read as a double-quoted value is (unescaped). A quote that never closes
 * is a character of the word. The word and how much of `text` it took.
 */
function shellWord(text: string): [string, number] {
  let word = '';
  let i = 0;
  for (; i < text.length && !/[\s;]/u.test(text[i]!); i++) {
    const c = text[i]!;
    const close = c === "'" || c === '"' ? closing(text, c, i + 1) : -1;
    if (close > 0) {
      word += c === '"' ? unescaped(text.slice(i + 1, close)) : text.slice(i + 1, close);
      i = close;
    } else word += c === '\\' && ESCAPED.test(text[i + 1] ?? '') ? text[++i] : c;
  }
  return [word, i];
}

/** A value that is a URL (`https://…`, `mongodb://…`, `postgres://…`): the `&` parts of its query are its own. */
const URL_VALUE = /^[A-Za-z][\w+.-]*:\/\//u;

/**
 * Where in `value` its part ends, at a later `NAME=` part (its separator), or -1: one whose name
 * is one of `known`; or, in a list of parts split by `list` (`;` or `&`, the separator that split
 * the part before), or one a known name after a `;` or `&` makes `value` the first part of, the
 * first part after that separator, whatever its name (`password=Tr0ub4dor&3;Timeout=30` ends
 * before `;Timeout`; `&3` is no part). Never inside a URL: not at its query's `&`, nor at a `;`
 * unless that splits a list it is a part of.
 */
function partEnd(value: string, known: readonly string[], list: string): number {
  const url = URL_VALUE.test(value);
  const first = new Map<string, number>();
  for (const match of value.matchAll(LATER_ASSIGNMENT)) {
    const separator =
      match[0]
        .slice(0, -match[1]!.length - 1)
        .trim()
        .at(-1) ?? '';
    if (url && (separator === '&' || (separator === ';' && list !== ';'))) continue;
    if (separator && separator === list) return match.index;
    if ((separator === ';' || separator === '&') && !first.has(separator)) first.set(separator, match.index);
    if (known.includes(match[1]!.toLowerCase())) return first.get(separator) ?? match.index;
  }
  return -1;
}

/** Whether `value` holds a `name=value` part whose name is a secret's (secretPartName) or one of `names` (lower-cased): a connection string with its password, a URL with a token in its query. */
export const holdsSecretPart = (value: string, names: readonly string[] = []): boolean =>
  value.length <= MAX_PASTE && [...value.matchAll(PART)].some((match) => names.includes(match[1]!.toLowerCase()) || secretPartName(match[1]!));

/**
 * Lines copied from a two-column table of names and values (a spreadsheet's, a password
 * manager's: `Username<TAB>ops`, `Password<TAB>…`) as one pair a line, or undefined: every
 * line two cells split by a tab or a run of them (and an empty cell after, if any), the first a name, a line after the first naming a secret or
 * one of `known` (lower-cased), and the first line's second cell naming neither (it would be a
 * header: `Username<TAB>Password`, then a row of values). One row copied alone is a pair when
 * its first cell names a secret or one of `known`.
 */
export function tabPairs(rows: readonly string[], known: readonly string[] = []): [string, string][] | undefined {
  const names = (cell: string) => known.includes(cell.toLowerCase()) || secretName(cell);
  // A run of tabs is one split (columns a note aligns), and an empty cell after the value (a row copied with a third, empty column) no cell.
  const cells = rows.map((row) => {
    const pair = row.split(/\t+/u).map((cell) => cell.trim());
    return pair.length > 2 && !pair.at(-1) ? pair.slice(0, -1) : pair;
  });
  if (!cells.length || !cells.every((pair) => pair.length === 2 && CELL_NAME.test(pair[0]!))) return undefined;
  return cells.slice(cells.length > 1 ? 1 : 0).some(([name]) => names(name!)) && !names(cells[0]![1]!) ? (cells as [string, string][]) : undefined;
}

/** A two-column table's header row: its columns' names (`Key<TAB>Value`, `Name<TAB>Wert`), in the wizard's languages. */
const HEADER =
  /^(?:key|name|field|variable|setting|parameter|property|schluessel|feld|nom|cle|champ|clave|nombre|campo|naam|sleutel|veld)s?\t(?:value|wert|valeur|valor|waarde)s?$/iu;

/** A CSV cell (RFC 4180): quoted, a `,` inside and its `"` written twice, or not; then a `,` or the row's end. */
const CSV_CELL = /[ \t]*(?:"((?:[^"]|"")*)"|([^",]*))[ \t]*(?:,|$)/uy;

/** A CSV row's cells (CSV_CELL), or undefined where a quote is out of place. Each character read once: a long row stays linear. */
export function csvCells(row: string): string[] | undefined {
  const cells: string[] = [];
  for (CSV_CELL.lastIndex = 0; CSV_CELL.lastIndex < row.length;) {
    const at = CSV_CELL.lastIndex;
    const cell = CSV_CELL.exec(row);
    if (!cell || CSV_CELL.lastIndex === at) return undefined;
    cells.push(cell[1] === undefined ? cell[2]!.trim() : cell[1].replace(/""/gu, '"'));
  }
  return row.endsWith(',') ? [...cells, ''] : cells;
}

/** A line that can be the rest of a word wrapped with a `\`: one word, not a comment, a code fence or a `---` rule. */
const WRAPPED = /^\s*(?![#`]|-{3,}\s*$)\S+\s*$/u;

/** Whether `line` ends with a `\` that no other `\` escapes: a shell's line continuation. */
function continues(line: string): boolean {
  let n = 0;
  while (line[line.length - 1 - n] === '\\') n++;
  return n % 2 === 1;
}

/** A line that names a value: its name, `=` or `:` (a full-width `：` too, as an input method types it), and what follows. */
const NAME_VALUE = new RegExp(String.raw`${SHELL}([A-Za-z_][\w.-]*)[\s${MARKS}]*([=:：])(.*)$`, 'iu');

/**
 * Reads pasted text as named values: a JSON object (its string, number and true/false
 * members, and one level down those of an object in it: nested; or a list of name and value pairs: valuePairs; numbers as written; a trailing comma, a Markdown code fence around it, curly quotes
 * or a Python dict's single quotes allowed), a table's header and one row (tabs or commas), or
 * `.env` lines: `KEY=value`, with `export` (or `set`, `$env:` as Windows shells write them),
 * single, double, curly or back quotes (`\n` and `\r\n` inside double quotes are a line break; a
 * quoted value may span lines, as a private key does, and ends at its closing quote, as dotenv
 * reads it) and `#` comments; several assignments on one line (`A=1 B=2 npm start`) and
 * `export` lines are read as a shell reads them, each value a shell word, ending at a space or
 * `;` (at most 50 assignments a line; a value with `key=value` parts of its own, a connection
 * string, is read whole, up to a later part whose name is one of `known`, the lower-cased names
 * of a form's fields: `username=ops;password=…` is two values, and from there each part of the
 * list is one: see partEnd). A two-column table of names and
 * values is read as a pair a line (see tabPairs), and a CSV header and row with quoted cells when two header cells or more are `known` (csvCells). `KEY: value` lines (YAML, HTTP headers, a note) are read the same way (a quoted value as YAML reads it: yamlQuoted), but a `#` starts
 * a comment there only with a space after it (a password may hold one), and a YAML block
 * (`KEY: |` or `KEY: >`, then indented lines) as its lines; a later secret's name on such a line
 * (`Username: ops Password: …`) starts a line of its own (see splitNamed). Names are lower-cased; of two equal
 * names the later wins, as dotenv and a shell read them. Anything else gives no names. A JSON object's own members, their names as written, go to `members`.
 * `object` is `text` as readJson read it, where the caller has it (a big key file is parsed once, not once for each rule that reads it).
 */
export function readPasted(text: string, known: readonly string[] = [], members?: [string, unknown][], object: PastedObject = readJson(text)): Map<string, string> {
  const named = new Map<string, string>();
  const add = (name: string, value: unknown) => {
    const key = name.trim().toLowerCase();
    if (key && (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)))) named.set(key, String(value));
  };
  if (text.length > MAX_PASTE) return named;
  // A JSON object, also as a Markdown code block (```json … ```) holds it.
  if (object) {
    const { parsed } = object;
    // A list of `{"key"|"name": …, "value": …}` pairs, as a dashboard exports its variables: the pairs, as an object's members.
    const own = Array.isArray(parsed) ? valuePairs(parsed) : Object.entries(parsed);
    members?.push(...own);
    for (const [name, value] of own) add(name, value);
    if (!Array.isArray(parsed)) for (const [name, value] of nested(parsed)) if (!named.has(name)) add(name, value);
    return named;
  }
  // Not JSON, even as JSON would write it: nothing to fill (an INI file's `[default]` is read as lines below).
  if (unfenced(text).startsWith('{')) return named;
  // Split as pasted, so a YAML block's indentation is measured against its key's own; a login on one line as one line each.
  const lines = splitNamed(text).split(/\r\n?|\n/u);
  // A table's header and one row (a spreadsheet's cells, a console's credentials CSV): each column's header names its value.
  const rows = lines.filter((line) => line.trim());
  const pairs = tabPairs(rows, known);
  if (pairs) {
    // A spreadsheet's header row above its pairs (`Key<TAB>Value`, `Name<TAB>Value`) names no value.
    for (const [name, value] of pairs.length > 1 && HEADER.test(`${pairs[0]![0]}\t${pairs[0]![1]}`) ? pairs.slice(1) : pairs) add(name, value);
    return named;
  }
  if (rows.length === 2 && !NAME_VALUE.test(rows[0]!) && !text.includes('"')) {
    const [head, row] = rows.map((line) => line.split(rows[0]!.includes('\t') ? '\t' : ',').map((cell) => cell.trim()));
    if (head!.length > 1 && head!.length === row!.length) for (const [c, name] of head!.entries()) add(name, row![c]);
    if (named.size) return named;
  }
  // A spreadsheet's CSV, its cells quoted (`"consumer_key","consumer_secret"`, then `"abc","d,ef"`): read only where two header cells or more name the form's fields.
  const [head, row] = rows.length === 2 && text.includes('"') ? rows.map(csvCells) : [];
  if (head && row && head.length > 1 && head.length === row.length && head.filter((name) => known.includes(name.toLowerCase())).length > 1) {
    for (const [c, name] of head.entries()) add(name, row[c]);
    return named;
  }
  // Per closing quote, the first line from where it was last looked for that holds it (or
  // lines.length): each line is searched once per quote, not once for each of up to 199 lines
  // above it that open a quote (a paste of 25,000 unclosed quotes took seconds).
  const closers = new Map<string, number>();
  const closingLine = (quote: string, from: number, doubled: boolean) => {
    let at = closers.get(quote + doubled) ?? -1;
    if (at < from) for (at = from; at < lines.length && closing(lines[at]!, quote, 0, doubled) < 0; at++);
    closers.set(quote + doubled, at);
    return at;
  };
  // An unclosed quoted value on a `KEY=` line is read as a shell reads a word, then the next
  // assignment after it (below): they reach no further than the second line below that holds
  // anything, and that next assignment counts only on the last line of the 200. So those lines,
  // and one line break more if lines are left, read as all 200 would.
  const unclosedReach = (from: number, to: number) => {
    let at = from;
    for (let words = 0; at < to && words < 2; at++) if (lines[at]!.trim()) words++;
    return at < to ? [...lines.slice(from, at), ''] : lines.slice(from, at);
  };
  // After a value on a shell line, the next assignment on it is read as a line of its own; so is
  // the next part of a connection string (`partOf` its separator), read as its first was.
  let shellLine = false;
  let partOf = '';
  let assignments = 0;
  for (let i = 0; i < lines.length; i++) {
    let match = NAME_VALUE.exec(lines[i]!);
    if (!match) continue;
    // A `\` ending an unquoted `KEY=` value continues it, as a shell reads it (a long token wrapped in a README), onto a piece of the
    // word alone (WRAPPED, its indentation taken off), never onto a line naming a value of its own (`DIR=C:\temp\`, then `NEXT=1`,
    // as dotenv keeps it). Pieces joined once, so a paste of such lines costs no more than a long one.
    if (match[2] === '=' && !(match[3]!.trimStart()[0]! in QUOTES)) {
      const pieces = [lines[i]!];
      for (let j = i + 1; continues(pieces.at(-1)!) && WRAPPED.test(lines[j] ?? '') && !NAME_VALUE.test(lines[j]!); j++) {
        pieces.push(lines[j]!.trim());
        pieces[pieces.length - 2] = pieces.at(-2)!.slice(0, -1);
        lines[j] = '';
      }
      if (pieces.length > 1) match = NAME_VALUE.exec((lines[i] = pieces.join('')))!;
    }
    // A YAML block (`private_key: |`, then lines indented deeper than the key, as a private key is written): its lines, their indentation taken off.
    const block = match[2] !== '=' && /^\s*([|>])(?:[+-]?\d?|\d[+-])\s*(?:#.*)?$/u.exec(match[3]!);
    if (block) {
      const keyIndent = lines[i]!.search(/\S/u);
      let indent = -1;
      const body: string[] = [];
      for (let at; i + 1 < lines.length; i++) {
        at = lines[i + 1]!.search(/\S/u);
        if (at >= 0 && (at <= keyIndent || (indent >= 0 && at < indent))) break;
        if (indent < 0 && at >= 0) indent = at;
        body.push(lines[i + 1]!.slice(indent < 0 ? 0 : indent));
      }
      const value = body.join('\n').trim();
      // Folded (`>`): a line break is a space, and a blank line a line break, as YAML reads it.
      add(match[1]!, block[1] === '|' ? value : value.replace(/\n(\n*)/gu, (_, more: string) => more || ' '));
      continue;
    }
    let raw = match[3]!.trimStart();
    const quote = raw[0]! in QUOTES ? raw[0]! : '';
    // A quoted value ends at its closing quote (what follows, a comment, is not the value); it
    // may run over several lines (a private key), up to the line its quote closes (within 200).
    // On a `Key: value` line (YAML), a single-quoted value writes its quote twice (`'it''s'`).
    const doubled = match[2] !== '=' && quote === "'";
    let close = quote ? closing(raw, QUOTES[quote]!, 1, doubled) : -1;
    const window = Math.min(lines.length, i + 200);
    // A backtick (inline code in a note) closes on its own line only: unclosed, it is kept as written.
    const end = quote && quote !== '`' && close < 0 ? closingLine(QUOTES[quote]!, i + 1, doubled) : window;
    if (end < window) {
      raw = [raw, ...lines.slice(i + 1, end + 1)].join('\n');
      close = raw.length - lines[end]!.length + closing(lines[end]!, QUOTES[quote]!, 0, doubled);
      i = end;
    } else if (quote && quote !== '`' && close < 0 && match[2] === '=') raw = [raw, ...unclosedReach(i + 1, window)].join('\n');
    let value: string;
    let after = '';
    // A shell line (`export`, or assignments before a command: `A=1 B=2 npm start`): a value is a
    // word as a shell reads it (shellWord), ending at a space or `;`. Not a value holding its own
    // `key=value` parts (a connection string: `Server=tcp:…;Initial Catalog=app`,
    // `host=db port=5432`), which dotenv reads whole.
    const shell: boolean = match[2] === '=' && (shellLine || /^\W*export\s/iu.test(lines[i]!) || SHELL_LINE.test(raw));
    // Quoted alone, as dotenv reads it; on a shell line, a quoted piece with more of its word after it (`'it'\''s'`) is the word.
    if (close > 0 && !(shell && (quote === '"' || quote === "'") && /^[^\s;]/u.test(raw.slice(close + 1)))) {
      value = raw.slice(1, close);
      after = raw.slice(close + 1);
      // On a `Key: value` line (YAML), read as YAML reads it: folded over lines, its escapes; on a `KEY=` line, as dotenv reads it.
      if (match[2] !== '=' && (quote === '"' || quote === "'")) value = yamlQuoted(value, quote);
      else if (quote === '"') value = unescaped(value);
      // A document's curly quotes: the value as written (a note is no YAML), but a PEM block, read as in straight quotes (its `\n` escapes too).
      else if (quote === '“' || quote === '‘') value = pemBlock(value, quote === '“') ?? (quote === '“' ? pemBlock(unescaped(value), false) : undefined) ?? value;
    } else if (shell) {
      const [word, taken] = shellWord(raw);
      value = word;
      after = raw.slice(taken);
    }
    // Unquoted, a comment starts at a `#` after a space (`KEY= # none yet`); `KEY=#Pa55word` is a
    // value, as a shell reads it. On a `Key: value` line (YAML, a note) only a `# ` with a space
    // after it is a comment: a note's `Password: correct horse #battery` keeps its `#`.
    else {
      value = match[3]!.replace(match[2] === '=' ? /\s#.*$/u : /\s#(?:\s.*)?$/u, '').trim();
      // Read whole, up to a later part naming one of the form's fields (`username=ops;password=…`),
      // which is read as a line of its own: a password never read as part of the username; in a
      // list of parts, up to the next part (see partEnd).
      const at = match[2] === '=' && assignments < 50 ? partEnd(value, known, partOf) : -1;
      if (at > 0) [value, after] = [value.slice(0, at), value.slice(at)];
      // The last part of a connection string ends before its `;`.
      if (partOf && value.endsWith(partOf)) value = value.slice(0, -1);
    }
    add(match[1]!, value);
    // The next assignment on the line is read as a line of its own: at most 50 a line.
    const next = assignments < 50 && NEXT_ASSIGNMENT.exec(after);
    const separator = next ? after.slice(0, after.length - next[1]!.length) : '';
    shellLine = Boolean(next) && (shell || !/[;&]/u.test(separator));
    partOf = next && !shellLine ? separator.trim().at(-1)! : '';
    if (next) lines[i--] = next[1]!;
    assignments = next ? assignments + 1 : 0;
  }
  return named;
}

/**
 * `text` with the words a chat, a wiki or a word processor writes read as typed: without zero-width characters, each space that is
 * not a tab or a line break (a non-breaking one) an ordinary one; tabs and lines stay as they are (a table's cells, a note's lines).
 */
export const sameWords = (text: string): string => text.replace(ALL_MARKS, '').replace(/[^\S\t\r\n]/gu, ' ');

/** An invisible mark (MARKS: sameWords drops it). */
const ZERO_WIDTH = new RegExp(`[${MARKS}]`, 'u');
const ALL_MARKS = new RegExp(ZERO_WIDTH, 'gu');
/** Spaces, `,`, `;` and marks that end a value before a later name on its line. */
const VALUE_END = new RegExp(`[\\s,;${MARKS}]+$`, 'u');

/**
 * A `Name: value` line (its name a word, or one of `known`: the lower-cased keys, aliases and
 * labels of a form's fields) holding a later name with a `:` after a space, `,` or `;`, that is
 * one of `known` or a secret's (secretName), is read as a line each: `Username: ops Password: …`,
 * a login as a note may put it on one line, never gives the password as part of the username. A
 * quoted value is left whole, and a line naming nothing later (`Acme: EU: Live`) is one value. Its names are read as sameWords
 * reads them (`Password` after a non-breaking space); a line split gives its names so and its values as pasted (a no-break space
 * inside a password stays), one not split is given as pasted.
 */
export function splitNamed(text: string, known: readonly string[] = []): string {
  if (text.length > MAX_PASTE || !/[:：]/u.test(text)) return text;
  // Up to four words of any script (`Mot de passe`, `Nom d’utilisateur`, `كلمة المرور`), before a `:` or a full-width `：`.
  const word = String.raw`(?:[\p{L}_][\p{L}\p{M}\p{N}_.'’-]*[ \t]+){0,3}[\p{L}_][\p{L}\p{M}\p{N}_.'’-]*`;
  const names = [...known.map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).sort((a, b) => b.length - a.length), word].join('|');
  const head = new RegExp(String.raw`${SHELL}(?:${names})[ \t]*[:：]`, 'iu');
  // From the start of a run of spaces only, so a long run costs no more than a long line.
  const later = new RegExp(String.raw`(?<![\s,;])[\s,;]+(${names})[ \t]*(?::(?=\s|$)|：)`, 'giu');
  // A form's name, a secret's in one or two words (`Password`, `API key`), or a secret's label in any of the wizard's languages (`Passwort`, `Mot de passe`).
  const isName = (name: string) => known.includes(name.toLowerCase()) || (!/\s\S+\s/u.test(name) && secretName(name)) || secretLabel(name);
  return text
    .split(/\r\n?|\n/u)
    .map((pasted) => {
      const line = sameWords(pasted);
      const start = head.exec(line)?.[0].length;
      if (start === undefined || line.slice(start).trimStart()[0]! in QUOTES) return pasted;
      let out = line.slice(0, start);
      let from = start;
      // Where each character of `line` is in `pasted` (sameWords drops zero-width ones): a value is given as pasted, a no-break space in it kept.
      let where: number[] | undefined;
      for (const match of line.slice(start).matchAll(later)) {
        // Of `Doe Password:`, the name is `Password`; of `API key:`, `ops Mot de passe :` or a field's label, its fewest last words that name one.
        const name = match[1]!;
        const named = known.includes(name.toLowerCase())
          ? name
          : [...name.matchAll(/[ \t]+/gu)]
              .map((space) => name.slice(space.index + space[0].length))
              .reverse()
              .concat(name)
              .find(isName);
        if (named === undefined) continue;
        where ??= Array.from({ length: pasted.length + 1 }, (_, i) => i).filter((i) => !ZERO_WIDTH.test(pasted[i] ?? ''));
        const at = start + match.index + match[0].lastIndexOf(named);
        const end = start + match.index + match[0].length;
        out += `${pasted.slice(where[from], where[at]).replace(VALUE_END, '')}\n${line.slice(at, end)}`;
        from = end;
      }
      return where ? out + pasted.slice(where[from]) : pasted;
    })
    .join('\n');
}
