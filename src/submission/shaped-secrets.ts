import { isSecretField, PATTERN_VALUE_LIMIT, type CredentialField } from '../catalogue/catalogue-schema.js';
import { compilePattern } from '../catalogue/linear-pattern.js';

/** Where a token quoted in a server's text ends: a space, a quote, a bracket, a comma or a semicolon. */
const TOKEN_END = /[\s"'`<>()[\]{},;]/u;

/** What may close a sentence after a token (`refused shpat_….`), not part of it. */
const CLOSING = /[.:!?]$/u;

/**
 * A token's kind, written at the start of its field's pattern (`^shpat_`, `^sk_live_`, `^xoxb-`): 3 characters or more, none of them
 * optional (`^ab?c` fixes only `a`). A pattern without one (`^[a-f0-9]{32}$`, `^.{8,}$`) would take a request id or a word for a secret.
 */
function kindOf(pattern: string): string | undefined {
  const literal = /^\^([\w-]+)/u.exec(pattern)?.[1] ?? '';
  const fixed = /^[?*{]/u.test(pattern.slice(1 + literal.length)) ? literal.slice(0, -1) : literal;
  return fixed.length >= 3 ? fixed : undefined;
}

/**
 * Tokens a text quotes that have the shape of a secret field (its `pattern`, whole, that starts with the token's kind), masked as
 * `mask`: a secret the wizard does not have, such as one an edit keeps unchanged (the server's stored token, quoted in its error).
 * Each found from its kind by plain search and checked by the linear-time matcher, never a backtracking `RegExp`; a pattern the
 * matcher refuses masks nothing.
 */
export function shapedSecrets(fields: readonly CredentialField[], mask: string): ((text: string) => string)[] {
  return fields.filter(isSecretField).flatMap((field) => {
    const kind = field.pattern ? kindOf(field.pattern) : undefined;
    const check = kind ? compilePattern(field.pattern!, field.maxLength ?? PATTERN_VALUE_LIMIT) : undefined;
    if (!kind || !check?.ok) return [];
    const limit = field.maxLength ?? PATTERN_VALUE_LIMIT;
    return [
      (text: string) => {
        let [out, from] = ['', 0];
        for (let at = text.indexOf(kind); at >= 0; at = text.indexOf(kind, Math.max(at + 1, from))) {
          const rest = text.slice(at, at + limit + 1);
          let token = rest.slice(0, TOKEN_END.exec(rest)?.index ?? rest.length);
          while (token.length > kind.length && !check.test(token) && CLOSING.test(token)) token = token.slice(0, -1);
          if (token.length <= kind.length || !check.test(token)) continue;
          [out, from] = [out + text.slice(from, at) + mask, at + token.length];
        }
        return from ? out + text.slice(from) : text;
      },
    ];
  });
}
