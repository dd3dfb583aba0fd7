/**
 * Seeded random secrets, the ways a server echoes them in its messages, and ordinary server sentences that echo none: for counting what
 * masking leaves in clear and what it hides that is no secret. Same seed, same texts, in every browser.
 */

/** A seeded generator (mulberry32): numbers in [0, 1). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const drawn = (random: Random, alphabet: string, length: number) => Array.from({ length }, () => pick(random, [...alphabet])).join('');

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const DIGITS = '0123456789';
const HEX = DIGITS + 'abcdef';
const BASE64URL = UPPER + LOWER + DIGITS + '-_';
const SYMBOLS = '!@#$%^&*?+=~';

/** A token or password as people paste or type them: hex, base64url, a Stripe-like key, a JWT, a UUID, a password with symbols, a short one, a PIN, a word
 * with digits. */
export function randomSecret(random: Random): string {
  switch (between(random, 0, 9)) {
    case 0:
      return drawn(random, HEX, pick(random, [32, 40, 64]));
    case 1:
      return drawn(random, BASE64URL, between(random, 22, 43));
    case 2:
      return `${pick(random, ['sk_live_', 'sk_test_', 'shpat_', 'xoxb-'])}${drawn(random, UPPER + LOWER + DIGITS, between(random, 24, 32))}`;
    case 3:
      return ['eyJhbGciOiJIUzI1NiJ9', drawn(random, BASE64URL, between(random, 30, 60)), drawn(random, BASE64URL, 43)].join('.');
    case 4:
      return [8, 4, 4, 4, 12].map((length) => drawn(random, HEX, length)).join('-');
    case 5:
      return password(random, between(random, 8, 16));
    case 6:
      return drawn(random, DIGITS, between(random, 4, 6));
    case 7:
      return humanPassword(random);
    default:
      return password(random, between(random, 4, 7));
  }
}

/** Letters of both cases, a digit and a symbol, shuffled in: a password typed by a person. */
function password(random: Random, length: number): string {
  const chars = [pick(random, [...UPPER]), pick(random, [...DIGITS]), pick(random, [...SYMBOLS]), ...drawn(random, UPPER + LOWER + DIGITS + SYMBOLS, length - 3)];
  for (let at = chars.length - 1; at > 0; at--) {
    const other = between(random, 0, at);
    [chars[at], chars[other]] = [chars[other]!, chars[at]!];
  }
  return chars.join('');
}

/** A password a person makes of a word (one servers write too), digits and at times a symbol: `Summer2026!`, `admin12`, `Token7`. */
function humanPassword(random: Random): string {
  const word = pick(random, [...WORDS, 'summer', 'welcome', 'shopify', 'password']);
  const digits = drawn(random, DIGITS, between(random, 0, 4));
  return (random() < 0.5 ? word : word[0]!.toUpperCase() + word.slice(1)) + digits + (random() < 0.5 ? pick(random, [...SYMBOLS]) : '');
}

/** Full-width forms of ASCII's printable characters, as an upstream that normalises to full width writes them. */
export const fullWidth = (text: string) => text.replace(/[!-~]/gu, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));

const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];

/** `text` with an invisible character put inside it, at a random place. */
const broken = (random: Random, text: string) => {
  const at = between(random, 1, text.length - 1);
  return text.slice(0, at) + pick(random, INVISIBLES) + text.slice(at);
};

const escapedHtml = (text: string) => text.replace(/[&<>"']/gu, (char) => `&#${char.charCodeAt(0)};`);

/** An echo of `secret` and the piece of it that must not show: the secret, its start or its end. */
export type Echo = { way: string; text: string; piece: string };

/** Each way a server echoes a secret that masking is meant to catch, for `secret`. */
export function echoesOf(random: Random, secret: string): Echo[] {
  const echoes: Echo[] = [
    { way: 'as sent', text: secret, piece: secret },
    { way: 'JSON-quoted', text: JSON.stringify(secret).slice(1, -1), piece: secret },
    { way: 'URL-encoded', text: encodeURIComponent(secret), piece: secret },
    { way: 'HTML-escaped', text: escapedHtml(secret), piece: secret },
    { way: 'invisible inside', text: broken(random, secret), piece: secret },
    { way: 'full width', text: fullWidth(secret), piece: secret },
  ];
  // Another case: only a secret of 8 or more that is not letters only is masked so (a password of letters only is a word in another case).
  if (secret.length >= 8 && !/^[a-z]+$/iu.test(secret) && secret.toUpperCase() !== secret) {
    echoes.push(
      { way: 'upper-cased', text: secret.toUpperCase(), piece: secret },
      { way: 'full width, upper-cased', text: fullWidth(secret.toUpperCase()), piece: secret },
      { way: 'invisible inside, upper-cased', text: broken(random, secret.toUpperCase()), piece: secret },
    );
  }
  // Its start cut short, where that start is no kind of key (4 or more past its last `-`, `_`, `.`, `:`, `/`) and no word.
  const start = secret.slice(0, 10);
  if (secret.length > 12 && start.length - Math.max(-1, ...[...start.matchAll(/[-_.:/]/gu)].map((m) => m.index)) > 5 && !/^[a-z]+$/iu.test(start)) {
    echoes.push(
      { way: 'start cut', text: `${start}…`, piece: start },
      { way: 'start cut, full width', text: `${fullWidth(start)}…`, piece: start },
      { way: 'start cut, invisible inside', text: `${broken(random, start)}...`, piece: start },
    );
  }
  // Its end after stars, where the end is 6 characters of a random part (no word, no number, no `-`, `.`, `@` to join it to another).
  const end = secret.slice(-6);
  if (secret.length >= 16 && /^[\p{L}\p{N}_]+$/u.test(end) && /\p{L}/u.test(end) && /\p{N}/u.test(end)) {
    echoes.push({ way: 'end after stars', text: `****${end}`, piece: end }, { way: 'end alone', text: `ending in ${end}`, piece: end });
  }
  return echoes;
}

/** How servers put what they echo in a sentence. */
const ECHOING = [
  (echo: string) => `Authentication failed: invalid password "${echo}" for user me`,
  (echo: string) => `The API key ${echo} was revoked on 2026-01-15.`,
  (echo: string) => `401 Unauthorized: token=${echo}; please sign in again`,
  (echo: string) => `{"error":"invalid_grant","error_description":"refresh token '${echo}' expired"}`,
  (echo: string) => `Credentials rejected (${echo}) by upstream eu-west-1`,
  (echo: string) => `認証に失敗しました：${echo}。`,
  (echo: string) => `GET /v2/orders?access_token=${echo}&limit=50 returned 403`,
  (echo: string) => `Mot de passe « ${echo} » refusé`,
];

/** `echo` in one of the sentences servers write. */
export const echoingSentence = (random: Random, echo: string) => pick(random, ECHOING)(echo);

const WORDS = ['error', 'token', 'admin', 'order', 'invoice', 'customer', 'request', 'timeout', 'retry', 'account', 'webhook', 'shipment'];
const METHODS = ['getOrderById', 'listInvoices', 'patchCustomer', 'createWebhook', 'refreshAccessToken', 'syncInventoryLevels'];
const REGIONS = ['us-east-1', 'eu-west-2', 'ap-southeast-1', 'eu-central-1', 'us-west-2a'];

/** An ordinary sentence of an API's error that echoes no secret: ids, dates, versions, regions, method names; look-alikes and invisible characters at times. */
export function ordinarySentence(random: Random): string {
  const id = `${pick(random, ['ord_', 'inv_', 'cus_', 'evt_', '#', ''])}${between(random, 1000, 99999999)}`;
  const date = `20${between(random, 20, 29)}-${String(between(random, 1, 12)).padStart(2, '0')}-${String(between(random, 1, 28)).padStart(2, '0')}`;
  const version = `v${between(random, 1, 9)}.${between(random, 0, 20)}.${between(random, 0, 9)}`;
  const sentence = pick(random, [
    `Request ${id} failed: ${pick(random, WORDS)} not found in ${pick(random, REGIONS)}`,
    `${pick(random, METHODS)}() returned 429 on ${date}; retry after ${between(random, 1, 120)} seconds`,
    `API ${version} is deprecated since ${date}, use ${pick(random, METHODS)} instead`,
    `The ${pick(random, WORDS)} ${id} could not be updated (${pick(random, ['conflict', 'timeout', 'locked'])}) at ${date}T${between(random, 10, 23)}:00:00Z`,
    `Invalid ${pick(random, WORDS)}: expected ${pick(random, ['string', 'integer', 'ISO 8601 date'])} at /items/${between(random, 0, 99)}/${pick(random, WORDS)}`,
    `Webhook ${id} to https://${pick(random, ['acme', 'shop', 'store'])}.example.com/hooks returned 502 from ${pick(random, REGIONS)}`,
  ]);
  switch (between(random, 0, 5)) {
    case 0:
      return fullWidth(sentence);
    case 1:
      return broken(random, sentence);
    case 2:
      return `エラー：${sentence}`;
    default:
      return sentence;
  }
}

/** Tokens of an ordinary sentence (as read: look-alikes as their characters, invisible ones gone) a secret may be, by kind. */
const TOKENS: readonly (readonly [string, RegExp])[] = [
  ['year', /\b20\d\d(?=-)/gu],
  ['id digits', /(?<=[_#\s])\d{4,8}\b/gu],
  ['word', /[A-Za-z]{4,}/gu],
  ['region', /\b[a-z]{2}-[a-z]+-\d+[a-z]?\b/gu],
  ['version', /v\d+\.\d+\.\d+/gu],
];

/**
 * A secret drawn from `sentence`, and its kind: one of its tokens whole (its year, an id's digits, a word, a region, a version), which the
 * sentence then shows; or one near such a token that the sentence does not hold (digits inside an id, a word's start, a word with digits,
 * another region or year). In full width at times, as typed so. A third of them whole, the rest near.
 */
export function secretFrom(random: Random, sentence: string): { kind: string; secret: string } {
  const read = sentence.normalize('NFKC').replace(/\p{Default_Ignorable_Code_Point}/gu, '');
  const [kind, token] = pick(
    random,
    TOKENS.flatMap(([kind, pattern]) => [...read.matchAll(pattern)].map((match) => [kind, match[0]] as const)),
  );
  const near: [string, string][] = [];
  if (/^\d{6,}$/u.test(token)) near.push(['digits inside an id', token.slice(1, 1 + Math.min(6, token.length - 2))]);
  if (/^[a-z]{6,}$/iu.test(token)) near.push(["a word's start", token.slice(0, between(random, 4, Math.min(7, token.length - 1)))]);
  if (/^[a-z]+$/iu.test(token)) near.push(['a word with digits', token + drawn(random, DIGITS, between(random, 1, 2))]);
  if (kind === 'region') near.push(['another region', token.replace(/\d/u, (digit) => String((Number(digit) + 1) % 10))]);
  if (kind === 'year') near.push(['another year', String(Number(token) + 1)]);
  const [drawnKind, secret] = near.length && random() < 2 / 3 ? pick(random, near) : [kind, token];
  return random() < 0.3 ? { kind: `${drawnKind}, full width`, secret: fullWidth(secret) } : { kind: drawnKind, secret };
}
