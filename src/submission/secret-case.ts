/** The shortest secret masked in another case: a shorter one is made of common characters (see SHORT_SECRET in mask-secrets.ts). */
const FOLDED_SECRET = 8;

/** The longest: a literal pattern grows with the secret (see PATTERN_LIMIT in mask-secrets.ts). */
const FOLDED_LIMIT = 2000;

/** Whether `secret` is masked in another case: 8 characters or more, and something besides letters (a password of letters only in another case is a word). */
export const foldable = (secret: string): boolean => secret.length >= FOLDED_SECRET && secret.length <= FOLDED_LIMIT && !/^[\p{L}\p{M}]+$/u.test(secret);

/**
 * `secret` repeated in another case (`SK_TEST_4EC39HQ…` for `sk_test_4eC39Hq…`: an upstream that upper-cases what it quotes, or lower-cases a
 * password `Winter!2026X`), masked where it is 8 characters or more and holds something besides letters: a password of letters only in
 * another case is a word (`dispatcher` for `Dispatcher`), and so stays. Wholly upper-cased or lower-cased, it is found by plain search, as
 * such a change may change its length (`STRASSE!2026` for `Straße!2026`); mixed otherwise, by a pattern that ignores case letter by letter. A
 * text that does not hold it lower-cased costs no pattern.
 */
export function otherCase(secret: string, mask: string): ((text: string) => string) | undefined {
  if (!foldable(secret)) return undefined;
  const lower = secret.toLowerCase();
  const forms = [...new Set([secret.toUpperCase(), lower])].filter((form) => form !== secret);
  let pattern: RegExp | undefined;
  return (text) => {
    for (const form of forms) if (text.includes(form)) text = text.split(form).join(mask);
    if (text.length < secret.length || !text.toLowerCase().includes(lower)) return text;
    // Only the characters a pattern reads outside a class: Unicode mode refuses any other escape (`\-`), and a throw here lost the whole answer.
    pattern ??= new RegExp(secret.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&'), 'giu');
    return text.replace(pattern, mask);
  };
}
