import { writtenText } from '../catalogue/localize-catalogue.js';
import { isSecretField, nameOwners, type AuthTypeDefinition, type CredentialField, type SystemDefinition } from '../catalogue/catalogue-schema.js';
import { bareSecretField } from './secret-shape.js';

/** Fields filled from one paste: the field and the value it gets, in the auth type's order. */
export type PasteFill = { field: CredentialField; value: string | boolean }[];

/** Pasted text longer than this is not read as several values (a whole file is not a credentials block). */
const MAX_PASTE = 100_000;

/** Where a quoted value's quote closes in `text` (from `from`), -1 if not yet: a `\"` inside double quotes does not close it. */
function closing(text: string, quote: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}

/**
 * JSON as a person may paste it, written as JSON: curly quotes (a word processor's, a chat's) and
 * single-quoted strings (a dict as Python prints one, its quotes typed or curly) as JSON's, and no comma before `}` or `]`.
 * One pass over the text, so a hostile paste costs no more than a long one.
 */
function asJson(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (Object.hasOwn(QUOTES, c)) {
      // A double quote, typed or curly, closes at either kind; a single one at its own (‘ at ’).
      const ends = c === '"' || c === '“' ? '"”' : QUOTES[c]!;
      let inner = '';
      for (i++; i < text.length && !ends.includes(text[i]!); i++) {
        if (text[i] !== '\\') inner += text[i] === '"' ? '\\"' : text[i];
        // `\'` is a quote in a single-quoted string; other escapes stay as written.
        else inner += text[++i] === "'" ? "'" : `\\${text[i] ?? ''}`;
      }
      out += `"${inner}"`;
    } else if (c !== ',' || !/^\s*[}\]]/u.test(text.slice(i + 1, i + 200))) out += c;
  }
  return out;
}

/** Quotes and the quote that closes each: typed ones, and the curly ones a word processor or chat makes of them. */
const QUOTES: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’' };

/** How a shell line names a value: `export`, Windows' `set`, PowerShell's `$env:`, or nothing (after any zero-width characters a wiki or chat leaves). */
const SHELL = String.raw`^[\s\u200B-\u200D\u2060]*(?:export\s+|set\s+|\$env:)?`;
/** A value that starts a shell line: a word (no `=` inside, nor `;`), then another assignment. */
const SHELL_LINE = /^[^\s;=]*=*\s+(?:export\s+)?[A-Za-z_][\w.-]*=/u;
/** Another assignment after a value on a shell line (`A=1 B=2 npm start`). */
const NEXT_ASSIGNMENT = /^\s+((?:export\s+)?[A-Za-z_][\w.-]*=.*)$/u;
/** A line that names a value: its name, `=` or `:`, and what follows. */
const NAME_VALUE = new RegExp(String.raw`${SHELL}([A-Za-z_][\w.-]*)\s*([=:])(.*)$`, 'iu');

/**
 * Reads pasted text as named values: a JSON object (its string, number and true/false
 * members; numbers as written; a trailing comma, a Markdown code fence around it, curly quotes
 * or a Python dict's single quotes allowed), a table's header and one row (tabs or commas), or
 * `.env` lines: `KEY=value`, with `export` (or `set`, `$env:` as Windows shells write them),
 * single, double or curly quotes (`\n` and `\r\n` inside double quotes are a line break; a
 * quoted value may span lines, as a private key does, and ends at its closing quote, as dotenv
 * reads it) and `#` comments; several assignments on one line (`A=1 B=2 npm start`) and
 * `export` lines are read as a shell reads them, each value ending at a space or `;` (at most 50
 * assignments a line; a value with `key=value` parts of its own, a connection string, is read
 * whole). `KEY: value` lines (YAML, HTTP headers, a note) are read the same way, but a `#` starts
 * a comment there only with a space after it (a password may hold one), and a YAML block
 * (`KEY: |` or `KEY: >`, then indented lines) as its lines; a later secret's name on such a line
 * (`Username: ops Password: …`) starts a line of its own (see splitNamed). Names are lower-cased; of two equal
 * names the later wins, as dotenv and a shell read them. Anything else gives no names.
 */
export function readPasted(text: string): Map<string, string> {
  const named = new Map<string, string>();
  const add = (name: string, value: unknown) => {
    const key = name.trim().toLowerCase();
    if (key && (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)))) named.set(key, String(value));
  };
  if (text.length > MAX_PASTE) return named;
  // A JSON object, also as a Markdown code block (```json … ```) holds it.
  const trimmed = text
    .trim()
    .replace(/^```[\w-]*[^\S\n]*\n([^]*)\n[^\S\n]*```$/u, '$1')
    .trim();
  if (trimmed.startsWith('{')) {
    // Numbers as written (`12345678901234567890`, `1.50`), where the browser gives their source.
    const asWritten = (_: string, value: unknown, context?: { source?: string }) => (typeof value === 'number' && context?.source ? context.source : value);
    for (const json of [trimmed, asJson(trimmed)]) {
      try {
        const parsed: unknown = JSON.parse(json, asWritten);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) for (const [name, value] of Object.entries(parsed)) add(name, value);
        break;
      } catch {
        // Not JSON as it is: then as JSON would write it, else nothing to fill.
      }
    }
    return named;
  }
  // Split as pasted, so a YAML block's indentation is measured against its key's own; a login on one line as one line each.
  const lines = splitNamed(text).split(/\r\n?|\n/u);
  // A table's header and one row (a spreadsheet's cells, a console's credentials CSV): each column's header names its value.
  const rows = lines.filter((line) => line.trim());
  if (rows.length === 2 && !NAME_VALUE.test(rows[0]!) && !text.includes('"')) {
    const [head, row] = rows.map((line) => line.split(rows[0]!.includes('\t') ? '\t' : ',').map((cell) => cell.trim()));
    if (head!.length > 1 && head!.length === row!.length) for (const [c, name] of head!.entries()) add(name, row![c]);
    if (named.size) return named;
  }
  // Per closing quote, the first line from where it was last looked for that holds it (or
  // lines.length): each line is searched once per quote, not once for each of up to 199 lines
  // above it that open a quote (a paste of 25,000 unclosed quotes took seconds).
  const closers = new Map<string, number>();
  const closingLine = (quote: string, from: number) => {
    let at = closers.get(quote) ?? -1;
    if (at < from) for (at = from; at < lines.length && closing(lines[at]!, quote, 0) < 0; at++);
    closers.set(quote, at);
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
  // After a value on a shell line, the next assignment on it is read as a line of its own.
  let shellLine = false;
  let assignments = 0;
  for (let i = 0; i < lines.length; i++) {
    const match = NAME_VALUE.exec(lines[i]!);
    if (!match) continue;
    // A YAML block (`private_key: |`, then lines indented deeper than the key, as a private key is written): its lines, their indentation taken off.
    const block = match[2] === ':' && /^\s*([|>])(?:[+-]?\d?|\d[+-])\s*(?:#.*)?$/u.exec(match[3]!);
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
    let close = quote ? closing(raw, QUOTES[quote]!, 1) : -1;
    const window = Math.min(lines.length, i + 200);
    const end = quote && close < 0 ? closingLine(QUOTES[quote]!, i + 1) : window;
    if (end < window) {
      raw = [raw, ...lines.slice(i + 1, end + 1)].join('\n');
      close = raw.length - lines[end]!.length + closing(lines[end]!, QUOTES[quote]!, 0);
      i = end;
    } else if (quote && close < 0 && match[2] === '=') raw = [raw, ...unclosedReach(i + 1, window)].join('\n');
    let value: string;
    let after = '';
    if (close > 0) {
      value = raw.slice(1, close);
      after = raw.slice(close + 1);
      // `\n`, and Windows' `\r\n`, is a line break.
      if (quote === '"') value = value.replace(/\\(r\\n|[nr"\\])/gu, (_, c: string) => (c === '"' || c === '\\' ? c : '\n'));
    }
    // A shell line (`export`, or assignments before a command: `A=1 B=2 npm start`): a value ends
    // at a space or `;`, as a shell reads it. Not a value holding its own `key=value` parts (a
    // connection string: `Server=tcp:…;Initial Catalog=app`, `host=db port=5432`), which dotenv
    // reads whole.
    else if (match[2] === '=' && (shellLine || /^\W*export\s/iu.test(lines[i]!) || SHELL_LINE.test(raw))) {
      value = /^[^\s;]*/u.exec(raw)![0];
      after = raw.slice(value.length);
    }
    // Unquoted, a comment starts at a `#` after a space (`KEY= # none yet`); `KEY=#Pa55word` is a
    // value, as a shell reads it. On a `Key: value` line (YAML, a note) only a `# ` with a space
    // after it is a comment: a note's `Password: correct horse #battery` keeps its `#`.
    else value = match[3]!.replace(match[2] === '=' ? /\s#.*$/u : /\s#(?:\s.*)?$/u, '').trim();
    add(match[1]!, value);
    // The next assignment on the line is read as a line of its own: at most 50 a line.
    const next = assignments < 50 && NEXT_ASSIGNMENT.exec(after);
    shellLine = Boolean(next);
    if (next) lines[i--] = next[1]!;
    assignments = next ? assignments + 1 : 0;
  }
  return named;
}

/**
 * A line that names a value, or labels the next line's (`KEY=value` as a shell may write it,
 * `Access token: …`, `Access token:`): not part of a long value wrapped over lines (base64's
 * closing `==`, a URL's `https:`), and not a template's empty `KEY=`.
 */
const NAMED_LINE = new RegExp(String.raw`${SHELL}(?:[A-Za-z_][\w.-]*\s*=(?!=*\s*$)|[^\s:][^:]{0,40}:(?:\s|$))`, 'iu');

/**
 * A block of credentials (a note, a file, a secrets manager's JSON), whether or not a form knows
 * its names: several lines, one of them naming a value, or a JSON object with several members
 * (on one line, as a secrets manager shows one).
 */
export function namesSeveral(text: string): boolean {
  const lines = text.split(/\r\n?|\n/u).filter((line) => line.trim());
  if (members(text) > 1) return true;
  return lines.length > 1 && lines.some((line) => NAMED_LINE.test(line));
}

/** How many members an object or a list of them holds, quoted any way (JSON, curly quotes, a Python dict); 0 for other text. */
const members = (text: string) => (/^[[{][^]*[}\]]$/u.test(text.trim()) ? (text.match(/["'“”‘’]\s*:/gu) ?? []).length : 0);

/** A value's name as written, before its `=` or `:` (readPasted lower-cases it); from the start of a word only, so a long token is read once, not from each of its characters. */
const NAME_BEFORE_VALUE = /(?<![\w.-])[A-Za-z_][\w.-]*(?=\s*[=:])/gu;
/** A host and port (`auth.example.com:8443`): never a name and its value. */
const HOST_PORT = /^[\w-]+(?:\.[\w-]+)+:\d+(?![\w.:])/u;
/** A line naming a value in two or three words (`API key: …`, `Mintsoft password: …`): its name. */
const WORDS_NAME = new RegExp(String.raw`${SHELL}((?:[A-Za-z_][\w.-]*[ \t]+){1,2}[A-Za-z_][\w.-]*)[ \t]*[=:][ \t]*\S`, 'u');
/** A word of a name that is a secret's alone: `password`, `DBPWD`, `clientsecret`, `accesstoken`, `apikey` (not `Passport`, `Tokens`). */
const SECRET_WORD = /^(?:[a-z]*(?:passw(?:or)?d|pwd|secret|token|credentials?|cookie)|passphrase|(?:api|access|private)key)$/u;
/** Words before `key`, `pass` or `auth` in a name written in words that make it a secret's (`API key`, `Basic auth`; not `Shop key`). */
const QUALIFIER =
  /^(?:api|access|private|secret|client|app|consumer|signing|master|licen[cs]e|subscription|db|database|admin|user|basic|bearer|http|ssh|root|auth|encryption|shared)$/u;

/**
 * A name with a secret's word in it: `DB_PASSWORD`, `clientSecret`, `x-api-key`, `accesstoken`,
 * `Access token`; or `key`, `pass` or `auth` as a part of a longer name (`API-Key`, `DB_PASS`,
 * `authKey`; written in words, after a word such as `API`). Alone, with or without a number,
 * they are ordinary words (`Key: EU accounts`, `Pass: EU`, `Auth0: production`).
 */
function secretName(name: string): boolean {
  const parts = name
    .split(/[\W_]+|(?<=[a-z])(?=[A-Z])/u)
    .map((part) => part.toLowerCase().replace(/\d+$/u, ''))
    .filter(Boolean);
  const words = /\s/u.test(name);
  return parts.some((part, i) => SECRET_WORD.test(part) || (/^(?:key|pass|auth)$/u.test(part) && parts.length > 1 && (!words || QUALIFIER.test(parts[i - 1] ?? ''))));
}

/**
 * A `Name: value` line (its name a word, or one of `known`: the lower-cased keys, aliases and
 * labels of a form's fields) holding a later name with a `:` after a space, `,` or `;`, that is
 * one of `known` or a secret's (secretName), is read as a line each: `Username: ops Password: …`,
 * a login as a note may put it on one line, never gives the password as part of the username. A
 * quoted value is left whole, and a line naming nothing later (`Acme: EU: Live`) is one value.
 */
function splitNamed(text: string, known: readonly string[] = []): string {
  if (text.length > MAX_PASTE || !text.includes(':')) return text;
  const word = String.raw`(?:[A-Za-z_][\w.-]*[ \t]+)?[A-Za-z_][\w.-]*`;
  const names = [...known.map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).sort((a, b) => b.length - a.length), word].join('|');
  const head = new RegExp(String.raw`${SHELL}(?:${names})[ \t]*:`, 'iu');
  // From the start of a run of spaces only, so a long run costs no more than a long line.
  const later = new RegExp(String.raw`(?<![\s,;])[\s,;]+(${names})[ \t]*:(?=\s|$)`, 'giu');
  const isName = (name: string) => known.includes(name.toLowerCase()) || secretName(name);
  return text
    .split(/\r\n?|\n/u)
    .map((line) => {
      const start = head.exec(line)?.[0].length;
      if (start === undefined || line.slice(start).trimStart()[0]! in QUOTES) return line;
      let out = line.slice(0, start);
      let from = start;
      for (const match of line.slice(start).matchAll(later)) {
        // Of `Doe Password:`, the name is `Password`; of `API key:` or a field's label, both words.
        const name = match[1]!;
        const last = name.split(/[ \t]+/u).at(-1)!;
        const named = known.includes(name.toLowerCase()) ? name : isName(last) ? last : isName(name) ? name : undefined;
        if (named === undefined) continue;
        const at = start + match.index + match[0].lastIndexOf(named);
        out += `${line.slice(from, at).replace(/[\s,;]+$/u, '')}\n`;
        from = at;
      }
      return out + line.slice(from);
    })
    .join('\n');
}

/**
 * Credentials, whether or not a form knows their names, in text pasted on one line too: an
 * object or a list of them (see members), two or more named values (`user=admin password=…`,
 * `Username: ops Password: …`), or one whose name is a secret's (secretName: `DB_PASSWORD=…`,
 * `dbPassword: …`, `API key: …`). Never pasted into the connector name nor into a one-line field
 * shown in clear. An ordinary name with a `=` or `:` in it (`Xero: UK`, `Shopify (EU=live)`,
 * `Acme 2 = new`, `Key: EU accounts`, `Acme: EU: Live`), or a host and port, is none of these.
 */
export function namesCredentials(text: string): boolean {
  const split = splitNamed(text);
  const named = readPasted(text);
  // Names with a value, as written before their `=` or `:` (not a table's header, read without them).
  const written = [...split.matchAll(NAME_BEFORE_VALUE)]
    .filter((match) => !HOST_PORT.test(split.slice(match.index)) && named.get(match[0].toLowerCase())?.trim())
    .map((match) => match[0]);
  const inWords = split.split('\n').flatMap((line) => WORDS_NAME.exec(line)?.[1] ?? []);
  return members(text) > 0 || written.length > 1 || [...written, ...inWords].some(secretName);
}

/** Whether `text` gives a value to a secret field of `authType` (by key or alias): such a paste never goes into a field shown in clear. */
export function namesSecret(authType: AuthTypeDefinition, text: string): boolean {
  const owners = nameOwners(authType.fields);
  return [...readPasted(text)].some(([name, value]) => value.trim() !== '' && owners.has(name) && isSecretField(owners.get(name)!));
}

/**
 * The first of `system`'s auth types a secret of which `text` gives a value to (by key or alias,
 * or as the one named value a paste fills, by label too), or has the shape of, bare (see
 * bareSecretField; not one the field pasted `into` takes by its own pattern): such a paste never
 * goes into a field shown in clear, whichever auth type is chosen (a client secret pasted while
 * an access token is).
 */
export const secretOwner = (system: SystemDefinition | undefined, text: string, into?: CredentialField): AuthTypeDefinition | undefined =>
  system?.authTypes.find(
    (authType) => namesSecret(authType, text) || pasteFill(authType, text)?.some(({ field }) => isSecretField(field)) || bareSecretField(authType, text, into) !== undefined,
  );

/**
 * A value with no name, pasted into a field shown in clear (`into`), that has the shape of one of
 * the auth type's secrets (see bareSecretField): it fills that secret's masked field, as a named
 * line does, so a token pasted into the wrong field is never shown in clear nor kept in the draft.
 */
export function bareSecretFill(authType: AuthTypeDefinition, text: string, into: CredentialField): PasteFill | undefined {
  const field = bareSecretField(authType, text, into);
  return field && [{ field, value: text }];
}

/** A field's or option's label, lower-cased, in the wizard's language and as the catalogue wrote it: a note copied from an English dashboard names it in a German wizard too. */
const labels = (item: { label: string }): string[] => [item.label, writtenText(item, 'label') ?? item.label].map((label) => label.toLowerCase());

/**
 * What one paste fills in an auth type, or undefined for an ordinary paste. A paste is read as
 * named values when it holds two or more names of the auth type's fields, by `key`, alias or label
 * (case-insensitively; each name fills one field, a secret field's first: see nameOwners), in
 * the auth type's order; or when it is one named
 * value and nothing else (`CLIENT_SECRET=…`, `{"client_secret": "…"}`), whose name would otherwise
 * be sent as part of the value, or put a secret in clear in the visible field it was pasted
 * into. A value with no name is an ordinary paste, and so is a text that holds other values with
 * one the form knows (a key file pasted whole into its own field). It fills each of those
 * fields that its value suits: not an empty value (it would only clear the field), and for a
 * list only one of its options (by value or label). A block that fills anything is never pasted
 * as text, so a secret in it never lands in the field pasted into.
 */
export function pasteFill(authType: AuthTypeDefinition, pasted: string): PasteFill | undefined {
  // A login on one line (`Username: ops Password: …`) as a line each, its names as this form's fields name them.
  const text = splitNamed(
    pasted,
    authType.fields.flatMap((field) => [field.key, ...(field.aliases ?? []), ...labels(field)].map((name) => name.toLowerCase())),
  );
  const named = readPasted(text);
  // Each name fills one field: a secret field's first (see nameOwners). A field's label names it
  // too (`Client secret: …`, as a dashboard or a note writes it) where no key or alias is that name.
  const owners = nameOwners(authType.fields);
  for (const field of authType.fields)
    for (const label of labels(field)) {
      if (owners.has(label)) continue;
      owners.set(label, field);
      // A label is words: its `Label: value` line, read here (prose such as `Here is my key: …` names nothing).
      for (const line of text.length > MAX_PASTE ? [] : text.split(/\r\n?|\n/u)) {
        const at = line.indexOf(':');
        // Its value read as any `Key: value` line's (quotes, a comment).
        if (at > 0 && line.slice(0, at).trim().toLowerCase() === label && !named.has(label)) named.set(label, readPasted(`x:${line.slice(at + 1)}`).get('x') ?? '');
      }
    }
  const known = [...named.keys()].filter((name) => owners.has(name)).length;
  const fill: PasteFill = [];
  for (const field of authType.fields) {
    const name = [field.key, ...(field.aliases ?? []), ...labels(field)].map((n) => n.toLowerCase()).find((n) => named.has(n) && owners.get(n) === field);
    if (name === undefined) continue;
    const value = named.get(name)!;
    const wanted = value.trim().toLowerCase();
    if (!wanted) continue;
    if (field.type === 'boolean') fill.push({ field, value: /^(?:true|1|yes)$/iu.test(wanted) });
    else if (field.type !== 'select') fill.push({ field, value });
    else {
      const option = field.options?.find((o) => o.value.toLowerCase() === wanted || labels(o).includes(wanted));
      if (option) fill.push({ field, value: option.value });
    }
  }
  return known >= 2 || (known === 1 && named.size === 1) ? fill : undefined;
}
