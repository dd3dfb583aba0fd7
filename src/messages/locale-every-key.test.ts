import { expect } from '@open-wc/testing';
import { en } from './english.js';
import ar from './locales/ar.js';
import de from './locales/de.js';
import es from './locales/es.js';
import fr from './locales/fr.js';
import nl from './locales/nl.js';
import type { Messages } from './messages.js';

const LOCALES: Record<string, Messages> = { ar, de, es, fr, nl };

/** Texts given to a message: ASCII words no language translates, so each can be looked for in every sentence. */
const T1 = 'Qzvx';
const T2 = 'Wjkp';
const T3 = 'Yfgh';
/** A count each language groups in its own way (1.234, 1 234, ١٬٢٣٤), and a small one. */
const BIG = 1234;
const SMALL = 7;

type Arg = string | number | boolean | undefined | string[] | object;
/** A number the message must write with Intl in its language, or an HTTP status it writes as it is. */
const counted = (n: number) => ({ counted: n });
const status = (n: number) => ({ status: n });
type Given = Arg | ReturnType<typeof counted> | ReturnType<typeof status>;

/** How each message that takes more than names is called: every branch its English has. */
const CALLS: Partial<Record<keyof Messages, Given[][]>> = {
  stepOf: [[counted(3), counted(SMALL)]],
  systemCount: [[counted(1)], [counted(BIG)]],
  serverMoreErrors: [[counted(1)], [counted(BIG)]],
  systemShowing: [[counted(BIG), counted(BIG + 1)]],
  nameTooLong: [[counted(1)], [counted(BIG)]],
  slotTaken: [
    ['live', T1, T2],
    ['test', T1, undefined],
  ],
  bothTaken: [
    [T1, T2],
    [T1, undefined],
  ],
  environmentTaken: [
    ['live', T1, T2],
    ['test', T1, undefined],
  ],
  timeZoneCount: [[counted(1)], [counted(BIG)]],
  datePatternProblem: [[{ kind: 'letter', letter: T1 }], [{ kind: 'letter', letter: T1, lowercase: true }], [{ kind: 'width', text: T1, allowed: [T2, T3] }]],
  datePatternWarning: [['no-am-pm'], ['minutes-as-month']],
  fieldPattern: [
    [T1, T2],
    [T1, undefined],
  ],
  fieldTooShort: [
    [T1, counted(1)],
    [T1, counted(BIG)],
  ],
  fieldTooLong: [
    [T1, counted(1)],
    [T1, counted(BIG)],
  ],
  whitespace: [[{ leading: { count: 1, kind: 'space' } }], [{ trailing: { count: SMALL, kind: 'tab' } }]],
  invisibleRemoved: [[counted(1)], [counted(BIG)]],
  invisibleKept: [[counted(1)], [counted(BIG)]],
  affixesRemoved: [[[T1]], [[T1, T2]]],
  oauthContinueLosesSecrets: [[[T1]], [[T1, T2]]],
  draftElsewhereNamed: [[[T1]], [[T1, T2]]],
  oauthDenied: [
    [T1, T2],
    [T1, undefined],
  ],
  oauthConnected: [
    [T1, T2],
    [T1, undefined],
  ],
  oauthEnvironmentChanged: [[true], [false]],
  oauthRedirected: [
    [T1, false],
    [T1, true],
  ],
  pasteFilled: [[[T1]], [[T1, T2]]],
  pasteFieldNames: [[[T1]], [[T1, T2]]],
  dropFilled: [[[T1]], [[T1, T2]]],
  pasteUnchosen: [[[T1]], [[T1, T2]]],
  pasteNotUsed: [
    [[T1], 0],
    [[T1, T2], counted(BIG)],
  ],
  pasteLinesNotUsed: [[counted(1)], [counted(2)], [counted(BIG)]],
  pasteUndoKeeps: [
    [[T1], [T2]],
    [[T1, T2], [T3]],
  ],
  checkStatus: [['passed'], ['failed'], ['skipped']],
  retrying: [
    [counted(2), counted(3)],
    [counted(2), counted(3), counted(SMALL)],
  ],
  notAuthorised: [[status(401)]],
  notAuthorisedUnsure: [[status(401)]],
  offline: [[false], [true]],
  keyInUse: [[false], [true]],
  redirected: [[false], [true]],
  serverFailed: [[T1], [undefined]],
  clientFailed: [[T1], [undefined]],
  conflictRefused: [
    [T1, false],
    [undefined, true],
  ],
  conflictUnsure: [
    [T1, false],
    [undefined, true],
  ],
  tooLarge: [
    [T1, false],
    [undefined, true],
  ],
  saveNotAuthorised: [[status(401)]],
  testNotAuthorised: [[status(401)]],
  saveServerFailed: [[T1], [undefined]],
  saveClientFailed: [[T1], [undefined]],
  sentBeforeSwitch: [[false], [true]],
  savedBeforeSwitch: [[false], [true]],
  answersRefused: [
    [T1, false],
    [T1, true],
  ],
  serverBusy: [[counted(SMALL)]],
  duplicateOnServer: [
    ['live', T1, T2],
    ['test', T1, undefined],
  ],
  duplicateMaybeOwn: [
    ['live', T1, T2],
    ['test', T1, undefined],
  ],
  testRejected: [
    [T1, T2, true],
    [T1, undefined, false],
  ],
  testNotPassed: [
    [T1, true],
    [undefined, false],
  ],
  testUnreachable: [
    [T1, status(502), false],
    [T1, undefined, true],
  ],
  testNotRun: [
    [status(502), false],
    [undefined, true],
  ],
  testRedirected: [[false], [true]],
  testBusy: [
    [counted(SMALL), false],
    [counted(SMALL), true],
  ],
  testNeedsCredentials: [[[T1]], [[T1, T2]]],
  editChanged: [[[T1]], [[T1, T2]], [[]]],
};

const plain = (given: Given): Arg =>
  (given && typeof given === 'object' && !Array.isArray(given) && ('counted' in given || 'status' in given) ? Object.values(given)[0] : given) as Arg;

/** The texts and numbers given, as `locale` must write each of them in its sentence. */
function expected(given: Given[], locale: string): string[] {
  return given.flatMap((g): string[] => {
    if (typeof g === 'string')
      return g === 'live' || g === 'test' || g === 'passed' || g === 'failed' || g === 'skipped' || g === 'no-am-pm' || g === 'minutes-as-month' ? [] : [g];
    if (Array.isArray(g)) return g;
    // One is a word; so is two in Arabic, its dual (`سطران`, two lines).
    if (g && typeof g === 'object' && 'counted' in g)
      return g.counted === 1 || (g.counted === 2 && locale === 'ar') ? [] : [new Intl.NumberFormat(locale).format(g.counted as number)];
    if (g && typeof g === 'object' && 'status' in g) return [String(g.status)];
    if (g && typeof g === 'object' && 'letter' in g) return [T1];
    if (g && typeof g === 'object' && 'allowed' in g) return [T1, T2, T3];
    return [];
  });
}

/** Every call of every message: `[key, its words in English, its words in the locale, what the locale must write]`. */
function everyCall(locale: string, messages: Messages): [string, string, string, string[]][] {
  const calls: [string, string, string, string[]][] = [];
  const walk = (key: string, own: unknown, english: unknown) => {
    if (typeof own === 'string') calls.push([key, english as string, own, []]);
    else if (typeof own === 'function') {
      const name = key as keyof Messages;
      const given = CALLS[name] ?? [Array.from({ length: (english as () => void).length }, (_, i) => [T1, T2, T3][i]!)];
      for (const args of given)
        calls.push([
          `${key}(${args.map((a) => JSON.stringify(a)).join(', ')})`,
          (english as (...a: Arg[]) => string)(...args.map(plain)),
          (own as (...a: Arg[]) => string)(...args.map(plain)),
          expected(args, locale),
        ]);
    } else if (own && typeof own === 'object') for (const [k, v] of Object.entries(own)) walk(`${key}.${k}`, v, (english as Record<string, unknown>)[k]);
  };
  for (const key of Object.keys(en)) walk(key, messages[key as keyof Messages], en[key as keyof Messages]);
  return calls;
}

/** Texts that read the same in a language as in English: names of standards, a sign, a word the language spells alike. */
const SAME_AS_ENGLISH = new Set([
  'colon',
  'formatLabels.iso',
  'formatLabels.rfc2822',
  'de optional',
  'de live',
  'nl live',
  'es no',
  'de stepLabels.system',
  'de systemLabel',
  'es errorPrefix',
  'fr docs',
]);
/** Arabic messages given Arabic words (the whitespace found, said by its own `whitespace`), not a name from elsewhere. */
const GIVEN_ARABIC = /^(trimmed|trimmedAndLowercased|keptWhitespace)\(/u;
/** A status (HTTP 404, CORS) or a date pattern's letters: Latin at the end of a sentence or between marks, which keep their place. */
const LATIN_IN_PLACE = /^(catalogueLoadFailed|datePatternProblem)\(/u;

describe('every message in every language', () => {
  it('says every name, text and count its English says, and nothing more', () => {
    const wrong: string[] = [];
    for (const [locale, messages] of Object.entries(LOCALES))
      for (const [call, english, own, must] of everyCall(locale, messages)) {
        for (const part of must) if (!own.includes(part)) wrong.push(`${locale} ${call} lacks ${part}: ${own}`);
        for (const token of [T1, T2, T3]) if (own.includes(token) && !english.includes(token)) wrong.push(`${locale} ${call} adds ${token}: ${own}`);
      }
    expect(wrong).to.deep.equal([]);
  });

  it('writes no message as English does, where the language has its own words', () => {
    const wrong: string[] = [];
    for (const [locale, messages] of Object.entries(LOCALES))
      for (const [call, english, own] of everyCall(locale, messages))
        if (own === english && !SAME_AS_ENGLISH.has(call) && !SAME_AS_ENGLISH.has(`${locale} ${call}`)) wrong.push(`${locale} ${call}: ${own}`);
    expect(wrong).to.deep.equal([]);
  });

  it('Arabic isolates every Latin name it is given, so the sentence around it keeps its order', () => {
    const wrong: string[] = [];
    for (const [call, , own] of everyCall('ar', ar).filter(([call]) => !GIVEN_ARABIC.test(call) && !LATIN_IN_PLACE.test(call)))
      for (const token of [T1, T2, T3]) if (own.includes(token) && !own.includes(`\u2068${token}\u2069`)) wrong.push(`${call}: ${own}`);
    expect(wrong).to.deep.equal([]);
  });
});

describe('numbers the messages write themselves', () => {
  it('a count fixed in a sentence (24 hours, 100 characters, a 12-hour clock) is written as Intl writes numbers in that language', () => {
    const wrong: string[] = [];
    for (const [locale, messages] of Object.entries(LOCALES)) {
      const format = (n: number) => new Intl.NumberFormat(locale).format(n);
      const texts: [string, string, number[]][] = [
        ['reenterSavedSecret', messages.reenterSavedSecret, [24]],
        ['datePatternProblem(length)', messages.datePatternProblem({ kind: 'length' }), [100]],
        ['datePatternWarning(no-am-pm)', messages.datePatternWarning('no-am-pm'), [12, 24]],
      ];
      for (const [key, text, numbers] of texts) for (const n of numbers) if (!text.includes(format(n))) wrong.push(`${locale} ${key} lacks ${format(n)}: ${text}`);
    }
    expect(wrong).to.deep.equal([]);
  });
});
