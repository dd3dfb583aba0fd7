import type { AuthTypeDefinition, CredentialField } from '../catalogue/catalogue-schema.js';

/** Fields filled from one paste: the field and the value it gets, in the auth type's order. */
export type PasteFill = { field: CredentialField; value: string | boolean }[];

/** Pasted text longer than this is not read as several values (a whole file is not a credentials block). */
const MAX_PASTE = 100_000;

/**
 * Reads pasted text as named values: a JSON object (its string, number and true/false
 * members), or `.env` lines: `KEY=value`, with `export`, single or double quotes (`\n` inside
 * double quotes is a line break; a quoted value may span lines, as a private key does) and `#`
 * comments; `KEY: value` lines (YAML, HTTP headers) are read the same way, and a YAML block
 * (`KEY: |` or `KEY: >`, then indented lines) as its lines. Names are lower-cased; of two equal names the later wins, as dotenv and a shell
 * read them. Anything else gives no names.
 */
export function readPasted(text: string): Map<string, string> {
  const named = new Map<string, string>();
  const add = (name: string, value: unknown) => {
    const key = name.trim().toLowerCase();
    if (key && (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)))) named.set(key, String(value));
  };
  if (text.length > MAX_PASTE) return named;
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) for (const [name, value] of Object.entries(parsed)) add(name, value);
    } catch {
      // Not JSON after all: nothing to fill.
    }
    return named;
  }
  // Split as pasted, so a YAML block's indentation is measured against its key's own.
  const lines = text.split(/\r?\n/u);
  for (let i = 0; i < lines.length; i++) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*([=:])(.*)$/u.exec(lines[i]!);
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
    const quote = raw[0];
    // A quoted value may run over several lines (a private key), up to the line its quote closes.
    if ((quote === '"' || quote === "'") && raw.lastIndexOf(quote) === 0) {
      let end = i + 1;
      while (end < lines.length && !lines[end]!.includes(quote)) end++;
      if (end < lines.length) {
        raw = [raw, ...lines.slice(i + 1, end + 1)].join('\n');
        i = end;
      }
    }
    // Unquoted, a comment starts at a `#` after a space (`KEY= # none yet`); `KEY=#Pa55word` is a value, as a shell reads it.
    let value: string;
    if ((quote === '"' || quote === "'") && raw.lastIndexOf(quote) > 0) {
      value = raw.slice(1, raw.lastIndexOf(quote));
      if (quote === '"') value = value.replace(/\\([n"\\])/gu, (_, c: string) => (c === 'n' ? '\n' : c));
    } else value = match[3]!.replace(/\s#.*$/u, '').trim();
    add(match[1]!, value);
  }
  return named;
}

/**
 * What one paste fills in an auth type, or undefined for an ordinary paste. A paste is read as
 * named values when it names two or more of the auth type's fields, by `key` or alias
 * (case-insensitively), each name used once, in the auth type's order. It fills each of those
 * fields that its value suits: not an empty value (it would only clear the field), and for a
 * list only one of its options (by value or label). A block that fills anything is never pasted
 * as text, so a secret in it never lands in the field pasted into.
 */
export function pasteFill(authType: AuthTypeDefinition, text: string): PasteFill | undefined {
  const named = readPasted(text);
  const used = new Set<string>();
  const fill: PasteFill = [];
  for (const field of authType.fields) {
    const name = [field.key, ...(field.aliases ?? [])].map((n) => n.toLowerCase()).find((n) => named.has(n) && !used.has(n));
    if (name === undefined) continue;
    used.add(name);
    const value = named.get(name)!;
    const wanted = value.trim().toLowerCase();
    if (!wanted) continue;
    if (field.type === 'boolean') fill.push({ field, value: /^(?:true|1|yes)$/iu.test(wanted) });
    else if (field.type !== 'select') fill.push({ field, value });
    else {
      const option = field.options?.find((o) => o.value.toLowerCase() === wanted || o.label.toLowerCase() === wanted);
      if (option) fill.push({ field, value: option.value });
    }
  }
  return used.size >= 2 ? fill : undefined;
}
