/** The names that are a secret's: a pasted line's (secretName), a part's inside a value (secretPartName). */

/** A word of a name that is a secret's alone: `password`, `DBPWD`, `clientsecret`, `accesstoken`, `apikey` (not `Passport`, `Tokens`). */
const SECRET_WORD = /^(?:[a-z]*(?:passw(?:or)?d|pwd|secret|token|credentials?|cookie)|passphrase|(?:api|access|private)key)$/u;
/** Words before `key`, `pass` or `auth` in a name written in words that make it a secret's (`API key`, `Basic auth`; not `Shop key`). */
const QUALIFIER =
  /^(?:api|access|private|secret|client|app|consumer|signing|master|licen[cs]e|subscription|db|database|admin|user|basic|bearer|http|ssh|root|auth|encryption|shared)$/u;

/** A name's words, lower-cased, without a number at their end: `DB_PASSWORD`, `clientSecret`, `x-api-key`, `Access token`. */
const nameParts = (name: string) =>
  name
    .split(/[\W_]+|(?<=[a-z])(?=[A-Z])/u)
    .map((part) => part.toLowerCase().replace(/\d+$/u, ''))
    .filter(Boolean);

/** Words before `key` that make it a secret's in a part inside a value (`api_key`, `AccessKey`, Azure's `AccountKey`; not `sort_key`). */
const KEY_OWNER = /^(?:api|access|private|secret|account|signing|encryption|master)$/u;

/**
 * A name of a `name=value` part inside a value (a URL's query, a connection string's part) that
 * is a secret's: a secret's word as a whole word of it (`password`, `Pwd`, `consumer_secret`,
 * `access_token`, `apikey`), or `key` after a word such as `api` or `access` (`api_key`,
 * `private-key`, `SharedAccessKey`). Stricter than secretName: `auth` and `key` compounds name
 * ordinary parts there (`authSource`, `authMechanism`, `sort_key`).
 */
export const secretPartName = (name: string): boolean =>
  nameParts(name).some((part, i, parts) => SECRET_WORD.test(part) || (part === 'key' && KEY_OWNER.test(parts[i - 1] ?? '')));

/**
 * A name with a secret's word in it: `DB_PASSWORD`, `clientSecret`, `x-api-key`, `accesstoken`,
 * `Access token`; or `key`, `pass` or `auth` as a part of a longer name (`API-Key`, `DB_PASS`,
 * `authKey`; written in words, after a word such as `API`). Alone, with or without a number,
 * they are ordinary words (`Key: EU accounts`, `Pass: EU`, `Auth0: production`).
 */
export function secretName(name: string): boolean {
  const parts = nameParts(name);
  const words = /\s/u.test(name);
  return parts.some((part, i) => SECRET_WORD.test(part) || (/^(?:key|pass|auth)$/u.test(part) && parts.length > 1 && (!words || QUALIFIER.test(parts[i - 1] ?? ''))));
}

/**
 * A label as people type it: without its accents (`Schluessel` aside) and an Arabic word's tatweel (`كلمـة`, drawn out to justify a
 * line: a letter, not a mark), lower-cased, its words split by one space (`Clé d’accès` is `cle d acces`).
 */
const folded = (label: string) =>
  label
    .normalize('NFD')
    .replace(/[\p{M}\u0640]/gu, '')
    .toLowerCase()
    .replace(/[\s'’_-]+/gu, ' ')
    .trim();

/**
 * Who holds a secret, in the wizard's languages, folded (see folded): a person by their role, an account or an app (`Client's secret`, `Secret du
 * client`, `Passwort des Admins`, `Wachtwoord van de beheerder`, `كلمة مرور المسؤول`). One list for a possessive's owner (brandSecret) and for the words
 * after a secret's (AFTER). No brand's (`Victoria's Secret`, `Nature's Secret`) nor a shop's (`Shop's Secret` may be one's name). HOLDER_BARE, in French,
 * Spanish and Arabic, names the holder with no word between (`Secret client`, `Clave cliente`, `كلمة مرور المسؤول`).
 */
const HOLDER_BARE = [
  'client|cliente|app|application|aplicacion|admin|administrateur|administrador|root|service|servicio|utilisateur|usuario|compte|cuenta|prestataire|fournisseur|partenaire|proveedor|empleado',
  // `مسؤول` and `مسئول` as folded reads them: their hamza a mark, taken off.
  '(?:ال)?(?:عميل|مس[وي]ول|مستخدم|مدير|شريك|حساب|تطبيق|خدمة|موظف)',
];
const HOLDER = [
  `(?:${HOLDER_BARE[0]}|administrator|user|account|partner|customer|merchant|vendor|supplier|tenant|bot|developer|owner|consumer|api`,
  'contractor|consultant|employee|staff|operator|agent|manager|member',
  'kunde|benutzer|nutzer|lieferant|mitarbeiter|konto|klant|beheerder|gebruiker|leverancier|medewerker)(?:e?n|e?s)?',
  HOLDER_BARE[1],
].join('|');

/**
 * Words after a secret's word that make it a secret's: in French, Spanish and Arabic, right after it or after `de`, `du`… (`clé d'API`, `clave de acceso`,
 * `مفتاح الوصول`, `Secret client`; not `Clé de voûte`); naming its holder (HOLDER) after `des`, `für`, `van`, `of`, `for`, `the`… (`Passwort für Admin`,
 * `Password for the admin`), as English, German and Dutch name it: there a word right after a secret's is what it names (`Password Manager`, `Token
 * Service`: names).
 */
/** Words between a secret's word and what names it in French and Spanish (`Clé d'accès`, `Contraseña del administrador`). */
const DE = 'de|d|du|del|des|la|l|el|pour|para';
const LINKED = String.raw` (?:(?:${DE}|der|dem|den|fur|vom|von|van|voor|het|of|for|the) )+(?:${HOLDER})`;
const AFTER = String.raw`(?:${LINKED}| (?:(?:${DE}) )*(?:api|acces|acceso|secrete?|secreta|privee|privada|(?:ال)?(?:وصول|سري|خاص|مميز|واجهة|برمجة|تطبيقات)|${HOLDER_BARE.join('|')}))`;

/**
 * A secret's label in the wizard's other languages, folded: in German and Dutch by its last word (`Passwort`, `Zugangstoken`,
 * `API-Schlüssel`, `Toegangssleutel`, `Clientgeheimnis`, credentials: `Zugangsdaten`, `Inloggegevens`; a key's word after another: not `Schlüsseldienst Müller`, `Sleutelhuis`);
 * in French, Spanish and Arabic by its first (`Mot de passe`, `Contraseña`, `Clave`, `Jeton`, `كلمة المرور`, credentials: `Credenciales`, `بيانات الاعتماد`), a key's word
 * with a word after it such as `API` or `accès` (AFTER: `Clé API`, `Clave de acceso`, `المفتاح السري`; not `Llave Seguros`).
 */
const LOCAL_LABEL = new RegExp(
  `^(?:${[
    String.raw`(?:.* )?\S*(?:passwort|kennwort|wachtwoord|geheimnis|token|zugangsdaten|anmeldedaten|inloggegevens)(?:${LINKED}){0,3}`,
    String.raw`(?:.* )?(?:\S+|(?:api|app|client|zugriffs|zugangs|geheimer|privater|toegangs|geheime|prive) )(?:schl(?:u|ue)ssel|sleutel|geheim)(?:${LINKED}){0,3}`,
    `(?:mot de passe|contrasena|clave|jeton|secreto?|credenciales|كلمة (?:ال)?(?:مرور|سر)|(?:ال)?سر|بيانات (?:ال)?اعتماد)${AFTER}{0,3}`,
    `(?:cle|llave|token|(?:ال)?(?:مفتاح|رمز))${AFTER}{1,3}`,
    `pass(?:word|phrase)(?:${LINKED}){1,3}`,
  ].join('|')})$`,
  'u',
);

/** A secret after a possessive (`Victoria's Secret`): its owner's last word. */
const POSSESSIVE = /(?:^|\s)(\S+)['’]s secret$/iu;
const HOLDER_WORD = new RegExp(`^(?:${HOLDER})$`, 'u');
/** Whether `label` is a brand's secret (POSSESSIVE, its owner, folded, no HOLDER). */
const brandSecret = (label: string) => {
  const owner = POSSESSIVE.exec(label)?.[1];
  return owner !== undefined && !HOLDER_WORD.test(folded(owner));
};

/**
 * Whether a label (`API key`, a header's cell, a label alone above its value) names a secret, in any of the wizard's languages: in
 * English by its last word (`Consumer secret`; `API key`, its word before `key`: secretName), not by a word before (`Token sync`,
 * `Password reset`), nor a secret after a possessive whose owner is a brand's (`Victoria's Secret`, `Nature’s Secret`: names; `Client's secret`, `Contractor's secret`, HOLDER, a label); in the others as LOCAL_LABEL reads it, up to 60 characters (a long cell is no label: read in one pass).
 */
export const secretLabel = (label: string): boolean =>
  (!brandSecret(label) &&
    secretName(
      label
        .split(' ')
        .slice(/ (?:key|pass|auth)$/iu.test(label) ? -2 : -1)
        .join(' '),
    )) ||
  (label.length <= 60 && LOCAL_LABEL.test(folded(label)));
