import { writtenText } from '../catalogue/localize-catalogue.js';
import { isSecretField, nameOwners, type AuthTypeDefinition, type CredentialField, type SystemDefinition } from '../catalogue/catalogue-schema.js';
import { csvCells, holdsSecretPart, MAX_PASTE, readJson, readPasted, sameWords, SHELL, splitNamed, tabPairs, type PastedObject } from './read-pasted.js';
import { secretLabel, secretName } from './secret-name.js';
import { unusedMembers } from './nested-json.js';
import { countMembers } from './pasted-object.js';
import { bareSecretField } from './secret-shape.js';
import { holdsInlineSecret } from './inline-secret.js';
import { optionText } from '../steps/credentials-step/list-field.js';

type Option = NonNullable<CredentialField['options']>[number];

/** Fields filled from one paste: the field and the value it gets, in the auth type's order. */
export type PasteFill = { field: CredentialField; value: string | boolean }[];

/**
 * A line that names a value, or labels the next line's (`KEY=value` as a shell may write it,
 * `Access token: …`, `Access token:`): not part of a long value wrapped over lines (base64's
 * closing `==`, a URL's `https:`), and not a template's empty `KEY=`.
 */
const NAMED_LINE = new RegExp(String.raw`${SHELL}(?:[A-Za-z_][\w.-]*\s*=(?!=*\s*$)|[^\s:：][^:：]{0,40}(?::(?:\s|$)|：))`, 'iu');

/**
 * A block of credentials (a note, a file, a secrets manager's JSON, a spreadsheet's two columns
 * of names and values), whether or not a form knows its names: several lines, one of them naming
 * a value, or read as name and value pairs (tabPairs), or a JSON object with several members (on
 * one line, as a secrets manager shows one).
 */
export function namesSeveral({ text, members }: Paste): boolean {
  const lines = text.split(/\r\n?|\n/u).filter((line) => line.trim());
  if (members > 1) return true;
  return lines.length > 1 && (lines.some((line) => NAMED_LINE.test(line)) || (text.length <= MAX_PASTE && tabPairs(lines) !== undefined));
}

/**
 * A paste as read once, where its event is handled, then handed to each rule that asks about it (a paste may be 100 kB: what is here
 * is found once; its names and values are read by each rule that needs them, with readPasted, but a JSON object is parsed here only: `object`): its text; whether it is JSON as written, an object or a list, also in a Markdown code block (`json`: refused,
 * it is said to be JSON, not `KEY=value` lines; a Python dict or curly quotes, which readPasted reads too, are not JSON, and are
 * never called so) and the members at any depth of that JSON, or of a Python dict or curly-quoted JSON that readPasted reads too
 * (`objectMembers`: one pasted into a masked field would send its name as part of the value); and how many members an object or a list of them
 * holds, quoted any way (`members`: JSON, curly quotes, a Python dict; 0 for other text; 1 is one named value, never said to be
 * several). JSON is counted as parsed, so a value holding a quote and a colon (`"say \"hi\": now"`) is no member of its own; other
 * text by its quotes before a colon.
 */
export type Paste = { readonly text: string; readonly json: boolean; readonly objectMembers: number; readonly members: number; readonly object: PastedObject };

/** `text`, pasted, read once (see Paste): parsed once, its parsed value (`object`: readJson) handed to each reading of its names (readPasted). */
export function readPaste(text: string): Paste {
  const object = readJson(text);
  const json = object?.json === true;
  const objectMembers = object ? countMembers(object.parsed) : 0;
  const braced = /^[[{][^]*[}\]]$/u.test(text.trim());
  return { text, json, objectMembers, members: !braced ? 0 : json ? objectMembers : (text.match(/["'“”‘’]\s*:/gu) ?? []).length, object };
}

/**
 * The names and values `paste` gives (readPasted), read as `text` (the paste's text as a rule reads it, or a copy with its words
 * as typed: sameWords), its parsed value handed on where `text` is the paste's own or the paste is JSON: parsed once, never again as a copy.
 */
export const pastedNames = (paste: Paste, text = paste.text, known: readonly string[] = [], members?: [string, unknown][]) =>
  readPasted(text, known, members, text === paste.text || paste.object ? paste.object : undefined);

/** `text` without the quote marks (`> `, `>> `) an email reply sets before each of its lines. */
const unquoted = (text: string) => (text.split(/\r\n?|\n/u).every((line) => !line.trim() || /^\s*>/u.test(line)) ? text.replace(/^[ \t]*(?:>[ \t]?)+/gmu, '') : text);

/** A value's name as written, before its `=` or `:` (readPasted lower-cases it); from the start of a word only, so a long token is read once, not from each of its characters. */
const NAME_BEFORE_VALUE = /(?<![\w.-])[A-Za-z_][\w.-]*(?=\s*[=:])/gu;
/** A host and port (`auth.example.com:8443`): never a name and its value. */
const HOST_PORT = /^[\w-]+(?:\.[\w-]+)+:\d+(?![\w.:])/u;
/** A line naming a value in two or three words (`API key: …`, `Mintsoft password: …`): its name. */
const WORDS_NAME = new RegExp(String.raw`${SHELL}((?:[A-Za-z_][\w.-]*[ \t]+){1,2}[A-Za-z_][\w.-]*)[ \t]*[=:][ \t]*\S`, 'u');

/**
 * Credentials, whether or not a form knows their names, in text pasted on one line too: an
 * object or a list of them (see Paste), two or more named values (`user=admin password=…`,
 * `Username: ops Password: …`), one whose name is a secret's (secretName: `DB_PASSWORD=…`,
 * `dbPassword: …`, `API key: …`), or a value holding a secret's `name=value` part
 * (`username=ops;password=…`, a connection string: holdsSecretPart), or a table's row naming a
 * secret (`Password<TAB>…`: tabPairs), a secret's label alone on a line above its value (`Password`, then it), or a spreadsheet's
 * header and rows whose header names a secret (`Username,Password`, then the values). Never pasted into the connector name nor into a one-line field
 * shown in clear. An ordinary name with a `=` or `:` in it (`Xero: UK`, `Shopify (EU=live)`,
 * `Acme 2 = new`, `Key: EU accounts`, `Acme: EU: Live`), or a host and port, is none of these.
 */
export function namesCredentials(paste: Paste): boolean {
  // A name as a chat or a word processor writes it (`API<NBSP>key: …`) is the same name; so are a reply's lines quoted in an email (`> Password: …`).
  const text = sameWords(unquoted(paste.text));
  const split = splitNamed(text);
  const named = pastedNames(paste, text);
  // Names with a value, as written before their `=` or `:` (not a table's header, read without them).
  const written = [...split.matchAll(NAME_BEFORE_VALUE)]
    .filter((match) => !HOST_PORT.test(split.slice(match.index)) && named.get(match[0].toLowerCase())?.trim())
    .map((match) => match[0]);
  const inWords = split.split('\n').flatMap((line) => WORDS_NAME.exec(line)?.[1] ?? []);
  // A row copied from a table of names and values (`Password<TAB>…`): its names, as cells.
  // A Markdown table's rows (`| Password | … |`) read as a spreadsheet's, split by tabs; its `| --- |` row none.
  const lines = (text.length > MAX_PASTE ? [] : text.split(/\r\n?|\n/u))
    .map((line) =>
      /^\s*\|.*\|\s*$/u.test(line)
        ? line
            .trim()
            .slice(1, -1)
            .replace(/\s*\|\s*/gu, '\t')
        : line,
    )
    .filter((line) => line.trim() && !/^[\s:-]+$/u.test(line));
  const cells = (tabPairs(lines) ?? []).map(([name]) => name);
  // A secret's label in any of the wizard's languages (secretLabel) alone on its line, its value on the next (a password manager's note copied as
  // text: `Password`, then it, a passphrase of words too), or with its value after a `:`, `=` or a tab (`API-Schlüssel: …`, `Clé API = …`);
  // a host and its port (`token.shop.example:443`) names nothing.
  // A login on one line in any of them (`Identifiant：ops Mot de passe：…`) read as its lines (splitNamed).
  const labels = (list: readonly string[]) =>
    list.some((line, i) => {
      const label = !HOST_PORT.test(line.trim()) && LABEL_LINE.exec(line);
      return label && secretLabel(label[1]!) && (label[2] || i + 1 < list.length);
    });
  const above = labels(lines) || (split !== text && labels(split.split('\n')));
  // A spreadsheet's header and rows (`Username,Password`, its cells quoted or not, split by tabs or by a European Excel's `;`, then the values): its header's cells.
  const by = /\t/u.exec(lines[0] ?? '')?.[0] ?? (/;/u.test(lines[0] ?? '') && !/,/u.test(lines[0] ?? '') ? ';' : undefined);
  const [head, ...rows] = lines.length > 1 ? lines.map((line) => (by ? line.split(by) : csvCells(line))) : [];
  const columns = head && head.length > 1 && rows.every((row) => row?.length === head.length) ? head.map((cell) => cell.trim()) : [];
  return (
    paste.members > 0 ||
    above ||
    holdsInlineSecret(text) ||
    written.length > 1 ||
    [...written, ...cells, ...columns, ...[...text.matchAll(CURL_HEADER)].map((match) => match[1]!)].some(secretName) ||
    [...inWords, ...columns].some(secretLabel) ||
    [...named.values()].some((value) => holdsSecretPart(value))
  );
}

/**
 * What splits a label from its value on its line, filling a field (readFill) or refusing a secret (LABEL_LINE, which reads an Arabic comma or
 * semicolon typed for a colon too: refusing more keeps a secret out, filling from it would take a list's words for a value).
 */
const LABEL_MARKS = ':：=\t';

/**
 * A label in up to six words of any script (group 1: `Mot de passe de l’application`, `Clave de acceso de la API`), a qualifier in brackets
 * after it or not (`Password (admin)`, `API key [prod]`: not part of group 1), alone on its line, with or without its `:` (or a full-width `：`), or with
 * a value after a `:`, a `：`, an Arabic comma or semicolon typed for one (`،`, `؛`), a `=` or a tab (its first character: group 2). Its ends tried once from each space after it (`:?\s*$` there read a run of 99,000 of them anew from each).
 */
const LABEL_LINE = new RegExp(
  String.raw`^\s*([\p{L}_][\p{L}\p{M}\d_.'’-]*(?: [\p{L}\p{M}\d_.'’-]+){0,5})(?: ?[([][^()[\]]{1,30}[)\]])?\s*(?:[${LABEL_MARKS}،؛]\s*(\S)|[:：]\s*$|$)`,
  'u',
);

/** A header a curl command sends (`-H "X-Shopify-Access-Token: …"`): its name. */
const CURL_HEADER = /(?:-H|--header)\s+["']?([\w-]+)\s*:\s*\S/gu;

/** Whether `text` gives a value to a secret field of `authType` (by key or alias): such a paste never goes into a field shown in clear. */
export function namesSecret(authType: AuthTypeDefinition, paste: Paste): boolean {
  const owners = nameOwners(authType.fields);
  return [...pastedNames(paste)].some(([name, value]) => value.trim() !== '' && owners.has(name) && isSecretField(owners.get(name)!));
}

/**
 * The first of `system`'s auth types a secret of which `text` gives a value to (by key or alias,
 * or as the one named value a paste fills, by label too), or has the shape of, bare (see
 * bareSecretField; not one the field pasted `into` takes by its own pattern): such a paste never
 * goes into a field shown in clear, whichever auth type is chosen (a client secret pasted while
 * an access token is).
 */
export const secretOwner = (system: SystemDefinition | undefined, paste: Paste, into?: CredentialField): AuthTypeDefinition | undefined =>
  system?.authTypes.find(
    (authType) =>
      namesSecret(authType, paste) || readFill(authType, paste)?.fill.some(({ field }) => isSecretField(field)) || bareSecretField(authType, paste.text, into) !== undefined,
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

/** A label as written, in a paste or a catalogue, lower-cased: its words as sameWords reads them, their spaces one each. */
const wordsOf = (name: string) => sameWords(name).replace(/\s+/gu, ' ').trim().toLowerCase();

/** A field's or option's label (wordsOf), in the wizard's language and as the catalogue wrote it: a note copied from an English dashboard names it in a German wizard too. */
const labels = (item: { label: string }): string[] => [item.label, writtenText(item, 'label') ?? item.label].map(wordsOf);

/** The names of `field`, lower-cased: its key and aliases, then its labels (labels). */
const namesOf = (field: CredentialField) => [field.key, ...(field.aliases ?? []), ...labels(field)].map((name) => name.toLowerCase());

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
export const pasteFill = (authType: AuthTypeDefinition, pasted: string): PasteFill | undefined => readFill(authType, readPaste(pasted))?.fill;

/** Options as a list shows them (`Europe (eu-2)` where labelled alike), lower-cased, without the isolates set around a part: a person copies what they saw. */
const shownAs = (options: readonly Option[], option: Option) =>
  optionText(options, option)
    .replace(/[\u2066-\u2069]/gu, '')
    .toLowerCase();

/** A word of a name, in any script (`Clé`, `مفتاح`, `API_KEY`). */
const WORD = String.raw`[\p{L}_][\p{L}\p{M}\p{N}_.'’-]*`;
/**
 * A line naming a value (`Client ID: …`, `Clé publique : …`, `PORT=3000`), or labelling the next line's (`Recovery key:`): its name as written, in up to
 * four words, and whether it is a label alone (`label`). A `:` with a value after it takes a space first, and a `=` is not one of
 * base64's closing `==`: a token used as a Basic user (`sk_live_…:x`), a URL's `https:` or a value with a `:` in it names nothing.
 */
const LINE_NAME = new RegExp(String.raw`${SHELL}(${WORD}(?:[ \t]+${WORD}){0,3})[ \t]*(?:=(?!=)[ \t]*\S|:[ \t]+\S|：[ \t]*\S|[:：][ \t]*(?<label>$))`, 'u');
/** A part of a name that mixes letters and digits over six characters or more (`hunter2`, `51Habc`), or runs on over fifteen (a token's random part, letters only by chance): a value's, never said. */
const MIXED_RUN = /^(?:(?=\D*\d)(?=.*[A-Za-z])[A-Za-z\d]{6,}|[A-Za-z\d]{16,})$/u;
/**
 * Words that name a part of a secret after its word (`Access token URL`, `API key ID`, `Client secret expiry`, `refresh_token_expires_in`),
 * or what is said of it (`PASSWORD_HASH`, `password_hint`, `Access token lifetime`): words of a schema, not a password a person picks.
 */
const PART_OF_SECRET =
  /^(?:id|url|uri|name|type|file|path|header|prefix|endpoint|expiry|expires|in|at|date|version|scopes?|key|secret|token|hash|hint|lifetime|ttl|length|policy|reset|rotation|salt|algorithm|format|encoding)$/iu;
/**
 * A name clearly a name: no part of it a mixed run (MIXED_RUN), no word after a secret's word, written apart or joined by `_`, `-` or
 * `.`, but a part of that secret (PART_OF_SECRET: `Password sunshine token`, `password_sunshine_token` hold a password of letters only), and not in the shape of one of
 * `authType`'s secrets (bareSecretField).
 */
const clearlyName = (authType: AuthTypeDefinition, name: string) => {
  // Its words, as written apart or joined (`password_sunshine_token`, `Password-sunshine token`).
  const words = name.split(/[\s_.-]+/u);
  return (
    !words.some((part) => MIXED_RUN.test(part)) &&
    !words.some((word, i) => i > 0 && secretName(words.slice(0, i).join(' ')) && !PART_OF_SECRET.test(word)) &&
    bareSecretField(authType, name) === undefined
  );
};

/**
 * The names of a paste's lines, or of its JSON members (`named`: the names read, lower-cased), that no field takes (`names`: the form's,
 * lower-cased), as written, each once (`said`), so a line is never dropped unsaid; never their values, nor a line after a label alone
 * (that label's value), nor an empty value; a name that is not clearly one (`OAuth2 token`, `Password sunshine token`) only counted (`unsaid`).
 * `text` is the paste's, its login lines split (splitNamed).
 */
function unusedNames(
  authType: AuthTypeDefinition,
  paste: Paste,
  text: string,
  names: readonly string[],
  json: readonly [string, unknown][],
): { said: string[]; unsaid: number } {
  if (text.length > MAX_PASTE) return { said: [], unsaid: 0 };
  const written: string[] = [];
  let labelled = false;
  // A JSON object's members (a secrets manager's, a key file's, on one line or several): each as written in its quotes, as a line's name is.
  if (paste.members > 0) written.push(...unusedMembers(json, (name) => names.includes(name.trim().toLowerCase())));
  else
    for (const line of text.split(/\r\n?|\n/u)) {
      if (!line.trim() || HOST_PORT.test(line.trim())) continue;
      const match: RegExpExecArray | null = labelled ? null : LINE_NAME.exec(sameWords(line));
      labelled = match?.groups?.label !== undefined;
      if (match && !names.includes(match[1]!.toLowerCase())) written.push(match[1]!);
    }
  const once = (list: string[]) => [...new Map(list.map((name) => [name.toLowerCase(), name])).values()];
  const said = once(written.filter((name) => clearlyName(authType, name)));
  return { said, unsaid: once(written).length - said.length };
}

/**
 * A label of one word a password manager prints above a value (`Website`, then the site's URL), in each of the wizard's languages (a
 * note copied from a manager in German says `Webseite`): never a value, where a note left the one above it empty.
 */
const MANAGER_LABEL = new RegExp(
  `^(?:${[
    'website|url|urls|username|login|email|e-mail|password|notes?|title|name|totp|otp|uri|fields?|tags?|folder|created|modified',
    'webseite|benutzername|passwort|kennwort|notizen|titel|ordner|anmeldename|erstellt|geändert',
    'identifiant|courriel|titre|nom|dossier|site|créé|modifié',
    'usuario|contraseña|correo|notas|título|nombre|carpeta|sitio|creado|modificado',
    'gebruikersnaam|wachtwoord|notities|naam|map|aangemaakt|gewijzigd',
    'ملاحظات|الموقع|العنوان|الاسم|المجلد|البريد|المستخدم',
  ].join('|')})$`,
  'iu',
);

/** A name of the form's (`owners`) written alone on a line, with or without its `:`, in wordsOf's words; or undefined. */
const nameAlone = (line: string, owners: ReadonlyMap<string, CredentialField>) => {
  const name = wordsOf(line.replace(/[:：]$/u, ''));
  return owners.has(name) ? name : undefined;
};

/**
 * The values of `text` written under their labels (`Consumer key`, then `ck_…` on the next line that holds anything): each line alone
 * naming one of the form's fields (`owners`, by key, alias or label) that `named` gives no value, then a line of one word (a token, an
 * id: never prose) that names nothing of the form's itself (`CONSUMER_KEY=…`, `Token ID`), nor is a label a password manager prints
 * (MANAGER_LABEL: `Website`, under a `Password` the note left empty), nor, under a field shown in clear, a
 * secret (`Password`, `Password:hunter2`, `Password:`, where the note left that field empty).
 */
function labelAbove(text: string, owners: ReadonlyMap<string, CredentialField>, named: ReadonlyMap<string, string>): Map<string, string> {
  // None in a paste too long to read as values.
  const lines = (text.length > MAX_PASTE ? '' : text)
    .split(/\r\n?|\n/u)
    .map((line) => line.trim())
    .filter(Boolean);
  const stacked = new Map<string, string>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const name = nameAlone(lines[i]!, owners);
    const value = lines[i + 1]!;
    // A name, alone or naming a value (`Password`, `CONSUMER_KEY=…`): the form's, or under a field shown in clear a secret's (`Password:hunter2`).
    const valueName = /^[A-Za-z_][\w.-]*(?=\s*[=:]|$)/u.exec(value)?.[0];
    if (
      name === undefined ||
      named.get(name)?.trim() ||
      !/^\S+$/u.test(value) ||
      MANAGER_LABEL.test(valueName ?? value.replace(/:$/u, '')) ||
      (valueName && (owners.has(valueName.toLowerCase()) || (!isSecretField(owners.get(name)!) && secretName(valueName))))
    )
      continue;
    stacked.set(name, value);
    i++;
  }
  return stacked;
}

/**
 * What one paste fills (pasteFill), and the lists it names by a value that chooses none of their
 * options, or more than one (`unchosen`): they stay as they were, and the person is told; so are
 * the names of its lines no field takes (`unused`), and how many more it left whose names are not clearly names (`unsaid`).
 */
export function readFill(authType: AuthTypeDefinition, paste: Paste): { fill: PasteFill; unchosen: CredentialField[]; unused: string[]; unsaid: number } | undefined {
  const names = authType.fields.flatMap(namesOf);
  // A login on one line (`Username: ops Password: …`, `username=ops;password=…`) as a line each, its names as this form's fields name them.
  // Lines quoted in an email reply (`> Consumer key: …`) as written before they were quoted.
  const text = splitNamed(unquoted(paste.text), names);
  // A JSON object's members, their names as written: see unusedNames.
  const json: [string, unknown][] = [];
  const named = pastedNames(paste, text, names, json);
  // Each name fills one field: a secret field's first (see nameOwners). A field's label names it
  // too (`Client secret: …`, as a dashboard or a note writes it) where no key or alias is that name.
  const owners = nameOwners(authType.fields);
  for (const field of authType.fields)
    for (const label of labels(field)) {
      if (owners.has(label)) continue;
      owners.set(label, field);
      // A label is words: its `Label: value` line, read here (prose such as `Here is my key: …` names nothing); its words as a
      // chat, a wiki or a word processor leaves them (a zero-width character before them, a non-breaking space between them).
      // Split from its value by a `:`, a `=` (`Consumer key = …`) or a tab (a two-column table's row among other lines: never a
      // header of more columns, `Account ID<TAB>Consumer key<TAB>…`, whose other cells are no value).
      for (const line of text.length > MAX_PASTE ? [] : text.split(/\r\n?|\n/u)) {
        const at = [...LABEL_MARKS]
          .map((mark) => line.indexOf(mark))
          .find((i) => i > 0 && wordsOf(line.slice(0, i)) === label && (line[i] !== '\t' || !line.includes('\t', i + 1)));
        // Its value read as any `Key: value` line's (quotes, a comment).
        if (at !== undefined && !named.has(label)) named.set(label, readPasted(`x:${line.slice(at + 1)}`).get('x') ?? '');
      }
    }
  // A label alone on its line, its value alone on the next (a password manager's note copied as text, NetSuite's token page:
  // `Token ID`, then its value), where the paste has two values or more so: that value one word, never prose, nor a name of the form.
  const stacked = labelAbove(text, owners, named);
  if (stacked.size + [...named].filter(([name, value]) => owners.has(name) && value.trim()).length > 1) for (const [name, value] of stacked) named.set(name, value);
  const known = [...named.keys()].filter((name) => owners.has(name)).length;
  const fill: PasteFill = [];
  const unchosen: CredentialField[] = [];
  for (const field of authType.fields) {
    const name = namesOf(field).find((n) => named.has(n) && owners.get(n) === field);
    if (name === undefined) continue;
    const value = named.get(name)!;
    const wanted = value.trim().toLowerCase();
    if (!wanted) continue;
    if (field.type === 'boolean') fill.push({ field, value: /^(?:true|1|yes)$/iu.test(wanted) });
    else if (field.type !== 'select') fill.push({ field, value });
    else {
      // A value as written first: a list may offer values that differ only by case (`eu` and `EU`), each its own choice.
      // A label two options share ("Europe" for eu-1 and eu-2) names neither: the list stays as it was rather than take the first unseen.
      // An option as the list shows it (`Europe (eu-2)`) is that option: the person copied what they saw.
      const options = field.options ?? [];
      const one = (found: Option[]) => (found.length === 1 ? found[0] : undefined);
      const seen = wanted.replace(/[\u2066-\u2069]/gu, '');
      const option =
        options.find((o) => o.value === value.trim()) ??
        options.find((o) => o.value.toLowerCase() === wanted) ??
        one(options.filter((o) => labels(o).includes(wordsOf(value)))) ??
        one(options.filter((o) => shownAs(options, o) === seen));
      if (option) fill.push({ field, value: option.value });
      else unchosen.push(field);
    }
  }
  // A value shown in clear never holds a secret's `name=value` part (a connection string read whole, `Server=…;Password=…`): such a paste fills nothing.
  const secretNames = authType.fields.filter(isSecretField).flatMap((field) => [field.key, ...(field.aliases ?? [])].map((name) => name.toLowerCase()));
  if (fill.some(({ field, value }) => !isSecretField(field) && typeof value === 'string' && holdsSecretPart(value, secretNames))) return undefined;
  if (known < 2 && !(known === 1 && named.size === 1)) return undefined;
  const { said, unsaid } = unusedNames(authType, paste, text, names, json);
  return { fill, unchosen, unused: said, unsaid };
}
